"""Gold relations per article (``doc, type, source, target`` with actor ids): set matching.

>>> gold = [{"doc": "a", "type": "ACCUSE", "source": "x", "target": "y"}]
>>> pred = [{"doc": "a", "type": "ACCUSE", "source": "x", "target": "y", "sentence": "s"},
...         {"doc": "a", "type": "ACCUSE", "source": "y", "target": "x", "sentence": "s"}]
>>> report = evaluate_relations(gold, pred, types=["ACCUSE"])
>>> report.core.precision, report.core.recall
(0.5, 1.0)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from actorgraph.evaluate.scores import (
    CORE_TYPES,
    Record,
    Report,
    Score,
    asserted,
    core_total,
    mode_of,
)

__all__ = ["RELATION_FIELDS", "evaluate_relations", "keep"]

RELATION_FIELDS = ("doc", "type", "source", "target")


def keep(row: Record, negated: bool) -> bool:
    """Score this record? Only asserted ones, unless negation is scored too."""
    return negated or asserted(row)


def _key(row: Record, negated: bool) -> tuple[Any, ...]:
    key = tuple(row[k] for k in RELATION_FIELDS)
    return (*key, mode_of(row)) if negated else key  # scoring modes: the mode must match


def _group(rows: Iterable[Record], negated: bool) -> dict[tuple[Any, ...], list[Record]]:
    groups: dict[tuple[Any, ...], list[Record]] = defaultdict(list)
    for row in rows:
        if keep(row, negated):
            groups[_key(row, negated)].append(row)
    return groups


def _error(key: tuple[Any, ...], rows: list[Record]) -> dict[str, Any]:
    item: dict[str, Any] = dict(zip((*RELATION_FIELDS, "mode"), key, strict=False))
    item["sentences"] = sorted({str(r.get("sentence", "")) for r in rows})
    return item


def evaluate_relations(gold: Iterable[Record], predicted: Iterable[Record],
                       types: Sequence[str] | None = None, negated: bool = False) -> Report:
    """Match predicted to gold relations by (article, type, source, target) as sets."""
    gold_keys, pred_keys = _group(gold, negated), _group(predicted, negated)
    chosen = list(types or CORE_TYPES)
    scores = {}
    for type_ in dict.fromkeys([*chosen, *CORE_TYPES]):
        g = {k for k in gold_keys if k[1] == type_}
        p = {k for k in pred_keys if k[1] == type_}
        scores[type_] = Score(gold=len(g), predicted=len(p), correct=len(g & p),
                              found=len(g & p))
    report = Report("relations", {t: scores[t] for t in chosen}, core_total(scores))
    for key in {*gold_keys, *pred_keys}:
        if key[1] in CORE_TYPES:  # key: (article, type, source, target[, mode])
            report.count_document(key[0], gold=key in gold_keys,
                                  found=key in gold_keys and key in pred_keys,
                                  predicted=key in pred_keys,
                                  correct=key in gold_keys and key in pred_keys)
    for key in sorted(k for k in pred_keys if k[1] in chosen):
        report.count_family(pred_keys[key], key in gold_keys)
    report.false_positives = [_error(k, pred_keys[k]) for k in sorted(pred_keys)
                              if k[1] in chosen and k not in gold_keys]
    report.misses = [_error(k, gold_keys[k]) for k in sorted(gold_keys)
                     if k[1] in chosen and k not in pred_keys]
    partial = [t for t in chosen if _not_exhaustive(gold_keys, t)]
    if partial:
        report.notes.append(f"gold marked core: false (not exhaustive; read precision as a "
                            f"lower bound, recall as indicative): {', '.join(partial)}")
    return report


def _not_exhaustive(gold: Mapping[tuple[Any, ...], list[Record]], type_: str) -> bool:
    """A type whose gold lines all say ``"core": false`` was annotated only where certain."""
    rows = [row for key, rows in gold.items() if key[1] == type_ for row in rows]
    return bool(rows) and all(row.get("core") is False for row in rows)




