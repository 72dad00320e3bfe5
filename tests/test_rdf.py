"""The RDF export: vocabulary, named graphs, formats, round trip, SHACL shapes and the CLI.

The sample graph is written for these tests (Kenya, Somalia, al-Shabaab); the seeds' graph is
checked against the shapes once, in a slow test.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib import plugin as rdflib_plugin
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, SKOS
from rdflib.parser import Parser
from rdflib.query import ResultRow
from rdflib.serializer import Serializer

from actorgraph.graph.build import from_records
from actorgraph.graph.errors import ArgumentError, InputError
from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import RELATION_TYPES, Actor, Article, Evidence, Relation
from actorgraph.graph.rdf import (
    AG,
    DEFAULT_BASE,
    FORMATS,
    ONTOLOGY,
    SCHEMA,
    WIKIDATA,
    actor_iri,
    article_iri,
    check_base,
    from_rdf,
    graph_iri,
    normalize_format,
    read_rdf,
    relation_class,
    relation_iri,
    relation_predicate,
    serialize,
    to_dataset,
    to_rdf,
    union_graph,
    validate_rdf,
)

if TYPE_CHECKING:
    from actorgraph.pipeline import BuildResult


ACTORS = [
    Actor("kenya", "Kenya", "GOVERNMENT", "KEN", "GOV", ("Nairobi",), 4, "Q114"),
    Actor("somalia", "Somalia", "GOVERNMENT", "SOM", "GOV", ("Mogadishu",), 3, "Q1045"),
    Actor("william-ruto", "William Ruto", "PERSON", "KEN", "GOV", ("President Ruto", "Ruto"), 2),
    Actor("al-shabaab", "al-Shabaab", "ORGANIZATION", "SOM", "REBEL", (), 3),
    Actor("traders", "traders", "GROUP", "KEN", "CIVILIAN", (), 1),
    Actor("eu", "European Union", "ORGANIZATION", None, "IGO", ("the EU",), 1, "Q458"),
]
ARTICLES = [Article("a1", "", "2025-03-01", "Kenya and Somalia trade blame", "https://news.example/a1"),
            Article("a2", "")]
LABELS = {a.id: a.label for a in ACTORS}


def _rel(doc: str, type_: str, source: str, target: str, sentence: str, trigger: str,
         start: int = 0, confidence: float = 0.8, mode: str = "asserted") -> Relation:
    date = next(a.date for a in ARTICLES if a.id == doc)
    end = start + len(sentence)
    return Relation(relation_id(doc, type_, source, target, start, end, trigger), type_, source,
                    target, LABELS[source], LABELS[target],
                    Evidence(doc, sentence, start, end, trigger, date), confidence, mode,
                    family="verb_obj")


RELATIONS = [
    _rel("a1", "ACCUSE", "kenya", "somalia", "Kenya accused Somalia of violating its airspace.",
         "accused"),
    _rel("a1", "THREATEN", "al-shabaab", "kenya", "Al-Shabaab warned Kenya of new strikes.",
         "warned", 60, 0.7),
    _rel("a1", "ACCUSE", "william-ruto", "somalia", "Ruto did not blame Somalia for it.",
         "blame", 120, 0.6, mode="negated"),
    _rel("a2", "SANCTION", "eu", "al-shabaab", "The EU imposed sanctions on al-Shabaab leaders.",
         "sanctions"),
    _rel("a2", "PROTEST", "traders", "william-ruto", "Traders protested against Ruto's taxes.",
         "protested", 50, 0.55),
    _rel("a2", "ASSAULT", "al-shabaab", "somalia", "Al-Shabaab attacked a Somali army base.",
         "attacked", 100, 0.9),
]


def _graph(include_negated: bool = True) -> nx.MultiDiGraph:
    return from_records(ACTORS, RELATIONS, include_negated=include_negated)


def _records(actors: list[Actor], relations: list[Relation]) -> tuple[list, list]:
    """Records as RDF carries them: no merge reasons, sorted by id."""
    return (sorted((dataclasses.replace(a, merged_from=()) for a in actors), key=lambda a: a.id),
            sorted(relations, key=lambda r: r.id))


@pytest.fixture(scope="module")
def rdf() -> Graph:
    return to_rdf(_graph(), articles=ARTICLES)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return to_dataset(_graph(), articles=ARTICLES)


# ---------------------------------------------------------------- vocabulary

@pytest.mark.parametrize(("actor", "classes"), [
    ("william-ruto", {SCHEMA.Person}),
    ("kenya", {SCHEMA.GovernmentOrganization, AG.Government}),
    ("al-shabaab", {SCHEMA.Organization}),
    ("traders", {AG.Group}),
])
def test_actor_types_follow_the_kind(rdf: Graph, actor: str, classes: set[URIRef]) -> None:
    assert set(rdf.objects(actor_iri(actor), RDF.type)) == classes | {AG.Actor}


def test_actor_description(rdf: Graph) -> None:
    ruto = actor_iri("william-ruto")
    assert rdf.value(ruto, RDFS.label) == Literal("William Ruto")
    assert set(rdf.objects(ruto, SKOS.altLabel)) == {Literal("Ruto"), Literal("President Ruto")}
    assert rdf.value(ruto, AG.kind) == Literal("PERSON")
    assert rdf.value(ruto, AG.sector) == Literal("GOV")
    assert rdf.value(ruto, AG.mentions) == Literal(2, datatype=XSD.integer)
    assert rdf.value(ruto, AG.countryCode) == Literal("KEN")
    assert rdf.value(ruto, AG.country) == actor_iri("kenya")
    assert rdf.value(actor_iri("kenya"), SKOS.exactMatch) == WIKIDATA.Q114
    assert rdf.value(ruto, SKOS.exactMatch) is None
    assert not list(rdf.objects(None, OWL.sameAs))


def test_country_links_need_a_country_node_or_a_gazetteer_id() -> None:
    actors = [Actor("ruto", "Ruto", "PERSON", "KEN"), Actor("eu", "EU", "ORGANIZATION")]
    alone = to_rdf(from_records(actors, []))
    assert alone.value(actor_iri("ruto"), AG.countryCode) == Literal("KEN")
    assert alone.value(actor_iri("ruto"), AG.country) is None
    linked = to_rdf(from_records(actors, []), countries={"KEN": "kenya"})
    assert linked.value(actor_iri("ruto"), AG.country) == actor_iri("kenya")
    assert linked.value(actor_iri("eu"), AG.countryCode) is None


def test_a_country_is_not_its_own_country(rdf: Graph) -> None:
    assert rdf.value(actor_iri("kenya"), AG.country) is None
    assert rdf.value(actor_iri("kenya"), AG.countryCode) == Literal("KEN")


def test_relation_node_carries_its_evidence(rdf: Graph) -> None:
    rel = RELATIONS[1]
    node = relation_iri(rel.id)
    assert set(rdf.objects(node, RDF.type)) == {AG.Relation, AG.Threaten}
    expected = {
        AG.source: actor_iri("al-shabaab"), AG.target: actor_iri("kenya"),
        AG.relationType: Literal("THREATEN"), AG.evidence: Literal(rel.evidence.sentence),
        AG.trigger: Literal("warned"), AG.start: Literal(60, datatype=XSD.integer),
        AG.end: Literal(rel.evidence.end, datatype=XSD.integer),
        AG.confidence: Literal("0.7", datatype=XSD.decimal),
        AG.date: Literal("2025-03-01", datatype=XSD.date),
        PROV.wasDerivedFrom: article_iri("a1"),
    }
    for prop, value in expected.items():
        assert list(rdf.objects(node, prop)) == [value], prop
    assert (actor_iri("al-shabaab"), AG.threatens, actor_iri("kenya")) in rdf
    assert rdf.value(node, AG.negated) is None
    assert rdf.value(node, AG.mode) == Literal("asserted")
    assert rdf.value(node, AG.family) == Literal("verb_obj")


def test_negated_relations_are_marked_and_not_asserted(rdf: Graph) -> None:
    node = relation_iri(RELATIONS[2].id)
    assert rdf.value(node, AG.negated) == Literal(True)
    assert rdf.value(node, AG.negated) == Literal("true", datatype=XSD.boolean)
    assert rdf.value(node, AG.mode) == Literal("negated")
    assert (actor_iri("william-ruto"), AG.accuses, actor_iri("somalia")) not in rdf
    assert not list(to_rdf(_graph(include_negated=False)).subjects(AG.negated, None))


def test_a_relation_without_date_has_none(rdf: Graph) -> None:
    assert rdf.value(relation_iri(RELATIONS[3].id), AG.date) is None


def test_articles(rdf: Graph) -> None:
    a1, a2 = article_iri("a1"), article_iri("a2")
    assert (a1, RDF.type, SCHEMA.NewsArticle) in rdf and (a2, RDF.type, SCHEMA.NewsArticle) in rdf
    assert rdf.value(a1, SCHEMA.headline) == Literal("Kenya and Somalia trade blame")
    assert rdf.value(a1, SCHEMA.url) == Literal("https://news.example/a1")
    assert rdf.value(a1, SCHEMA.datePublished) == Literal("2025-03-01", datatype=XSD.date)
    assert rdf.value(a2, SCHEMA.identifier) == Literal("a2")
    assert rdf.value(a2, SCHEMA.headline) is None


def test_articles_without_records_are_known_by_id_and_date() -> None:
    rdf = to_rdf(_graph())
    assert rdf.value(article_iri("a1"), SCHEMA.datePublished) == Literal("2025-03-01",
                                                                         datatype=XSD.date)
    assert rdf.value(article_iri("a1"), SCHEMA.headline) is None


@pytest.mark.parametrize(("type_", "cls", "predicate"), [
    ("ACCUSE", "Accuse", "accuses"), ("THREATEN", "Threaten", "threatens"),
    ("SANCTION", "Sanction", "sanctions"), ("ASSAULT", "Assault", "assault"),
    ("COERCE", "Coerce", "coerce"), ("REDUCE_RELATIONS", "ReduceRelations", "reduceRelations"),
])
def test_relation_class_and_predicate_names(type_: str, cls: str, predicate: str) -> None:
    assert relation_class(type_) == AG[cls]
    assert relation_predicate(type_) == AG[predicate]


def _ontology() -> Graph:
    return Graph().parse(data=ONTOLOGY.read_text(encoding="utf-8"), format="turtle")


def test_ontology_describes_every_term_the_export_uses(rdf: Graph) -> None:
    ontology = _ontology()
    used = {p for p in rdf.predicates() if str(p).startswith(str(AG))}
    used |= {o for o in rdf.objects(None, RDF.type) if str(o).startswith(str(AG))}
    for term in used:
        assert ontology.value(term, RDFS.label) is not None, term
        assert ontology.value(term, RDFS.comment) is not None, term


def test_ontology_has_a_class_and_a_predicate_per_relation_type() -> None:
    ontology = _ontology()
    for type_ in RELATION_TYPES:
        assert (relation_class(type_), RDFS.subClassOf, AG.Relation) in ontology, type_
        assert (relation_predicate(type_), RDFS.subPropertyOf, AG.relatedTo) in ontology, type_


def test_every_ontology_term_has_label_comment_and_alignment() -> None:
    ontology = _ontology()
    terms = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(AG))}
    assert len(terms) > 30
    for term in terms:
        assert ontology.value(term, RDFS.label) and ontology.value(term, RDFS.comment), term
        kinds = set(ontology.objects(term, RDF.type))
        if OWL.Class in kinds:
            assert ontology.value(term, RDFS.subClassOf) is not None, term
        else:
            assert ontology.value(term, RDFS.domain) is not None, term
            assert ontology.value(term, RDFS.range) is not None, term
    assert (AG.Actor, RDFS.subClassOf, PROV.Agent) in ontology
    assert (AG.Government, RDFS.subClassOf, SCHEMA.GovernmentOrganization) in ontology


# ---------------------------------------------------------------- named graphs

def test_dataset_has_a_graph_per_article_and_actors_in_the_default(dataset: Dataset) -> None:
    default = dataset.default_graph.identifier
    names = {g.identifier for g in dataset.graphs() if g.identifier != default}
    assert names == {graph_iri("a1"), graph_iri("a2")}
    assert set(dataset.default_graph.subjects()) == {actor_iri(a.id) for a in ACTORS}
    for rel in RELATIONS:
        named = dataset.graph(graph_iri(rel.doc))
        assert (relation_iri(rel.id), AG.evidence, Literal(rel.evidence.sentence)) in named
        assert (article_iri(rel.doc), RDF.type, SCHEMA.NewsArticle) in named
    assert (actor_iri("eu"), AG.sanctions, actor_iri("al-shabaab")) in dataset.graph(
        graph_iri("a2"))


def test_union_of_the_graphs_is_the_complete_graph(rdf: Graph, dataset: Dataset) -> None:
    assert isomorphic(union_graph(dataset), rdf)
    assert len(union_graph(dataset)) == len(rdf)


_COUNT = """PREFIX ag: <https://actorgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT (COUNT(DISTINCT ?r) AS ?n) (COUNT(DISTINCT ?label) AS ?labels) WHERE {
  ?r a ag:Relation ; ag:source ?s . OPTIONAL { ?s rdfs:label ?label }
}"""


def _first(results: object) -> ox.QuerySolution:
    assert isinstance(results, ox.QuerySolutions)
    return next(iter(results))


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_pyoxigraph_sees_every_relation_through_the_union(fmt: str, tmp_path: Path) -> None:
    path = write_rdf(_graph(), tmp_path / f"g.{FORMATS[fmt].file_extension}", fmt)
    store = ox.Store()
    store.load(path=str(path), format=FORMATS[fmt])
    union = _first(store.query(_COUNT, use_default_graph_as_union=True))
    assert int(union["n"].value) == len(RELATIONS)
    assert int(union["labels"].value) == len({r.source for r in RELATIONS})
    default_only = _first(store.query(_COUNT))
    assert int(default_only["n"].value) == 0  # relations live in the article graphs
    named = {q.graph_name for q in store.quads_for_pattern(None, None, None)}
    assert ox.NamedNode(str(graph_iri("a1"))) in named


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_rdflib_dataset_query_over_the_union(fmt: str, tmp_path: Path) -> None:
    path = write_rdf(_graph(), tmp_path / f"g.{FORMATS[fmt].file_extension}", fmt)
    data = Dataset(default_union=True).parse(path, format=FORMATS[fmt].media_type)
    row = next(iter(data.query(_COUNT)))
    assert isinstance(row, ResultRow)
    assert int(str(row[0])) == len(RELATIONS)
    assert int(str(row[1])) == len({r.source for r in RELATIONS})


# ---------------------------------------------------------------- formats and round trip

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_a_registered_rdflib_plugin(fmt: str) -> None:
    name = FORMATS[fmt].media_type
    assert rdflib_plugin.get(name, Serializer) is not None
    assert rdflib_plugin.get(name, Parser) is not None


@pytest.mark.parametrize(("given", "name"), [("TTL", "turtle"), ("n-triples", "nt"),
                                             ("jsonld", "json-ld"), ("nq", "nquads"),
                                             ("trig", "trig")])
def test_format_names_and_aliases(given: str, name: str) -> None:
    assert normalize_format(given) == name


def test_unknown_format_names_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match="turtle, nt, json-ld, trig, nquads"):
        write_rdf(_graph(), tmp_path / "g.xml", "rdf/xml")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_round_trip_every_format(fmt: str, tmp_path: Path) -> None:
    path = write_rdf(_graph(), tmp_path / f"graph.{FORMATS[fmt].file_extension}", fmt,
                     articles=ARTICLES)
    assert not list(tmp_path.glob(".*.tmp"))
    assert _records(*from_rdf(read_rdf(path))) == _records(ACTORS, RELATIONS)


def test_formats_carry_the_same_graph(rdf: Graph, tmp_path: Path) -> None:
    for fmt in FORMATS:
        path = write_rdf(_graph(), tmp_path / f"graph.{FORMATS[fmt].file_extension}", fmt,
                     articles=ARTICLES)
        assert isomorphic(union_graph(read_rdf(path)), rdf), fmt
        parsed = list(ox.parse(path=str(path), format=FORMATS[fmt]))
        assert len(parsed) == len(rdf), fmt


def test_a_dataset_in_a_triple_format_keeps_every_graph(rdf: Graph, dataset: Dataset) -> None:
    for fmt in ("turtle", "nt", "json-ld"):
        text = serialize(dataset, fmt)
        assert isomorphic(Graph().parse(data=text, format=FORMATS[fmt].media_type), rdf), fmt
    assert "ag:accuses" in serialize(dataset, "turtle")


def test_output_is_byte_stable(tmp_path: Path) -> None:
    for fmt in FORMATS:
        first = write_rdf(_graph(), tmp_path / f"a.{FORMATS[fmt].file_extension}", fmt).read_bytes()
        shuffled = from_records(ACTORS[::-1], RELATIONS[::-1], include_negated=True)
        assert write_rdf(shuffled, tmp_path / "b", fmt).read_bytes() == first, fmt


def test_base_iri_is_configurable(tmp_path: Path) -> None:
    base = "http://example.org/news/"
    rdf = to_rdf(_graph(), base)
    assert all(str(s).startswith(base) for s in rdf.subjects())
    path = write_rdf(_graph(), tmp_path / "g.trig", "trig", base)
    assert _records(*from_rdf(read_rdf(path))) == _records(ACTORS, RELATIONS)
    assert graph_iri("a1", base) in {g.identifier for g in read_rdf(path).graphs()}


@pytest.mark.parametrize(("given", "expected"), [
    ("http://example.org/id/", "http://example.org/id/"),
    ("https://example.org/id", "https://example.org/id/"),
    ("urn:example:ns#", "urn:example:ns#"),
])
def test_check_base(given: str, expected: str) -> None:
    assert check_base(given) == expected


@pytest.mark.parametrize("bad", ["example.org", "http://a b/", "http://x/<y>", "", "http://x/\"q"])
def test_bad_base_iri_is_a_usage_error(bad: str) -> None:
    with pytest.raises(ArgumentError, match="--base-iri"):
        check_base(bad)


def test_reading_non_rdf_is_one_clear_input_error(tmp_path: Path) -> None:
    cases = {"junk.ttl": "this is not turtle", "junk.nt": "<a> b c", "junk.jsonld": "[1, 2]",
             "junk.nq": "{}", "junk.trig": "<x> { <a> }"}
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(InputError) as err:
            read_rdf(tmp_path / name)
        assert name in str(err.value) and "\n" not in str(err.value)
    with pytest.raises(InputError, match="cannot tell the RDF format"):
        read_rdf(tmp_path / "graph.csv")


def test_from_rdf_rejects_incomplete_records() -> None:
    rdf = to_rdf(_graph())
    rdf.remove((relation_iri(RELATIONS[0].id), AG.evidence, None))
    with pytest.raises(InputError, match="ag:evidence"):
        from_rdf(rdf)


# ---------------------------------------------------------------- SHACL shapes

def test_sample_graph_conforms(dataset: Dataset) -> None:
    assert validate_rdf(dataset) == []


def _article_graphs(dataset: Dataset) -> list[Graph]:
    """Each article's named graph with the actor descriptions, as a store would see it."""
    default = dataset.default_graph.identifier
    graphs = []
    for named in dataset.graphs():
        if named.identifier != default:
            graph = Graph()
            for triple in (*named, *dataset.default_graph):
                graph.add(triple)
            graphs.append(graph)
    return graphs


def test_each_article_graph_conforms(dataset: Dataset) -> None:
    graphs = _article_graphs(dataset)
    assert len(graphs) == 2
    for graph in graphs:
        assert validate_rdf(graph) == []


def _break(rdf: Graph, how: str) -> Graph:
    rel, actor = relation_iri(RELATIONS[0].id), actor_iri("kenya")
    broken = Graph()
    for triple in rdf:
        broken.add(triple)
    if how == "confidence":
        broken.set((rel, AG.confidence, Literal("1.5", datatype=XSD.decimal)))
    elif how == "evidence":
        broken.remove((rel, AG.evidence, None))
    elif how == "target":
        broken.add((rel, AG.target, actor_iri("eu")))
    elif how == "source":
        broken.set((rel, AG.source, URIRef("http://example.org/nobody")))
    elif how == "offsets":
        broken.set((rel, AG.start, Literal("ten")))
    elif how == "type":
        broken.set((rel, AG.relationType, Literal("GOSSIP")))
    elif how == "article":
        broken.remove((rel, PROV.wasDerivedFrom, None))
    elif how == "kind":
        broken.set((actor, AG.kind, Literal("NATION")))
    elif how == "label":
        broken.add((actor, RDFS.label, Literal("Republic of Kenya")))
    return broken


@pytest.mark.parametrize(("how", "path"), [
    ("confidence", AG.confidence), ("evidence", AG.evidence), ("target", AG.target),
    ("source", AG.source), ("offsets", AG.start), ("type", AG.relationType),
    ("article", PROV.wasDerivedFrom), ("kind", AG.kind), ("label", RDFS.label),
])
def test_shapes_catch_broken_records(rdf: Graph, how: str, path: URIRef) -> None:
    violations = validate_rdf(_break(rdf, how))
    assert violations and {v.path for v in violations} == {str(path)}
    assert all(v.message for v in violations)


@pytest.mark.slow
def test_seeds_graph_and_its_article_graphs_conform(seeds_result: BuildResult) -> None:
    graph = from_records(seeds_result.actors, seeds_result.relations, include_negated=True)
    assert graph.number_of_edges() > 0
    dataset = to_dataset(graph)
    assert validate_rdf(dataset) == []
    for article in _article_graphs(dataset):
        assert validate_rdf(article) == []
    assert _records(*from_rdf(dataset)) == _records(seeds_result.actors, seeds_result.relations)


# ---------------------------------------------------------------- hostile text

HOSTILE = [
    'He said "stop" > now',
    'triple """quotes""" and \\ backslash\\',
    "line\nbreak\r\nand\ttab",
    '"} ; ag:accuses <http://evil.example/> . <x> <y> "z',
    "DROP ALL ; INSERT DATA { <a> <b> <c> } # SELECT * WHERE {",
    "<script>alert(1)</script> & &amp;",
    "@prefix x: <http://evil/> . x:a x:b x:c .",
    "right-to-left \u202e and NUL \x00 and emoji \U0001f4a5",
    "x" * 10_000,
]


def _hostile_records() -> tuple[list[Actor], list[Relation]]:
    actors = [Actor(f"id {text[:40]}/{n}?#", text, "PERSON", aliases=(text + "!",))
              for n, text in enumerate(HOSTILE)]
    relations = []
    for n, (source, target) in enumerate(zip(actors, actors[1:] + actors[:1], strict=True)):
        ev = Evidence(f"doc {n} <{HOSTILE[n][:20]}>", HOSTILE[n], 0, len(HOSTILE[n]), HOSTILE[n])
        relations.append(Relation(f"r {n} \"#", "ACCUSE", source.id, target.id, source.label,
                                  target.label, ev))
    return actors, relations


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hostile_names_and_texts_stay_inert(fmt: str, tmp_path: Path) -> None:
    actors, relations = _hostile_records()
    graph = from_records(actors, relations)
    path = write_rdf(graph, tmp_path / f"g.{FORMATS[fmt].file_extension}", fmt)
    assert _records(*from_rdf(read_rdf(path))) == _records(actors, relations)
    parsed = list(ox.parse(path=str(path), format=FORMATS[fmt]))
    assert len(parsed) == len(to_rdf(graph))
    assert {q.predicate.value for q in parsed} <= {str(p) for p in to_rdf(_graph()).predicates()}
    assert all(q.subject.value.startswith(DEFAULT_BASE) for q in parsed)
    assert validate_rdf(read_rdf(path)) == []


# ---------------------------------------------------------------- build and the CLI

def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "actorgraph", *args], capture_output=True,
                          text=True, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output directory as ``build --rdf-format nt,json-ld,trig,nquads`` writes it."""
    from output_support import write_outputs

    from actorgraph.engine.store import RECORDS, RecordSpool
    from actorgraph.engine.worker import ArticleRecord, PipelineSpec
    from actorgraph.pipeline import BuildResult

    out = tmp_path_factory.mktemp("built")
    spool = RecordSpool(out / RECORDS, 2, PipelineSpec())
    for article in ARTICLES:
        spool.add(ArticleRecord(article, "0" * 64, (),
                                tuple(r for r in RELATIONS if r.doc == article.id)))
    result = BuildResult(ACTORS, RELATIONS, [a.id for a in ARTICLES], spool=spool)
    write_outputs(result, out, rdf_formats=["nt", "json-ld", "trig", "nquads"])
    return out


def test_build_writes_every_requested_format(built: Path) -> None:
    turtle = Graph().parse(built / "graph.ttl", format="turtle")
    for fmt, kind in FORMATS.items():
        path = built / f"graph.{kind.file_extension}"
        assert isomorphic(union_graph(read_rdf(path)), turtle), fmt
    assert not list(built.glob(".*.tmp"))


def test_rdf_format_option_parsing() -> None:
    from actorgraph.commands.rdf import parse_formats

    assert parse_formats(["nt,trig", "json-ld", "nq", "trig"]) == ["nt", "trig", "json-ld",
                                                                    "nquads"]
    assert parse_formats(None) == []
    with pytest.raises(ArgumentError, match="known: turtle"):
        parse_formats(["nt,owl"])


def test_build_rejects_an_unknown_rdf_format_before_working(tmp_path: Path) -> None:
    result = _cli("build", "-", "--out", str(tmp_path / "o"), "--rdf-format", "nt,rdfxml",
                  stdin="Kenya accused Somalia of violating its airspace.")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "rdfxml" in result.stderr
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_build_cli_writes_the_rdf_formats(tmp_path: Path) -> None:
    out = tmp_path / "o"
    text = "Kenya accused Somalia of violating its airspace. Somalia denied it."
    result = _cli("build", "-", "--out", str(out), "-q", "--rdf-format", "nq,jsonld",
                  "--rdf-format", "trig", stdin=text)
    assert result.returncode == 0, result.stderr
    assert not (out / "graph.nt").exists()
    turtle = Graph().parse(out / "graph.ttl", format="turtle")
    assert len(turtle) > 0
    for name in ("graph.nq", "graph.jsonld", "graph.trig"):
        assert isomorphic(union_graph(read_rdf(out / name)), turtle), name


@pytest.mark.parametrize("suffix", ["ttl", "nt", "jsonld", "trig", "nq"])
def test_export_then_validate(built: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"export.{suffix}"
    result = _cli("export", str(built), "--out", str(out), "--base-iri", "http://example.org/")
    assert result.returncode == 0, result.stderr
    rdf = read_rdf(out)
    assert _records(*from_rdf(rdf)) == _records(ACTORS, [r for r in RELATIONS if not r.negated])
    headline = union_graph(rdf).value(article_iri("a1", "http://example.org/"), SCHEMA.headline)
    assert headline == Literal(ARTICLES[0].title)  # from the build's records
    checked = _cli("validate", str(out))
    assert checked.returncode == 0, checked.stderr
    assert "conforms" in checked.stdout


def test_export_format_option_and_graph_file(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.data"
    assert _cli("export", str(built / "graph.json"), "-o", str(out), "-f", "nq").returncode == 0
    assert read_rdf(out, "nquads").graphs()


@pytest.mark.parametrize(("args", "code", "words"), [
    (["--format", "rdfxml"], 2, "known: turtle, nt, json-ld, trig, nquads"),
    (["--base-iri", "not an iri"], 2, "--base-iri"),
    (["--graph", "missing"], 3, "cannot read"),
    (["--out-dir"], 2, "is a directory"),
])
def test_export_errors_are_one_line(built: Path, tmp_path: Path, args: list[str], code: int,
                                    words: str) -> None:
    graph, out = str(built), str(tmp_path / "x.ttl")
    if args[0] == "--graph":
        graph, args = str(tmp_path / args[1]), []
    elif args[0] == "--out-dir":
        out, args = str(tmp_path), []
    result = _cli("export", graph, "--out", out, *args)
    assert result.returncode == code
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_lists_violations_and_exits_1(rdf: Graph, tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(_break(rdf, "confidence").serialize(format="turtle"), encoding="utf-8")
    result = _cli("validate", str(path))
    assert result.returncode == 1
    assert "ag:confidence" in result.stdout and "1 violation\n" in result.stdout
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize(("name", "text", "words"), [
    ("notes.ttl", "Kenya accused Somalia.", "not valid turtle"),
    ("data.jsonld", '{"a": 1}', "no RDF statements"),
    ("table.csv", "a,b\n1,2\n", "cannot tell the RDF format"),
    ("remote.jsonld", '{"@context": "http://127.0.0.1:9/c.jsonld", "@id": "http://e.org/a"}',
     "remote @context"),
    ("nested.jsonld", '[{"@context": [{"@import": "http://127.0.0.1:9/c"}], "@id": "http://a"}]',
     "remote @context"),
    ("missing.ttl", None, "no such file"),
])
def test_validate_non_rdf_is_one_line_input_error(tmp_path: Path, name: str, text: str | None,
                                                  words: str) -> None:
    if text is not None:
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = _cli("validate", str(tmp_path / name))
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and words in result.stderr


def test_validate_without_pyshacl_says_so(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from actorgraph.cli import app

    monkeypatch.setitem(sys.modules, "pyshacl", None)
    result = CliRunner().invoke(app, ["validate", str(built)])
    assert isinstance(result.exception, ArgumentError)
    assert "pip install 'actorgraph[rdf]'" in str(result.exception)
