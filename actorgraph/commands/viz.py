"""``actorgraph viz``: re-render a saved graph as the offline HTML explorer, with other options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from actorgraph.commands.common import UsageError
from actorgraph.evaluate.scores import select_types
from actorgraph.graph.model import RELATION_TYPES

__all__ = ["COMMANDS", "parse_types", "viz"]


def parse_types(value: str | None) -> list[str] | None:
    """``"accuse,threaten"`` -> ``["ACCUSE", "THREATEN"]``; ``all`` and ``core`` name those
    sets, as for ``evaluate --types``; unknown names are a usage error."""
    return None if value is None else select_types(value, RELATION_TYPES)


def viz(
    graph: Annotated[Path, typer.Argument(metavar="GRAPH",
                                          help="graph.json, or a build output directory.")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE",
                                      help="The HTML file to write.")],
    max_nodes: Annotated[int, typer.Option(
        metavar="N",
        help="Keep only this many actors, the most involved; the rest are counted on the "
             "page. For much bigger graphs open graph.graphml in Gephi.")] = 2000,
    types: Annotated[str | None, typer.Option(
        metavar="TYPES",
        help="Relation types shown at first: core (ACCUSE, THREATEN, SANCTION; the default), "
             "all, or comma-separated names; the others can be switched on in the page.")
    ] = None,
    title: Annotated[str, typer.Option(metavar="TEXT", help="Page title.")] = "actorgraph explorer",
    physics: Annotated[bool, typer.Option(
        "--physics/--no-physics",
        help="Let the browser polish the layout (off: positions stay put).")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Write the interactive, offline HTML explorer of a saved graph."""
    from actorgraph.graph.io import read_graph
    from actorgraph.viz.html import write_html

    if max_nodes < 1:
        raise UsageError(f"--max-nodes must be at least 1, got {max_nodes}")
    if out.is_dir():
        raise UsageError(f"--out {out}: is a directory; give the HTML file to write")
    shown = parse_types(types)
    data = read_graph(graph)
    summary = write_html(data, out, max_nodes=max_nodes, types=shown, title=title,
                         physics=physics)
    if not quiet:
        left = f"; {summary.left_out} less involved actors left out" if summary.left_out else ""
        typer.echo(f"{summary.shown} actors, {summary.edges} links{left} -> {out}", err=True)


COMMANDS = (viz,)
