"""Records survive a JSON round trip; relation JSON follows the on-disk contract."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actorgraph.graph.build import collapse, from_records, to_records
from actorgraph.graph.ids import relation_id, slugify
from actorgraph.graph.model import Actor, Article, Evidence, Relation

CONTRACT = ["id", "doc", "type", "source", "target", "source_label", "target_label",
            "sentence", "start", "end", "trigger", "confidence", "date", "mode", "negated",
            "family", "extractor", "url", "title", "outlet"]
ACTOR_FIELDS = {"id", "label", "kind", "country", "sector", "aliases", "mentions", "wikidata"}


def _relation(rid: str = "r-1", negated: bool = False, type_: str = "ACCUSE") -> Relation:
    evidence = Evidence("doc1", "Chile accused Peru of spying.", 10, 39, "accused", "2021-02-03")
    return Relation(rid, type_, "chile", "peru", "Chile", "Peru", evidence, 0.8,
                    "negated" if negated else "asserted", family="verb_obj")


def test_relation_json_has_exactly_the_contract_fields_in_order() -> None:
    data = _relation().to_json()
    assert list(data) == CONTRACT
    assert data["doc"] == "doc1" and data["start"] == 10 and data["date"] == "2021-02-03"
    assert Relation.from_json(json.loads(json.dumps(data))) == _relation()


def test_relation_mode_and_the_derived_negated_flag() -> None:
    data = _relation(negated=True).to_json()
    assert (data["mode"], data["negated"], data["family"]) == ("negated", True, "verb_obj")
    older = {k: v for k, v in data.items() if k not in ("mode", "family")}
    assert Relation.from_json(older).mode == "negated"  # written before mode existed
    assert Relation.from_json({**older, "negated": False}).mode == "asserted"
    with pytest.raises(ValueError, match="mode must be one of"):
        Relation.from_json({**data, "mode": "denied"})


def test_actor_json_round_trip_keeps_merge_reasons() -> None:
    actor = Actor("vladimir-putin", "Vladimir Putin", "PERSON", "RUS", "GOV",
                  ("Putin", "the Russian president"), 7, "Q7747",
                  (("Putin", "surname"), ("the Russian president", "title")))
    data = json.loads(json.dumps(actor.to_json()))
    assert set(data) >= ACTOR_FIELDS
    assert data["merged_from"][0] == {"alias": "Putin", "reason": "surname"}
    assert Actor.from_json(data) == actor


text = st.text(max_size=40)


@given(ident=text, body=text, date=st.none() | st.dates().map(str), title=st.none() | text)
def test_article_round_trip(ident: str, body: str, date: str | None, title: str | None) -> None:
    article = Article(ident, body, date, title)
    assert Article.from_json(json.loads(json.dumps(article.to_json()))) == article


@given(label=text, aliases=st.lists(text, max_size=3), mentions=st.integers(0, 10**6))
def test_actor_round_trip_any_strings(label: str, aliases: list[str], mentions: int) -> None:
    actor = Actor(slugify(label), label, "GROUP", None, None, tuple(aliases), mentions)
    assert Actor.from_json(json.loads(json.dumps(actor.to_json()))) == actor


def test_ids_are_stable_and_distinct() -> None:
    a = relation_id("d", "ACCUSE", "x", "y", 0, 10, "accused")
    assert a == relation_id("d", "ACCUSE", "x", "y", 0, 10, "accused")
    assert a != relation_id("d", "ACCUSE", "y", "x", 0, 10, "accused")
    assert slugify("São Tomé and Príncipe") == "sao-tome-and-principe"
    assert slugify("!!!") == "x"


def test_graph_round_trip_and_collapse() -> None:
    actors = [Actor("chile", "Chile", "GOVERNMENT"), Actor("peru", "Peru", "GOVERNMENT")]
    relations = [_relation("r-1"), _relation("r-2", type_="THREATEN"), _relation("r-3", True)]
    graph = from_records(actors, relations)
    assert graph.number_of_edges() == 2  # the negated one is left out
    back_actors, back_relations = to_records(graph)
    assert back_actors == actors
    assert sorted(back_relations, key=lambda r: r.id) == relations[:2]
    view = collapse(graph)
    assert view["chile"]["peru"]["types"] == {"ACCUSE": 1, "THREATEN": 1}
    assert view["chile"]["peru"]["weight"] == 2
    assert from_records(actors, relations, include_negated=True).number_of_edges() == 3
