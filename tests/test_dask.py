"""The Dask executor on a LocalCluster: the same bytes as one process; dead workers retried.

The extractors that kill their worker are pickled by value (``cloudpickle``) so the Dask
worker processes need not import this test module.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import cloudpickle
import dask
import pytest
from benchmarks.make_corpus import SEEDS, write_corpus
from output_support import snapshot
from typer.testing import CliRunner

from actorgraph.cli import app
from actorgraph.engine.dask_executor import DaskExecutor
from actorgraph.engine.executors import ExtractionError, SerialExecutor
from actorgraph.engine.worker import ArticleRecord, PipelineSpec, extract_batch, preload
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import Article

pytestmark = pytest.mark.slow
cloudpickle.register_pickle_by_value(sys.modules[__name__])
runner = CliRunner()




def test_dask_local_cluster_gives_identical_bytes(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    preload(PipelineSpec(), nlp)
    corpus = tmp_path / "synthetic.jsonl"
    write_corpus(corpus, 24, sentences=4, seed=11)
    inputs = [str(SEEDS), str(corpus)]
    outputs = {}
    for name, options in {"local": ["--processes", "1"],
                          "dask": ["--executor", "dask", "--processes", "2",
                                   "--batch-size", "3"]}.items():
        out = tmp_path / name
        result = runner.invoke(app, ["build", *inputs, "--out", str(out), "-q", *options])
        assert result.exit_code == 0, result.output + repr(result.exception)
        outputs[name] = snapshot(out)
    assert outputs["dask"] == outputs["local"]
    assert outputs["local"]["actors.jsonl"]


def _articles(n: int) -> list[Article]:
    return [Article(f"a{i:02d}", f"Officials in province {i} accused the governor of fraud.")
            for i in range(n)]


def _die_once(marker: str, spec: PipelineSpec, articles: Sequence[Article],
              batch_size: int) -> list[ArticleRecord]:
    if any(a.id == "a03" for a in articles) and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(1)  # the worker process dies mid-task
    return extract_batch(spec, articles, batch_size)


def _always_die(spec: PipelineSpec, articles: Sequence[Article],
                batch_size: int) -> list[ArticleRecord]:
    if any(a.id == "a03" for a in articles):
        os._exit(1)
    return extract_batch(spec, articles, batch_size)


def test_dead_worker_partition_is_retried(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marker = str(tmp_path / "died")
    articles = _articles(6)
    executor = DaskExecutor(PipelineSpec(), workers=2, batch_size=2,
                            extract=functools.partial(_die_once, marker))
    records = list(executor.run(articles))
    assert os.path.exists(marker), "the worker never died, so nothing was tested"
    assert records == list(SerialExecutor(nlp).run(articles))


def test_partition_that_keeps_killing_workers_is_reported() -> None:
    executor = DaskExecutor(PipelineSpec(), workers=2, batch_size=2, extract=_always_die)
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
            pytest.raises(ExtractionError, match=r"'a02'\.\.'a03'"):
        list(executor.run(_articles(6)))


def test_unreachable_scheduler_is_one_clear_error() -> None:
    executor = DaskExecutor(PipelineSpec(), scheduler="tcp://127.0.0.1:9")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), \
            pytest.raises(ArgumentError, match="cannot reach the Dask scheduler"):
        list(executor.run(_articles(1)))
