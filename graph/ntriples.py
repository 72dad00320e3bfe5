"""The RDF of relation rows as N-Triples text, for streaming a build of any size.

The same terms as :mod:`actorgraph.graph.rdf` (a test compares them on random records), but
written as text per relation instead of rdflib objects, about ten times faster; pyoxigraph
parses the text and serialises it, so the bytes of every format are the ones pyoxigraph gives
for the same triples. Lines come sorted by (subject, predicate, object) in N-Triples form, the
order of every output file. ``end`` closes each line: ``" .\\n"`` for N-Triples, or the graph
name and ``" .\\n"`` for N-Quads.

>>> row = {"id": "r-1", "doc": "d1", "type": "ACCUSE", "source": "iran", "target": "usa",
...        "sentence": 'Iran said "no".', "start": 0, "end": 15, "trigger": "said",
...        "confidence": 0.9, "date": None, "negated": False, "extractor": "rules.v1"}
>>> relation_text(row, "https://x.org/").splitlines()[1]
'<https://x.org/relation/r-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> \
<https://actorgraph.org/ontology#Relation> .'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, XSD
from rdflib.namespace import PROV

from actorgraph.graph.model import mode_of
from actorgraph.graph.rdf import (
    _SURROGATE,
    AG,
    SCHEMA,
    _date,
    _decimal,
    _segment,
    relation_class,
    relation_predicate,
)

__all__ = ["article_text", "direct_text", "iri", "iri_key", "relation_text"]



def _escapes() -> dict[int, str]:
    """The characters pyoxigraph escapes in N-Triples literals, as it escapes them (asked once,
    so that text written here is byte for byte what pyoxigraph writes)."""
    table = {}
    for code in [*range(0x20), 0x22, 0x5C, 0x7F, 0xFFFE, 0xFFFF]:
        triple = ox.Triple(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(chr(code)))
        table[code] = str(triple.object)[1:-1]
    return table


_ESCAPES = _escapes()
_PLAIN = re.compile(r"[A-Za-z0-9_.~-]+")  # what percent-encoding leaves as it is
_INTEGER, _TRUE = f"^^<{XSD.integer}>", f'"true"^^<{XSD.boolean}>'
_RELATION = {name: f"<{AG[name]}>" for name in (
    "confidence", "date", "end", "evidence", "extractor", "family", "mode", "negated",
    "relationType", "source", "start", "target", "trigger")}
_RELATION |= {"type": f"<{RDF.type}>", "from": f"<{PROV.wasDerivedFrom}>"}
_ORDER = sorted(_RELATION, key=_RELATION.__getitem__)  # predicates in N-Triples order
_ARTICLE = sorted((("type", f"<{RDF.type}>"), ("date", f"<{SCHEMA.datePublished}>"),
                   ("title", f"<{SCHEMA.headline}>"), ("id", f"<{SCHEMA.identifier}>"),
                   ("url", f"<{SCHEMA.url}>")), key=lambda pair: pair[1])


def _quote(ident: str) -> str:
    return ident if _PLAIN.fullmatch(ident) else _segment(ident)


def iri(base: str, kind: str, ident: str) -> str:
    """``<base kind/ident>``, the identifier percent-encoded as :mod:`~.rdf` does."""
    return f"<{base}{kind}/{_quote(ident)}>"


@functools.lru_cache(maxsize=65536)
def _actor(base: str, ident: str) -> str:
    return iri(base, "actor", ident)


def iri_key(ident: str) -> str:
    """Sort key of an identifier in IRI order (``a1`` sorts after ``a10``, as ``<..a1>`` does)."""
    return _quote(ident) + ">"


def _literal(text: Any) -> str:
    return '"' + _SURROGATE.sub("\ufffd", str(text)).translate(_ESCAPES) + '"'


@functools.lru_cache(maxsize=4096)
def _typed(kind: str, value: Any) -> str:
    """Literals that repeat (confidences, dates) are formatted once."""
    term = _decimal(value) if kind == "decimal" else _date(value)
    suffix = f"^^<{term.datatype}>" if term.datatype is not None else ""
    return '"' + str(term).translate(_ESCAPES) + '"' + suffix


@functools.lru_cache(maxsize=256)
def _classes(type_: str) -> tuple[str, ...]:
    return tuple(sorted((f"<{AG.Relation}>", f"<{relation_class(type_)}>")))


@functools.lru_cache(maxsize=256)
def _predicate(type_: str) -> str:
    return f"<{relation_predicate(type_)}>"


def relation_text(row: Mapping[str, Any], base: str, end: str = " .\n") -> str:
    """The relation node of one ``relations.jsonl`` row (not its direct triple)."""
    objects: dict[str, tuple[str, ...]] = {
        "type": _classes(row["type"]), "relationType": (_literal(row["type"]),),
        "source": (_actor(base, row["source"]),), "target": (_actor(base, row["target"]),),
        "evidence": (_literal(row["sentence"]),), "trigger": (_literal(row["trigger"]),),
        "start": (f'"{int(row["start"])}"{_INTEGER}',), "end": (f'"{int(row["end"])}"{_INTEGER}',),
        "confidence": (_typed("decimal", float(row["confidence"])),),
        "from": (iri(base, "article", row["doc"]),),
    }
    if row.get("date"):
        objects["date"] = (_typed("date", row["date"]),)
    mode = mode_of(row)
    objects["mode"] = (_literal(mode),)
    if mode != "asserted":  # the older flag, as rdf.py keeps it
        objects["negated"] = (_TRUE,)
    if row.get("family"):
        objects["family"] = (_literal(row["family"]),)
    if row.get("extractor"):
        objects["extractor"] = (_literal(row["extractor"]),)
    subject = iri(base, "relation", row["id"])
    return "".join(f"{subject} {_RELATION[name]} {o}{end}"
                   for name in _ORDER for o in objects.get(name, ()))


def direct_text(source: str, type_: str, target: str, base: str, end: str = " .\n") -> str:
    """The direct triple ``source ag:accuses target`` of a relation that is not negated."""
    return f"{_actor(base, source)} {_predicate(type_)} {_actor(base, target)}{end}"


def article_text(doc: str, meta: Mapping[str, Any], base: str, end: str = " .\n") -> str:
    """An article as :mod:`~.rdf` describes it from its relations (``meta``: date, title and
    url, each from the first relation that has it)."""
    objects = {"type": f"<{SCHEMA.NewsArticle}>", "id": _literal(doc),
               "date": _typed("date", meta["date"]) if meta.get("date") else None,
               "title": _literal(meta["title"]) if meta.get("title") else None,
               "url": _literal(meta["url"]) if meta.get("url") else None}
    subject = iri(base, "article", doc)
    return "".join(f"{subject} {p} {objects[name]}{end}" for name, p in _ARTICLE
                   if objects[name] is not None)
