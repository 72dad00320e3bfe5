"""Node positions computed in Python, so the browser never has to run physics.

vis-network's own physics needs minutes to settle a graph of a thousand nodes and freezes the
tab meanwhile; a force-directed layout in numpy takes a second or two for two thousand. Each
connected part is laid out on its own (Fruchterman-Reingold with a little gravity), the parts
are packed in rows, biggest first, so small islands do not fly off to the edges, and actors
without any relation go in a labelled grid underneath.

Why not ``networkx.spring_layout``: ``tests/benchmarks/bench_layout.py`` measured it 17.5x slower
at 2,000 nodes and 10,000 edges (19.2 s against 1.1 s, same quality figure 0.58 / 0.55), 6.0x at
1,000 nodes, 3.4x at 300; and past 500 nodes it needs scipy, which actorgraph does not depend on.

>>> import networkx as nx
>>> pos = layout(nx.path_graph(3))
>>> sorted(pos) == [0, 1, 2] and all(len(p) == 2 for p in pos.values())
True
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import Any

import networkx as nx
import numpy as np

__all__ = ["Box", "force_layout", "layout", "separate"]

Box = tuple[float, float]  # half width, half height of a node with its label, in pixels

SPACING = 110.0  # pixels between neighbouring nodes, roughly
ISOLATE_WIDTH, ISOLATE_HEIGHT = 240.0, 64.0  # grid cell of an actor without relations
_SAMPLE = 1000  # above this many nodes, repulsion comes from a random sample of them
_CHUNK = 512  # rows of the pairwise repulsion computed at once (memory: 16 * CHUNK * n bytes)
GAP = 6.0  # pixels kept free between two nodes' boxes
SEPARATE_MAX = 150  # past this many nodes boxes are not separated (quadratic; zoom instead)


def force_layout(n: int, edges: np.ndarray, weights: np.ndarray, iterations: int = 80,
                 seed: int = 7) -> np.ndarray:
    """Fruchterman-Reingold positions (n x 2, centred, unit scale) for nodes 0..n-1.

    ``edges`` is an (m x 2) int array of node indices; ``weights`` the attraction of each edge.
    """
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    if n < 2:
        return np.zeros((n, 2))
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos, k, rng) + _attraction(pos, edges, weights, k) - pos * (2.0 * k)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos - pos.mean(axis=0)


def _repulsion(pos: np.ndarray, k: float, rng: np.random.Generator) -> np.ndarray:
    """Every pair pushes apart with force k^2 / distance (float32, chunked to bound memory).

    Past ``_SAMPLE`` nodes, each node is pushed by a fresh random sample of the others, scaled
    up: the expected force is the same and the cost grows linearly instead of quadratically.
    """
    x, y = pos[:, 0].astype(np.float32), pos[:, 1].astype(np.float32)
    others = np.arange(len(pos)) if len(pos) <= _SAMPLE else rng.choice(len(pos), _SAMPLE,
                                                                         replace=False)
    scale = np.float32(k * k * len(pos) / len(others))
    out = np.zeros_like(pos)
    for start in range(0, len(pos), _CHUNK):
        dx = x[start:start + _CHUNK, None] - x[None, others]
        dy = y[start:start + _CHUNK, None] - y[None, others]
        force = scale / np.maximum(dx * dx + dy * dy, np.float32(1e-6))
        out[start:start + _CHUNK, 0] = (dx * force).sum(axis=1)
        out[start:start + _CHUNK, 1] = (dy * force).sum(axis=1)
    return out


def _attraction(pos: np.ndarray, edges: np.ndarray, weights: np.ndarray, k: float) -> np.ndarray:
    """Each edge pulls its ends together with force distance^2 / k (times its weight)."""
    out = np.zeros_like(pos)
    if len(edges) == 0:
        return out
    delta = pos[edges[:, 0]] - pos[edges[:, 1]]
    dist = np.linalg.norm(delta, axis=1)
    pull = delta * (dist * weights / k)[:, None]
    np.add.at(out, edges[:, 0], -pull)
    np.add.at(out, edges[:, 1], pull)
    return out


def _component_positions(graph: nx.Graph, nodes: list[Hashable]) -> np.ndarray:
    """Pixel positions of one connected part, centred on (0, 0)."""
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v], w) for u, v, w in graph.edges(nodes, data="weight")]
    edges = np.array([(u, v) for u, v, _ in pairs], dtype=int).reshape(-1, 2)
    weights = np.log1p(np.array([w for _, _, w in pairs], dtype=float))
    iterations = max(40, min(120, 100_000 // max(len(nodes), 1)))
    pos = force_layout(len(nodes), edges, weights, iterations=iterations)
    spread = np.abs(pos).max() or 1.0
    return pos / spread * SPACING * math.sqrt(len(nodes)) * 0.7


def _pack(parts: list[tuple[list[Hashable], np.ndarray]]) -> dict[Hashable, tuple[int, int]]:
    """Place the parts (biggest first) left to right in rows of a roughly square block."""
    sizes = [(float(np.ptp(p[:, 0])), float(np.ptp(p[:, 1]))) for _, p in parts]
    total = sum((w + SPACING) * (h + SPACING) for w, h in sizes)
    row_width = max(math.sqrt(total) * 1.2, max((w for w, _ in sizes), default=0.0))
    x = y = row_height = 0.0
    placed: dict[Hashable, tuple[int, int]] = {}
    for (nodes, pos), (w, h) in zip(parts, sizes, strict=True):
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + SPACING, 0.0
        offset = np.array([x - pos[:, 0].min(), y - pos[:, 1].min()])
        for node, (px, py) in zip(nodes, pos + offset, strict=True):
            placed[node] = (round(float(px)), round(float(py)))
        x, row_height = x + w + SPACING, max(row_height, h)
    return placed


def _grid(nodes: list[Hashable], top: float, width: float) -> dict[Hashable, tuple[int, int]]:
    """Actors without relations, in labelled rows under the rest, out of its way."""
    columns = max(5, int(width // ISOLATE_WIDTH) + 1)
    return {node: (round(i % columns * ISOLATE_WIDTH), round(top + i // columns * ISOLATE_HEIGHT))
            for i, node in enumerate(nodes)}


def separate(pos: np.ndarray, boxes: np.ndarray, iterations: int = 300) -> np.ndarray:
    """Move nodes apart until no two boxes (half width, half height, centred) overlap.

    Each overlapping pair is pushed apart along the axis where it overlaps least, half each;
    the forces' layout is kept as far as it can be.
    """
    pos = pos.astype(np.float64).copy()
    for _ in range(iterations):
        move = np.zeros_like(pos)
        for start in range(0, len(pos), _CHUNK):
            rows = slice(start, start + _CHUNK)
            delta = pos[rows, None, :] - pos[None, :, :]
            room = boxes[rows, None, :] + boxes[None, :, :] + GAP - np.abs(delta)
            overlap = (room > 0).all(axis=2)
            overlap[np.arange(len(pos[rows])), np.arange(start, start + len(pos[rows]))] = False
            axis = np.argmin(room, axis=2)  # 0: push sideways, 1: push up or down
            push = np.where(overlap, np.take_along_axis(room, axis[..., None], 2)[..., 0], 0.0)
            sign = np.where(np.take_along_axis(delta, axis[..., None], 2)[..., 0] >= 0, 1.0, -1.0)
            for a in (0, 1):
                move[rows, a] += (push * sign * (axis == a)).sum(axis=1) * 0.55
        if not move.any():
            break
        pos += move
    return pos


def layout(graph: nx.Graph, boxes: Mapping[Any, Box] | None = None
           ) -> dict[Hashable, tuple[int, int]]:
    """Integer pixel positions for every node (deterministic for the same graph); with
    ``boxes`` and up to ``SEPARATE_MAX`` nodes, no two nodes' boxes overlap."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    for u, v in graph.edges():
        if u != v:
            old = simple.get_edge_data(u, v, {"weight": 0.0})["weight"]
            simple.add_edge(u, v, weight=old + 1.0)
    components = sorted((sorted(c, key=str) for c in nx.connected_components(simple)
                         if len(c) > 1), key=lambda c: (-len(c), str(c[0])))
    placed = _pack([(nodes, _component_positions(simple, nodes)) for nodes in components])
    xs, ys = [x for x, _ in placed.values()], [y for _, y in placed.values()]
    top = max(ys) + 2 * SPACING if ys else 0.0
    alone = sorted((node for node in simple.nodes if simple.degree(node) == 0),
                   key=lambda n: (str(graph.nodes[n].get("label") or n).lower(), str(n)))
    placed = {**placed, **_grid(alone, top, max(xs) - min(xs) if xs else 0.0)}
    if not boxes or not 2 <= len(placed) <= SEPARATE_MAX:
        return placed
    nodes = list(placed)
    moved = separate(np.array([placed[n] for n in nodes], dtype=float),
                     np.array([boxes.get(n, (10.0, 10.0)) for n in nodes], dtype=float))
    return {n: (round(float(x)), round(float(y))) for n, (x, y) in zip(nodes, moved, strict=True)}
