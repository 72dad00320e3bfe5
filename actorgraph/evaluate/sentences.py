"""PLOVER sentence records (``id, text, event_type, source, target`` with CAMEO-style codes).

Each line is an article of the build. Per type: *type recall* (the sentence has a predicted
relation of its type), *full recall* (one such relation also has a source and a target whose
countries match the gold codes, see :func:`actor_matches`) and *precision* (a predicted relation
is right when its type is the sentence's type).

>>> cameo_to_iso("JAP"), cameo_to_iso("IRN"), cameo_to_iso("IGO"), cameo_to_iso("ISM")
('JPN', 'IRN', None, None)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from actorgraph.evaluate.relations import keep
from actorgraph.evaluate.scores import (
    CORE_TYPES,
    Record,
    Report,
    Score,
    asserted,
    core_total,
    mode_of,
)

__all__ = ["SENTENCE_FIELDS", "actor_matches", "cameo_to_iso", "evaluate_sentences"]

SENTENCE_FIELDS = ("id", "text", "event_type", "source", "target")

# CAMEO country codes that differ from ISO 3166-1 alpha-3 (the others coincide with ISO).
_CAMEO_ISO = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR",
              "SAF": "ZAF", "ROM": "ROU", "TAW": "TWN", "BRM": "MMR", "ZAI": "COD"}


def cameo_to_iso(code: str | None) -> str | None:
    """ISO alpha-3 for a CAMEO country code; None for IGO, NGO, IMG, ISM, regions and the like."""
    if not code:
        return None
    code = _CAMEO_ISO.get(code, code)
    return code if code in _iso_codes() else None


@lru_cache(maxsize=1)
def _iso_codes() -> frozenset[str]:
    """The country codes of package data ``graph/data/iso3166_alpha3.txt``."""
    text = (resources.files("actorgraph.graph") / "data" / "iso3166_alpha3.txt").read_text("utf-8")
    return frozenset(code for line in text.splitlines() if not line.startswith("#")
                     for code in line.split())


def actor_matches(roles: Sequence[Record], actor: Record | None) -> bool:
    """Does a predicted actor fill a gold role list of a PLOVER record?

    An empty list (the record names no one) matches any actor. Otherwise one gold actor must
    match: a country code (CAMEO or ISO) matches an actor of that country; a code that is not a
    country (IGO, NGO, IMG...) matches an actor without a country; a missing code matches any.
    """
    if not roles:
        return True
    country = (actor or {}).get("country")
    for role in roles:
        code = role.get("code")
        if not code or cameo_to_iso(code) == country:
            return True
    return False


def evaluate_sentences(gold: Iterable[Record], predicted: Iterable[Record],
                       actors: Mapping[str, Record], types: Sequence[str] | None = None,
                       negated: bool = False) -> Report:
    """Score a build of PLOVER sentence records (one article each) against their codes.

    Type recall: a gold sentence of type T has a predicted relation of type T. Full recall:
    one of them also has its source and target matching the gold roles (:func:`actor_matches`).
    Precision: a predicted relation of type T is right when its sentence's gold type is T.
    A sentence marked ``negated`` is scored as in :func:`_score_sentence`.
    Predictions for articles that are not in the gold file are not scored. A repeated id
    (a build keeps only its first article) is scored once, on its first line.
    """
    sentences: dict[str, Record] = {}
    repeated = [row["id"] for row in gold if sentences.setdefault(row["id"], row) is not row]
    found: dict[str, list[Record]] = defaultdict(list)
    for row in predicted:
        if row["doc"] in sentences and keep(row, negated):
            found[row["doc"]].append(row)
    chosen = list(types or CORE_TYPES)
    scores = {t: Score(full=0) for t in dict.fromkeys([*chosen, *CORE_TYPES])}
    report = Report("sentences", {}, Score(full=0))
    if repeated:
        report.notes.append(f"repeated ids scored once: {', '.join(repeated)}")
    for sid, row in sentences.items():
        _score_sentence(row, found[sid], actors, scores, report, chosen, negated)
    report.types = {t: scores[t] for t in chosen}
    report.core = core_total(scores)
    return report


def _score_sentence(row: Record, rels: list[Record], actors: Mapping[str, Record],
                    scores: dict[str, Score], report: Report, chosen: Sequence[str],
                    negated: bool = False) -> None:
    """A gold line that is not asserted (``negated`` or another mode) reports an event that did
    not happen: by default it is no gold event, and an asserted relation of its type is wrong;
    with ``negated`` (modes scored) the mode must match as well as the type."""
    gold_mode = mode_of(row)
    gold_type = None if gold_mode != "asserted" and not negated else row["event_type"]

    def right(rel: Record) -> bool:
        return rel["type"] == gold_type and mode_of(rel) == gold_mode

    same = [r for r in rels if right(r)]
    core = [r for r in rels if r["type"] in CORE_TYPES]
    report.count_document(row["id"], gold=gold_type in CORE_TYPES, found=bool(same)
                          and gold_type in CORE_TYPES, predicted=len(core),
                          correct=sum(right(r) for r in core))
    full = any(actor_matches(row["source"], actors.get(r["source"]))
               and actor_matches(row["target"], actors.get(r["target"])) for r in same)
    if gold_type in scores:
        score = scores[gold_type]
        score.gold += 1
        score.found += bool(same)
        score.full = (score.full or 0) + full
    for rel in rels:
        if rel["type"] in scores:
            scores[rel["type"]].predicted += 1
            scores[rel["type"]].correct += right(rel)
        if rel["type"] in chosen:
            report.count_family([rel], right(rel))
        if not right(rel) and rel["type"] in chosen:
            report.false_positives.append(_sentence_error(row, [rel], actors))
    if gold_type in chosen and not full:
        report.misses.append(_sentence_error(row, rels, actors))


def _sentence_error(row: Record, rels: Sequence[Record],
                    actors: Mapping[str, Record]) -> dict[str, Any]:
    def who(actor_id: str) -> str:
        country = (actors.get(actor_id) or {}).get("country")
        return f"{actor_id} ({country or '-'})"

    def codes(roles: Sequence[Record]) -> str:
        return ", ".join(f"{r.get('actorText')} ({r.get('code')})" for r in roles) or "any"

    return {"doc": row["id"], "gold": f"{row['event_type']} {codes(row['source'])} -> "
            f"{codes(row['target'])}", "sentences": [row["text"]],
            "predicted": [f"{r['type']} {who(r['source'])} -> {who(r['target'])}"
                          + ("" if asserted(r) else f" [{mode_of(r)}]") for r in rels]}


