"""A synthetic corpus of distinct articles for scale tests and benchmarks.

Articles are recombinations of real news sentences: those of ``seeds/`` and of the PLOVER dev
set (``tests/data/plover_dev.jsonl``, from openeventdata/PLOVER, CC BY-SA 4.0). Each
article draws a different combination of sentences (a seeded random generator, so the same
arguments give the same file) and gets its own id and date.

    python tests/benchmarks/make_corpus.py --articles 2000 --out corpus.jsonl [--sentences 6]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DEV_SET = ROOT / "tests" / "data" / "plover_dev.jsonl"
_SPLIT = re.compile(r"""(?<=[.!?"'’”])\s+(?=[A-Z"“‘])|\n+""")


def sentence_pool() -> list[str]:
    """Every sentence of the seeds and the dev set with at least six words, in file order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if DEV_SET.exists():
        with DEV_SET.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    pool = []
    for text in texts:
        pool += [s.strip() for s in _SPLIT.split(text) if len(s.split()) >= 6]
    return list(dict.fromkeys(pool))


def synthetic_articles(count: int, sentences: int = 6, seed: int = 0,
                       prefix: str = "synth") -> Iterator[dict[str, str]]:
    """``count`` JSONL article objects, each a distinct draw of ``sentences`` sentences."""
    pool, rng, seen = sentence_pool(), random.Random(seed), set()
    made = 0
    while made < count:
        draw = tuple(rng.sample(range(len(pool)), sentences))
        if draw in seen:
            continue
        seen.add(draw)
        day = 1 + made % 28
        yield {"id": f"{prefix}-{made:06d}", "date": f"2026-01-{day:02d}",
               "text": " ".join(pool[i] for i in draw)}
        made += 1


def write_corpus(path: Path, count: int, sentences: int = 6, seed: int = 0,
                 prefix: str = "synth") -> int:
    """Write the corpus as JSONL; returns the number of words (for words/s figures)."""
    words = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for article in synthetic_articles(count, sentences, seed, prefix):
            words += len(article["text"].split())
            out.write(json.dumps(article, ensure_ascii=False) + "\n")
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--sentences", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    words = write_corpus(args.out, args.articles, args.sentences, args.seed)
    print(f"{args.articles} articles, {words} words -> {args.out}")


if __name__ == "__main__":
    main()
