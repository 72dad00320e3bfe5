"""Is viz/layout.py's own force layout needed, or would networkx's spring layout do?

    python tests/benchmarks/bench_layout.py [--nodes 2000] [--edges 10000] [--rounds 3]

Both sides lay out the same synthetic graph (the one the browser tests use) in the same run:

- networkx: ``nx.spring_layout`` (Fruchterman-Reingold; scipy's sparse variant past 500 nodes),
  ``seed=7``, its default 50 iterations;
- actorgraph: ``force_layout`` (Fruchterman-Reingold in numpy, repulsion from a random sample of
  1,000 nodes past that size), the iterations ``layout`` gives a part of that size.

The fastest of ``--rounds`` counts for each. Quality is the mean edge length over the mean
distance between all nodes (lower: neighbours sit closer than strangers), on unit-scaled
positions. The ratio printed is networkx time / actorgraph time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_viz_graphs import synthetic_graph

from actorgraph.viz.layout import force_layout


def _simple(graph: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes, key=str))
    simple.add_edges_from((u, v) for u, v in graph.edges() if u != v)
    return simple


def _quality(pos: np.ndarray, edges: np.ndarray) -> float:
    pos = (pos - pos.mean(axis=0)) / (np.abs(pos).max() or 1.0)
    edge_len = np.linalg.norm(pos[edges[:, 0]] - pos[edges[:, 1]], axis=1).mean()
    sample = np.random.default_rng(0).integers(0, len(pos), (20_000, 2))
    return float(edge_len / np.linalg.norm(pos[sample[:, 0]] - pos[sample[:, 1]], axis=1).mean())


def _best(run, rounds: int) -> tuple[float, np.ndarray]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return min(times), np.asarray(result)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    simple = _simple(synthetic_graph(args.nodes, args.edges))
    nodes = list(simple.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in simple.edges()], dtype=int)
    weights = np.ones(len(edges))
    iterations = max(40, min(120, 100_000 // len(nodes)))

    def networkx() -> np.ndarray:
        pos = nx.spring_layout(simple, seed=7)
        return np.array([pos[node] for node in nodes])

    ours_time, ours = _best(lambda: force_layout(len(nodes), edges, weights, iterations),
                            args.rounds)
    print(f"{len(nodes)} nodes, {len(edges)} edges; best of {args.rounds}")
    print(f"actorgraph force_layout: {ours_time:7.3f} s  quality {_quality(ours, edges):.3f}")
    try:
        nx_time, theirs = _best(networkx, args.rounds)
    except ImportError as err:  # past 500 nodes networkx needs scipy, not one of our dependencies
        print(f"networkx spring_layout : cannot run here ({err})")
        return
    print(f"networkx spring_layout : {nx_time:7.3f} s  quality {_quality(theirs, edges):.3f}")
    print(f"ratio networkx / actorgraph: {nx_time / ours_time:.1f}x")


if __name__ == "__main__":
    main()
