"""The lexicon: every word the extractor and the resolver match, loaded into typed records.

Three data files hold it: ``cues.json`` (cue words of the core types and the words of shared
constructions), ``plover_cues.json`` (cue words of the other PLOVER types, merged into
``types`` as a union) and ``words.json`` (the words read around actors and events, one
concept per entry). Code reads the fields of :class:`Lexicon`, never a word of its own. An
unknown or misspelled key, a wrong value type or a duplicate entry is a one-line
:class:`~actorgraph.graph.errors.InputError` naming the file and the key, at load time.

>>> lexicon().types["ACCUSE"].verbs[:2]
('accuse', 'blame')
>>> "never" in lexicon().words.negators
True
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from actorgraph.extract.words import Words
from actorgraph.graph.errors import InputError
from actorgraph.graph.model import RELATION_TYPES

__all__ = ["Lexicon", "TypeCues", "Words", "lexicon", "load_lexicon"]

Pairs = Mapping[str, tuple[str, ...]]
FILES = ("cues.json", "plover_cues.json", "words.json")


@dataclass(frozen=True)
class TypeCues:
    """The cue words of one relation type (the schema is documented in ``cues.json``)."""

    verbs: tuple[str, ...] = ()
    particle_verbs: Pairs = field(default_factory=dict)
    verb_preps: Pairs = field(default_factory=dict)
    object_preps: tuple[str, ...] = ()
    xcomp_verbs: tuple[str, ...] = ()
    ccomp_verbs: tuple[str, ...] = ()
    reciprocal: tuple[str, ...] = ()
    obligation_modals: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    preps: tuple[str, ...] = ()
    light_verbs: tuple[str, ...] = ()
    light_nouns: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()
    victim_acts: tuple[str, ...] = ()
    victim_harms: tuple[str, ...] = ()
    not_ruled_out: tuple[str, ...] = ()
    among_words: tuple[str, ...] = ()
    dismissal_verbs: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    response_nouns: tuple[str, ...] = ()
    response_acts: tuple[str, ...] = ()
    countermeasures: tuple[str, ...] = ()
    consequence_phrases: tuple[str, ...] = ()
    accountability: tuple[str, ...] = ()
    exhausted: Pairs = field(default_factory=dict)
    tested_resolve: Pairs = field(default_factory=dict)
    harms: tuple[str, ...] = ()
    entitlements: tuple[str, ...] = ()
    readiness: tuple[str, ...] = ()
    deadlines: Pairs = field(default_factory=dict)
    recall_verbs: tuple[str, ...] = ()
    recall_nouns: tuple[str, ...] = ()

    def target_pairs(self) -> frozenset[tuple[str, str]]:
        """(verb, word) pairs whose word introduces the target: 'lashed out at X'."""
        return frozenset((verb, word) for pairs in (self.verb_preps, self.particle_verbs)
                         for verb, words in pairs.items() for word in words)


@dataclass(frozen=True)
class Lexicon:
    """The whole lexicon: per-type cues, shared construction words and ``words``."""

    types: Mapping[str, TypeCues]
    words: Words
    phrases: Mapping[str, tuple[str, ...]]
    label_verbs: tuple[str, ...]
    as_verbs: tuple[str, ...]
    strong_as_verbs: tuple[str, ...]
    wrongs: tuple[str, ...]
    demand_verbs: tuple[str, ...]
    pejoratives: tuple[str, ...]
    wrong_manners: tuple[str, ...]
    claim_verbs: tuple[str, ...]
    claim_nouns: tuple[str, ...]
    speech_verbs: frozenset[str]  # sets: looked up word by word in several modules
    modals: frozenset[str]
    inquiry_verbs: tuple[str, ...]
    evaluations: tuple[str, ...]
    evaluated_nouns: tuple[str, ...]
    patient_nouns: tuple[str, ...]

    def event_nouns(self) -> frozenset[str]:
        """Nouns of acts and statements: the evaluated nouns and every type's cue nouns ('these
        sanctions', 'the intervention' name an event, not a group of people)."""
        return frozenset([*self.evaluated_nouns,
                          *(n for cues in self.types.values() for n in cues.nouns)])


def _fail(where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(where, "must be a list of words")
    repeated = sorted({v for v in value if value.count(v) > 1})
    if repeated:
        raise _fail(where, f"duplicate entry {repeated[0]!r}")
    return tuple(value)


def _pairs(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise _fail(where, "must be an object of word -> list of words")
    return {k: _strings(v, f"{where}.{k}") for k, v in value.items()}


def _check_keys(data: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(data) - allowed - {"_about"})
    if unknown:
        raise _fail(where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(allowed))})")


def _type_cues(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _fail(where, "must be an object")
    names = {f.name: f for f in fields(TypeCues)}
    _check_keys(data, set(names), where)
    return {k: _pairs(v, f"{where}.{k}") if "Pairs" in str(names[k].type)
            else _strings(v, f"{where}.{k}") for k, v in data.items()}


def _union(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """One type's entries from two files: lists keep their order, mappings merge by key."""
    merged = dict(mine)
    for key, value in theirs.items():
        if key not in merged:
            merged[key] = value
        elif isinstance(value, dict):
            merged[key] = {**value, **merged[key]}
        else:
            merged[key] = tuple(dict.fromkeys([*merged[key], *value]))
    return merged


def _types(documents: list[tuple[str, dict[str, Any]]]) -> dict[str, TypeCues]:
    types: dict[str, dict[str, Any]] = {}
    for name, data in documents:
        entries = data.get("types", {})
        if not isinstance(entries, dict):
            raise _fail(f"{name}: types", "must be an object of type -> cues")
        for type_, entry in entries.items():
            if type_ not in RELATION_TYPES:
                raise _fail(f"{name}: types.{type_}", "is not a PLOVER relation type")
            cues = _type_cues(entry, f"{name}: types.{type_}")
            types[type_] = _union(types[type_], cues) if type_ in types else cues
    return {t: TypeCues(**c) for t, c in types.items()}


def _words(name: str, data: dict[str, Any]) -> Words:
    kinds = {f.name: f.type for f in fields(Words)}
    _check_keys(data, set(kinds), name)
    missing = sorted(set(kinds) - set(data))
    if missing:
        raise _fail(f"{name}: {missing[0]}", "is missing")
    found: dict[str, Any] = {}
    for key, entry in data.items():
        if key == "_about":
            continue
        where = f"{name}: {key}"
        if not isinstance(entry, dict) or set(entry) != {"about", "words"} or \
                not isinstance(entry["about"], str):
            raise _fail(where, "must be an object with 'about' (text) and 'words' (list)")
        words = _strings(entry["words"], where)
        found[key] = words if "tuple" in str(kinds[key]) else frozenset(words)
    return Words(**found)


def _shared(name: str, data: dict[str, Any]) -> dict[str, Any]:
    kinds = {f.name: str(f.type) for f in fields(Lexicon)}
    shared = set(kinds) - {"types", "words"}
    _check_keys(data, shared | {"types"}, name)
    found: dict[str, Any] = {k: _strings(v, f"{name}: {k}") for k, v in data.items()
                             if k in shared and k != "phrases"}
    found = {k: frozenset(v) if kinds[k].startswith("frozenset") else v
             for k, v in found.items()}
    if "phrases" in data:
        found["phrases"] = _pairs(data["phrases"], f"{name}: phrases")
    return found


def _no_duplicate_keys(name: str) -> Any:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        repeated = next((k for k in keys if keys.count(k) > 1), None)
        if repeated is not None:
            raise _fail(f"{name}: {repeated}", "duplicate key")
        return dict(pairs)
    return hook


def _parse(name: str, text: str) -> dict[str, Any]:
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys(name))
    except json.JSONDecodeError as err:
        raise _fail(name, f"malformed JSON: {err.msg} (line {err.lineno})") from err
    if not isinstance(data, dict):
        raise _fail(name, "expected a JSON object")
    return data


def load_lexicon(texts: Mapping[str, str]) -> Lexicon:
    """The lexicon from file name -> JSON text (``cues.json`` and ``words.json`` required,
    other files add cue types)."""
    for required in ("cues.json", "words.json"):
        if required not in texts:
            raise InputError(f"{required}: lexicon file is missing")
    documents = [(n, _parse(n, t)) for n, t in texts.items()]
    cue_files = [(n, d) for n, d in documents if n != "words.json"]
    shared = _shared("cues.json", dict(cue_files)["cues.json"])
    for name, data in cue_files:
        if name != "cues.json":
            _check_keys(data, {"types"}, name)
    missing = sorted({f.name for f in fields(Lexicon)} - {"types", "words"} - set(shared))
    if missing:
        raise _fail(f"cues.json: {missing[0]}", "is missing")
    return Lexicon(types=_types(cue_files), words=_words("words.json", dict(documents)[
        "words.json"]), **shared)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon (read once)."""
    root = resources.files("actorgraph.extract") / "data"
    return load_lexicon({name: (root / name).read_text("utf-8") for name in FILES
                         if (root / name).is_file()})
