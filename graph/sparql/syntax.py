"""A malformed query explained on one line: where the parser stopped, the word there, a hint.

pyoxigraph's parser reports a position and the full list of tokens it would have accepted
(``expected one of Prefix not found, ['%'], ...``), which reads as noise; this turns it into
something a person can act on.
"""

from __future__ import annotations

import re

from actorgraph.graph.sparql.results import DEFAULT_PREFIXES

__all__ = ["syntax_message"]

_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def syntax_message(query: str, message: str) -> str:
    """The parser's complaint as one line: where, near what, and a short hint.

    >>> syntax_message("SELECT ?x WHERE { ?x ?p ?o", "error at 1:27: expected one of '.', '}'")
    "malformed query at line 1, column 27, near '?o': the query ends early; is a } or ) missing?"
    """
    found = _AT.search(message)
    if not found:
        return f"malformed query: {_one_line(message)}"
    line, column, expected = int(found[1]), int(found[2]), " ".join(found[3].split())
    lines = query.split("\n")
    offset = sum(len(text) + 1 for text in lines[: line - 1]) + column - 1
    near = _word_at(query, offset)
    where = f"malformed query at line {line}, column {column}"
    where += f", near {near!r}" if near else ""
    return f"{where}: {_hint(expected, near, ended=not query[offset:].strip())}"


def _word_at(text: str, offset: int) -> str:
    """The word at ``offset`` (the parser points at it, or just past it), at most 30 chars."""
    start = offset if offset < len(text) and not text[offset].isspace() else offset - 1
    while start >= 0 and text[start].isspace() and text[start] != "\n":
        start -= 1
    if start < 0 or text[start].isspace():
        return ""
    left, right = start, start
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right + 1 < len(text) and not text[right + 1].isspace():
        right += 1
    return text[left:right + 1][:30]


def _hint(expected: str, near: str, ended: bool) -> str:
    """A short reading of the parser's list of expected tokens."""
    if "Prefix not found" in expected and ":" in near:
        prefix = near.split(":")[0].lstrip("^(!/")
        return (f"prefix {prefix}: is not declared; add PREFIX {prefix}: <...> (known without "
                f"declaring: {', '.join(sorted(DEFAULT_PREFIXES))})")
    if expected.startswith("expected CONSTRUCT"):
        return "a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after PREFIX lines)"
    if ended and any(f"{q}{c}{q}" in expected for q in "'\"" for c in "})"):
        return "the query ends early; is a } or ) missing?"
    items = expected.removeprefix("expected one of ").removeprefix("expected ").split(", ")
    if len(items) <= 6 and "[" not in expected:
        return f"expected {' or '.join(items)} there"
    return "that does not fit there; compare with one of the example queries"


def _one_line(message: str, limit: int = 240) -> str:
    """The parser's message on one line (its list of expected tokens can span several)."""
    text = " ".join(message.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
