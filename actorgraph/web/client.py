"""A polite HTTP client: one pooled httpx client, per-host limits, retries, size limits.

Every request carries a descriptive User-Agent, waits for its host's turn (at most
``per_host`` requests at once and ``delay`` seconds between two starts), follows at most
``max_redirects`` redirects, gives up after ``timeout`` seconds in all, and reads at most
``max_bytes``. A 429 or 5xx answer is retried with exponential backoff, waiting as long as
the server's Retry-After says when that is not unreasonable. ``validators`` (an ETag or a
Last-Modified date from the cache) make the request conditional, so that an unchanged page
costs one 304. robots.txt is checked by :class:`~actorgraph.web.robots.Robots` first.
"""

from __future__ import annotations

import email.utils
import http.cookiejar
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from actorgraph import __version__
from actorgraph.graph.errors import InputError

__all__ = ["DEFAULT_AGENT", "FetchError", "Fetcher", "Policy", "Response"]

# Sites see who is asking; users add their own contact with --user-agent.
DEFAULT_AGENT = f"actorgraph/{__version__} (news actor-graph builder)"
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/xml;q=0.9,*/*;q=0.5")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
KEPT_HEADERS = ("content-type", "etag", "last-modified", "date", "content-length")


class FetchError(InputError):
    """A URL that could not be fetched or read; ``reason`` says why, for the failure list."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.status = url, reason, status


@dataclass(frozen=True)
class Policy:
    """How the client behaves towards the sites it visits (see the README's "Politeness")."""

    user_agent: str = DEFAULT_AGENT
    timeout: float = 30.0          # whole request, seconds
    connect_timeout: float = 10.0
    max_bytes: int = 10 * 2**20    # per page
    max_redirects: int = 5
    retries: int = 3
    backoff: float = 1.0           # first retry wait, doubled each time
    max_wait: float = 120.0        # a longer Retry-After fails the URL instead
    per_host: int = 2              # concurrent requests to one host
    delay: float = 1.0             # seconds between two request starts on one host
    connections: int = 8           # concurrent requests in all


@dataclass(frozen=True)
class Response:
    """A finished request: the final URL after redirects, kept headers and the body."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""


class _Host:
    """One host's turn-taking: a semaphore for concurrency and the next free start time."""

    def __init__(self, per_host: int) -> None:
        self.slots = threading.Semaphore(per_host)
        self.lock = threading.Lock()
        self.next_start = 0.0

    def reserve(self, delay: float) -> float:
        """Seconds to wait before starting, reserving the following slot for the next one."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_start)
            self.next_start = start + delay
            return start - now


class Fetcher:
    """Thread-safe GET with the :class:`Policy`; ``stop`` cuts waits short (Ctrl-C, SIGTERM)."""

    def __init__(self, policy: Policy = Policy(), stop: threading.Event | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.policy, self.stop = policy, stop or threading.Event()
        limits = httpx.Limits(max_connections=policy.connections,
                              max_keepalive_connections=policy.connections)
        timeout = httpx.Timeout(policy.timeout, connect=policy.connect_timeout)
        # No cookie is ever stored or sent back: each request stands alone.
        no_cookies = http.cookiejar.CookieJar(http.cookiejar.DefaultCookiePolicy(
            allowed_domains=[]))
        self.client = httpx.Client(headers={"User-Agent": policy.user_agent, "Accept": ACCEPT},
                                   limits=limits, timeout=timeout, follow_redirects=True,
                                   max_redirects=policy.max_redirects, transport=transport,
                                   cookies=no_cookies)
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _host(self, url: str) -> _Host:
        with self._lock:
            return self._hosts.setdefault(urlsplit(url).netloc.lower(),
                                          _Host(self.policy.per_host))

    def get(self, url: str, validators: Mapping[str, str] | None = None) -> Response:
        """GET ``url`` (retrying 429/5xx); raises :class:`FetchError` with a reason."""
        headers = _conditional(validators or {})
        for attempt in range(self.policy.retries + 1):
            response = self._once(url, headers)
            if response.status not in RETRY_STATUS or attempt == self.policy.retries:
                break
            wait = _retry_after(response.headers.get("retry-after"))
            wait = self.policy.backoff * 2**attempt if wait is None else wait
            if wait > self.policy.max_wait:
                raise FetchError(url, f"HTTP {response.status}, Retry-After {wait:.0f} s is "
                                      f"over the {self.policy.max_wait:.0f} s limit",
                                 response.status)
            if self.stop.wait(wait):
                raise FetchError(url, "stopped", response.status)
        if response.status >= 400:
            raise FetchError(url, f"HTTP {response.status}", response.status)
        return response

    def _once(self, url: str, headers: Mapping[str, str]) -> Response:
        host = self._host(url)
        with host.slots:
            if self.stop.wait(host.reserve(self.policy.delay)):
                raise FetchError(url, "stopped")
            try:
                return self._stream(url, headers)
            except httpx.TooManyRedirects as err:
                raise FetchError(url, f"more than {self.policy.max_redirects} "
                                      "redirects") from err
            except httpx.TimeoutException as err:
                raise FetchError(url, f"timed out after {self.policy.timeout:g} s") from err
            except (httpx.HTTPError, OSError) as err:
                raise FetchError(url, f"network error: {type(err).__name__}: {err}") from err

    def _stream(self, url: str, headers: Mapping[str, str]) -> Response:
        deadline = time.monotonic() + self.policy.timeout
        with self.client.stream("GET", url, headers=dict(headers)) as answer:
            kept = {k: answer.headers[k] for k in (*KEPT_HEADERS, "retry-after")
                    if k in answer.headers}
            final = str(answer.url)
            if answer.status_code != 200:
                return Response(final, answer.status_code, kept)
            _check_type(url, kept.get("content-type", ""))
            _check_length(url, kept.get("content-length"), self.policy.max_bytes)
            body = bytearray()
            for chunk in answer.iter_bytes():
                body += chunk
                if len(body) > self.policy.max_bytes:
                    raise FetchError(url, f"page larger than {_mb(self.policy.max_bytes)}")
                if time.monotonic() > deadline:
                    raise FetchError(url, f"timed out after {self.policy.timeout:g} s")
            return Response(final, 200, kept, bytes(body))


def _conditional(validators: Mapping[str, str]) -> dict[str, str]:
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last-modified"):
        headers["If-Modified-Since"] = validators["last-modified"]
    return headers


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


_READABLE = ("text/", "application/xhtml", "application/xml", "application/rss",
             "application/atom", "application/rdf", "application/feed")


def _check_type(url: str, content_type: str) -> None:
    """Refuse what is not a page or a feed (PDF, images...) before reading its body."""
    kind = content_type.split(";")[0].strip().lower()
    if kind and not kind.startswith(_READABLE):
        raise FetchError(url, f"not an HTML page or a feed ({kind})")


def _check_length(url: str, length: str | None, limit: int) -> None:
    if length and length.isdigit() and int(length) > limit:
        raise FetchError(url, f"page larger than {_mb(limit)} ({int(length):,} bytes)")


def _mb(size: int) -> str:
    return f"{size / 2**20:g} MB"
