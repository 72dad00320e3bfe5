"""What the explorer draws, as plain data: one node per actor, one edge per (source, type, target).

These are pure functions from the graph to JSON-ready dicts in vis-network's vocabulary (plus our
own fields, read by the page's script), so they can be tested without a browser and without
pyvis. Text from articles is never turned into markup here: the page builds its tooltips with
``textContent``.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", id="a", label="A", kind="PERSON")
>>> g.add_node("b", id="b", label="B", kind="GOVERNMENT")
>>> _ = g.add_edge("a", "b", key="r1", type="ACCUSE", sentence="A blamed B.", doc="d", date=None)
>>> [(e["from"], e["type"], e["to"], e["count"]) for e in edge_records(g, ["a", "b"])]
[('a', 'ACCUSE', 'b', 1)]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx

from actorgraph.viz.palette import colour

__all__ = [
    "CORE_TYPES",
    "DASHES",
    "KIND_STYLES",
    "MODES",
    "edge_records",
    "importance",
    "involvement",
    "label_size",
    "node_boxes",
    "node_records",
    "node_size",
    "select_actors",
]

CORE_TYPES: tuple[str, ...] = ("ACCUSE", "THREATEN", "SANCTION")
# Shape and colour per actor kind: two cues, so the legend still reads in greyscale.
KIND_STYLES: dict[str, dict[str, str]] = {
    "PERSON": {"shape": "dot", "color": "#4e79a7", "symbol": "●"},
    "GOVERNMENT": {"shape": "square", "color": "#2a9d8f", "symbol": "■"},
    "ORGANIZATION": {"shape": "diamond", "color": "#e0a526", "symbol": "◆"},
    "GROUP": {"shape": "triangle", "color": "#9c755f", "symbol": "▲"},
}
_UNKNOWN_KIND = {"shape": "dot", "color": "#b0b0b0", "symbol": "●"}
MODES = ("asserted", "negated", "hypothetical")
# Edges whose every sentence is not asserted: dotted when denied, dashed when hypothetical.
DASHES: dict[str, list[int]] = {"negated": [2, 5], "hypothetical": [10, 6]}


def involvement(graph: nx.MultiDiGraph) -> dict[str, int]:
    """Relation instances each actor takes part in, as source or target."""
    return {node: graph.in_degree(node) + graph.out_degree(node) for node in graph.nodes}


def select_actors(graph: nx.MultiDiGraph, max_nodes: int | None) -> list[str]:
    """The ``max_nodes`` most involved actors (ties: more mentions, then id), or all of them."""
    counts = involvement(graph)
    ranked = sorted(graph.nodes, key=lambda n: (-counts[n], -_int(graph.nodes[n], "mentions"),
                                                str(n)))
    return sorted(ranked if max_nodes is None else ranked[:max_nodes], key=str)


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _text(value: Any) -> str | None:
    """A string attribute, or None: a hand-edited graph file may hold anything."""
    return None if value is None else str(value)


def _number(value: Any) -> float | None:
    """A finite number, or None (JSON has no NaN, and the page must parse)."""
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    return float(value) if ok else None


def node_size(count: int) -> float:
    """Area grows with involvement, so a hub stands out without hiding its neighbours."""
    return round(min(12.0 + 5.0 * math.sqrt(count), 60.0), 1)


def importance(counts: dict[Any, int]) -> dict[Any, float]:
    """Involvement on a 0..1 scale (square root: the second rank still reads as important)."""
    top = max(counts.values(), default=0) or 1
    return {node: round(math.sqrt(count / top), 3) for node, count in counts.items()}


def label_size(weight: float) -> float:
    """Label font size in graph units: 14 for the least involved, 30 for the most."""
    return round(14.0 + 16.0 * weight, 1)


def node_boxes(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> dict[str, tuple[float, float]]:
    """Half width and half height of each node with its label below it (in graph units), for
    the layout to keep apart. A character is about 0.6 of the font size wide."""
    counts = involvement(graph)
    weights = importance(counts)
    boxes = {}
    for node in nodes:
        size, font = node_size(counts[node]), label_size(weights[node])
        text = str(graph.nodes[node].get("label") or node)
        boxes[node] = (max(size, 0.3 * font * len(text)), size + 0.8 * font)
    return boxes


def node_records(graph: nx.MultiDiGraph, nodes: Iterable[str],
                 positions: dict[Any, tuple[int, int]]) -> list[dict[str, Any]]:
    """One vis-network node per actor with its position, shape, colour and size."""
    counts = involvement(graph)
    weights = importance(counts)
    records = []
    for node in nodes:
        data = graph.nodes[node]
        style = KIND_STYLES.get(str(data.get("kind")), _UNKNOWN_KIND)
        x, y = positions.get(node, (0, 0))
        records.append({
            "id": str(node), "label": str(data.get("label") or node), "x": x, "y": y,
            "shape": style["shape"], "color": style["color"], "size": node_size(counts[node]),
            "importance": weights[node], "font": {"size": label_size(weights[node])},
            "kind": _text(data.get("kind")), "country": _text(data.get("country")),
            "sector": _text(data.get("sector")),
            "aliases": [str(a) for a in data.get("aliases") or [] if a is not None],
            "mentions": _int(data, "mentions"), "wikidata": _text(data.get("wikidata")),
            "involvement": counts[node],
        })
        if counts[node] == 0:
            records[-1]["physics"] = False  # stays in its grid cell if the browser runs physics
    return records


def edge_width(count: int) -> float:
    """Width grows with the number of supporting sentences, slowly, up to a cap."""
    return round(min(1.5 + 2.0 * math.log2(count), 12.0), 2)


def _mode(data: dict[str, Any]) -> str:
    """PLOVER's mode of a relation; older records only say whether it was negated."""
    mode = data.get("mode")
    if mode in MODES:
        return str(mode)
    return "negated" if data.get("negated") else "asserted"


def _evidence(data: dict[str, Any]) -> dict[str, Any]:
    return {"sentence": str(data.get("sentence") or ""), "doc": str(data.get("doc") or ""),
            "date": _text(data.get("date")), "confidence": _number(data.get("confidence")),
            "trigger": _text(data.get("trigger")), "mode": _mode(data),
            "url": _text(data.get("url")), "title": _text(data.get("title")),
            "outlet": _text(data.get("outlet"))}


def _groups(graph: nx.MultiDiGraph, keep: set[str]) -> dict[tuple[str, str, str], list[Any]]:
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for u, v, data in graph.edges(data=True):
        if u in keep and v in keep and u != v:
            groups[(str(u), str(data.get("type")), str(v))].append(data)
    return groups


def _curves(keys: list[tuple[str, str, str]]) -> dict[tuple[str, str, str], float]:
    """Roundness per edge: edges sharing a pair of actors bend apart instead of overlapping."""
    per_pair: dict[frozenset[str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in keys:
        per_pair[frozenset((key[0], key[2]))].append(key)
    curves = {}
    for pair_keys in per_pair.values():
        if len(pair_keys) > 1:
            for direction in {(k[0], k[2]) for k in pair_keys}:
                same = [k for k in pair_keys if (k[0], k[2]) == direction]
                for i, key in enumerate(same):
                    curves[key] = round(0.15 + 0.2 * i, 2)
    return curves


def edge_records(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> list[dict[str, Any]]:
    """One vis-network edge per (source, type, target), carrying all its evidence.

    Options shared by every edge (arrows, straight lines, opacity) are set once in the page's
    script, so a 10,000-edge page does not repeat them 10,000 times.
    """
    groups = _groups(graph, set(nodes))
    keys = sorted(groups)
    curves = _curves(keys)
    records = []
    for i, key in enumerate(keys):
        source, type_, target = key
        evidence = sorted((_evidence(d) for d in groups[key]),
                          key=lambda e: (e["date"] or "", e["doc"], e["sentence"]))
        confidences = [e["confidence"] for e in evidence if e["confidence"] is not None]
        # An edge of a collapsed graph (a big build) stands for ``count`` relation instances.
        count = sum(_int(d, "count") or 1 for d in groups[key])
        record = {
            "id": f"e{i}", "from": source, "to": target, "type": type_,
            "color": colour(type_), "count": count,
            "width": edge_width(count),
            "confidence": max(confidences) if confidences else None, "evidence": evidence,
        }
        modes = {e["mode"] for e in evidence}
        if "asserted" not in modes:  # dotted when denied, dashed when only threatened or if
            mode = "negated" if modes == {"negated"} else "hypothetical"
            record.update(mode=mode, dashes=DASHES[mode])
        if key in curves:
            record["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": curves[key]}
        records.append(record)
    return records
