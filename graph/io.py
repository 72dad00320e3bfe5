"""Reading and writing the on-disk contract, atomically.

Every file is written to a temporary file in the same directory and renamed into place, so
a failed or killed run never leaves a half-written output behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx

from actorgraph.graph.errors import InputError, OutputError
from actorgraph.graph.model import Actor, Relation

__all__ = [
    "atomic_write",
    "dumps_line",
    "parse_json_object",
    "read_actors",
    "read_graph",
    "read_jsonl",
    "read_relations",
    "write_graphml",
    "write_jsonl",
    "write_node_link",
    "xml_safe",
]


@contextlib.contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary sibling of ``path``; on success rename it over ``path``."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as err:
        raise OutputError(f"cannot write to {path.parent}: {err.strerror or err}") from err
    encoding = None if "b" in mode else "utf-8"
    try:
        with open(fd, mode, encoding=encoding, newline=None if "b" in mode else "\n") as handle:
            yield handle
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def dumps_line(record: dict[str, Any]) -> str:
    """One JSONL line: stable key order, UTF-8 kept readable."""
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as JSON lines; returns how many were written."""
    count = 0
    with atomic_write(path) as out:
        for record in records:
            out.write(dumps_line(record))
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each non-blank line; a bad line is an InputError."""
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield number, parse_json_object(line, f"{path}:{number}")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text") from err
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json_object(line: str | bytes, where: str) -> dict[str, Any]:
    """One JSON-lines line as an object (bytes are UTF-8, a BOM allowed); else an InputError
    naming ``where`` (``path:line``)."""
    try:
        text = line.decode("utf-8-sig") if isinstance(line, bytes) else line
        value = json.loads(text)
    except UnicodeDecodeError as err:
        raise InputError(f"{where}: not UTF-8 text (byte {err.start})") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: malformed JSON: {err.msg}") from err
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a JSON object")
    if _SURROGATE_ESCAPE.search(text):  # json.loads lets a lone "\ud800" through
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as err:
            raise InputError(f"{where}: a lone surrogate escape ({err.object[err.start]!a}) "
                             "is not text") from None
    return value


def _read_records(path: Path, build: Callable[[dict[str, Any]], Any]) -> list[Any]:
    records = []
    for number, data in read_jsonl(path):
        try:
            records.append(build(data))
        except (KeyError, TypeError, ValueError) as err:
            raise InputError(f"{path}:{number}: not a valid record: {err}") from err
    return records


def read_actors(path: Path) -> list[Actor]:
    return _read_records(path, Actor.from_json)


def read_relations(path: Path) -> list[Relation]:
    return _read_records(path, Relation.from_json)


def write_node_link(path: Path, graph: nx.MultiDiGraph) -> None:
    """networkx node-link JSON (``edges="edges"``), keys sorted for byte-stable output."""
    data = nx.node_link_data(graph, edges="edges")
    with atomic_write(path) as out:
        json.dump(data, out, ensure_ascii=False, indent=1, sort_keys=True)
        out.write("\n")


_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> str:
    """Replace the characters XML 1.0 cannot carry (control characters) with U+FFFD."""
    return _XML_INVALID.sub("\ufffd", text)


def _graphml_safe(value: Any) -> Any:
    """GraphML holds XML-safe scalars only: lists and dicts become JSON strings."""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return xml_safe(value) if isinstance(value, str) else value


def write_graphml(path: Path, graph: nx.MultiDiGraph) -> None:
    """GraphML for Gephi, Cytoscape and yEd."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):  # ids too: XML cannot carry control characters
        flat.add_node(_graphml_safe(node), **{k: _graphml_safe(v) for k, v in data.items()
                                              if v is not None})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(_graphml_safe(u), _graphml_safe(v), key=_graphml_safe(key),
                      **{k: _graphml_safe(x) for k, x in data.items() if x is not None})
    with atomic_write(path, "wb") as out:
        nx.write_graphml(flat, out, encoding="utf-8", named_key_ids=True)


def read_graph(path: Path) -> nx.MultiDiGraph:
    """Read ``graph.json`` (node-link) or an output directory holding one."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    except (ValueError, KeyError, TypeError) as err:
        raise InputError(f"{path}: not a node-link graph file: {err}") from err
    return graph
