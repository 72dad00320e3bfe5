"""A build directory of any size, read through its Parquet records (DuckDB, out of core).

:func:`read_build` gives the collapsed graph that :mod:`actorgraph.graph.analysis` works on
without holding the relation instances: one edge per (source, type, target), keyed by type,
with ``count`` (how many relation instances), ``first_date``, ``last_date`` and the highest
``confidence``; the analysis functions count an edge ``count`` times. :func:`query` runs SQL
over the records as three views: ``relations``, ``actors`` (one row per actor per article)
and ``articles`` (see :mod:`actorgraph.engine.parquet` for their columns).

>>> query("out/", "SELECT type, count(*) AS n FROM relations GROUP BY type")  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import duckdb
import networkx as nx

from actorgraph.graph.errors import InputError
from actorgraph.graph.io import read_actors

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "connect", "parquet_source", "query", "read_build", "sql_text",
           "table_files"]

TABLES = ("articles", "actors", "relations")  # records/<table>-NNNNN.parquet, one per shard
_EDGES = """
SELECT source, type, target, count(*) AS count, min(date) AS first_date,
       max(date) AS last_date, max(confidence) AS confidence
FROM relations WHERE NOT negated GROUP BY ALL ORDER BY ALL
"""


def table_files(directory: Path, table: str) -> list[Path]:
    """The Parquet files of one table, in shard order."""
    return sorted(Path(directory).glob(f"{table}-*.parquet"))


def sql_text(value: object) -> str:
    """A SQL string literal (a path, a type), quotes doubled."""
    return "'" + str(value).replace("'", "''") + "'"


def parquet_source(paths: list[Path]) -> str:
    """The DuckDB table expression reading these Parquet files as one table."""
    return "read_parquet([" + ", ".join(sql_text(p) for p in paths) + "])"


def connect(out: Path | str, memory_limit: str = "256MB") -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with the views ``relations``, ``actors`` and ``articles`` over the
    Parquet records of the build in ``out`` (it spills to disk beyond ``memory_limit``)."""
    records = Path(out) / "records"
    con = duckdb.connect()
    con.execute(f"SET memory_limit = '{memory_limit}'")
    for table in TABLES:
        files = table_files(records, table)
        if not files:
            raise InputError(f"{records}: no Parquet records ({table}-*.parquet); "
                             "build the directory again with this version")
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM {parquet_source(files)}")
    return con


def query(out: Path | str, sql: str) -> pd.DataFrame:
    """The result of ``sql`` over the records of the build in ``out``, as a DataFrame."""
    with connect(out) as con:
        return con.sql(sql).df()


def read_build(out: Path | str) -> nx.MultiDiGraph:
    """The collapsed graph of the build in ``out``: its actors, one edge per (source, type,
    target) with its ``count`` of asserted relations; memory grows with actors and edges, not
    with relation instances."""
    graph = nx.MultiDiGraph()
    for actor in read_actors(Path(out) / "actors.jsonl"):
        graph.add_node(actor.id, **actor.to_json())
    with connect(out) as con:
        for batch in con.sql(_EDGES).to_arrow_reader(batch_size=50_000):
            for edge in batch.to_pylist():
                source, target = edge.pop("source"), edge.pop("target")
                graph.add_edge(source, target, key=edge["type"], **edge)
    return graph
