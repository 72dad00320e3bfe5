"""The pipeline that strings extract, graph and viz together (the only module importing all).

Streaming end to end: articles are read lazily and extracted in batches by an executor
(this process, a process pool or a Dask cluster); each article's record (its actors and
relations, not its text) is spooled to disk as it arrives, actors are merged incrementally,
and the graph and exports are assembled from the relation stream. Every merge is
independent of arrival order, so any executor and any incremental build give the same bytes.

>>> result = build_records([Article("a1", "Iran accused Israel of sabotage.")])  # doctest: +SKIP
>>> [(r.source, r.type, r.target) for r in result.relations]                     # doctest: +SKIP
[('iran', 'ACCUSE', 'israel')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
from spacy.language import Language

from actorgraph.engine.assemble import Assembly, assemble
from actorgraph.engine.executors import Executor, ProcessExecutor, SerialExecutor
from actorgraph.engine.merge import ActorMerger
from actorgraph.engine.store import DEFAULT_SHARDS, Previous, RecordSpool
from actorgraph.engine.worker import ArticleRecord, PipelineSpec, pipeline
from actorgraph.graph.errors import InputError
from actorgraph.graph.model import Actor, Article, Relation

__all__ = ["OUTPUTS", "BuildResult", "BuiltDirectory", "build_directory", "build_records"]

OUTPUTS = ("actors.jsonl", "relations.jsonl", "graph.json", "graph.graphml", "graph.ttl",
           "graph.html")


@dataclass
class BuildResult:
    """Everything a build produces, before it is written (article texts are not kept)."""

    actors: list[Actor] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    extracted: int = 0
    failed: list[InputError] = field(default_factory=list)  # articles not extracted, and why
    spool: RecordSpool | None = None
    relation_count: int = 0


@dataclass
class BuiltDirectory(BuildResult):
    """A build into a directory: its result and the graph it wrote to ``graph.json``."""

    graph: nx.MultiDiGraph = field(default_factory=nx.MultiDiGraph)


class _Collector:
    """Folds the record stream into merged actors and the relation list, or only spools it
    (a build into a directory assembles its outputs from the spooled records)."""

    def __init__(self, spool: RecordSpool | None) -> None:
        self.spool, self.merger = spool, ActorMerger()
        self.result = BuildResult(spool=spool)

    def add(self, record: ArticleRecord) -> None:
        if record.failure is not None:  # left out, so that the next --update tries it again
            self.result.failed.append(InputError(f"{record.id}: not extracted "
                                                 f"({record.failure})"))
            return
        self.result.articles.append(record.id)
        self.result.relation_count += len(record.relations)
        if self.spool is not None:
            self.spool.add(record)
            return
        self.merger.add(record.id, record.actors)
        self.result.relations.extend(record.relations)

    def finish(self) -> BuildResult:
        result = self.result
        used = {r.source for r in result.relations} | {r.target for r in result.relations}
        result.actors = self.merger.actors(used)
        result.relations.sort(key=lambda r: (r.doc, r.evidence.start, r.type, r.id))
        result.articles.sort()
        return result


def build_records(articles: Iterable[Article], nlp: Language | None = None,
                  batch_size: int = 32, n_process: int = 1,
                  progress: Callable[[Article], None] | None = None, *,
                  executor: Executor | None = None, spool: RecordSpool | None = None,
                  previous: Previous | None = None, keep_going: bool = False) -> BuildResult:
    """Extract actors and relations from articles (the Python API behind ``build``).

    ``previous`` makes the build incremental: unchanged articles are not extracted again and
    the earlier records of the others are carried over. An article the extractor fails on
    stops the build with an :class:`InputError` naming it, or with ``keep_going`` is left
    out and listed in ``result.failed``.
    """
    if executor is None:
        executor = (SerialExecutor(nlp or pipeline(PipelineSpec()), batch_size)
                    if n_process == 1 else
                    ProcessExecutor(PipelineSpec(), n_process, batch_size, nlp))
    collector = _Collector(spool)
    fresh = articles if previous is None else previous.changed(articles, lambda _a: None)
    for record in executor.run(fresh):
        collector.add(record)
        if collector.result.failed and not keep_going:
            raise collector.result.failed[0]
        collector.result.extracted += 1
        if progress is not None:
            progress(record.article)
    if previous is not None:
        for record in previous.carry(set(collector.result.articles)):
            collector.add(record)
    return collector.finish()


def build_directory(articles: Iterable[Article], out: Path, executor: Executor,
                    spec: PipelineSpec, update: bool = False, shards: int | None = None,
                    assembly: Assembly | None = None,
                    progress: Callable[[Article], None] | None = None,
                    skipped: Sized = (),
                    extras: Callable[[Path], None] | None = None,
                    keep_going: bool = False) -> BuiltDirectory:
    """A whole ``build`` into ``out``: all outputs or none, optionally incremental.

    ``update`` keeps the articles of the earlier build in ``out`` and extracts only new or
    changed ones; the result equals a full build over all of them. ``assembly`` holds the
    choices of the outputs (negated relations, RDF formats, where graphs collapse).
    ``extras`` writes further files of the same set into the staged generation once every
    article has been read (the failed URLs of a web build), so they are switched in with the
    rest. The result carries the graph written to ``graph.json``. ``keep_going`` leaves out
    the articles the extractor fails on (``result.failed``) instead of stopping.
    """
    from actorgraph.engine.store import RECORDS
    from actorgraph.graph.outdir import output_directory
    from actorgraph.viz.html import write_html

    with output_directory(out) as stage:
        previous = Previous(out, spec, shards) if update else None
        count = previous.shards if previous else shards or DEFAULT_SHARDS
        spool = RecordSpool(stage / RECORDS, count, spec)
        result = build_records(articles, executor=executor, spool=spool, previous=previous,
                               progress=progress, keep_going=keep_going)
        left_out = len(skipped) + len(result.failed)
        if not result.articles:
            raise InputError("no articles to process" + (f" ({left_out} skipped)"
                                                         if left_out else ""))
        spool.finish()
        summary, graph = assemble(stage / RECORDS, stage, count, assembly or Assembly(),
                                  executor.map)
        write_html(graph, stage / "graph.html")
        if extras is not None:
            extras(stage)
        result.actors, result.relation_count = summary.actors(), summary.relations
    return BuiltDirectory(**vars(result), graph=graph)
