"""Time to generate the explorer page of a 2,000-actor, 10,000-relation graph, and to draw it.

Prints, measured in the same run:
- generation: our ``write_html`` (numpy layout + lists filled directly) against pyvis's own way
  (``Network.from_nx`` on the collapsed graph, then ``generate_html``), and their ratio;
- browser (Debian's chromium, headless, offline): time from navigation to the first drawn frame,
  and how long the page takes to answer a type filter, a search and a neighbourhood view;
- with ``--physics``: our page with the browser's physics on (150 iterations from our layout),
  and pyvis's default page (physics from scratch, up to 1,000 iterations), each until it
  reports itself stable (capped by ``--physics-timeout``), and their ratios to ours.

    python tests/benchmarks/bench_html.py [--nodes 2000] [--edges 10000] [--physics]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_viz_graphs import synthetic_graph

from actorgraph.graph.build import collapse
from actorgraph.viz.html import write_html

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
EDGES = "actorgraph.network.body.edgeIndices.length"


def timed(action: Any) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def pyvis_way(graph: Any, path: Path) -> None:
    """What the first version did: pyvis's from_nx, which checks node ids in a list."""
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(collapse(graph))
    path.write_text(net.generate_html(), encoding="utf-8")


# Functions, not expressions: the page's Content-Security-Policy forbids evaluating strings.
READY = "() => window.actorgraph && window.actorgraph.drawn"
# pyvis's own page shows a progress bar for graphs over 100 nodes and writes 100% when done.
PYVIS_READY = ("() => document.getElementById('text') && "
               "document.getElementById('text').textContent === '100%'")


def open_page(browser: Any, path: Path, timeout_s: float,
              ready: str = READY) -> tuple[Any, float, list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    outside: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:")
               else (outside.append(r.request.url), r.abort()))
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function(ready, timeout=timeout_s * 1000, polling=100)
    return page, time.perf_counter() - start, outside


def settle(browser: Any, path: Path, ready: str, timeout_s: float) -> float | None:
    """Seconds until a page with physics calls itself stable, or None past the timeout."""
    try:
        page, settled, _ = open_page(browser, path, timeout_s, ready)
    except Exception:
        return None
    page.close()
    return settled


def report(name: str, settled: float | None, made: float, ours: float, cap: float) -> str:
    """One line: time to stable, and generation plus that against ours (``ours`` in total)."""
    if settled is None:
        return f"{name}: not stable after {cap:.0f} s (ratio to ours > {(made + cap) / ours:.0f}x)"
    total = made + settled
    return (f"{name}: stable after {settled:.1f} s; generate + stable {total:.1f} s "
            f"(ratio to ours {total / ours:.1f}x)")


def respond(page: Any, nodes: int) -> dict[str, float]:
    """Wall time of three interactions, each until the drawing reflects it."""
    before, middle = page.evaluate(EDGES), nodes // 2
    selected = f"() => actorgraph.network.getSelectedNodes()[0] === 'a{middle}'"
    filter_s = timed(lambda: (page.uncheck("#ag-types input[data-type=ACCUSE]"),
                              page.wait_for_function(f"() => {EDGES} !== {before}")))
    search_s = timed(lambda: (page.fill("#ag-search", f"Actor {middle}"),
                              page.press("#ag-search", "Enter"),
                              page.wait_for_function(selected)))
    focus_s = timed(lambda: (page.click("#ag-focus"),
                             page.wait_for_function(f"() => actorgraph.nodeView.length < {nodes}")))
    return {"filter": filter_s, "search": search_s, "neighbourhood": focus_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=10_000)
    parser.add_argument("--physics", action="store_true")
    parser.add_argument("--physics-timeout", type=float, default=300.0)
    args = parser.parse_args()
    graph = synthetic_graph(args.nodes, args.edges)
    work = Path(tempfile.mkdtemp(prefix="bench_html."))
    ours = timed(lambda: write_html(graph, work / "ours.html"))
    theirs = timed(lambda: pyvis_way(graph, work / "pyvis.html"))
    size_mb = (work / "ours.html").stat().st_size / 1e6
    print(f"graph: {args.nodes} actors, {args.edges} relations")
    print(f"generate: write_html {ours:.2f} s ({size_mb:.1f} MB page); pyvis from_nx "
          f"{theirs:.2f} s; ratio {theirs / ours:.1f}x")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page, drawn, outside = open_page(browser, work / "ours.html", 120)
        first = page.evaluate("actorgraph.timings.firstDraw") / 1000
        print(f"browser: drawn {drawn:.2f} s after navigation (first frame at {first:.2f} s "
              f"of page time); outside requests: {len(outside)}")
        times = respond(page, args.nodes)
        print("respond: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
        print(f"ours, generate + drawn: {ours + drawn:.1f} s")
        if args.physics:
            made = timed(lambda: write_html(graph, work / "physics.html", physics=True))
            for name, path, ready, gen in (
                    ("our page, physics on", work / "physics.html", READY, made),
                    ("pyvis default page", work / "pyvis.html", PYVIS_READY, theirs)):
                settled = settle(browser, path, ready, args.physics_timeout)
                print(report(name, settled, gen, ours + drawn, args.physics_timeout))
        browser.close()


if __name__ == "__main__":
    main()
