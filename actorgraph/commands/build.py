"""``actorgraph build``: read articles, extract, and write the graph files into --out."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands.common import (
    Connections,
    Delay,
    Gazetteers,
    Model,
    Timeout,
    UsageError,
    UserAgent,
    err,
)
from actorgraph.graph.errors import InputError

__all__ = ["COMMANDS", "build"]


class OnError(str, Enum):
    stop = "stop"
    skip = "skip"


def _check_date(date: str | None) -> str | None:
    import datetime

    if date is None:
        return None
    try:
        return datetime.date.fromisoformat(date).isoformat()
    except ValueError as error:
        raise UsageError(f"--date must be YYYY-MM-DD, got {date!r}") from error


def build(
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Output directory.")],
    inputs: Annotated[list[str] | None, typer.Argument(
        metavar="INPUT", help="Articles: .txt/.jsonl/.html files, directories, - for stdin, "
                              "http(s) URLs, files of URLs (.txt), feed files "
                              "(.rss/.atom/.xml) or .opml lists.")] = None,
    model: Model = None,
    gazetteer: Gazetteers = None,
    date: Annotated[str | None, typer.Option(metavar="YYYY-MM-DD",
                                             help="Article date (YYYY-MM-DD) for all "
                                                  "inputs.")] = None,
    on_error: Annotated[OnError, typer.Option(metavar="stop|skip",
                                              help="stop: fail before writing anything; "
                                                   "skip: skip bad articles (unreadable, "
                                                   "or the extractor fails on them) and "
                                                   "list them.")] = OnError.stop,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N",
                                            help="Articles per spaCy batch.")] = 32,
    include_negated: Annotated[bool, typer.Option(help="Keep negated relations in the "
                                                       "graph files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or "
                                                              "summary.")] = False,
    processes: Annotated[int | None, typer.Option(min=1, metavar="N",
                                                  help="Worker processes (default: "
                                                       "all cores).")] = None,
    executor: Annotated[str, typer.Option(metavar="local|dask",
                                          help="local: this machine; dask: a Dask cluster "
                                               "(see --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(metavar="ADDRESS",
                                                  help="Dask scheduler address (e.g. "
                                                       "tcp://host:8786); without it "
                                                       "--executor dask starts a local "
                                                       "cluster.")] = None,
    update: Annotated[bool, typer.Option("--update", help="Add new or changed articles to "
                                                          "the build in --out without "
                                                          "re-reading the others.")] = False,
    shards: Annotated[int | None, typer.Option(
        min=1, metavar="N",
        help="Shards of records/ and shards/ (default 8; kept by --update).")] = None,
    rdf_format: Annotated[list[str] | None, typer.Option(
        metavar="FORMAT",
        help="Also write the RDF as nt, json-ld, trig or nquads (graph.nt, graph.jsonld, "
             "graph.trig, graph.nq) beside graph.ttl; repeatable or comma-separated.")] = None,
    collapse_above: Annotated[int, typer.Option(
        min=0, metavar="N",
        help="Above N relation instances, graph.json, graph.graphml and graph.html hold the "
             "collapsed graph (one edge per source, type and target, with counts).")] = 50_000,
    feed: Annotated[list[str] | None, typer.Option(metavar="URL|FILE",
                                                   help="An RSS or Atom feed to read; "
                                                        "repeatable.")] = None,
    offline: Annotated[bool, typer.Option(help="Read web pages and feeds from the fetch "
                                               "cache in --out only.")] = False,
    user_agent: UserAgent = None,
    connections: Connections = 8,
    delay: Delay = 1.0,
    timeout: Timeout = 30.0,
) -> None:
    """Extract actors and relations from articles and write the graph files into --out.

    Exit codes: 0 done; 5 built, but some URLs gave no article (listed, and in
    fetch-errors.jsonl); 2 bad usage; 3 bad input (or no article at all); 4 cannot write.
    """
    from itertools import chain

    from actorgraph.commands.rdf import parse_formats
    from actorgraph.commands.web import PARTIAL_EXIT, failure_list, fetching, make_policy
    from actorgraph.engine.assemble import Assembly
    from actorgraph.engine.executors import make_executor
    from actorgraph.engine.worker import PipelineSpec, pipeline
    from actorgraph.extract.readers import read_inputs
    from actorgraph.pipeline import build_directory
    from actorgraph.progress import progress_bar
    from actorgraph.web import split_inputs

    if not inputs and not feed:
        raise UsageError("give at least one input (a file, folder, URL or feed) or --feed")
    paths, sources = split_inputs(inputs or (), feed or ())
    policy = make_policy(user_agent, connections, delay, timeout)
    skipped: list[InputError] = []
    handler = skipped.append if on_error is OnError.skip else None
    _check_writable(out, paths)
    assembly = Assembly(include_negated=include_negated,
                        rdf_formats=tuple(parse_formats(rdf_format)),
                        instance_limit=collapse_above)
    spec = PipelineSpec(model, tuple(str(g) for g in gazetteer or ()))
    nlp = pipeline(spec) if executor == "local" else None
    runner = make_executor(executor, processes, batch_size, nlp, spec, scheduler)
    with (fetching(sources, out, policy, offline) as reader,
          progress_bar(not quiet and sys.stderr.isatty()) as advance):
        articles = chain(reader.articles(sources) if reader else (),
                         read_inputs(paths, on_error=handler, date=_check_date(date)))
        result = build_directory(articles, out, runner, spec, update, shards, assembly,
                                 advance, skipped, failure_list(reader),
                                 keep_going=handler is not None)
    for problem in [*skipped, *result.failed]:
        err(f"skipped: {problem}")
    if not quiet:
        fresh = f" ({result.extracted} new or changed)" if update else ""
        typer.echo(f"{len(result.articles)} articles{fresh}, {len(result.actors)} actors, "
                   f"{result.relation_count} relations -> {out}", err=True)
    if reader is not None and reader.failures:
        err(f"failed URLs listed in {out / 'fetch-errors.jsonl'}")
        raise typer.Exit(PARTIAL_EXIT)


def _check_writable(out: Path, inputs: Iterable[Path] = ()) -> None:
    target = out if out.exists() else next((p for p in out.parents if p.exists()), Path("."))
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a directory")
    if not os.access(target, os.W_OK):
        raise UsageError(f"--out {out}: directory is not writable")
    where = out.resolve()
    for folder in (Path(p).resolve() for p in inputs if str(p) != "-" and Path(p).is_dir()):
        if folder == where or folder in where.parents:  # the next build would read its outputs
            raise UsageError(f"--out {out}: inside the input folder {folder}; write the "
                             "outputs elsewhere")


COMMANDS = (build,)
