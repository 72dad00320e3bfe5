"""SPARQL over the graph's RDF: sources, guarded queries, results, the endpoint and push.

What lives here: ``guard`` (what a query may ask, decided on its tokens), ``query`` (a store
answering in this process), ``syntax`` (a parser error explained on one line), ``sources``
(files, build directories, persistent stores), ``pool`` (worker processes that are killed on
timeout and replaced), ``results`` (the W3C result formats and a table), ``examples`` (the
shipped queries), ``protocol``, ``page`` and ``endpoint`` (the SPARQL 1.1 Protocol server)
and ``push`` (the Graph Store Protocol client).

What it may import: the standard library, pyoxigraph, and ``actorgraph.graph.errors`` and
``actorgraph.graph.formats`` (and ``actorgraph.graph.io`` for XML-safe text). Nothing here
imports spaCy, pyvis, ``extract`` or ``viz``; the command line (``actorgraph.commands.sparql``)
is a thin layer over this package.

>>> store = open_source_text('<urn:a> <urn:p> "x" .', "nt")
>>> print(format_result(store.query("SELECT ?o WHERE { ?s ?p ?o }"), "csv").decode().strip())
o\r
x
"""

from __future__ import annotations

from actorgraph.graph.sparql.examples import Example, example, examples, parse_binding
from actorgraph.graph.sparql.guard import QueryRefused, QueryTooBig, check_query
from actorgraph.graph.sparql.query import QueryStore, QueryTimeout
from actorgraph.graph.sparql.results import (
    DEFAULT_PREFIXES,
    ID_BASE,
    RESULT_FORMATS,
    Result,
    format_result,
    media_type,
    show_term,
    term_json,
)
from actorgraph.graph.sparql.sources import (
    OUTPUT_NAMES,
    bulk_load,
    open_source,
    open_source_text,
    rdf_format,
    source_file,
)

__all__ = [
    "DEFAULT_PREFIXES", "ID_BASE", "OUTPUT_NAMES", "RESULT_FORMATS", "Example", "QueryRefused",
    "QueryStore", "QueryTimeout", "QueryTooBig", "Result", "bulk_load", "check_query",
    "example", "examples", "format_result", "media_type", "open_source", "open_source_text",
    "parse_binding", "rdf_format", "show_term", "source_file", "term_json",
]
