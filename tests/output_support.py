"""Helpers shared by the tests that compare whole build outputs.

:func:`write_outputs` is the reference writer: every output of a build written from records
held in memory, the plain way. The product assembles them out of core
(:mod:`actorgraph.engine.assemble`); the tests check that both give the same bytes, and the
golden files are written by the reference.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from actorgraph.engine.assemble import SHARDS_DIR
from actorgraph.engine.store import DEFAULT_SHARDS, shard_of
from actorgraph.graph import io
from actorgraph.graph.build import from_records
from actorgraph.graph.fastrdf import oxigraph_quads, serialize_quads, to_bytes
from actorgraph.graph.formats import FORMATS, normalize_format
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.rdf import DEFAULT_BASE, graph_iri
from actorgraph.pipeline import OUTPUTS, BuildResult
from actorgraph.viz.html import write_html


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file of a build (not the lock, not the generations) by relative path."""
    found = {}
    for folder, dirs, names in os.walk(out, followlinks=True):  # stable names are links
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                path = Path(folder) / name
                found[str(path.relative_to(out))] = path.read_bytes()
    return dict(sorted(found.items()))


def write_outputs(result: BuildResult, out: Path, base: str = DEFAULT_BASE,
                  include_negated: bool = False, shards: int | None = None,
                  rdf_formats: Iterable[str] = ()) -> list[Path]:
    """Write the on-disk contract of DESIGN.md into ``out``; every file atomically.

    ``rdf_formats`` (e.g. ``["nt", "trig"]``) adds ``graph.nt``, ``graph.jsonld``,
    ``graph.trig`` or ``graph.nq`` beside ``graph.ttl``.
    """
    out = Path(out)
    if result.spool is not None:
        result.spool.finish()
        shards = shards or result.spool.shards
    graph = from_records(result.actors, result.relations, include_negated=include_negated)
    io.write_jsonl(out / "actors.jsonl", (a.to_json() for a in result.actors))
    io.write_jsonl(out / "relations.jsonl", (r.to_json() for r in result.relations))
    io.write_node_link(out / "graph.json", graph)
    io.write_graphml(out / "graph.graphml", graph)
    quads = oxigraph_quads(graph, base, named=True)  # computed once for every RDF file
    extra = []
    for fmt in dict.fromkeys(normalize_format(f) for f in ["turtle", *rdf_formats]):
        with io.atomic_write(out / f"graph.{FORMATS[fmt].file_extension}", "wb") as handle:
            handle.write(serialize_quads(quads, fmt))
        extra.append(out / f"graph.{FORMATS[fmt].file_extension}")
    write_html(graph, out / "graph.html")
    _write_shards(out, result.actors, result.relations, shards or DEFAULT_SHARDS, base,
                 include_negated, quads)
    return [out / name for name in OUTPUTS] + extra[1:]


def _write_quads(path: Path, quads: list[ox.Quad]) -> None:
    with io.atomic_write(path) as handle:
        handle.write(to_bytes(quads, "nquads").decode("utf-8"))


def _write_shards(out: Path, actors: Sequence[Actor], relations: Sequence[Relation],
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
