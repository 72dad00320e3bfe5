"""Writing RDF files: the same triples as :mod:`actorgraph.graph.rdf` (the mapping), serialised
by pyoxigraph (Rust) instead of rdflib's pure-Python serialisers.

rdflib builds and checks the mapping; for a build's own files only the bytes matter, and
rdflib's Turtle writer takes seconds per thousand relations. Quads are sorted first, so the
same graph always gives the same bytes.

>>> from actorgraph.graph.model import Actor, Evidence, Relation
>>> from actorgraph.graph.build import from_records
>>> ev = Evidence("d1", 'Iran said "no".', 0, 15, "said")
>>> g = from_records([Actor("iran", "Iran", "GOVERNMENT"), Actor("usa", "USA", "GOVERNMENT")],
...                  [Relation("r-1", "ACCUSE", "iran", "usa", "Iran", "USA", ev)])
>>> b"ag:accuses" in serialize_graph(g, "turtle")
True
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from actorgraph.graph.formats import FORMATS, NAMED, normalize_format
from actorgraph.graph.io import atomic_write
from actorgraph.graph.model import Article
from actorgraph.graph.rdf import (
    AG,
    DEFAULT_BASE,
    SCHEMA,
    WIKIDATA,
    graph_iri,
    serialize,
    statements,
)

__all__ = ["oxigraph_quads", "serialize_graph", "serialize_quads", "to_bytes", "write_rdf"]
_PREFIXES = {"ag": str(AG), "schema": str(SCHEMA), "wd": str(WIKIDATA),
             "prov": "http://www.w3.org/ns/prov#", "skos": "http://www.w3.org/2004/02/skos/core#",
             "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
             "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
             "xsd": "http://www.w3.org/2001/XMLSchema#"}


def _resource(node: Node) -> ox.NamedNode | ox.BlankNode:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    raise TypeError(f"not an RDF resource: {node!r}")


def _term(node: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
    if not isinstance(node, Literal):
        return _resource(node)
    if node.language:
        return ox.Literal(str(node), language=node.language)
    if node.datatype is not None:
        return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
    return ox.Literal(str(node))


def oxigraph_quads(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE, *,
                   named: bool = False, articles: Iterable[Article] | None = None,
                   countries: Mapping[str, str] | None = None) -> list[ox.Quad]:
    """The graph's quads, sorted: one named graph per article when ``named``, else all in
    the default graph."""
    default = ox.DefaultGraph()
    names: dict[str, ox.NamedNode] = {}
    quads = []
    for doc, (s, p, o) in statements(graph, base, articles, countries):
        where: ox.NamedNode | ox.DefaultGraph = default
        if named and doc is not None:
            where = names.get(doc) or names.setdefault(doc, ox.NamedNode(graph_iri(doc, base)))
        quads.append(ox.Quad(_resource(s), ox.NamedNode(str(p)), _term(o), where))
    quads = list(dict.fromkeys(quads))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                              str(q.object)))
    return quads


def serialize_graph(graph: nx.MultiDiGraph, fmt: str = "turtle", base: str = DEFAULT_BASE,
                    articles: Iterable[Article] | None = None,
                    countries: Mapping[str, str] | None = None) -> bytes:
    """The graph's RDF in ``fmt`` (see :data:`actorgraph.graph.formats.FORMATS`) as bytes."""
    fmt = normalize_format(fmt)
    named = fmt in NAMED
    quads = oxigraph_quads(graph, base, named=named, articles=articles, countries=countries)
    return serialize_quads(quads, fmt)


def serialize_quads(quads: list[ox.Quad], fmt: str) -> bytes:
    """Sorted quads (from :func:`oxigraph_quads`) in ``fmt``; a format without named graphs
    gets their union, so one list of named quads serves every format."""
    fmt = normalize_format(fmt)
    if fmt in NAMED:
        return to_bytes(quads, fmt)
    triples = list(dict.fromkeys(q.triple for q in quads))
    if any(not isinstance(q.graph_name, ox.DefaultGraph) for q in quads):
        triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return to_bytes(triples, fmt)


def to_bytes(data: list[ox.Quad] | list[ox.Triple], fmt: str) -> bytes:
    """Serialise pyoxigraph triples or quads in one of our formats (our prefixes)."""
    buffer = io.BytesIO()
    prefixes = _PREFIXES if fmt in ("turtle", "trig") else None
    ox.serialize(data, buffer, FORMATS[fmt], prefixes=prefixes)
    return buffer.getvalue()


def write_rdf(graph: nx.MultiDiGraph | Graph, path: Path, fmt: str = "turtle",
              base: str = DEFAULT_BASE, articles: Iterable[Article] | None = None) -> Path:
    """Write the graph in ``fmt`` atomically; TriG and N-Quads get one named graph per
    article. An rdflib Graph or Dataset is written as it is (by rdflib's writers)."""
    fmt = normalize_format(fmt)
    if isinstance(graph, Graph):
        data = serialize(graph, fmt).encode("utf-8")
    else:
        data = serialize_graph(graph, fmt, base, articles)
    with atomic_write(Path(path), "wb") as handle:
        handle.write(data)
    return Path(path)
