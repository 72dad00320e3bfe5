"""``actorgraph query``, ``load``, ``serve`` and ``push``: the graph's RDF through SPARQL."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands.common import UsageError, err
from actorgraph.graph.errors import InputError, QueryError
from actorgraph.graph.sparql.endpoint import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT
from actorgraph.graph.sparql.pool import DEFAULT_MEMORY_MB

__all__ = ["COMMANDS", "explorer_page", "load", "push", "query", "serve"]

_SOURCE_HELP = ("An RDF file (.ttl, .nt, .jsonld, .trig, .nq), a build output directory, or a "
                "store directory made by 'actorgraph load'.")
CUT_OFF_EXIT = 5  # the answer was cut off at --max-rows: the rows before are printed

# The limits of a query, the same for ``query`` and ``serve`` (its worker processes).
QueryTimeLimit = Annotated[float, typer.Option(
    "--timeout", min=0.001, metavar="SECONDS",
    help="Time limit per query in seconds; past it the query's worker process is killed.")]
MaxRows = Annotated[int, typer.Option(
    "--max-rows", min=1, metavar="N", help="Rows per answer at most; longer answers are cut "
                                           "off and flagged.")]
Memory = Annotated[int, typer.Option(
    "--memory", min=64, metavar="MB", help="Memory limit of a query's worker process; a query "
                                           "past it fails alone.")]


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"


def _query_text(query: str | None, file: Path | None, example: str | None) -> str:
    """Exactly one of the query string, --file and --example."""
    from actorgraph.graph.sparql import example as find_example

    given = [x for x in (query, file, example) if x is not None]
    if len(given) != 1:
        raise UsageError("give the query as an argument, with --file or with --example "
                         "(exactly one; --list-examples shows the examples)")
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{file}: cannot read the query: {err}") from err
    return find_example(example).text if example is not None else str(query)


def query(
    source: Annotated[Path, typer.Argument(metavar="SOURCE", help=_SOURCE_HELP)],
    text: Annotated[str | None, typer.Argument(metavar="[QUERY]",
                                               help="The SPARQL query.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", metavar="FILE",
                                              help="Read the query from "
                                                   "this .rq file.")] = None,
    example: Annotated[str | None, typer.Option(metavar="NAME",
                                                help="Run a shipped example query by "
                                                     "name.")] = None,
    fmt: Annotated[ResultFormat, typer.Option("--format", metavar="table|csv|tsv|json|xml",
                                              help="Output format.")] = ResultFormat.table,
    bind: Annotated[list[str] | None, typer.Option(
        metavar="NAME=VALUE",
        help="Fix a variable: NAME=text (a literal) or NAME=<iri>; repeatable.")] = None,
    timeout: QueryTimeLimit = DEFAULT_TIMEOUT,
    max_rows: MaxRows = DEFAULT_MAX_ROWS,
    memory: Memory = DEFAULT_MEMORY_MB,
    list_examples: Annotated[bool, typer.Option("--list-examples", help="List the example "
                                                                        "queries.")] = False,
) -> None:
    """Answer a SPARQL query over the graph (a table, CSV, TSV, SPARQL JSON or XML).

    The query runs in a worker process under the endpoint's limits (read-only, size, time,
    memory, rows). Exit codes: 0 answered; 2 a malformed or refused query, or one stopped
    by --timeout or --memory; 3 a source that cannot be read; 5 the answer was cut off at
    --max-rows (its first rows are printed).
    """
    from actorgraph.graph.sparql import QueryTimeout, examples, format_result, parse_binding
    from actorgraph.graph.sparql.pool import QueryAborted, query_once

    if list_examples:
        for item in examples().values():
            params = f"  [--bind {'/'.join(item.parameters)}=...]" if item.parameters else ""
            typer.echo(f"{item.name:24} {item.title}{params}")
        return
    query_text = _query_text(text, file, example)
    bindings = dict(parse_binding(b) for b in bind or ())
    try:
        result = query_once(source, query_text, timeout=timeout, memory_mb=memory,
                            max_rows=max_rows, bindings=bindings)
    except QueryAborted as error:
        raise QueryError(f"{error} (--memory)") from None
    except QueryTimeout as error:
        raise QueryError(f"{error} (--timeout)") from None
    answer = format_result(result, fmt.value)
    # JSON and XML answers end without a newline; a terminal prompt should not follow on.
    sys.stdout.buffer.write(answer if answer.endswith(b"\n") else answer + b"\n")
    sys.stdout.flush()
    if result.truncated:
        err(f"the answer was cut off at {max_rows} rows (--max-rows)")
        raise typer.Exit(CUT_OFF_EXIT)


def load(
    files: Annotated[list[Path], typer.Argument(metavar="FILE", help="RDF files or build output "
                                                                     "directories.")],
    store: Annotated[Path, typer.Option("--store", metavar="DIR",
                                        help="The store directory (created if "
                                             "missing).")],
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Bulk-load RDF into a persistent store directory that query and serve can open."""
    from actorgraph.graph.sparql import bulk_load

    total = bulk_load(files, store)
    if not quiet:
        typer.echo(f"{total} quads in {store}", err=True)


def explorer_page(source: Path) -> str | None:
    """The explorer of a build output directory (drawn from its graph.json), else None."""
    from actorgraph.graph.io import read_graph
    from actorgraph.viz.html import render_html

    if not (source.is_dir() and (source / "graph.json").is_file()):
        return None
    return render_html(read_graph(source))


def serve(
    source: Annotated[Path, typer.Argument(metavar="SOURCE", help=_SOURCE_HELP)],
    host: Annotated[str, typer.Option(metavar="HOST",
                                      help="Address to listen on; 0.0.0.0 exposes the "
                                           "endpoint to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, metavar="PORT",
                                      help="Port (0: any free one).")
                    ] = 7878,
    timeout: QueryTimeLimit = DEFAULT_TIMEOUT,
    max_rows: MaxRows = DEFAULT_MAX_ROWS,
    workers: Annotated[int, typer.Option(min=1, metavar="N",
                                         help="Query worker processes (each holds the "
                                              "graph).")] = 4,
    memory: Memory = DEFAULT_MEMORY_MB,
    allow_host: Annotated[list[str] | None, typer.Option(
        metavar="NAME", help="Also accept requests whose Host header names this (a proxy's "
                             "name; * for any); repeatable.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No request log.")] = False,
) -> None:
    """Serve a read-only SPARQL 1.1 endpoint at /sparql, with a query page and the explorer."""
    from actorgraph.graph.errors import OutputError
    from actorgraph.graph.sparql.endpoint import Endpoint, make_server
    from actorgraph.graph.sparql.pool import QueryPool

    pool = QueryPool(source, workers, memory)
    endpoint = Endpoint(pool, timeout=timeout, max_rows=max_rows, quiet=quiet,
                        explorer=explorer_page(source), allowed_hosts=tuple(allow_host or ()))
    try:
        server = make_server(endpoint, host, port)
    except OSError as err:
        pool.close()
        raise OutputError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
    typer.echo(f"SPARQL endpoint: http://{host}:{server.server_port}/sparql "
               f"({len(pool)} triples; query page at /; Ctrl-C stops)", err=True)
    with server:
        try:
            server.serve_forever()
        finally:
            pool.close()


def push(
    source: Annotated[Path, typer.Argument(metavar="SOURCE", help=_SOURCE_HELP)],
    endpoint: Annotated[str, typer.Option(metavar="URL",
                                          help="The store's Graph Store Protocol URL, e.g. "
                                               "http://localhost:7878/store.")],
    graph: Annotated[str | None, typer.Option(metavar="IRI",
                                              help="Send everything into this one named "
                                                   "graph (replacing it).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, metavar="N",
                                            help="Triples per request.")] = 50_000,
    timeout: Annotated[float, typer.Option(min=0.001, metavar="SECONDS",
                                           help="Seconds to wait for each "
                                                "request.")] = 60.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Send the graph to a triple store (SPARQL 1.1 Graph Store HTTP Protocol), in batches."""
    from actorgraph.graph.sparql import open_source
    from actorgraph.graph.sparql.push import graph_url
    from actorgraph.graph.sparql.push import push as send

    graph_url(endpoint, graph)  # a bad URL is refused before the source is read
    summary = send(open_source(source).store, endpoint, graph, batch_size, timeout)
    if not quiet:
        typer.echo(f"{summary.triples} triples in {summary.graphs} graphs, "
                   f"{summary.requests} requests -> {endpoint}", err=True)


COMMANDS = (query, load, serve, push,)
