"""Per-article records on disk: written as they come, sharded, and read back by ``--update``.

An output directory keeps what each article contributed in ``records/part-NNNNN.jsonl`` (one
JSON line per article: metadata, content hash, its actors and relations, never its text) and
``records/manifest.json`` (shard count and the pipeline's fingerprint). An article's shard is a
hash of its id, so the files are a function of the set of articles only: a full build, an
incremental one, one process or a cluster all write the same bytes.

>>> shard_of("article-1", 16)
6
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from actorgraph.engine.records import ArticleRecord, PipelineSpec, content_hash
from actorgraph.graph import io
from actorgraph.graph.errors import ArgumentError, InputError
from actorgraph.graph.model import Article

__all__ = ["DEFAULT_SHARDS", "MANIFEST", "RECORDS", "Previous", "RecordSpool", "shard_of"]

DEFAULT_SHARDS = 8
RECORDS = "records"
MANIFEST = "manifest.json"
FORMAT = "actorgraph-records/1"


def shard_of(article_id: str, shards: int) -> int:
    """The shard an article belongs to: stable across runs, machines and Python versions."""
    return zlib.crc32(article_id.encode("utf-8")) % shards


def part_name(shard: int) -> str:
    return f"part-{shard:05d}.jsonl"


class RecordSpool:
    """Appends each article's record to its shard as soon as it arrives; sorts on finish."""

    def __init__(self, directory: Path, shards: int, spec: PipelineSpec) -> None:
        self.directory, self.shards, self.spec = Path(directory), shards, spec
        self.directory.mkdir(parents=True, exist_ok=True)
        self._handles: dict[int, IO[str]] = {}

    def add(self, record: ArticleRecord) -> None:
        shard = shard_of(record.id, self.shards)
        handle = self._handles.get(shard)
        if handle is None:
            path = self.directory / f".spool-{shard:05d}"
            # One handle per shard stays open for the whole build (closed by finish).
            handle = self._handles[shard] = open(path, "a", encoding="utf-8")  # noqa: SIM115
        handle.write(io.dumps_line(record.to_json()))

    def finish(self) -> None:
        """Close the spools and publish each shard sorted by article id (one at a time)."""
        for shard, handle in sorted(self._handles.items()):
            handle.close()
            spool = self.directory / f".spool-{shard:05d}"
            # "\n" only: splitlines() would also break at U+2028, U+0085... inside a record
            lines = [f"{line}\n" for line in spool.read_text(encoding="utf-8").split("\n")
                     if line]
            lines.sort(key=lambda line: json.loads(line)["id"])
            with io.atomic_write(self.directory / part_name(shard)) as out:
                out.writelines(lines)
            spool.unlink()
        self._handles.clear()
        manifest = {"format": FORMAT, "shards": self.shards, "pipeline": self.spec.fingerprint()}
        with io.atomic_write(self.directory / MANIFEST) as out:
            json.dump(manifest, out, sort_keys=True, indent=1)
            out.write("\n")


class Previous:
    """The records of an earlier build in ``out``, for an incremental build."""

    def __init__(self, out: Path, spec: PipelineSpec, shards: int | None = None) -> None:
        self.directory = Path(out) / RECORDS
        manifest = self._manifest()
        if manifest.get("pipeline") != spec.fingerprint():
            raise ArgumentError(f"--update: {out} was built with another model, extractor or "
                             "gazetteer; rebuild it without --update")
        self.shards = int(manifest["shards"])
        if shards is not None and shards != self.shards:
            raise ArgumentError(f"--update: {out} has {self.shards} shards, not {shards}; "
                             "omit --shards or rebuild without --update")
        self.digests = self._digests()

    def _manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST
        if not path.is_file():
            raise ArgumentError(f"--update: no earlier build in {self.directory.parent} "
                             f"({RECORDS}/{MANIFEST} is missing); build without --update first")
        try:
            manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise InputError(f"{path}: unreadable manifest: {err}") from err
        if manifest.get("format") != FORMAT:
            raise ArgumentError(f"{path}: unknown records format {manifest.get('format')!r}")
        return manifest

    def _digests(self) -> dict[str, str]:
        """Article id -> content hash, from the small Parquet articles tables when every
        shard has one (records are only parsed once, by :meth:`carry`)."""
        parts = sorted(self.directory.glob("part-*.jsonl"))
        tables = [p.with_name(p.name.replace("part-", "articles-")).with_suffix(".parquet")
                  for p in parts]
        if not all(t.is_file() for t in tables):  # a build from before the Parquet records
            return {r["id"]: r["sha256"] for r in self._lines()}
        import pyarrow.parquet as pq

        digests: dict[str, str] = {}
        for table in tables:
            columns = pq.read_table(table, columns=["id", "sha256"]).to_pydict()
            digests.update(zip(columns["id"], columns["sha256"], strict=True))
        return digests

    def _lines(self) -> Iterator[dict[str, Any]]:
        for path in sorted(self.directory.glob("part-*.jsonl")):
            for _, data in io.read_jsonl(path):
                yield data

    def changed(self, articles: Iterable[Article],
                unchanged: Callable[[Article], None]) -> Iterator[Article]:
        """The articles that are new or whose content changed; the rest go to ``unchanged``."""
        for article in articles:
            if self.digests.get(article.id) == content_hash(article):
                unchanged(article)
            else:
                yield article

    def carry(self, replaced: set[str]) -> Iterator[ArticleRecord]:
        """The earlier records, except those of articles extracted again in this build."""
        for data in self._lines():
            if data["id"] not in replaced:
                try:
                    yield ArticleRecord.from_json(data)
                except (KeyError, TypeError, ValueError) as err:
                    raise InputError(f"{self.directory}: bad record {data.get('id')!r}: "
                                     f"{err}") from err
