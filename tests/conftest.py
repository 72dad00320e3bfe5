"""Shared fixtures: the pipeline is loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser_support import browser, visit  # noqa: F401  (fixtures of the browser tests)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
DEV_SET = DATA / "plover_dev.jsonl"  # a copy of the PLOVER dev set; see data/README.md


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The full actorgraph pipeline (trained model + our components)."""
    from actorgraph.extract.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_result(nlp):  # type: ignore[no-untyped-def]
    """The records built from seeds/ (actors, relations, articles)."""
    from actorgraph.extract.readers import read_inputs
    from actorgraph.pipeline import build_records

    return build_records(read_inputs([SEEDS]), nlp)


@pytest.fixture
def parse(nlp):  # type: ignore[no-untyped-def]
    """Run the pipeline on one text: ``parse("Iran accused Israel.", date="2024-01-01")``."""
    from actorgraph.extract.nlp import make_doc

    def run(text: str, date: str | None = None, doc_id: str = "t"):  # type: ignore[no-untyped-def]
        return nlp(make_doc(nlp, text, doc_id, date))

    return run


_skipped: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """In CI a skipped test is a failure: CI installs everything the tests need."""
    if os.environ.get("CI") and _skipped and exitstatus == 0:
        session.exitstatus = 1
        print(f"\nCI: {len(_skipped)} tests were skipped, which CI does not allow: "
              + ", ".join(_skipped[:5]))
