"""Synthetic build records (no parsing): what ``records/`` would hold after extracting N articles.

A few thousand actors whose involvement follows a Zipf law; relations fall on a fixed set of
dyads (who deals with whom in a body of news stays bounded as the corpus grows, while counts
per dyad grow), each dyad with a Zipf weight and a main type plus occasional others. About 8
relation instances per article, 5% negated, dates over two years, sentences of 100-200
characters.

    python tests/benchmarks/synthetic_records.py OUT_RECORDS_DIR --articles 10000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import zlib
from pathlib import Path
from typing import Any

import numpy as np

from actorgraph.graph.model import ACTOR_KINDS, RELATION_TYPES, SECTORS

ACTORS, DYADS, PER_ARTICLE = 3_000, 30_000, 8
WORDS = ("the", "minister", "said", "government", "forces", "officials", "talks", "sanctions",
         "border", "attack", "protest", "agreement", "statement", "spokesman", "capital",
         "troops", "embassy", "ceasefire", "aid", "meeting", "warned", "accused", "threatened",
         "condemned", "president", "rebels")
CONFIDENCES = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def _zipf(n: int, rng: np.random.Generator, exponent: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** exponent
    return rng.permutation(weights / weights.sum())


class Corpus:
    """The fixed world: actors and dyads, from which articles are drawn."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = np.random.default_rng(seed)
        self.random = random.Random(seed)
        involvement = _zipf(ACTORS, self.rng)
        self.actors = [self._actor(i) for i in range(ACTORS)]
        sources = self.rng.choice(ACTORS, DYADS, p=involvement)
        targets = self.rng.choice(ACTORS, DYADS, p=involvement)
        keep = sources != targets
        self.dyads = list(zip(sources[keep].tolist(), targets[keep].tolist(), strict=True))
        self.types = self.rng.choice(len(RELATION_TYPES), len(self.dyads)).tolist()
        self.weights = _zipf(len(self.dyads), self.rng)

    def _actor(self, i: int) -> dict[str, Any]:
        kind = ACTOR_KINDS[i % len(ACTOR_KINDS)]
        return {"id": f"actor-{i:04d}", "label": f"Actor {i}", "kind": kind,
                "country": f"C{i % 150:02d}" if kind == "GOVERNMENT" or i % 3 == 0 else None,
                "sector": SECTORS[i % len(SECTORS)] if kind != "GOVERNMENT" else None,
                "aliases": [f"A{i}", f"Actor number {i}"][: i % 3], "mentions": 0,
                "wikidata": f"Q{1000 + i}" if i % 4 == 0 else None, "merged_from": []}

    def article(self, number: int, dyads: np.ndarray) -> dict[str, Any]:
        doc = f"a{number:07d}"
        date = f"{2024 + number % 2}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        relations, mentioned = [], {}
        for k, d in enumerate(dyads.tolist()):
            source, target = self.dyads[d]
            kind = self.types[d] if self.random.random() < 0.8 else self.random.randrange(16)
            relations.append(self._relation(doc, date, k, source, target, RELATION_TYPES[kind]))
            for actor in (source, target):
                mentioned[actor] = mentioned.get(actor, 0) + 1
        actors = [{**self.actors[a], "mentions": n} for a, n in sorted(mentioned.items())]
        digest = hashlib.sha256(doc.encode()).hexdigest()
        return {"id": doc, "date": date, "title": None, "url": None, "source": None,
                "sha256": digest, "actors": actors, "relations": relations}

    def _relation(self, doc: str, date: str, k: int, source: int, target: int,
                  kind: str) -> dict[str, Any]:
        start, negated = 100 * k, self.random.random() < 0.05
        words = self.random.choices(WORDS, k=self.random.randrange(15, 30))
        sentence = f"Actor {source} {' '.join(words)} Actor {target}."
        return {"id": f"r-{self.random.getrandbits(64):016x}", "doc": doc, "type": kind,
                "source": f"actor-{source:04d}", "target": f"actor-{target:04d}",
                "source_label": f"Actor {source}", "target_label": f"Actor {target}",
                "sentence": sentence, "start": start, "end": start + len(sentence),
                "trigger": words[0], "confidence": self.random.choice(CONFIDENCES),
                "date": date, "mode": "negated" if negated else "asserted", "negated": negated,
                "family": "verb_obj", "extractor": "rules.v1"}


def write_records(directory: Path, articles: int, shards: int = 16, seed: int = 0) -> int:
    """Write ``part-NNNNN.jsonl`` shards and a manifest as a build would; returns relations."""
    directory.mkdir(parents=True, exist_ok=True)
    world, handles, total = Corpus(seed), {}, 0
    for first in range(0, articles, 10_000):
        count = min(10_000, articles - first)
        sizes = world.rng.poisson(PER_ARTICLE, count)
        drawn = world.rng.choice(len(world.dyads), int(sizes.sum()), p=world.weights)
        offsets = np.concatenate([[0], np.cumsum(sizes)])
        for i in range(count):
            record = world.article(first + i, drawn[offsets[i]:offsets[i + 1]])
            total += len(record["relations"])
            shard = zlib.crc32(record["id"].encode()) % shards
            if shard not in handles:
                handles[shard] = open(directory / f"part-{shard:05d}.jsonl", "w")  # noqa: SIM115
            handles[shard].write(json.dumps(record, ensure_ascii=False) + "\n")
    for handle in handles.values():
        handle.close()
    manifest = {"format": "actorgraph-records/1", "shards": shards, "pipeline": {}}
    (directory / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return total


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--shards", type=int, default=16)
    args = parser.parse_args()
    print(write_records(args.out, args.articles, args.shards), "relations")
