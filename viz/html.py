"""Render the actor graph as one self-contained, offline HTML page (the only module using pyvis).

The page inlines vis-network (the copy shipped inside pyvis) and our own script and style from
``viz/data``; it loads nothing from the network, and a Content-Security-Policy that allows only
those exact scripts (by hash) makes sure nothing injected through article text can run. Node
positions come from :mod:`actorgraph.viz.layout`, so the browser draws at once instead of running
physics for minutes. pyvis's ``add_node``/``from_nx`` are avoided: they check membership in a list
(quadratic) and ``from_nx`` modifies the graph, so the node and edge lists are filled directly.

>>> import networkx as nx
>>> page = render_html(nx.MultiDiGraph())
>>> "<script src=" in page, "vis.Network" in page
(False, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

import networkx as nx
import pyvis
from pyvis.network import Network

from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.io import atomic_write
from actorgraph.graph.model import RELATION_TYPES
from actorgraph.viz.explorer import (
    CORE_TYPES,
    KIND_STYLES,
    edge_records,
    node_boxes,
    node_records,
    select_actors,
)
from actorgraph.viz.layout import layout
from actorgraph.viz.palette import colour

__all__ = ["DEFAULT_MAX_NODES", "PageSummary", "render", "render_html", "summarise", "to_network",
           "write_html"]

DEFAULT_MAX_NODES = 2000
_DATA = Path(__file__).resolve().parent / "data"
_VIS = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"


@dataclass(frozen=True)
class PageSummary:
    """What a page shows, for the command line to report."""

    actors: int
    shown: int
    edges: int

    @property
    def left_out(self) -> int:
        return self.actors - self.shown


def _asset(path: Path) -> str:
    """A script or style sheet to inline; one that could end its element early is refused."""
    text = path.read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower() or "<!--" in text:
        raise ValueError(f"{path.name} cannot be inlined in a <script> or <style> element")
    return text


def to_network(graph: nx.MultiDiGraph, max_nodes: int | None = DEFAULT_MAX_NODES) -> Network:
    """A pyvis ``Network`` with positioned nodes and one edge per (source, type, target)."""
    if max_nodes is not None and max_nodes < 1:
        raise ArgumentError(f"--max-nodes must be at least 1, got {max_nodes}")
    keep = select_actors(graph, max_nodes)
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    shown = graph if len(keep) == graph.number_of_nodes() else graph.subgraph(keep)
    net.nodes = node_records(graph, keep, layout(shown, node_boxes(graph, keep)))
    net.node_ids = [node["id"] for node in net.nodes]
    net.node_map = {node["id"]: node for node in net.nodes}
    net.edges = edge_records(graph, keep)
    return net


def summarise(graph: nx.MultiDiGraph, net: Network) -> PageSummary:
    """How many actors the graph has, and how many actors and edges the page draws."""
    return PageSummary(graph.number_of_nodes(), len(net.nodes), len(net.edges))


def _legend(graph: nx.MultiDiGraph, net: Network, types: list[str] | None) -> dict[str, Any]:
    """Relation types (with their colour, count and whether shown at first) and actor kinds."""
    present = sorted({str(d.get("type")) for _, _, d in graph.edges(data=True)},
                     key=lambda t: (t not in CORE_TYPES, CORE_TYPES.index(t)
                                    if t in CORE_TYPES else 0, t))
    wanted = set(types) if types is not None else set(CORE_TYPES) & set(present) or set(present)
    edge_count = {t: sum(1 for e in net.edges if e["type"] == t) for t in present}
    kinds = [{"name": kind, **style, "count": sum(1 for n in net.nodes if n["kind"] == kind)}
             for kind, style in KIND_STYLES.items()]
    return {
        "types": [{"name": t, "color": colour(t), "edges": edge_count[t],
                   "enabled": t in wanted} for t in present],
        "kinds": kinds, "core": list(CORE_TYPES),
    }


def _json_for_html(value: Any) -> str:
    """JSON that cannot close its ``<script>`` element or open a comment."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def render(graph: nx.MultiDiGraph, *, max_nodes: int | None = DEFAULT_MAX_NODES,
           types: list[str] | None = None, title: str = "actorgraph explorer",
           physics: bool = False) -> tuple[str, PageSummary]:
    """The page's HTML text and what it shows; ``types`` are shown at first (default: core)."""
    _check_types(types)
    net = to_network(graph, max_nodes)
    summary = summarise(graph, net)
    data = {"title": title, "nodes": net.nodes, "edges": net.edges,
            "actors": summary.actors, "shown": summary.shown, "leftOut": summary.left_out,
            "physics": physics,  # off unless asked: positions stay where layout put them
            **_legend(graph, net, types)}
    vis_js, app_js = _asset(_VIS / "vis-network.min.js"), _asset(_DATA / "explorer.js")
    csp = (f"default-src 'none'; script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:")
    page = Template((_DATA / "explorer.html").read_text(encoding="utf-8"))
    text = page.substitute(
        title=html.escape(title), csp=csp, vis_css=_asset(_VIS / "vis-network.css"),
        css=_asset(_DATA / "explorer.css"), data=_json_for_html(data), vis_js=vis_js,
        js=app_js)
    return text, summary


def _check_types(types: list[str] | None) -> None:
    unknown = sorted(set(types or ()) - set(RELATION_TYPES))
    if unknown:
        raise ArgumentError(f"unknown relation type {', '.join(unknown)} "
                         f"(known: {', '.join(RELATION_TYPES)})")


def render_html(graph: nx.MultiDiGraph, **options: Any) -> str:
    """The page's HTML text (options as for :func:`render`)."""
    return render(graph, **options)[0]


def write_html(graph: nx.MultiDiGraph, path: Path, **options: Any) -> PageSummary:
    """Write the page atomically (options as for :func:`render`); say what it shows."""
    text, summary = render(graph, **options)
    with atomic_write(Path(path)) as out:
        out.write(text)
    return summary
