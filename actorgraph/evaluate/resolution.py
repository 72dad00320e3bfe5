"""Measure actor resolution: a case suite, gold actors of an annotated corpus, country codes.

The tests use these functions to hold the resolver to its targets; the numbers they return are
the ones the project reports. Nothing here runs during a build.

>>> cameo_to_iso("JAP"), cameo_to_iso("IRN"), cameo_to_iso("IGO")
('JPN', 'IRN', None)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from actorgraph.evaluate.sentences import cameo_to_iso as _cameo_code
from actorgraph.extract.gazetteer import default_gazetteer
from actorgraph.extract.nlp import make_doc
from actorgraph.graph.model import Actor, Mention

__all__ = ["CaseResult", "Score", "cameo_to_iso", "check_case", "country_accuracy",
           "score_actors"]

def cameo_to_iso(code: str | None) -> str | None:
    """ISO alpha-3 for a CAMEO country code, if the gazetteer knows that country ('ISM': None)."""
    iso = _cameo_code(code)
    known = {e.country for e in default_gazetteer().entries.values() if e.kind == "GOVERNMENT"}
    return iso if iso in known else None


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").casefold().strip()
    for prefix in ("the ", "a ", "an "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text.replace(".", "")


def _covering(doc: Doc, start: int, end: int) -> list[Mention]:
    """Mentions overlapping [start, end), the largest overlap first."""
    found = [m for m in doc._.mentions or () if m.start < end and start < m.end]
    return sorted(found, key=lambda m: -(min(end, m.end) - max(start, m.start)))


@dataclass
class CaseResult:
    case: str
    ok: bool
    problems: list[str] = field(default_factory=list)


def check_case(nlp: Language, case: Mapping[str, Any]) -> CaseResult:
    """Run one case of ``tests/data/resolution_cases.jsonl`` and check every expectation."""
    text = case["text"]
    doc = nlp(make_doc(nlp, text, case["id"], case.get("date")))
    actors: dict[str, Actor] = doc._.actors or {}
    result = CaseResult(case["id"], True)
    for expect in case["expect"]:
        problem = _check(doc, actors, text, expect)
        if problem:
            result.ok = False
            result.problems.append(f"{expect['span']!r}: {problem}")
    return result


def _actor_at(doc: Doc, actors: Mapping[str, Actor], text: str, span: str) -> Actor | None:
    start = text.find(span)
    if start < 0:
        raise ValueError(f"span {span!r} not in the case text")
    mentions = _covering(doc, start, start + len(span))
    return actors.get(mentions[0].actor) if mentions else None


def _check(doc: Doc, actors: Mapping[str, Actor], text: str, expect: Mapping[str, Any]) -> str:
    actor = _actor_at(doc, actors, text, expect["span"])
    if expect.get("none"):
        return f"expected no actor, got {actor.id}" if actor is not None else ""
    if actor is None:
        return "no actor"
    if "same_as" in expect:
        other = _actor_at(doc, actors, text, expect["same_as"])
        if other is None or other.id != actor.id:
            return f"{actor.id} is not {other.id if other else None}"
    for key in ("kind", "country", "sector", "label"):
        if key in expect and getattr(actor, key) != expect[key]:
            return f"{key} {getattr(actor, key)!r} != {expect[key]!r} ({actor.id})"
    return ""


@dataclass
class Score:
    precision: float
    recall: float
    false_positives: list[str]
    missed: list[str]
    matches: dict[str, list[str]]


def _names(actor: Actor) -> set[str]:
    return {_fold(n) for n in (actor.label, *actor.aliases)} | {actor.id}


def score_actors(predicted: Iterable[Actor], gold: Iterable[Mapping[str, Any]],
                 neutral: Iterable[str] = ()) -> Score:
    """Precision and recall of actor nodes against gold actors (id or any surface form).

    A predicted actor matches a gold actor when they share the id or a name; predicted actors
    whose names are all ``neutral`` (unannotated generic populations) are not scored.
    """
    gold = list(gold)
    surfaces = {g["id"]: {_fold(s) for s in (g["label"], *g["surface"])} | {g["id"]}
                for g in gold}
    quiet = {_fold(n) for n in neutral}
    matches: dict[str, list[str]] = {g["id"]: [] for g in gold}
    false_positives, scored = [], 0
    for actor in predicted:
        names = _names(actor)
        hit = [actor.id] if actor.id in surfaces else \
            [g for g, forms in surfaces.items() if _fold(actor.label) in forms] or \
            [g for g, forms in surfaces.items() if names & forms]
        if not hit and {_fold(a) for a in actor.aliases or (actor.label,)} <= quiet:
            continue
        scored += 1
        if not hit:
            false_positives.append(actor.id)
        for g in hit:
            matches[g].append(actor.id)
    found = [g for g, ids in matches.items() if ids]
    return Score(precision=(scored - len(false_positives)) / scored if scored else 0.0,
                 recall=len(found) / len(gold) if gold else 0.0,
                 false_positives=sorted(false_positives),
                 missed=sorted(g for g, ids in matches.items() if not ids), matches=matches)


def country_accuracy(nlp: Language, rows: Iterable[Mapping[str, Any]]
                     ) -> tuple[int, int, int, list[str]]:
    """(correct, resolved, annotated, errors) over dev-set actors that carry a country code.

    Annotated actors with a non-country code (IGO, NGO, IMG...) are left out. ``resolved``
    counts the actors the pipeline turned into a mention; accuracy is correct / resolved.
    """
    correct = resolved = annotated = 0
    errors: list[str] = []
    for row in rows:
        text = row["text"]
        doc = nlp(make_doc(nlp, text, row["id"]))
        actors: dict[str, Actor] = doc._.actors or {}
        for role in (*row.get("source", ()), *row.get("target", ())):
            iso = cameo_to_iso(role.get("code"))
            start = text.find(role["actorText"].split("..")[0].strip())
            if iso is None or start < 0:
                continue
            annotated += 1
            mentions = _covering(doc, start, start + len(role["actorText"]))
            actor = actors.get(mentions[0].actor) if mentions else None
            if actor is None:
                continue
            resolved += 1
            if actor.country == iso:
                correct += 1
            else:
                errors.append(f"{row['id']}: {role['actorText']!r} -> {actor.id} "
                              f"({actor.country}), gold {iso}")
    return correct, resolved, annotated, errors
