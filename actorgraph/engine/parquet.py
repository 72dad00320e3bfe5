"""The per-article records as Parquet: three tables per shard, for analysts and for assembly.

Beside each ``records/part-NNNNN.jsonl`` a build writes, in the same order (article id, then
the article's own order):

- ``articles-NNNNN.parquet``: ``id, date, title, url, source, sha256`` (strings; the text is
  never kept);
- ``actors-NNNNN.parquet``: one row per actor per article that mentions it: ``doc`` (the
  article id), then the fields of ``actors.jsonl`` (``aliases`` a list of strings,
  ``merged_from`` a list of ``{alias, reason}``, ``mentions`` an int64);
- ``relations-NNNNN.parquet``: the fields of ``relations.jsonl`` in its order (``start`` and
  ``end`` int64, ``confidence`` float64, ``negated`` bool, the rest strings).

pandas, Polars, DuckDB and Dask read them directly (``duckdb.sql("SELECT type, count(*) FROM
'out/records/relations-*.parquet' GROUP BY type")``). Files are written in row groups, so
memory stays flat whatever the size of a shard. The types are those of :data:`COLUMNS`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from actorgraph.engine.records import ArticleRecord
from actorgraph.graph.model import Relation
from actorgraph.graph.records import TABLES, sql_text, table_files

__all__ = ["COLUMNS", "read_records", "shard_files", "write_parquet"]

_TYPES = {"start": "BIGINT", "end": "BIGINT", "confidence": "DOUBLE", "negated": "BOOLEAN"}
_ACTOR = ("STRUCT(id VARCHAR, label VARCHAR, kind VARCHAR, country VARCHAR, sector VARCHAR, "
          "aliases VARCHAR[], mentions BIGINT, wikidata VARCHAR, "
          "merged_from STRUCT(alias VARCHAR, reason VARCHAR)[])")
_RELATION = ("STRUCT(" + ", ".join(f'"{name}" {_TYPES.get(name, "VARCHAR")}'
                                   for name in Relation.FIELDS) + ")")
# The columns of a record line (records/part-NNNNN.jsonl), as DuckDB types.
COLUMNS = {**{name: "VARCHAR" for name in ("id", "date", "title", "url", "source", "sha256")},
           "actors": _ACTOR + "[]", "relations": _RELATION + "[]"}
_QUERIES = {
    "articles": "SELECT id, date, title, url, source, sha256 FROM records",
    "actors": "SELECT doc, unnest(a) FROM (SELECT id AS doc, unnest(actors) AS a FROM records)",
    "relations": "SELECT unnest(r) FROM (SELECT unnest(relations) AS r FROM records)",
}
_ROWS = 50_000  # rows per row group


def shard_files(directory: Path, shard: int) -> dict[str, Path]:
    """The three Parquet files of one shard."""
    return {table: Path(directory) / f"{table}-{shard:05d}.parquet" for table in TABLES}


def write_parquet(jsonl: Path, directory: Path, shard: int) -> None:
    """Write the three Parquet files of one shard from its ``part-NNNNN.jsonl`` (DuckDB reads
    the JSON lines and writes Parquet in row groups, in record order, in bounded memory)."""
    con = duckdb.connect()
    con.execute("SET memory_limit = '128MB'; SET threads = 1")
    columns = "{" + ", ".join(f"{sql_text(k)}: {sql_text(v)}" for k, v in COLUMNS.items()) + "}"
    con.execute(f"CREATE VIEW records AS SELECT * FROM read_json({sql_text(jsonl)}, "
                f"format = 'newline_delimited', columns = {columns}, "
                f"maximum_object_size = 16777216)")
    for table, path in shard_files(directory, shard).items():
        partial = path.with_name(f".{path.name}.tmp")
        con.execute(f"COPY ({_QUERIES[table]}) TO {sql_text(partial)} "
                    f"(FORMAT parquet, ROW_GROUP_SIZE {_ROWS})")
        os.replace(partial, path)
    con.close()


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_ROWS):
        yield from batch.to_pylist()


class _ByDoc:
    """A table's rows in record order, taken article by article (one row of look-ahead)."""

    def __init__(self, path: Path) -> None:
        self.rows = _rows(path)
        self.next: dict[str, Any] | None = next(self.rows, None)

    def take(self, doc: str) -> list[dict[str, Any]]:
        found = []
        while self.next is not None and self.next["doc"] == doc:
            found.append(self.next)
            self.next = next(self.rows, None)
        return found


def read_records(directory: Path) -> Iterator[ArticleRecord]:
    """The records back from the Parquet files, shard by shard, as they were written."""
    for articles in table_files(directory, "articles"):
        paths = shard_files(directory, int(articles.stem.rsplit("-", 1)[1]))
        actors, relations = _ByDoc(paths["actors"]), _ByDoc(paths["relations"])
        for meta in _rows(articles):
            mine = [{k: v for k, v in a.items() if k != "doc"} for a in actors.take(meta["id"])]
            yield ArticleRecord.from_json({**meta, "actors": mine,
                                           "relations": relations.take(meta["id"])})
