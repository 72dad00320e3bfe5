"""Streaming aggregation of the records: the actor table and the collapsed graph.

Each shard is summarised on its own (:func:`summarise`, a plain function of one shard's Parquet
files, so it runs in this process, a process pool or on Dask workers alike) and the summaries
are combined (:func:`combine`). Memory holds the actors and one row per (source, type, target),
never the relation instances. A collapsed edge keeps ``count``, ``first_date``/``last_date``,
the highest ``confidence`` and ``evidence``: the ids of its best relations (highest confidence,
then smallest id), at most :data:`BEST`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from actorgraph.engine.merge import SUMMARY_SQL, ActorMerger
from actorgraph.engine.parquet import shard_files
from actorgraph.graph.model import Actor
from actorgraph.graph.records import sql_text

__all__ = ["BEST", "Summary", "combine", "connect", "summarise"]

BEST = 3
# DuckDB spills sorts and aggregations to disk beyond this; one thread, as each thread
# holds buffers of its own (memory, not speed, is what limits a big build).
MEMORY_LIMIT = "512MB"

_BEST = "{'c': -confidence, 'i': id}"  # best first: highest confidence, then smallest id
_SHARD_EDGES = f"""
SELECT source, type, target, count(*) AS count,
       sum(CASE WHEN negated THEN 0 ELSE 1 END)::BIGINT AS asserted,
       min(date) AS first_date, max(date) AS last_date, max(confidence) AS confidence,
       min_by({_BEST}, {_BEST}, {BEST}) AS best
FROM read_parquet(PATH) WHERE KEEP GROUP BY source, type, target
"""
_EDGES = f"""
SELECT source, type, target, sum(count)::BIGINT AS count, sum(asserted)::BIGINT AS asserted,
       min(first_date) AS first_date, max(last_date) AS last_date,
       max(confidence) AS confidence, list_slice(list_sort(flatten(list(best))), 1, {BEST}) AS best
FROM parts GROUP BY source, type, target ORDER BY source, type, target
"""


def connect(spill: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with bounded memory that spills to ``spill`` (a directory)."""
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'; SET threads = 1")
    con.execute(f"SET temp_directory = {sql_text(spill or tempfile.gettempdir())}")
    return con


@dataclass
class Summary:
    """What the records add up to; :func:`combine` merges summaries of disjoint shards."""

    merger: ActorMerger = field(default_factory=ActorMerger)
    edges: pa.Table | None = None
    used: set[str] = field(default_factory=set)
    articles: int = 0
    relations: int = 0
    instances: int = 0

    def actors(self) -> list[Actor]:
        return self.merger.actors(self.used)


def _merge_actors(con: duckdb.DuckDBPyConnection, path: Path) -> ActorMerger:
    merger = ActorMerger()
    sql = f"WITH actors AS (SELECT * FROM read_parquet({sql_text(path)})) {SUMMARY_SQL}"
    merger.add_summaries(con.sql(sql).to_arrow_table().to_pylist())
    return merger


def summarise(records: Path, shard: int, include_negated: bool = False) -> Summary:
    """The summary of one shard of ``records/`` (its Parquet files)."""
    paths = shard_files(records, shard)
    con = connect()
    rel = f"read_parquet({sql_text(paths['relations'])})"
    keep = "true" if include_negated else "NOT negated"
    sql = _SHARD_EDGES.replace("PATH", sql_text(paths["relations"])).replace("KEEP", keep)
    edges = con.sql(sql).to_arrow_table()
    used = {r[0] for r in con.sql(f"SELECT source FROM {rel} UNION SELECT target FROM {rel}")
            .fetchall()}
    relations = pq.ParquetFile(paths["relations"]).metadata.num_rows
    instances = int(pc.sum(edges["count"]).as_py() or 0)
    merger = _merge_actors(con, paths["actors"])
    con.close()
    return Summary(merger, edges, used,
                   pq.ParquetFile(paths["articles"]).metadata.num_rows, relations, instances)


def combine(summaries: Iterable[Summary]) -> Summary:
    """One summary of all shards: actors merged, edge rows of the same key added up."""
    total, tables = Summary(), []
    for part in summaries:
        total.merger.update(part.merger)
        total.used |= part.used
        total.articles += part.articles
        total.relations += part.relations
        total.instances += part.instances
        if part.edges is not None:
            tables.append(part.edges)
    if tables:
        con = connect()
        con.register("parts", pa.concat_tables(tables))
        total.edges = con.sql(_EDGES).to_arrow_table()
    return total
