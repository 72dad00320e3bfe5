"""The project's modules import each other without cycles, lazy imports included."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
# Where each folder's modules live in the installed package.
FOLDERS = {"actorgraph": "actorgraph", "graph": "actorgraph.graph",
           "extract": "actorgraph.extract", "viz": "actorgraph.viz"}


def _modules() -> dict[str, Path]:
    found = {}
    for folder, package in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if any((ROOT / folder / Path(*parts[:i])).is_symlink() for i in range(1, len(parts))):
                continue  # actorgraph/graph -> ../graph: the same files under their own folder
            name = ".".join((package, *parts)).removesuffix(".__init__")
            found[name] = path
    return found


def _type_checking_only(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imported(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    names: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if _type_checking_only(node):
            continue
        stack.extend(ast.iter_child_nodes(node))
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")[: len(module.split(".")) - node.level + is_package]
                base = ".".join([*anchor, *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def import_graph() -> nx.DiGraph:
    """Project modules and the project modules each one imports, anywhere in its body."""
    modules = _modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for target in _imported(tree, name, path.name == "__init__.py"):
            if target in modules and target != name:
                graph.add_edge(name, target)
    return graph


def test_the_import_graph_covers_the_project() -> None:
    graph = import_graph()
    assert {"actorgraph.cli", "actorgraph.graph.model", "actorgraph.extract.nlp"} <= set(graph)
    assert graph.has_edge("actorgraph.graph.rdf", "actorgraph.graph.model")


def test_no_import_cycles() -> None:
    cycles = [sorted(c) for c in nx.strongly_connected_components(import_graph()) if len(c) > 1]
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)
