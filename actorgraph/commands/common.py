"""What every command shares: the help layout, the CLI's usage error, error output, and the
options that more than one command takes (declared once, so ``build`` and ``watch`` agree)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand

from actorgraph.graph.errors import ArgumentError

__all__ = ["Command", "Connections", "Delay", "Gazetteers", "Model", "Timeout", "UsageError",
           "UserAgent", "err"]


# A bad combination or value of options that click's own checks cannot see (exit 2): the
# library's own error for a bad argument, under the name the commands use.
UsageError = ArgumentError


Model = Annotated[str | None, typer.Option(
    metavar="NAME", help="spaCy pipeline to load (package name or path).")]
Gazetteers = Annotated[list[Path] | None, typer.Option(
    "--gazetteer", metavar="FILE",
    help="Your own actor gazetteer (JSONL) to add or override actors; repeatable.")]
UserAgent = Annotated[str | None, typer.Option(
    metavar="TEXT", help="User-Agent header sent to sites.")]
Connections = Annotated[int, typer.Option(min=1, metavar="N",
                                          help="Web requests in flight at once.")]
Delay = Annotated[float, typer.Option(min=0, metavar="SECONDS",
                                      help="Time between two requests to one site.")]
Timeout = Annotated[float, typer.Option(min=0.1, metavar="SECONDS",
                                        help="Time before a web request is given up.")]


def err(message: str) -> None:
    """One line on stderr, prefixed with the program's name."""
    typer.echo(f"actorgraph: {message}", err=True)


class Command(TyperCommand):
    """Click's usual help: arguments by their metavar (``INPUT...``), not by Python type."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        return pieces + [_usage(p) for p in self.get_params(ctx)
                         if p.param_type_name == "argument"]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        params = self.get_params(ctx)
        args = [(_usage(p), getattr(p, "help", None) or "") for p in params
                if p.param_type_name == "argument"]
        opts = [r for p in params if p.param_type_name == "option"
                and (r := p.get_help_record(ctx)) is not None]
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


def _usage(param: Any) -> str:
    """``INPUT...`` for a required list, ``[QUERY]`` for an optional argument."""
    name = str(param.metavar or param.name).upper()
    name += "..." if param.nargs != 1 else ""
    return name if param.required or name.startswith("[") else f"[{name}]"
