"""Assemble the real-news evaluation corpus from annotation batches into its two splits.

    python tools/news_corpus.py BATCH.jsonl... --out tests/data/news/

Every excerpt goes to ``dev.jsonl`` or ``test.jsonl`` by its article's address
(:func:`actorgraph.evaluate.news.split_of`), so the split is fixed and reproducible. The gold of
each batch is checked as ``actorgraph evaluate`` reads it. Prints the corpus's sizes. To add new
batches, give the current ``dev.jsonl`` and ``test.jsonl`` as batches too: their excerpts keep
their split, and a repeated id or an article already in the corpus is refused.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from actorgraph.evaluate.files import load_gold
from actorgraph.evaluate.news import split_of


def assemble(batches: list[Path], out: Path) -> dict[str, list[dict]]:
    out.mkdir(parents=True, exist_ok=True)
    splits: dict[str, list[dict]] = {"dev": [], "test": []}
    ids: set[str] = set()
    articles: dict[str, Path] = {}
    for batch in batches:
        mode, rows = load_gold(batch)
        if mode != "news":
            raise SystemExit(f"{batch}: not news excerpts")
        for row in rows:
            url = row["url"].split("#")[0].rstrip("/").casefold()
            if row["id"] in ids:
                raise SystemExit(f"{batch}: id {row['id']} is already taken")
            if articles.setdefault(url, batch) != batch:
                raise SystemExit(f"{batch}: {row['id']}: the article is already in "
                                 f"{articles[url]}")
            ids.add(row["id"])
            splits[split_of(row["url"])].append(_dated(row))
    for name, rows in splits.items():
        rows.sort(key=lambda row: row["id"])
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        (out / f"{name}.jsonl").write_text(text, encoding="utf-8")
    return splits


def _dated(row: dict) -> dict:
    """A build takes full ISO dates only: a year or month alone moves to ``published``."""
    date = str(row.get("date") or "")
    if date and len(date) != len("2024-01-31"):
        row = {**row, "date": None, "published": date}
    return row


def summary(rows: list[dict]) -> str:
    core = Counter(r["type"] for row in rows for r in row["relations"] if r.get("core"))
    return (f"{len(rows)} excerpts, {len({r['url'] for r in rows})} articles, "
            f"{len({r['outlet'] for r in rows})} outlets, "
            f"{len({c for r in rows for c in r['countries']})} countries, "
            f"{min(_year(r) for r in rows)}-{max(_year(r) for r in rows)}, "
            f"core relations {dict(sorted(core.items()))}")


def _year(row: dict) -> str:
    return str(row["date"] or row["published"])[:4]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("tests/data/news"))
    args = parser.parse_args()
    splits = assemble(args.batches, args.out)
    for name, rows in splits.items():
        print(f"{name}: {summary(rows)}")
    print(f"all: {summary(splits['dev'] + splits['test'])}")


if __name__ == "__main__":
    main()
