"""Score extracted relations against gold annotations: pure functions over JSON records.

Two kinds of gold are understood, told apart by their fields:

- **relations** (``tests/data/seeds_gold_relations.jsonl``): one line per gold relation with
  ``doc, type, source, target`` (actor ids) and ``negated``. A predicted relation is right when
  a gold relation has the same key (article, type, source, target); keys are compared as sets,
  so the same event said twice in an article counts once. Precision, recall and F1 per type,
  and micro-averaged over the core three.
- **sentences** (PLOVER records such as the dev set): one sentence per line with ``id, text,
  event_type`` and ``source``/``target`` lists of CAMEO-style codes. Each line is an article of
  the build. Per type: *type recall* (the sentence has a predicted relation of its type),
  *full recall* (one such relation also has a source and a target whose countries match the
  gold codes) and *precision* (a predicted relation is right when its type is the sentence's
  type). The matching rules are in :func:`actor_matches`.

Negated relations are ignored on both sides unless ``negated=True`` is asked for, in which case
the negation flag becomes part of the key.

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
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from actorgraph.graph.errors import InputError, UsageError
from actorgraph.graph.model import RELATION_TYPES

__all__ = ["CORE_TYPES", "Report", "Score", "actor_matches", "cameo_to_iso", "detect_mode",
           "evaluate", "evaluate_relations", "evaluate_sentences", "load_gold",
           "load_prediction", "select_types"]

CORE_TYPES: tuple[str, ...] = RELATION_TYPES[:3]
Record = Mapping[str, Any]

# CAMEO country codes that differ from ISO 3166-1 alpha-3 (the others coincide with ISO).
_CAMEO_ISO = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "GMY": "DEU", "UKG": "GBR",
              "SAF": "ZAF", "ROM": "ROU", "TAW": "TWN", "BRM": "MMR", "ZAI": "COD"}


def cameo_to_iso(code: str | None) -> str | None:
    """ISO alpha-3 for a CAMEO country code; None for IGO, NGO, IMG, ISM, regions and the like.

    >>> cameo_to_iso("JAP"), cameo_to_iso("IRN"), cameo_to_iso("IGO"), cameo_to_iso("ISM")
    ('JPN', 'IRN', None, None)
    """
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
                "notes": self.notes}


_RELATION_FIELDS = ("doc", "type", "source", "target")
_SENTENCE_FIELDS = ("id", "text", "event_type", "source", "target")


def detect_mode(row: Record) -> str | None:
    """``"relations"`` or ``"sentences"`` from a gold line's fields; None if it is neither."""
    if all(k in row for k in _SENTENCE_FIELDS) and isinstance(row["source"], list):
        return "sentences"
    if all(isinstance(row.get(k), str) for k in _RELATION_FIELDS):
        return "relations"
    return None


def load_gold(path: Path) -> tuple[str, list[dict[str, Any]]]:
    """The gold lines and their mode; a line of another shape or type is an InputError."""
    from actorgraph.graph.io import read_jsonl

    mode, rows = None, []
    for number, row in read_jsonl(_existing(path, "gold file")):
        kind = detect_mode(row)
        if kind is None or (mode is not None and kind != mode):
            raise InputError(f"{path}:{number}: not a gold relation (doc, type, source, target) "
                             f"nor a PLOVER sentence record (id, text, event_type, source, "
                             f"target)" + (f" like line 1 ({mode})" if mode else ""))
        kind_type = row["type"] if kind == "relations" else row["event_type"]
        if kind_type not in RELATION_TYPES:
            raise InputError(f"{path}:{number}: unknown relation type {kind_type!r}")
        mode = kind
        rows.append(row)
    if mode is None:
        raise InputError(f"{path}: no gold records")
    return mode, rows


def load_prediction(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """relations.jsonl and actors.jsonl (actors by id; empty if absent) of a build output.

    ``path`` is the build directory or its relations.jsonl.
    """
    from actorgraph.graph.io import read_jsonl

    folder = path if path.is_dir() else path.parent
    relations_file = path if path.is_file() else path / "relations.jsonl"
    relations = []
    for number, row in read_jsonl(_existing(relations_file, "predicted relations")):
        missing = [k for k in _RELATION_FIELDS if not isinstance(row.get(k), str)]
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


def select_types(spec: str | Sequence[str] | None, present: Iterable[str] = ()) -> list[str]:
    """``None``/``"core"`` -> the core three; ``"all"`` -> every type present; else a list."""
    if spec is None or spec == "core":
        return list(CORE_TYPES)
    if spec == "all":
        seen = set(present) | set(CORE_TYPES)
        return [t for t in RELATION_TYPES if t in seen]
    names = spec.split(",") if isinstance(spec, str) else list(spec)
    chosen = [n.strip().upper() for n in names if n.strip()]
    unknown = [n for n in chosen if n not in RELATION_TYPES]
    if unknown or not chosen:
        raise UsageError(f"--types: unknown relation type {', '.join(unknown) or '(none)'} "
                         f"(use core, all, or names from {', '.join(RELATION_TYPES)})")
    return chosen


def _keep(row: Record, negated: bool) -> bool:
    return negated or not row.get("negated")


def _key(row: Record, negated: bool) -> tuple[Any, ...]:
    key = tuple(row[k] for k in _RELATION_FIELDS)
    return (*key, bool(row.get("negated"))) if negated else key


def _group(rows: Iterable[Record], negated: bool) -> dict[tuple[Any, ...], list[Record]]:
    groups: dict[tuple[Any, ...], list[Record]] = defaultdict(list)
    for row in rows:
        if _keep(row, negated):
            groups[_key(row, negated)].append(row)
    return groups


def _error(key: tuple[Any, ...], rows: list[Record]) -> dict[str, Any]:
    item: dict[str, Any] = dict(zip((*_RELATION_FIELDS, "negated"), key, strict=False))
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
    report = Report("relations", {t: scores[t] for t in chosen}, _total(scores))
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


def _total(scores: Mapping[str, Score]) -> Score:
    total = Score()
    for type_ in CORE_TYPES:
        total.add(scores[type_])
    return total


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
        if row["doc"] in sentences and _keep(row, negated):
            found[row["doc"]].append(row)
    chosen = list(types or CORE_TYPES)
    scores = {t: Score(full=0) for t in dict.fromkeys([*chosen, *CORE_TYPES])}
    report = Report("sentences", {}, Score(full=0))
    if repeated:
        report.notes.append(f"repeated ids scored once: {', '.join(repeated)}")
    for sid, row in sentences.items():
        _score_sentence(row, found[sid], actors, scores, report, chosen, negated)
    report.types = {t: scores[t] for t in chosen}
    report.core = _total(scores)
    return report


def _score_sentence(row: Record, rels: list[Record], actors: Mapping[str, Record],
                    scores: dict[str, Score], report: Report, chosen: Sequence[str],
                    negated: bool = False) -> None:
    """A gold line marked ``negated`` reports an event that did not happen: by default it is
    no gold event, and an asserted relation of its type is wrong; with ``negated`` the flag
    must match as well as the type."""
    gold_negated = bool(row.get("negated"))
    gold_type = None if gold_negated and not negated else row["event_type"]

    def right(rel: Record) -> bool:
        return rel["type"] == gold_type and bool(rel.get("negated")) == gold_negated

    same = [r for r in rels if right(r)]
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
                          + (" [negated]" if r.get("negated") else "") for r in rels]}


def evaluate(gold_path: Path, pred_path: Path, types: str | Sequence[str] | None = None,
             negated: bool = False) -> Report:
    """Read a gold file and a build output, pick the mode from the gold's fields, score."""
    mode, gold = load_gold(gold_path)
    predicted, actors = load_prediction(pred_path)
    present = [str(row.get("type") or row.get("event_type")) for row in gold]
    chosen = select_types(types, present + [r["type"] for r in predicted])
    if mode == "relations":
        return evaluate_relations(gold, predicted, chosen, negated)
    if not actors:
        raise InputError(f"{pred_path}: no actors.jsonl beside the relations; the sentence "
                         "mode needs each actor's country")
    return evaluate_sentences(gold, predicted, actors, chosen, negated)
