"""Property tests of the RDF export: any id mints an IRI, any record survives every format.

Strings come from hypothesis' full text strategy (any code point but lone surrogates, which
are not text): quotes, backslashes, ``>``, newlines, NUL and other control characters,
right-to-left marks, Turtle and SPARQL syntax.
"""

from __future__ import annotations

import dataclasses
import datetime

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal

from actorgraph.graph.build import from_records
from actorgraph.graph.formats import NAMED
from actorgraph.graph.model import (
    ACTOR_KINDS,
    MODES,
    RELATION_TYPES,
    Actor,
    Evidence,
    Relation,
)
from actorgraph.graph.rdf import (
    AG,
    FORMATS,
    actor_iri,
    article_iri,
    from_rdf,
    graph_iri,
    relation_iri,
    serialize,
    to_dataset,
    to_rdf,
    union_graph,
    validate_rdf,
)

BASES = st.sampled_from(["https://actorgraph.org/id/", "http://example.org/x#",
                         "urn:example:news/"])
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _parse_back(text: str, fmt: str) -> Graph:
    """Parse with rdflib (and check that Oxigraph reads the same number of statements)."""
    data = Dataset()
    if fmt in NAMED:
        data.parse(data=text, format=FORMATS[fmt].media_type)
    else:
        data.default_graph.parse(data=text, format=FORMATS[fmt].media_type)
    statements = list(data.quads((None, None, None, None)))
    assert len(list(ox.parse(text.encode("utf-8"), format=FORMATS[fmt]))) == len(statements)
    return union_graph(data)


@SETTINGS
@given(st.text(), BASES)
def test_any_id_mints_an_iri_that_parses_back_in_every_format(identifier: str,
                                                              base: str) -> None:
    iris = [f(identifier, base) for f in (actor_iri, relation_iri, article_iri, graph_iri)]
    for iri in iris:
        assert iri.startswith(base)
        assert ox.NamedNode(str(iri)).value == str(iri)  # a valid IRI for Oxigraph too
    dataset = Dataset()
    named = dataset.graph(iris[3])
    triples = [(iris[0], AG.source, iris[1]), (iris[1], AG.target, iris[2]),
               (iris[2], AG.evidence, Literal(identifier))]
    for triple in triples:
        named.add(triple)
    for fmt in FORMATS:
        source = dataset if fmt in NAMED else union_graph(dataset)
        back = _parse_back(serialize(source, fmt),
                           fmt)
        assert set(back) == set(triples), fmt


@SETTINGS
@given(st.lists(st.text(), min_size=2, max_size=2, unique=True))
def test_distinct_ids_mint_distinct_iris(ids: list[str]) -> None:
    assert actor_iri(ids[0]) != actor_iri(ids[1])


_WORDS = st.text(max_size=30)
_CODES = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3)
_QIDS = st.integers(1, 10**8).map(lambda n: f"Q{n}")


@st.composite
def _actors(draw: st.DrawFn) -> list[Actor]:
    ids = draw(st.lists(_WORDS, min_size=1, max_size=5, unique=True))
    return [Actor(id=i, label=draw(_WORDS), kind=draw(st.sampled_from(ACTOR_KINDS)),
                  country=draw(st.none() | _CODES), sector=draw(st.none() | _WORDS.filter(bool)),
                  aliases=tuple(sorted(set(draw(st.lists(_WORDS, max_size=3))))),
                  mentions=draw(st.integers(0, 10**6)), wikidata=draw(st.none() | _QIDS))
            for i in ids]


@st.composite
def _records(draw: st.DrawFn) -> tuple[list[Actor], list[Relation]]:
    actors = draw(_actors())
    ends = st.sampled_from(actors)
    relations = []
    for rel_id in draw(st.lists(_WORDS, max_size=6, unique=True)):
        source, target = draw(ends), draw(ends)
        start = draw(st.integers(0, 10**7))
        date = draw(st.none() | st.dates(datetime.date(1900, 1, 1)).map(str))
        evidence = Evidence(draw(_WORDS), draw(st.text()), start,
                            start + draw(st.integers(0, 10**4)), draw(_WORDS), date)
        relations.append(Relation(
            rel_id, draw(st.sampled_from(RELATION_TYPES)), source.id, target.id, source.label,
            target.label, evidence, draw(st.integers(0, 10**6)) / 10**6,
            draw(st.sampled_from(MODES)), draw(st.sampled_from(["rules.v1", "llm.v1"])),
            draw(st.none() | st.sampled_from(["verb_obj", "noun_prep", "phrase"]))))
    return actors, relations


def _sorted(actors: list[Actor], relations: list[Relation]) -> tuple[list, list]:
    return (sorted((dataclasses.replace(a, merged_from=()) for a in actors), key=lambda a: a.id),
            sorted(relations, key=lambda r: r.id))


@SETTINGS
@given(_records(), BASES)
def test_any_records_round_trip_through_every_format(records: tuple[list[Actor],
                                                                    list[Relation]],
                                                     base: str) -> None:
    actors, relations = records
    graph = from_records(actors, relations, include_negated=True)
    complete = to_rdf(graph, base)
    dataset = to_dataset(graph, base)
    for fmt in FORMATS:
        source = dataset if fmt in NAMED else complete
        back = _parse_back(serialize(source, fmt), fmt)
        assert set(back) == set(complete), fmt
        assert _sorted(*from_rdf(back)) == _sorted(actors, relations), fmt


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_records())
def test_any_records_conform_to_the_shapes(records: tuple[list[Actor], list[Relation]]) -> None:
    graph = from_records(*records, include_negated=True)
    assert validate_rdf(to_dataset(graph)) == []


@pytest.mark.parametrize("text", ['"""', '\\"', "\\", "a\n\"b\"\n", "'''", ">", "\x00\x1f\x7f"])
def test_literal_edge_cases_survive_every_format(text: str) -> None:
    actors = [Actor(text, text, "GROUP", aliases=(text,))]
    ev = Evidence(text, text, 0, 1, text, None)
    relations = [Relation(text, "ACCUSE", text, text, text, text, ev)]
    test_any_records_round_trip_through_every_format.hypothesis.inner_test(  # type: ignore[attr-defined]
        (actors, relations), "https://actorgraph.org/id/")
