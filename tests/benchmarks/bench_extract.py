"""Speed of the whole actorgraph extraction next to the bare spaCy pipeline, in the same run.

    python tests/benchmarks/bench_extract.py [--repeat 4] [--rounds 8]

Both sides read the same texts (the seed articles, repeated ``--repeat`` times under distinct
ids) with the same trained model, ``nlp.pipe`` in a single process and the same batch size:

- bare spaCy: ``spacy.load(model)`` (tagger, parser, NER...) over the texts;
- actorgraph: ``build_records`` with the full pipeline (paragraph breaks, actor ruler,
  resolver, relation extractor) and the collection of actors and relations across articles.

Rounds alternate between the two and the fastest round of each counts, which damps the noise
of a shared machine: many short rounds are steadier than a few long ones. The ratio is bare
time / actorgraph time; the target is >= 0.8.
"""

from __future__ import annotations

import argparse
import platform
import time
from dataclasses import replace
from pathlib import Path

import spacy

from actorgraph.extract.nlp import load_pipeline
from actorgraph.extract.readers import read_inputs
from actorgraph.graph.model import Article
from actorgraph.pipeline import build_records

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BATCH = 32
TARGET = 0.8


def _corpus(repeat: int) -> list[Article]:
    articles = list(read_inputs([SEEDS]))
    return [replace(a, id=f"{a.id}-{i}") for i in range(repeat) for a in articles]


def _bare(nlp: spacy.language.Language, texts: list[str]) -> float:
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH):
        pass
    return time.perf_counter() - started


def _full(nlp: spacy.language.Language, articles: list[Article]) -> tuple[float, int]:
    started = time.perf_counter()
    result = build_records(articles, nlp, batch_size=BATCH)
    return time.perf_counter() - started, len(result.relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="copies of the seeds")
    parser.add_argument("--rounds", type=int, default=8, help="timed rounds of each side")
    args = parser.parse_args()
    full_nlp = load_pipeline()
    model = f"{full_nlp.meta['lang']}_{full_nlp.meta['name']}"
    bare_nlp = spacy.load(model)
    articles = _corpus(args.repeat)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    _bare(bare_nlp, texts[:5]), _full(full_nlp, articles[:5])  # warm up
    bare, full, relations = [], [], 0
    for _ in range(args.rounds):
        bare.append(_bare(bare_nlp, texts))
        seconds, relations = _full(full_nlp, articles)
        full.append(seconds)
    ratio = min(bare) / min(full)
    print(f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
          f"spaCy {spacy.__version__}, model {model} {bare_nlp.meta['version']}")
    print(f"{len(texts)} articles, {words} words; best of {args.rounds} rounds")
    print(f"bare spaCy      {min(bare):7.2f} s  {words / min(bare):8.0f} words/s")
    print(f"actorgraph      {min(full):7.2f} s  {words / min(full):8.0f} words/s  "
          f"({relations} relations)")
    print(f"speed ratio     {ratio:.3f}  (target >= {TARGET}: "
          f"{'met' if ratio >= TARGET else 'not met'})")


if __name__ == "__main__":
    main()
