"""The pipeline that strings extract, graph and viz together (the only module importing all).

>>> result = build_records([Article("a1", "Iran accused Israel of sabotage.")])  # doctest: +SKIP
>>> [(r.source, r.type, r.target) for r in result.relations]                     # doctest: +SKIP
[('iran', 'ACCUSE', 'israel')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from actorgraph.extract.nlp import load_pipeline, make_doc
from actorgraph.graph import io
from actorgraph.graph.build import from_records
from actorgraph.graph.model import Actor, Article, Relation
from actorgraph.graph.rdf import DEFAULT_BASE, to_rdf

__all__ = ["BuildResult", "build_records", "merge_actors", "write_outputs"]

OUTPUTS = ("actors.jsonl", "relations.jsonl", "graph.json", "graph.graphml", "graph.ttl",
           "graph.html")


@dataclass
class BuildResult:
    """Everything a build produces, before it is written."""

    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)


def extract(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
            n_process: int = 1) -> Iterator[tuple[Article, dict[str, Actor], list[Relation]]]:
    """Run the pipeline over articles lazily: (article, its actors, its relations)."""
    pending: dict[str, Article] = {}

    def docs() -> Iterator:
        for article in articles:
            pending[article.id] = article
            yield make_doc(nlp, article.text, article.id, article.date)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        article = pending.pop(doc._.article_id)
        yield article, doc._.actors or {}, doc._.relations or []


def merge_actors(per_article: Iterable[dict[str, Actor]], keep: set[str]) -> list[Actor]:
    """One actor per id across articles: aliases and merge reasons united, mentions summed.

    Only actors that take part in a relation or are named (not generic groups) are kept.
    """
    merged: dict[str, Actor] = {}
    for actors in per_article:
        for actor in actors.values():
            old = merged.get(actor.id)
            if old is None:
                merged[actor.id] = actor
                continue
            aliases = tuple(dict.fromkeys((*old.aliases, *actor.aliases)))
            reasons = tuple(dict.fromkeys((*old.merged_from, *actor.merged_from)))
            merged[actor.id] = Actor(old.id, old.label, old.kind, old.country or actor.country,
                                     old.sector or actor.sector, aliases,
                                     old.mentions + actor.mentions, old.wikidata or actor.wikidata,
                                     reasons)
    result = []
    for actor in merged.values():
        if actor.id in keep or actor.kind != "GROUP":
            result.append(_sorted_actor(actor))
    return sorted(result, key=lambda a: a.id)


def _sorted_actor(actor: Actor) -> Actor:
    from dataclasses import replace

    return replace(actor, aliases=tuple(sorted(actor.aliases)),
                   merged_from=tuple(sorted(actor.merged_from)))


def build_records(articles: Iterable[Article], nlp: Language | None = None,
                  batch_size: int = 32, n_process: int = 1,
                  progress: Callable[[Article], None] | None = None) -> BuildResult:
    """Extract actors and relations from articles (the Python API behind ``build``)."""
    nlp = nlp or load_pipeline()
    result = BuildResult()
    per_article = []
    for article, actors, relations in extract(nlp, articles, batch_size, n_process):
        result.articles.append(article)
        per_article.append(actors)
        result.relations.extend(relations)
        if progress is not None:
            progress(article)
    used = {r.source for r in result.relations} | {r.target for r in result.relations}
    result.actors = merge_actors(per_article, used)
    result.relations.sort(key=lambda r: (r.doc, r.evidence.start, r.type, r.id))
    return result


def write_outputs(result: BuildResult, out: Path, base: str = DEFAULT_BASE,
                  include_negated: bool = False) -> list[Path]:
    """Write the on-disk contract of DESIGN.md into ``out``; every file atomically."""
    from actorgraph.viz.html import write_html

    out = Path(out)
    graph = from_records(result.actors, result.relations, include_negated=include_negated)
    io.write_jsonl(out / "actors.jsonl", (a.to_json() for a in result.actors))
    io.write_jsonl(out / "relations.jsonl", (r.to_json() for r in result.relations))
    io.write_node_link(out / "graph.json", graph)
    io.write_graphml(out / "graph.graphml", graph)
    with io.atomic_write(out / "graph.ttl") as handle:
        handle.write(to_rdf(graph, base).serialize(format="turtle"))
    write_html(graph, out / "graph.html")
    return [out / name for name in OUTPUTS]
