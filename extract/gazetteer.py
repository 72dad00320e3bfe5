"""The actor gazetteer: who is who, loaded from package data (and the user's own files).

The data lives in ``extract/data/gazetteer/`` (see its README): countries, organisations and
people as JSONL, title and group nouns as JSON. Code never names an actor; this data does.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph.graph.errors import InputError
from actorgraph.graph.ids import slugify
from actorgraph.graph.io import parse_json_object
from actorgraph.graph.model import ACTOR_KINDS, Actor

__all__ = ["Entry", "Gazetteer", "Role", "default_gazetteer", "fold_accents", "normalize"]

_DATA = "gazetteer"
_VOCABULARIES = ("titles.json", "groups.json", "regions.json")


def normalize(text: str) -> str:
    """The key aliases are looked up by: case-folded, accents, dots and 'the' dropped, spaces
    folded ('Burkinabé' and 'Burkinabe' are one key)."""
    text = fold_accents(text.replace("’", "'").replace(".", "").casefold())
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def fold_accents(text: str) -> str:
    """The text without its accents: news writes 'Bogota' and 'Bogotá' alike."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Role:
    title: str
    country: str | None
    start: str | None = None
    end: str | None = None
    organization: str | None = None  # the body whose office it is: "un" for its secretary-general

    def holds_on(self, date: str | None) -> bool:
        """Whether the role was held on ``date`` (ISO); with no date, the current holder."""
        if date is None:
            return self.end is None
        return (self.start or "") <= date and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Entry(Actor):
    """One gazetteer actor: an :class:`Actor` plus everything that helps to recognise it."""

    capital: str | None = None
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    honorifics: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()  # a state's regions ("west african"), from regions.json

    def names(self, seats: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """Label, aliases, metonyms and the capital, unless the capital is one of ``seats``
        (another body's metonym: Brussels is the EU's seat, not Belgium's government)."""
        capital = (self.capital,) if self.capital and self.capital not in seats else ()
        return (self.label, *self.aliases, *self.metonyms, *capital)

    def actor(self, mentions: int = 0, date: str | None = None) -> Actor:
        """The actor this entry names, without its gazetteer aliases (an article adds its own).
        A person of no one country takes that of the office held on ``date`` (a prime minister
        then, an international official now)."""
        country = self.country or next((r.country for r in self.roles
                                        if r.country and r.holds_on(date)), None)
        return Actor(id=self.id, label=self.label, kind=self.kind, country=country,
                     sector=self.sector, aliases=(), mentions=mentions, wikidata=self.wikidata)


def _entry(data: dict[str, Any], where: str) -> Entry:
    for key in ("id", "label", "kind"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise InputError(f"{where}: gazetteer entry needs a string {key!r}")
    if any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in data["id"]):
        raise InputError(f"{where}: id {data['id']!r} contains a control character")
    if data["kind"] not in ACTOR_KINDS:
        raise InputError(f"{where}: kind must be one of {', '.join(ACTOR_KINDS)}, "
                         f"got {data['kind']!r}")
    for key in ("country", "sector", "wikidata", "capital"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise InputError(f"{where}: {key!r} must be a string or null")
    for key in ("aliases", "demonyms", "metonyms", "honorifics", "roles"):
        if not isinstance(data.get(key) or [], list):
            raise InputError(f"{where}: {key!r} must be a list")
    roles = tuple(_role(r, where) for r in data.get("roles") or ())

    def strings(key: str) -> tuple[str, ...]:
        return tuple(str(v) for v in data.get(key) or ())

    return Entry(id=data["id"], label=data["label"], kind=data["kind"],
                 country=data.get("country"), sector=data.get("sector"),
                 aliases=strings("aliases"), wikidata=data.get("wikidata"),
                 capital=data.get("capital"), demonyms=strings("demonyms"),
                 metonyms=strings("metonyms"), roles=roles, honorifics=strings("honorifics"))


def _role(data: Any, where: str) -> Role:
    if not isinstance(data, dict) or not isinstance(data.get("title"), str):
        raise InputError(f"{where}: each role needs a string 'title'")
    organization = data.get("organization")
    if organization is not None and not isinstance(organization, str):
        raise InputError(f"{where}: a role's 'organization' must be an actor id or null")
    return Role(data["title"], data.get("country"), _iso(data.get("start")), _iso(data.get("end")),
                organization)


def _iso(value: Any) -> str | None:
    """Role dates may be years or full dates; compare them as ISO strings."""
    return None if value in (None, "") else str(value)


@dataclass
class Gazetteer:
    """Actors by id and every name they go by, plus title and group vocabularies."""

    entries: dict[str, Entry] = field(default_factory=dict)
    titles: dict[str, Any] = field(default_factory=dict)
    groups: dict[str, Any] = field(default_factory=dict)
    regions: dict[str, list[str]] = field(default_factory=dict)  # "gulf" -> its states' codes
    by_name: dict[str, list[str]] = field(default_factory=dict)
    by_demonym: dict[str, str] = field(default_factory=dict)

    def seats(self) -> frozenset[str]:
        """Every metonym: a seat standing for a body ('Brussels' for the EU) is not also the
        capital's government."""
        return frozenset(m for e in self.entries.values() for m in e.metonyms)

    def add(self, entry: Entry) -> None:
        """Add or replace an entry (a user file may override a packaged actor)."""
        self.entries[entry.id] = entry

    def index(self) -> Gazetteer:
        """(Re)build the name indexes; call after adding entries."""
        self.by_name, self.by_demonym = {}, {}
        member: dict[str, list[str]] = {}
        for word, codes in self.regions.items():
            for code in codes:
                member.setdefault(code, []).append(word)
        for ident, entry in self.entries.items():
            words = tuple(sorted(member.get(entry.country or "", ()))) \
                if entry.kind == "GOVERNMENT" else ()
            if words != entry.regions:
                self.entries[ident] = replace(entry, regions=words)
        for entry in self.entries.values():
            for name in entry.names(self.seats()):
                ids = self.by_name.setdefault(normalize(name), [])
                if entry.id not in ids:
                    ids.append(entry.id)
            for demonym in entry.demonyms:
                self.by_demonym.setdefault(normalize(demonym), entry.id)
        return self

    def lookup(self, name: str) -> list[Entry]:
        return [self.entries[i] for i in self.by_name.get(normalize(name), ())]

    def lookup_on(self, name: str, date: str | None) -> Entry | None:
        """The one actor of this name; of several, the one holding a role on ``date``."""
        candidates = self.lookup(name)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        dated = [e for e in candidates if any(r.holds_on(date) for r in e.roles)]
        return dated[0] if len(dated) == 1 else None

    def names(self) -> Iterable[tuple[str, str]]:
        """Every (surface name, actor id) pair worth matching in text."""
        for key, ids in self.by_name.items():
            for ident in ids:
                yield key, ident

    def load_file(self, path: Path | str, text: str | None = None) -> None:
        """Add the actors of one JSONL file (or title/group vocabularies from a JSON file)."""
        name = str(path)
        if text is None:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as err:
                raise InputError(f"{name}: cannot read gazetteer file: {err}") from err
        if name.endswith(".json"):
            self._load_vocabulary(name, text)
            return
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            data = parse_json_object(line, f"{name}:{number}")
            old = self.entries.get(str(data.get("id")))
            known = {"label": old.label, "kind": old.kind} if old is not None else {}
            self._merge(_entry({**known, **data}, f"{name}:{number}"), data)

    def _merge(self, entry: Entry, data: dict[str, Any]) -> None:
        """A known id extends or renames the packaged actor; a new id adds one."""
        old = self.entries.get(entry.id)
        if old is not None:
            aliases = tuple(dict.fromkeys((*old.aliases, old.label, *entry.aliases)))
            aliases = tuple(a for a in aliases if a != entry.label)
            given = {k for k in data if k in Entry.__dataclass_fields__}
            merged = {f: getattr(entry if f in given else old, f)
                      for f in Entry.__dataclass_fields__}
            merged["aliases"] = aliases
            entry = Entry(**merged)
        self.add(entry)

    def _load_vocabulary(self, name: str, text: str) -> None:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise InputError(f"{name}: malformed JSON: {err.msg} (line {err.lineno})") from err
        if not isinstance(data, dict):
            raise InputError(f"{name}: expected a JSON object")
        base = Path(name).name
        if base == "regions.json":
            for word, codes in data.items():
                if not word.startswith("_"):
                    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                        raise InputError(f"{name}: region {word!r} must list country codes")
                    self.regions[word.lower()] = codes
            return
        target = self.titles if base == "titles.json" else self.groups
        target.update(data)


def _packaged_files() -> list[tuple[str, str]]:
    root = resources.files("actorgraph.extract") / "data" / _DATA
    if not root.is_dir():
        return []
    files = sorted((p for p in root.iterdir()
                    if p.name.endswith(".jsonl") or p.name in _VOCABULARIES),
                   key=lambda p: p.name)
    return [(p.name, p.read_text(encoding="utf-8")) for p in files]


@lru_cache(maxsize=8)
def default_gazetteer(extra: tuple[str, ...] = ()) -> Gazetteer:
    """The packaged gazetteer, extended by the user's files in order."""
    gazetteer = Gazetteer()
    for name, text in _packaged_files():
        gazetteer.load_file(name, text)
    for path in extra:
        gazetteer.load_file(path)
    return gazetteer.index()


def actor_id(label: str) -> str:
    """The id of an actor the gazetteer does not know: the slug of its label."""
    return slugify(label)
