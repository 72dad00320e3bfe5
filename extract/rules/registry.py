"""The family registry: what a pattern family is and how one registers itself.

A family is one way a relation is written ("Iran accused Israel", "sanctions on X", "called X
a criminal"). It carries its name, its patterns built from the lexicon, its role filler (a
match in, typed roles out), its confidence and example sentences with the relation each must
yield through that family. A module registers its families with :func:`family`::

    @family("verb_obj", patterns=_verb_obj_patterns, confidence=0.95, examples=(...))
    def verb_obj(ctx: Context, m: Match) -> Roles | None: ...

A family's confidence is its measured precision, (right + 1) / (found + 2) so that a rare
family claims no certainty: on the real-news development split where the family found three
relations or more (``actorgraph evaluate GOLD --pred DIR --types all --by-family``), else on
the seeds and the PLOVER development sentences, else 0.5.

Patterns are spaCy ``DependencyMatcher`` patterns whose nodes are named ``trigger`` (the cue
word), ``target`` (the token naming the target) and intermediate nodes; a plain string is a
multiword phrase matched on lower-case text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from actorgraph.extract.lexicon import Lexicon, TypeCues
from actorgraph.graph.model import MODES, Mention

__all__ = ["COOPERATIVE", "CORE", "NOMINAL", "OBJ", "REGISTRY", "VERB", "Context", "Example",
           "Family", "Lookups", "Match", "Pattern", "Roles", "family", "in_", "node"]

Pattern = list[dict[str, Any]]
CORE = frozenset({"ACCUSE", "THREATEN", "SANCTION"})
# PLOVER's friendly types: their cue words are no wrong ("described X as a partner in talks")
COOPERATIVE = ("AGREE", "COOPERATE", "CONSULT", "AID", "SUPPORT", "CONCEDE")
VERB = ["VERB", "AUX"]
NOMINAL = ["NOUN", "PROPN"]
OBJ = ["dobj", "dative"]


def node(name: str, attrs: dict[str, Any], parent: str | None = None,
         op: str = ">") -> dict[str, Any]:
    """One DependencyMatcher node, hung from ``parent`` by ``op``."""
    if parent is None:
        return {"RIGHT_ID": name, "RIGHT_ATTRS": attrs}
    return {"LEFT_ID": parent, "REL_OP": op, "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def in_(values: Any) -> dict[str, list[str]]:
    """An attribute that takes any of ``values``."""
    return {"IN": sorted(set(values))}


@dataclass(frozen=True)
class Match:
    """One match of a family for one relation type: the trigger and the named nodes."""

    type: str
    family: str
    trigger: Token
    nodes: dict[str, Token]


@dataclass(frozen=True)
class Roles:
    """What a filler found: sources, targets and the event's mode."""

    sources: list[Mention]
    targets: list[Mention]
    mode: str = "asserted"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {self.mode!r}")


@dataclass(frozen=True)
class Lookups:
    """Sets derived once from the lexicon for the fillers' membership tests."""

    speech: frozenset[str]
    claims: frozenset[str]
    strong_as: frozenset[str]
    victim_acts: frozenset[str]
    inquiries: frozenset[str]
    pairs: dict[str, frozenset[tuple[str, str]]]
    preps: dict[str, frozenset[str]]
    light_nouns: dict[str, frozenset[str]]
    bad: dict[str, frozenset[str]]
    bad_all: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> Lookups:
        types = lex.types
        bad = {t: frozenset([*c.labels, *c.acts, *c.nouns]) for t, c in types.items()}
        threaten = types.get("THREATEN", TypeCues())
        return cls(
            speech=lex.speech_verbs, claims=frozenset(lex.claim_verbs),
            strong_as=frozenset(lex.strong_as_verbs), victim_acts=frozenset(threaten.victim_acts),
            inquiries=frozenset(lex.inquiry_verbs),
            pairs={t: c.target_pairs() for t, c in types.items()},
            preps={t: frozenset(c.preps) for t, c in types.items()},
            light_nouns={t: frozenset(c.light_nouns) for t, c in types.items()},
            bad=bad, bad_all=frozenset([*(w for t, ws in bad.items() if t not in COOPERATIVE
                                          for w in ws), *lex.wrongs]))


@dataclass
class Context:
    """What a filler reads: the Doc, its token -> mention index and the lexicon."""

    doc: Doc
    index: dict[int, Mention]
    lex: Lexicon
    look: Lookups


PatternBuilder = Callable[[str, Lexicon], list[Any]]
Filler = Callable[[Context, Match], Roles | None]


@dataclass(frozen=True)
class Example:
    """A sentence and the relation (type, source id, target id) it must yield."""

    text: str
    relation: tuple[str, str, str]
    mode: str = "asserted"


@dataclass(frozen=True)
class Family:
    """One registered pattern family."""

    name: str
    patterns: PatternBuilder
    fill: Filler
    confidence: float
    examples: tuple[Example, ...] = field(default=())

    @property
    def about(self) -> str:
        return (self.fill.__doc__ or "").strip().splitlines()[0] if self.fill.__doc__ else ""


REGISTRY: dict[str, Family] = {}


def family(name: str, *, patterns: PatternBuilder, confidence: float,
           examples: tuple[Example, ...]) -> Callable[[Filler], Filler]:
    """Register the decorated filler as family ``name``; a name is registered once."""
    def register(fill: Filler) -> Filler:
        if name in REGISTRY:
            raise ValueError(f"pattern family {name!r} is registered twice")
        REGISTRY[name] = Family(name, patterns, fill, confidence, examples)
        return fill
    return register
