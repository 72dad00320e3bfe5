"""The command line: build writes the whole contract; errors are one line and an exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from actorgraph import __version__
from actorgraph.cli import app
from actorgraph.pipeline import OUTPUTS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

runner = CliRunner()


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "actorgraph", *args], capture_output=True,
                          text=True, input=stdin, timeout=300)


def test_version_and_help() -> None:
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"actorgraph {__version__}"
    result = runner.invoke(app, ["build", "--help"])
    assert result.exit_code == 0
    assert "--out" in result.stdout and "--on-error" in result.stdout


@pytest.mark.slow
def test_build_seeds_writes_every_output(tmp_path: Path) -> None:
    result = _run("build", str(SEEDS), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    for name in OUTPUTS:
        assert (tmp_path / "out" / name).stat().st_size > 0, name
    relations = [json.loads(x) for x in (tmp_path / "out" / "relations.jsonl").open()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    for rel in relations:
        assert texts[rel["doc"]][rel["start"]:rel["end"]] == rel["sentence"]
    assert not list((tmp_path / "out").glob(".*.tmp"))


@pytest.mark.slow
def test_build_is_byte_identical_when_repeated(tmp_path: Path) -> None:
    for out in ("a", "b"):
        assert _run("build", str(SEEDS), "--out", str(tmp_path / out), "-q").returncode == 0
    for name in OUTPUTS:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


@pytest.mark.slow
def test_collapse_above_sets_where_the_graph_files_collapse(tmp_path: Path) -> None:
    assert _run("build", str(SEEDS), "--out", str(tmp_path / "o"), "-q",
                "--collapse-above", "10").returncode == 0
    graph = json.loads((tmp_path / "o" / "graph.json").read_text(encoding="utf-8"))
    relations = (tmp_path / "o" / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    edges = graph["links"] if "links" in graph else graph["edges"]
    assert len(edges) < len(relations)  # one edge per (source, type, target), with a count
    assert sum(edge["count"] for edge in edges) == sum(
        '"negated": false' in line for line in relations)


def test_build_from_stdin(tmp_path: Path) -> None:
    text = "Kenya's foreign ministry accused Somalia of violating its airspace."
    result = _run("build", "-", "--out", str(tmp_path / "o"), "-q", stdin=text)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "actors.jsonl").exists()


@pytest.mark.parametrize(("make", "message", "code"), [
    (lambda d: d / "missing.txt", "no such file or directory", 3),
    (lambda d: _file(d / "empty.txt", b""), "empty article", 3),
    (lambda d: _file(d / "bin.txt", b"\x00\x9f\x92\x96"), "binary file", 3),
    (lambda d: _file(d / "l1.txt", "Z\xfcrich".encode("latin-1")), "not UTF-8", 3),
    (lambda d: _file(d / "m.jsonl", b'{"id": "a", "text": "x"}\n{oops\n'), "m.jsonl:2", 3),
    (lambda d: _file(d / "n.jsonl", b'{"id": "a"}\n'), "n.jsonl:1: no 'text'", 3),
])
def test_bad_input_one_line_error_and_nothing_written(tmp_path: Path, make, message: str,
                                                      code: int) -> None:
    out = tmp_path / "out"
    result = _run("build", str(make(tmp_path)), "--out", str(out), "-q")
    assert result.returncode == code
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_skip_lists_bad_articles_and_builds_the_rest(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()  # --out outside the input folder
    _file(tmp_path / "in" / "good.txt", b"Brazil accused Venezuela of election fraud.")
    _file(tmp_path / "in" / "bad.txt", b"\x00\x00")
    result = _run("build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "-q",
                  "--on-error", "skip")
    assert result.returncode == 0, result.stderr
    assert "skipped:" in result.stderr and "bad.txt" in result.stderr
    assert (tmp_path / "out" / "relations.jsonl").exists()


def test_unwritable_out_is_a_clear_error(tmp_path: Path) -> None:
    _file(tmp_path / "a.txt", b"Chile warned Bolivia.")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            blocker = _file(tmp_path / "plainfile", b"x")
            result = _run("build", str(tmp_path / "a.txt"), "--out", str(blocker), "-q")
            assert "not a directory" in result.stderr
        else:
            result = _run("build", str(tmp_path / "a.txt"), "--out", str(locked / "o"), "-q")
            assert "not writable" in result.stderr
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1
    finally:
        locked.chmod(0o700)


def test_failed_run_leaves_previous_outputs_intact(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _file(tmp_path / "in" / "a.txt", b"Chile warned Bolivia of consequences.")
    out = tmp_path / "out"
    assert _run("build", str(tmp_path / "in" / "a.txt"), "--out", str(out), "-q"
                ).returncode == 0
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    _file(tmp_path / "in" / "b.txt", b"\x00")
    assert _run("build", str(tmp_path / "in"), "--out", str(out), "-q").returncode == 3
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before


def test_bad_date_and_unknown_model_are_usage_errors(tmp_path: Path) -> None:
    _file(tmp_path / "a.txt", b"Chile warned Bolivia.")
    result = _run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--date",
                  "May 5")
    assert result.returncode == 2 and "--date" in result.stderr
    result = _run("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "o"), "--model",
                  "no_such")
    assert result.returncode == 2 and "no_such" in result.stderr
    assert "Traceback" not in result.stderr
