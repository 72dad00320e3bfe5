"""Incremental builds: ``--update`` equals a full rebuild, byte for byte, and skips old work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.make_corpus import synthetic_articles
from output_support import snapshot
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.engine.executors import SerialExecutor
from actorgraph.engine.worker import PipelineSpec, preload
from actorgraph.graph.errors import ArgumentError
from actorgraph.pipeline import build_directory

runner = CliRunner()




def write(path: Path, articles: list[dict[str, str]]) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


def build(out: Path, *args: str) -> dict[str, bytes]:
    result = runner.invoke(app, ["build", *args, "--out", str(out), "-q", "--processes", "1"])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return snapshot(out)


@pytest.fixture(scope="module")
def batches(nlp) -> tuple[list[dict[str, str]], list[dict[str, str]]]:  # type: ignore[no-untyped-def]
    """An old batch of articles and a new one that adds, changes and repeats articles."""
    preload(PipelineSpec(), nlp)
    old = list(synthetic_articles(20, sentences=4, seed=3, prefix="old"))
    added = list(synthetic_articles(8, sentences=4, seed=4, prefix="new"))
    changed = {**old[5], "text": added[0]["text"]}  # same id, other content
    dated = {**old[6], "date": "2025-12-31"}          # metadata changes count too
    return old, [*added[1:], changed, dated, old[7]]


def test_update_equals_full_rebuild(batches, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old, new = batches
    build(tmp_path / "inc", write(tmp_path / "old.jsonl", old), "--shards", "4")
    updated = build(tmp_path / "inc", write(tmp_path / "new.jsonl", new), "--update")
    replaced = {a["id"] for a in new}
    everything = [a for a in old if a["id"] not in replaced] + new
    full = build(tmp_path / "full", write(tmp_path / "all.jsonl", everything), "--shards", "4")
    assert updated == full
    assert full["actors.jsonl"]


def test_update_extracts_only_new_or_changed(batches, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.graph.model import Article

    old, new = batches
    spec, executor = PipelineSpec(), SerialExecutor(nlp)
    first = build_directory([Article.from_json(a) for a in old], tmp_path, executor, spec)
    assert first.extracted == len(old)
    second = build_directory([Article.from_json(a) for a in new], tmp_path, executor, spec,
                             update=True)
    assert second.extracted == len(new) - 1  # old[7] is unchanged
    assert len(second.articles) == len({a["id"] for a in old + new})


def test_earlier_digests_come_from_parquet_or_from_older_records(batches, nlp,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    from actorgraph.engine.store import RECORDS, Previous
    from actorgraph.graph.model import Article

    old, _ = batches
    build_directory([Article.from_json(a) for a in old], tmp_path, SerialExecutor(nlp),
                    PipelineSpec())
    from_parquet = Previous(tmp_path, PipelineSpec()).digests
    assert len(from_parquet) == len({a["id"] for a in old})
    for table in (tmp_path / RECORDS).glob("articles-*.parquet"):
        table.unlink()  # as a build from before the Parquet records left it
    assert Previous(tmp_path, PipelineSpec()).digests == from_parquet


def test_update_needs_an_earlier_build(tmp_path: Path) -> None:
    from actorgraph.engine.store import Previous

    with pytest.raises(ArgumentError, match="no earlier build"):
        Previous(tmp_path, PipelineSpec())


def test_update_refuses_another_pipeline_or_shard_count(batches, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.engine.store import Previous

    old, _ = batches
    build(tmp_path, write(tmp_path / "old.jsonl", old[:3]), "--shards", "2")
    with pytest.raises(ArgumentError, match="another model"):
        Previous(tmp_path, PipelineSpec(extractor="llm.v1"))
    with pytest.raises(ArgumentError, match="2 shards, not 5"):
        Previous(tmp_path, PipelineSpec(), shards=5)
    result = runner.invoke(app, ["build", str(tmp_path / "old.jsonl"), "--out",
                                 str(tmp_path / "fresh"), "--update", "--processes", "1"])
    assert isinstance(result.exception, ArgumentError)  # the CLI prints it as one line, exit 2
    assert "no earlier build" in str(result.exception)
