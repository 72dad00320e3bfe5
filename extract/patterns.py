"""Dependency pattern families over the cue lexicon: where a trigger's roles sit in the parse.

Each family is a spaCy ``DependencyMatcher`` pattern whose nodes are named ``trigger`` (the cue
word), ``target`` (the token that names the target, expanded later over coordination and
modifiers) and, for some families, intermediate nodes (``prep``, ``verb``, ``speech``...). The
patterns are generated from the lexicon (``extract/data/cues.json`` plus ``plover_cues.json``
when present), so a new cue word needs no code. Families:

- ``verb_obj``       "Iran accused Israel", "Treasury sanctioned X" (direct object)
- ``passive``        "X was sanctioned by Y" (target = passive subject, source = agent)
- ``verb_prep``      "lashed out at X", "warned against US meddling" (per-verb prepositions)
- ``verb_particle``  "forced X out", "singled X out"
- ``verb_obj_prep``  "threatened action against X", "prohibited aid to X"
- ``verb_xcomp``     "threatened to strike X", "vowed to punish X"
- ``demand_clause``  "demanded that X cancel the sale" (the clause's subject is the target)
- ``obligation``     "X must return the helicopter", said by a speaker (who asks it of X)
- ``reciprocal``     "Chile and Peru agreed", "Indian and Chinese troops clashed" (each
                     coordinated subject acts on the other)
- ``verb_ccomp``     "warned that ships are heading to X", "... if X escalates"
- ``verb_relcl``     "the officials it blames" (the relative clause's object gap)
- ``among``          "Among those sanctioned was X"
- ``noun_prep``      "sanctions on Iran", "accusations against X", "Trump's threat to X"
- ``noun_acl``       "sanctions targeting X"; ``noun_xcomp`` "announced sanctions targeting X"
- ``noun_light``     "imposed sanctions on X", "issued a threat in response to X's call"
- ``label``          "called X a criminal", "held X responsible"
- ``label_as``       "branded X as traitors", "framed the protests as a US-backed plot"
- ``adj_label``      "X is guilty", in someone's speech
- ``speech_act``     "A claimed that B orchestrated the unrest" (PLOVER: A ACCUSE B), also a
                     wrong by its manner ("falsely attributing ...")
- ``claim_act``      "the government's claim that B urged violence"
- ``pejorative``     "the United States' mischief", "inhumane sanctions imposed by X", in speech
- ``demand``         "called for sanctions against X"; ``demand_action`` "urged Arabs to
                     mobilise against X" (a demand to punish X accuses X)
- ``not_ruled_out``  "has not ruled out a strike on X" (refusing to exclude force threatens)
- ``modal_act``      "would strike X", "will withdraw from X unless ...", "X will regret it"

Multiword cues ("will not go unanswered", "locked and loaded") are matched as phrases by the
extractor. Patterns of the same shape are merged across types (see :class:`Matcher`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

__all__ = ["FAMILIES", "Matcher", "build_matcher", "load_cues"]

_VERB = ["VERB", "AUX"]
_NOMINAL = ["NOUN", "PROPN"]
_OBJ = ["dobj", "dative"]
_THREAT_CCOMP = ["threaten", "warn"]


def _read_data(name: str) -> dict[str, Any] | None:
    path = resources.files("actorgraph.extract") / "data" / name
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _merge_type(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Union of two entries of one type: lists keep their order, mappings merge by key."""
    merged = dict(mine)
    for key, value in theirs.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = list(dict.fromkeys([*merged[key], *value]))
        elif isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**value, **merged[key]}
        else:
            merged.setdefault(key, value)
    return merged


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Any]:
    """The cue lexicon: ``cues.json`` (core types) merged with ``plover_cues.json`` when present.

    Both files share one schema per type; a type present in both gets the union of its lists.
    """
    cues = _read_data("cues.json") or {"types": {}}
    extra = _read_data("plover_cues.json") or {}
    types = dict(cues["types"])
    for type_, entry in extra.get("types", {}).items():
        types[type_] = _merge_type(types[type_], entry) if type_ in types else entry
    return {**cues, "types": types}


def _node(name: str, attrs: dict[str, Any], parent: str | None = None,
          op: str = ">") -> dict[str, Any]:
    if parent is None:
        return {"RIGHT_ID": name, "RIGHT_ATTRS": attrs}
    return {"LEFT_ID": parent, "REL_OP": op, "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _in(values: list[str]) -> dict[str, list[str]]:
    return {"IN": sorted(set(values))}


def _verb_families(cue: dict[str, Any]) -> dict[str, list[list[dict[str, Any]]]]:
    verbs = cue.get("verbs", []) or cue.get("reciprocal", [])
    if not verbs:
        return {}
    verb = {"LEMMA": _in(verbs), "POS": _in(_VERB)}
    families = {
        "verb_obj": [[_node("trigger", verb), _node("target", {"DEP": _in(_OBJ)}, "trigger")]],
        "passive": [[_node("trigger", verb),
                     _node("target", {"DEP": "nsubjpass"}, "trigger")]],
    }
    if cue.get("object_preps"):
        object_prep = {"DEP": "prep", "LOWER": _in(cue["object_preps"])}
        families["verb_obj_prep"] = [
            [_node("trigger", verb), _node("obj", {"DEP": _in(_OBJ)}, "trigger"),
             _node("prep", object_prep, "obj"), _node("target", {"DEP": "pobj"}, "prep")],
            [_node("trigger", verb), _node("obj", {"DEP": _in(_OBJ)}, "trigger"),
             _node("prep", object_prep, "trigger"), _node("target", {"DEP": "pobj"}, "prep")]]
    pairs = cue.get("verb_preps", {})
    if pairs:  # the (verb, preposition) pair itself is checked when roles are filled
        families["verb_prep"] = [[
            _node("trigger", {"LEMMA": _in(list(pairs)), "POS": _in(_VERB)}),
            _node("prep", {"DEP": "prep", "LOWER": _in([p for ps in pairs.values() for p in ps])},
                  "trigger"),
            _node("target", {"DEP": "pobj"}, "prep")]]
    particles = cue.get("particle_verbs", {})
    if particles:
        families["verb_particle"] = [[
            _node("trigger", {"LEMMA": _in(list(particles)), "POS": _in(_VERB)}),
            _node("particle", {"DEP": _in(["prt", "prep", "advmod"]),
                               "LOWER": _in([p for ps in particles.values() for p in ps])},
                  "trigger"),
            _node("target", {"DEP": _in(_OBJ)}, "trigger")]]
    families["verb_relcl"] = [[_node("trigger", {**verb, "DEP": "relcl"}),
                               _node("target", {"POS": _in(_NOMINAL)}, "trigger", "<")]]
    if set(verbs) & set(_THREAT_CCOMP):
        families["verb_ccomp"] = [[
            _node("trigger", {"LEMMA": _in(sorted(set(verbs) & set(_THREAT_CCOMP))),
                              "POS": _in(_VERB)}),
            _node("clause", {"DEP": "ccomp"}, "trigger")]]
    if cue.get("among_words"):
        families["among"] = [[
            _node("copula", {"LEMMA": "be"}),
            _node("prep", {"DEP": "prep", "LOWER": "among"}, "copula"),
            _node("those", {"DEP": "pobj", "LOWER": _in(cue["among_words"])}, "prep"),
            _node("trigger", {**verb, "DEP": "acl"}, "those"),
            _node("target", {"DEP": "nsubj"}, "copula")]]
    if cue.get("not_ruled_out"):  # "has not ruled out a strike on X"
        families["not_ruled_out"] = [[
            _node("trigger", {"LEMMA": "rule", "POS": _in(_VERB)}),
            _node("particle", {"LOWER": "out", "DEP": _in(["prt", "advmod", "prep"])},
                  "trigger"),
            _node("obj", {"DEP": _in(_OBJ), "LEMMA": _in(cue["not_ruled_out"])}, "trigger")]]
    if cue.get("reciprocal"):  # "Chile and Peru agreed", "Chinese and Indian troops clashed"
        families["reciprocal"] = [[
            _node("trigger", {"LEMMA": _in(cue["reciprocal"]), "POS": _in(_VERB)}),
            _node("subject", {"DEP": "nsubj"}, "trigger")]]
    if cue.get("ccomp_verbs"):  # "demanded that X cancel the sale"
        families["demand_clause"] = [[
            _node("trigger", {"LEMMA": _in(cue["ccomp_verbs"]), "POS": _in(_VERB)}),
            _node("clause", {"DEP": "ccomp", "POS": _in(_VERB)}, "trigger")]]
    if cue.get("obligation_modals"):  # "Y must return the helicopter, X said"
        families["obligation"] = [[
            _node("modal", {"LOWER": _in(cue["obligation_modals"]), "DEP": "aux"}),
            _node("trigger", {"POS": _in(_VERB)}, "modal", "<")]]
    if cue.get("xcomp_verbs"):
        families["verb_xcomp"] = [[
            _node("trigger", {"LEMMA": _in(cue["xcomp_verbs"]), "POS": _in(_VERB)}),
            _node("action", {"DEP": "xcomp"}, "trigger")]]
    # The tagger often calls a verb after "to" a noun ("declined to sanction Peru")
    as_noun = {"LEMMA": _in(verbs), "POS": "NOUN", "DEP": _in(["xcomp", "pcomp", "advcl"])}
    for name in ("verb_obj", "verb_obj_prep"):
        families[name] = families.get(name, []) + [
            [{**node, "RIGHT_ATTRS": as_noun} if node["RIGHT_ID"] == "trigger" else node
             for node in pattern] for pattern in families.get(name, [])]
    return {k: v for k, v in families.items() if v}


def _noun_families(cue: dict[str, Any]) -> dict[str, list[list[dict[str, Any]]]]:
    nouns = cue.get("nouns", [])
    if not nouns:
        return {}
    noun = {"LEMMA": _in(nouns), "POS": _in(_NOMINAL)}
    families: dict[str, list[list[dict[str, Any]]]] = {"noun_acl": [[
        _node("trigger", noun),
        _node("acl", {"DEP": "acl", "LEMMA": _in(["target", "aim", "hit", "against"])},
              "trigger"),
        _node("target", {"DEP": _in(_OBJ)}, "acl")]]}
    families["noun_xcomp"] = [[
        _node("trigger", {**noun, "DEP": "dobj"}), _node("verb", {"POS": _in(_VERB)}, "trigger",
                                                         "<"),
        _node("acl", {"DEP": _in(["xcomp", "advcl", "acl"]),
                      "LEMMA": _in(["target", "aim", "hit", "against"])}, "verb"),
        _node("target", {"DEP": _in(_OBJ)}, "acl")]]
    if cues_light := cue.get("light_verbs"):
        families["noun_light"] = [[
            _node("trigger", {**noun, "DEP": _in(["dobj", "nsubjpass"])}),
            _node("verb", {"LEMMA": _in(cues_light), "POS": _in(_VERB)}, "trigger", "<")]]
    if cue.get("preps"):
        families["noun_prep"] = [[
            _node("trigger", noun), _node("prep", {"DEP": "prep", "LOWER": _in(cue["preps"])},
                                          "trigger"),
            _node("target", {"DEP": "pobj"}, "prep")]]
        if outer := [p for p in cue["preps"] if p != "of"]:
            # "a mediation effort between X and Y": the cue noun modifies the phrase's head
            families["noun_prep"].append([
                _node("trigger", {**noun, "DEP": "compound"}),
                _node("head", {"POS": "NOUN"}, "trigger", "<"),
                _node("prep", {"DEP": "prep", "LOWER": _in(outer)}, "head"),
                _node("target", {"DEP": "pobj"}, "prep")])
    if light_nouns := cue.get("light_nouns"):
        # "established diplomatic ties with X": a noun that is an event only after such a verb
        families["noun_light"] = [*families.get("noun_light", []), [
            _node("trigger", {"LEMMA": _in(light_nouns), "POS": _in(_NOMINAL),
                              "DEP": _in(["dobj", "nsubjpass"])}),
            _node("verb", {"LEMMA": _in(cue["light_verbs"]), "POS": _in(_VERB)}, "trigger",
                  "<")]]
    return families


def _label_families(cue: dict[str, Any], cues: dict[str, Any]) -> dict[str, list[list[dict]]]:
    labels = cue.get("labels", [])
    if not labels:
        return {}
    label = {"LEMMA": _in(labels)}
    label_verb = {"LEMMA": _in(cues.get("label_verbs", []))}
    return {
        "label": [
            [_node("trigger", label_verb), _node("target", {"DEP": "dobj"}, "trigger"),
             _node("label", {**label, "DEP": _in(["oprd", "attr", "xcomp", "dobj", "acomp",
                                                  "ccomp", "npadvmod", "advmod"])},
                   "trigger")],
            [_node("trigger", label_verb),
             _node("label", {**label, "DEP": _in(["oprd", "attr", "xcomp", "ccomp", "dobj",
                                                  "acomp"])}, "trigger"),
             _node("target", {"DEP": _in(["nsubj", "nmod", "compound", "dobj"])}, "label")],
        ],
        "label_as": [
            [_node("trigger", {"LEMMA": _in(cues.get("as_verbs", []))}),
             _node("target", {"DEP": "dobj"}, "trigger"),
             _node("prep", {"DEP": "prep", "LOWER": "as"}, "trigger")],
            # "denounced as a crime X's crackdown": the object after the label
            [_node("trigger", {"LEMMA": _in(cues.get("as_verbs", []))}),
             _node("prep", {"DEP": "prep", "LOWER": "as"}, "trigger"),
             _node("label", {"DEP": "pobj"}, "prep"),
             _node("target", {"DEP": "appos"}, "label")]],
        "adj_label": [[
            # "X is a terrorist state": the label modifies the predicate noun
            _node("copula", {"LEMMA": "be"}),
            _node("attr", {"DEP": "attr", "POS": _in(_NOMINAL)}, "copula"),
            _node("trigger", {**label, "DEP": "amod"}, "attr"),
            _node("target", {"DEP": "nsubj"}, "copula")], [
            _node("copula", {"LEMMA": "be"}),
            _node("trigger", {**label, "DEP": _in(["attr", "acomp"])}, "copula"),
            _node("target", {"DEP": "nsubj"}, "copula")]],
    }


def _act_families(type_: str, cue: dict[str, Any],
                  cues: dict[str, Any]) -> dict[str, list[list[dict[str, Any]]]]:
    """Clauses that carry the event without a cue verb of their own.

    ACCUSE: a speaker reports a hostile act of the target ("claimed that B orchestrated...").
    THREATEN: a punitive act in the future or under a condition ("would strike X if...").
    """
    acts = cue.get("acts", [])
    if not acts:
        return {}
    act = {"LEMMA": _in(acts), "POS": _in([*_VERB, "ADJ"])}
    if type_ == "THREATEN":
        return {"modal_act": [[
            _node("trigger", act),
            _node("modal", {"DEP": "aux", "LOWER": _in(cues.get("modals", []))}, "trigger")]]}
    claim_verbs = cues.get("claim_verbs", [])
    claim_nouns = cues.get("claim_nouns", [])
    speech = {"LEMMA": _in(claim_verbs), "POS": _in(_VERB)}
    families = {"speech_act": [
        [_node("trigger", {**act, "DEP": _in(["ccomp", "conj", "xcomp"])}),
         _node("speech", speech, "trigger", "<<")],
        # "..., falsely attributing the killings to X, the group said": a wrong by its manner
        [_node("manner", {"DEP": "advmod", "LOWER": _in(cues.get("wrong_manners", []))}),
         _node("trigger", {"POS": _in(_VERB), "DEP": _in(["ccomp", "conj", "xcomp", "advcl"])},
               "manner", "<"),
         _node("speech", speech, "trigger", "<<")]]}
    wrongs = cues.get("pejoratives", [])
    families["pejorative"] = [
        [_node("trigger", {"LEMMA": _in(wrongs), "POS": "NOUN"})],
        [_node("adj", {"LEMMA": _in(wrongs), "DEP": "amod"}),
         _node("trigger", {"POS": "NOUN"}, "adj", "<")]]
    if claim_nouns:
        families["claim_act"] = [[
            _node("speech", {"LEMMA": _in(claim_nouns), "POS": "NOUN"}),
            _node("trigger", {**act, "DEP": _in(["acl", "ccomp", "appos", "relcl"])},
                  "speech")]]
    return families


def _demand_families(cues: dict[str, Any]) -> dict[str, list[list[dict[str, Any]]]]:
    """'called for sanctions against X', 'demanded an embargo on X': PLOVER counts a demand
    to punish X as an accusation of X."""
    measures = cues["types"].get("SANCTION", {})
    if not cues.get("demand_verbs") or not measures.get("nouns"):
        return {}
    verb = {"LEMMA": _in(cues["demand_verbs"]), "POS": _in(_VERB)}
    noun = {"LEMMA": _in(measures["nouns"]), "POS": _in(_NOMINAL)}
    prep = {"DEP": "prep", "LOWER": _in(measures.get("preps", []))}
    tail = [_node("prep", prep, "trigger"), _node("target", {"DEP": "pobj"}, "prep")]
    urged = [_node("trigger", verb),
             _node("action", {"POS": _in(_VERB), "DEP": _in(["xcomp", "advcl", "conj", "ccomp"])},
                   "trigger", ">>"),
             _node("prep", {"DEP": "prep", "LOWER": "against"}, "action"),
             _node("target", {"DEP": "pobj"}, "prep")]
    return {"demand_action": [urged], "demand": [
        [_node("trigger", {**noun, "DEP": "pobj"}),
         _node("for", {"DEP": "prep", "LOWER": "for"}, "trigger", "<"),
         _node("verb", verb, "for", "<"), *tail],
        [_node("trigger", {**noun, "DEP": "dobj"}), _node("verb", verb, "trigger", "<"),
         *tail]]}


Pattern = list[dict[str, Any]]


Compiled = list[tuple[int, str, list[tuple[str, Any]]]]


@dataclass
class Matcher:
    """The patterns of every family, merged across types, and an anchored matcher for them.

    Types share pattern shapes and differ only in their word lists, so there is one pattern
    per shape (word lists united) and ``variants`` keeps each type's own version, checked on
    the matched tokens. The patterns are spaCy ``DependencyMatcher`` patterns and match the
    same token tuples (:meth:`dependency_matcher` builds that matcher; a test compares them),
    but they are evaluated from their anchor node: spaCy's matcher runs every node pattern
    over every token and then joins, which cost most of the pipeline's time, while an anchor
    with a word list is found by one dictionary lookup per token.
    """

    patterns: dict[str, Pattern]
    variants: dict[str, list[tuple[str, Pattern]]]

    def __post_init__(self) -> None:
        self._compiled = {key: _compile(p) for key, p in self.patterns.items()}
        self._by_word: dict[tuple[str, str], list[str]] = {}
        self._open: list[str] = []  # keys whose anchor has no word list
        for key, pattern in self.patterns.items():
            attrs = pattern[0]["RIGHT_ATTRS"]
            words = next(((a, v) for a, v in attrs.items() if a in ("LEMMA", "LOWER")), None)
            if words is None:
                self._open.append(key)
                continue
            attr, value = words
            for word in value["IN"] if isinstance(value, dict) else [value]:
                self._by_word.setdefault((attr, word), []).append(key)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, str, Pattern, list[int]]]:
        """(type, family, that type's pattern, token indices) for every match."""
        for key, tokens in self.matches(doc):
            family = key.split(":")[0]
            for type_, pattern in self.variants[key]:
                if all(_accepts(doc[i], node["RIGHT_ATTRS"]) for node, i in
                       zip(pattern, tokens, strict=True)):
                    yield type_, family, pattern, tokens

    def matches(self, doc: Doc) -> Iterator[tuple[str, list[int]]]:
        """(key, token indices in pattern order), as the DependencyMatcher would give them."""
        for token in doc:
            keys = [*self._by_word.get(("LEMMA", token.lemma_), ()),
                    *self._by_word.get(("LOWER", token.lower_), ()), *self._open]
            for key in dict.fromkeys(keys):
                compiled = self._compiled[key]
                if _fits(token, compiled[0][2]):
                    for found in _extend(compiled, [token]):
                        yield key, [t.i for t in found]

    def dependency_matcher(self, vocab: Vocab) -> DependencyMatcher:
        """spaCy's DependencyMatcher over the same patterns (for comparison in tests)."""
        matcher = DependencyMatcher(vocab)
        for key, pattern in self.patterns.items():
            matcher.add(key, [pattern])
        return matcher


def _compile(pattern: Pattern) -> Compiled:
    """Each node as (parent position, operator, [(attribute, set or value)])."""
    ids = [node["RIGHT_ID"] for node in pattern]
    return [(ids.index(node["LEFT_ID"]) if "LEFT_ID" in node else -1, node.get("REL_OP", ""),
             [(a, set(v["IN"]) if isinstance(v, dict) else v)
              for a, v in node["RIGHT_ATTRS"].items()]) for node in pattern]


def _fits(token: Token, attrs: list[tuple[str, Any]]) -> bool:
    for name, condition in attrs:
        value = _GETTERS[name](token)
        if value not in condition if isinstance(condition, set) else value != condition:
            return False
    return True


def _extend(compiled: Compiled, found: list[Token]) -> Iterator[list[Token]]:
    if len(found) == len(compiled):
        yield found
        return
    parent, op, attrs = compiled[len(found)]
    left = found[parent]
    if op == ">":
        candidates: Iterator[Token] | list[Token] = left.children
    elif op == "<":
        candidates = [left.head] if left.head.i != left.i else []
    elif op == ">>":
        candidates = (t for t in left.subtree if t.i != left.i)
    elif op == "<<":
        candidates = left.ancestors
    else:
        raise ValueError(f"operator {op!r} is not supported")
    for token in candidates:
        if all(token.i != f.i for f in found) and _fits(token, attrs):
            yield from _extend(compiled, [*found, token])


_GETTERS = {"LEMMA": lambda t: t.lemma_, "LOWER": lambda t: t.lower_, "POS": lambda t: t.pos_,
            "DEP": lambda t: t.dep_, "TAG": lambda t: t.tag_}


def _accepts(token: Token, attrs: dict[str, Any]) -> bool:
    for name, condition in attrs.items():
        value = _GETTERS[name](token)
        if isinstance(condition, dict):
            if value not in condition["IN"]:
                return False
        elif value != condition:
            return False
    return True


def _shape(pattern: Pattern) -> str:
    """A pattern with its word lists left out: types whose patterns share it are merged."""
    return json.dumps([{**node, "RIGHT_ATTRS": {k: (v if not isinstance(v, dict) or k in
                                                    ("POS", "DEP", "TAG") else "*")
                                                for k, v in node["RIGHT_ATTRS"].items()}}
                       for node in pattern], sort_keys=True)


def _merge(patterns: list[Pattern]) -> Pattern:
    merged: Pattern = []
    for nodes in zip(*patterns, strict=True):
        attrs: dict[str, Any] = {}
        for key, value in nodes[0]["RIGHT_ATTRS"].items():
            if isinstance(value, dict):
                words = {w for node in nodes for w in node["RIGHT_ATTRS"][key]["IN"]}
                attrs[key] = {"IN": sorted(words)}
            else:
                attrs[key] = value
        merged.append({**nodes[0], "RIGHT_ATTRS": attrs})
    return merged


def _type_families(type_: str, cue: dict[str, Any], cues: dict[str, Any]) -> dict[str, list]:
    return {**_verb_families(cue), **_noun_families(cue), **_label_families(cue, cues),
            **_act_families(type_, cue, cues),
            **(_demand_families(cues) if type_ == "ACCUSE" else {})}


def build_matcher(cues: dict[str, Any] | None = None) -> Matcher:
    """Every family of every type, merged by shape; keys are ``family:n``."""
    cues = cues or load_cues()
    groups: dict[tuple[str, str], list[tuple[str, Pattern]]] = {}
    for type_, cue in cues["types"].items():
        for family, found in _type_families(type_, cue, cues).items():
            for pattern in found:
                groups.setdefault((family, _shape(pattern)), []).append((type_, pattern))
    merged: dict[str, Pattern] = {}
    variants: dict[str, list[tuple[str, Pattern]]] = {}
    for number, ((family, _), members) in enumerate(sorted(groups.items())):
        key = f"{family}:{number}"
        merged[key] = _merge([p for _, p in members])
        variants[key] = [(t, p) for t, p in members]
    return Matcher(merged, variants)


FAMILIES = ("verb_obj", "verb_prep", "verb_obj_prep", "passive", "verb_xcomp", "noun_prep",
            "noun_acl", "label", "label_as", "adj_label", "speech_act", "claim_act",
            "modal_act", "verb_relcl", "verb_ccomp", "among", "noun_xcomp", "noun_light",
            "verb_particle", "demand", "demand_action", "pejorative", "not_ruled_out",
            "reciprocal", "demand_clause", "obligation")
