"""Every output of a build, assembled from ``records/`` out of core: memory flat in corpus size.

1. each ``records/part-NNNNN.jsonl`` also becomes Parquet (:mod:`~.parquet`);
2. each shard is summarised (:mod:`~.aggregate`; on Dask, on the workers) and the summaries
   combined: the actor table and the collapsed graph;
3. instance-level files are streamed in the order of the files from DuckDB sorts that spill
   to disk: ``relations.jsonl`` and ``shards/relations-*.jsonl`` (article, offset, type, id),
   ``graph.ttl`` and the other RDF formats, ``shards/*.nq`` (:mod:`~.rdfstream`); the same
   streams give ``actorgraph export`` its file under another base IRI (:func:`export_rdf`);
4. ``graph.json``, ``graph.graphml`` and ``graph.html`` hold every relation instance up to
   :data:`INSTANCE_LIMIT` of them (as they always did, byte for byte); above it, the collapsed
   graph: one edge per (source, type, target), keyed by type, with ``count``,
   ``first_date``/``last_date``, ``confidence`` (the highest), ``evidence`` (ids of the best
   relations) and the best relation's sentence, so the explorer still shows one.

Steps 1 and 2 are one task per shard mapped with ``map_``, so any executor runs them in one pass.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import duckdb
import networkx as nx
import pyarrow as pa
import pyoxigraph as ox

from actorgraph.engine.aggregate import Summary, combine, connect, summarise
from actorgraph.engine.parquet import write_parquet
from actorgraph.engine.rdfstream import (
    actor_triples,
    default_text,
    direct_triples,
    lone_article_text,
    quad_text,
    rows,
    triple_text,
    write_rdf,
)
from actorgraph.engine.store import shard_of
from actorgraph.graph import io
from actorgraph.graph.build import from_records
from actorgraph.graph.formats import FORMATS, NAMED, normalize_format
from actorgraph.graph.model import Actor, Relation
from actorgraph.graph.ntriples import iri_key
from actorgraph.graph.rdf import DEFAULT_BASE
from actorgraph.graph.records import parquet_source, table_files

__all__ = ["INSTANCE_LIMIT", "SHARDS_DIR", "Assembly", "assemble", "collapsed_graph", "export_rdf"]

# shards/: per shard of records/, relations-NNNNN.jsonl (the relations.jsonl lines of its
# articles) and graph-NNNNN.nq (their named graphs); actors.nq holds the actors. Loading every
# .nq file into a triple store gives exactly the triples of graph.ttl.
SHARDS_DIR = "shards"

# Above this many relation instances graph.json/graphml/html hold the collapsed graph:
# an instance-level graph costs about 3.5 KB of memory per relation instance.
INSTANCE_LIMIT = 50_000
Mapper = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]


@dataclass(frozen=True)
class Assembly:
    """How a build is assembled (the choices of ``actorgraph build``)."""

    base: str = DEFAULT_BASE
    include_negated: bool = False
    rdf_formats: tuple[str, ...] = ()
    instance_limit: int = INSTANCE_LIMIT

    @property
    def keep(self) -> str:
        """The SQL condition for relations that are in the graph."""
        return "true" if self.include_negated else "NOT negated"


def _shard_number(path: Path) -> int:
    return int(path.stem.rsplit("-", 1)[1])


def _shard(records: Path, shard: int, include_negated: bool) -> Summary:
    """One shard's Parquet tables and summary, in one task (on a worker under Dask)."""
    write_parquet(records / f"part-{shard:05d}.jsonl", records, shard)
    return summarise(records, shard, include_negated=include_negated)


def _write_relations(con: duckdb.DuckDBPyConnection, relations: str, out: Path,
                     shards: int) -> None:
    """relations.jsonl and each shard's relations, in one ordered pass."""
    with contextlib.ExitStack() as stack:
        every = stack.enter_context(io.atomic_write(out / "relations.jsonl"))
        handles: dict[int, IO[str]] = {}
        for row in rows(con, f"SELECT * FROM {relations} ORDER BY doc, start, type, id"):
            line = io.dumps_line(row)
            every.write(line)
            shard = shard_of(row["doc"], shards)
            if shard not in handles:
                path = out / SHARDS_DIR / f"relations-{shard:05d}.jsonl"
                handles[shard] = stack.enter_context(io.atomic_write(path))
            handles[shard].write(line)


def _rdf_text(con: duckdb.DuckDBPyConnection, relations: str, options: Assembly, fmt: str,
              actors: list[ox.Triple], direct: list[ox.Triple]) -> Iterable[str]:
    """The RDF of a build in ``fmt`` as N-Triples or N-Quads text, in the file's order."""
    keep, base = options.keep, options.base
    if fmt in NAMED:  # named graphs first, then the default graph (the actors)
        return itertools.chain(quad_text(con, relations, keep, base), [default_text(actors)])
    return triple_text(con, relations, keep, base, default_text([*actors, *direct]))


def _write_rdf(con: duckdb.DuckDBPyConnection, records: Path, out: Path, summary: Summary,
               options: Assembly) -> None:
    """graph.ttl (and the other formats asked for), shards/actors.nq and shards/graph-*.nq."""
    relations = parquet_source(table_files(records, "relations"))
    actors = actor_triples(summary.actors(), options.base)
    direct = direct_triples(summary.edges, options.base)
    for fmt in dict.fromkeys(normalize_format(f) for f in ["turtle", *options.rdf_formats]):
        write_rdf(out / f"graph.{FORMATS[fmt].file_extension}", fmt,
                  _rdf_text(con, relations, options, fmt, actors, direct))
    write_rdf(out / SHARDS_DIR / "actors.nq", "nquads", [default_text(actors)])
    for path in table_files(records, "relations"):
        if _count(con, parquet_source([path])):
            write_rdf(out / SHARDS_DIR / f"graph-{_shard_number(path):05d}.nq", "nquads",
                      quad_text(con, parquet_source([path]), options.keep, options.base))


def export_rdf(records: Path, path: Path, fmt: str, options: Assembly = Assembly()) -> Summary:
    """One RDF file of a build, under ``options.base``, from its ``records/`` (Parquet) and
    streamed as the build streams its own, plus a description of each article no kept
    relation comes from: memory holds the actors and the collapsed edges, never the relation
    instances. Returns the build's summary."""
    numbers = [_shard_number(p) for p in sorted(records.glob("part-*.jsonl"))]
    summary = combine(summarise(records, n, include_negated=options.include_negated)
                      for n in numbers)
    relations = parquet_source(table_files(records, "relations"))
    articles = parquet_source(table_files(records, "articles"))
    fmt = normalize_format(fmt)
    actors = actor_triples(summary.actors(), options.base)
    direct = direct_triples(summary.edges, options.base)
    with tempfile.TemporaryDirectory(prefix="actorgraph-sort-") as spill:
        con = connect(spill)
        _iri_key(con, relations)
        write_rdf(path, fmt, itertools.chain(
            _rdf_text(con, relations, options, fmt, actors, direct),
            lone_article_text(con, articles, relations, options.keep, options.base,
                              fmt in NAMED)))
        con.close()
    return summary


def _count(con: duckdb.DuckDBPyConnection, relations: str) -> int:
    return int(con.execute(f"SELECT count(*) FROM {relations}").fetchall()[0][0])


def collapsed_graph(actors: Iterable[Actor], edges: pa.Table | None,
                    best: dict[str, dict[str, Any]]) -> nx.MultiDiGraph:
    """One edge per (source, type, target), keyed by type; ``best`` holds the best relations."""
    graph = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(actor.id, **actor.to_json())
    for edge in edges.to_pylist() if edges is not None else ():
        ids = [b["i"] for b in edge["best"]]
        top = best.get(ids[0], {})
        graph.add_edge(edge["source"], edge["target"], key=edge["type"], type=edge["type"],
                       count=edge["count"], first_date=edge["first_date"],
                       last_date=edge["last_date"], confidence=edge["confidence"],
                       evidence=ids, negated=not edge["asserted"],
                       **{k: top.get(k) for k in ("sentence", "doc", "date", "trigger")})
    return graph


def _graph(con: duckdb.DuckDBPyConnection, records: Path, summary: Summary,
           options: Assembly) -> nx.MultiDiGraph:
    relations = parquet_source(table_files(records, "relations"))
    if summary.instances <= options.instance_limit:
        found = [Relation.from_json(r)
                 for r in rows(con, f"SELECT * FROM {relations} WHERE {options.keep}")]
        return from_records(summary.actors(), found, include_negated=options.include_negated)
    top = pa.table({"id": [b[0]["i"] for b in summary.edges.column("best").to_pylist()]}) \
        if summary.edges is not None else pa.table({"id": pa.array([], pa.string())})
    con.register("top", top)
    best = {r["id"]: r for r in rows(con, f"SELECT id, doc, sentence, date, trigger FROM "
                                          f"{relations} WHERE id IN (SELECT id FROM top)")}
    return collapsed_graph(summary.actors(), summary.edges, best)


def _iri_key(con: duckdb.DuckDBPyConnection, relations: str) -> None:
    """``iri_key(x)`` in SQL: :func:`~actorgraph.graph.ntriples.iri_key`, as a plain SQL
    expression when no id needs percent-encoding (the usual case: no Python call per row)."""
    plain = "'^[A-Za-z0-9_.~-]+$'"
    found = con.execute(f"SELECT count(*) FROM {relations} WHERE NOT regexp_matches(id, {plain}) "
                        f"OR NOT regexp_matches(doc, {plain})").fetchall()
    if found[0][0]:
        con.create_function("iri_key", iri_key, ["VARCHAR"], "VARCHAR")
    else:
        con.execute("CREATE MACRO iri_key(x) AS x || '>'")


def assemble(records: Path, out: Path, shards: int, options: Assembly = Assembly(),
             map_: Mapper = map) -> tuple[Summary, nx.MultiDiGraph]:
    """Write every output but ``graph.html`` into ``out`` from the records in ``records``.

    Returns the summary and the graph for the explorer (instances or collapsed).
    """
    numbers = [_shard_number(p) for p in sorted(records.glob("part-*.jsonl"))]
    summary = combine(map_(functools.partial(_shard, records,
                                             include_negated=options.include_negated), numbers))
    with tempfile.TemporaryDirectory(prefix="actorgraph-sort-") as spill:
        con = connect(spill)
        _iri_key(con, parquet_source(table_files(records, "relations")))
        io.write_jsonl(out / "actors.jsonl", (a.to_json() for a in summary.actors()))
        _write_relations(con, parquet_source(table_files(records, "relations")), out, shards)
        graph = _graph(con, records, summary, options)
        io.write_node_link(out / "graph.json", graph)
        io.write_graphml(out / "graph.graphml", graph)
        _write_rdf(con, records, out, summary, options)
        con.close()
    return summary, graph
