"""actorgraph.api: one call from articles to the graph, with or without output files."""

from __future__ import annotations

import json

import pytest

from actorgraph.api import build, load
from actorgraph.graph.errors import InputError
from actorgraph.graph.model import Article


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "north.txt").write_text("Date: 2024-05-06\nCanada accused Denmark of overfishing "
                                      "in the northern waters.\n", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "w1", "date": "2024-05-07",
                                "text": "Norway blamed Sweden for the collapse of the talks."})
                    + "\n", encoding="utf-8")
    return folder, feed


def test_build_from_a_folder_and_a_jsonl_file(corpus):
    graph = build(list(corpus), progress=False)
    edges = sorted((u, d["type"], v, d["doc"], d["date"]) for u, v, d in graph.edges(data=True))
    assert edges == [("canada", "ACCUSE", "denmark", "north", "2024-05-06"),
                     ("norway", "ACCUSE", "sweden", "w1", "2024-05-07")]


def test_build_from_articles_with_outputs(tmp_path, capsys):
    article = Article("a1", "Canada accused Denmark of overfishing.", "2024-05-06")
    graph = build(article, out=tmp_path / "out")
    assert {"actors.jsonl", "relations.jsonl", "graph.json", "graph.ttl", "graph.html"} <= \
        {p.name for p in (tmp_path / "out").iterdir()}
    again = load(tmp_path / "out")
    assert sorted(again.edges(keys=True)) == sorted(graph.edges(keys=True))
    assert "article" in capsys.readouterr().err  # the progress bar counts articles


def test_bad_input_is_an_input_error(tmp_path):
    (tmp_path / "bad.jsonl").write_text("{not json}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl"):
        build(tmp_path / "bad.jsonl", progress=False)


def test_build_with_outputs_returns_the_graph_of_graph_json(tmp_path):
    articles = [Article("a1", "Canada accused Denmark of overfishing.", "2024-05-06"),
                Article("a2", "Canada blamed Denmark for the collapse of the talks.",
                        "2024-05-09")]
    instances = build(articles, out=tmp_path / "full", progress=False)
    assert sorted(d["doc"] for _, _, d in instances.edges(data=True)) == ["a1", "a2"]
    collapsed = build(articles, out=tmp_path / "collapsed", progress=False, collapse_above=1)
    edges = [(u, v, k, d["count"], d["first_date"], d["last_date"])
             for u, v, k, d in collapsed.edges(keys=True, data=True)]
    assert edges == [("canada", "denmark", "ACCUSE", 2, "2024-05-06", "2024-05-09")]
    assert sorted(load(tmp_path / "collapsed").edges(keys=True)) == \
        [("canada", "denmark", "ACCUSE")]


def test_build_into_a_directory_needs_an_article(tmp_path):
    assert build([], progress=False).number_of_nodes() == 0
    with pytest.raises(InputError, match="no articles to process"):
        build([], out=tmp_path / "out", progress=False)
    assert not (tmp_path / "out").exists()
