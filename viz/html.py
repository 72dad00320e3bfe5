"""Render the actor graph as one self-contained, offline HTML page with pyvis."""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from actorgraph.graph.build import collapse
from actorgraph.graph.io import atomic_write

__all__ = ["TYPE_COLOURS", "render_html", "write_html"]

TYPE_COLOURS = {"ACCUSE": "#d62728", "THREATEN": "#ff7f0e", "SANCTION": "#9467bd"}
KIND_SHAPES = {"PERSON": "dot", "GOVERNMENT": "square", "ORGANIZATION": "diamond",
               "GROUP": "triangle"}


def render_html(graph: nx.MultiDiGraph) -> str:
    """The HTML text of the graph view (one edge per source, type and target)."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for node, data in sorted(graph.nodes(data=True)):
        title = f"{data.get('label', node)} ({data.get('kind')}, {data.get('country') or '-'})"
        net.add_node(node, label=data.get("label", node), title=html.escape(title),
                     shape=KIND_SHAPES.get(data.get("kind", ""), "dot"))
    for type_ in sorted({d["type"] for _, _, d in graph.edges(data=True)}):
        for u, v, data in sorted(collapse(graph, [type_]).edges(data=True)):
            lines = [html.escape(graph.edges[u, v, k]["sentence"]) for k in data["relations"]]
            net.add_edge(u, v, title="\n".join(lines), label=type_,
                         value=data["weight"], color=TYPE_COLOURS.get(type_, "#7f7f7f"))
    return net.generate_html()


def write_html(graph: nx.MultiDiGraph, path: Path) -> None:
    with atomic_write(path) as out:
        out.write(render_html(graph))
