"""Sharded outputs for large builds: relations as JSONL and RDF as N-Quads, per shard.

``shards/relations-NNNNN.jsonl`` holds the relations of the articles of one shard (same lines
as ``relations.jsonl``); ``shards/graph-NNNNN.nq`` holds their RDF, one named graph per article
(the article's IRI), and ``shards/actors.nq`` the actors in the default graph. Loading every
``.nq`` file into a triple store gives exactly the triples of ``graph.ttl``, e.g.
``oxigraph load --location db --file shards/actors.nq`` and each ``graph-*.nq``. Lines are
sorted, so the same input gives the same bytes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import PROV

from actorgraph.graph import io
from actorgraph.graph.build import from_records
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.rdf import DEFAULT_BASE, to_rdf
from actorgraph.store import shard_of

__all__ = ["SHARDS_DIR", "write_shards"]

SHARDS_DIR = "shards"


def _nquads(graph: Graph | Dataset) -> list[str]:
    text = graph.serialize(format="nquads" if isinstance(graph, Dataset) else "nt")
    return sorted(line + "\n" for line in text.splitlines() if line.strip())


def _article_graph(relations: Sequence[Relation], actors: dict[str, Actor], base: str,
                   include_negated: bool, actor_triples: set[tuple]) -> Graph:
    """The triples one article contributes, without the actor descriptions."""
    involved = {a for r in relations for a in (r.source, r.target) if a in actors}
    rdf = to_rdf(from_records([actors[a] for a in involved], relations, include_negated), base)
    graph = Graph()
    for triple in rdf:
        if triple not in actor_triples:
            graph.add(triple)
    return graph


def _shard_quads(relations: Iterable[Relation], actors: dict[str, Actor], base: str,
                 include_negated: bool, actor_triples: set[tuple]) -> list[str]:
    dataset = Dataset()
    for _, group in itertools.groupby(relations, key=lambda r: r.doc):
        graph = _article_graph(list(group), actors, base, include_negated, actor_triples)
        names = set(graph.objects(None, PROV.wasDerivedFrom))
        if len(names) == 1:
            named = dataset.graph(URIRef(str(names.pop())))
            for triple in graph:
                named.add(triple)
    return _nquads(dataset)


def write_shards(out: Path, actors: Sequence[Actor], relations: Sequence[Relation],
                 shards: int, base: str = DEFAULT_BASE, include_negated: bool = False) -> None:
    """Write ``out/shards/``; ``relations`` must be sorted by article id."""
    directory = Path(out) / SHARDS_DIR
    actor_rdf = to_rdf(from_records(actors, []), base)
    actor_triples = set(actor_rdf)
    with io.atomic_write(directory / "actors.nq") as handle:
        handle.writelines(_nquads(actor_rdf))
    by_id = {a.id: a for a in actors}
    by_shard: dict[int, list[Relation]] = {}
    for rel in relations:
        by_shard.setdefault(shard_of(rel.doc, shards), []).append(rel)
    for shard, rels in sorted(by_shard.items()):
        io.write_jsonl(directory / f"relations-{shard:05d}.jsonl", (r.to_json() for r in rels))
        with io.atomic_write(directory / f"graph-{shard:05d}.nq") as handle:
            handle.writelines(_shard_quads(rels, by_id, base, include_negated, actor_triples))
