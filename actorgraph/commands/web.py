"""The web side of the command line: fetching for ``build`` and the ``watch`` command.

``build`` takes URLs, URL-list files, feed and OPML files and ``--feed`` (see
:func:`actorgraph.web.split_inputs`); :func:`fetching` reads them through the fetch cache in
``--out`` and lists every failed URL at the end; the build writes them to ``fetch-errors.jsonl``
with its other outputs (a build that fails keeps the earlier set, its list included).
``watch`` keeps a build current from feeds (:mod:`actorgraph.watch`), one log line per cycle,
and stops cleanly on Ctrl-C or SIGTERM.
"""

from __future__ import annotations

import contextlib
import datetime
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from actorgraph.commands.common import (
    Connections,
    Delay,
    Gazetteers,
    Model,
    Timeout,
    UsageError,
    UserAgent,
    err,
)
from actorgraph.web import DEFAULT_AGENT, FetchCache, Policy, Sources, WebReader, write_failures
from actorgraph.web.cache import CACHE_DIR

__all__ = ["COMMANDS", "PARTIAL_EXIT", "failure_list", "fetching", "make_policy", "watch"]

PARTIAL_EXIT = 5  # the graph was built, but some URLs gave no article


def make_policy(user_agent: str | None, connections: int, delay: float,
                timeout: float) -> Policy:
    """The client's policy from the command-line options."""
    if user_agent is not None and not user_agent.strip():
        raise UsageError("--user-agent must not be empty")
    return Policy(user_agent=user_agent or DEFAULT_AGENT, connections=connections,
                  delay=delay, timeout=timeout)


@contextlib.contextmanager
def fetching(sources: Sources, out: Path, policy: Policy,
             offline: bool) -> Iterator[WebReader | None]:
    """A reader of ``sources`` (None if there are none); failures listed when it closes."""
    if not sources:
        yield None
        return
    reader = WebReader(FetchCache(out / CACHE_DIR), policy, offline)
    try:
        yield reader
    finally:
        reader.close()
        for failure in reader.failures:
            err(f"failed: {failure.url}: {failure.reason}")
        if reader.failures:
            err(f"{len(reader.failures)} URLs failed")


def failure_list(reader: WebReader | None) -> Callable[[Path], None] | None:
    """What writes ``fetch-errors.jsonl`` into a staged build (None without web sources)."""
    if reader is None:
        return None
    return lambda stage: write_failures(stage, reader.failures)


def _log(out: Path, quiet: bool) -> Any:
    def log(report: Any) -> None:
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = (f"{now} cycle {report.number}: {report.new} new, {report.unchanged} "
                f"unchanged, {report.failed} failed")
        if report.articles:
            line += f"; {report.articles} articles, {report.relations} relations in {out}"
        typer.echo(line + ("; stopped" if report.stopped else ""), err=True)
    return (lambda _report: None) if quiet else log


@contextlib.contextmanager
def _stop_on_signals() -> Iterator[threading.Event]:
    """An event set by Ctrl-C or SIGTERM instead of killing the process mid-write."""
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def watch(
    feeds: Annotated[list[str], typer.Argument(
        metavar="FEED", help="Feeds to follow: RSS or Atom URLs, feed files or .opml lists.")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR",
                                      help="Output directory (kept current).")],
    every: Annotated[str, typer.Option(metavar="INTERVAL",
                                       help="Time between polls: 30s, 15m, 2h.")] = "15m",
    cycles: Annotated[int, typer.Option(min=0, metavar="N",
                                        help="Stop after N cycles (0: until stopped).")] = 0,
    model: Model = None,
    gazetteer: Gazetteers = None,
    user_agent: UserAgent = None,
    connections: Connections = 8,
    delay: Delay = 1.0,
    timeout: Timeout = 30.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No log lines.")] = False,
) -> None:
    """Poll feeds every --every, fetch new articles and update the build in --out."""
    from actorgraph.engine.executors import SerialExecutor
    from actorgraph.engine.worker import PipelineSpec, pipeline
    from actorgraph.watch import parse_interval
    from actorgraph.watch import watch as run
    from actorgraph.web import split_inputs

    seconds = parse_interval(every)
    _, sources = split_inputs([], feeds)
    policy = make_policy(user_agent, connections, delay, timeout)
    spec = PipelineSpec(model, tuple(str(g) for g in gazetteer or ()))
    executor = SerialExecutor(pipeline(spec))
    with _stop_on_signals() as stop:
        run(sources, out, executor, spec, policy, seconds, stop, _log(out, quiet), cycles)


COMMANDS = (watch,)
