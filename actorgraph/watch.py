"""Keeping a build current: poll feeds, fetch what is new, update the build in place.

One :func:`cycle` polls every feed (conditionally: an unchanged feed costs one 304), reads
its entries through the fetch cache (an article already fetched is not fetched again), and
runs the incremental build (``build --update``) on the articles that are new or changed.
Setting ``stop`` ends the cycle between two articles: the build then publishes what it has,
atomically, and the rest waits for the next run. :func:`watch` repeats cycles on a schedule.

>>> parse_interval("15m"), parse_interval("90s"), parse_interval("2h")
(900.0, 90.0, 7200.0)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from actorgraph.engine.executors import Executor
from actorgraph.engine.store import MANIFEST, RECORDS, Previous
from actorgraph.engine.worker import PipelineSpec
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.model import Article
from actorgraph.pipeline import build_directory
from actorgraph.web import Failure, FetchCache, Policy, Sources, WebReader, write_failures
from actorgraph.web.cache import CACHE_DIR

__all__ = ["CycleReport", "cycle", "parse_interval", "watch"]

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}


@dataclass
class CycleReport:
    """What one cycle did; ``articles`` and ``relations`` are the build's totals after it."""

    number: int
    new: int = 0
    unchanged: int = 0
    articles: int = 0
    relations: int = 0
    stopped: bool = False
    failures: list[Failure] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)


def parse_interval(text: str) -> float:
    """Seconds from ``30s``, ``15m``, ``2h``, ``1d`` or a plain number of seconds."""
    value, unit = (text[:-1], text[-1].lower()) if text[-1:].isalpha() else (text, "s")
    try:
        seconds = float(value) * _UNITS[unit]
    except (KeyError, ValueError) as err:
        raise ArgumentError(f"--every must look like 30s, 15m or 2h, got {text!r}") from err
    if seconds <= 0:
        raise ArgumentError(f"--every must be positive, got {text!r}")
    return seconds


def _until(stop: threading.Event, articles: Iterable[Article]) -> Iterator[Article]:
    for article in articles:
        if stop.is_set():
            return
        yield article


def cycle(number: int, sources: Sources, out: Path, executor: Executor, spec: PipelineSpec,
          policy: Policy, stop: threading.Event) -> CycleReport:
    """Poll, fetch and update the build in ``out`` once."""
    report = CycleReport(number)
    reader = WebReader(FetchCache(out / CACHE_DIR), policy, stop=stop)
    try:
        articles = list(reader.articles(sources))
    finally:
        reader.close()
    report.failures = reader.failures
    earlier = (out / RECORDS / MANIFEST).is_file()
    fresh = (list(Previous(out, spec).changed(articles, lambda _a: None)) if earlier
             else articles)
    report.unchanged = len(articles) - len(fresh)
    if stop.is_set() or not fresh:
        report.stopped = stop.is_set()
        return report
    result = build_directory(_until(stop, fresh), out, executor, spec, update=earlier,
                             extras=lambda stage: write_failures(stage, reader.failures))
    report.new, report.stopped = result.extracted, stop.is_set()
    report.articles, report.relations = len(result.articles), result.relation_count
    return report


def watch(sources: Sources, out: Path, executor: Executor, spec: PipelineSpec, policy: Policy,
          every: float, stop: threading.Event, log: Callable[[CycleReport], None],
          cycles: int = 0) -> int:
    """Run cycles every ``every`` seconds until ``stop`` is set (or ``cycles`` are done)."""
    number = 0
    while not stop.is_set() and (cycles == 0 or number < cycles):
        number += 1
        started = time.monotonic()
        log(cycle(number, sources, out, executor, spec, policy, stop))
        if cycles and number >= cycles:
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return number
