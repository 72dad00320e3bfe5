"""The SPARQL endpoint: the protocol with SPARQLWrapper, refusals, limits and the query page."""

from __future__ import annotations

import csv
import html
import io
import json
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from sparql_support import ACTORS, HOSTILE, RELATIONS, Expected, own_graph
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from actorgraph.commands.sparql import explorer_page
from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.io import write_node_link
from actorgraph.graph.sparql import example, open_source
from actorgraph.graph.sparql.endpoint import Endpoint, make_server

TOP = example("top-accusers").text
EXPECTED_TOP = Expected(ACTORS, RELATIONS).top_accusers()
# About 1.5 s of counting on the hand-made graph: ten times the time limit used below.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a ?i }"


@pytest.fixture(scope="module")
def outdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build output directory of the hand-made graph (graph.json and graph.nq)."""
    folder = tmp_path_factory.mktemp("out")
    graph = own_graph()
    write_node_link(folder / "graph.json", graph)
    write_rdf(graph, folder / "graph.nq", "nquads")
    return folder


def _serve(endpoint: Endpoint) -> Iterator[str]:
    server = make_server(endpoint, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def url(outdir: Path) -> Iterator[str]:
    endpoint = Endpoint(open_source(outdir), timeout=0.5, max_rows=40,
                        explorer=explorer_page(outdir), max_body=4000, quiet=True)
    yield from _serve(endpoint)


def _get(url: str, headers: dict[str, str] | None = None,
         data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def _wrapper(url: str, fmt: str, method: str | None = None) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery(TOP)
    client.setReturnFormat(fmt)
    if method == POSTDIRECTLY:
        client.setMethod(POST)
        client.setRequestMethod(POSTDIRECTLY)
    elif method == POST:
        client.setMethod(POST)
    return client


def _json_rows(data: dict) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(b["accuser"]["value"], b["accused"]["value"], int(b["accusations"]["value"]))
            for b in data["results"]["bindings"]]


@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY])
def test_sparqlwrapper_json_by_get_and_post(url: str, method: str | None) -> None:
    assert _json_rows(_wrapper(url, JSON, method).query().convert()) == EXPECTED_TOP


def test_sparqlwrapper_xml_and_csv(url: str) -> None:
    document = _wrapper(url, XML).query().convert()
    results = document.getElementsByTagName("result")
    assert len(results) == len(EXPECTED_TOP)
    first = {b.getAttribute("name"): b.firstChild.firstChild.data
             for b in results[0].getElementsByTagName("binding")}
    assert (first["accuser"], first["accused"], int(first["accusations"])) == EXPECTED_TOP[0]
    text = _wrapper(url, CSV).query().convert()
    table = list(csv.reader(io.StringIO(text.decode() if isinstance(text, bytes) else text)))
    assert [(a, b, int(n)) for a, b, n in table[1:]] == EXPECTED_TOP


def test_content_negotiation_by_accept(url: str) -> None:
    query = f"{url}/sparql?" + urlencode({"query": TOP})
    for accept, media in (("text/tab-separated-values", "text/tab-separated-values"),
                          ("application/sparql-results+xml;q=0.9, text/csv", "text/csv"),
                          ("*/*", "application/sparql-results+json")):
        status, headers, body = _get(query, {"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(media), accept
        assert len(body.decode().strip().splitlines()) > len(EXPECTED_TOP) or "json" in media
    construct = "CONSTRUCT { ?a ag:accuses ?b } WHERE { ?a ag:accuses ?b }"
    status, headers, _ = _get(f"{url}/sparql?" + urlencode({"query": construct}))
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_malformed_query_is_400_with_the_position(url: str) -> None:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery("SELECT ?x WHERE {\n ?x ?y }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed, match=r"line 2, column \d+"):
        client.query()
    status, _, body = _get(f"{url}/sparql")
    assert status == 400 and b"query" in body


def _count(url: str) -> int:
    status, _, body = _get(f"{url}/sparql?" + urlencode(
        {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "format": "json"}))
    assert status == 200
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_updates_service_and_load_are_refused(url: str) -> None:
    before = _count(url)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    insert = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    attempts = [
        (f"{url}/sparql?" + urlencode({"update": insert}), None, {}),
        (f"{url}/sparql", urlencode({"update": insert}).encode(), form),
        (f"{url}/sparql", insert.encode(), {"Content-Type": "application/sparql-update"}),
        (f"{url}/sparql?" + urlencode({"query": insert}), None, {}),
        (f"{url}/sparql?" + urlencode({"query": "LOAD <http://example.org/x.ttl>"}), None, {}),
        (f"{url}/sparql?" + urlencode({"query": "CLEAR ALL"}), None, {}),
        (f"{url}/sparql", urlencode({"query": "SELECT * WHERE { SERVICE <http://example.org/"
                                              "sparql> { ?s ?p ?o } }"}).encode(), form),
    ]
    for target, data, headers in attempts:
        status, _, body = _get(target, headers, data)
        assert status == 403, (target, data)
        assert b"refused" in body
    assert _count(url) == before


def test_time_limit(outdir: Path) -> None:
    for quick in _serve(Endpoint(open_source(outdir), timeout=0.15, quiet=True)):
        started = time.monotonic()
        status, _, body = _get(f"{quick}/sparql?" + urlencode({"query": HEAVY}))
        assert status == 503 and b"time limit" in body
        assert time.monotonic() - started < 1.0
        assert _get(f"{quick}/sparql?" + urlencode({"query": TOP}))[0] == 200


def test_row_cap_and_body_limit(url: str) -> None:
    status, headers, body = _get(f"{url}/sparql?" + urlencode(
        {"query": "SELECT * WHERE { ?s ?p ?o }", "format": "json"}))
    assert status == 200 and headers["X-Actorgraph-Truncated"].startswith("true")
    assert len(json.loads(body)["results"]["bindings"]) == 40
    status, headers, _ = _get(f"{url}/sparql?" + urlencode({"query": TOP}))
    assert status == 200 and "X-Actorgraph-Truncated" not in headers
    big = urlencode({"query": TOP + " " * 5000}).encode()
    status, _, body = _get(f"{url}/sparql", {"Content-Type": "application/x-www-form-"
                                                            "urlencoded"}, big)
    assert status == 413 and b"over the limit" in body


def test_binds_to_loopback_by_default(outdir: Path) -> None:
    server = make_server(Endpoint(open_source(outdir), quiet=True), port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_query_page_escapes_hostile_text(url: str) -> None:
    query = "SELECT ?label ?sentence WHERE { ?r ag:source ?a ; ag:evidence ?sentence . " \
            "?a rdfs:label ?label }"
    status, headers, body = _get(f"{url}/?" + urlencode({"query": query}))
    page = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert "<script" not in page and "<img" not in page
    assert page.count(html.escape(HOSTILE)) >= 2  # the label and the sentence that holds it
    cells = page.count("<td>")
    assert cells == 2 * sum(1 for r in RELATIONS)
    assert '<a href="/explorer">' in page


def test_query_page_examples_and_explorer(url: str, tmp_path: Path, outdir: Path) -> None:
    status, _, body = _get(f"{url}/?example=two-hop")
    page = body.decode()
    assert status == 200 and html.escape(example("two-hop").text) in page
    assert all(f"/?example={name}" in page for name in ("top-accusers", "sanctions-by"))
    status, _, body = _get(f"{url}/explorer")
    assert status == 200 and b"vis.Network" in body and HOSTILE.encode() not in body
    status, _, body = _get(f"{url}/?" + urlencode({"query": "SELECT ?x WHERE { ?x }"}))
    assert status == 200 and b"malformed query" in body
    endpoint = Endpoint(open_source(outdir / "graph.nq"), quiet=True)
    for other in _serve(endpoint):
        status, _, body = _get(f"{other}/")
        assert status == 200 and b"not a build output directory" in body
        assert b'href="/explorer"' not in body
        assert _get(f"{other}/explorer")[0] == 404


def test_serve_command_listens_on_loopback_only(outdir: Path) -> None:
    import re
    import subprocess
    import sys

    import psutil

    process = subprocess.Popen([sys.executable, "-m", "actorgraph", "serve", str(outdir),
                                "--port", "0", "--quiet"], stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/sparql", line)
        assert found, line
        port = int(found.group(1))
        listening = [c.laddr for c in psutil.Process(process.pid).net_connections()
                     if c.status == psutil.CONN_LISTEN]
        assert [(a.ip, a.port) for a in listening] == [("127.0.0.1", port)]
        client = SPARQLWrapper(f"http://127.0.0.1:{port}/sparql")
        client.setQuery(TOP)
        client.setReturnFormat(JSON)
        assert _json_rows(client.query().convert()) == EXPECTED_TOP
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


@pytest.mark.browser
def test_query_page_in_a_browser_shows_hostile_text_as_text(url: str) -> None:
    from playwright.sync_api import sync_playwright

    query = "SELECT ?label WHERE { ?a rdfs:label ?label } ORDER BY ?label"
    dialogs: list[str] = []
    outside: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--headless", "--no-sandbox", "--disable-gpu",
                  "--disable-background-networking"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            def route(request: object) -> None:
                target = request.request.url  # type: ignore[attr-defined]
                if target.startswith(url):
                    request.continue_()  # type: ignore[attr-defined]
                else:
                    outside.append(target)
                    request.abort()  # type: ignore[attr-defined]

            page.route("**/*", route)
            page.goto(f"{url}/?" + urlencode({"query": query}))
            cells = page.eval_on_selector_all("td", "cells => cells.map(c => c.textContent)")
            assert HOSTILE in cells and sorted(cells) == sorted(a.label for a in ACTORS)
            assert page.eval_on_selector_all("img, script", "found => found.length") == 0
            page.click("text=Open the graph explorer")
            page.wait_for_load_state()
            assert page.url == f"{url}/explorer"
        finally:
            browser.close()
    assert dialogs == [] and outside == []


def test_dataset_by_default_and_named_graph_uri(url: str) -> None:
    graph = "https://actorgraph.org/id/graph/"
    per_doc = Counter(r.doc for r in RELATIONS)
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { ?r ag:relationType ?t }")
    client.setReturnFormat(JSON)
    client.addDefaultGraph(graph + "a2")
    bindings = client.query().convert()["results"]["bindings"]
    assert int(bindings[0]["n"]["value"]) == per_doc["a2"]
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?r ag:relationType ?t } } "
                    "GROUP BY ?g")
    client.setReturnFormat(JSON)
    client.addNamedGraph(graph + "a1")
    client.addNamedGraph(graph + "a3")
    got = {b["g"]["value"]: int(b["n"]["value"])
           for b in client.query().convert()["results"]["bindings"]}
    assert got == {graph + "a1": per_doc["a1"], graph + "a3": per_doc["a3"]}
    status, _, body = _get(f"{url}/sparql?" + urlencode({"query": TOP,
                                                         "default-graph-uri": "not an iri"}))
    assert status == 400 and b"graph IRI" in body
