"""``actorgraph evaluate``: score a build's relations against a gold file (two modes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from actorgraph.evaluate import CORE_TYPES, Report, Score

__all__ = ["COMMANDS", "evaluate", "format_families", "format_report", "format_years"]


def evaluate(
    gold: Annotated[Path, typer.Argument(
        metavar="GOLD", help="Gold file (JSONL): relations with doc, type, source, target; or "
                             "PLOVER sentence records with id, text, event_type, source, "
                             "target.")],
    pred: Annotated[Path, typer.Option(
        "--pred", metavar="DIR",
        help="A build output directory (its relations.jsonl and actors.jsonl).")],
    types: Annotated[str, typer.Option(
        metavar="TYPES",
        help="core (ACCUSE, THREATEN, SANCTION), all, or comma-separated type names.")] = "core",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[bool, typer.Option(
        "--show-errors", help="List false positives and misses with their sentences.")] = False,
    include_negated: Annotated[bool, typer.Option(
        help="Score relations that are not asserted too (negated or hypothetical); "
             "the mode must then match.")] = False,
    by_family: Annotated[bool, typer.Option(
        "--by-family", help="Also print the precision of each pattern family.")] = False,
    by_year: Annotated[bool, typer.Option(
        "--by-year", help="Also print the core figures per year of publication (news "
                          "excerpts with a date).")] = False,
) -> None:
    """Precision, recall and F1 of predicted relations per type and for the core three."""
    from actorgraph.evaluate import evaluate as run

    report = run(gold, pred, types, include_negated)
    if as_json:
        data: dict[str, Any] = report.to_json()
        data["core_interval"] = {name: list(pair) for name, pair in report.interval().items()}
        if by_year:
            data["years"] = {year: s.to_json() for year, s in report.by_year().items()}
        if show_errors:
            data.update(false_positives=report.false_positives, misses=report.misses)
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    typer.echo(format_report(report))
    if by_family:
        typer.echo(format_families(report))
    if by_year:
        typer.echo(format_years(report))
    if show_errors:
        typer.echo(_format_errors(report))


def format_report(report: Report) -> str:
    """A plain-text table: one row per type, then the core three (and all types asked)
    micro-averaged."""
    sentences = report.mode == "sentences"
    head = ["type", "gold", "pred", "right", "precision",
            *(["type recall", "full recall"] if sentences else ["recall", "F1"])]
    rows = [head] + [_row(t, s, sentences) for t, s in report.types.items()]
    rows.append(_row("core (micro)", report.core, sentences))
    if set(report.types) - set(CORE_TYPES):
        rows.append(_row(f"{len(report.types)} types (micro)", report.overall, sentences))
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                       for i, (c, w) in enumerate(zip(r, widths, strict=True))) for r in rows]
    unit = "gold sentences" if sentences else "gold relations (article, type, source, target)"
    notes = "".join(f"\nnote: {note}" for note in [*report.notes, *_interval(report)])
    return f"mode: {report.mode}; gold counts {unit}\n" + "\n".join(lines) + notes


def _interval(report: Report) -> list[str]:
    """The core figures' 95% bootstrap interval over the documents, as a note."""
    bounds = report.interval()
    if not bounds:
        return []
    recall = "type recall" if report.mode == "sentences" else "recall"
    (p0, p1), (r0, r1), (f0, f1) = bounds["precision"], bounds["recall"], bounds["f1"]
    return [f"95% interval of the core figures over {len(report.documents)} documents "
            f"(bootstrap): precision {p0:.3f}-{p1:.3f}, {recall} {r0:.3f}-{r1:.3f}, "
            f"F1 {f0:.3f}-{f1:.3f}"]


def format_families(report: Report) -> str:
    """Precision per pattern family over the types asked, with the smoothed figure
    (right + 1) / (predicted + 2) that a family's confidence is set from."""
    rows = [["family", "pred", "right", "precision", "confidence"]]
    for name, s in sorted(report.families.items(), key=lambda fs: (-fs[1].predicted, fs[0])):
        rows.append([name, str(s.predicted), str(s.correct), f"{s.precision:.3f}",
                     f"{(s.correct + 1) / (s.predicted + 2):.2f}"])
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    return "\n" + "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                      for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                            for r in rows)


def format_years(report: Report) -> str:
    """The core three per year of publication: is the newest news read as well as the
    rest?"""
    years = report.by_year()
    if not years:
        return "\nno document has a year of publication"
    head = ["year", "gold", "pred", "right", "precision", "recall", "F1"]
    rows = [head] + [_row(year, score, False) for year, score in years.items()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    return "\n" + "\n".join("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                      for i, (c, w) in enumerate(zip(r, widths, strict=True)))
                            for r in rows)


def _row(name: str, score: Score, sentences: bool) -> list[str]:
    rates = [score.precision, score.recall]
    rates.append(score.full_recall or 0.0 if sentences else score.f1)
    return [name, str(score.gold), str(score.predicted), str(score.correct),
            *(f"{r:.3f}" for r in rates)]


def _format_errors(report: Report) -> str:
    lines = []
    for title, items in (("false positives", report.false_positives),
                         ("misses", report.misses)):
        lines.append(f"\n{title} ({len(items)}):")
        for item in items:
            what = item.get("gold") or f"{item['type']} {item['source']} -> {item['target']}"
            lines.append(f"- {item['doc']}: {what}")
            lines.extend(f"    predicted: {p}" for p in item.get("predicted", ()))
            lines.extend(f"    | {' '.join(s.split())}" for s in item["sentences"])
    return "\n".join(lines)


COMMANDS = (evaluate,)
