"""The graph as RDF: each relation instance is a node (n-ary pattern) plus a direct triple.

The vocabulary is the project ontology (``graph/data/ontology.ttl``, namespace ``ag:``) with
schema.org, PROV-O and SKOS where they fit. A relation node keeps its evidence (sentence,
offsets, trigger, confidence, date) and ``prov:wasDerivedFrom`` its article, so provenance is
never lost; the direct triple (``actor ag:accuses actor``) serves simple queries.

:func:`to_rdf` gives one complete graph. :func:`to_dataset` gives the same triples split into
named graphs: actor descriptions in the default graph, and each article's relations, direct
triples and description in the article's graph ``<base>graph/<doc id>``, so that re-processing
an article replaces one graph. Queries over the dataset must read the union of its graphs
(pyoxigraph: ``Store.query(q, use_default_graph_as_union=True)``; rdflib:
``Dataset(default_union=True)``).

>>> from actorgraph.graph.model import Actor, Evidence, Relation
>>> from actorgraph.graph.build import from_records
>>> ev = Evidence("d1", "Iran blamed Israel.", 0, 19, "blamed")
>>> g = from_records([Actor("iran", "Iran", "GOVERNMENT"), Actor("israel", "Israel", "GOVERNMENT")],
...                  [Relation("r-1", "ACCUSE", "iran", "israel", "Iran", "Israel", ev)])
>>> rdf = to_rdf(g)
>>> (actor_iri("iran"), AG.accuses, actor_iri("israel")) in rdf
True
>>> from_rdf(rdf)[1][0].evidence.sentence
'Iran blamed Israel.'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, SKOS
from rdflib.term import Node

from actorgraph.graph.errors import ArgumentError, InputError
from actorgraph.graph.formats import FORMATS, NAMED, format_name, normalize_format
from actorgraph.graph.model import Actor, Article, Evidence, Relation, mode_of

__all__ = [
    "AG",
    "DEFAULT_BASE",
    "FORMATS",
    "KIND_CLASSES",
    "ONTOLOGY",
    "SCHEMA",
    "SHAPES",
    "WIKIDATA",
    "Violation",
    "actor_iri",
    "article_iri",
    "check_base",
    "format_of",
    "from_rdf",
    "graph_iri",
    "normalize_format",
    "read_rdf",
    "relation_class",
    "relation_iri",
    "relation_predicate",
    "serialize",
    "statements",
    "to_dataset",
    "to_rdf",
    "union_graph",
    "validate_rdf",
]

DEFAULT_BASE = "https://actorgraph.org/id/"
AG = Namespace("https://actorgraph.org/ontology#")
SCHEMA = Namespace("https://schema.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

# rdf:type by actor kind; every actor is also an ag:Actor.
KIND_CLASSES: dict[str, tuple[URIRef, ...]] = {
    "PERSON": (SCHEMA.Person,),
    "GOVERNMENT": (SCHEMA.GovernmentOrganization, AG.Government),
    "ORGANIZATION": (SCHEMA.Organization,),
    "GROUP": (AG.Group,),
}
# The three core verbs read as English; the other types keep their lowerCamel name.
_VERBS = {"ACCUSE": "accuses", "THREATEN": "threatens", "SANCTION": "sanctions"}

# Package data: the ontology and the SHACL shapes every export satisfies.
ONTOLOGY = files("actorgraph.graph") / "data" / "ontology.ttl"
SHAPES = files("actorgraph.graph") / "data" / "shapes.ttl"
_SURROGATE = re.compile("[\ud800-\udfff]")


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]*")


def check_base(base: str) -> str:
    """A base IRI for instances: absolute, nothing that needs escaping; ``/`` added unless it
    ends in ``/`` or ``#``. Anything else is an ArgumentError."""
    if not _IRI.fullmatch(base):
        raise ArgumentError(f"--base-iri must be an absolute IRI such as {DEFAULT_BASE}, "
                         f"got {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def _segment(text: str) -> str:
    """One IRI path segment from any string: only unreserved ASCII and %XX remain."""
    return quote(text, safe="", errors="surrogatepass")


def actor_iri(actor_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}actor/{_segment(actor_id)}")


def relation_iri(relation_id: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}relation/{_segment(relation_id)}")


def article_iri(doc: str, base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}article/{_segment(doc)}")


def graph_iri(doc: str, base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds what one article says."""
    return URIRef(f"{base}graph/{_segment(doc)}")


def _camel(type_: str) -> str:
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", type_) if part)


def relation_class(type_: str) -> URIRef:
    """``"ACCUSE"`` -> ``ag:Accuse``; ``"REDUCE_RELATIONS"`` -> ``ag:ReduceRelations``."""
    return AG[_camel(type_) or "Relation"]


def relation_predicate(type_: str) -> URIRef:
    """The direct triple's predicate: ``ag:accuses``, ``ag:threatens``, ``ag:sanctions``, else
    the lowerCamel type (``ag:assault``, ``ag:reduceRelations``)."""
    if type_ in _VERBS:
        return AG[_VERBS[type_]]
    camel = _camel(type_) or "related"
    return AG[camel[0].lower() + camel[1:]]


def _text(value: Any) -> Literal:
    """A plain string literal; lone surrogates (not encodable text) become U+FFFD."""
    return Literal(_SURROGATE.sub("\ufffd", str(value)))


def _integer(value: Any) -> Literal:
    return Literal(int(value), datatype=XSD.integer)


def _decimal(value: Any) -> Literal:
    """xsd:decimal from the shortest repr of a float, so it reads back as the same float;
    at most 18 decimal places, as many as triple stores such as Oxigraph keep."""
    number = Decimal(repr(float(value)))
    if number.is_finite() and int(number.as_tuple().exponent) < -18:
        number = number.quantize(Decimal("1e-18"))
    return Literal(format(number, "f"), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    """xsd:date when ``value`` is an ISO date; otherwise kept as a plain string."""
    try:
        if len(value) == 10 and datetime.date.fromisoformat(value):
            return Literal(value, datatype=XSD.date)
    except ValueError:
        pass
    return _text(value)


Triple = tuple[Node, Node, Node]


def _country_nodes(graph: nx.MultiDiGraph) -> dict[str, str]:
    """ISO code -> the GOVERNMENT actor of that country in the graph (most mentioned)."""
    best: dict[str, tuple[int, str]] = {}
    for node, data in graph.nodes(data=True):
        code = data.get("country")
        if data.get("kind") == "GOVERNMENT" and code:
            rank = (-int(data.get("mentions") or 0), str(node))
            best[code] = min(best.get(code, rank), rank)
    return {code: node for code, (_, node) in best.items()}


def _actor_triples(node: str, data: Mapping[str, Any], base: str,
                   countries: Mapping[str, str]) -> Iterator[Triple]:
    actor = actor_iri(node, base)
    kind = data.get("kind") or ""
    yield actor, RDF.type, AG.Actor
    for cls in KIND_CLASSES.get(kind, ()):
        yield actor, RDF.type, cls
    yield actor, RDFS.label, _text(data.get("label", node))
    yield actor, AG.kind, _text(kind)
    for alias in data.get("aliases") or ():
        yield actor, SKOS.altLabel, _text(alias)
    if data.get("sector"):
        yield actor, AG.sector, _text(data["sector"])
    yield actor, AG.mentions, _integer(data.get("mentions") or 0)
    code = data.get("country")
    if code:
        yield actor, AG.countryCode, _text(code)
        if code in countries and countries[code] != node:
            yield actor, AG.country, actor_iri(countries[code], base)
    if data.get("wikidata"):
        yield actor, SKOS.exactMatch, WIKIDATA[_segment(data["wikidata"])]


def _relation_triples(key: str, ends: tuple[str, str], data: Mapping[str, Any],
                      base: str) -> Iterator[Triple]:
    """The relation node; ``ends`` are the edge's actors (node-link files drop the fields)."""
    rel = relation_iri(key, base)
    source, target = actor_iri(ends[0], base), actor_iri(ends[1], base)
    yield rel, RDF.type, AG.Relation
    yield rel, RDF.type, relation_class(data["type"])
    yield rel, AG.relationType, _text(data["type"])
    yield rel, AG.source, source
    yield rel, AG.target, target
    yield rel, AG.evidence, _text(data["sentence"])
    yield rel, AG.trigger, _text(data["trigger"])
    yield rel, AG.start, _integer(data["start"])
    yield rel, AG.end, _integer(data["end"])
    yield rel, AG.confidence, _decimal(data["confidence"])
    if data.get("date"):
        yield rel, AG.date, _date(data["date"])
    mode = mode_of(data)
    yield rel, AG.mode, _text(mode)
    if mode != "asserted":  # the older flag, kept for one release
        yield rel, AG.negated, Literal(True)
    if data.get("family"):
        yield rel, AG.family, _text(data["family"])
    if data.get("extractor"):
        yield rel, AG.extractor, _text(data["extractor"])
    yield rel, PROV.wasDerivedFrom, article_iri(data["doc"], base)
    if mode == "asserted":
        yield source, relation_predicate(data["type"]), target


def _article_triples(doc: str, meta: Mapping[str, Any], base: str) -> Iterator[Triple]:
    article = article_iri(doc, base)
    yield article, RDF.type, SCHEMA.NewsArticle
    yield article, SCHEMA.identifier, _text(doc)
    if meta.get("date"):
        yield article, SCHEMA.datePublished, _date(meta["date"])
    if meta.get("title"):
        yield article, SCHEMA.headline, _text(meta["title"])
    if meta.get("url"):
        yield article, SCHEMA.url, _text(meta["url"])


def _article_meta(graph: nx.MultiDiGraph,
                  articles: Iterable[Article] | None) -> dict[str, dict[str, Any]]:
    """Each article's metadata: the records given, else what the relations know (the date)."""
    meta: dict[str, dict[str, Any]] = {}
    for article in articles or ():
        meta[article.id] = {"date": article.date, "title": article.title, "url": article.url}
    for _, _, data in sorted(graph.edges(data=True), key=lambda e: e[2]["id"]):
        entry = meta.setdefault(data["doc"], {"date": None})
        for key in ("date", "title", "url"):  # relations carry their article's metadata
            entry[key] = entry.get(key) or data.get(key)
    return meta


def _bind(store: Graph) -> None:
    for prefix, namespace in (("ag", AG), ("schema", SCHEMA), ("prov", PROV), ("skos", SKOS),
                              ("wd", WIKIDATA)):
        store.bind(prefix, namespace)


def statements(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE,
               articles: Iterable[Article] | None = None,
               countries: Mapping[str, str] | None = None,
               ) -> Iterator[tuple[str | None, Triple]]:
    """(article id, or None for the default graph; triple) for everything the graph says,
    in a stable order: the one mapping behind every serialiser."""
    known = {**_country_nodes(graph), **(countries or {})}
    for node, data in sorted(graph.nodes(data=True), key=lambda n: str(n[0])):
        for triple in _actor_triples(str(node), data, base, known):
            yield None, triple
    for doc, meta in sorted(_article_meta(graph, articles).items()):
        for triple in _article_triples(doc, meta, base):
            yield doc, triple
    for u, v, key, data in sorted(graph.edges(keys=True, data=True), key=lambda e: str(e[2])):
        for triple in _relation_triples(str(key), (str(u), str(v)), data, base):
            yield data["doc"], triple


def to_rdf(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE,
           articles: Iterable[Article] | None = None,
           countries: Mapping[str, str] | None = None) -> Graph:
    """Map actors, relation instances and articles to one complete rdflib Graph.

    ``articles`` adds headlines and URLs (else an article is known by its id and date);
    ``countries`` maps ISO codes to the gazetteer's country actor ids, so that ``ag:country``
    links even when the country itself is not in the graph.
    """
    rdf = Graph()
    _bind(rdf)
    for _, triple in statements(graph, base, articles, countries):
        rdf.add(triple)
    return rdf


def to_dataset(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE,
               articles: Iterable[Article] | None = None,
               countries: Mapping[str, str] | None = None) -> Dataset:
    """The triples of :func:`to_rdf` with one named graph per article (see the module notes)."""
    dataset = Dataset()
    _bind(dataset)
    named: dict[str, Graph] = {}
    for doc, triple in statements(graph, base, articles, countries):
        if doc is None:
            dataset.default_graph.add(triple)
        else:
            if doc not in named:
                named[doc] = dataset.graph(graph_iri(doc, base))
            named[doc].add(triple)
    return dataset


def union_graph(rdf: Graph) -> Graph:
    """All triples of a Dataset's graphs in one Graph (a plain Graph is returned as is)."""
    if not isinstance(rdf, Dataset):
        return rdf
    union = Graph()
    _bind(union)
    for s, p, o, _ in rdf.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _local(iri: Node | str) -> str:
    """The id an IRI was minted from: its last path segment, %-decoded."""
    return unquote(str(iri).rsplit("/", 1)[-1], errors="surrogatepass")


def _need(rdf: Graph, subject: Node, prop: URIRef) -> Node:
    value = rdf.value(subject, prop)
    if value is None:
        raise InputError(f"<{subject}> has no {rdf.namespace_manager.normalizeUri(prop)}")
    return value


def _optional(rdf: Graph, subject: Node, prop: URIRef) -> str | None:
    value = rdf.value(subject, prop)
    return None if value is None else str(value)


def _read_actor(rdf: Graph, node: Node) -> Actor:
    wikidata = _optional(rdf, node, SKOS.exactMatch)
    return Actor(
        id=_local(node), label=str(_need(rdf, node, RDFS.label)),
        kind=str(_need(rdf, node, AG.kind)),
        country=_optional(rdf, node, AG.countryCode), sector=_optional(rdf, node, AG.sector),
        aliases=tuple(sorted(str(a) for a in rdf.objects(node, SKOS.altLabel))),
        mentions=int(str(rdf.value(node, AG.mentions) or 0)),
        wikidata=_local(wikidata) if wikidata and wikidata.startswith(str(WIKIDATA)) else None)


def _read_relation(rdf: Graph, node: Node, labels: Mapping[Node, str]) -> Relation:
    source, target = _need(rdf, node, AG.source), _need(rdf, node, AG.target)
    article = _need(rdf, node, PROV.wasDerivedFrom)
    doc = _optional(rdf, article, SCHEMA.identifier) or _local(article)
    evidence = Evidence(doc, str(_need(rdf, node, AG.evidence)),
                        int(str(_need(rdf, node, AG.start))), int(str(_need(rdf, node, AG.end))),
                        str(_need(rdf, node, AG.trigger)), _optional(rdf, node, AG.date))
    mode = mode_of({"mode": _optional(rdf, node, AG.mode),
                    "negated": str(rdf.value(node, AG.negated)) in ("true", "1")})
    return Relation(
        id=_local(node), type=str(_need(rdf, node, AG.relationType)),
        source=_local(source), target=_local(target),
        source_label=labels.get(source, _local(source)),
        target_label=labels.get(target, _local(target)), evidence=evidence,
        confidence=float(Decimal(str(_need(rdf, node, AG.confidence)))),
        mode=mode, extractor=_optional(rdf, node, AG.extractor) or "rules.v1",
        family=_optional(rdf, node, AG.family))


def from_rdf(rdf: Graph) -> tuple[list[Actor], list[Relation]]:
    """Actors and relations back from RDF written by :func:`to_rdf` or :func:`to_dataset`.

    Everything of the records comes back except the actors' merge reasons (``merged_from``),
    which the export does not carry. Lists are sorted by id.
    """
    rdf = union_graph(rdf)
    try:
        actors = sorted((_read_actor(rdf, node) for node in set(rdf.subjects(RDF.type, AG.Actor))),
                        key=lambda a: a.id)
        labels = {actor_node: str(rdf.value(actor_node, RDFS.label))
                  for actor_node in rdf.subjects(RDF.type, AG.Actor)}
        relations = sorted((_read_relation(rdf, node, labels)
                            for node in set(rdf.subjects(RDF.type, AG.Relation))),
                           key=lambda r: r.id)
    except (ValueError, TypeError, InvalidOperation) as err:
        raise InputError(f"RDF does not describe actorgraph records: {err}") from err
    return actors, relations


def serialize(rdf: Graph, fmt: str) -> str:
    """Text of ``rdf`` in ``fmt``; N-Triples and N-Quads lines sorted, for byte-stable files.
    A Dataset written in a triple format gives the union of its graphs."""
    fmt = normalize_format(fmt)
    plugin, quads = FORMATS[fmt].media_type, fmt in NAMED
    if not quads:
        rdf = union_graph(rdf)  # a triple format holds every graph's triples
    elif not rdf.context_aware:
        dataset = Dataset()
        for triple in rdf:
            dataset.add(triple)
        rdf = dataset
    text = rdf.serialize(format=plugin)
    if fmt in ("nt", "nquads"):
        # split on "\n" only: str.splitlines() also breaks at \x0c, \x85, \u2028 in literals
        text = "".join(sorted(line + "\n" for line in text.split("\n") if line.strip()))
    return text


def format_of(path: Path) -> str:
    """The RDF format a file name stands for (``graph.nq`` -> ``nquads``)."""
    return format_name(path)


def _remote_context(value: Any) -> bool:
    """Whether JSON-LD names a context by IRI anywhere (which rdflib would fetch)."""
    if isinstance(value, dict):
        return any((key in ("@context", "@import") and _names_iri(item)) or _remote_context(item)
                   for key, item in value.items())
    return isinstance(value, list) and any(_remote_context(item) for item in value)


def _names_iri(context: Any) -> bool:
    if isinstance(context, list):
        return any(_names_iri(item) for item in context)
    return isinstance(context, str) or _remote_context(context)


def _check_json_ld(data: bytes, path: Path) -> None:
    """Refuse JSON-LD that would make the parser fetch a context from the network."""
    import json

    try:
        document = json.loads(data)
    except ValueError as err:
        raise InputError(f"{path}: not valid json-ld: {err}") from err
    if _remote_context(document):
        raise InputError(f"{path}: JSON-LD with a remote @context is not read (nothing is "
                         "fetched); expand it or inline the context")


def read_rdf(path: Path, fmt: str | None = None) -> Dataset:
    """Parse an RDF file into a Dataset (triple formats land in its default graph).

    A file that is not RDF in that format is an InputError naming the file and the problem.
    """
    path = Path(path)
    fmt = normalize_format(fmt) if fmt else format_of(path)
    plugin = FORMATS[fmt].media_type
    dataset = Dataset()
    try:
        data = path.read_bytes()
        if fmt == "json-ld":
            _check_json_ld(data, path)
        if fmt in NAMED:
            dataset.parse(data=data, format=plugin)
        else:
            dataset.default_graph.parse(data=data, format=plugin)
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err
    except InputError:
        raise
    except Exception as err:  # rdflib's parsers raise many types; all mean "not this format"
        raise InputError(f"{path}: {_not_rdf(err, fmt)}") from err
    if not any(True for _ in dataset.quads((None, None, None, None))):
        raise InputError(f"{path}: no RDF statements in it (is it {fmt}?)")
    return dataset


def _not_rdf(err: Exception, fmt: str) -> str:
    """Why a file is not RDF of that format, in words a user can act on."""
    line = getattr(err, "lines", None)  # rdflib's Turtle/N3 parser: 0-based line number
    why = str(getattr(err, "_why", "") or err).replace(" of <>", "")
    why = re.sub(r"Keyword '(.*?)' was ancient N3.*", r"unexpected word '\1'", why)
    why = " ".join(why.split())[:160] or type(err).__name__
    where = f" (line {line + 1})" if isinstance(line, int) else ""
    return f"not valid {fmt}{where}: {why}; is it an RDF file in that format?"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node at fault, the property and the shape's message."""

    focus: str
    path: str
    message: str


def validate_rdf(rdf: Graph) -> list[Violation]:
    """Check ``rdf`` (a Dataset is validated as the union of its graphs) against the SHACL
    shapes and the ontology; an empty list means it conforms. Needs pyshacl."""
    try:
        from pyshacl import validate
    except ImportError as err:
        raise ArgumentError("validating needs pyshacl: pip install 'actorgraph[rdf]'") from err
    shapes = Graph().parse(data=SHAPES.read_text(encoding="utf-8"), format="turtle")
    ontology = Graph().parse(data=ONTOLOGY.read_text(encoding="utf-8"), format="turtle")
    conforms, report, _ = validate(union_graph(rdf), shacl_graph=shapes, ont_graph=ontology)
    if conforms:
        return []
    sh = Namespace("http://www.w3.org/ns/shacl#")
    found = {Violation(str(report.value(r, sh.focusNode)), str(report.value(r, sh.resultPath)),
                       str(report.value(r, sh.resultMessage)))
             for r in report.subjects(RDF.type, sh.ValidationResult)}
    return sorted(found, key=lambda v: (v.focus, v.path, v.message))
