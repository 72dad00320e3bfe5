"""Graphs for the SPARQL, endpoint and push tests: hand-made records, and the seeds' build.

The expectations of the example queries are computed here from the records themselves (plain
Python over actors and relations), never copied from query output.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from actorgraph.graph.build import from_records
from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.model import Actor, Evidence, Relation

HOSTILE = "<script>alert('x')</script> \"&amp; ]]> } . DROP ALL ; <img src=x onerror=alert(1)>"

ACTORS = [
    Actor("france", "France", "GOVERNMENT", country="FRA", sector="GOV", aliases=("Paris",)),
    Actor("brazil", "Brazil", "GOVERNMENT", country="BRA", sector="GOV"),
    Actor("kenya", "Kenya", "GOVERNMENT", country="KEN", sector="GOV"),
    Actor("ana-souza", "Ana Souza", "PERSON", country="BRA", sector="OPPOSITION"),
    Actor("dock-workers", "dock workers", "GROUP", country="KEN", sector="CIVILIAN"),
    Actor("relief-league", "Relief League", "ORGANIZATION", sector="NGO"),
    Actor("hostile", HOSTILE, "ORGANIZATION"),
]


def _rel(n: int, kind: str, source: str, target: str, doc: str, sentence: str,
         trigger: str, date: str | None, mode: str = "asserted") -> Relation:
    labels = {a.id: a.label for a in ACTORS}
    start = 100 * n
    return Relation(f"r-{n:03d}", kind, source, target, labels[source], labels[target],
                    Evidence(doc, sentence, start, start + len(sentence), trigger, date),
                    confidence=0.7, mode=mode, family="verb_obj" if n % 3 else "noun_prep")


RELATIONS = [
    _rel(1, "ACCUSE", "france", "brazil", "a1", "France accused Brazil of stalling.",
         "accused", "2025-03-01"),
    _rel(2, "ACCUSE", "france", "brazil", "a1", "Paris again blamed Brazil.", "blamed",
         "2025-03-01"),
    _rel(3, "ACCUSE", "brazil", "france", "a1", "Brazil denounced France in turn.",
         "denounced", "2025-03-01"),
    _rel(4, "THREATEN", "kenya", "france", "a2", "Kenya warned France of consequences.",
         "warned", "2025-03-02"),
    _rel(5, "THREATEN", "ana-souza", "brazil", "a2", "Souza threatened to sue Brazil.",
         "threatened", "2025-03-02"),
    _rel(6, "SANCTION", "france", "kenya", "a2", "France froze the assets of Kenya's bank.",
         "froze", "2025-03-02"),
    _rel(7, "SANCTION", "france", "ana-souza", "a3", "France imposed a travel ban on Souza.",
         "imposed", None),
    _rel(8, "ACCUSE", "dock-workers", "kenya", "a3", "The dock workers blamed Kenya.",
         "blamed", None),
    _rel(9, "ACCUSE", "kenya", "dock-workers", "a3", "Kenya did not accuse the workers.",
         "accuse", None, mode="negated"),
    _rel(10, "SUPPORT", "relief-league", "dock-workers", "a3",
         "The Relief League backed the dock workers.", "backed", None),
    _rel(11, "ACCUSE", "hostile", "france", "a4", f"{HOSTILE} accused France.", "accused",
         "2025-03-04"),
    _rel(12, "ACCUSE", "kenya", "dock-workers", "a4", "Kenya accused the dock workers.",
         "accused", "2025-03-04"),
]


def own_graph() -> nx.MultiDiGraph:
    """The hand-made graph, negated relations included (the mapping marks them)."""
    return from_records(ACTORS, RELATIONS, include_negated=True)


def write_sources(graph: nx.MultiDiGraph, folder: Path) -> dict[str, Path]:
    """The graph in every RDF format the query command reads, by format name."""
    folder.mkdir(parents=True, exist_ok=True)
    names = {"turtle": "graph.ttl", "nt": "graph.nt", "json-ld": "graph.jsonld",
             "trig": "graph.trig", "nquads": "graph.nq"}
    return {fmt: write_rdf(graph, folder / name, fmt) for fmt, name in names.items()}


class Expected:
    """What each example query must return, computed from the records (negated ones left out).

    Rows hold plain values: strings, ints, or None for an unbound cell.
    """

    def __init__(self, actors: list[Actor], relations: list[Relation]) -> None:
        self.actors = actors
        self.label = {a.id: a.label for a in actors}
        self.relations = [r for r in relations if not r.negated]

    def _of(self, kind: str) -> list[Relation]:
        return [r for r in self.relations if r.type == kind]

    def top_accusers(self) -> list[tuple[object, ...]]:
        counts = Counter((self.label[r.source], self.label[r.target])
                         for r in self._of("ACCUSE"))
        return sorted(((s, t, n) for (s, t), n in counts.items()),
                      key=lambda row: (-row[2], row[0], row[1]))

    def reciprocal_accusations(self) -> set[tuple[object, ...]]:
        counts = Counter((r.source, r.target) for r in self._of("ACCUSE"))
        return {(self.label[a], self.label[b], n, counts[(b, a)])
                for (a, b), n in counts.items() if (b, a) in counts
                and f"https://actorgraph.org/id/actor/{a}" < f"https://actorgraph.org/id/actor/{b}"}

    def _evidence(self, kind: str, key: str, value: str | None) -> Counter[tuple[object, ...]]:
        rows = Counter()
        for r in self._of(kind):
            ends = {"source": self.label[r.source], "target": self.label[r.target]}
            if value is None or ends[key] == value:
                first, second = (ends["target"], ends["source"]) if key == "target" else (
                    ends["source"], ends["target"])
                rows[(first, second, r.evidence.date, r.evidence.trigger,
                      r.evidence.sentence)] += 1
        return rows

    def threats_against(self, target: str | None = None) -> Counter[tuple[object, ...]]:
        return self._evidence("THREATEN", "target", target)

    def sanctions_by(self, source: str | None = None) -> Counter[tuple[object, ...]]:
        return self._evidence("SANCTION", "source", source)

    def actors_by_country(self) -> list[tuple[object, ...]]:
        return sorted((a.country, a.label, a.kind, a.sector) for a in self.actors if a.country)

    def article_relations(self, article: str | None = None) -> list[tuple[object, ...]]:
        chosen = [r for r in self.relations if article is None or r.doc == article]
        chosen.sort(key=lambda r: (r.doc, r.evidence.start, r.type, self.label[r.source],
                                   self.label[r.target]))
        return [(r.doc, r.type, self.label[r.source], self.label[r.target], r.evidence.trigger,
                 r.evidence.sentence) for r in chosen]

    def two_hop(self, actor: str | None = None) -> set[tuple[object, ...]]:
        near: dict[str, set[str]] = defaultdict(set)
        for r in self.relations:
            near[r.source].add(r.target)
            near[r.target].add(r.source)
        rows: set[tuple[object, ...]] = set()
        for a, firsts in near.items():
            if actor is not None and self.label[a] != actor:
                continue
            for b in firsts:
                seconds = near[b] - {a}
                rows |= {(self.label[a], self.label[b], self.label[c]) for c in seconds}
                if not seconds:
                    rows.add((self.label[a], self.label[b], None))
        return rows

    def relations_per_day(self) -> list[tuple[object, ...]]:
        counts = Counter((r.evidence.date, r.type) for r in self.relations if r.evidence.date)
        return sorted((day, kind, n) for (day, kind), n in counts.items())

    def relations_by_family(self) -> list[tuple[object, ...]]:
        counts = Counter(r.family for r in self.relations if r.family)
        return sorted(counts.items(), key=lambda row: (-row[1], row[0]))

    def relation_types(self) -> list[tuple[object, ...]]:
        counts = Counter(r.type for r in self.relations)
        pairs = {k: len({(r.source, r.target) for r in self._of(k)}) for k in counts}
        return sorted(((k, n, pairs[k]) for k, n in counts.items()),
                      key=lambda row: (-row[1], row[0]))
