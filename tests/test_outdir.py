"""One build at a time per output directory; all files or none; nothing stray left."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from actorgraph.graph.errors import OutputError
from actorgraph.graph.outdir import output_directory


def _visible(out: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in out.iterdir()
            if p.is_file() and not p.name.startswith(".")}


def test_success_publishes_every_staged_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_directory(out) as stage:
        (stage / "a.jsonl").write_text("1")
        (stage / "shards").mkdir()
        (stage / "shards" / "part-0.jsonl").write_text("s")
    assert _visible(out) == {"a.jsonl": "1"}
    assert (out / "shards" / "part-0.jsonl").read_text() == "s"
    with output_directory(out) as stage:
        (stage / "shards").mkdir()
        (stage / "shards" / "part-1.jsonl").write_text("t")
    assert [p.name for p in (out / "shards").iterdir()] == ["part-1.jsonl"]


def test_failure_keeps_previous_outputs(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with output_directory(out) as stage:
        (stage / "a.jsonl").write_text("old")
    with pytest.raises(RuntimeError), output_directory(out) as stage:
        (stage / "a.jsonl").write_text("new")
        raise RuntimeError("boom")
    assert _visible(out) == {"a.jsonl": "old"}
    assert not any(p.name.startswith(".staging-") for p in out.iterdir())


def test_an_interruption_after_the_switch_keeps_the_new_outputs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while tidying up after the switch: the published set must stay readable."""
    from actorgraph.graph import outdir

    out = tmp_path / "out"
    with output_directory(out) as stage:
        (stage / "a.jsonl").write_text("old")
    calls = []

    def sweep(path: Path) -> None:
        calls.append(path)
        if len(calls) == 2:  # the first sweep runs before the build, the second after it
            raise KeyboardInterrupt

    monkeypatch.setattr(outdir, "_sweep", sweep)
    with pytest.raises(KeyboardInterrupt), output_directory(out) as stage:
        (stage / "a.jsonl").write_text("new")
    assert _visible(out) == {"a.jsonl": "new"}


def _hold_lock(out: str, ready, release) -> None:  # type: ignore[no-untyped-def]
    with output_directory(Path(out)):
        ready.set()
        release.wait(30)


def test_second_build_into_the_same_directory_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ctx = multiprocessing.get_context("fork")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold_lock, args=(str(out), ready, release))
    holder.start()
    try:
        assert ready.wait(10)
        with pytest.raises(OutputError, match="another actorgraph build"), \
                output_directory(out):
            pass
    finally:
        release.set()
        holder.join(10)
    with output_directory(out):  # free again once the first one is done
        pass


def test_leftovers_of_a_killed_build_are_swept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".staging-abc").mkdir(parents=True)
    (out / ".staging-abc" / "x").write_text("half")
    (out / ".graph.json.123.tmp").write_text("half")
    with output_directory(out):
        pass
    assert sorted(p.name for p in out.iterdir()) == [".actorgraph.lock", ".current",
                                                     ".generations"]
    assert len(list((out / ".generations").iterdir())) == 1


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_killed_build_leaves_previous_outputs_intact(tmp_path: Path, sig: int) -> None:
    """Kill a real build of many articles mid-way; the earlier outputs are untouched."""
    small, big, out = tmp_path / "small.jsonl", tmp_path / "big.jsonl", tmp_path / "out"
    line = '{"id": "%d", "text": "Chile accused Peru of spying on its navy. %s"}\n'
    small.write_text(line % (0, ""))
    big.write_text("".join(line % (i, "Bolivia warned Chile. " * 40) for i in range(4000)))
    build = [sys.executable, "-m", "actorgraph", "build", "--out", str(out), "-q"]
    assert subprocess.run([*build, str(small)], capture_output=True).returncode == 0
    before = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
              if p.is_file() and not str(p.relative_to(out)).startswith(".")}
    proc = subprocess.Popen([*build, str(big)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    time.sleep(8)
    assert proc.poll() is None, "the build finished before it could be killed"
    os.kill(proc.pid, sig)
    proc.wait(30)
    after = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*")
             if p.is_file() and not str(p.relative_to(out)).startswith(".")}
    assert after == before
    assert subprocess.run([*build, str(small)], capture_output=True).returncode == 0
    assert not [p.name for p in out.iterdir() if p.name.startswith((".staging-", ".graph"))]
