"""Executors: where the extractor runs (this process, a pool of processes, a Dask cluster).

All executors share one contract: ``run(articles)`` reads the articles lazily, cuts them into
partitions of ``batch_size``, extracts each partition with :func:`actorgraph.engine.worker.
extract_batch` and yields the per-article records **in input order**. Only a bounded window of
partitions is in flight, so memory does not grow with the input. A partition whose worker dies
is reported (an :class:`ExtractionError` naming its articles), never silently dropped.

>>> ex = make_executor("local", processes=1)
>>> [r.id for r in ex.run([])]
[]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol, TypeVar

from spacy.language import Language

from actorgraph.engine.dask_executor import DaskExecutor
from actorgraph.engine.partitions import (
    ExtractionError,
    Extractor,
    batched,
    describe,
    ordered_window,
)
from actorgraph.engine.worker import (
    ArticleRecord,
    PipelineSpec,
    extract_batch,
    pipeline,
    preload,
    records_from,
)
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import Article

__all__ = ["EXECUTORS", "Executor", "ExtractionError", "Extractor", "ProcessExecutor",
           "SerialExecutor", "batched", "default_processes", "describe", "die_with_parent",
           "make_executor", "ordered_window"]

EXECUTORS = ("local", "dask")
T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    def run(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]: ...

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
        """``fn`` over ``items`` where this executor runs work (the shards of an assembly)."""
        ...


def default_processes() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def die_with_parent() -> None:
    """Worker initializer: a worker ends when the build is killed, instead of lingering.

    Forked workers hold the write end of their own task pipe, so they never see it close;
    Linux's parent-death signal ends them when the build process dies (even by SIGKILL).
    """
    import ctypes
    import signal

    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the signal was armed
            os._exit(1)


class SerialExecutor:
    """Everything in this process: ``nlp.pipe`` straight over the article stream."""

    def __init__(self, nlp: Language, batch_size: int = 32) -> None:
        self.nlp, self.batch_size = nlp, batch_size

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        return records_from(self.nlp, articles, self.batch_size)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
        return [fn(item) for item in items]


class ProcessExecutor:
    """A pool of worker processes, each with its own pipeline, fed partitions of articles.

    On platforms that fork, a pipeline already loaded here is inherited by the workers
    instead of being loaded again in each. When a worker dies the pool breaks and every
    partition in flight fails with it; each is then retried alone in a fresh process, so
    the one that kills its worker is named and the innocent ones complete.
    """

    def __init__(self, spec: PipelineSpec, processes: int, batch_size: int = 32,
                 nlp: Language | None = None, extract: Extractor = extract_batch) -> None:
        self.spec, self.processes, self.batch_size = spec, processes, batch_size
        self.extract = extract
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._pool: ProcessPoolExecutor | None = None
        if nlp is not None:
            preload(spec, nlp)

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        try:
            yield from ordered_window(batched(articles, self.batch_size), self._submit,
                                      self._collect, 2 * self.processes)
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
        with ProcessPoolExecutor(self.processes, mp_context=self._context,
                                 initializer=die_with_parent) as pool:
            return list(pool.map(fn, items))

    def _submit(self, batch: list[Article]) -> Future[list[ArticleRecord]]:
        for _attempt in range(2):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(self.processes, mp_context=self._context,
                                                 initializer=die_with_parent)
            try:
                return self._pool.submit(self.extract, self.spec, batch, self.batch_size)
            except BrokenProcessPool:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
        raise ExtractionError("cannot start worker processes")

    def _collect(self, future: Future[list[ArticleRecord]],
                 batch: list[Article]) -> list[ArticleRecord]:
        try:
            return future.result()
        except BrokenProcessPool:
            return self._alone(batch)

    def _alone(self, batch: list[Article]) -> list[ArticleRecord]:
        """Retry one partition in a process of its own; report it if that dies too."""
        with ProcessPoolExecutor(1, mp_context=self._context,
                                 initializer=die_with_parent) as pool:
            try:
                return pool.submit(self.extract, self.spec, batch, self.batch_size).result()
            except BrokenProcessPool as err:
                raise ExtractionError(f"a worker process died twice while extracting "
                                      f"{describe(batch)}; nothing was written") from err


def make_executor(name: str = "local", processes: int | None = None, batch_size: int = 32,
                  nlp: Language | None = None, spec: PipelineSpec | None = None,
                  scheduler: str | None = None) -> Executor:
    """The executor called ``name``: ``local`` (1 or more processes) or ``dask``."""
    spec = spec or PipelineSpec()
    processes = processes or default_processes()
    if name == "dask":
        return DaskExecutor(spec, scheduler=scheduler, workers=processes, batch_size=batch_size)
    if name != "local":
        raise ArgumentError(f"unknown executor {name!r}; choose one of {', '.join(EXECUTORS)}")
    if scheduler is not None:
        raise ArgumentError("--scheduler needs --executor dask")
    if processes == 1:
        return SerialExecutor(nlp or pipeline(spec), batch_size)
    return ProcessExecutor(spec, processes, batch_size, nlp)
