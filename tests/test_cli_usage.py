"""Usage mistakes, through the installed ``actorgraph`` script: click's message and exit 2."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SCRIPT = shutil.which("actorgraph", path=str(Path(sys.executable).parent)) or "actorgraph"


def actorgraph(*args: str) -> subprocess.CompletedProcess[str]:
    """The console script the package installs, as a user types it."""
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("args", "message"), [
    (("build", str(SEEDS)), "Missing option '--out'"),
    (("biuld", str(SEEDS)), "No such command 'biuld'. Did you mean 'build'?"),
    (("build", str(SEEDS), "-o", "x", "--bogus"), "No such option: --bogus"),
    (("query", str(SEEDS), "--format", "yaml"), "Invalid value for '--format'"),
    (("build", str(SEEDS), "-o", "x", "--batch-size", "0"), "Invalid value for '--batch-size'"),
    (("viz",), "Missing argument 'GRAPH'"),
], ids=["missing-out", "misspelled-command", "unknown-option", "bad-choice", "out-of-range",
        "missing-argument"])
def test_usage_error_exits_2_with_clicks_message(args: tuple[str, ...], message: str,
                                                 tmp_path: Path) -> None:
    result = actorgraph(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert result.stderr.startswith("Usage: actorgraph")
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr
    assert not (Path("x")).exists()


@pytest.mark.parametrize("command", ["build", "query", "load", "serve", "push", "viz", "export",
                                     "validate", "evaluate", ""])
def test_help_has_clean_metavars(command: str) -> None:
    result = actorgraph(*([command] if command else []), "--help")
    assert result.returncode == 0, result.stderr
    for broken in ("<bool>", "<str>", "<int", "<float", "{inputs}", "{source}", "Path]>"):
        assert broken not in result.stdout, (command, broken)
