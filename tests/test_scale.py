"""Streaming and multiprocessing: any process count gives the same bytes, nothing is dropped.

Executors are compared with each other, never with fixed counts, so the tests hold while
extraction improves.
"""

from __future__ import annotations

import json
import os
import random
from collections.abc import Sequence
from pathlib import Path

import pytest
from benchmarks.make_corpus import SEEDS, write_corpus
from hypothesis import given, settings
from hypothesis import strategies as st
from output_support import snapshot
from rdflib import Dataset, Graph
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.engine.executors import (
    ExtractionError,
    ProcessExecutor,
    SerialExecutor,
    batched,
    make_executor,
)
from actorgraph.engine.merge import ActorMerger
from actorgraph.engine.worker import ArticleRecord, PipelineSpec, extract_batch, preload
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import Actor, Article

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, nlp) -> list[str]:  # type: ignore[no-untyped-def]
    """Inputs of a few dozen articles: the seeds plus recombined real news sentences."""
    preload(PipelineSpec(), nlp)  # the CLI in this process reuses the session pipeline
    path = tmp_path_factory.mktemp("corpus") / "synthetic.jsonl"
    write_corpus(path, 30, sentences=4, seed=7)
    return [str(SEEDS), str(path)]




def build(inputs: Sequence[str], out: Path, *options: str) -> dict[str, bytes]:
    result = runner.invoke(app, ["build", *inputs, "--out", str(out), "--quiet", *options])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return snapshot(out)


def test_processes_give_identical_bytes(corpus: list[str], tmp_path: Path) -> None:
    one = build(corpus, tmp_path / "one", "--processes", "1")
    two = build(corpus, tmp_path / "two", "--processes", "2", "--batch-size", "4")
    assert one == two
    assert one["actors.jsonl"], "nothing was extracted, so the comparison means nothing"
    assert "records/manifest.json" in one and "shards/actors.nq" in one


def test_records_hold_every_article_once_sorted(corpus: list[str], tmp_path: Path) -> None:
    files = build(corpus, tmp_path / "out", "--processes", "1", "--shards", "3")
    parts = [name for name in files if name.startswith("records/part-")]
    ids = []
    for name in parts:
        lines = [json.loads(line) for line in files[name].decode().splitlines()]
        assert [r["id"] for r in lines] == sorted(r["id"] for r in lines)
        assert all("text" not in r for r in lines)
        ids += [r["id"] for r in lines]
    assert len(ids) == len(set(ids)) == 5 + 30
    assert 1 < len(parts) <= 3


def test_shards_add_up_to_the_whole(corpus: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = build(corpus, out, "--processes", "1", "--shards", "2")
    shard_lines = sorted(line for name, data in files.items()
                         if name.startswith("shards/relations-")
                         for line in data.decode().splitlines())
    assert shard_lines == sorted(files["relations.jsonl"].decode().splitlines())
    union = Graph()
    for path in sorted((out / "shards").glob("*.nq")):
        # one Dataset per file: rdflib's N-Quads parser resets the default graph per parse
        for s, p, o, _graph in Dataset().parse(path, format="nquads").quads():
            union.add((s, p, o))
    whole = Graph().parse(out / "graph.ttl", format="turtle")
    assert set(union) == set(whole)


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_actor_merge_does_not_depend_on_order(rng: random.Random) -> None:
    contributions = [
        ("b", [Actor("x", "Tehran", "GOVERNMENT", aliases=("Tehran",), mentions=2,
                     merged_from=(("Tehran", "capital"),))]),
        ("a", [Actor("x", "Iran", "GOVERNMENT", country="IRN", mentions=1),
               Actor("g", "protesters", "GROUP", mentions=3)]),
        ("c", [Actor("x", "Islamic Republic", "GOVERNMENT", sector="GOV", wikidata="Q794")]),
    ]
    reference = ActorMerger()
    for doc, actors in contributions:
        reference.add(doc, actors)
    shuffled = ActorMerger()
    for doc, actors in rng.sample(contributions, len(contributions)):
        shuffled.add(doc, rng.sample(actors, len(actors)))
    assert shuffled.actors({"g"}) == reference.actors({"g"})
    merged = reference.actors()
    assert [a.id for a in merged] == ["x"]  # a generic group outside relations is left out
    assert (merged[0].label, merged[0].country, merged[0].mentions) == ("Iran", "IRN", 3)


def test_batched_is_lazy_and_complete() -> None:
    def endless():  # type: ignore[no-untyped-def]
        n = 0
        while True:
            yield n
            n += 1

    first = next(batched(endless(), 3))  # type: ignore[arg-type]
    assert first == [0, 1, 2]
    assert [len(b) for b in batched(range(7), 3)] == [3, 3, 1]  # type: ignore[arg-type]


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i:02d}", f"Officials in country {i} accused their rivals of fraud.")
            for i in range(n)]


def test_pool_yields_in_input_order(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = _articles(9)
    pooled = list(ProcessExecutor(PipelineSpec(), 2, batch_size=2, nlp=nlp).run(articles))
    serial = list(SerialExecutor(nlp).run(articles))
    assert [r.id for r in pooled] == [a.id for a in articles]
    assert pooled == serial


def _die_on_a03(spec: PipelineSpec, articles: Sequence[Article],
                batch_size: int) -> list[ArticleRecord]:
    if any(a.id == "a03" for a in articles):
        os._exit(1)  # a worker killed mid-task, as by the OOM killer
    return extract_batch(spec, articles, batch_size)


def _die_once(marker: Path, spec: PipelineSpec, articles: Sequence[Article],
              batch_size: int) -> list[ArticleRecord]:
    if any(a.id == "a03" for a in articles) and not marker.exists():
        marker.touch()
        os._exit(1)
    return extract_batch(spec, articles, batch_size)


def test_dead_worker_is_reported_not_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    executor = ProcessExecutor(PipelineSpec(), 2, batch_size=2, nlp=nlp, extract=_die_on_a03)
    with pytest.raises(ExtractionError, match=r"'a02'\.\.'a03'"):
        list(executor.run(_articles(8)))


def test_dead_worker_partition_is_retried(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import functools

    articles = _articles(8)
    extract = functools.partial(_die_once, tmp_path / "died")
    executor = ProcessExecutor(PipelineSpec(), 2, batch_size=2, nlp=nlp, extract=extract)
    records = list(executor.run(articles))
    assert (tmp_path / "died").exists()
    assert records == list(SerialExecutor(nlp).run(articles))


def test_bad_executor_options() -> None:
    with pytest.raises(ArgumentError, match="unknown executor"):
        make_executor("spark")
    with pytest.raises(ArgumentError, match="--scheduler"):
        make_executor("local", processes=1, scheduler="tcp://127.0.0.1:8786")


def test_cli_reports_bad_executor_in_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "actorgraph", "build", str(SEEDS), "--out",
                             str(tmp_path / "o"), "--executor", "spark"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "unknown executor" in result.stderr
