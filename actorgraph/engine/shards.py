"""Sharded outputs for large builds: relations as JSONL and RDF as N-Quads, per shard.

``shards/relations-NNNNN.jsonl`` holds the relations of the articles of one shard (same lines
as ``relations.jsonl``); ``shards/graph-NNNNN.nq`` holds their RDF, one named graph per article
(``<base>graph/<doc id>``, as in ``actorgraph export --format nquads``), and
``shards/actors.nq`` the actors in the default graph. Loading every ``.nq`` file into a triple
store gives exactly the triples of ``graph.ttl``, e.g. ``oxigraph load --location db --file
shards/actors.nq`` and each ``graph-*.nq``. Quads are sorted, so the same input gives the same
bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyoxigraph as ox

from actorgraph.engine.store import shard_of
from actorgraph.graph import io
from actorgraph.graph.build import from_records
from actorgraph.graph.fastrdf import oxigraph_quads, to_bytes
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.rdf import DEFAULT_BASE, graph_iri

__all__ = ["SHARDS_DIR", "write_shards"]

SHARDS_DIR = "shards"


def _write_quads(path: Path, quads: list[ox.Quad]) -> None:
    with io.atomic_write(path) as handle:
        handle.write(to_bytes(quads, "nquads").decode("utf-8"))


def write_shards(out: Path, actors: Sequence[Actor], relations: Sequence[Relation],
                 shards: int, base: str = DEFAULT_BASE, include_negated: bool = False,
                 quads: list[ox.Quad] | None = None) -> None:
    """Write ``out/shards/``: per shard its relations and the named graphs of its articles.

    ``quads`` are the graph's named quads if the caller has them already."""
    directory = Path(out) / SHARDS_DIR
    docs = {str(graph_iri(r.doc, base)): r.doc for r in relations}
    if quads is None:
        graph = from_records(actors, relations, include_negated=include_negated)
        quads = oxigraph_quads(graph, base, named=True)
    by_shard: dict[int, list[ox.Quad]] = {}
    default: list[ox.Quad] = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.DefaultGraph):
            default.append(quad)
        else:
            by_shard.setdefault(shard_of(docs[quad.graph_name.value], shards), []).append(quad)
    _write_quads(directory / "actors.nq", default)
    by_relations: dict[int, list[Relation]] = {}
    for rel in relations:
        by_relations.setdefault(shard_of(rel.doc, shards), []).append(rel)
    for shard in sorted(set(by_relations) | set(by_shard)):
        io.write_jsonl(directory / f"relations-{shard:05d}.jsonl",
                       (r.to_json() for r in by_relations.get(shard, ())))
        _write_quads(directory / f"graph-{shard:05d}.nq", by_shard.get(shard, []))
