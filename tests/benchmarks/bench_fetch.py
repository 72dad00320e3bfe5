"""Fetching speed: 500 fixture pages from a local server, with 1 and with 8 connections.

    python tests/benchmarks/bench_fetch.py [--pages 500] [--latency 0.05]

Each page goes through the whole web reader (robots.txt, GET, charset, trafilatura, canonical
id, fetch cache). The server answers each page after ``--latency`` seconds, standing in for
the network and a remote server's work (0 measures the client's own cost on loopback). The
per-host delay is 0 here; the default of 1 s would make any run last 500 s. Prints pages per
second for each and the ratio to 1 connection, measured in the same run. The server runs in
a process of its own, as a remote server would, so it does not compete with the client for
the interpreter lock.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for web_fixtures

from web_fixtures import serve

from actorgraph.web import FetchCache, Policy, Sources, WebReader


def run(base: str, pages: int, connections: int) -> float:
    """Pages per second with ``connections`` requests in flight (all to one host)."""
    policy = Policy(delay=0, per_host=connections, connections=connections)
    sources = Sources([f"{base}/bench/{n}" for n in range(pages)])
    with tempfile.TemporaryDirectory() as cache:
        reader = WebReader(FetchCache(Path(cache)), policy)
        started = time.perf_counter()
        count = sum(1 for _ in reader.articles(sources))
        elapsed = time.perf_counter() - started
        reader.close()
    if count != pages or reader.failures:
        raise SystemExit(f"only {count} of {pages} pages read: {reader.failures[:3]}")
    return pages / elapsed


def _serve(latency: float, ready: multiprocessing.Queue, done: multiprocessing.Event) -> None:
    with serve() as server:
        server.page_sleep = latency
        ready.put(server.base)
        done.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--latency", type=float, default=0.05,
                        help="seconds the server takes per page (default 0.05)")
    args = parser.parse_args()
    ready: multiprocessing.Queue = multiprocessing.Queue()
    done = multiprocessing.Event()
    server = multiprocessing.Process(target=_serve, args=(args.latency, ready, done))
    server.start()
    try:
        base = ready.get(timeout=30)
        print(f"{args.pages} pages, server latency {args.latency * 1000:.0f} ms per page")
        baseline = run(base, args.pages, 1)
        print(f"1 connection:  {baseline:7.1f} pages/s")
        speed = run(base, args.pages, 8)
        print(f"8 connections: {speed:7.1f} pages/s  ({speed / baseline:.1f}x of 1 connection)")
    finally:
        done.set()
        server.join(timeout=10)


if __name__ == "__main__":
    main()
