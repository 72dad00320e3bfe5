"""What a query may ask for, decided on its tokens before the engine's parser sees it.

The query is cut into SPARQL's terminals (comments end at CR or LF, the four string forms,
IRIs, variables, prefixed names, words, numbers and brackets), so a keyword hidden in a
comment, a string or an IRI is not one, and a keyword spelled where a real lexer would find it
is. The engine matches keywords without a word boundary (``SERVICESILENT<x>{}`` and
``true SERVICE`` run alike), so any name outside strings, IRIs and variables that contains
``service`` is refused. Size, token count and bracket depth are bounded because the engine's
recursive parser and evaluator overflow the stack on deep or long queries (measured: brackets
5,000 deep, a 30,000-term sum or 14,000 UNIONs kill the process).

>>> check_query("SELECT * WHERE { ?s ?p 'SERVICE <x> {}' } # SERVICE")
>>> check_query("SELECT * WHERE { # x\\rSERVICE <http://a/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
actorgraph.graph.sparql.guard.QueryRefused: SERVICE is refused: queries may not call other endpoints
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from actorgraph.graph.errors import QueryError

__all__ = ["MAX_DEPTH", "MAX_QUERY", "MAX_TOKENS", "QueryRefused", "QueryTooBig", "check_query",
           "tokens"]

MAX_QUERY = 64_000  # characters
MAX_TOKENS = 5_000
MAX_DEPTH = 100  # nested (), [] and {}

_ESCAPED = r"\\[_~.\-!$&'()*+,;=/?#@%]|%[0-9A-Fa-f]{2}"
_LOCAL = rf"(?:[\w:]|{_ESCAPED})(?:(?:[\w.:\-\u00b7]|{_ESCAPED})*(?:[\w:\-\u00b7]|{_ESCAPED}))?"
_TOKEN = re.compile(rf"""
    (?P<space>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
              |"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\\\r\n]|\\.)*')
  | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
  | (?P<variable>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
  | (?P<name>(?:[^\W\d_](?:[\w.\-\u00b7]*[\w\-\u00b7])?)?:(?:{_LOCAL})?|_:[\w](?:[\w.\-]*[\w\-])?)
  | (?P<word>[^\W\d]\w*)
  | (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<open>[(\[{{])
  | (?P<close>[)\]}}])
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_UPDATE = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


class QueryRefused(QueryError):
    """The query asks for something this read-only, offline engine does not do (403)."""


class QueryTooBig(QueryRefused):
    """The query is longer or deeper than the engine can parse safely (413)."""


def _codepoint(match: re.Match[str]) -> str:
    value = int(match.group(1) or match.group(2), 16)
    return chr(value) if value <= 0x10FFFF else match.group()


def tokens(text: str) -> Iterator[tuple[str, str]]:
    """(kind, text) for every terminal of ``text``, white space and comments left out.

    ``\\uXXXX`` escapes are decoded first, as SPARQL allows them anywhere in a query.
    """
    for match in _TOKEN.finditer(_CODEPOINT.sub(_codepoint, text)):
        kind = match.lastgroup or "other"
        if kind not in ("space", "comment"):
            yield kind, match.group()


def check_query(text: str) -> None:
    """Refuse updates, ``SERVICE`` and queries too long or too deep for the parser."""
    if len(text) > MAX_QUERY:
        raise QueryTooBig(f"the query is {len(text)} characters long; the limit is {MAX_QUERY}")
    depth = 0
    prologue = True
    for count, (kind, value) in enumerate(tokens(text), 1):
        depth += (kind == "open") - (kind == "close")
        if count > MAX_TOKENS or depth > MAX_DEPTH:
            raise QueryTooBig(f"the query is too complex: at most {MAX_TOKENS} terms and "
                              f"{MAX_DEPTH} levels of brackets")
        if kind in ("word", "name") and "SERVICE" in value.upper():
            raise QueryRefused("SERVICE is refused: queries may not call other endpoints")
        if prologue and kind == "word" and value.upper() not in ("PREFIX", "BASE"):
            if value.upper() in _UPDATE:
                raise QueryRefused("SPARQL updates are refused: queries are read-only")
            prologue = False
