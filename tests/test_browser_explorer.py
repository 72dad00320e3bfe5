"""The explorer at a glance, in Chromium at 1400x900: legible first view, nodes apart, isolated
actors behind a toggle, details beside the graph, stable positions, a time filter, search that
looks into the evidence. Screenshots go to tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from browser_support import Visit, drawn_edges, linked, screenshot
from test_viz_graphs import relation

from actorgraph.graph.build import from_records
from actorgraph.graph.io import read_graph
from actorgraph.graph.model import Actor
from actorgraph.viz.explorer import CORE_TYPES
from actorgraph.viz.html import write_html

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[1] / "notebooks" / "data" / "seeds_dated.jsonl"
POSITIONS = "() => actorgraph.network.getPositions()"


@pytest.fixture(scope="module")
def dated(nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds with a date each, built: the explorer a newcomer opens first."""
    from output_support import write_outputs

    from actorgraph.extract.readers import read_inputs
    from actorgraph.pipeline import build_records

    out = tmp_path_factory.mktemp("dated")
    write_outputs(build_records(read_inputs([SAMPLE]), nlp), out)
    return out


def test_first_view_labels_are_legible_and_nodes_apart(visit: Callable[..., Visit],
                                                      dated: Path) -> None:
    seen = visit(dated / "graph.html")
    screenshot(seen, "explorer-first-view.png")
    page = seen.page
    scale = page.evaluate("actorgraph.network.getScale()")
    shown = page.evaluate("actorgraph.nodeView.get()")
    top = sorted(shown, key=lambda n: -n["involvement"])[:5]
    for node in top:  # the most involved actors read at 12 px or more, unzoomed
        assert node["font"]["size"] * scale >= 12, (node["label"], node["font"]["size"], scale)
    assert top[0]["font"]["size"] > min(n["font"]["size"] for n in shown)  # scaled by importance
    where = page.evaluate(POSITIONS)
    for a, b in itertools.combinations(shown, 2):  # shapes never overlap
        pa, pb = where[a["id"]], where[b["id"]]
        assert abs(pa["x"] - pb["x"]) >= a["size"] + b["size"] or \
            abs(pa["y"] - pb["y"]) >= a["size"] + b["size"], (a["label"], b["label"])
    assert seen.errors == [] and seen.outside == []


def test_isolated_actors_hidden_with_a_toggle_and_a_count(visit: Callable[..., Visit],
                                                         dated: Path) -> None:
    graph = read_graph(dated)
    seen = visit(dated / "graph.html")
    alone = graph.number_of_nodes() - len(linked(graph, set(CORE_TYPES)))
    assert alone > 0
    assert seen.counts()[0] == graph.number_of_nodes() - alone
    assert seen.page.inner_text("#ag-isolated-label") == \
        f"Show {alone} actors without a shown relation"
    seen.page.check("#ag-isolated")
    assert seen.counts()[0] == graph.number_of_nodes()
    seen.page.uncheck("#ag-isolated")
    seen.page.click("#ag-types-all")  # more types shown: fewer actors wait behind the toggle
    everything = {d["type"] for _, _, d in graph.edges(data=True)}
    fewer = graph.number_of_nodes() - len(linked(graph, everything))
    assert seen.counts()[0] == graph.number_of_nodes() - fewer
    assert f"Show {fewer} actor" in seen.page.inner_text("#ag-isolated-label")


def test_edge_evidence_is_visible_without_scrolling(visit: Callable[..., Visit],
                                                   dated: Path) -> None:
    seen = visit(dated / "graph.html")
    page = seen.page
    edge = page.evaluate("actorgraph.edgeView.get().sort((a, b) => b.count - a.count)[0]")
    # a point 40% along the edge as drawn (curved when the pair has edges of several types)
    point = page.evaluate("""(e) => {
        const net = actorgraph.network;
        const dom = net.canvasToDOM(net.body.edges[e.id].edgeType.getPoint(0.4));
        const box = document.getElementById("ag-network").getBoundingClientRect();
        return [dom.x + box.left, dom.y + box.top]; }""", edge)
    page.mouse.click(*point)
    box = page.locator("#ag-details-box")
    assert box.is_visible()
    clicked = page.evaluate("actorgraph.edges.get(actorgraph.network.getSelectedEdges()[0])")
    assert clicked["type"] in page.inner_text("#ag-details h2")
    rect = box.bounding_box()
    assert rect is not None and rect["y"] >= 0 and rect["y"] + rect["height"] <= 900
    assert rect["x"] > 340  # over the graph, not under the controls
    first = page.locator("#ag-details .ag-evidence q").first
    quote = first.bounding_box()
    assert quote is not None and quote["y"] + quote["height"] <= 900
    assert clicked["evidence"][0]["sentence"] == first.inner_text()
    assert page.evaluate("[window.scrollY, document.getElementById('ag-side').scrollTop]") == \
        [0, 0]
    screenshot(seen, "explorer-edge-evidence.png")
    page.click("#ag-details-close")
    assert not box.is_visible()


def test_positions_stay_put_across_view_changes(visit: Callable[..., Visit],
                                               dated: Path) -> None:
    seen = visit(dated / "graph.html")
    page = seen.page
    page.check("#ag-isolated")
    before = page.evaluate(POSITIONS)
    page.click("#ag-types-all")
    page.evaluate("actorgraph.setTime(0, 3)")
    page.fill("#ag-search", "Khamenei")
    page.press("#ag-search", "Enter")
    page.click("#ag-focus")
    page.click("#ag-reset")
    page.evaluate("actorgraph.setTime(0, actorgraph.days.length - 1)")
    page.click("#ag-types-core")
    page.wait_for_timeout(600)  # any animation would have moved something by now
    assert page.evaluate(POSITIONS) == before


def test_time_filter(visit: Callable[..., Visit], dated: Path) -> None:
    graph = read_graph(dated)
    seen = visit(dated / "graph.html")
    page = seen.page
    dates = sorted({d["date"] for _, _, d in graph.edges(data=True) if d.get("date")})
    days = page.evaluate("actorgraph.days")
    assert days[0] == dates[0] and days[-1] == dates[-1] and len(days) > len(dates)
    bars = page.locator("#ag-histogram .ag-bar")
    assert bars.count() == len(days)
    per_day = {day: sum(1 for _, _, d in graph.edges(data=True) if d.get("date") == day)
               for day in days}
    tallest = max(per_day, key=lambda d: per_day[d])
    assert bars.nth(days.index(tallest)).get_attribute("style") == "height: 100%;"
    assert "height: 0%" in (bars.nth(days.index(next(d for d in days if not per_day[d])))
                            .get_attribute("style") or "")
    one = days.index(dates[-1])
    page.evaluate(f"actorgraph.setTime({one}, {one})")
    core = set(CORE_TYPES)
    on_day = nx.MultiDiGraph([(u, v, d) for u, v, d in graph.edges(data=True)
                              if d.get("date") == dates[-1]])
    assert seen.counts() == (len(linked(on_day, core)), drawn_edges(on_day, core))
    assert page.inner_text("#ag-time-label").startswith(f"{dates[-1]} \u2013 {dates[-1]}")
    page.evaluate(f"actorgraph.setTime(0, {one - 1})")
    screenshot(seen, "explorer-time-filter.png")
    assert seen.counts()[1] < drawn_edges(graph, core)
    page.click("#ag-time-all")
    assert seen.counts()[1] == drawn_edges(graph, core)


def test_undated_graph_has_no_time_filter(visit: Callable[..., Visit], tmp_path: Path) -> None:
    putin = Actor("putin", "Vladimir Putin", "PERSON", "RUS")
    kyiv = Actor("ukraine", "Ukraine", "GOVERNMENT", "UKR")
    rel = relation("r1", "ACCUSE", putin, kyiv, "Putin accused Kyiv after Zelensky spoke.",
                   date=None)
    write_html(from_records([putin, kyiv], [rel]), tmp_path / "undated.html")
    seen = visit(tmp_path / "undated.html")
    assert seen.page.is_hidden("#ag-time")


def test_search_says_when_a_name_is_only_in_evidence(visit: Callable[..., Visit],
                                                     tmp_path: Path) -> None:
    putin = Actor("putin", "Vladimir Putin", "PERSON", "RUS")
    kyiv = Actor("ukraine", "Ukraine", "GOVERNMENT", "UKR", aliases=("Kyiv",))
    rels = [relation("r1", "ACCUSE", putin, kyiv, "Putin accused Kyiv after Zelensky spoke."),
            relation("r2", "THREATEN", putin, kyiv, "Putin warned Kyiv.")]
    write_html(from_records([putin, kyiv], rels), tmp_path / "z.html")
    page = visit(tmp_path / "z.html").page
    page.fill("#ag-search", "Zelensky")
    page.press("#ag-search", "Enter")
    said = page.inner_text("#ag-search-result")
    assert "\u201cZelensky\u201d is not an actor in the graph, but occurs only in evidence" in said
    assert "the sentences of 1 relation" in said
    page.click("#ag-search-result button")
    assert "Zelensky spoke" in page.inner_text("#ag-details")
    page.fill("#ag-search", "Merkel")
    page.press("#ag-search", "Enter")
    assert page.inner_text("#ag-search-result") == "No actor matches \u201cMerkel\u201d."
