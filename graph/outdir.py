"""An output directory that one build at a time writes, all files or none.

``output_directory(out)`` takes an exclusive lock on ``out`` (a second build into the same
directory is refused with a clear message), hands out a staging directory inside it, and on
success moves every staged file into place; on failure the staging directory is removed and
the previous outputs stay as they were. Leftovers of a killed build are swept up by the next.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> with output_directory(out) as stage:
...     _ = (stage / "a.txt").write_text("new")
>>> sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
['a.txt']
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from actorgraph.graph.errors import OutputError

__all__ = ["LOCK_NAME", "output_directory"]

LOCK_NAME = ".actorgraph.lock"
_STAGE_PREFIX = ".staging-"


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    try:
        out.mkdir(parents=True, exist_ok=True)
        handle = open(out / LOCK_NAME, "a+")  # noqa: SIM115  (held for the whole build)
    except OSError as err:
        raise OutputError(f"cannot write to {out}: {err.strerror or err}") from err
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise OutputError(f"{out}: another actorgraph build is writing here; "
                              "wait for it to finish or choose another --out") from err
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sweep(out: Path) -> None:
    """Remove what a killed build left behind (only ever called under the lock)."""
    for stale in out.glob(f"{_STAGE_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in out.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _publish(item: Path, target: Path) -> None:
    """Move one staged file (or folder of shards) into place."""
    if not (item.is_dir() and target.is_dir()):
        os.replace(item, target)
        return
    old = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=target.parent))
    os.replace(target, old / target.name)
    os.replace(item, target)
    shutil.rmtree(old, ignore_errors=True)


@contextlib.contextmanager
def output_directory(out: Path) -> Iterator[Path]:
    """Yield a staging directory; publish its files into ``out`` if the block succeeds."""
    out = Path(out)
    made = [d for d in (out, *out.parents) if not d.exists()]  # deepest first
    new_lock = not (out / LOCK_NAME).exists()
    try:
        with _locked(out):
            _sweep(out)
            stage = Path(tempfile.mkdtemp(prefix=_STAGE_PREFIX, dir=out))
            try:
                yield stage
                for item in sorted(stage.iterdir()):
                    _publish(item, out / item.name)
            finally:
                shutil.rmtree(stage, ignore_errors=True)
    except BaseException:
        _undo(out / LOCK_NAME if new_lock else None, made)
        raise


def _undo(lock: Path | None, made: list[Path]) -> None:
    """A failed build leaves nothing behind: not its lock file, nor the folders it made."""
    with contextlib.suppress(OSError):
        if lock is not None:
            lock.unlink()
        for directory in made:
            directory.rmdir()
