"""The SPARQL 1.1 Protocol's small decisions: the result format asked for, and Host names.

>>> negotiate({}, "text/csv;q=0.5, application/sparql-results+json")
'json'
>>> host_name("[::1]:7878"), is_ip("::1")
(('::1', '7878'), True)
"""

from __future__ import annotations

import ipaddress

from actorgraph.graph.formats import GRAPH_RESULTS, media_name
from actorgraph.graph.sparql.results import Result

__all__ = ["HTTPError", "choose_format", "host_name", "is_ip", "negotiate"]


class HTTPError(Exception):
    """An HTTP error status with a one-line message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(params: dict[str, list[str]], accept: str | None) -> str | None:
    """The result format asked for: ``format``/``output`` parameter first, then Accept.

    Returns None when the client accepts anything (the caller picks JSON or Turtle).
    """
    for key in ("format", "output", "results"):
        for value in params.get(key, ()):
            if (name := media_name(value)) is None:
                raise HTTPError(400, f"unknown result format {value!r}")
            return name
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *options = (part.strip() for part in item.split(";"))
        quality = next((_float(o[2:]) for o in options if o.startswith("q=")), 1.0)
        ranked.append((-quality, position, media))
    for quality, _, media in sorted(ranked):
        if quality < 0 and (name := media_name(media)) is not None:
            return name
    return None


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def choose_format(result: Result, fmt: str | None) -> str:
    """A SELECT/ASK result cannot be Turtle, nor a CONSTRUCT result CSV: fall back sensibly."""
    if result.kind == "graph":
        return fmt if fmt in ("turtle", "nt", "json", "xml") and fmt in GRAPH_RESULTS \
            else "turtle"
    return fmt if fmt in ("json", "xml", "csv", "tsv") else "json"


def host_name(header: str) -> tuple[str, str]:
    """``name:port`` (or ``[v6]:port``) -> (name, port), name lower-cased."""
    if header.startswith("["):
        name, _, rest = header[1:].partition("]")
        return name.lower(), rest.removeprefix(":")
    name, _, port = header.rpartition(":") if header.count(":") == 1 else (header, "", "")
    return name.lower(), port


def is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True
