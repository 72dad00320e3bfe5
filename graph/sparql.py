"""SPARQL over the graph's RDF: open a store, run a query with limits, ship example queries.

pyoxigraph answers the queries: it reads the same files as rdflib and is far faster on big
graphs. A *source* is an RDF file (format by extension), a build output directory (its RDF
file), or a persistent store directory made by ``actorgraph load``. Quad data (TriG/N-Quads,
one named graph per article) is queried with the union of all graphs as the default graph, so
a query without ``GRAPH`` sees every relation.

Queries never reach the network (``SERVICE`` is refused) and never change the store (updates
are refused); a time limit and a row cap are enforced while the lazy results are read.
Results are written by :mod:`actorgraph.graph.results`.

>>> store = open_source_text('<urn:a> <urn:p> "x" .', "nt")
>>> result = store.query("SELECT ?o WHERE { ?s ?p ?o }")
>>> print(format_result(result, "csv").decode().strip())
o\r
x
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from actorgraph.graph.errors import InputError, QueryError
from actorgraph.graph.results import (
    DEFAULT_PREFIXES,
    GRAPH_FORMATS,
    ID_BASE,
    MEDIA_TYPES,
    RESULT_FORMATS,
    Result,
    format_result,
    media_type,
    show_term,
    term_json,
)

__all__ = [
    "DEFAULT_PREFIXES",
    "GRAPH_FORMATS",
    "ID_BASE",
    "MEDIA_TYPES",
    "OUTPUT_NAMES",
    "RDF_FORMATS",
    "RESULT_FORMATS",
    "Example",
    "QueryRefused",
    "QueryStore",
    "QueryTimeout",
    "Result",
    "check_query",
    "example",
    "examples",
    "format_result",
    "media_type",
    "open_source",
    "open_source_text",
    "parse_binding",
    "rdf_format",
    "show_term",
    "source_file",
    "term_json",
]

RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nquads": ox.RdfFormat.N_QUADS,
    "rdf": ox.RdfFormat.RDF_XML, "owl": ox.RdfFormat.RDF_XML,
}
# The RDF files of a build output directory, quads first (they carry the article graphs).
OUTPUT_NAMES = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


class QueryTimeout(QueryError):
    """The query ran past its time limit (the endpoint answers 503)."""


class QueryRefused(QueryError):
    """The query asks for something this read-only, offline engine does not do (403)."""


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension; anything else is a one-line error."""
    ext = path.suffix.lower().lstrip(".")
    if ext not in RDF_FORMATS:
        known = ", ".join(f".{e}" for e in RDF_FORMATS)
        raise InputError(f"{path}: unknown RDF format {path.suffix or '(no extension)'!r} "
                         f"(known: {known})")
    return RDF_FORMATS[ext]


def source_file(directory: Path) -> Path | None:
    """The RDF file of a build output directory, or None when it has none."""
    return next((directory / n for n in OUTPUT_NAMES if (directory / n).is_file()), None)


def _is_store(directory: Path) -> bool:
    """A persistent store is a RocksDB directory (it always holds ``CURRENT``)."""
    return (directory / "CURRENT").is_file()


def _load(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as err:
        raise InputError(f"{path}: not valid {fmt.name}: {err}") from err
    except (OSError, ValueError) as err:
        raise InputError(f"{path}: cannot read: {err}") from err


def open_source(source: Path | str, workers: int = 2) -> QueryStore:
    """Open an RDF file, a build output directory or a store directory for querying."""
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if path.is_dir():
        if _is_store(path):
            try:
                return QueryStore(ox.Store.read_only(str(path)), path, workers)
            except OSError as err:
                raise InputError(f"{path}: cannot open the store: {err}") from err
        found = source_file(path)
        if found is None:
            raise InputError(f"{path}: neither a build output directory (no "
                             f"{', '.join(OUTPUT_NAMES)}) nor a store made by 'load'")
        path = found
    store = ox.Store()
    _load(store, path, rdf_format(path))
    return QueryStore(store, path, workers)


def open_source_text(text: str, ext: str) -> QueryStore:
    """An in-memory store from RDF text (``ext`` names the format, e.g. ``"ttl"``)."""
    store = ox.Store()
    try:
        store.load(text, format=rdf_format(Path(f"data.{ext}")))
    except SyntaxError as err:
        raise InputError(f"not valid RDF: {err}") from err
    return QueryStore(store, None)


# Strings, IRIs and comments are blanked out before looking for keywords, so a literal that
# mentions "DELETE" or "SERVICE" is not mistaken for the keyword.
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>|#[^\n]*")
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[\w.-]*:|BASE)\s*<>\s*)*", re.IGNORECASE)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    """Keep the shape of what is blanked out: an IRI stays ``<>``, a string ``""``."""
    first = match.group()[0]
    return "<>" if first == "<" else '""' if first in "\"'" else " "


def check_query(text: str) -> None:
    """Refuse updates and federated ``SERVICE`` calls before the engine sees the query."""
    bare = _NOISE.sub(_blank, text)
    body = bare[_PROLOGUE.match(bare).end():]  # type: ignore[union-attr]
    if _UPDATE.match(body):
        raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
    if _SERVICE.search(bare):
        raise QueryRefused("SERVICE is refused: queries may not call other endpoints")


class QueryStore:
    """A pyoxigraph store that answers read-only queries under a time limit and a row cap.

    Each query runs in its own worker thread (pyoxigraph releases the GIL while it works);
    the caller stops waiting at the time limit, and the worker stops at the next result it
    reads. ``workers`` bounds how many queries, including abandoned ones, run at once.
    """

    def __init__(self, store: ox.Store, path: Path | None, workers: int = 2) -> None:
        self.store, self.path = store, path
        self._slots = threading.BoundedSemaphore(workers)

    def __len__(self) -> int:
        return len(self.store)

    def query(self, text: str, *, timeout: float | None = None, max_rows: int | None = None,
              bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
              default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> Result:
        """Run ``text``; raise QueryError (malformed), QueryRefused or QueryTimeout.

        ``default_graphs`` and ``named_graphs`` set the dataset as the protocol's
        ``default-graph-uri`` and ``named-graph-uri`` do; without them the default graph is
        the union of all graphs.
        """
        check_query(text)
        options = _dataset(default_graphs, named_graphs)
        if bindings:
            options["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        started = time.monotonic()
        if not self._slots.acquire(timeout=timeout if timeout is not None else -1):
            raise QueryTimeout("too many queries are running; try again later")
        box: dict[str, Any] = {}
        cancel = threading.Event()
        worker = threading.Thread(target=self._work, daemon=True,
                                  args=(text, max_rows, options, cancel, box))
        worker.start()
        worker.join(None if timeout is None else max(0.0, timeout - (time.monotonic()
                                                                        - started)))
        if worker.is_alive():
            cancel.set()
            raise QueryTimeout(f"the query ran longer than the time limit of {timeout:g} s")
        if "error" in box:
            raise box["error"]
        result: Result = box["result"]
        result.seconds = time.monotonic() - started
        return result

    def _work(self, text: str, max_rows: int | None, options: dict[str, Any],
              cancel: threading.Event, box: dict[str, Any]) -> None:
        # Errors cross threads as fresh exceptions: a traceback would keep the engine's
        # result iterator alive, and it must be dropped on the thread that made it.
        try:
            box["result"] = self._evaluate(text, max_rows, options, cancel)
        except QueryError as err:
            box["error"] = type(err)(str(err))
        except SyntaxError as err:
            box["error"] = QueryError(f"malformed query: {_one_line(str(err))}")
        except (OSError, RuntimeError, ValueError, TypeError) as err:
            box["error"] = QueryError(f"query failed: {err}")
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


# --- example queries (package data: graph/queries/*.rq) -------------------------------------


@dataclass(frozen=True)
class Example:
    """A shipped query: its name (file stem), the comment header, and its parameters."""

    name: str
    title: str
    description: str
    text: str
    parameters: tuple[str, ...] = ()


_PARAMETER = re.compile(r"Parameter:\s*(\w+)")


def _example(name: str, text: str) -> Example:
    header = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    return Example(name, header[0] if header else name, " ".join(header[1:]), text,
                   tuple(_PARAMETER.findall(" ".join(header))))


def examples() -> dict[str, Example]:
    """The example queries by name, in name order."""
    from importlib.resources import files

    folder = files("actorgraph.graph") / "queries"
    found = sorted((f.name[:-3], f.read_text(encoding="utf-8")) for f in folder.iterdir()
                   if f.name.endswith(".rq"))
    return {name: _example(name, text) for name, text in found}


def example(name: str) -> Example:
    """One example query; an unknown name is a usage error that lists the known ones."""
    from actorgraph.graph.errors import ArgumentError

    known = examples()
    if name not in known:
        raise ArgumentError(f"no example query {name!r} (known: {', '.join(known)})")
    return known[name]


def parse_binding(text: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """``name=value`` -> (name, literal); ``name=<iri>`` binds an IRI instead."""
    from actorgraph.graph.errors import ArgumentError

    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise ArgumentError(f"--bind {text!r}: expected NAME=VALUE")
    if value.startswith("<") and value.endswith(">"):
        try:
            return name, ox.NamedNode(value[1:-1])
        except ValueError as err:
            raise ArgumentError(f"--bind {text!r}: not an IRI: {err}") from err
    return name, ox.Literal(value)


def _rdf_input(path: Path) -> tuple[Path, ox.RdfFormat]:
    """A file with its format; a build output directory stands for its RDF file."""
    if path.is_dir():
        found = source_file(path)
        if found is None:
            raise InputError(f"{path}: not a build output directory (no "
                             f"{', '.join(OUTPUT_NAMES)})")
        path = found
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return path, rdf_format(path)


def bulk_load(files: list[Path], directory: Path) -> int:
    """Load RDF files into the persistent store in ``directory``; return its size in quads.

    Every input is checked before the store is touched. A file that turns out to be invalid
    midway may leave part of it loaded (bulk loading is not transactional).
    """
    from actorgraph.graph.errors import ArgumentError, OutputError

    inputs = [_rdf_input(Path(f)) for f in files]
    directory = Path(directory)
    if directory.exists() and not (directory.is_dir() and (
            _is_store(directory) or not any(directory.iterdir()))):
        raise ArgumentError(f"--store {directory}: exists and is neither an empty directory "
                         "nor a store")
    try:
        store = ox.Store(str(directory))
    except OSError as err:
        raise OutputError(f"--store {directory}: cannot open the store: {err}") from err
    for path, fmt in inputs:
        try:
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as err:
            raise InputError(f"{path}: not valid {fmt.name}: {err}") from err
        except (OSError, ValueError) as err:
            raise InputError(f"{path}: cannot load: {err}") from err
    store.flush()
    return len(store)
