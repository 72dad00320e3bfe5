"""push: the graph lands in a real Oxigraph server (the ``oxigraph`` package's binary)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest
from sparql_support import ACTORS, RELATIONS, Expected, own_graph, write_sources

from actorgraph.graph.build import from_records
from actorgraph.graph.errors import OutputError
from actorgraph.graph.sparql import example, open_source
from actorgraph.graph.sparql.push import push

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[str]:
    """An Oxigraph server on a free loopback port; its base URL."""
    port = _free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "db"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).read()
                break
            except OSError:
                assert process.poll() is None and time.monotonic() < deadline, "no server"
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def _graph(base: str, name: str | None) -> set[ox.Triple]:
    """One graph of the server, read back through the Graph Store protocol."""
    url = f"{base}/store?" + ("default" if name is None else "graph=" + quote(name, safe=""))
    request = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return {ox.Triple(q.subject, q.predicate, q.object)
                for q in ox.parse(response.read(), ox.RdfFormat.N_TRIPLES)}


def _local(store: ox.Store, name: str | None) -> set[ox.Triple]:
    graph = ox.DefaultGraph() if name is None else ox.NamedNode(name)
    return {ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, graph)}


def _names(store: ox.Store) -> list[str | None]:
    return [None, *sorted(g.value for g in store.named_graphs())]


def _select(base: str, query: str) -> list[dict[str, Any]]:
    request = urllib.request.Request(f"{base}/query?" + urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        bindings: list[dict[str, Any]] = json.loads(response.read())["results"]["bindings"]
        return bindings


def test_push_lands_the_seeds_graph_in_oxigraph(oxigraph: str, seeds_result: Any,
                                                 tmp_path: Path) -> None:
    graph = from_records(seeds_result.actors, seeds_result.relations)
    source = open_source(write_sources(graph, tmp_path)["nquads"])
    summary = push(source.store, f"{oxigraph}/store", batch_size=40)
    names = _names(source.store)
    assert len(names) > 2 and summary.triples == len(source.store)
    assert summary.requests > summary.graphs  # small batches: several requests per graph
    for name in names:
        assert _graph(oxigraph, name) == _local(source.store, name), name
    expect = Expected(seeds_result.actors, seeds_result.relations).top_accusers()
    rows = _select(oxigraph, example("top-accusers").text)
    assert [(r["accuser"]["value"], r["accused"]["value"], int(r["accusations"]["value"]))
            for r in rows] == expect


def test_repushing_an_article_replaces_its_graph(oxigraph: str, tmp_path: Path) -> None:
    first = open_source(write_sources(own_graph(), tmp_path / "v1")["nquads"])
    push(first.store, f"{oxigraph}/store")
    dropped = RELATIONS[1]  # article a1 is re-processed and loses one relation
    changed = [r for r in RELATIONS if r.id != dropped.id]
    second = open_source(write_sources(from_records(ACTORS, changed, include_negated=True),
                                       tmp_path / "v2")["nquads"])
    push(second.store, f"{oxigraph}/store")
    for name in _names(second.store):
        assert _graph(oxigraph, name) == _local(second.store, name), name
    ask = _select(oxigraph, "SELECT ?r WHERE { ?r <https://actorgraph.org/ontology#trigger> "
                            f"{json.dumps(dropped.evidence.trigger)} ; "
                            "<https://actorgraph.org/ontology#evidence> "
                            f"{json.dumps(dropped.evidence.sentence)} }}")
    assert ask == []


def test_push_into_one_named_graph_and_unreachable_store(oxigraph: str,
                                                         tmp_path: Path) -> None:
    source = open_source(write_sources(own_graph(), tmp_path)["turtle"])
    target = "https://example.org/graphs/all"
    push(source.store, f"{oxigraph}/store", graph=target, batch_size=1000)
    assert _graph(oxigraph, target) == _local(source.store, None)
    with pytest.raises(OutputError, match="cannot reach the store"):
        push(source.store, f"http://127.0.0.1:{_free_port()}/store", timeout=5)
    done = subprocess.run([sys.executable, "-m", "actorgraph", "push", str(tmp_path),
                           "--endpoint", f"http://127.0.0.1:{_free_port()}/store"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 4 and len(done.stderr.strip().splitlines()) == 1


def test_oxigraph_bulk_load_of_nquads(tmp_path: Path) -> None:
    files = write_sources(own_graph(), tmp_path)
    subprocess.run([OXIGRAPH, "load", "--location", str(tmp_path / "db"), "--file",
                    str(files["nquads"])], check=True, capture_output=True, timeout=120)
    query = example("top-accusers").text
    done = subprocess.run([OXIGRAPH, "query", "--location", str(tmp_path / "db"), "--query",
                           query, "--results-format", "json", "--union-default-graph"],
                          check=True, capture_output=True, timeout=120)
    rows = json.loads(done.stdout)["results"]["bindings"]
    got = [(r["accuser"]["value"], r["accused"]["value"], int(r["accusations"]["value"]))
           for r in rows]
    assert got == Expected(ACTORS, RELATIONS).top_accusers()
