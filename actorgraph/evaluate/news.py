"""Excerpt-level gold of real news (``tests/data/news/``): relation sets per excerpt.

A news record is one excerpt (an article of the build, by its ``id``) with its ``actors``
(label, kind, country, surface strings) and ``relations`` (type, source and target labels, other
acceptable readings in ``source_alt``/``target_alt``, ``mode`` and ``explicit``). A predicted
relation is right when its excerpt has a gold relation of its type whose source and target it
fills (:func:`actor_fits`); a gold relation is found when some prediction fills it. Only asserted
events count unless negation is scored, and then the mode must match too: an asserted prediction
of an event the gold calls negated or hypothetical is wrong.

>>> gold = {"id": "n1", "text": "...", "actors": [
...     {"label": "Chile", "kind": "GOVERNMENT", "country": "CHL", "surface": ["Santiago"]},
...     {"label": "Ana Rojas", "kind": "PERSON", "country": "PER", "surface": ["Rojas"]}],
...     "relations": [{"type": "ACCUSE", "source": "Chile", "target": "Ana Rojas",
...                    "mode": "asserted", "explicit": True}]}
>>> actors = {"chile": {"label": "Chile", "kind": "GOVERNMENT", "country": "CHL"},
...           "rojas": {"label": "Rojas", "kind": "PERSON", "country": None}}
>>> pred = [{"doc": "n1", "type": "ACCUSE", "source": "chile", "target": "rojas"}]
>>> evaluate_news([gold], pred, actors).core.f1
1.0
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from actorgraph.evaluate.scores import CORE_TYPES, Record, Report, Score, core_total, mode_of

__all__ = ["DEV_SHARE", "NEWS_MODES", "PRONOUNS", "actor_fits", "evaluate_news", "split_of",
           "validate_news"]

NEWS_MODES = ("asserted", "negated", "hypothetical")
DEV_SHARE = 60  # percent of articles in the development split; the rest is the test split
# Surface strings that name no one out of context; they never match an actor's name.
PRONOUNS = frozenset(["it", "its", "he", "him", "his", "she", "her", "they", "them", "their",
                       "we", "us", "our", "i", "me"])


# British spellings of words that occur in actor names, folded to the American ones.
_SPELLINGS = {"defence": "defense", "offence": "offense", "centre": "center", "labour": "labor",
              "programme": "program", "organisation": "organization",
              "organisations": "organizations"}


def split_of(url: str) -> str:
    """``"dev"`` or ``"test"``: a fixed function of the article's address, so every excerpt of
    one article falls in the same split and adding articles never moves the others.

    >>> split_of("https://example.org/news/1"), split_of("https://example.org/news/1#top")
    ('test', 'test')
    """
    key = url.split("#")[0].rstrip("/").casefold().encode("utf-8")
    bucket = int.from_bytes(hashlib.sha256(key).digest()[:4], "big") % 100
    return "dev" if bucket < DEV_SHARE else "test"


def _fold(text: str) -> str:
    """Case, diacritics ('Billström' is 'Billstrom'), a leading article and British spellings
    ('Defence Ministry' is 'defense ministry') folded away, so a name matches however spelt."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()
    for prefix in ("the ", "a ", "an "):
        text = text.removeprefix(prefix)
    return " ".join(_SPELLINGS.get(w, w) for w in text.replace(".", "").split())


def _names(gold: Record) -> set[str]:
    names = {_fold(gold["label"])} | {_fold(s) for s in gold.get("surface", ())}
    return {n for n in names if n and n not in PRONOUNS}


def actor_fits(gold: Record, actor_id: str, actor: Record | None) -> bool:
    """Does a predicted actor (its id and actors.jsonl record) fill a gold actor's role?

    It does when a name is shared (label, surface strings, aliases, the id read as words, with
    case, diacritics and British spellings folded), when both are the government of the same
    country, or when both are people with the same surname or the same first name and the
    predicted full name ends a gold surface string.
    """
    actor = actor or {}
    merged = [m.get("alias", "") for m in actor.get("merged_from", ()) if isinstance(m, dict)]
    # merged_from keeps every surface form, also the descriptive ones ("Norwegian minister")
    # that are not stored as aliases
    mine = {_fold(str(n)) for n in (actor.get("label", ""), *actor.get("aliases", ()), *merged)}
    mine.add(_fold(actor_id.replace("-", " ")))
    if mine & _names(gold):
        return True
    kinds = (gold.get("kind"), actor.get("kind"))
    if kinds == ("GOVERNMENT", "GOVERNMENT"):
        return bool(gold.get("country")) and gold.get("country") == actor.get("country")
    if kinds == ("PERSON", "PERSON"):
        label = _fold(str(actor.get("label", ""))).split()
        surname = label[-1:]
        if len("".join(surname)) > 2 and surname == _fold(gold["label"]).split()[-1:]:
            return True
        # a full name that ends a gold surface string and shares the gold label's first name:
        # "Foreign Minister Ana Rojas" for "Ana Rojas Vidal" (not "the judge in the trial of
        # Pedro Rojas", a surface string of the judge)
        return len(label) > 1 and label[0] == _fold(gold["label"]).split()[0] and any(
            n.split()[-len(label):] == label for n in _names(gold))
    return False


@dataclass(frozen=True)
class _Gold:
    type: str
    sources: tuple[Record, ...]
    targets: tuple[Record, ...]
    mode: str
    explicit: bool
    sentence: str

    def filled_by(self, rel: Record, actors: Mapping[str, Record]) -> bool:
        return (rel["type"] == self.type
                and any(actor_fits(g, rel["source"], actors.get(rel["source"]))
                        for g in self.sources)
                and any(actor_fits(g, rel["target"], actors.get(rel["target"]))
                        for g in self.targets))

    def describe(self) -> str:
        return f"{self.type} {self.sources[0]['label']} -> {self.targets[0]['label']}" + (
            "" if self.mode == "asserted" else f" [{self.mode}]")


def _golds(record: Record) -> list[_Gold]:
    """The record's relations with their actors, one per (type, source, target, mode); the
    other readings of every relation with that key are kept, and it is explicit when any of
    its sentences names both actors."""
    by_label = {a["label"]: a for a in record["actors"]}
    seen: dict[tuple[str, ...], _Gold] = {}
    for rel in record["relations"]:
        key = (rel["type"], rel["source"], rel["target"], rel.get("mode", "asserted"))
        sources = tuple(by_label[x] for x in (rel["source"], *rel.get("source_alt", ())))
        targets = tuple(by_label[x] for x in (rel["target"], *rel.get("target_alt", ())))
        explicit = bool(rel.get("explicit", True))
        if key in seen:
            first = seen[key]
            sources = first.sources + tuple(a for a in sources if a not in first.sources)
            targets = first.targets + tuple(a for a in targets if a not in first.targets)
            explicit = explicit or first.explicit
        seen[key] = _Gold(key[0], sources, targets, key[3], explicit,
                          seen[key].sentence if key in seen else rel.get("sentence", ""))
    return list(seen.values())


_mode = mode_of


def evaluate_news(gold: Iterable[Record], predicted: Iterable[Record],
                  actors: Mapping[str, Record], types: Sequence[str] | None = None,
                  negated: bool = False) -> Report:
    """Score a build of news excerpts (one article each) against their excerpt-level gold."""
    records = {row["id"]: row for row in gold}
    found: dict[str, dict[tuple[str, str, str, str], Record]] = defaultdict(dict)
    for rel in predicted:
        if rel["doc"] in records and (negated or _mode(rel) == "asserted"):
            key = (rel["type"], rel["source"], rel["target"], _mode(rel))
            found[rel["doc"]].setdefault(key, rel)
    chosen = list(types or CORE_TYPES)
    scores = {t: Score() for t in dict.fromkeys([*chosen, *CORE_TYPES])}
    report = Report("news", {}, Score())
    tally: dict[bool, list[int]] = {True: [0, 0], False: [0, 0]}
    for doc, record in records.items():
        _score_excerpt(record, list(found[doc].values()), actors, scores, report, chosen,
                       negated, tally)
    report.types = {t: scores[t] for t in chosen}
    report.core = core_total(scores)
    for explicit, (hit, total) in sorted(tally.items(), reverse=True):
        if total:
            report.notes.append(f"recall on {'explicit' if explicit else 'implied'} gold "
                                f"relations ({', '.join(chosen)}): {hit}/{total} = "
                                f"{hit / total:.3f}")
    return report


def _score_excerpt(record: Record, rels: list[Record], actors: Mapping[str, Record],
                   scores: dict[str, Score], report: Report, chosen: Sequence[str],
                   negated: bool, tally: dict[bool, list[int]]) -> None:
    golds = [g for g in _golds(record) if g.type in scores]
    counted = [g for g in golds if negated or g.mode == "asserted"]

    def right(rel: Record, g: _Gold) -> bool:
        return g.filled_by(rel, actors) and g.mode == _mode(rel)

    core = [g for g in counted if g.type in CORE_TYPES]
    mine = [rel for rel in rels if rel["type"] in CORE_TYPES]
    year = str(record.get("date") or record.get("published") or "")[:4]
    if year.isdigit():
        report.years[record["id"]] = year
    report.count_document(record["id"], gold=len(core),
                          found=sum(any(right(rel, g) for rel in mine) for g in core),
                          predicted=len(mine),
                          correct=sum(any(right(rel, g) for g in core) for rel in mine))
    for g in counted:
        hit = any(right(rel, g) for rel in rels)
        scores[g.type].gold += 1
        scores[g.type].found += hit
        if g.type in chosen:
            tally[g.explicit][0] += hit
            tally[g.explicit][1] += 1
            if not hit:
                report.misses.append(_error(record, g.describe(), [g.sentence], rels, actors))
    for rel in rels:
        if rel["type"] not in scores:
            continue
        ok = any(right(rel, g) for g in counted)
        scores[rel["type"]].predicted += 1
        scores[rel["type"]].correct += ok
        if rel["type"] in chosen:
            report.count_family([rel], ok)
        if not ok and rel["type"] in chosen:
            report.false_positives.append(
                _error(record, None, [str(rel.get("sentence", ""))], [rel], actors))


def _error(record: Record, gold: str | None, sentences: list[str], rels: Sequence[Record],
           actors: Mapping[str, Record]) -> dict[str, Any]:
    def who(actor_id: str) -> str:
        return str((actors.get(actor_id) or {}).get("label") or actor_id)

    preds = [f"{r['type']} {who(r['source'])} -> {who(r['target'])}"
             + ("" if _mode(r) == "asserted" else f" [{_mode(r)}]") for r in rels]
    item: dict[str, Any] = {"doc": record["id"], "sentences": sentences, "predicted": preds}
    if gold:
        item["gold"] = gold
    else:
        item.update(gold=f"(none) {preds[0]}", predicted=[])
    return item


def validate_news(row: Record) -> str | None:
    """What is wrong with a news gold record, or None (checked when the gold is loaded)."""
    labels = {a.get("label") for a in row.get("actors", ())}
    for number, rel in enumerate(row.get("relations", ()), 1):
        names = [rel.get("source"), rel.get("target"),
                 *rel.get("source_alt", ()), *rel.get("target_alt", ())]
        unknown = [n for n in names if n not in labels]
        if unknown:
            return f"relation {number} names {unknown[0]!r}, which is not in its actors"
        if rel.get("mode", "asserted") not in NEWS_MODES:
            return f"relation {number} has mode {rel.get('mode')!r}, not one of {NEWS_MODES}"
    return None
