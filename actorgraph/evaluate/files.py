"""Gold files and build outputs read from disk, and :func:`evaluate`, which picks the scorer.

Three kinds of gold are told apart by their fields: ``relations`` (per article, actor ids;
:mod:`.relations`), ``sentences`` (PLOVER records; :mod:`.sentences`) and ``news`` (excerpt-level
gold of real news; :mod:`.news`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from actorgraph.evaluate.news import evaluate_news, validate_news
from actorgraph.evaluate.relations import RELATION_FIELDS, evaluate_relations
from actorgraph.evaluate.scores import Record, Report, select_types
from actorgraph.evaluate.sentences import SENTENCE_FIELDS, evaluate_sentences
from actorgraph.graph.errors import InputError
from actorgraph.graph.io import read_jsonl
from actorgraph.graph.model import RELATION_TYPES

__all__ = ["detect_mode", "evaluate", "load_gold", "load_prediction"]




def detect_mode(row: Record) -> str | None:
    """``"relations"``, ``"sentences"`` or ``"news"`` from a gold line's fields, else None."""
    if isinstance(row.get("relations"), list) and isinstance(row.get("actors"), list) \
            and isinstance(row.get("id"), str) and isinstance(row.get("text"), str):
        return "news"
    if all(k in row for k in SENTENCE_FIELDS) and isinstance(row["source"], list):
        return "sentences"
    if all(isinstance(row.get(k), str) for k in RELATION_FIELDS):
        return "relations"
    return None


def load_gold(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The gold lines and their mode; a line of another shape or type is an InputError."""
    mode, rows = None, []
    for number, row in read_jsonl(_existing(path, "gold file")):
        kind = detect_mode(row)
        if kind is None or (mode is not None and kind != mode):
            raise InputError(f"{path}:{number}: not a gold relation (doc, type, source, target) "
                             f"nor a PLOVER sentence record (id, text, event_type, source, "
                             f"target) nor a news excerpt (id, text, actors, relations)"
                             + (f" like line 1 ({mode})" if mode else ""))
        problem = _problem(kind, row)
        if problem:
            raise InputError(f"{path}:{number}: {problem}")
        mode = kind
        rows.append(row)
    if mode is None:
        raise InputError(f"{path}: no gold records")
    return mode, rows


def _problem(kind: str, row: Record) -> str | None:
    if kind == "news":
        types = [rel.get("type") for rel in row["relations"]]
        bad = [t for t in types if t not in RELATION_TYPES]
        return f"unknown relation type {bad[0]!r}" if bad else validate_news(row)
    type_ = row["type"] if kind == "relations" else row["event_type"]
    return None if type_ in RELATION_TYPES else f"unknown relation type {type_!r}"


def load_prediction(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """relations.jsonl and actors.jsonl (actors by id; empty if absent) of a build output.

    ``path`` is the build directory or its relations.jsonl.
    """
    folder = path if path.is_dir() else path.parent
    relations_file = path if path.is_file() else path / "relations.jsonl"
    relations = []
    for number, row in read_jsonl(_existing(relations_file, "predicted relations")):
        missing = [k for k in RELATION_FIELDS if not isinstance(row.get(k), str)]
        if missing:
            raise InputError(f"{relations_file}:{number}: relation without {', '.join(missing)}")
        relations.append(row)
    actors_file = folder / "actors.jsonl"
    actors = {row["id"]: row for _, row in read_jsonl(actors_file)
              if isinstance(row.get("id"), str)} if actors_file.is_file() else {}
    return relations, actors


def _existing(path: Path, what: str) -> Path:
    if not path.is_file():
        raise InputError(f"{path}: no such {what}" + (" (is it a build output directory?)"
                                                       if what.startswith("predicted") else ""))
    return path



def evaluate(gold_path: Path, pred_path: Path, types: str | Sequence[str] | None = None,
             negated: bool = False) -> Report:
    """Read a gold file and a build output, pick the mode from the gold's fields, score."""
    mode, gold = load_gold(gold_path)
    predicted, actors = load_prediction(pred_path)
    present = [str(r.get("type")) for row in gold for r in row.get("relations", ())] + [
        str(row.get("type") or row.get("event_type")) for row in gold if mode != "news"]
    chosen = select_types(types, present + [r["type"] for r in predicted])
    if mode == "relations":
        return evaluate_relations(gold, predicted, chosen, negated)
    if not actors:
        raise InputError(f"{pred_path}: no actors.jsonl beside the relations; the {mode} "
                         "mode needs each actor's label and country")
    if mode == "news":
        return evaluate_news(gold, predicted, actors, chosen, negated)
    return evaluate_sentences(gold, predicted, actors, chosen, negated)
