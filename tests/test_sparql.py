"""SPARQL over the graph: opening sources, every example query, result formats and errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sparql_support import ACTORS, HOSTILE, RELATIONS, Expected, own_graph, write_sources

from actorgraph.graph.build import from_records
from actorgraph.graph.errors import ArgumentError, InputError, QueryError
from actorgraph.graph.sparql import (
    QueryRefused,
    QueryStore,
    QueryTimeout,
    bulk_load,
    check_query,
    example,
    examples,
    format_result,
    open_source,
    parse_binding,
    show_term,
)

EXAMPLE_NAMES = {"top-accusers", "reciprocal-accusations", "threats-against", "sanctions-by",
                 "actors-by-country", "article-relations", "two-hop", "relations-per-day"}


def _value(term: Any) -> object:
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype.value.endswith("#integer"):
        return int(term.value)
    return term.value


def rows(store: QueryStore, name: str, **bind: str) -> list[tuple[object, ...]]:
    """An example query's rows as plain values."""
    bindings = {k: ox.Literal(v) for k, v in bind.items()}
    result = store.query(example(name).text, bindings=bindings)
    return [tuple(_value(t) for t in row) for row in result.rows]


@pytest.fixture(scope="module")
def own_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_sources(own_graph(), tmp_path_factory.mktemp("own"))


@pytest.fixture(scope="module", params=["turtle", "nquads"])
def own_store(request: pytest.FixtureRequest, own_sources: dict[str, Path]) -> QueryStore:
    """The hand-made graph as one graph (Turtle) and as named graphs per article (N-Quads)."""
    return open_source(own_sources[request.param])


@pytest.fixture(scope="module")
def seeds_sources(seeds_result: Any, tmp_path_factory: pytest.TempPathFactory
                  ) -> dict[str, Path]:
    graph = from_records(seeds_result.actors, seeds_result.relations)
    return write_sources(graph, tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module", params=["turtle", "nquads"])
def seeds_store(request: pytest.FixtureRequest, seeds_sources: dict[str, Path]) -> QueryStore:
    return open_source(seeds_sources[request.param])


def test_the_examples_are_shipped_with_a_comment_header() -> None:
    found = examples()
    assert set(found) >= EXAMPLE_NAMES
    for item in found.values():
        assert item.text.startswith("# ") and item.title and item.description
        assert item.title.endswith(".")


def _check_examples(store: QueryStore, expect: Expected, busy: str, article: str) -> None:
    assert rows(store, "top-accusers") == expect.top_accusers()
    assert set(rows(store, "reciprocal-accusations")) == expect.reciprocal_accusations()
    assert Counter(rows(store, "threats-against")) == expect.threats_against()
    assert Counter(rows(store, "threats-against", target=busy)) == expect.threats_against(busy)
    assert Counter(rows(store, "sanctions-by")) == expect.sanctions_by()
    assert Counter(rows(store, "sanctions-by", source=busy)) == expect.sanctions_by(busy)
    assert rows(store, "actors-by-country") == expect.actors_by_country()
    assert rows(store, "article-relations") == expect.article_relations()
    assert rows(store, "article-relations", article=article) == expect.article_relations(
        article)
    assert set(rows(store, "two-hop")) == expect.two_hop()
    assert set(rows(store, "two-hop", actor=busy)) == expect.two_hop(busy)
    assert rows(store, "relations-per-day") == expect.relations_per_day()
    assert rows(store, "relation-types") == expect.relation_types()
    assert rows(store, "relations-by-family") == expect.relations_by_family()


def test_every_example_on_the_hand_made_graph(own_store: QueryStore) -> None:
    expect = Expected(ACTORS, RELATIONS)
    _check_examples(own_store, expect, "France", "a2")
    # the graph was built so that no query can pass by returning nothing
    assert expect.reciprocal_accusations() and expect.sanctions_by("France")
    assert len(expect.threats_against()) == 2 and expect.relations_per_day()
    assert len(expect.relations_by_family()) == 2
    assert any(hop2 is None for *_, hop2 in expect.two_hop())


def test_every_example_on_the_seeds_graph(seeds_store: QueryStore, seeds_result: Any) -> None:
    expect = Expected(seeds_result.actors, seeds_result.relations)
    involvement = Counter(r.source for r in expect.relations) + Counter(
        r.target for r in expect.relations)
    busy = expect.label[involvement.most_common(1)[0][0]]
    article = Counter(r.doc for r in expect.relations).most_common(1)[0][0]
    _check_examples(seeds_store, expect, busy, article)
    assert expect.top_accusers() and expect.two_hop(busy)


def test_every_format_and_source_kind_answers_alike(own_sources: dict[str, Path],
                                                    tmp_path: Path) -> None:
    expected = rows(open_source(own_sources["turtle"]), "top-accusers")
    for path in own_sources.values():
        assert rows(open_source(path), "top-accusers") == expected, path
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nq").write_bytes(own_sources["nquads"].read_bytes())
    assert rows(open_source(out), "top-accusers") == expected
    assert bulk_load([own_sources["nquads"]], tmp_path / "store") > 0
    assert rows(open_source(tmp_path / "store"), "top-accusers") == expected


_LABELS = "SELECT ?actor ?label ?alias WHERE { ?actor rdfs:label ?label " \
          "OPTIONAL { ?actor skos:altLabel ?alias } } ORDER BY ?label"


def _parsed(text: bytes, fmt: ox.QueryResultsFormat) -> list[tuple[object, ...]]:
    """Results read back with pyoxigraph's own parser (an independent check of the writers)."""
    answer = ox.parse_query_results(text, format=fmt)
    return [tuple(_value(s[v]) for v in answer.variables) for s in answer]


def test_csv_tsv_json_xml_read_back_as_the_same_rows(own_store: QueryStore) -> None:
    result = own_store.query(_LABELS)
    plain = [tuple(_value(t) for t in row) for row in result.rows]
    assert any(HOSTILE in row for row in plain) and any(None in row for row in plain)
    for name, fmt in (("json", ox.QueryResultsFormat.JSON), ("xml", ox.QueryResultsFormat.XML),
                      ("tsv", ox.QueryResultsFormat.TSV)):
        assert _parsed(format_result(result, name), fmt) == plain, name
    table = list(csv.reader(io.StringIO(format_result(result, "csv").decode(), newline="")))
    assert table[0] == ["actor", "label", "alias"]
    assert [tuple(c or None for c in r) for r in table[1:]] == plain


def test_json_matches_the_engine_serialiser(own_store: QueryStore) -> None:
    ours = json.loads(format_result(own_store.query(_LABELS), "json"))
    theirs = own_store.store.query(_LABELS, prefixes={"rdfs": "http://www.w3.org/2000/01/"
                                                      "rdf-schema#", "skos": "http://www.w3"
                                                      ".org/2004/02/skos/core#"},
                                   use_default_graph_as_union=True)
    assert ours == json.loads(theirs.serialize(format=ox.QueryResultsFormat.JSON))


def test_table_is_aligned_and_inert(own_store: QueryStore) -> None:
    result = own_store.query("SELECT ?s ?sentence WHERE { ?r ag:source ?s ; "
                             "ag:evidence ?sentence } ORDER BY ?sentence")
    lines = format_result(result, "table", width=30).decode().splitlines()
    assert lines[0].split() == ["s", "sentence"] and set(lines[1]) <= {"-", " "}
    column = lines[1].index("  -") + 2
    assert all(line[column - 2:column] == "  " for line in lines[2:])
    assert len(lines) == len(result) + 2 and all(len(line) < 80 for line in lines)
    assert show_term(ox.Literal("a\nb\x1b[31m\u202eX")) == "a\\u000ab\\u001b[31m\\u202eX"


def test_ask_and_construct(own_store: QueryStore) -> None:
    yes = own_store.query("ASK { ?a ag:accuses ?b }")
    assert yes.boolean is True and format_result(yes, "table") == b"yes\n"
    assert json.loads(format_result(yes, "json")) == {"head": {}, "boolean": True}
    graph = own_store.query("CONSTRUCT { ?a ag:accuses ?b } WHERE { ?a ag:accuses ?b }")
    direct = {(r.source, r.target) for r in RELATIONS if r.type == "ACCUSE" and not r.negated}
    assert len(graph) == len(direct)
    assert len(list(ox.parse(format_result(graph, "table"), ox.RdfFormat.TURTLE))) == len(direct)


def test_row_cap_and_time_limit(own_store: QueryStore) -> None:
    capped = own_store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=5)
    assert len(capped) == 5 and capped.truncated
    assert not own_store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=10**6).truncated
    before = threading.active_count()
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="time limit"):
        own_store.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                        timeout=0.2)
    assert time.monotonic() - started < 2
    deadline = time.monotonic() + 5  # the abandoned worker stops at its next row
    while threading.active_count() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert threading.active_count() == before


@pytest.mark.parametrize("text", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX x: <urn:x#>\n# comment\nDELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "CLEAR ALL", "drop graph <urn:g>",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service silent <http://example.org/sparql> { ?s ?p ?o } }",
])
def test_updates_and_service_are_refused(text: str) -> None:
    with pytest.raises(QueryRefused):
        check_query(text)


@pytest.mark.parametrize("text", [
    'SELECT ?service WHERE { ?service ?p "DELETE everything; SERVICE <x>" }',
    "# INSERT DATA\nSELECT * WHERE { ?s <http://example.org/load> ?o }",
])
def test_keywords_in_strings_iris_and_names_are_not_refused(text: str) -> None:
    check_query(text)


def test_malformed_query_names_line_and_column(own_store: QueryStore) -> None:
    with pytest.raises(QueryError, match=r"malformed query at line 2, column \d+"):
        own_store.query("SELECT ?x\nWHERE { ?x ?y }")


def test_bad_sources_are_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not RDF\n")
    (tmp_path / "bad.ttl").write_text("this is not turtle\n")
    (tmp_path / "empty").mkdir()
    for path, message in ((tmp_path / "notes.md", "cannot tell the RDF format"),
                          (tmp_path / "bad.ttl", r"not valid Turtle: .*line 1"),
                          (tmp_path / "empty", "neither a build output directory"),
                          (tmp_path / "missing.ttl", "no such file")):
        with pytest.raises(InputError, match=message):
            open_source(path)
    with pytest.raises(ArgumentError, match="known: actors-by-country"):
        example("nope")
    with pytest.raises(ArgumentError):
        parse_binding("no equals sign")
    assert parse_binding("actor=<urn:x>") == ("actor", ox.NamedNode("urn:x"))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "actorgraph", *args], capture_output=True,
                          text=True, timeout=120)


def test_cli_query_load_and_errors(own_sources: dict[str, Path], tmp_path: Path) -> None:
    expect = Expected(ACTORS, RELATIONS)
    store = tmp_path / "store"
    done = _cli("load", str(own_sources["nquads"]), "--store", str(store))
    assert done.returncode == 0 and "quads in" in done.stderr
    done = _cli("query", str(store), "--example", "sanctions-by", "--bind", "source=France",
                "--format", "csv")
    assert done.returncode == 0, done.stderr
    table = list(csv.reader(io.StringIO(done.stdout, newline="")))
    assert Counter(tuple(c or None for c in r) for r in table[1:]) == expect.sanctions_by(
        "France")
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?label WHERE {\n  ?a rdfs:label ?label .\n  ?a ?label ) .\n}\n")
    done = _cli("query", str(own_sources["turtle"]), "--file", str(query))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "malformed query" in done.stderr
    assert "line 3, column 13, near ')'" in done.stderr  # where the parser stopped
    done = _cli("query", str(tmp_path / "q.rq"), "SELECT * {}")
    assert done.returncode == 3 and "unknown RDF format '.rq'" in done.stderr


def test_cli_formats(own_sources: dict[str, Path]) -> None:
    from typer.testing import CliRunner

    from actorgraph.cli import app

    runner = CliRunner()
    expect = Expected(ACTORS, RELATIONS).top_accusers()
    source = str(own_sources["trig"])
    for fmt in ("table", "csv", "tsv", "json"):
        done = runner.invoke(app, ["query", source, "--example", "top-accusers", "--format", fmt])
        assert done.exit_code == 0, done.output
        if fmt == "json":
            bindings = json.loads(done.stdout)["results"]["bindings"]
            got = [(b["accuser"]["value"], b["accused"]["value"], int(b["accusations"]["value"]))
                   for b in bindings]
            assert got == expect
        else:
            assert len(done.stdout.strip().splitlines()) == len(expect) + (
                2 if fmt == "table" else 1)
    listing = runner.invoke(app, ["query", source, "--list-examples"]).stdout
    assert all(name in listing for name in EXAMPLE_NAMES)
    both = runner.invoke(app, ["query", source, "SELECT * {}", "--example", "two-hop"])
    assert both.exit_code != 0


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=("Cs",))))
def test_any_literal_survives_every_format_and_stays_inert(text: str) -> None:
    from actorgraph.graph.io import xml_safe
    from actorgraph.graph.sparql import Result

    result = Result("select", ["v", "w"], [(ox.Literal(text), ox.Literal(text, language="en"))])
    for name, fmt in (("json", ox.QueryResultsFormat.JSON), ("tsv", ox.QueryResultsFormat.TSV)):
        answer = ox.parse_query_results(format_result(result, name), format=fmt)
        assert [(s["v"], s["w"]) for s in answer] == list(result.rows), name
    answer = ox.parse_query_results(format_result(result, "xml"), format=ox.QueryResultsFormat.XML)
    assert [s["v"].value for s in answer] == [xml_safe(text)]
    cells = list(csv.reader(io.StringIO(format_result(result, "csv").decode(), newline="")))
    assert cells[1:] == [[text, text]] or (text == "" and cells[1:] == [["", ""]])
    table = format_result(result, "table").decode()
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in table)
    assert table.count("\n") == 3
