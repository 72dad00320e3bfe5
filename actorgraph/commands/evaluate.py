"""``actorgraph`` commands: evaluate."""

from __future__ import annotations

from actorgraph.cli import app

__all__ = ["app"]
