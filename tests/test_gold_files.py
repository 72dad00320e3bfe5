"""The hand-made gold annotation of the seed articles is well-formed.

These checks do not run the extractor: they keep ``tests/data/seeds_gold_*.jsonl`` and
``tests/data/seeds_non_actors.json`` usable as a benchmark (see ``tests/data/ANNOTATION.md``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"

CORE_TYPES = {"ACCUSE", "THREATEN", "SANCTION"}
PLOVER_TYPES = CORE_TYPES | {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "REJECT",
    "PROTEST",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
KINDS = {"PERSON", "GOVERNMENT", "ORGANIZATION", "GROUP"}
SECTORS = {
    "GOV",
    "MIL",
    "POLICE",
    "JUDICIARY",
    "OPPOSITION",
    "MEDIA",
    "NGO",
    "IGO",
    "BUSINESS",
    "CIVILIAN",
    None,
}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
RELATION_FIELDS = {"doc", "type", "source", "target", "sentence", "trigger", "negated", "core"}
ACTOR_FIELDS = {"id", "label", "kind", "country", "sector", "surface", "docs"}


def _jsonl(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def articles() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def relations() -> list[dict]:
    return _jsonl("seeds_gold_relations.jsonl")


@pytest.fixture(scope="module")
def actors() -> dict[str, dict]:
    rows = _jsonl("seeds_gold_actors.jsonl")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "duplicate actor ids"
    return {row["id"]: row for row in rows}


def test_seed_articles_present(articles: dict[str, str]) -> None:
    assert len(articles) == 5, f"expected the five seed articles in {SEEDS}"


def test_relation_fields_and_types(relations: list[dict]) -> None:
    assert relations
    for row in relations:
        assert row.keys() >= RELATION_FIELDS, row
        assert set(row) <= RELATION_FIELDS | {"note"}, row
        assert row["type"] in PLOVER_TYPES, row
        assert row["core"] is (row["type"] in CORE_TYPES), row
        assert isinstance(row["negated"], bool), row
        assert row["source"] != row["target"], row
        assert row["trigger"] in row["sentence"], row


def test_every_core_type_annotated(relations: list[dict]) -> None:
    assert {row["type"] for row in relations} >= CORE_TYPES


def test_relations_are_unique(relations: list[dict]) -> None:
    keys = [(r["doc"], r["sentence"], r["type"], r["source"], r["target"]) for r in relations]
    assert len(keys) == len(set(keys))


def test_sentences_are_verbatim(relations: list[dict], articles: dict[str, str]) -> None:
    for row in relations:
        assert row["doc"] in articles, row["doc"]
        assert row["sentence"] in articles[row["doc"]], row["sentence"]
        assert "\n" not in row["sentence"], row["sentence"]


def test_relation_actors_exist(relations: list[dict], actors: dict[str, dict]) -> None:
    for row in relations:
        assert row["source"] in actors, row["source"]
        assert row["target"] in actors, row["target"]
        assert row["doc"] in actors[row["source"]]["docs"], (row["doc"], row["source"])
        assert row["doc"] in actors[row["target"]]["docs"], (row["doc"], row["target"])


def test_actor_fields(actors: dict[str, dict], articles: dict[str, str]) -> None:
    for actor_id, row in actors.items():
        assert row.keys() >= ACTOR_FIELDS, row
        assert SLUG.match(actor_id), actor_id
        assert row["kind"] in KINDS, row
        assert row["sector"] in SECTORS, row
        assert row["country"] is None or ISO3.match(row["country"]), row
        assert row["docs"] and set(row["docs"]) <= articles.keys(), row
        for surface in row["surface"]:
            assert any(surface in articles[doc] for doc in row["docs"]), (actor_id, surface)


def test_non_actors(actors: dict[str, dict], articles: dict[str, str]) -> None:
    data = json.loads((DATA / "seeds_non_actors.json").read_text(encoding="utf-8"))
    names = data["non_actors"]
    assert len(names) == len(set(names))
    assert set(names) == set(data["why"])
    surfaces = {s for row in actors.values() for s in row["surface"]}
    for name in names:
        assert any(name in text for text in articles.values()), name
        assert name not in surfaces, name



def test_held_out_sentences_are_well_formed() -> None:
    path = DATA / "heldout_relations.jsonl"
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    assert len(records) >= 100 and len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["event_type"] in PLOVER_TYPES, record["id"]
        assert isinstance(record.get("negated", False), bool), record["id"]
        for actor in (*record["source"], *record["target"]):
            assert actor["actorText"] in record["text"], record["id"]
            assert len(actor["code"]) == 3 and actor["code"].isupper(), record["id"]
