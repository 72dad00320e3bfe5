"""Queries in worker processes, so a crash, a runaway or a memory blow-up costs one worker.

Each worker opens the source itself, caps its address space (``resource.RLIMIT_AS``) and
answers one query at a time over a pipe. The caller waits up to the time limit; past it the
worker is killed (the engine checks for cancellation only between result rows, so nothing
short of a signal stops a long sort or join) and a fresh one is started in the background. A
worker that dies mid-query (stack overflow, failed allocation) is replaced the same way and
the query gets :class:`QueryAborted`. Workers are fresh interpreters (not forks of a
process that runs threads) talking over a pair of pipes. :func:`query_once` answers one query
in one such worker under the same limits (``actorgraph query``).
"""

from __future__ import annotations

import contextlib
import os
import queue
import resource
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from actorgraph.graph.errors import ActorgraphError, InputError, QueryError
from actorgraph.graph.sparql.guard import check_query
from actorgraph.graph.sparql.query import QueryTimeout, Request
from actorgraph.graph.sparql.results import Result
from actorgraph.graph.sparql.sources import open_source

__all__ = ["DEFAULT_MEMORY_MB", "QueryAborted", "QueryPool", "main", "query_once"]

DEFAULT_MEMORY_MB = 4096
_START_TIMEOUT = 600.0  # seconds a worker may take to load a big source


class QueryAborted(QueryTimeout):
    """The worker answering the query died (out of memory or a crash in the engine)."""


def main() -> None:
    """A worker process: ``READ_FD WRITE_FD SOURCE MEMORY_BYTES`` (see :class:`_Worker`)."""
    read, write, source, memory = sys.argv[1:5]
    _serve(Connection(int(read), writable=False), Connection(int(write), readable=False),
           source, int(memory) or None)


def _serve(requests: Connection, answers: Connection, source: str, memory: int | None) -> None:
    """A worker's main loop: open the source, then answer (text, request) pairs until EOF."""
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        store = open_source(source, workers=1)
    except ActorgraphError as err:
        answers.send(("error", err))
        return
    answers.send(("ready", len(store)))
    while True:
        try:
            text, request = requests.recv()
        except (EOFError, OSError):
            return
        try:
            answers.send(("ok", store.run(text, **request)))
        except QueryError as err:
            answers.send(("error", err))
        except MemoryError:
            os._exit(3)  # the parent sees EOF, answers QueryAborted and starts a fresh worker


class _Worker:
    """One worker process and the parent's ends of its two pipes."""

    def __init__(self, source: str, memory: int | None, quiet: bool = False) -> None:
        down_r, down_w = os.pipe()
        up_r, up_w = os.pipe()
        code = "from actorgraph.graph.sparql.pool import main; main()"
        self.process = subprocess.Popen(
            [sys.executable, "-c", code, str(down_r), str(up_w), source, str(memory or 0)],
            pass_fds=(down_r, up_w), stdin=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL if quiet else None)
        os.close(down_r)
        os.close(up_w)
        self.requests = Connection(down_w, readable=False)
        self.conn = Connection(up_r, writable=False)
        self.triples = self._expect("ready", _START_TIMEOUT)

    def _expect(self, status: str, timeout: float | None) -> Any:
        if not self.conn.poll(timeout):
            raise QueryTimeout("the query ran past its time limit; its worker was stopped")
        try:
            kind, payload = self.conn.recv()
        except (EOFError, OSError):
            raise QueryAborted("the query stopped its worker (out of memory or too complex); "
                               "the worker was replaced") from None
        if kind != status:
            raise payload
        return payload

    def ask(self, text: str, request: Request, timeout: float | None) -> Result:
        try:
            self.requests.send((text, request))
        except OSError:  # the worker died while idle
            raise QueryAborted("the query worker had stopped; it was replaced") from None
        result: Result = self._expect("ok", timeout)
        return result

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.conn.close()
        self.requests.close()


def _start(source: str, memory: int | None, quiet: bool = False) -> _Worker:
    """A worker that has opened ``source``; a source too big for the memory limit is an
    InputError. A ``quiet`` worker's own error output (the engine's report of a failed
    allocation) is dropped: its failure reaches the caller as an exception."""
    try:
        return _Worker(source, memory, quiet)
    except QueryAborted as err:
        raise InputError(f"{source}: a query worker could not open it "
                         f"(over the memory limit?)") from err


def query_once(source: Path | str, text: str, *, timeout: float,
               memory_mb: int | None = DEFAULT_MEMORY_MB, **request: Any) -> Result:
    """Answer one query in a worker of its own under the pool's limits, then stop the worker.

    The query is checked before the source is read; past ``timeout`` seconds (the source's
    loading not counted) or ``memory_mb`` the worker is killed and QueryTimeout (QueryAborted)
    says which limit stopped it.
    """
    check_query(text)
    worker = _start(str(source), memory_mb * 2**20 if memory_mb else None, quiet=True)
    try:
        return worker.ask(text, request, timeout)
    except QueryAborted:
        raise QueryAborted(f"the query ran out of memory (limit {memory_mb} MB) or crashed the "
                           "engine; its worker was stopped") from None
    except QueryTimeout:
        raise QueryTimeout(f"the query ran longer than the time limit of {timeout:g} s; its "
                           "worker was stopped") from None
    finally:
        worker.kill()


class QueryPool:
    """``workers`` processes answering queries on ``source``, each under ``memory_mb``."""

    def __init__(self, source: Path | str, workers: int = 2,
                 memory_mb: int | None = DEFAULT_MEMORY_MB) -> None:
        self.source, self.size = str(source), workers
        self.memory = memory_mb * 2**20 if memory_mb else None
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        first = self._start()
        self.triples = first.triples
        self._idle.put(first)
        for _ in range(workers - 1):
            self._idle.put(self._start())

    def __len__(self) -> int:
        return self.triples

    def _start(self) -> _Worker:
        return _start(self.source, self.memory)

    def query(self, text: str, *, timeout: float | None = None, **request: Any) -> Result:
        """Answer ``text`` in a worker; QueryTimeout past ``timeout`` seconds, whose worker
        is killed and replaced."""
        check_query(text)
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryTimeout("all query workers are busy; try again later") from None
        left = None if timeout is None else max(0.0, timeout - (time.monotonic() - started))
        try:
            result = worker.ask(text, request, left)
        except (QueryTimeout, OSError):
            self._replace(worker)
            raise
        except BaseException:
            self._idle.put(worker)
            raise
        self._idle.put(worker)
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        threading.Thread(target=self._restart, daemon=True).start()

    def _restart(self) -> None:
        delay = 0.1
        while not self._closed:
            try:
                self._idle.put(self._start())
                return
            except ActorgraphError:
                time.sleep(delay)
                delay = min(delay * 2, 10.0)

    def close(self) -> None:
        """Stop every idle worker (busy ones stop when their query ends)."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            with contextlib.suppress(OSError):
                worker.kill()
