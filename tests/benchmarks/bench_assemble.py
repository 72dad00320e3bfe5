"""Assembly at scale, no parsing: synthetic records of 10k, 100k and 1M articles -> every output.

    python tests/benchmarks/bench_assemble.py [--sizes 10000 100000 1000000] [--cluster]

For each size the records are generated (tests/benchmarks/synthetic_records.py; not timed),
then every output (Parquet records, actors, relations, graph.json/graphml/html, graph.ttl,
shards) is assembled in a fresh process, on its own (``local``) and with the per-shard work
on a Dask LocalCluster of two workers (``cluster``). Printed per run: wall time, the peak
resident memory of the assembling process, of the Dask workers, and output sizes; then the
ratio of peak memory between consecutive sizes. Outputs are deleted after each run.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker_peak(client: Any) -> float:
    peaks = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return max(peaks.values(), default=0.0)


def assemble_once(records: Path, out: Path, cluster: bool) -> dict[str, Any]:
    """Run in a fresh process: assemble every output, report time and memory."""
    from actorgraph.engine.assemble import assemble
    from actorgraph.viz.html import write_html

    manifest = json.loads((records / "manifest.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    workers = 0.0
    if cluster:
        from distributed import Client, LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as lc, \
                Client(lc) as client:
            def on_workers(fn: Any, items: Any) -> list[Any]:
                return list(client.gather(client.map(fn, list(items), pure=False)))

            summary, graph = assemble(records, out, manifest["shards"], map_=on_workers)
            write_html(graph, out / "graph.html")
            workers = _worker_peak(client)
    else:
        summary, graph = assemble(records, out, manifest["shards"])
        write_html(graph, out / "graph.html")
    wall = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    return {"wall": wall, "peak_mb": _peak_mb(), "worker_peak_mb": workers,
            "articles": summary.articles, "relations": summary.relations,
            "edges": graph.number_of_edges(), "outputs_gb": size / 1e9}


def run(records: Path, cluster: bool) -> dict[str, Any]:
    out = records.parent / ("out-cluster" if cluster else "out-local")
    command = [sys.executable, __file__, "--once", str(records), str(out)]
    if cluster:
        command.append("--cluster")
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    shutil.rmtree(out, ignore_errors=True)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--cluster", action="store_true", help="also on a Dask LocalCluster")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--once", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.once:
        print(json.dumps(assemble_once(args.once[0], args.once[1], args.cluster)))
        return
    sys.path.insert(0, str(HERE))
    from synthetic_records import write_records

    work = Path(args.workdir or tempfile.mkdtemp(prefix="actorgraph-bench-"))
    peaks: dict[str, list[float]] = {"local": [], "cluster": []}
    print(f"{'articles':>9} {'relations':>10} {'mode':>8} {'wall s':>8} {'peak MB':>8} "
          f"{'workers MB':>10} {'edges':>7} {'out GB':>7}", flush=True)
    for size in args.sizes:
        records = work / str(size) / "records"
        write_records(records, size)
        for mode in ["local", *(["cluster"] if args.cluster else [])]:
            r = run(records, mode == "cluster")
            peaks[mode].append(r["peak_mb"])
            print(f"{r['articles']:>9} {r['relations']:>10} {mode:>8} {r['wall']:>8.1f} "
                  f"{r['peak_mb']:>8.0f} {r['worker_peak_mb']:>10.0f} {r['edges']:>7} "
                  f"{r['outputs_gb']:>7.2f}", flush=True)
        shutil.rmtree(work / str(size), ignore_errors=True)
    for mode, values in peaks.items():
        for i in range(1, len(values)):
            print(f"{mode}: peak memory {args.sizes[i]:,} / {args.sizes[i - 1]:,} articles = "
                  f"{values[i] / values[i - 1]:.2f}x")


if __name__ == "__main__":
    main()
