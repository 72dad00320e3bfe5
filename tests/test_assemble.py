"""Assembly out of core: the streamed outputs are the in-memory ones, byte for byte; Parquet
records read back as the records; above the limit the graph files hold the collapsed graph."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from output_support import write_outputs

from actorgraph.engine.assemble import Assembly, assemble
from actorgraph.engine.executors import SerialExecutor
from actorgraph.engine.parquet import read_records
from actorgraph.engine.records import ArticleRecord, PipelineSpec
from actorgraph.extract.readers import read_inputs
from actorgraph.graph import io, rdf
from actorgraph.graph.fastrdf import _resource, _term
from actorgraph.graph.model import MODES
from actorgraph.graph.ntriples import _literal, relation_text
from actorgraph.pipeline import build_directory

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
from synthetic_records import write_records  # noqa: E402

FORMATS = ["nt", "trig", "nquads", "json-ld"]


@pytest.fixture(scope="module")
def seeds_build(nlp, tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("seeds-build")
    build_directory(read_inputs([ROOT / "seeds"]), out, SerialExecutor(nlp), PipelineSpec(),
                    assembly=Assembly(rdf_formats=FORMATS))
    return out


def _files(directory: Path) -> dict[str, bytes]:
    """Every output file by its path in ``directory`` (links followed; records/ and hidden
    entries left out)."""
    found = {}
    for root, dirs, names in os.walk(directory, followlinks=True):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "records"]
        for name in names:
            if not name.startswith("."):
                path = Path(root) / name
                found[str(path.relative_to(directory))] = path.read_bytes()
    return found


@pytest.mark.slow
def test_streamed_outputs_are_the_in_memory_outputs(seeds_result, seeds_build, tmp_path):  # type: ignore[no-untyped-def]
    write_outputs(seeds_result, tmp_path, rdf_formats=FORMATS)
    ours, theirs = _files(seeds_build), _files(tmp_path)
    assert sorted(ours) == sorted(theirs)
    assert [name for name in ours if ours[name] != theirs[name]] == []


def test_parquet_records_read_back_as_the_records(seeds_build: Path) -> None:
    records = seeds_build / "records"
    lines = [ArticleRecord.from_json(data) for part in sorted(records.glob("part-*.jsonl"))
             for _, data in io.read_jsonl(part)]
    assert lines and sum(len(r.relations) for r in lines) > 0
    assert list(read_records(records)) == lines


def _edges(relations: list[dict[str, object]]) -> Counter[tuple[object, ...]]:
    return Counter((r["source"], r["type"], r["target"]) for r in relations if not r["negated"])


def test_above_the_limit_the_graph_files_hold_the_collapsed_graph(tmp_path: Path) -> None:
    records = tmp_path / "records"
    write_records(records, 300, shards=4)
    summary, graph = assemble(records, tmp_path, 4, Assembly(instance_limit=100))
    relations = [d for _, d in io.read_jsonl(tmp_path / "relations.jsonl")]
    assert summary.relations == len(relations) > 100
    expected = _edges(relations)
    stored = io.read_graph(tmp_path)
    assert Counter({(u, d["type"], v): d["count"] for u, v, d in stored.edges(data=True)}) \
        == expected
    confidence = {r["id"]: r["confidence"] for r in relations}
    for u, v, data in stored.edges(data=True):
        mine = [r for r in relations if (r["source"], r["type"], r["target"]) ==
                (u, data["type"], v) and not r["negated"]]
        best = sorted(mine, key=lambda r: (-r["confidence"], r["id"]))[:3]
        assert data["evidence"] == [r["id"] for r in best]
        assert data["first_date"] == min(r["date"] for r in mine)
        assert data["confidence"] == max(confidence[i] for i in data["evidence"])
    assert graph.number_of_edges() == len(expected)


def test_below_the_limit_the_graph_holds_every_instance(tmp_path: Path) -> None:
    records = tmp_path / "records"
    write_records(records, 40, shards=3)
    assemble(records, tmp_path, 3)
    relations = [d for _, d in io.read_jsonl(tmp_path / "relations.jsonl")]
    stored = io.read_graph(tmp_path)
    assert sorted(k for _, _, k in stored.edges(keys=True)) == \
        sorted(r["id"] for r in relations if not r["negated"])


_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_ident = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1,
                 max_size=12)


@settings(max_examples=150, deadline=None)
@given(_ident, _ident, st.sampled_from(["ACCUSE", "THREATEN", "REDUCE_RELATIONS"]), _text,
       st.integers(0, 10**6), st.floats(0, 1), st.one_of(st.none(), st.just("2026-01-03"),
                                                         _text), st.sampled_from(MODES))
def test_relation_text_is_the_rdf_mapping(ident, doc, kind, sentence, start, confidence, date,
                                          mode):  # type: ignore[no-untyped-def]
    row = {"id": ident, "doc": doc, "type": kind, "source": doc + "s", "target": "t/" + ident,
           "sentence": sentence, "start": start, "end": start + 5, "trigger": sentence[:3],
           "confidence": confidence, "date": date, "mode": mode, "negated": mode != "asserted",
           "family": sentence[-4:], "extractor": "rules.v1"}
    base = rdf.DEFAULT_BASE
    ours = {str(q) for q in ox.parse(relation_text(row, base), format=ox.RdfFormat.N_TRIPLES)}
    mapping = rdf._relation_triples(ident, (row["source"], row["target"]), row, base)
    theirs = {str(ox.Triple(_resource(s), ox.NamedNode(str(p)), _term(o)))
              for s, p, o in mapping if s == rdf.relation_iri(ident, base)}
    assert ours == theirs
    assert _literal(sentence) == str(ox.Literal(sentence.replace("\ud800", "")))


def test_records_summary_counts_every_relation(tmp_path: Path) -> None:
    records = tmp_path / "records"
    total = write_records(records, 120, shards=5)
    summary, _ = assemble(records, tmp_path, 5, replace(Assembly(), include_negated=True))
    assert summary.relations == summary.instances == total
    lines = [json.loads(x) for x in (tmp_path / "actors.jsonl").read_text().splitlines()]
    assert [a["id"] for a in lines] == sorted(a["id"] for a in lines)


def test_analysis_reads_a_build_of_any_size_through_parquet(seeds_build: Path) -> None:
    from actorgraph.graph import analysis
    from actorgraph.graph.records import query, read_build

    instances, collapsed = io.read_graph(seeds_build), read_build(seeds_build)
    assert collapsed.number_of_edges() < instances.number_of_edges()
    for table in (analysis.top_sources, analysis.top_targets, analysis.degree_table):
        assert table(collapsed, None).equals(table(instances, None))
    assert analysis.matrix(collapsed, None).equals(analysis.matrix(instances, None))
    assert analysis.pagerank(collapsed, "ACCUSE") == analysis.pagerank(instances, "ACCUSE")
    counted = query(seeds_build, "SELECT count(*) AS n FROM relations WHERE NOT negated")
    assert int(counted["n"][0]) == instances.number_of_edges()
