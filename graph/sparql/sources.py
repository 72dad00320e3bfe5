"""Where queries read from: an RDF file, a build output directory, or a persistent store.

A *source* is an RDF file (format by extension), a build output directory (its RDF file, quads
first as they carry the article graphs), or a store directory made by ``actorgraph load``
(RocksDB, opened read-only, so several worker processes can share it).

>>> len(open_source_text('<urn:a> <urn:p> "x" .', "nt"))
1
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from actorgraph.graph.errors import ArgumentError, InputError, OutputError
from actorgraph.graph.formats import READABLE, format_name
from actorgraph.graph.sparql.query import QueryStore

__all__ = ["OUTPUT_NAMES", "bulk_load", "open_source", "open_source_text", "rdf_format",
           "source_file"]

OUTPUT_NAMES = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, from its extension; anything else is a one-line error."""
    return READABLE[format_name(path, READABLE)]


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
