"""Peak resident memory while streaming a large JSONL input through the readers.

Writes a synthetic JSONL file of the requested size (default 200 MB) and one a tenth of it,
reads each in a fresh process with ``read_inputs`` and prints each peak RSS and their ratio:
a streaming reader's peak does not grow with the input.

    python tests/benchmarks/bench_reader_memory.py [--mb 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCE = ("Officials in the capital accused the neighbouring government of arming rebels "
            "and warned of consequences if the border raids continued. ")


def make_corpus(path: Path, megabytes: int) -> int:
    """Distinct articles of about 4 KB each until the file reaches ``megabytes``."""
    count, size, limit = 0, 0, megabytes * 1_000_000
    with path.open("w", encoding="utf-8") as out:
        while size < limit:
            line = json.dumps({"id": f"a{count}", "text": f"{count} " + SENTENCE * 25}) + "\n"
            out.write(line)
            size += len(line)
            count += 1
    return count


def _peak_rss_of_reading(path: Path) -> tuple[int, int]:
    code = (
        "import resource, sys; from pathlib import Path;"
        "from actorgraph.extract.readers import read_inputs;"
        "n = sum(len(a.text) > 0 for a in read_inputs([Path(sys.argv[1])]));"
        "print(n, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True,
                         text=True, check=True).stdout.split()
    return int(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small, big = Path(tmp) / "small.jsonl", Path(tmp) / "big.jsonl"
        make_corpus(small, max(args.mb // 10, 1))
        make_corpus(big, args.mb)
        n_small, rss_small = _peak_rss_of_reading(small)
        n_big, rss_big = _peak_rss_of_reading(big)
    print(f"{args.mb // 10:>5} MB input, {n_small:>7} articles: peak RSS {rss_small / 1024:.0f} MB")
    print(f"{args.mb:>5} MB input, {n_big:>7} articles: peak RSS {rss_big / 1024:.0f} MB")
    print(f"ratio of peaks (big / small): {rss_big / rss_small:.2f} for "
          f"{n_big / n_small:.1f}x the input")


if __name__ == "__main__":
    main()
