"""Speed of the actor ruler and resolver next to bare spaCy, measured in the same run.

    python tests/benchmarks/bench_resolve.py [--repeat 20]

Runs the seed articles (repeated) through: the trained model alone; the model plus the actor
ruler and resolver; the full extractor (plus relations). Prints words per second and the ratio
to bare spaCy. The target is a full extractor at >= 0.8 of bare spaCy's speed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from actorgraph.extract.nlp import load_pipeline, make_doc
from actorgraph.extract.readers import read_inputs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
OURS = ["actorgraph_actor_ruler", "actorgraph_actor_resolver", "actorgraph_relation_extractor"]


def _run(nlp, texts: list[str], disable: list[str]) -> float:  # type: ignore[no-untyped-def]
    docs = (make_doc(nlp, t, str(i)) for i, t in enumerate(texts))
    started = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        for _ in nlp.pipe(docs, batch_size=32):
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    nlp = load_pipeline()
    texts = [a.text for a in read_inputs([SEEDS])] * args.repeat
    words = sum(len(t.split()) for t in texts)
    _run(nlp, texts[:5], [])  # warm up
    runs = {"bare spaCy": OURS, "+ ruler + resolver": OURS[2:], "full extractor": []}
    times = {name: min(_run(nlp, texts, off) for _ in range(3)) for name, off in runs.items()}
    base = times["bare spaCy"]
    for name, seconds in times.items():
        print(f"{name:20s} {words / seconds:10.0f} words/s   speed ratio {base / seconds:.3f}")


if __name__ == "__main__":
    main()
