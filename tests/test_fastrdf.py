"""The fast serialiser writes the same RDF as rdflib's, in every format."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from actorgraph.graph.build import from_records
from actorgraph.graph.fastrdf import serialize_graph
from actorgraph.graph.formats import NAMED
from actorgraph.graph.model import Actor, Evidence, Relation
from actorgraph.graph.rdf import FORMATS, serialize, to_dataset, to_rdf

HOSTILE = ['He said: "no" \\ <b>', "two\nlines\r\n and \"\"\" quotes", "emoji 🇺🇦 مرحبا \u202e"]


def _graph():  # type: ignore[no-untyped-def]
    actors = [Actor("a<1>", HOSTILE[0], "PERSON", country="IRN", aliases=(HOSTILE[1],)),
              Actor("iran", "Iran", "GOVERNMENT", country="IRN", wikidata="Q794"),
              Actor("b c", HOSTILE[2], "GROUP")]
    relations = [
        Relation(f"r-{i}", kind, src, tgt, "", "",
                 Evidence(f"doc {i % 2}", HOSTILE[i % 3], i, i + 9, "warned", "2024-05-01"),
                 confidence=0.7)
        for i, (kind, src, tgt) in enumerate([("ACCUSE", "a<1>", "iran"),
                                              ("THREATEN", "iran", "b c"),
                                              ("ASSAULT", "b c", "a<1>")])]
    return from_records(actors, relations)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_same_rdf_as_rdflib(fmt: str) -> None:
    graph = _graph()
    fast = serialize_graph(graph, fmt).decode("utf-8")
    if fmt in NAMED:
        ours, theirs = Dataset(), Dataset()
        ours.parse(data=fast, format=FORMATS[fmt].media_type)
        theirs.parse(data=serialize(to_dataset(graph), fmt), format=FORMATS[fmt].media_type)
        names = {g.identifier for g in theirs.graphs()}
        assert names == {g.identifier for g in ours.graphs()} and len(names) > 1
        for name in names:
            assert isomorphic(ours.graph(name), theirs.graph(name)), name
    else:
        ours_g = Graph().parse(data=fast, format=FORMATS[fmt].media_type)
        assert isomorphic(ours_g, to_rdf(graph))


def test_same_graph_gives_same_bytes() -> None:
    assert serialize_graph(_graph(), "turtle") == serialize_graph(_graph(), "turtle")
