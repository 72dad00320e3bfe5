"""Queries on a pyoxigraph store under a row cap, in this process.

Quad data (TriG/N-Quads, one named graph per article) is queried with the union of all graphs
as the default graph unless graphs are named, so a query without ``GRAPH`` sees every
relation. Every query passes :func:`~actorgraph.graph.sparql.guard.check_query` first. A time
limit here only stops *waiting* (the engine checks for cancellation once per result row); the
endpoint runs queries in worker processes (:mod:`.pool`) that are killed at the limit.

>>> import pyoxigraph as ox
>>> store = QueryStore(ox.Store(), None)
>>> store.run("ASK { }").boolean
True
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from actorgraph.graph.errors import QueryError
from actorgraph.graph.sparql.guard import check_query
from actorgraph.graph.sparql.results import DEFAULT_PREFIXES, Result
from actorgraph.graph.sparql.syntax import syntax_message

__all__ = ["QueryStore", "QueryTimeout", "Request"]

Request = dict[str, Any]  # the keyword arguments of QueryStore.run, sent to worker processes


class QueryTimeout(QueryError):
    """The query ran past its time limit, or no worker was free in time (503)."""


class QueryStore:
    """A pyoxigraph store that answers read-only queries under a row cap."""

    def __init__(self, store: ox.Store, path: Path | None, workers: int = 2) -> None:
        self.store, self.path = store, path
        self._slots = threading.BoundedSemaphore(workers)

    def __len__(self) -> int:
        return len(self.store)

    def run(self, text: str, *, max_rows: int | None = None,
            bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
            default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
            cancel: threading.Event | None = None) -> Result:
        """Answer ``text`` in this thread; raise QueryError (malformed) or QueryRefused.

        ``default_graphs`` and ``named_graphs`` set the dataset as the protocol's
        ``default-graph-uri`` and ``named-graph-uri`` do.
        """
        check_query(text)
        options = _dataset(default_graphs, named_graphs)
        if bindings:
            options["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        started = time.monotonic()
        try:
            result = self._evaluate(text, max_rows, options, cancel or threading.Event())
        except SyntaxError as err:
            raise QueryError(syntax_message(text, str(err))) from None
        except (OSError, RuntimeError, ValueError, TypeError) as err:
            raise QueryError(f"query failed: {_one_line(str(err))}") from None
        result.seconds = time.monotonic() - started
        return result

    def query(self, text: str, *, timeout: float | None = None, **request: Any) -> Result:
        """:meth:`run` in a worker thread, given up after ``timeout`` seconds (QueryTimeout).

        The abandoned thread stops at its next result row; at most ``workers`` run at once.
        """
        check_query(text)
        if not self._slots.acquire(timeout=timeout if timeout is not None else -1):
            raise QueryTimeout("too many queries are running; try again later")
        box: dict[str, Any] = {}
        cancel = threading.Event()
        worker = threading.Thread(target=self._work, args=(text, request, cancel, box),
                                  daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            cancel.set()
            raise QueryTimeout(f"the query ran longer than the time limit of {timeout:g} s")
        if "error" in box:
            raise box["error"]
        result: Result = box["result"]
        return result

    def _work(self, text: str, request: Request, cancel: threading.Event,
              box: dict[str, Any]) -> None:
        # Errors cross threads as fresh exceptions: a traceback would keep the engine's
        # result iterator alive, and it must be dropped on the thread that made it.
        try:
            box["result"] = self.run(text, cancel=cancel, **request)
        except QueryError as err:
            box["error"] = type(err)(str(err))
        finally:
            self._slots.release()

    def _evaluate(self, text: str, max_rows: int | None, options: dict[str, Any],
                  cancel: threading.Event) -> Result:
        answer = self.store.query(text, prefixes=DEFAULT_PREFIXES, **options)
        if isinstance(answer, ox.QueryBoolean):
            return Result("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            result = Result("select", variables=names)
            for solution in answer:
                if _full(result, max_rows, cancel):
                    break
                result.rows.append(tuple(solution[i] for i in range(len(names))))
            return result
        result = Result("graph")
        for triple in answer:
            if _full(result, max_rows, cancel):
                break
            result.triples.append(triple)
        return result


def _dataset(default_graphs: list[str] | None,
             named_graphs: list[str] | None) -> dict[str, Any]:
    """The engine's dataset options; the union of all graphs unless graphs are named."""
    try:
        options: dict[str, Any] = {"use_default_graph_as_union": not default_graphs}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    except ValueError as err:
        raise QueryError(f"not a graph IRI: {err}") from err
    return options


def _one_line(message: str, limit: int = 240) -> str:
    """The parser's message on one line (its list of expected tokens can span several)."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _full(result: Result, max_rows: int | None, cancel: threading.Event) -> bool:
    """True when reading must stop: the caller gave up, or one row more than the cap came."""
    if cancel.is_set():
        raise QueryTimeout("abandoned")
    if max_rows is not None and len(result) >= max_rows:
        result.truncated = True
        return True
    return False
