"""Helpers shared by the tests that compare whole build outputs."""

from __future__ import annotations

import os
from pathlib import Path


def snapshot(out: Path) -> dict[str, bytes]:
    """Every output file of a build (not the lock, not the generations) by relative path."""
    found = {}
    for folder, dirs, names in os.walk(out, followlinks=True):  # stable names are links
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in names:
            if not name.startswith("."):
                path = Path(folder) / name
                found[str(path.relative_to(out))] = path.read_bytes()
    return dict(sorted(found.items()))
