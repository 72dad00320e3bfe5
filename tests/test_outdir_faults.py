"""A build killed at any rename of its commit leaves the old set or the new set, never a mix.

Kills come from the fault-injection hook in :mod:`actorgraph.graph.outdir` (before each of
its renames) and from strace, which kills the process at the N-th rename system call of any
kind (the writes of each output file included).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.graph.outdir import FAULT_ENV, GENERATIONS

OLD = ("a.jsonl", "b.jsonl", "records/part-0.jsonl")
NEW = (*OLD, "c.jsonl")
WRITER = """
import sys
from pathlib import Path
from actorgraph.graph.io import atomic_write
from actorgraph.graph.outdir import output_directory
out, tag, names = Path(sys.argv[1]), sys.argv[2], sys.argv[3].split(",")
with output_directory(out) as stage:
    for name in names:
        with atomic_write(stage / name) as handle:
            handle.write(tag)
"""


def _write(out: Path, tag: str, names: tuple[str, ...], prefix: tuple[str, ...] = (),
           env: dict[str, str] | None = None) -> int:
    command = [*prefix, sys.executable, "-c", WRITER, str(out), tag, ",".join(names)]
    done = subprocess.run(command, capture_output=True, env={**os.environ, **(env or {})},
                          timeout=120)
    return done.returncode


def _seen(out: Path) -> dict[str, str | None]:
    return {n: (out / n).read_text() if (out / n).is_file() else None for n in NEW}


def _set(tag: str, names: tuple[str, ...]) -> dict[str, str | None]:
    return {n: tag if n in names else None for n in NEW}


def _kill_at_every_rename(tmp_path: Path, prefix: list[str] | None, env_key: str | None
                          ) -> int:
    """Kill the new build at rename 1, 2, ... until it survives; check each aftermath."""
    for n in range(1, 40):
        out = tmp_path / f"out-{n}"
        assert _write(out, "old", OLD) == 0
        inject = [s.replace("N", str(n)) for s in prefix] if prefix else []
        code = _write(out, "new", NEW, tuple(inject), {env_key: str(n)} if env_key else None)
        assert _seen(out) in (_set("old", OLD), _set("new", NEW)), (n, _seen(out))
        assert _write(out, "again", OLD) == 0  # the next run recovers
        assert _seen(out) == _set("again", OLD)
        assert len(list((out / GENERATIONS).iterdir())) == 1
        shutil.rmtree(out)
        if code == 0:
            return n - 1
    raise AssertionError("the build never got past its renames")


def test_a_kill_before_any_commit_rename_leaves_a_whole_set(tmp_path: Path) -> None:
    assert _kill_at_every_rename(tmp_path, None, FAULT_ENV) >= 2  # a new link, the switch


@pytest.mark.skipif(shutil.which("strace") is None, reason="needs strace (.ci/run installs it)")
def test_a_kill_at_any_rename_system_call_leaves_a_whole_set(tmp_path: Path) -> None:
    calls = "rename,renameat,renameat2"
    strace = ["strace", "-f", "-o", "/dev/null", "-e", f"trace={calls}",
              "-e", f"inject={calls}:signal=SIGKILL:when=N"]
    assert _kill_at_every_rename(tmp_path, strace, None) >= 6


def test_a_killed_build_keeps_the_old_records_for_update(tmp_path: Path) -> None:
    """The issue's case: kill between renames, then --update still finds the earlier build."""
    first, second, out = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "out"
    first.write_text(json.dumps({"id": "a1", "text": "Chile accused Peru of spying."}) + "\n")
    second.write_text(json.dumps({"id": "b1", "text": "Peru warned Chile."}) + "\n")
    build = [sys.executable, "-m", "actorgraph", "build", "--out", str(out), "-q"]
    assert subprocess.run([*build, str(first)], capture_output=True).returncode == 0
    before = {p: (out / p).read_bytes() for p in ("actors.jsonl", "relations.jsonl")}
    env = {**os.environ, FAULT_ENV: "1"}
    killed = subprocess.run([*build, "--rdf-format", "nt", str(first), str(second)],
                            capture_output=True, env=env)
    assert killed.returncode == -9
    assert {p: (out / p).read_bytes() for p in before} == before
    assert not (out / "graph.nt").exists()
    done = subprocess.run([*build, "--update", str(second)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    docs = {json.loads(line)["doc"] for line in (out / "relations.jsonl").open()}
    assert docs == {"a1", "b1"}
