"""The ``actorgraph`` command line: a thin layer over the library, and the only one that prints.

The commands live in ``actorgraph.commands``, one module per concern, each listing its command
functions in ``COMMANDS``; this module builds the app from them, so they never import it.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from actorgraph import __version__
from actorgraph.commands import build, evaluate, rdf, sparql, viz, web
from actorgraph.commands.common import Command, err
from actorgraph.graph.errors import ActorgraphError

__all__ = ["app", "main"]

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  rich_markup_mode=None,
                  help="Turn English news into a graph of who accuses, threatens and "
                       "sanctions whom.")
for _module in (build, evaluate, rdf, sparql, viz, web):
    for _command in _module.COMMANDS:
        app.command(cls=Command)(_command)
_state = {"debug": False}


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


def main() -> None:
    """Entry point: click reports usage errors itself (exit 2); ActorgraphErrors become one
    line and their exit code; anything else is an internal error (exit 70)."""
    try:
        app()
    except ActorgraphError as error:
        if _state["debug"]:
            raise
        err(str(error))
        sys.exit(error.exit_code)
    except Exception as error:
        if _state["debug"]:
            raise
        err(f"internal error: {type(error).__name__}: {error} (run with --debug for details)")
        sys.exit(70)
