"""pyoxigraph against rdflib on a synthetic actor/relation graph of about a million triples.

    python tests/benchmarks/bench_sparql.py [--relations 68000] [--rdflib-timeout 120]

Builds random actors and relation instances (skewed: a few actors take part in most
relations, as in news), maps them to RDF with the project's own mapping (``to_rdf``), writes
N-Triples, then times for each engine: loading the file, an aggregate (relations per type),
"who accuses whom most" (the shipped example query) and a two-hop join over the direct
``ag:accuses`` triples. rdflib's queries run in a forked child that is killed at the time
limit, reported as "> N s". Prints wall-clock seconds, CPU seconds and the ratios.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from actorgraph.graph.build import from_records
from actorgraph.graph.model import RELATION_TYPES, Actor, Evidence, Relation
from actorgraph.graph.rdf import to_rdf
from actorgraph.graph.sparql import DEFAULT_PREFIXES, example

KINDS = ("PERSON", "GOVERNMENT", "ORGANIZATION", "GROUP")
CORE = ("ACCUSE", "THREATEN", "SANCTION")
PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in DEFAULT_PREFIXES.items())
QUERIES = {
    "relations per type": PREFIXES + "SELECT ?type (COUNT(?r) AS ?n) WHERE { "
                          "?r ag:relationType ?type } GROUP BY ?type ORDER BY DESC(?n)",
    "who accuses whom most": example("top-accusers").text + "LIMIT 10\n",
    "two-hop join": PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a ag:accuses ?b . "
                    "?b ag:accuses ?c }",
}


def synthetic(relations: int, seed: int = 7) -> tuple[list[Actor], list[Relation]]:
    """Actors (one per 14 relations) and relations with Zipf-like actor popularity."""
    rng = random.Random(seed)
    actors = [Actor(f"actor-{i}", f"Actor {i}", rng.choice(KINDS),
                    country=rng.choice(("FRA", "BRA", "KEN", "IND", None)), sector="GOV",
                    aliases=(f"A{i}",), mentions=rng.randint(1, 50))
              for i in range(max(10, relations // 14))]
    weights = [1 / (i + 1) for i in range(len(actors))]
    types = [*CORE * 6, *RELATION_TYPES]
    out = []
    for n in range(relations):
        source, target = rng.choices(actors, weights, k=2)
        if source is target:
            target = actors[(actors.index(source) + 1) % len(actors)]
        doc = f"article-{n // 8}"
        kind = rng.choice(types)
        sentence = f"{source.label} did {kind.lower()} to {target.label} in report {n}."
        day = f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}"
        out.append(Relation(f"r-{n}", kind, source.id, target.id, source.label, target.label,
                            Evidence(doc, sentence, 0, len(sentence), kind.lower(), day),
                            confidence=round(rng.random(), 2)))
    return actors, out


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(action: Callable[[], Any]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, result)."""
    wall, cpu = time.perf_counter(), _cpu()
    value = action()
    return time.perf_counter() - wall, _cpu() - cpu, value


def _rdflib_child(graph: Any, query: str, pipe: Any) -> None:
    wall, cpu, rows = timed(lambda: list(graph.query(query)))
    pipe.send((wall, cpu, len(rows)))


def rdflib_query(graph: Any, query: str, limit: float) -> tuple[float, float, int] | None:
    """Run the query in a forked child (it shares the parsed graph); None when over limit."""
    context = multiprocessing.get_context("fork")
    here, there = context.Pipe()
    child = context.Process(target=_rdflib_child, args=(graph, query, there))
    child.start()
    if here.poll(limit):
        result: tuple[float, float, int] = here.recv()
        child.join()
        return result
    child.kill()
    child.join()
    return None


def _oxigraph_rows(store: ox.Store, query: str) -> int:
    return len(list(store.query(query, use_default_graph_as_union=True)))


def _ratio(slow: float | None, fast: float, limit: float) -> str:
    fast = max(fast, 1e-3)  # CPU clocks tick in milliseconds
    return f"> {limit / fast:,.0f}x" if slow is None else f"{slow / fast:,.1f}x"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--relations", type=int, default=68_000)
    parser.add_argument("--rdflib-timeout", type=float, default=120.0)
    args = parser.parse_args()
    import rdflib

    limit = args.rdflib_timeout
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    wall, _, (actors, relations) = timed(lambda: synthetic(args.relations))
    wall, _, rdf = timed(lambda: to_rdf(from_records(actors, relations)))
    print(f"{len(actors):,} actors, {len(relations):,} relations -> {len(rdf):,} triples "
          f"(mapped with to_rdf in {wall:.1f} s)")
    folder = Path(tempfile.mkdtemp(prefix="bench-sparql-"))
    path = folder / "graph.nt"
    rdf.serialize(path, format="nt", encoding="utf-8")
    del rdf
    print(f"N-Triples file: {path.stat().st_size / 1e6:.0f} MB\n")
    store = ox.Store()
    rows = [("load N-Triples", timed(lambda: store.load(path=str(path),
                                                          format=ox.RdfFormat.N_TRIPLES)),
             timed(lambda: rdflib.Graph().parse(path, format="nt")))]
    graph = rows[0][2][2]
    assert len(store) == len(graph), (len(store), len(graph))
    for name, query in QUERIES.items():
        ours = timed(lambda q=query: _oxigraph_rows(store, q))  # type: ignore[misc]
        theirs = rdflib_query(graph, query, limit)
        if theirs is not None:
            assert theirs[2] == ours[2], (name, theirs[2], ours[2])
        rows.append((name, ours, theirs))
    print(f"{'step':24} {'pyoxigraph':>24} {'rdflib':>24} {'ratio wall':>11} "
          f"{'ratio cpu':>10}")
    for name, (wall, cpu, _), other in rows:
        theirs = (f"> {limit:.0f} s" if other is None else
                  f"{other[0]:9.3f} s ({other[1]:6.2f} cpu)")
        print(f"{name:24} {wall:9.3f} s ({cpu:6.2f} cpu) {theirs:>24} "
              f"{_ratio(None if other is None else other[0], wall, limit):>11} "
              f"{_ratio(None if other is None else other[1], cpu, limit):>10}")
    path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
