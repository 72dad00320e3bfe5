"""The fetch cache: every page and feed fetched for a build, kept in its output directory.

``DIR/web-cache/<key>.json`` holds the request URL, the final URL, the kept headers (ETag,
Last-Modified, Content-Type), when it was fetched and, for an article, the Article extracted
from it (text, title, date, outlet, canonical URL); ``<key>.body`` holds the raw bytes. The
key is a hash of the URL without tracking parameters. A rebuild, a re-scoring or a change of
extractor reads articles from here and never refetches them; ``--offline`` reads only here.
Each file is written atomically, so a killed run leaves whole entries or none.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from actorgraph.graph.io import atomic_write
from actorgraph.graph.model import Article
from actorgraph.web.client import Response
from actorgraph.web.identity import clean_url

__all__ = ["CACHE_DIR", "Cached", "FetchCache"]

CACHE_DIR = "web-cache"


@dataclass(frozen=True)
class Cached:
    """One cache entry: the stored response and, for a page, its Article or why it has none."""

    response: Response
    article: Article | None
    fetched: str
    failure: str | None = None

    def validators(self) -> dict[str, str]:
        """ETag and Last-Modified, for a conditional request."""
        return {k: v for k, v in self.response.headers.items()
                if k in ("etag", "last-modified")}


class FetchCache:
    """Read and write entries under ``root`` (usually ``OUT/web-cache``)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _key(self, url: str) -> Path:
        digest = hashlib.sha256(clean_url(url).encode("utf-8")).hexdigest()[:32]
        return self.root / digest[:2] / digest

    def get(self, url: str) -> Cached | None:
        key = self._key(url)
        try:
            meta = json.loads(key.with_suffix(".json").read_text(encoding="utf-8"))
            body = key.with_suffix(".body").read_bytes()
        except (OSError, ValueError):
            return None
        article = meta.get("article")
        return Cached(Response(meta["final_url"], meta["status"], meta["headers"], body),
                      Article.from_json(article) if article else None, meta["fetched"],
                      meta.get("failure"))

    def put(self, url: str, response: Response, article: Article | None = None,
            failure: str | None = None) -> None:
        """Store a response with its Article, or with the reason a page gave none."""
        key = self._key(url)
        with atomic_write(key.with_suffix(".body"), "wb") as handle:
            handle.write(response.body)
        meta: dict[str, Any] = {
            "url": url, "final_url": response.url, "status": response.status,
            "headers": dict(response.headers), "fetched": _now(),
            "article": article.to_json() if article else None, "failure": failure}
        with atomic_write(key.with_suffix(".json")) as handle:
            json.dump(meta, handle, ensure_ascii=False, indent=1)

    def touch(self, url: str, cached: Cached, headers: Mapping[str, str]) -> None:
        """A 304: keep the body, refresh the validators the server sent again."""
        merged = {**cached.response.headers, **headers}
        self.put(url, Response(cached.response.url, cached.response.status, merged,
                               cached.response.body), cached.article)


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
