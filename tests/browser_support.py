"""Chromium through Playwright for the explorer's tests: Debian's chromium, headless, every
non-file request refused and recorded, console errors and dialogs collected; screenshots go to
tests/artifacts/. The fixtures ``browser`` and ``visit`` are registered by conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# A function, not an expression: the page's Content-Security-Policy forbids evaluating strings.
DRAWN = "() => window.actorgraph && window.actorgraph.drawn"
COUNTS = ("[actorgraph.network.body.nodeIndices.length, "
          "actorgraph.network.body.edgeIndices.length]")


@dataclass
class Visit:
    """One opened page and everything it tried to do that it should not."""

    page: Any
    outside: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def counts(self) -> tuple[int, int]:
        nodes, edges = self.page.evaluate(COUNTS)
        return nodes, edges


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def visit(browser: Any) -> Iterator[Callable[[Path], Visit]]:
    contexts = []

    def open_page(path: Path, wait: str | None = DRAWN) -> Visit:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(request_route: Any) -> None:
            if request_route.request.url.startswith("file:"):
                request_route.continue_()
            else:
                seen.outside.append(request_route.request.url)
                request_route.abort()

        context.route("**/*", route)
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        if wait:
            page.wait_for_function(wait, timeout=60_000)
        return seen

    yield open_page
    for context in contexts:
        context.close()


def drawn_edges(graph: nx.MultiDiGraph, types: set[str]) -> int:
    """What the page should draw: one edge per (source, type, target) of the shown types."""
    return len({(u, d["type"], v) for u, v, d in graph.edges(data=True)
                if d["type"] in types and u != v})


def linked(graph: nx.MultiDiGraph, types: set[str]) -> set[str]:
    """The actors the page shows at first: those with a relation of a shown type."""
    return {n for u, v, d in graph.edges(data=True) if d["type"] in types and u != v
            for n in (u, v)}


def screenshot(visit: Visit, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    visit.page.screenshot(path=str(ARTIFACTS / name))
