"""The real-news evaluation corpus (tests/data/news/): its size, form, and fixed split."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from actorgraph.evaluate.files import load_gold
from actorgraph.evaluate.news import split_of

NEWS = Path(__file__).resolve().parent / "data" / "news"
SPLITS = ("dev", "test")


def _rows(split: str) -> list[dict[str, Any]]:
    lines = (NEWS / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


ALL = [row for split in SPLITS for row in _rows(split)]


def _words(text: str) -> int:
    return len(text.split())


def test_the_corpus_is_large_and_varied() -> None:
    assert len(ALL) >= 150
    assert len({row["url"] for row in ALL}) >= 100
    assert len({row["outlet"] for row in ALL}) >= 30
    assert len({code for row in ALL for code in row["countries"]}) >= 40
    assert all("2005" <= (row["date"] or row["published"]) <= "2026-12-31" for row in ALL)


@pytest.mark.parametrize("split", SPLITS)
def test_each_excerpt_lies_in_its_articles_split(split: str) -> None:
    assert {split_of(row["url"]) for row in _rows(split)} == {split}


def test_ids_are_unique_and_the_split_is_about_sixty_forty() -> None:
    assert len({row["id"] for row in ALL}) == len(ALL)
    dev = len({row["url"] for row in _rows("dev")})
    assert 0.5 <= dev / len({row["url"] for row in ALL}) <= 0.7


@pytest.mark.parametrize("split", SPLITS)
def test_the_gold_reads_as_news_gold(split: str) -> None:
    mode, rows = load_gold(NEWS / f"{split}.jsonl")
    assert mode == "news" and len(rows) == len(_rows(split))


def test_excerpts_are_short_passages_annotated_before_any_run() -> None:
    assert all(row["annotated_before_run"] is True for row in ALL)
    assert all(_words(row["text"]) <= 200 for row in ALL)
    assert all(row["url"].startswith(("http://", "https://")) for row in ALL)
    assert all(row["outlet"] and isinstance(row["title"], str) for row in ALL)  # title: "" if
    # the page showed none


def test_evidence_sentences_are_quoted_from_their_excerpt() -> None:
    def flat(text: str) -> str:
        return " ".join(text.split())

    missing = [(row["id"], rel["sentence"][:60]) for row in ALL for rel in row["relations"]
               if flat(rel["sentence"]) not in flat(row["text"])]
    assert not missing
