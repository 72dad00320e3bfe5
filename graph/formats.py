"""The one table of RDF and SPARQL result formats, derived from pyoxigraph's own.

pyoxigraph's ``RdfFormat`` and ``QueryResultsFormat`` know each format's file extension,
media type and whether it holds named graphs; rdflib registers its plugins under the same
media types. Here they get the short names the command line uses, and aliases derived from
them (extension, official name, media type).

>>> rdf_format("ttl") is FORMATS["turtle"]
True
>>> format_name("graph.nq"), "nquads" in NAMED
('nquads', True)
>>> media_name("application/sparql-results+json; charset=utf-8")
'json'
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from actorgraph.graph.errors import ArgumentError, InputError

__all__ = ["FORMATS", "GRAPH_RESULTS", "NAMED", "READABLE", "RESULTS", "format_name", "media_name",
           "normalize_format", "rdf_format"]

# The RDF formats a build writes, by the names the command line uses.
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
}
# Those written with one named graph per article. JSON-LD could hold graphs too, but a build
# writes it as plain triples, as most JSON-LD readers expect.
NAMED = frozenset({"trig", "nquads"})
# ... and those a query reads too.
READABLE = {**FORMATS, "rdf-xml": ox.RdfFormat.RDF_XML}
RESULTS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
# A CONSTRUCT result asked for by a result format's name gets the nearest RDF format.
GRAPH_RESULTS = {"json": ox.RdfFormat.JSON_LD, "xml": ox.RdfFormat.RDF_XML,
                 "csv": ox.RdfFormat.N_TRIPLES, "tsv": ox.RdfFormat.N_TRIPLES,
                 "table": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE,
                 "nt": ox.RdfFormat.N_TRIPLES}


def _aliases(name: str, fmt: ox.RdfFormat) -> dict[str, str]:
    official = fmt.name.lower()
    return {key: name for key in (name, fmt.file_extension, official, official.replace("-", ""),
                                  official.replace("/", "-"), fmt.media_type)}


_ALIASES = {k: v for name, fmt in READABLE.items() for k, v in _aliases(name, fmt).items()}
_ALIASES["owl"] = "rdf-xml"
_MEDIA = {**{fmt.media_type.split(";")[0]: name for name, fmt in RESULTS.items()},
          **{fmt.media_type: name for name, fmt in GRAPH_RESULTS.items()
             if GRAPH_RESULTS[name] is not ox.RdfFormat.N_TRIPLES or name == "nt"},
          "application/json": "json", "application/xml": "xml", "text/xml": "xml",
          **{name: name for name in (*RESULTS, "turtle", "nt")},
          "json-ld": "json", "rdf+xml": "xml"}


def normalize_format(name: str, known: dict[str, ox.RdfFormat] = FORMATS) -> str:
    """Our name for an RDF format (``ttl`` -> ``turtle``); unknown names are a ArgumentError."""
    key = _ALIASES.get(name.strip().lower(), "")
    if key not in known:
        raise ArgumentError(f"unknown RDF format {name!r} (known: {', '.join(known)})")
    return key


def rdf_format(name: str) -> ox.RdfFormat:
    """pyoxigraph's format for one of our names or aliases."""
    return READABLE[normalize_format(name, READABLE)]


def format_name(path: Path | str, known: dict[str, ox.RdfFormat] = FORMATS) -> str:
    """The RDF format a file name stands for (``graph.nq`` -> ``nquads``); else InputError."""
    suffix = Path(path).suffix.lstrip(".").lower()
    suffix = {"json": "json-ld", "ntriples": "nt"}.get(suffix, suffix)
    if _ALIASES.get(suffix) not in known:
        suffixes = ", ".join(sorted({"." + f.file_extension for f in known.values()}))
        given = Path(path).suffix or "(no extension)"
        raise InputError(f"{path}: cannot tell the RDF format from the file name: unknown "
                         f"RDF format {given!r} (known suffixes: {suffixes})")
    return _ALIASES[suffix]


def media_name(media: str) -> str | None:
    """Our result format name for a media type or a ``format=`` value, or None."""
    return _MEDIA.get(media.split(";")[0].strip().lower())
