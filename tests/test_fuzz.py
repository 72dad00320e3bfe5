"""Hostile and messy input: the build either succeeds or reports the article; never crashes."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.extract.nlp import make_doc
from actorgraph.extract.readers import MAX_CHARS, read_path
from actorgraph.graph.errors import InputError

FIXTURE = [HealthCheck.function_scoped_fixture]
NASTY = [
    "\ufeffTurkey accused Greece of provocations.\r\nGreece denied it.\r\n",
    "Iran warned Israel.\x00\x00 hidden",
    "مصر حذرت إثيوبيا. Egypt warned Ethiopia 🇪🇬🔥 over the dam.",
    "\u202eSudan accused Chad\u202c of arming rebels.",
    "A" * 50_000,
    "word " * 40_000,
    "<script>alert(1)</script> Peru <img src=x onerror=alert(2)> sanctioned Chile.",
    "x\n" * 20_000,
    " ",
]


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE)
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_read_or_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(data)
    try:
        articles = list(read_path(path))
    except InputError as err:
        assert "\n" not in str(err)
        return
    assert len(articles) == 1 and articles[0].text.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURE)
@given(data=st.binary(max_size=500))
def test_random_jsonl_lines_are_read_or_reported(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "fine"}\n' + data + b"\n")
    problems: list[InputError] = []
    articles = list(read_path(path, on_error=problems.append))
    assert articles[0].id == "ok"


@settings(max_examples=40, deadline=None)
@given(text=st.text(min_size=1, max_size=400))
def test_any_text_goes_through_the_pipeline(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, "fuzz"))
    for relation in doc._.relations:
        assert text[relation.evidence.start:relation.evidence.end] == relation.evidence.sentence


@pytest.mark.parametrize("text", NASTY, ids=range(len(NASTY)))
def test_nasty_articles(tmp_path: Path, nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nasty.txt"
    path.write_bytes(text.encode("utf-8"))
    try:
        [article] = read_path(path)
    except InputError as err:
        assert "\n" not in str(err)
        return
    doc = nlp(make_doc(nlp, article.text, article.id))
    for relation in doc._.relations:
        assert article.text[relation.evidence.start:relation.evidence.end] == \
            relation.evidence.sentence


def test_too_long_article_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("a " * (MAX_CHARS // 2 + 10))
    with pytest.raises(InputError, match="article too long"):
        list(read_path(path))
