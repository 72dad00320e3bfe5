"""Errors that the CLI turns into a one-line message and a documented exit code."""

from __future__ import annotations

__all__ = ["ActorgraphError", "ArgumentError", "InputError", "OutputError", "QueryError"]


class ActorgraphError(Exception):
    """Base class: an error the user can act on. ``exit_code`` is the CLI's exit status."""

    exit_code = 1


class ArgumentError(ActorgraphError, ValueError):
    """A bad argument to a library call: an unknown name, a value out of range (exit 2)."""

    exit_code = 2


class QueryError(ActorgraphError):
    """A malformed or refused SPARQL query (exit 2)."""

    exit_code = 2


class InputError(ActorgraphError):
    """An input file or article that cannot be read (exit 3)."""

    exit_code = 3


class OutputError(ActorgraphError):
    """An output that cannot be written (exit 4)."""

    exit_code = 4
