"""robots.txt, read once per site and obeyed for every page (RFC 9309 semantics).

A missing robots.txt (any 4xx) allows everything; one that cannot be read (5xx, network
error) disallows the site for this run, as the RFC asks, so an overloaded site is left alone.
Rules are matched against the product token of the User-Agent (``actorgraph``).
"""

from __future__ import annotations

import threading
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from actorgraph.web.client import Fetcher, FetchError

__all__ = ["Robots"]


class Robots:
    """``allowed(url)`` per the site's robots.txt, fetched through ``fetcher`` once per site."""

    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self.agent = fetcher.policy.user_agent.split("/")[0].split()[0]
        self._sites: dict[str, RobotFileParser] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def allowed(self, url: str) -> bool:
        return self._parser(url).can_fetch(self.agent, url)

    def _parser(self, url: str) -> RobotFileParser:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._locks.setdefault(site, threading.Lock())
        with lock:  # one fetch per site even when many pages of it start at once
            if site not in self._sites:
                self._sites[site] = self._read(site)
            return self._sites[site]

    def _read(self, site: str) -> RobotFileParser:
        parser = RobotFileParser(f"{site}/robots.txt")
        try:
            response = self.fetcher.get(f"{site}/robots.txt")
        except FetchError as err:
            missing = err.status is not None and 400 <= err.status < 500
            parser.parse([] if missing else ["User-agent: *", "Disallow: /"])
            return parser
        parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser
