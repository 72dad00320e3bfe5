"""The graph as RDF: each relation instance is a node (n-ary pattern) plus a direct triple.

>>> from actorgraph.graph.model import Actor, Evidence, Relation
>>> from actorgraph.graph.build import from_records
>>> ev = Evidence("d1", "Iran blamed Israel.", 0, 19, "blamed")
>>> g = from_records([Actor("iran", "Iran", "GOVERNMENT"), Actor("israel", "Israel", "GOVERNMENT")],
...                  [Relation("r-1", "ACCUSE", "iran", "israel", "Iran", "Israel", ev)])
>>> len(to_rdf(g)) > 10
True
"""

from __future__ import annotations

from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS

__all__ = ["AG", "DEFAULT_BASE", "SCHEMA", "to_rdf"]

DEFAULT_BASE = "https://actorgraph.org/id/"
AG = Namespace("https://actorgraph.org/ontology#")
SCHEMA = Namespace("https://schema.org/")

_KIND_CLASS = {
    "PERSON": SCHEMA.Person,
    "GOVERNMENT": SCHEMA.GovernmentOrganization,
    "ORGANIZATION": SCHEMA.Organization,
    "GROUP": AG.Group,
}


def _iri(base: str, *parts: str) -> URIRef:
    """Mint an IRI under ``base`` from any string: every unsafe character is %-escaped."""
    return URIRef(base + "/".join(quote(p, safe="") for p in parts))


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """Map actors and relation instances to an rdflib Graph."""
    rdf = Graph()
    rdf.bind("ag", AG)
    rdf.bind("schema", SCHEMA)
    rdf.bind("prov", PROV)
    rdf.bind("skos", SKOS)
    for node, data in graph.nodes(data=True):
        actor = _iri(base, "actor", node)
        rdf.add((actor, RDF.type, _KIND_CLASS.get(data.get("kind", ""), AG.Actor)))
        rdf.add((actor, RDFS.label, Literal(data.get("label", node))))
        for alias in data.get("aliases") or ():
            rdf.add((actor, SKOS.altLabel, Literal(alias)))
    for _, _, key, data in graph.edges(keys=True, data=True):
        rel = _iri(base, "relation", key)
        source, target = _iri(base, "actor", data["source"]), _iri(base, "actor", data["target"])
        article = _iri(base, "article", data["doc"])
        rdf.add((rel, RDF.type, AG[data["type"].title()]))
        rdf.add((rel, AG.source, source))
        rdf.add((rel, AG.target, target))
        rdf.add((rel, AG.evidence, Literal(data["sentence"])))
        rdf.add((rel, AG.trigger, Literal(data["trigger"])))
        rdf.add((rel, AG.start, Literal(data["start"], datatype=XSD.integer)))
        rdf.add((rel, AG.end, Literal(data["end"], datatype=XSD.integer)))
        rdf.add((rel, AG.confidence, Literal(data["confidence"], datatype=XSD.decimal)))
        if data.get("date"):
            rdf.add((rel, AG.date, Literal(data["date"], datatype=XSD.date)))
        rdf.add((rel, PROV.wasDerivedFrom, article))
        rdf.add((article, RDF.type, SCHEMA.NewsArticle))
        rdf.add((source, AG[data["type"].lower() + "s"], target))
    return rdf
