"""Readers: .txt, directories, .jsonl, .html and stdin; every bad input is a one-line error."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from actorgraph.extract.readers import read_inputs, read_path
from actorgraph.graph.errors import InputError


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_txt_article_id_is_the_file_stem(tmp_path: Path) -> None:
    path = _write(tmp_path / "kyiv-strike.txt", "Russia accused Ukraine of shelling.\n")
    [article] = read_path(path)
    assert article.id == "kyiv-strike"
    assert article.text.startswith("Russia accused")
    assert article.date is None


def test_leading_date_line_becomes_the_date_and_offsets_still_index_the_file(
        tmp_path: Path) -> None:
    raw = " date 2024-05-06 Chad warned Sudan.\nSecond line."
    [article] = read_path(_write(tmp_path / "a.txt", raw))
    assert article.date == "2024-05-06"
    assert len(article.text) == len(raw)
    start = raw.index("Chad")
    assert article.text[start:start + 4] == "Chad"
    assert "date" not in article.text


def test_directories_are_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    _write(tmp_path / "b" / "2.txt", "Two.")
    _write(tmp_path / "1.txt", "One.")
    _write(tmp_path / "b" / "notes.md", "ignored")
    assert [a.id for a in read_path(tmp_path)] == ["1", "b/2"]  # the path from the folder


def test_jsonl_fields_and_unknown_fields_ignored(tmp_path: Path) -> None:
    lines = [{"id": "x1", "text": "Peru sanctioned Chile.", "date": "2023-01-02T10:00:00",
              "title": "T", "url": "https://example.org/x1", "source": "Wire", "extra": 1},
             {"id": 7, "text": "Mali expelled France's ambassador."}]
    path = _write(tmp_path / "a.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    first, second = read_path(path)
    assert (first.id, first.date, first.title, first.url, first.source) == (
        "x1", "2023-01-02", "T", "https://example.org/x1", "Wire")
    assert second.id == "7" and second.date is None


def test_html_page_gives_main_text_title_and_date(tmp_path: Path) -> None:
    body = " ".join(["Ghana accused Togo of violating the border agreement."] * 6)
    page = (f"<html><head><title>Border row</title>"
            f'<meta property="article:published_time" content="2022-03-04"></head>'
            f"<body><nav>Home | World</nav><article><h1>Border row</h1><p>{body}</p>"
            f"<p>{body}</p></article></body></html>")
    [article] = read_path(_write(tmp_path / "page.html", page))
    assert "Ghana accused Togo" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Border row"
    assert article.date == "2022-03-04"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"Egypt warned Ethiopia."))
    monkeypatch.setattr(sys, "stdin", stdin)
    [article] = read_path(Path("-"))
    assert (article.id, article.text) == ("stdin", "Egypt warned Ethiopia.")


def test_date_option_sets_the_date_of_every_article(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", " date 2020-01-01 x")
    _write(tmp_path / "b.txt", "y")
    assert {a.date for a in read_inputs([tmp_path], date="2025-12-31")} == {"2025-12-31"}


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.txt", None, "no such file"),
    ("empty.txt", "  \n", "empty article"),
    ("binary.txt", b"\x00\x01\x02abc", "binary file"),
    ("latin1.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
    ("bad.jsonl", '{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', "bad.jsonl:2: malformed"),
    ("notext.jsonl", '{"id": "a", "title": "no text"}\n', "notext.jsonl:1: no 'text'"),
    ("noid.jsonl", '{"text": "no id"}\n', "noid.jsonl:1: no 'id'"),
    ("array.jsonl", "[1, 2]\n", "expected a JSON object"),
    ("baddate.jsonl", '{"id": "a", "text": "t", "date": "yesterday"}\n', "ISO date"),
    ("empty.jsonl", "\n", "empty file"),
])
def test_bad_input_is_a_one_line_error_naming_the_file(
        tmp_path: Path, name: str, content: str | bytes | None, message: str) -> None:
    path = tmp_path / name
    if content is not None:
        _write(path, content)
    with pytest.raises(InputError) as info:
        list(read_inputs([path]))
    text = str(info.value)
    assert message in text
    assert name in text
    assert "\n" not in text


def test_skip_mode_reports_bad_articles_and_keeps_the_good_ones(tmp_path: Path) -> None:
    lines = '{"id": "a", "text": "fine"}\nnot json\n{"id": "c", "text": "ok"}\n'
    _write(tmp_path / "a.jsonl", lines)
    _write(tmp_path / "b.txt", b"\xff\xfe\x00")
    _write(tmp_path / "c.txt", "also fine")
    problems: list[InputError] = []
    ids = [a.id for a in read_inputs([tmp_path], on_error=problems.append)]
    assert ids == ["a", "c"]
    assert len(problems) == 3
    assert any("a.jsonl:2" in str(p) for p in problems)
    assert any("duplicate article id 'c'" in str(p) for p in problems)


def test_duplicate_ids_stop_by_default(tmp_path: Path) -> None:
    _write(tmp_path / "x.jsonl", '{"id": "same", "text": "a"}\n{"id": "same", "text": "b"}\n')
    with pytest.raises(InputError, match="duplicate article id"):
        list(read_inputs([tmp_path / "x.jsonl"]))
