"""The records that flow through actorgraph: plain frozen dataclasses, JSON in and out.

Offsets are character offsets into the article text, never spaCy spans, so that records
can be stored, compared and shipped between processes.

>>> a = Actor(id="iran", label="Iran", kind="GOVERNMENT", country="IRN")
>>> Actor.from_json(a.to_json()) == a
True
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any, ClassVar, Literal

__all__ = [
    "ACTOR_KINDS",
    "MODES",
    "RELATION_TYPES",
    "SECTORS",
    "Actor",
    "Article",
    "Evidence",
    "Mention",
    "Relation",
    "mode_of",
]

ActorKind = Literal["PERSON", "GOVERNMENT", "ORGANIZATION", "GROUP"]
ACTOR_KINDS: tuple[str, ...] = ("PERSON", "GOVERNMENT", "ORGANIZATION", "GROUP")
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "POLICE", "JUDICIARY", "LEGISLATURE", "OPPOSITION", "REBEL", "MEDIA",
    "NGO", "IGO", "BUSINESS", "RELIGIOUS", "CIVILIAN",
)
# PLOVER event types; the first three are the core of the product.
RELATION_TYPES: tuple[str, ...] = (
    "ACCUSE", "THREATEN", "SANCTION", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
    "AID", "RETREAT", "REQUEST", "REJECT", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT",
)

# PLOVER's mode of an event: said to happen, said not to happen (denied, refused), or
# promised, demanded, conditional or embedded in another event (not asserted either).
MODES: tuple[str, ...] = ("asserted", "negated", "hypothetical")


def _shallow(record: Any) -> dict[str, Any]:
    """A flat record's fields as a dict (``dataclasses.asdict`` deep-copies, ten times slower)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}


def _from_dict(cls: Any, data: dict[str, Any]) -> Any:
    """Build ``cls`` from a dict, ignoring unknown keys and turning lists into tuples."""
    names = {f.name for f in fields(cls)}
    kwargs = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in names}
    return cls(**kwargs)


@dataclass(frozen=True)
class Article:
    """One news article. ``id`` is the file stem for .txt inputs, the ``id`` field for JSONL."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _shallow(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Article:
        article: Article = _from_dict(cls, data)
        return article


@dataclass(frozen=True)
class Mention:
    """A stretch of an article that names an actor (character offsets)."""

    doc: str
    start: int
    end: int
    text: str
    actor: str
    reason: str = "ner"

    def to_json(self) -> dict[str, Any]:
        return _shallow(self)


@dataclass(frozen=True)
class Actor:
    """One real-world actor. ``merged_from`` keeps each alias with the reason it was merged."""

    id: str
    label: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    wikidata: str | None = None
    merged_from: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = _shallow(self)
        data["aliases"] = list(self.aliases)
        data["merged_from"] = [{"alias": a, "reason": r} for a, r in self.merged_from]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Actor:
        data = dict(data)
        merged = data.pop("merged_from", None) or ()
        actor: Actor = _from_dict(cls, data)
        pairs = tuple((m["alias"], m["reason"]) if isinstance(m, dict) else tuple(m)
                      for m in merged)
        return replace(actor, merged_from=pairs)


@dataclass(frozen=True)
class Evidence:
    """Where a relation is said: the sentence, its offsets in the article, the trigger."""

    doc: str
    sentence: str
    start: int
    end: int
    trigger: str
    date: str | None = None
    url: str | None = None     # the article's canonical URL, title and outlet, when known
    title: str | None = None
    outlet: str | None = None


@dataclass(frozen=True)
class Relation:
    """One relation instance: one piece of evidence that ``source`` did ``type`` to ``target``."""

    id: str
    type: str
    source: str
    target: str
    source_label: str
    target_label: str
    evidence: Evidence
    confidence: float = 0.5
    mode: str = "asserted"
    extractor: str = "rules.v1"
    family: str | None = None

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id", "doc", "type", "source", "target", "source_label", "target_label", "sentence",
        "start", "end", "trigger", "confidence", "date", "mode", "negated", "family",
        "extractor", "url", "title", "outlet",
    )

    @property
    def negated(self) -> bool:
        """Not asserted (negated or hypothetical); kept beside ``mode`` for one release."""
        return self.mode != "asserted"

    def to_json(self) -> dict[str, Any]:
        """The flat JSON object of ``relations.jsonl`` (DESIGN.md's on-disk contract)."""
        flat = {**_shallow(self), **_shallow(self.evidence), "negated": self.negated}
        return {name: flat[name] for name in self.FIELDS}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Relation:
        evidence = _from_dict(Evidence, data)
        return cls(
            id=data["id"],
            type=data["type"],
            source=data["source"],
            target=data["target"],
            source_label=data["source_label"],
            target_label=data["target_label"],
            evidence=evidence,
            confidence=float(data.get("confidence", 0.5)),
            mode=_mode(data),
            extractor=data.get("extractor", "rules.v1"),
            family=data.get("family"),
        )

    @property
    def doc(self) -> str:
        return self.evidence.doc


def mode_of(data: Mapping[str, Any]) -> str:
    """A record's mode: asserted, negated or hypothetical. ``mode`` wins over the older
    ``negated`` flag, which is all that records written before it carry; another value of
    ``mode`` is not a mode (PLOVER's sentences use the key for an event's subtype).

    >>> mode_of({"mode": "hypothetical"}), mode_of({"negated": True}), mode_of({})
    ('hypothetical', 'negated', 'asserted')
    """
    mode = data.get("mode")
    if mode in MODES:
        return str(mode)
    return "negated" if data.get("negated") else "asserted"


def _mode(data: Mapping[str, Any]) -> str:
    """A relation record's mode; a ``mode`` that is not one of the three is an error."""
    if data.get("mode") not in (None, *MODES):
        raise ValueError(f"mode must be one of {', '.join(MODES)}, got {data['mode']!r}")
    return mode_of(data)
