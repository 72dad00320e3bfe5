"""How far two careful readers of the same news excerpts agree, scored as the extractor is.

    python tools/agreement.py tests/data/news/dev.jsonl tests/data/news/agreement.jsonl

The second file holds a second, independent annotation of some excerpts of the first, made
from the text alone with the same guide. Each annotation is read as if it were a build's
output (its actors, known by their labels and the proper names they go by, and its relations)
and scored against the other with :func:`~actorgraph.evaluate.news.evaluate_news`, both ways.
The figures are the ceiling an extractor can be expected to reach on this corpus.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from actorgraph.evaluate.files import load_gold
from actorgraph.evaluate.news import PRONOUNS, evaluate_news
from actorgraph.evaluate.scores import CORE_TYPES

Record = dict[str, Any]


def as_prediction(rows: list[Record]) -> tuple[list[Record], dict[str, Record]]:
    """An annotation as a build's relations and actors (an actor id per excerpt and label)."""
    actors: dict[str, Record] = {}
    relations: list[Record] = []
    for row in rows:
        for actor in row["actors"]:
            actors[_ident(row, actor["label"])] = {
                "label": actor["label"], "kind": actor["kind"], "country": actor.get("country"),
                "aliases": [s for s in actor.get("surface", ()) if _proper(s)]}
        relations += [{"doc": row["id"], "type": r["type"], "source": _ident(row, r["source"]),
                       "target": _ident(row, r["target"]), "mode": r.get("mode", "asserted")}
                      for r in row["relations"]]
    return relations, actors


def _ident(row: Record, label: str) -> str:
    return f"{row['id']}/{label}"


def _proper(surface: str) -> bool:
    """A name, not a description: 'the government' or 'it' would match any actor."""
    first = surface.split()[0] if surface.split() else ""
    return first[:1].isupper() and first.lower() not in PRONOUNS | {"the"}


def agreement(first: list[Record], second: list[Record]) -> dict[str, dict[str, float]]:
    """Core precision, recall and F1 of each annotation read against the other."""
    shared = {row["id"] for row in second}
    first = [row for row in first if row["id"] in shared]
    scores = {}
    for name, gold, other in (("second against first", first, second),
                              ("first against second", second, first)):
        relations, actors = as_prediction(other)
        core = evaluate_news(gold, relations, actors, CORE_TYPES).core
        scores[name] = {"gold": core.gold, "precision": core.precision,
                        "recall": core.recall, "f1": core.f1}
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    scores = agreement(load_gold(args.first)[1], load_gold(args.second)[1])
    for name, s in scores.items():
        print(f"{name}: core P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} "
              f"({s['gold']} gold relations)")


if __name__ == "__main__":
    main()
