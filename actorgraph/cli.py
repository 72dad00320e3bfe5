"""The ``actorgraph`` command line: a thin layer over the library, and the only one that prints."""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from actorgraph import __version__
from actorgraph.graph.errors import ActorgraphError, InputError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn English news into a graph of who accuses, threatens and "
                       "sanctions whom.")
_state = {"debug": False}


class OnError(str, Enum):
    stop = "stop"
    skip = "skip"


def _err(message: str) -> None:
    typer.echo(f"actorgraph: {message}", err=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"actorgraph {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    _state["debug"] = debug


def _check_date(date: str | None) -> str | None:
    import datetime

    if date is None:
        return None
    try:
        return datetime.date.fromisoformat(date).isoformat()
    except ValueError as err:
        raise UsageError(f"--date must be YYYY-MM-DD, got {date!r}") from err


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Articles: .txt/.jsonl/.html files, "
                                                      "directories, or - for stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")],
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to load (package name "
                                                   "or path).")] = None,
    gazetteer: Annotated[list[Path] | None, typer.Option(
        help="Your own actor gazetteer (JSONL) to add or override actors; repeatable.")] = None,
    date: Annotated[str | None, typer.Option(help="Article date (YYYY-MM-DD) for all "
                                                  "inputs.")] = None,
    on_error: Annotated[OnError, typer.Option(help="stop: fail before writing anything; "
                                                   "skip: skip bad articles and list "
                                                   "them.")] = OnError.stop,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 32,
    include_negated: Annotated[bool, typer.Option(help="Keep negated relations in the "
                                                       "graph files.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or "
                                                              "summary.")] = False,
    processes: Annotated[int | None, typer.Option(min=1, help="Worker processes (default: "
                                                            "all cores).")] = None,
    executor: Annotated[str, typer.Option(help="local: this machine; dask: a Dask cluster "
                                               "(see --scheduler).")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (e.g. "
                                                       "tcp://host:8786); without it "
                                                       "--executor dask starts a local "
                                                       "cluster.")] = None,
    update: Annotated[bool, typer.Option("--update", help="Add new or changed articles to "
                                                          "the build in --out without "
                                                          "re-reading the others.")] = False,
    shards: Annotated[int | None, typer.Option(min=1, help="Shards of records/ and "
                                                         "shards/ (default 8; kept by "
                                                         "--update).")] = None,
    rdf_format: Annotated[list[str] | None, typer.Option(
        help="Also write the RDF as nt, json-ld, trig or nquads (graph.nt, graph.jsonld, "
             "graph.trig, graph.nq) beside graph.ttl; repeatable or comma-separated.")] = None,
) -> None:
    """Extract actors and relations from articles and write the graph files into --out."""
    from actorgraph.commands.rdf import parse_formats
    from actorgraph.engine.executors import make_executor
    from actorgraph.engine.worker import PipelineSpec, pipeline
    from actorgraph.extract.readers import read_inputs
    from actorgraph.pipeline import build_directory
    from actorgraph.progress import progress_bar

    skipped: list[InputError] = []
    handler = skipped.append if on_error is OnError.skip else None
    _check_writable(out)
    rdf_formats = parse_formats(rdf_format)
    spec = PipelineSpec(model, tuple(str(g) for g in gazetteer or ()))
    nlp = pipeline(spec) if executor == "local" else None
    runner = make_executor(executor, processes, batch_size, nlp, spec, scheduler)
    articles = read_inputs(inputs, on_error=handler, date=_check_date(date))
    with progress_bar(not quiet and sys.stderr.isatty()) as advance:
        result = build_directory(articles, out, runner, spec, update, shards, include_negated,
                                 advance, skipped, rdf_formats)
    for problem in skipped:
        _err(f"skipped: {problem}")
    if not quiet:
        fresh = f" ({result.extracted} new or changed)" if update else ""
        typer.echo(f"{len(result.articles)} articles{fresh}, {len(result.actors)} actors, "
                   f"{len(result.relations)} relations -> {out}", err=True)


def _check_writable(out: Path) -> None:
    target = out if out.exists() else next((p for p in out.parents if p.exists()), Path("."))
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a directory")
    if not os.access(target, os.W_OK):
        raise UsageError(f"--out {out}: directory is not writable")


def main() -> None:
    """Entry point: run the app; ActorgraphErrors become one line and an exit code."""
    try:
        app(standalone_mode=False)
    except ActorgraphError as err:
        if _state["debug"]:
            raise
        _err(str(err))
        sys.exit(err.exit_code)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as err:
        import click

        if isinstance(err, click.exceptions.Exit):
            sys.exit(err.exit_code)
        if isinstance(err, click.ClickException):
            err.show()
            sys.exit(err.exit_code)
        if isinstance(err, click.exceptions.Abort):
            sys.exit(1)
        if _state["debug"]:
            raise
        _err(f"internal error: {type(err).__name__}: {err} (run with --debug for details)")
        sys.exit(70)


# Register the other commands (each module adds its own to ``app``).
from actorgraph.commands import evaluate, rdf, sparql, viz  # noqa: E402,F401
