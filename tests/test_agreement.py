"""Agreement between two readers of the news corpus (tools/agreement.py): a second, independent
annotation of development excerpts, scored against the first as the extractor is."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from actorgraph.evaluate.files import load_gold
from actorgraph.evaluate.news import split_of

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "data" / "news"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("agreement", ROOT / "tools" / "agreement.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _second() -> list[dict[str, Any]]:
    return load_gold(NEWS / "agreement.jsonl")[1]


def test_the_second_annotation_reads_development_excerpts_only() -> None:
    dev = {row["id"]: row for row in load_gold(NEWS / "dev.jsonl")[1]}
    second = _second()
    assert len(second) >= 40
    for row in second:
        assert split_of(row["url"]) == "dev" and row["id"] in dev
        assert row["text"] == dev[row["id"]]["text"] and row["annotated_before_run"]


def test_an_annotation_agrees_fully_with_itself() -> None:
    rows = [row for row in _second() if row["relations"]]
    for scores in _tool().agreement(rows, rows).values():
        assert scores["precision"] == scores["recall"] == 1.0


def test_a_relation_the_other_reader_left_out_lowers_recall() -> None:
    rows = [row for row in _second() if row["relations"]]
    fewer = [{**row, "relations": [r for r in row["relations"] if r["type"] != "SANCTION"]}
             for row in rows]
    scores = _tool().agreement(rows, fewer)["second against first"]
    assert scores["precision"] == 1.0 and scores["recall"] < 1.0


def test_descriptions_are_not_names() -> None:
    row = {"id": "n1", "actors": [{"label": "Chile", "kind": "GOVERNMENT", "country": "CHL",
                                   "surface": ["the government", "it", "Santiago"]}],
           "relations": []}
    _, actors = _tool().as_prediction([row])
    assert actors["n1/Chile"]["aliases"] == ["Santiago"]


def test_the_tool_prints_both_readings() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "agreement.py"),
                           str(NEWS / "dev.jsonl"), str(NEWS / "agreement.jsonl")],
                          capture_output=True, text=True, timeout=120, check=True)
    lines = done.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == ["second against first",
                                                      "first against second"]
    assert all(" F1 0." in line for line in lines), json.dumps(lines)
