"""From what the user names (URLs, URL lists, feeds, OPML) to Articles and a failure list.

:func:`split_inputs` sorts the inputs of ``actorgraph build`` into local paths and web
sources. :class:`WebReader` polls the feeds, fetches their entries and the pages named
directly (several at once, politely, see :mod:`.client`), reads cached articles from the fetch
cache instead of refetching, merges duplicates by canonical URL and yields Articles in input
order. A failure never stops the batch: it is recorded in ``failures`` with its reason.
Setting ``stop`` (Ctrl-C, SIGTERM) ends the stream between two articles.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

from actorgraph.graph.model import Article
from actorgraph.web.cache import FetchCache
from actorgraph.web.client import Fetcher, FetchError, Policy
from actorgraph.web.feeds import Entry, is_url_list, parse_feed, read_opml, read_url_list
from actorgraph.web.identity import clean_url, is_url
from actorgraph.web.page import Hints, article_from_page
from actorgraph.web.robots import Robots

__all__ = ["FAILURES", "FEED_SUFFIXES", "Failure", "Sources", "Tally", "WebReader", "split_inputs",
           "write_failures"]

FEED_SUFFIXES = (".rss", ".atom", ".xml")
FAILURES = "fetch-errors.jsonl"
T = TypeVar("T")


@dataclass
class Sources:
    """Web inputs: article URLs and feeds (URLs or local feed files)."""

    pages: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.pages or self.feeds)


@dataclass(frozen=True)
class Failure:
    """A URL that gave no article, and why (one line of ``fetch-errors.jsonl``)."""

    url: str
    reason: str
    status: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "reason": self.reason, "status": self.status}


@dataclass
class Tally:
    """What one pass over the sources did: fetched, from the cache, duplicates (the failures
    are the reader's ``failures``)."""

    fetched: int = 0
    cached: int = 0
    duplicates: int = 0


def _feed_or_list(item: str, sources: Sources, paths: list[Path]) -> None:
    path = Path(item)
    suffix = path.suffix.lower()
    if suffix == ".opml":
        try:
            sources.feeds.extend(read_opml(path.read_bytes(), item))
        except OSError as err:
            raise FetchError(item, f"cannot read: {err.strerror or err}") from err
    elif suffix in FEED_SUFFIXES:
        sources.feeds.append(item)
    elif suffix == ".txt" and is_url_list(path):
        sources.pages.extend(read_url_list(path.read_text(encoding="utf-8")))
    else:
        paths.append(path)


def split_inputs(inputs: Iterable[str], feeds: Iterable[str] = ()) -> tuple[list[Path], Sources]:
    """Local article paths, and web sources: URLs, URL-list .txt files, feed and OPML files."""
    paths: list[Path] = []
    sources = Sources()
    for item in inputs:
        if is_url(item):
            sources.pages.append(item)
        else:
            _feed_or_list(item, sources, paths)
    for feed in feeds:
        if is_url(feed) or Path(feed).suffix.lower() != ".opml":
            sources.feeds.append(feed)
        else:
            _feed_or_list(feed, sources, [])
    return paths, sources


class WebReader:
    """Articles from web sources through ``cache``; see the module notes."""

    def __init__(self, cache: FetchCache, policy: Policy | None = None, offline: bool = False,
                 stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.cache, self.policy, self.offline = cache, policy or Policy(), offline
        self.stop = stop or threading.Event()
        self.fetcher = None if offline else Fetcher(self.policy, self.stop, transport)
        self.robots = Robots(self.fetcher) if self.fetcher else None
        self.failures: list[Failure] = []
        self.tally = Tally()
        self._lock = threading.Lock()

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()

    def articles(self, sources: Sources) -> Iterator[Article]:
        """Each distinct article once, in the order of the sources; failures recorded."""
        seen: set[str] = set()
        entries = self._entries(sources)
        for entry, outcome in self._ordered(self._article, entries):
            if isinstance(outcome, FetchError):
                self._fail(entry.url, outcome)
            elif outcome.id in seen:
                self.tally.duplicates += 1
            else:
                seen.add(outcome.id)
                yield outcome

    def _fail(self, url: str, err: FetchError) -> None:
        self.failures.append(Failure(url, err.reason, err.status))

    def _entries(self, sources: Sources) -> list[Entry]:
        entries, seen = [], set()
        polled = self._ordered(self._poll, sources.feeds)
        for feed, found in polled:
            if isinstance(found, FetchError):
                self._fail(feed, found)
                continue
            entries.extend(found)
        entries.extend(Entry(url) for url in sources.pages)
        unique = []
        for entry in entries:
            if clean_url(entry.url) in seen:
                self.tally.duplicates += 1
                continue
            seen.add(clean_url(entry.url))
            unique.append(entry)
        return unique

    def _ordered(self, work: Callable[[T], Any], items: Iterable[T]) -> Iterator[tuple[T, Any]]:
        """(item, result or FetchError) in input order, up to ``connections`` at once."""
        pending: deque[tuple[T, Future[Any]]] = deque()
        with ThreadPoolExecutor(max(1, self.policy.connections)) as pool:
            try:
                for item in items:
                    if self.stop.is_set():
                        break
                    pending.append((item, pool.submit(_catch, work, item)))
                    if len(pending) >= 2 * self.policy.connections:
                        item, future = pending.popleft()
                        yield item, future.result()
                while pending and not self.stop.is_set():
                    item, future = pending.popleft()
                    yield item, future.result()
            finally:
                for _, future in pending:
                    future.cancel()

    def _get(self, url: str, validators: dict[str, str] | None = None) -> Any:
        assert self.fetcher is not None and self.robots is not None
        if not self.robots.allowed(url):
            raise FetchError(url, "disallowed by the site's robots.txt")
        response = self.fetcher.get(url, validators)
        if response.url != url and not self.robots.allowed(response.url):
            raise FetchError(url, f"redirected to {response.url}, which the site's robots.txt "
                                  "disallows")
        return response

    def _poll(self, feed: str) -> list[Entry]:
        if not is_url(feed):
            try:
                return parse_feed(Path(feed).read_bytes(), Path(feed).resolve().as_uri())
            except OSError as err:
                raise FetchError(feed, f"cannot read: {err.strerror or err}") from err
        cached = self.cache.get(feed)
        if self.offline:
            if cached is None:
                raise FetchError(feed, "not in the fetch cache (--offline)")
            return parse_feed(cached.response.body, cached.response.url)
        response = self._get(feed, cached.validators() if cached else None)
        if response.status == 304 and cached is not None:
            self.cache.touch(feed, cached, response.headers)
            response = cached.response
        else:
            self.cache.put(feed, response)
        return parse_feed(response.body, response.url)

    def _article(self, entry: Entry) -> Article:
        cached = self.cache.get(entry.url)
        if cached is not None and cached.article is not None:
            self._count("cached")
            return cached.article
        if cached is not None and cached.failure:  # a paywall stays one: not asked every cycle
            raise FetchError(entry.url, f"{cached.failure} (in the fetch cache)")
        if self.offline:
            raise FetchError(entry.url, "not in the fetch cache (--offline)")
        response = self._get(entry.url)
        try:
            article = article_from_page(entry.url, response.url, response.body,
                                        response.headers.get("content-type"),
                                        Hints(entry.title, entry.date, entry.outlet))
        except FetchError as err:
            self.cache.put(entry.url, response, failure=err.reason)
            raise
        self.cache.put(entry.url, response, article)
        self._count("fetched")
        return article

    def _count(self, what: str) -> None:
        with self._lock:  # fetch threads count concurrently
            setattr(self.tally, what, getattr(self.tally, what) + 1)


def _catch(work: Callable[[T], Any], item: T) -> Any:
    try:
        return work(item)
    except FetchError as err:
        return err


def write_failures(out: Path, failures: Iterable[Failure]) -> None:
    """``OUT/fetch-errors.jsonl``: one failed URL per line with its reason (empty if none)."""
    from actorgraph.graph.io import write_jsonl

    write_jsonl(Path(out) / FAILURES, (f.to_json() for f in failures))
