"""The query page of ``actorgraph serve``: a field per parameter of an example, and the answer
at the top, above the list of examples. Also seen in Chromium (screenshot in tests/artifacts)."""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from browser_support import ARTIFACTS
from sparql_support import ACTORS, RELATIONS, Expected, own_graph

from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.sparql import example, open_source
from actorgraph.graph.sparql.endpoint import Endpoint, make_server
from actorgraph.graph.sparql.page import query_page

SANCTIONS = example("sanctions-by")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Endpoint:
    path = write_rdf(own_graph(), tmp_path_factory.mktemp("rdf") / "graph.nq", "nquads")
    return Endpoint(open_source(path), timeout=5.0, max_rows=100, explorer=None, quiet=True)


def _rows(page: str) -> list[list[str]]:
    body = page.split("<tbody>")[1].split("</tbody>")[0]
    return [[html.unescape(c) for c in re.findall(r"<td>(.*?)</td>", row)]
            for row in body.split("</tr>") if row]


def test_an_example_with_parameters_gets_a_field_each(endpoint: Endpoint) -> None:
    page = query_page(endpoint, {"example": ["sanctions-by"]})
    assert SANCTIONS.parameters == ("source",)
    assert 'name="bind.source"' in page and 'name="example" value="sanctions-by"' in page
    assert "<table" not in page  # nothing ran yet
    assert 'name="bind.' not in query_page(endpoint, {"example": ["top-accusers"]})


def test_parameter_binds_and_results_come_first(endpoint: Endpoint) -> None:
    expected = Expected(ACTORS, RELATIONS)
    everyone = query_page(endpoint, {"example": ["sanctions-by"], "query": [SANCTIONS.text]})
    france = query_page(endpoint, {"example": ["sanctions-by"], "query": [SANCTIONS.text],
                                   "bind.source": ["France"]})
    assert len(_rows(everyone)) == sum(expected.sanctions_by().values())
    assert len(_rows(france)) == sum(expected.sanctions_by("France").values()) > 0
    assert {row[0] for row in _rows(france)} == {"France"}
    assert 'value="France"' in france  # the field keeps what was typed
    assert france.index("<table") < france.index("<h2>Examples</h2>")


def test_a_bad_parameter_is_a_message_not_a_failure(endpoint: Endpoint) -> None:
    page = query_page(endpoint, {"example": ["sanctions-by"], "query": [SANCTIONS.text],
                                 "bind.source": ["<not an iri>"]})
    assert 'class="error"' in page and "not an IRI" in page


@pytest.fixture(scope="module")
def served(endpoint: Endpoint) -> Iterator[str]:
    server = make_server(endpoint, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.browser
def test_page_in_the_browser(browser: Any, served: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    outside: list[str] = []

    def route(request_route: Any) -> None:  # only the endpoint itself; nothing else
        if request_route.request.url.startswith(served):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    try:
        context.route("**/*", route)
        page = context.new_page()
        page.goto(f"{served}/?{urlencode({'example': 'sanctions-by'})}")
        page.fill("input[name='bind.source']", "France")
        page.click("button[type=submit]")
        page.wait_for_selector("table")
        table, examples = page.locator("table").bounding_box(), \
            page.locator("h2").first.bounding_box()
        assert table is not None and examples is not None
        assert table["y"] < examples["y"] and table["y"] < 900  # on the first screen
        assert page.input_value("input[name='bind.source']") == "France"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "sparql-page.png"))
        assert outside == []
    finally:
        context.close()


