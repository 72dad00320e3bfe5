"""``actorgraph export`` from a build directory: streamed from records/ as the build streams its
own RDF, with the quads of the in-memory export (the graph of graph.json and the articles of
records/), also from a build whose graph.json holds the collapsed graph."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from actorgraph.commands.rdf import read_articles
from actorgraph.engine.assemble import Assembly, export_rdf
from actorgraph.engine.executors import SerialExecutor
from actorgraph.engine.records import PipelineSpec
from actorgraph.extract.readers import read_inputs
from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.formats import FORMATS
from actorgraph.graph.io import read_graph
from actorgraph.graph.model import Article
from actorgraph.pipeline import build_directory

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://example.org/news/"
NAMES = ["turtle", "nt", "json-ld", "trig", "nquads"]
ARTICLES = [
    Article("k1", "Kenya accused Somalia of violating its airspace.", "2025-03-02"),
    Article("k2", "Kenya did not accuse Uganda of anything.", "2025-03-03", title="No blame"),
    Article("k3", "Rain fell over Nairobi on Monday.", "2025-03-04", title="Weather",
            url="https://example.org/weather"),
    Article("k4", "Somalia blamed Kenya for the collapse of the border talks.", "2025-03-05"),
]


def _graphs(path: Path, fmt: str) -> dict[str, Dataset]:
    """Each non-empty graph of an RDF file by its name (the default graph as DEFAULT)."""
    data = Dataset()
    data.parse(path, format={"nquads": "nquads", "json-ld": "json-ld"}.get(fmt, fmt))
    return {str(g.identifier): g for g in data.graphs() if len(g)}


def _same_quads(ours: Path, theirs: Path, fmt: str) -> None:
    mine, old = _graphs(ours, fmt), _graphs(theirs, fmt)
    assert sorted(mine) == sorted(old)
    assert [name for name in old if not isomorphic(mine[name], old[name])] == []


def _in_memory(build: Path, path: Path, fmt: str) -> Path:
    """The export as it was made: the graph of graph.json and the articles of records/."""
    return write_rdf(read_graph(build), path, fmt, BASE, read_articles(build))


@pytest.fixture(scope="module")
def small_builds(nlp, tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    """The same articles built twice: graph.json with every instance, and collapsed."""
    builds = {}
    for name, limit in (("instances", 1000), ("collapsed", 1)):
        out = tmp_path_factory.mktemp(name)
        build_directory(ARTICLES, out, SerialExecutor(nlp), PipelineSpec(),
                        assembly=Assembly(instance_limit=limit))
        builds[name] = out
    return builds


@pytest.fixture(scope="module")
def seeds_build(nlp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("seeds")
    build_directory(read_inputs([ROOT / "seeds"]), out, SerialExecutor(nlp), PipelineSpec())
    return out


@pytest.mark.slow
@pytest.mark.parametrize("fmt", NAMES)
def test_streamed_export_of_the_seeds_has_the_quads_of_the_in_memory_one(
        seeds_build: Path, tmp_path: Path, fmt: str) -> None:
    build = seeds_build
    ours = tmp_path / f"ours.{FORMATS[fmt].file_extension}"
    summary = export_rdf(build / "records", ours, fmt, Assembly(base=BASE))
    assert summary.instances == read_graph(build).number_of_edges()
    _same_quads(ours, _in_memory(build, tmp_path / f"old.{FORMATS[fmt].file_extension}", fmt),
                fmt)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "turtle"])
def test_export_from_a_collapsed_build_has_every_relation_and_article(
        small_builds: dict[str, Path], tmp_path: Path, fmt: str) -> None:
    ext = FORMATS[fmt].file_extension
    ours = tmp_path / f"ours.{ext}"
    done = subprocess.run([sys.executable, "-m", "actorgraph", "export",
                           str(small_builds["collapsed"]), "--out", str(ours), "--base-iri",
                           BASE, "-q"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and not done.stderr, done.stderr
    old = _in_memory(small_builds["instances"], tmp_path / f"old.{ext}", fmt)
    _same_quads(ours, old, fmt)
    if fmt != "turtle":  # the article without a relation has its graph
        assert f"{BASE}graph/k3" in _graphs(ours, fmt)


def test_include_negated_keeps_the_denied_relation(small_builds: dict[str, Path],
                                                   tmp_path: Path) -> None:
    modes = {}
    for keep in (False, True):
        path = tmp_path / f"{keep}.nq"
        export_rdf(small_builds["instances"] / "records", path, "nquads",
                   Assembly(base=BASE, include_negated=keep))
        modes[keep] = path.read_text(encoding="utf-8").count('#mode> "negated"')
    assert modes == {False: 0, True: 1}
