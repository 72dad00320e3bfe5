"""An output directory that one build at a time writes, and that switches sets in one step.

Each build's outputs form a *generation*, ``DIR/.generations/<id>/``; ``DIR/.current`` is a
symbolic link to the complete one, and every output keeps its stable name in ``DIR`` as a link
through it (``DIR/actors.jsonl -> .current/actors.jsonl``). ``output_directory(out)`` takes an
exclusive lock on ``out`` (a second build is refused), hands out a fresh generation to write,
and on success fsyncs every file and folder in it, links the new names, then points
``.current`` at it with one atomic rename, fsyncs ``DIR`` and removes the old generation.
Killed at any instant, ``DIR`` shows the complete old set or the complete new one (the old
``records/`` included); the next build sweeps up the rest.

Outputs of a version before generations (plain files in ``DIR``) are moved aside on the
first build, which is the one switch that is not atomic.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out"
>>> with output_directory(out) as stage:
...     _ = (stage / "a.txt").write_text("new")
>>> sorted(p.name for p in out.iterdir() if not p.name.startswith(".")), (out / "a.txt").read_text()
(['a.txt'], 'new')
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

from actorgraph.graph.errors import OutputError

__all__ = ["CURRENT", "FAULT_ENV", "GENERATIONS", "LOCK_NAME", "output_directory"]

LOCK_NAME = ".actorgraph.lock"
CURRENT, GENERATIONS = ".current", ".generations"
# Tests set this to N to kill the build with SIGKILL just before its N-th commit rename.
FAULT_ENV = "ACTORGRAPH_KILL_AT_RENAME"
_renames = [0]


def _rename(source: Path, target: Path) -> None:
    """os.replace, with the fault-injection hook that tests use to kill the build here."""
    _renames[0] += 1
    if os.environ.get(FAULT_ENV) == str(_renames[0]):
        os.kill(os.getpid(), signal.SIGKILL)
    os.replace(source, target)


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


def _current(out: Path) -> Path | None:
    """The generation ``.current`` points at, if any."""
    link = out / CURRENT
    return (out / os.readlink(link)).resolve() if link.is_symlink() else None


def _sweep(out: Path) -> None:
    """Remove what a killed build left behind (only ever called under the lock)."""
    keep = _current(out)
    for stale in (out / GENERATIONS).glob("*"):
        if stale.resolve() != keep:
            shutil.rmtree(stale, ignore_errors=True)
    for stale in [*out.glob(".staging-*"), *out.glob(".*.tmp")]:
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Every file and folder of ``root`` on disk, folders after what they hold."""
    for folder, _, names in os.walk(root, topdown=False):
        for name in names:
            _fsync(Path(folder) / name)
        _fsync(Path(folder))


def _link(out: Path, name: str) -> None:
    """``DIR/name`` becomes a link through ``.current`` (an old plain output moves aside)."""
    path, target = out / name, f"{CURRENT}/{name}"
    if path.is_symlink() and os.readlink(path) == target:
        return
    if path.exists() and not path.is_symlink():
        aside = Path(tempfile.mkdtemp(prefix="legacy-", dir=out / GENERATIONS))
        _rename(path, aside / name)
    temporary = out / f".{name}.link.tmp"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(target)
    _rename(temporary, path)


def _commit(out: Path, generation: Path) -> None:
    """Switch ``out`` to ``generation`` in one rename, then tidy up."""
    _fsync_tree(generation)
    _fsync(generation.parent)
    names = sorted(p.name for p in generation.iterdir())
    for name in names:  # new names dangle until the switch: absent, as in the old set
        _link(out, name)
    switch = out / f"{CURRENT}.tmp"
    switch.unlink(missing_ok=True)
    switch.symlink_to(generation.relative_to(out))
    _rename(switch, out / CURRENT)
    _fsync(out)
    for path in out.iterdir():  # names the new set no longer has: their links dangle
        if path.is_symlink() and path.name != CURRENT and not path.exists():
            path.unlink()
    _sweep(out)
    _fsync(out)


@contextlib.contextmanager
def output_directory(out: Path) -> Iterator[Path]:
    """Yield a fresh generation to write; switch ``out`` to it if the block succeeds."""
    out = Path(out)
    made = [d for d in (out, *out.parents) if not d.exists()]  # deepest first
    new_lock = not (out / LOCK_NAME).exists()
    try:
        with _locked(out):
            _sweep(out)
            (out / GENERATIONS).mkdir(exist_ok=True)
            generation = Path(tempfile.mkdtemp(prefix="g-", dir=out / GENERATIONS))
            try:
                yield generation
                _commit(out, generation)
            except BaseException:
                if _current(out) != generation.resolve():  # failed after the switch: keep it
                    shutil.rmtree(generation, ignore_errors=True)
                with contextlib.suppress(OSError):  # only when no earlier build is there
                    (out / GENERATIONS).rmdir()
                raise
    except OSError as err:
        _undo(out / LOCK_NAME if new_lock else None, made)
        where = err.filename or out
        raise OutputError(f"cannot write to {where}: {err.strerror or err}") from err
    except BaseException:
        _undo(out / LOCK_NAME if new_lock else None, made)
        raise


def _undo(lock: Path | None, made: list[Path]) -> None:
    """A failed build leaves nothing behind: not its lock file, nor the folders it made."""
    with contextlib.suppress(OSError):
        if lock is not None:
            lock.unlink()
        if made:
            shutil.rmtree(made[0] / GENERATIONS, ignore_errors=True)
        for directory in made:
            directory.rmdir()
