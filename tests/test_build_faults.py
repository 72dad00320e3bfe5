"""No input makes the build crash (exit 70): hostile text, broken JSON, impossible dates,
bad gazetteer ids, a failing disk; ids stay distinct and a duplicate names its file and line.
An article the extractor fails on is named and, on request, left out; it never stops the
others in silence or loses earlier outputs."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from actorgraph.engine.executors import ProcessExecutor, SerialExecutor
from actorgraph.engine.store import RecordSpool
from actorgraph.engine.worker import _PIPELINES, ArticleRecord, PipelineSpec
from actorgraph.extract.nlp import load_pipeline
from actorgraph.extract.readers import read_inputs
from actorgraph.graph.errors import InputError
from actorgraph.graph.model import Article
from actorgraph.pipeline import build_directory, build_records


def _build(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def cap() -> None:  # a file-size limit fails writes as a full disk does
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # type: ignore[arg-type]

    return subprocess.run([sys.executable, "-m", "actorgraph", "build", "-q", *args],
                          capture_output=True, text=True, timeout=300,
                          preexec_fn=cap if limit else None)


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_hostile_lines_are_skipped_with_their_reasons(tmp_path: Path) -> None:
    text = "Chile accused Peru of spying.{} Peru denied it."
    good = [json.dumps({"id": f"s{n}", "text": text.format(sep), "title": f"A{sep}B"},
                       ensure_ascii=False) for n, sep in enumerate("\u2028\u2029\u0085")]
    bad = ['{"id": "lone", "text": "Chile \\ud800 accused Peru."}',
           "[" * 100_000 + "]" * 100_000,
           json.dumps({"id": "d1", "text": "Chile accused Peru.", "date": "2024-13-45"})]
    source = _jsonl(tmp_path / "in.jsonl", good + bad)
    done = _build(str(source), "--out", str(tmp_path / "out"), "--on-error", "skip")
    assert done.returncode == 0, done.stderr
    assert "in.jsonl:4: a lone surrogate" in done.stderr
    assert "in.jsonl:5: JSON nested too deeply" in done.stderr
    assert "in.jsonl:6: 'date' '2024-13-45' is not a real date" in done.stderr
    records = (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").split("\n")
    assert {json.loads(line)["doc"] for line in records if line} == {"s0", "s1", "s2"}


def test_deep_json_stops_the_build_with_a_clear_error(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", ['{"id": "a", "text": ' + "[" * 100_000])
    done = _build(str(source), "--out", str(tmp_path / "out"))
    assert done.returncode == 3 and "in.jsonl:1: JSON nested too deeply" in done.stderr


def test_an_impossible_date_line_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2024-02-30\nChile accused Peru of spying.\n")
    done = _build(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"))
    assert done.returncode == 3 and "'2024-02-30' is not a real date" in done.stderr


def test_a_gazetteer_id_with_a_control_character_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile accused Zorland of spying.\n")
    entry = {"id": "zor\x01land", "label": "Zorland", "kind": "GOVERNMENT"}
    gazetteer = _jsonl(tmp_path / "g.jsonl", [json.dumps(entry)])
    done = _build(str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"),
                  "--gazetteer", str(gazetteer))
    assert done.returncode == 3 and "contains a control character" in done.stderr


def test_a_failing_disk_is_exit_4_and_keeps_the_old_outputs(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile accused Peru of spying.\n")
    out = tmp_path / "out"
    assert _build(str(tmp_path / "a.txt"), "--out", str(out)).returncode == 0
    before = (out / "relations.jsonl").read_bytes()
    done = _build(str(tmp_path / "a.txt"), "--out", str(out), limit=20_000)
    assert done.returncode == 4 and "Traceback" not in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert (out / "relations.jsonl").read_bytes() == before


def test_out_inside_an_input_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("Chile accused Peru of spying.\n")
    done = _build(str(tmp_path / "news"), "--out", str(tmp_path / "news" / "out"))
    assert done.returncode == 2 and "inside the input folder" in done.stderr
    assert not (tmp_path / "news" / "out").exists()


def test_same_named_files_in_different_folders_get_distinct_ids(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Text of {folder}.\n")
    assert [a.id for a in read_inputs([tmp_path])] == ["x/a", "y/a"]
    given = [a.id for a in read_inputs([tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt"])]
    assert len(set(given)) == 2 and all(i.endswith(("x/a", "y/a")) for i in given)


def test_a_duplicate_id_names_the_file_and_line(tmp_path: Path) -> None:
    first = _jsonl(tmp_path / "one.jsonl", [json.dumps({"id": "k", "text": "One."})])
    second = _jsonl(tmp_path / "two.jsonl", [json.dumps({"id": "j", "text": "Two."}),
                                              json.dumps({"id": "k", "text": "Three."})])
    with pytest.raises(InputError, match=r"two\.jsonl:2: duplicate article id 'k' \(first at "
                                         r".*one\.jsonl:1\)"):
        list(read_inputs([first, second]))


def test_the_record_spool_keeps_unicode_line_separators(tmp_path: Path) -> None:
    spool = RecordSpool(tmp_path / "records", 1, PipelineSpec())
    record = ArticleRecord.from_json({"id": "a", "sha256": "0", "actors": [], "relations": [],
                                      "title": "x\u2028y\u0085z"})
    spool.add(record)
    spool.finish()
    lines = (tmp_path / "records" / "part-00000.jsonl").read_text(encoding="utf-8")
    assert lines.count("\n") == 1 and "\u2028" in lines


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc: Doc) -> Doc:
    if "UNREADABLE" in doc.text:
        raise ValueError("cannot read this one")
    return doc


_ARTICLES = [Article("a1", "Chile accused Peru of spying."),
             Article("a2", "UNREADABLE. Peru accused Chile of spying."),
             Article("a3", "Peru accused Bolivia of spying.")]
_WHY = "a2: not extracted (test_fails_on_marker failed: ValueError: cannot read this one)"


@pytest.fixture(scope="module")
def failing_nlp() -> Language:
    nlp = load_pipeline()
    nlp.add_pipe("test_fails_on_marker", before="actorgraph_relation_extractor")
    return nlp


def test_an_article_the_extractor_fails_on_is_left_out_and_named(failing_nlp: Language) -> None:
    result = build_records(_ARTICLES, failing_nlp, keep_going=True)
    assert result.articles == ["a1", "a3"]
    assert [str(e) for e in result.failed] == [_WHY]
    assert {r.doc for r in result.relations} == {"a1", "a3"}


def test_by_default_the_failure_stops_the_build_naming_the_article(
        failing_nlp: Language) -> None:
    with pytest.raises(InputError, match="a2: not extracted"):
        build_records(_ARTICLES, failing_nlp)


def test_worker_processes_name_the_failed_article_too(failing_nlp: Language) -> None:
    spec = PipelineSpec(model="test-failing-pipeline")
    try:
        executor = ProcessExecutor(spec, 2, 1, failing_nlp)
        records = list(executor.run(_ARTICLES))
    finally:
        _PIPELINES.pop(spec, None)
    assert [(r.id, r.failure is None) for r in records] == [("a1", True), ("a2", False),
                                                            ("a3", True)]


def test_a_stopped_build_keeps_the_earlier_outputs(tmp_path: Path,
                                                   failing_nlp: Language) -> None:
    out = tmp_path / "out"
    spec = PipelineSpec()
    build_directory([_ARTICLES[0]], out, SerialExecutor(failing_nlp), spec)
    before = (out / "relations.jsonl").read_bytes()
    with pytest.raises(InputError, match="a2"):
        build_directory(_ARTICLES, out, SerialExecutor(failing_nlp), spec)
    assert (out / "relations.jsonl").read_bytes() == before
    result = build_directory(_ARTICLES, out, SerialExecutor(failing_nlp), spec,
                             keep_going=True)
    assert result.articles == ["a1", "a3"]
    assert {json.loads(line)["doc"] for line in
            (out / "relations.jsonl").read_text().splitlines()} == {"a1", "a3"}


def test_an_update_tries_a_left_out_article_again(tmp_path: Path, failing_nlp: Language,
                                                  nlp: Language) -> None:
    out, spec = tmp_path / "out", PipelineSpec()
    build_directory(_ARTICLES, out, SerialExecutor(failing_nlp), spec, keep_going=True)
    result = build_directory(_ARTICLES, out, SerialExecutor(nlp), spec, update=True)
    assert result.extracted == 1 and result.articles == ["a1", "a2", "a3"]
