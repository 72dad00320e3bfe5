"""The README's commands stay true: CI runs exactly its test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", setup, flags=re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    build, tests = _commands()
    assert "actorgraph build seeds/ --out out/" in build
    assert "pytest" in tests and "ruff check ." in tests and "mypy" in tests


def test_ci_runs_the_readme_test_command() -> None:
    _, tests = _commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = tests.split("python3 -m venv", 1)[1]
    assert "python3 -m venv" + command in ci
    packages = tests.split("apt-get install -y", 1)[1].split("&&", 1)[0].split()
    assert "apt-get install -y" in ci and all(name in ci for name in packages)
