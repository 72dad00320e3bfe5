"""Hand-built graphs for the explorer's tests and benchmark, and checks that they are right.

The other viz tests and ``tests/benchmarks/bench_html.py`` import these builders, so the
graphs a test draws are the ones this module checks.
"""

from __future__ import annotations

import random

import networkx as nx

from actorgraph.graph.build import from_records
from actorgraph.graph.model import Actor, Evidence, Relation

HOSTILE_LABEL = '<img src=x onerror="window.__pwned=1">Evil <b>Corp</b>'
HOSTILE_SENTENCE = ('<script>window.__pwned=2</script> Evil Corp accused Iran '
                    '<img src=x onerror="window.__pwned=3"> & more')
HOSTILE_DOC = "<script>alert(1)</script>"
KINDS = ("PERSON", "GOVERNMENT", "ORGANIZATION", "GROUP")
TYPES = ("ACCUSE", "THREATEN", "SANCTION", "COERCE", "SUPPORT")


def relation(rid: str, type_: str, source: Actor, target: Actor, sentence: str,
             doc: str = "a1", date: str | None = "2026-01-05",
             confidence: float = 0.8) -> Relation:
    evidence = Evidence(doc, sentence, 0, len(sentence), "said", date)
    return Relation(rid, type_, source.id, target.id, source.label, target.label, evidence,
                    confidence)


def small_graph() -> nx.MultiDiGraph:
    """Six actors; parallel edges of several types; one non-core type; one isolated actor."""
    kh = Actor("khamenei", "Ali Khamenei", "PERSON", "IRN", "GOV", ("Khamenei",), 5)
    tr = Actor("trump", "Donald Trump", "PERSON", "USA", "GOV", (), 4)
    ir = Actor("iran", "Iran", "GOVERNMENT", "IRN", "GOV", ("Tehran",), 6)
    us = Actor("usa", "United States", "GOVERNMENT", "USA", "GOV", ("Washington",), 3)
    rg = Actor("irgc", "IRGC", "ORGANIZATION", "IRN", "MIL", (), 2)
    pr = Actor("protesters", "protesters", "GROUP", "IRN", "CIVILIAN", (), 1)
    lone = Actor("reuters", "Reuters", "ORGANIZATION", "GBR", "MEDIA", (), 1)
    rels = [
        relation("r1", "ACCUSE", kh, tr, "Khamenei called Trump a criminal.", "a1", "2026-01-03"),
        relation("r2", "ACCUSE", kh, tr, "Khamenei blamed Trump for the unrest.", "a2", None, 0.6),
        relation("r3", "THREATEN", kh, tr, "Khamenei warned Trump.", "a2"),
        relation("r4", "THREATEN", tr, ir, "Trump said the US was locked and loaded.", "a3"),
        relation("r5", "SANCTION", us, rg, "The US sanctioned IRGC officials.", "a4"),
        relation("r6", "THREATEN", rg, us, "The IRGC warned US forces.", "a4"),
        relation("r7", "COERCE", ir, pr, "Iran arrested protesters.", "a5"),
        relation("r8", "SANCTION", tr, ir, "Trump imposed sanctions on Iran.", "a3"),
    ]
    return from_records([kh, tr, ir, us, rg, pr, lone], rels)


def hostile_graph() -> nx.MultiDiGraph:
    """An actor name, an article id and a sentence made of markup and script."""
    evil = Actor("evil", HOSTILE_LABEL, "ORGANIZATION", None, None, ("<svg onload=alert(1)>",), 1)
    iran = Actor("iran", "Iran", "GOVERNMENT", "IRN")
    rel = relation("r1", "ACCUSE", evil, iran, HOSTILE_SENTENCE, HOSTILE_DOC, "2026-01-05")
    return from_records([evil, iran], [rel])


def synthetic_graph(n_nodes: int, n_edges: int, seed: int = 1) -> nx.MultiDiGraph:
    """A scale-free-ish graph: preferential targets, several types, realistic sentence lengths."""
    rng = random.Random(seed)
    actors = [Actor(f"a{i}", f"Actor {i}", KINDS[i % 4], ("IRN", "USA", "RUS", None)[i % 4],
                    None, (), rng.randint(1, 30)) for i in range(n_nodes)]
    weights = [1.0 / (i + 1) ** 0.7 for i in range(n_nodes)]
    rels = []
    for i in range(n_edges):
        source = rng.choice(actors)
        target = rng.choices(actors, weights)[0]
        while target.id == source.id:
            target = rng.choice(actors)
        text = f"{source.label} said that {target.label} was to blame for event {i}, " * 2
        rels.append(relation(f"r{i:06d}", rng.choice(TYPES), source, target, text.strip(),
                             f"doc{i % 500}", f"2026-01-{1 + i % 28:02d}",
                             round(rng.uniform(0.3, 1.0), 2)))
    return from_records(actors, rels)


def test_small_graph_shape() -> None:
    graph = small_graph()
    assert graph.number_of_nodes() == 7 and graph.number_of_edges() == 8
    assert graph.degree("reuters") == 0


def test_synthetic_graph_is_deterministic_and_sized() -> None:
    one, two = synthetic_graph(300, 1500), synthetic_graph(300, 1500)
    assert one.number_of_nodes() == 300 and one.number_of_edges() == 1500
    assert list(one.edges(keys=True)) == list(two.edges(keys=True))
    assert all(u != v for u, v in one.edges())
