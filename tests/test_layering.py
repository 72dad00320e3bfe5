"""The one architectural rule: extract -> graph <- viz; graph imports neither spaCy nor pyvis."""

from __future__ import annotations

import ast
import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import actorgraph.graph

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {
    "graph": ("spacy", "pyvis", "actorgraph.extract", "actorgraph.viz"),
    "viz": ("spacy", "actorgraph.extract"),
    "extract": ("pyvis", "actorgraph.viz"),
}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_dependencies_point_one_way(package: str) -> None:
    offences = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / package).rglob("*.py"))
        for name in _imports(path)
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN[package])
    ]
    assert not offences


def test_graph_doctests_run() -> None:
    failures = 0
    for info in pkgutil.walk_packages(actorgraph.graph.__path__, "actorgraph.graph."):
        module = importlib.import_module(info.name)
        failures += doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed
    assert failures == 0


ENGINE = ROOT / "actorgraph" / "engine"
ENGINE_FORBIDDEN = ("pyvis", "actorgraph.viz", "actorgraph.cli", "actorgraph.commands",
                    "actorgraph.pipeline", "actorgraph.api")


def test_engine_imports_only_graph_and_extract() -> None:
    offences = [f"{path.name} imports {name}" for path in sorted(ENGINE.glob("*.py"))
                for name in _imports(path)
                if any(name == bad or name.startswith(bad + ".") for bad in ENGINE_FORBIDDEN)]
    assert not offences


def test_engine_has_no_import_cycle() -> None:
    """A depth-first walk of the engine's own imports never comes back to a module on its path."""
    prefix = "actorgraph.engine."
    edges = {path.stem: {name.removeprefix(prefix) for name in _imports(path)
                         if name.startswith(prefix)}
             for path in ENGINE.glob("*.py")}

    def cycle(node: str, path: tuple[str, ...]) -> tuple[str, ...] | None:
        if node in path:
            return (*path, node)
        for nxt in sorted(edges.get(node, ())):
            found = cycle(nxt, (*path, node))
            if found:
                return found
        return None

    assert [c for name in sorted(edges) if (c := cycle(name, ()))] == []


def test_commands_do_not_import_the_cli() -> None:
    """The CLI registers the commands; a command importing the CLI back would be a cycle."""
    commands = ROOT / "actorgraph" / "commands"
    offences = [f"{path.name} imports {name}" for path in sorted(commands.glob("*.py"))
                for name in _imports(path) if name == "actorgraph.cli"]
    assert not offences


@pytest.mark.parametrize("folder", ["graph", "extract", "viz"])
def test_a_folder_imported_by_its_bare_name_fails_loudly(folder: str) -> None:
    """From the repository root ``import graph`` would give a second copy of the package."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-c", f"import {folder}"], cwd=ROOT,
                         capture_output=True, text=True, check=False)
    assert run.returncode == 1
    assert f"ImportError: import actorgraph.{folder}, not {folder}" in run.stderr


WEB = ROOT / "actorgraph" / "web"
WEB_ALLOWED = ("actorgraph.graph", "actorgraph.web")  # and ``actorgraph`` (its version)


def test_web_imports_only_graph_and_fetching_libraries() -> None:
    """Fetching never loads a model or a renderer: only graph records and HTTP/feed tools."""
    offences = [f"{path.name} imports {name}" for path in sorted(WEB.glob("*.py"))
                for name in _imports(path)
                if name in ("spacy", "pyvis") or (name.startswith("actorgraph.")
                                                  and not name.startswith(WEB_ALLOWED))]
    assert not offences


def test_web_doctests_run() -> None:
    import actorgraph.web

    failures = 0
    for info in pkgutil.iter_modules(actorgraph.web.__path__, "actorgraph.web."):
        module = importlib.import_module(info.name)
        failures += doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed
    assert failures == 0


def _module(path: Path, folder: Path, package: str) -> str:
    parts = path.relative_to(folder).with_suffix("").parts
    return ".".join((package, *parts[:-1])) if parts[-1] == "__init__" else ".".join(
        (package, *parts))


def test_graph_has_no_import_cycle_even_through_lazy_imports() -> None:
    """Imports inside functions count too: a lazy import that dodges a cycle is still one."""
    folder, package = ROOT / "graph", "actorgraph.graph"
    modules = {_module(p, folder, package): p for p in folder.rglob("*.py")}
    edges = {name: {i for i in _imports(path) if i in modules and i != name}
             for name, path in modules.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def cycle(node: str) -> bool:
        state[node] = 1
        found = any(state.get(nxt) == 1 or (nxt not in state and cycle(nxt))
                    for nxt in sorted(edges[node]))
        state[node] = 2
        return found

    assert [name for name in sorted(edges) if name not in state and cycle(name)] == []


@pytest.mark.parametrize("name", ["actorgraph.viz.palette", "actorgraph.viz.plots",
                                  "actorgraph.viz.layout", "actorgraph.watch",
                                  "actorgraph.progress"])
def test_other_doctests_run(name: str) -> None:
    assert doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS).failed == 0
