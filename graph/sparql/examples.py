"""The example queries shipped as package data (``graph/queries/*.rq``) and ``--bind`` values.

Each file starts with comment lines: a title, a description, and ``Parameter: NAME`` for each
variable a caller may fix with ``--bind NAME=value``.

>>> example("top-accusers").title != ""
True
>>> parse_binding("actor=Iran")
('actor', <Literal value=Iran datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#string>>)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph as ox

from actorgraph.graph.errors import ArgumentError

__all__ = ["Example", "example", "examples", "parse_binding"]


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
    folder = files("actorgraph.graph") / "queries"
    found = sorted((f.name[:-3], f.read_text(encoding="utf-8")) for f in folder.iterdir()
                   if f.name.endswith(".rq"))
    return {name: _example(name, text) for name, text in found}


def example(name: str) -> Example:
    """One example query; an unknown name is a usage error that lists the known ones."""
    known = examples()
    if name not in known:
        raise ArgumentError(f"no example query {name!r} (known: {', '.join(known)})")
    return known[name]


def parse_binding(text: str) -> tuple[str, ox.NamedNode | ox.Literal]:
    """``name=value`` -> (name, literal); ``name=<iri>`` binds an IRI instead."""
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
