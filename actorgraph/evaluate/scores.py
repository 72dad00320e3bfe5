"""Counts and rates shared by every kind of gold: :class:`Score`, :class:`Report`, types.

>>> s = Score(gold=4, predicted=2, correct=2, found=2)
>>> s.precision, s.recall, round(s.f1, 3)
(1.0, 0.5, 0.667)
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import RELATION_TYPES, mode_of

__all__ = ["CORE_TYPES", "Record", "Report", "Score", "asserted", "core_total", "mode_of",
           "select_types"]

CORE_TYPES: tuple[str, ...] = RELATION_TYPES[:3]
Record = Mapping[str, Any]


def asserted(row: Record) -> bool:
    """Is a record (gold or predicted) an asserted event?"""
    return mode_of(row) == "asserted"


@dataclass
class Score:
    """Counts and rates of one type (or the core three together)."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0  # relations mode: matched keys; sentences mode: right predictions
    found: int = 0  # gold items found (relations: = correct; sentences: type recall hits)
    full: int | None = None  # sentences mode: gold sentences with type and countries right

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def full_recall(self) -> float | None:
        return None if self.full is None else (self.full / self.gold if self.gold else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct
        self.found += other.found
        if other.full is not None:
            self.full = (self.full or 0) + other.full

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = asdict(self)
        data.update(precision=round(self.precision, 4), recall=round(self.recall, 4),
                    f1=round(self.f1, 4))
        if self.full is None:
            del data["full"]
        else:  # sentences mode: recall is type recall
            data.update(type_recall=data.pop("recall"),
                        full_recall=round(self.full_recall or 0.0, 4))
        return data


@dataclass
class Report:
    """Scores per type and for the core three, plus the errors for ``--show-errors``."""

    mode: str
    types: dict[str, Score]
    core: Score
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    misses: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    families: dict[str, Score] = field(default_factory=dict)  # precision per pattern family
    documents: dict[str, Score] = field(default_factory=dict)  # the core three per document
    years: dict[str, str] = field(default_factory=dict)  # document -> year of publication

    def count_family(self, rows: Iterable[Record], right: bool) -> None:
        """Tally one prediction (the rows that say it) for each pattern family behind it."""
        for name in sorted({str(r.get("family") or "-") for r in rows}):
            score = self.families.setdefault(name, Score())
            score.predicted += 1
            score.correct += right

    def count_document(self, doc: str, gold: int = 0, found: int = 0, predicted: int = 0,
                       correct: int = 0) -> None:
        """Add core-three counts of one document (the unit :meth:`interval` resamples)."""
        score = self.documents.setdefault(doc, Score())
        score.add(Score(gold=gold, predicted=predicted, correct=correct, found=found))

    def interval(self, rounds: int = 1000, level: float = 0.95,
                 seed: int = 0) -> dict[str, tuple[float, float]]:
        """A bootstrap interval of the core precision, recall and F1: documents are drawn
        with replacement ``rounds`` times (a fixed seed, so the same report prints the same
        interval). It says how far the figures could move on another sample of such text."""
        docs = [self.documents[doc] for doc in sorted(self.documents)]  # not in set order
        if not docs:
            return {}
        draw = random.Random(seed)
        samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
        for _ in range(rounds):
            total = Score()
            for score in draw.choices(docs, k=len(docs)):
                total.add(score)
            for name, values in samples.items():
                values.append(getattr(total, name))
        low = int((1 - level) / 2 * rounds)
        ordered = {name: sorted(values) for name, values in samples.items()}
        return {name: (v[low], v[rounds - 1 - low]) for name, v in ordered.items()}

    def by_year(self) -> dict[str, Score]:
        """The core three per year of publication of the documents (those with a date)."""
        found: dict[str, Score] = {}
        for doc, score in self.documents.items():
            year = self.years.get(doc)
            if year:
                found.setdefault(year, Score()).add(score)
        return dict(sorted(found.items()))

    @property
    def overall(self) -> Score:
        """Micro-averaged over every reported type (the core three and any others asked)."""
        total = Score()
        for score in self.types.values():
            total.add(score)
        return total

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "types": {t: s.to_json() for t, s in self.types.items()},
                "core": self.core.to_json(), "all": self.overall.to_json(),
                "families": {f: {"predicted": s.predicted, "correct": s.correct,
                                 "precision": round(s.precision, 4)}
                             for f, s in sorted(self.families.items())},
                "notes": self.notes}


def select_types(spec: str | Sequence[str] | None, present: Iterable[str] = ()) -> list[str]:
    """``None``/``"core"`` -> the core three; ``"all"`` -> every type present; else a list."""
    if isinstance(spec, str) and spec.strip().lower() in ("core", "all"):
        spec = spec.strip().lower()
    if spec is None or spec == "core":
        return list(CORE_TYPES)
    if spec == "all":
        seen = set(present) | set(CORE_TYPES)
        return [t for t in RELATION_TYPES if t in seen]
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    chosen = [n.strip().upper() for n in names if n.strip()]
    unknown = [n for n in chosen if n not in RELATION_TYPES]
    if unknown or not chosen:
        raise ArgumentError(f"--types: unknown relation type {', '.join(unknown) or '(none)'} "
                         f"(use core, all, or names from {', '.join(RELATION_TYPES)})")
    return chosen




def core_total(scores: Mapping[str, Score]) -> Score:
    """The core three micro-averaged."""
    total = Score()
    for type_ in CORE_TYPES:
        total.add(scores[type_])
    return total
