"""The endpoint under load: 200 concurrent simple queries, and simple queries during runaways.

    python tests/benchmarks/bench_endpoint.py [--clients 200] [--timeout 5] [--workers 4]

Serves the seeds' graph (built by the test's hand-made records) twice in the same run: with
the worker-process pool (:mod:`actorgraph.graph.sparql.pool`) and, as the baseline, with the
in-process store whose abandoned queries keep running on threads. Prints for each: how many
of the concurrent queries were answered 200, p50/p90/p99/max latency, and the latency of
simple queries sent one after another while two runaway queries (a four-way cartesian
COUNT and an ORDER BY over a three-way product) run into the time limit, and the CPU seconds
spent in the two seconds after both got 503 (the baseline's abandoned queries keep running).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sparql_support import own_graph

from actorgraph.graph.fastrdf import write_rdf
from actorgraph.graph.sparql import open_source
from actorgraph.graph.sparql.endpoint import Endpoint, make_server
from actorgraph.graph.sparql.page import Answerer
from actorgraph.graph.sparql.pool import QueryPool

SIMPLE = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5"
COUNT4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SORT3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?f ?c ?e"


def _get(url: str, query: str) -> tuple[int, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(f"{url}?{urlencode({'query': query})}", timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as err:
        status = err.code
    except OSError:
        status = 0
    return status, time.monotonic() - started


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _concurrent(url: str, clients: int) -> tuple[int, list[float]]:
    with ThreadPoolExecutor(clients) as runner:
        answers = list(runner.map(lambda _: _get(url, SIMPLE), range(clients)))
    return sum(s == 200 for s, _ in answers), [t for _, t in answers]


def _during_runaways(url: str, runaways: tuple[str, str]
                     ) -> tuple[list[int], list[float], list[int]]:
    """Simple queries one after another while the two runaways run; their statuses/times."""
    slow: list[int] = []
    threads = [threading.Thread(target=lambda q=q: slow.append(_get(url, q)[0]))
               for q in runaways]
    for thread in threads:
        thread.start()
    time.sleep(0.2)
    statuses, times = [], []
    while any(t.is_alive() for t in threads):
        status, seconds = _get(url, SIMPLE)
        statuses.append(status)
        times.append(seconds)
        time.sleep(0.05)
    return statuses, times, slow


def _cpu_after(seconds: float) -> float:
    """CPU seconds this process and its query workers spend while nothing is asked."""
    def used() -> float:
        own = resource.getrusage(resource.RUSAGE_SELF)
        return own.ru_utime + own.ru_stime + sum(_worker_cpu())

    start = used()
    time.sleep(seconds)
    return used() - start


def _worker_cpu() -> list[float]:
    """CPU seconds of the live child processes (the pool's workers), from /proc."""
    found = []
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        children = (task / "children").read_text().split() if (task / "children").exists() \
            else []
        for pid in children:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            found.append((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"))
    return found


def _run(name: str, store: Answerer, args: argparse.Namespace,
         runaways: tuple[str, str]) -> list[float]:
    server = make_server(Endpoint(store, timeout=args.timeout, quiet=True), port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/sparql"
    try:
        ok, times = _concurrent(url, args.clients)
        statuses, during, slow = _during_runaways(url, runaways)
        after, _ = _get(url, SIMPLE)
        burnt = _cpu_after(2.0)
    finally:
        server.shutdown()
        server.server_close()
    print(f"{name}: {ok}/{args.clients} concurrent answered; p50 {_percentile(times, 50):.3f} s, "
          f"p90 {_percentile(times, 90):.3f} s, p99 {_percentile(times, 99):.3f} s, "
          f"max {max(times):.3f} s")
    answered = statuses.count(200)
    worst = max(during) if during else float("nan")
    print(f"{name}: during two runaways (answered {sorted(slow)}): {answered}/{len(statuses)} "
          f"simple queries answered, slowest {worst:.3f} s; next query after: {after}")
    print(f"{name}: CPU seconds spent in the 2 s after both runaways got 503: {burnt:.2f}")
    return [_percentile(times, 99), worst, burnt]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="actorgraph-bench-"))
    write_rdf(own_graph(), folder / "graph.nq", "nquads")
    pool = QueryPool(folder, args.workers)
    try:
        ours = _run(f"worker pool ({args.workers} processes)", pool, args, (COUNT4, SORT3))
    finally:
        pool.close()
    # The baseline's abandoned sort would grow to gigabytes: it gets two COUNTs instead.
    base = _run("baseline (in-process threads)", open_source(folder, args.workers), args,
                (COUNT4, COUNT4))
    ratios = [f"{b / o:.1f}x" if o else "-" for b, o in zip(base, ours, strict=True)]
    print(f"ratio baseline/pool: p99 {ratios[0]}, slowest during runaways {ratios[1]}, "
          f"CPU after the time limit {ratios[2]}")


if __name__ == "__main__":
    main()
