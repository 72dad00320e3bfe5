"""The explorer in a real browser: Debian's chromium, headless, with every non-file request refused.

Screenshots are saved under tests/artifacts/ for a human to look at.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from browser_support import Visit, drawn_edges, linked, screenshot
from test_viz_graphs import (
    HOSTILE_DOC,
    HOSTILE_LABEL,
    HOSTILE_SENTENCE,
    hostile_graph,
    small_graph,
    synthetic_graph,
)

from actorgraph.graph.io import read_graph
from actorgraph.viz.explorer import CORE_TYPES
from actorgraph.viz.html import write_html

pytestmark = pytest.mark.browser

def test_request_counter_sees_outside_requests(visit: Callable[..., Visit],
                                               tmp_path: Path) -> None:
    """The harness itself: a page that does reach out is caught (so a zero below means zero)."""
    path = tmp_path / "leaky.html"
    path.write_text('<img src="http://example.invalid/x.png"><p>leak</p>', encoding="utf-8")
    seen = visit(path, wait=None)
    seen.page.wait_for_load_state("load")
    assert seen.outside == ["http://example.invalid/x.png"]


def test_seeds_page(visit: Callable[..., Visit], seeds_result: Any, tmp_path: Path) -> None:
    from output_support import write_outputs

    write_outputs(seeds_result, tmp_path)
    graph = read_graph(tmp_path)
    seen = visit(tmp_path / "graph.html")
    screenshot(seen, "seeds.png")
    assert seen.errors == [] and seen.outside == [] and seen.dialogs == []
    core = set(CORE_TYPES)
    assert seen.counts() == (len(linked(graph, core)), drawn_edges(graph, core))
    seen.page.click("#ag-types-none")
    assert seen.counts() == (0, 0)
    seen.page.click("#ag-types-all")
    all_types = {d["type"] for _, _, d in graph.edges(data=True)}
    assert seen.counts() == (len(linked(graph, all_types)), drawn_edges(graph, all_types))


def test_search_finds_khamenei(visit: Callable[..., Visit], seeds_result: Any,
                               tmp_path: Path) -> None:
    from actorgraph.graph.build import from_records

    graph = from_records(seeds_result.actors, seeds_result.relations)
    names = {n: [d["label"], *d["aliases"]] for n, d in graph.nodes(data=True)}
    assert any("khamenei" in name.lower() for ns in names.values() for name in ns)
    write_html(graph, tmp_path / "seeds.html")
    seen = visit(tmp_path / "seeds.html")
    seen.page.fill("#ag-search", "Khamenei")
    seen.page.press("#ag-search", "Enter")
    selected = seen.page.evaluate("actorgraph.network.getSelectedNodes()")
    assert len(selected) == 1
    assert any("khamenei" in name.lower() for name in names[selected[0]])
    assert seen.page.inner_text("#ag-details h2") == graph.nodes[selected[0]]["label"]
    seen.page.wait_for_function("""(id) => {  // the focus animation ends on the actor
        const c = actorgraph.network.getViewPosition(), p = actorgraph.network.getPositions([id]);
        return Math.abs(c.x - p[id].x) < 5 && Math.abs(c.y - p[id].y) < 5; }""",
                                arg=selected[0], timeout=10_000)
    seen.page.fill("#ag-search", "no such actor anywhere")
    seen.page.press("#ag-search", "Enter")
    assert "No actor matches" in seen.page.inner_text("#ag-search-result")
    assert seen.errors == []


def test_filtering_by_type_changes_the_visible_edges(visit: Callable[..., Visit],
                                                     tmp_path: Path) -> None:
    graph = small_graph()
    write_html(graph, tmp_path / "small.html")
    seen = visit(tmp_path / "small.html")
    core = set(CORE_TYPES)
    assert seen.counts() == (len(linked(graph, core)), drawn_edges(graph, core))
    seen.page.uncheck("#ag-types input[data-type=THREATEN]")
    assert seen.counts()[1] == drawn_edges(graph, core - {"THREATEN"})
    seen.page.check("#ag-types input[data-type=COERCE]")
    assert seen.counts()[1] == drawn_edges(graph, core - {"THREATEN"} | {"COERCE"})
    visible = seen.page.evaluate("actorgraph.edgeView.get().map(e => e.type)")
    assert "THREATEN" not in visible and "COERCE" in visible
    assert seen.errors == []


def test_neighbourhood_view(visit: Callable[..., Visit], tmp_path: Path) -> None:
    graph = small_graph()
    write_html(graph, tmp_path / "small.html")
    seen = visit(tmp_path / "small.html")
    core = nx.Graph((u, v) for u, v, d in graph.edges(data=True) if d["type"] in CORE_TYPES)
    seen.page.fill("#ag-search", "Ali Khamenei")
    seen.page.press("#ag-search", "Enter")
    for depth in (1, 2):
        seen.page.select_option("#ag-depth", str(depth))
        seen.page.click("#ag-focus")
        around = nx.single_source_shortest_path_length(core, "khamenei", cutoff=depth)
        shown = seen.page.evaluate("actorgraph.nodeView.getIds()")
        assert sorted(shown) == sorted(around)
        assert seen.counts()[0] == len(around)
    seen.page.click("#ag-reset")
    assert seen.counts()[0] == len(linked(graph, set(CORE_TYPES)))
    seen.page.check("#ag-isolated")
    assert seen.counts()[0] == graph.number_of_nodes()


def test_left_out_actors_are_counted(visit: Callable[..., Visit], tmp_path: Path) -> None:
    graph = small_graph()
    write_html(graph, tmp_path / "top3.html", max_nodes=3)
    seen = visit(tmp_path / "top3.html")
    assert seen.counts()[0] == 3
    note = seen.page.inner_text("#ag-leftout")
    assert "3 most involved of 7 actors" in note and "4 left out" in note


def test_empty_graph_page(visit: Callable[..., Visit], tmp_path: Path) -> None:
    write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    seen = visit(tmp_path / "empty.html")
    assert seen.counts() == (0, 0)
    assert seen.page.inner_text("#ag-stats").startswith("0 actors")
    assert seen.page.is_hidden("#ag-leftout")
    assert seen.errors == [] and seen.outside == []


def _edge_midpoint(seen: Visit, edge: str) -> tuple[float, float]:
    """Where an edge is drawn on the screen (straight edges: between its two nodes)."""
    return tuple(seen.page.evaluate("""(id) => {
        const net = actorgraph.network, e = actorgraph.edges.get(id);
        const p = net.getPositions([e.from, e.to]);
        const dom = net.canvasToDOM({x: (p[e.from].x + p[e.to].x) / 2,
                                     y: (p[e.from].y + p[e.to].y) / 2});
        const box = document.getElementById("ag-network").getBoundingClientRect();
        return [dom.x + box.left, dom.y + box.top];
    }""", edge))


def test_hostile_text_renders_as_text(visit: Callable[..., Visit], tmp_path: Path) -> None:
    write_html(hostile_graph(), tmp_path / "hostile.html", title="<i>x</i><script>1</script>")
    seen = visit(tmp_path / "hostile.html")
    page = seen.page
    assert page.title() == "<i>x</i><script>1</script>"
    x, y = _edge_midpoint(seen, "e0")
    page.mouse.move(x - 5, y - 5)
    page.mouse.move(x, y)
    tooltip = page.wait_for_selector("div.vis-tooltip", state="visible")
    assert HOSTILE_SENTENCE in tooltip.text_content()
    assert HOSTILE_DOC in tooltip.text_content()
    page.mouse.click(x, y)
    assert HOSTILE_SENTENCE in page.inner_text("#ag-details")
    page.fill("#ag-search", "evil")
    page.press("#ag-search", "Enter")
    assert page.inner_text("#ag-details h2") == HOSTILE_LABEL
    screenshot(seen, "hostile.png")
    assert page.evaluate("document.querySelectorAll('img, svg, b, i').length") == 0
    assert page.evaluate("document.querySelectorAll('script').length") == 3
    assert page.evaluate("window.__pwned") is None
    assert seen.dialogs == [] and seen.errors == [] and seen.outside == []


@pytest.mark.slow
def test_two_thousand_nodes_draw_and_respond(visit: Callable[..., Visit],
                                             tmp_path: Path) -> None:
    graph = synthetic_graph(2000, 10_000)
    write_html(graph, tmp_path / "big.html")
    seen = visit(tmp_path / "big.html")
    screenshot(seen, "synthetic-2000.png")
    core = set(CORE_TYPES)
    assert seen.counts() == (len(linked(graph, core)), drawn_edges(graph, core))
    seen.page.uncheck("#ag-types input[data-type=ACCUSE]")
    assert seen.counts()[1] == drawn_edges(graph, set(CORE_TYPES) - {"ACCUSE"})
    seen.page.fill("#ag-search", "Actor 1234")
    seen.page.press("#ag-search", "Enter")
    assert seen.page.evaluate("actorgraph.network.getSelectedNodes()") == ["a1234"]
    assert seen.errors == [] and seen.outside == []
