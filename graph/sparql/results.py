"""Query results written out: an aligned table, CSV, TSV, SPARQL JSON or SPARQL XML.

The writers follow the W3C result formats (SPARQL 1.1 Query Results JSON, CSV/TSV and XML),
so any client reads them; the table is for people, with IRIs shortened by the usual prefixes
and control characters made visible. CONSTRUCT results are RDF and use RDF serialisations.

>>> import pyoxigraph as ox
>>> result = Result("select", ["who"], [(ox.Literal("Iran"),)])
>>> format_result(result, "tsv")
b'?who\\n"Iran"\\n'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from actorgraph.graph.errors import QueryError
from actorgraph.graph.formats import GRAPH_RESULTS, RESULTS

__all__ = ["DEFAULT_PREFIXES", "ID_BASE", "RESULT_FORMATS", "Result", "format_result",
           "media_type", "show_term", "term_json"]

DEFAULT_PREFIXES = {
    "ag": "https://actorgraph.org/ontology#",
    "schema": "https://schema.org/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


@dataclass
class Result:
    """A query's answer, read in full: solutions, a boolean (ASK) or triples (CONSTRUCT)."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)
    truncated: bool = False
    seconds: float = 0.0

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)


RESULT_FORMATS = ("table", *RESULTS)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def media_type(result: Result, fmt: str) -> str:
    """The Content-Type of ``result`` written as ``fmt``."""
    if result.kind == "graph":
        media: str = GRAPH_RESULTS[fmt].media_type
        return media + ("; charset=utf-8" if media.startswith("text/") else "")
    return "text/plain; charset=utf-8" if fmt == "table" else str(RESULTS[fmt].media_type)


def format_result(result: Result, fmt: str, *, width: int = 60) -> bytes:
    """Write a result as an aligned table, CSV, TSV, SPARQL JSON or SPARQL XML."""
    if fmt not in RESULT_FORMATS and fmt not in GRAPH_RESULTS:
        raise QueryError(f"unknown result format {fmt!r} (known: {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        prefixes = DEFAULT_PREFIXES if GRAPH_RESULTS[fmt] is ox.RdfFormat.TURTLE else None
        out = ox.serialize(result.triples, format=GRAPH_RESULTS[fmt], prefixes=prefixes)
        return out or b""
    writer = {"table": lambda r: _table(r, width), "csv": _csv, "tsv": _tsv, "json": _json,
              "xml": _xml}[fmt]
    return writer(result).encode("utf-8")


def term_json(term: Any) -> dict[str, Any]:
    """One RDF term in the SPARQL 1.1 Query Results JSON format."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject),
                                            "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    data = {"type": "literal", "value": term.value}
    if term.language:
        data["xml:lang"] = term.language
    elif term.datatype.value != _XSD_STRING:
        data["datatype"] = term.datatype.value
    return data


def _json(result: Result) -> str:
    import json

    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: term_json(term) for name, term in zip(result.variables, row, strict=True)
                 if term is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)


def _plain(term: Any) -> str:
    """A term's plain value (CSV): IRIs and literals bare, blank nodes as ``_:id``."""
    if term is None:
        return ""
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else str(
        term if isinstance(term, ox.Triple) else term.value)


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if re.search(r'[",\r\n]', text) else text


def _csv(result: Result) -> str:
    if result.kind == "ask":
        return f"_askResult\r\n{str(result.boolean).lower()}\r\n"
    lines = [",".join(result.variables)]
    lines += [",".join(_csv_cell(_plain(t)) for t in row) for row in result.rows]
    return "\r\n".join(lines) + "\r\n"


def _tsv(result: Result) -> str:
    """TSV cells are terms in N-Triples syntax, so tabs and newlines in literals are escaped."""
    if result.kind == "ask":
        return f"?_askResult\n{str(result.boolean).lower()}\n"
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def _xml(result: Result) -> str:
    from xml.sax.saxutils import escape, quoteattr

    head = ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
    if result.kind == "ask":
        return f"{head}</head>\n<boolean>{str(result.boolean).lower()}</boolean>\n</sparql>\n"
    parts = [head, *(f"<variable name={quoteattr(v)}/>" for v in result.variables),
             "</head>\n<results>"]
    for row in result.rows:
        pairs = zip(result.variables, row, strict=True)
        cells = "".join(f"<binding name={quoteattr(name)}>{_xml_term(term, escape)}</binding>"
                        for name, term in pairs if term is not None)
        parts.append(f"<result>{cells}</result>")
    parts.append("</results>\n</sparql>\n")
    return "\n".join(parts)


# Line breaks and tabs as character references: XML parsers normalise a raw CR to LF, and
# some trim the whitespace around text.
_XML_SPACE = {"\r": "&#13;", "\n": "&#10;", "\t": "&#9;"}


def _xml_term(term: Any, escape: Any) -> str:
    from actorgraph.graph.io import xml_safe

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(xml_safe(term.value))}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return f"<literal>{escape(xml_safe(str(term)))}</literal>"
    attr = (f' xml:lang="{escape(term.language)}"' if term.language else
            f' datatype="{escape(term.datatype.value)}"'
            if term.datatype.value != _XSD_STRING else "")
    text = escape(xml_safe(term.value), _XML_SPACE)
    body = text.strip(" ")
    if body != text:  # outer spaces as references too: some parsers trim text content
        start = text.index(body) if body else len(text)
        text = "&#32;" * start + body + "&#32;" * (len(text) - start - len(body))
    return f"<literal{attr}>{text}</literal>"


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
ID_BASE = "https://actorgraph.org/id/"


def show_term(term: Any, width: int | None = None) -> str:
    """A term as a person reads it: IRIs with known prefixes, literals bare, on one line.

    Control and bidi-override characters become visible escapes, so hostile text cannot move
    the terminal's cursor or reorder what the table shows.
    """
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        text = term.value
        for name, iri in (("id", ID_BASE), *DEFAULT_PREFIXES.items()):
            if text.startswith(iri) and len(text) > len(iri):
                text = f"{name}:{text[len(iri):]}"
                break
        else:
            text = f"<{text}>"
    else:
        text = _plain(term)
    text = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if width is not None and len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _table(result: Result, width: int) -> str:
    if result.kind == "ask":
        return ("yes" if result.boolean else "no") + "\n"
    header = list(result.variables)
    body = [[show_term(t, width) for t in row] for row in result.rows]
    sizes = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    lines = ["  ".join(c.ljust(s) for c, s in zip(cells, sizes, strict=True)).rstrip()
             for cells in [header, ["-" * s for s in sizes], *body]]
    return "\n".join(lines) + "\n"
