"""``build`` from URLs and feeds, ``--offline``, and ``watch`` (cycles, SIGTERM), locally."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner
from web_fixtures import FixtureServer, serve

from actorgraph.cli import app
from actorgraph.engine.worker import PipelineSpec, preload
from actorgraph.graph.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
WEB = ["--delay", "0", "--timeout", "2", "-q", "--processes", "1"]


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as fixture:
        yield fixture


@pytest.fixture(autouse=True)
def _loaded(nlp) -> None:  # type: ignore[no-untyped-def]
    preload(PipelineSpec(), nlp)


def lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_build_from_url_list_and_feed_lists_failures(server, tmp_path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# reading list\n{server.url('/news/a2')}\n{server.url('/missing')}\n")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", server.url("/news/a1"), str(urls), "--feed",
                                 server.url("/atom.xml"), "--out", str(out), *WEB])
    assert result.exit_code == 5, result.output
    assert f"failed: {server.url('/missing')}: HTTP 404" in result.output
    assert lines(out / "fetch-errors.jsonl") == [
        {"url": server.url("/missing"), "reason": "HTTP 404", "status": 404}]
    relations = lines(out / "relations.jsonl")
    docs = {r["doc"]: r for r in relations}
    assert len(docs) == 3
    assert {r["url"] for r in relations} == {server.url(f"/news/{k}") for k in ("a1", "a2", "a3")}
    a3 = next(r for r in relations if r["url"] == server.url("/news/a3"))
    assert a3["title"] == "Russia condemns EU" and a3["outlet"] == "Atom Wire"
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert f'schema:url "{server.url("/news/a1")}"' in turtle
    assert server.url("/news/a2") in (out / "graph.html").read_text(encoding="utf-8")
    assert (out / "web-cache").is_dir()


def test_rebuild_and_offline_never_refetch(server, tmp_path) -> None:
    out = tmp_path / "out"
    args = ["build", "--feed", server.url("/feed.rss"), "--out", str(out), *WEB]
    assert runner.invoke(app, args).exit_code == 0
    first = (out / "relations.jsonl").read_bytes()
    pages = {p: n for p, n in server.hits.items() if p.startswith("/news/")}
    assert runner.invoke(app, args).exit_code == 0
    server.stop()
    offline = runner.invoke(app, [*args, "--offline"])
    assert offline.exit_code == 0, offline.output
    assert (out / "relations.jsonl").read_bytes() == first
    assert {p: n for p, n in server.hits.items() if p.startswith("/news/")} == pages
    assert server.replies.count(("/feed.rss", 304)) == 1  # the second build, conditional


def test_all_urls_failing_is_an_input_error(server, tmp_path) -> None:
    result = runner.invoke(app, ["build", server.url("/missing"), server.url("/doc.pdf"),
                                 "--out", str(tmp_path / "out"), *WEB])
    assert isinstance(result.exception, InputError) and result.exception.exit_code == 3
    assert "no articles to process" in str(result.exception)
    assert result.output.count("failed: ") == 2
    assert not (tmp_path / "out").exists()  # a failed build leaves nothing, no list either


def test_failed_urls_belong_to_the_build_that_fetched_them(server, tmp_path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", server.url("/news/a1"), server.url("/missing"),
                                "--out", str(out), *WEB])
    assert first.exit_code == 5 and len(lines(out / "fetch-errors.jsonl")) == 1
    failed = runner.invoke(app, ["build", server.url("/missing"), "--out", str(out), *WEB])
    assert isinstance(failed.exception, InputError)  # the earlier set stays whole, list too
    assert len(lines(out / "fetch-errors.jsonl")) == 1 and (out / "relations.jsonl").is_file()
    local = tmp_path / "a.txt"
    local.write_text("Chile accused Peru of spying on its navy.", encoding="utf-8")
    assert runner.invoke(app, ["build", str(local), "--out", str(out), *WEB]).exit_code == 0
    assert not (out / "fetch-errors.jsonl").exists()  # no stale list from an earlier fetch


def test_watch_two_cycles_with_a_changing_feed(server, nlp, tmp_path) -> None:
    from actorgraph.engine.executors import SerialExecutor
    from actorgraph.watch import CycleReport, watch
    from actorgraph.web import Policy, Sources

    reports: list[CycleReport] = []

    def log(report: CycleReport) -> None:
        reports.append(report)
        server.feed_version = 2  # a new story appears before the next poll

    out = tmp_path / "out"
    done = watch(Sources(feeds=[server.url("/feed.rss")]), out, SerialExecutor(nlp),
                 PipelineSpec(), Policy(delay=0), 0.1, threading.Event(), log, cycles=2)
    assert done == 2
    assert [(r.new, r.unchanged, r.failed) for r in reports] == [(2, 0, 0), (1, 2, 0)]
    assert reports[1].articles == 3
    urls = {r["url"] for r in lines(out / "relations.jsonl")}
    assert server.url("/news/a4") in urls and server.url("/news/a1") in urls
    assert server.hits["/news/a1?utm_source=rss"] == 1  # not fetched again in cycle 2


def test_watch_stops_cleanly_on_sigterm_during_a_cycle(server, tmp_path) -> None:
    server.page_sleep = 0.5
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "actorgraph", "watch", server.url("/slow.rss"), "--out",
               str(out), "--every", "1h", "--delay", "0", "--connections", "1"]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not server.hits["/slowpage/1"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.hits["/slowpage/1"], "the watcher never started fetching"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "cycle 1:" in stderr and stderr.rstrip().endswith("stopped")
    assert server.hits["/slowpage/7"] == 0  # stopped between articles, not at the end
    assert not list(out.glob(".staging-*")) and not list(out.glob(".*.tmp"))
    assert not (out / "graph.json").exists() or json.loads((out / "graph.json").read_text())


def test_stop_during_the_build_publishes_a_complete_build_and_the_rest_follows(
        server, nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.engine.executors import SerialExecutor
    from actorgraph.watch import cycle
    from actorgraph.web import Policy, Sources

    stop = threading.Event()

    class StopAfterFirst(SerialExecutor):
        def run(self, articles):  # type: ignore[no-untyped-def]
            for record in super().run(articles):
                yield record
                stop.set()  # as a SIGTERM would, while the build is under way

    out, sources = tmp_path / "out", Sources(feeds=[server.url("/feed.rss")])
    first = cycle(1, sources, out, StopAfterFirst(nlp, 1), PipelineSpec(), Policy(delay=0), stop)
    assert first.stopped and first.new == first.articles == 1
    assert len({r["doc"] for r in lines(out / "relations.jsonl")}) == 1
    assert not list(out.glob(".staging-*"))
    second = cycle(2, sources, out, SerialExecutor(nlp), PipelineSpec(), Policy(delay=0),
                   threading.Event())
    assert (second.new, second.unchanged, second.articles) == (1, 1, 2)
    assert server.hits["/news/a2"] == 1  # fetched in the first cycle, built in the second
