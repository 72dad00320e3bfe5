"""The actor graph: one ``nx.MultiDiGraph`` with actors as nodes and relations as edges.

Each edge is one relation instance (key = relation id) carrying its evidence, so nothing is
lost; :func:`collapse` gives the weighted ``DiGraph`` view per (source, type, target) used for
display and analytics.

>>> from actorgraph.graph.model import Actor, Evidence, Relation
>>> a, b = Actor("iran", "Iran", "GOVERNMENT"), Actor("israel", "Israel", "GOVERNMENT")
>>> ev = Evidence("d1", "Iran blamed Israel.", 0, 19, "blamed")
>>> r = Relation("r-1", "ACCUSE", "iran", "israel", "Iran", "Israel", ev)
>>> g = from_records([a, b], [r])
>>> g.number_of_nodes(), g.number_of_edges()
(2, 1)
>>> collapse(g)["iran"]["israel"]["types"]
{'ACCUSE': 1}
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from actorgraph.graph.model import Actor, Relation

__all__ = ["collapse", "from_records", "to_records"]


def from_records(actors: Iterable[Actor], relations: Iterable[Relation],
                 include_negated: bool = False) -> nx.MultiDiGraph:
    """Build the graph; negated relations are left out unless ``include_negated``."""
    graph = nx.MultiDiGraph()
    for actor in sorted(actors, key=lambda a: a.id):
        graph.add_node(actor.id, **actor.to_json())
    for rel in sorted(relations, key=lambda r: r.id):
        if rel.negated and not include_negated:
            continue
        graph.add_edge(rel.source, rel.target, key=rel.id, **rel.to_json())
    return graph


def to_records(graph: nx.MultiDiGraph) -> tuple[list[Actor], list[Relation]]:
    """The inverse of :func:`from_records`."""
    actors = [Actor.from_json(data) for _, data in graph.nodes(data=True)]
    relations = [Relation.from_json(data) for _, _, data in graph.edges(data=True)]
    return actors, relations


def collapse(graph: nx.MultiDiGraph, types: Iterable[str] | None = None) -> nx.DiGraph:
    """One edge per (source, target) with ``weight`` and a count per relation type.

    Edge attributes: ``weight`` (number of relation instances), ``types`` ({type: count})
    and ``relations`` (the relation ids, sorted).
    """
    keep = set(types) if types is not None else None
    view = nx.DiGraph()
    view.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if keep is not None and data["type"] not in keep:
            continue
        if not view.has_edge(u, v):
            view.add_edge(u, v, weight=0, types={}, relations=[])
        edge = view[u][v]
        edge["weight"] += 1
        edge["types"][data["type"]] = edge["types"].get(data["type"], 0) + 1
        edge["relations"].append(key)
    for _, _, edge in view.edges(data=True):
        edge["relations"].sort()
    return view
