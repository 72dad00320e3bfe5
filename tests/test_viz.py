"""The explorer page without a browser: records, layout, offline escaped HTML, the command."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_viz_graphs import (
    HOSTILE_DOC,
    HOSTILE_LABEL,
    HOSTILE_SENTENCE,
    hostile_graph,
    small_graph,
    synthetic_graph,
)

from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.io import write_node_link
from actorgraph.viz.explorer import DASHES, edge_records, select_actors
from actorgraph.viz.html import render, render_html, write_html
from actorgraph.viz.layout import layout
from actorgraph.viz.palette import TYPE_COLOURS

DATA_RE = re.compile(r'<script id="ag-data" type="application/json">(.*?)</script>', re.S)


def page_data(page: str) -> dict:  # type: ignore[type-arg]
    match = DATA_RE.search(page)
    assert match is not None
    return json.loads(match.group(1))


def test_one_edge_per_source_type_target() -> None:
    graph = small_graph()
    edges = edge_records(graph, list(graph.nodes))
    keys = [(e["from"], e["type"], e["to"]) for e in edges]
    expected = {(u, d["type"], v) for u, v, d in graph.edges(data=True)}
    assert sorted(keys) == sorted(expected) and len(keys) == len(set(keys))
    accuse = next(e for e in edges if e["from"] == "khamenei" and e["type"] == "ACCUSE")
    threaten = next(e for e in edges if e["from"] == "khamenei" and e["type"] == "THREATEN")
    assert accuse["count"] == 2 and threaten["count"] == 1
    assert accuse["width"] > threaten["width"]
    assert accuse["color"] == TYPE_COLOURS["ACCUSE"] != threaten["color"]
    assert {ev["sentence"] for ev in accuse["evidence"]} == {
        "Khamenei called Trump a criminal.", "Khamenei blamed Trump for the unrest."}
    # Two types between the same actors bend apart instead of being drawn on top of each other.
    assert accuse["smooth"]["roundness"] != threaten["smooth"]["roundness"]


def test_max_nodes_keeps_the_most_involved() -> None:
    graph = small_graph()
    kept = select_actors(graph, 3)
    degree = {n: graph.degree(n) for n in graph.nodes}
    assert len(kept) == 3
    assert min(degree[n] for n in kept) >= max(degree[n] for n in graph.nodes if n not in kept)
    _, summary = render(graph, max_nodes=3)
    assert (summary.shown, summary.left_out) == (3, 4)
    data = page_data(render_html(graph, max_nodes=3))
    assert data["leftOut"] == 4 and {n["id"] for n in data["nodes"]} == set(kept)
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])


def test_layout_positions_every_node_apart() -> None:
    graph = synthetic_graph(200, 600)
    positions = layout(graph)
    assert set(positions) == set(graph.nodes)
    assert len(set(positions.values())) == len(positions)
    assert positions == layout(graph)


def test_page_is_self_contained() -> None:
    page = render_html(small_graph())
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*>", page, re.I)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert "bootstrap.min" not in page and "cdn.jsdelivr" not in page and "@import" not in page
    assert "vis-network" in page and "new vis.Network" in page


def test_inline_scripts_match_the_content_security_policy() -> None:
    page = render_html(small_graph())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy.group(1)
    assert "unsafe-inline" not in policy.group(1).split("style-src")[0]


def test_hostile_text_is_data_not_markup() -> None:
    page = render_html(hostile_graph(), title="<b>t</b>")
    for raw in (HOSTILE_LABEL, HOSTILE_SENTENCE, HOSTILE_DOC, "<svg", "<b>t</b>"):
        assert raw not in page
    assert "<title>&lt;b&gt;t&lt;/b&gt;</title>" in page
    data = page_data(page)
    assert data["nodes"][0]["label"] == HOSTILE_LABEL
    assert data["edges"][0]["evidence"][0]["sentence"] == HOSTILE_SENTENCE
    assert data["edges"][0]["evidence"][0]["doc"] == HOSTILE_DOC


def test_same_graph_same_bytes(tmp_path: Path) -> None:
    write_html(small_graph(), tmp_path / "a.html")
    write_html(small_graph(), tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_default_types_are_the_core_three() -> None:
    data = page_data(render_html(small_graph()))
    shown = {t["name"] for t in data["types"] if t["enabled"]}
    assert shown == {"ACCUSE", "THREATEN", "SANCTION"}
    assert {t["name"] for t in data["types"]} == shown | {"COERCE"}
    data = page_data(render_html(small_graph(), types=["COERCE"]))
    assert {t["name"] for t in data["types"] if t["enabled"]} == {"COERCE"}


def test_bad_options_are_usage_errors() -> None:
    with pytest.raises(ArgumentError):
        render_html(small_graph(), max_nodes=0)
    with pytest.raises(ArgumentError):
        render_html(small_graph(), types=["BLAME"])


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "actorgraph", *args], capture_output=True,
                          text=True, timeout=120)


def test_viz_command_rerenders_a_saved_graph(tmp_path: Path) -> None:
    write_node_link(tmp_path / "graph.json", small_graph())
    out = tmp_path / "view.html"
    result = _run("viz", str(tmp_path), "--out", str(out), "--max-nodes", "4",
                  "--types", "threaten,coerce", "--title", "Iran")
    assert result.returncode == 0, result.stderr
    assert "3 less involved actors left out" in result.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 4 and data["title"] == "Iran"
    assert {t["name"] for t in data["types"] if t["enabled"]} == {"THREATEN", "COERCE"}


@pytest.mark.parametrize(("args", "code", "words"), [
    (["--types", "blame"], 2, "unknown relation type BLAME"),
    (["--max-nodes", "0"], 2, "--max-nodes"),
])
def test_viz_command_usage_errors(tmp_path: Path, args: list[str], code: int, words: str) -> None:
    write_node_link(tmp_path / "graph.json", small_graph())
    result = _run("viz", str(tmp_path / "graph.json"), "--out", str(tmp_path / "v.html"), *args)
    assert result.returncode == code and words in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "v.html").exists()


def test_viz_command_unreadable_graph(tmp_path: Path) -> None:
    (tmp_path / "graph.json").write_text("{not json", encoding="utf-8")
    result = _run("viz", str(tmp_path), "--out", str(tmp_path / "v.html"))
    assert result.returncode == 3 and "graph.json" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_pyvis_only_in_one_module() -> None:
    import ast

    import actorgraph.viz

    users = []
    for path in sorted(Path(actorgraph.viz.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if any(name.split(".")[0] == "pyvis" for name in names):
                users.append(path.name)
    assert sorted(set(users)) == ["html.py"]


def test_odd_graph_files_still_give_a_valid_page() -> None:
    """A hand-edited graph: integer ids, missing fields, NaN confidence, a self-loop."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.add_node(1, label=None, kind=7, aliases=["x", None])
    graph.add_node(2)
    graph.add_edge(1, 2, key="r1", type="ACCUSE", confidence=float("nan"), negated=True)
    graph.add_edge(1, 1, key="r2", type="ACCUSE")
    data = page_data(render_html(graph))
    assert {n["id"] for n in data["nodes"]} == {"1", "2"}
    assert [(e["from"], e["to"], e["confidence"]) for e in data["edges"]] == [("1", "2", None)]
    assert data["edges"][0]["dashes"] == DASHES["negated"]


def test_one_palette_for_page_and_figures() -> None:
    """SUPPORT (and every type) has the same colour in the explorer and in a notebook figure."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    from matplotlib.colors import to_rgba

    from actorgraph.viz.plots import plot_timeline

    types = ["SUPPORT", "ACCUSE", "AGREE"]
    counts = pd.DataFrame([[1, 2, 3]], columns=types, index=pd.to_datetime(["2026-01-05"]))
    bars = plot_timeline(counts).axes[0].patches
    graph = small_graph()
    page = {e["type"]: e["color"] for e in edge_records(graph, list(graph.nodes))}
    for bar, name in zip(bars, types, strict=True):
        assert bar.get_facecolor() == to_rgba(TYPE_COLOURS[name])
    assert all(page[t] == TYPE_COLOURS[t] for t in page)


def test_edges_are_dashed_by_mode() -> None:
    """Only denied: dotted; only threatened or conditional: dashed; any asserted: solid. An older
    record's ``negated`` flag still reads as the negated mode."""
    graph = small_graph()
    for key, mode in (("r1", "negated"), ("r2", "negated"), ("r3", "hypothetical")):
        u, v = next((u, v) for u, v, k in graph.edges(keys=True) if k == key)
        graph.edges[u, v, key]["mode"] = mode
    u, v = next((u, v) for u, v, k in graph.edges(keys=True) if k == "r4")
    graph.edges[u, v, "r4"].pop("mode")
    graph.edges[u, v, "r4"]["negated"] = True
    edges = {(e["from"], e["type"], e["to"]): e for e in edge_records(graph, list(graph.nodes))}
    assert edges[("khamenei", "ACCUSE", "trump")]["dashes"] == DASHES["negated"]
    assert edges[("khamenei", "THREATEN", "trump")]["dashes"] == DASHES["hypothetical"]
    assert edges[("trump", "THREATEN", "iran")]["mode"] == "negated"
    assert "dashes" not in edges[("usa", "SANCTION", "irgc")]
    modes = [ev["mode"] for ev in edges[("khamenei", "ACCUSE", "trump")]["evidence"]]
    assert modes == ["negated", "negated"]
