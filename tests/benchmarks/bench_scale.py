"""Scale benchmarks: throughput, processes, peak memory, Dask; ratios measured in one run.

    python tests/benchmarks/bench_scale.py throughput [--articles 2000 --rounds 2]
    python tests/benchmarks/bench_scale.py processes  [--articles 1000]
    python tests/benchmarks/bench_scale.py memory     [--small 1000 --large 10000]
    python tests/benchmarks/bench_scale.py dask       [--articles 1000]
    python tests/benchmarks/bench_scale.py all

The corpus is synthetic (tests/benchmarks/make_corpus.py: real news sentences of the seeds
and the PLOVER dev set recombined into distinct articles). Every figure is wall-clock time of
one run on this machine, printed with the machine's description.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_corpus import write_corpus

WARM_UP = 20  # articles run before timing, so that first-call costs are not measured


def machine() -> str:
    import spacy

    model = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return (f"machine: {os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), "
            f"{model}; Python {platform.python_version()}, spaCy {spacy.__version__}")


def corpus(directory: Path, count: int, sentences: int, seed: int = 0) -> tuple[Path, int]:
    path = directory / f"corpus-{count}-{sentences}.jsonl"
    words = write_corpus(path, count, sentences, seed)
    return path, words


def articles(path: Path) -> Iterator[Any]:
    from actorgraph.extract.readers import read_inputs

    return read_inputs([path])


CPU: dict[str, float] = {}  # CPU seconds of this process for the last timed run


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    """Wall-clock seconds of ``run()`` (its CPU seconds go to ``CPU["last"]``)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = run()
    CPU["last"] = time.process_time() - cpu
    return time.perf_counter() - start, value


def load() -> str:
    """Other work on the machine distorts wall-clock figures: say how much there was."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f}"


def bare_pipe(path: Path, n_process: int = 1, batch_size: int = 32, table: bool = False) -> float:
    """Seconds for the trained model alone (``spacy.load`` + ``nlp.pipe``) over the texts;
    ``table``: with its attribute ruler and lemmatizer on our lookup tables, as our pipeline
    runs them."""
    import importlib.util

    import spacy

    from actorgraph.extract.attributes import remember_lemmas, speed_up
    from actorgraph.extract.nlp import DEFAULT_MODELS

    nlp = spacy.load(next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m)))
    if table:
        speed_up(nlp)
        remember_lemmas(nlp)
    for _ in nlp.pipe(a.text for a in itertools.islice(articles(path), WARM_UP)):
        pass
    texts = (a.text for a in articles(path))
    seconds, _ = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=batch_size,
                                                         n_process=n_process)))
    return float(seconds)


def full_build(path: Path, out: Path, executor: Any) -> tuple[float, Any]:
    """Seconds for a whole build (read, extract, merge, write every output)."""
    from actorgraph.engine.worker import PipelineSpec
    from actorgraph.pipeline import build_directory

    shutil.rmtree(out, ignore_errors=True)
    return timed(lambda: build_directory(articles(path), out, executor, PipelineSpec()))


def extraction_only(path: Path, executor: Any) -> float:
    """Seconds to extract every record (after a warm-up), writing nothing."""
    for _ in executor.run(itertools.islice(articles(path), WARM_UP)):
        pass
    seconds, _ = timed(lambda: sum(1 for _ in executor.run(articles(path))))
    return float(seconds)


def _executors(processes: int) -> Any:
    from actorgraph.engine.executors import ProcessExecutor, SerialExecutor
    from actorgraph.engine.worker import PipelineSpec, pipeline

    nlp = pipeline(PipelineSpec())
    if processes == 1:
        return SerialExecutor(nlp)
    return ProcessExecutor(PipelineSpec(), processes, nlp=nlp)


def throughput(args: argparse.Namespace, tmp: Path) -> None:
    path, words = corpus(tmp, args.articles, 6)
    print(f"throughput: {args.articles} articles, {words} words, one process; the best of "
          f"{args.rounds} interleaved rounds of each (this machine's speed drifts between runs)")
    executor = _executors(1)
    runs: dict[str, Callable[[], tuple[float, Any]]] = {
        "bare": lambda: (bare_pipe(path), None),
        "table": lambda: (bare_pipe(path, table=True), None),
        "extract": lambda: (extraction_only(path, executor), None),
        "build": lambda: full_build(path, tmp / "out", executor)}
    best: dict[str, tuple[float, float]] = {}
    result: Any = None
    for _ in range(args.rounds):
        for name, run in runs.items():
            seconds, value = run()
            result = value if value is not None else result
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, CPU["last"])
    bare, table, extract, ours = (best[name][0] for name in runs)
    cpu = {name: figures[1] for name, figures in best.items()}
    print(f"  bare nlp.pipe (trained model only):     {bare:7.1f} s  {words / bare:8.0f} words/s")
    print(f"  bare, ruler and lemmatizer on our tables: {table:5.1f} s  {words / table:8.0f} "
          "words/s")
    print(f"  our extraction (all components):        {extract:7.1f} s  {words / extract:8.0f} "
          "words/s")
    print(f"  our full build (+ merge, outputs):      {ours:7.1f} s  {words / ours:8.0f} words/s "
          f"({result.relation_count} relations, {len(result.actors)} actors)")
    print(f"  ratio full build / bare = {bare / ours:.2f} (target >= 0.8); "
          f"extraction only / bare = {bare / extract:.2f}; against the model on the same "
          f"lookup tables (our own components' cost alone): full build {table / ours:.2f}, "
          f"extraction {table / extract:.2f}")
    print(f"  same ratios in CPU seconds ({cpu['bare']:.1f}, {cpu['extract']:.1f}, "
          f"{cpu['build']:.1f} s; immune to other load): full build / bare = "
          f"{cpu['bare'] / cpu['build']:.2f}; extraction only / bare = "
          f"{cpu['bare'] / cpu['extract']:.2f}; {load()}")


def processes(args: argparse.Namespace, tmp: Path) -> None:
    path, words = corpus(tmp, args.articles, 6, seed=1)
    print(f"processes: {args.articles} articles, {words} words")
    times = {}
    for n in (1, 2):
        executor = _executors(n)
        times[("extract", n)] = extraction_only(path, executor)
        times[("build", n)], _ = full_build(path, tmp / f"out{n}", executor)
        if args.bare:
            times[("bare", n)] = bare_pipe(path, n_process=n)
    same = snapshot(tmp / "out1") == snapshot(tmp / "out2")
    for kind in ("bare", "extract", "build"):
        if (kind, 1) in times:
            one, two = times[(kind, 1)], times[(kind, 2)]
            print(f"  {kind:8s} 1 process {one:6.1f} s ({words / one:6.0f} words/s), "
                  f"2 processes {two:6.1f} s ({words / two:6.0f} words/s): {one / two:.2f}x")
    print(f"  target >= 1.6x for 2 vs 1; outputs identical: {same}; {load()}")


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


class _NoExtraction:
    """An executor for a build that only reassembles earlier records (no model loaded)."""

    def run(self, articles: Any) -> Iterator[Any]:
        return iter(())


def _child(mode: str, path: str, out: str) -> None:
    """Run in a fresh process; print peak RSS (KiB) and what the build held."""
    from actorgraph.engine.worker import PipelineSpec
    from actorgraph.pipeline import build_directory

    if mode == "build":
        result = build_directory(articles(Path(path)), Path(out), _executors(2), PipelineSpec())
    else:  # the graph alone: the same outputs from the stored records, no text, no model
        result = build_directory([], Path(out), _NoExtraction(), PipelineSpec(), update=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps({"peak": peak, "workers": workers, "relations": len(result.relations),
                      "actors": len(result.actors), "articles": len(result.articles)}))


def _run_child(mode: str, path: Path, out: Path) -> dict[str, int]:
    done = subprocess.run([sys.executable, __file__, "_child", mode, str(path), str(out)],
                          capture_output=True, text=True, check=True)
    figures: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def memory(args: argparse.Namespace, tmp: Path) -> None:
    print(f"memory: peak resident set of a build (--processes 2), {args.small} vs {args.large} "
          "articles")
    rows = {}
    for count in (args.small, args.large):
        path, words = corpus(tmp, count, 3, seed=2)
        out = tmp / f"mem{count}"
        build = _run_child("build", path, out)
        graph = _run_child("graph", path, out)
        rows[count] = (build, graph, path.stat().st_size, words)
        mib = {k: v / 1024 for k, v in (("driver", build["peak"]),
                                        ("workers", build["workers"]), ("graph", graph["peak"]))}
        print(f"  {count:6d} articles ({path.stat().st_size / 1e6:5.1f} MB text, {words} words):"
              f" driver peak {mib['driver']:6.0f} MiB, workers {mib['workers']:5.0f} MiB; "
              f"graph+outputs alone {mib['graph']:6.0f} MiB "
              f"({build['relations']} relations, {build['actors']} actors)")
    (b1, g1, s1, _), (b2, g2, s2, _) = rows[args.small], rows[args.large]
    grow_build = (b2["peak"] - b1["peak"]) / 1024
    grow_graph = (g2["peak"] - g1["peak"]) / 1024
    print(f"  driver peak grew {grow_build:.0f} MiB; the graph and outputs alone grew "
          f"{grow_graph:.0f} MiB; the input text grew {(s2 - s1) / 2**20:.0f} MiB")
    print(f"  share of the growth explained by the graph: {grow_graph / grow_build:.2f}"
          if grow_build > 0 else "  no growth")


def dask(args: argparse.Namespace, tmp: Path) -> None:
    from actorgraph.engine.dask_executor import DaskExecutor
    from actorgraph.engine.worker import PipelineSpec

    path, words = corpus(tmp, args.articles, 6, seed=5)
    print(f"dask: {args.articles} articles, {words} words; LocalCluster of 2 worker processes "
          "vs --processes 2 (both including start-up)")
    pool, _ = full_build(path, tmp / "pool", _executors(2))
    cluster, _ = full_build(path, tmp / "dask", DaskExecutor(PipelineSpec(), workers=2))
    same = snapshot(tmp / "pool") == snapshot(tmp / "dask")
    print(f"  --processes 2: {pool:6.1f} s; --executor dask: {cluster:6.1f} s; "
          f"overhead {100 * (cluster / pool - 1):+.0f}%; outputs identical: {same}; {load()}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "_child":
        _child(*sys.argv[2:5])
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bench", choices=("throughput", "processes", "memory", "dask", "all"))
    parser.add_argument("--articles", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2,
                        help="throughput: interleaved rounds, the best of each kept")
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--bare", action="store_true", help="processes: also time bare spaCy")
    args = parser.parse_args()
    print(machine())
    print(f"before: {load()}")
    defaults = {"throughput": 2000, "processes": 1000, "dask": 1000}
    benches = {"throughput": throughput, "processes": processes, "memory": memory, "dask": dask}
    names = list(benches) if args.bench == "all" else [args.bench]
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            ns = argparse.Namespace(**{**vars(args), "articles":
                                       args.articles or defaults.get(name, 0)})
            benches[name](ns, Path(tmp))


if __name__ == "__main__":
    main()
