"""A local HTTP server (127.0.0.1 only) serving the fixture feeds and pages of the web tests.

Every case of the fetching code has a route: feeds (RSS 2.0, Atom with relative links, one
that changes after it is first read), pages in UTF-8 and windows-1252, a canonical link, a
paywall stub, 404, 500-then-200, 429 with Retry-After, a redirect loop, a slow page, a 30 MB
page, a PDF and a robots.txt that disallows /private/. ``hits`` counts requests per path and
``agents`` keeps the User-Agents seen, so tests can check what the client sent.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

__all__ = ["STORIES", "FixtureServer", "article_page", "serve"]

STORIES = {
    "a1": "Iran accused Israel of sabotage at the Natanz nuclear site on Monday. The foreign "
          "ministry said the attack would not go unanswered and warned of consequences.",
    "a2": "The United States sanctioned Iranian officials over the crackdown on protesters. "
          "The Treasury Department said the measures froze their assets abroad.",
    "a3": "Russia condemned the European Union over new trade restrictions. The Kremlin "
          "said the bloc was acting against its own interests.",
    "a4": "China criticised Japan over its defence budget. The foreign ministry in Beijing "
          "said Tokyo threatened regional stability.",
    "a5": "Turkey blamed Kurdish militants for the bombing in Ankara. President Erdogan "
          "vowed that those responsible would pay a heavy price.",
}
FILLER = ("Officials gave no further details on Tuesday, and diplomats in the region said "
          "talks would continue later in the week. ")


def article_page(key: str, *, title: str | None = None, date: str | None = None,
                 canonical: str | None = None, charset: str = "utf-8",
                 extra: str = "") -> str:
    """A news page as outlets publish them: head metadata, an <article> with paragraphs."""
    meta = f'<meta charset="{charset}">'
    if date:
        meta += f'<meta property="article:published_time" content="{date}T08:00:00Z">'
    if canonical:
        meta += f'<link rel="canonical" href="{canonical}">'
    head = f"<title>{title or key}</title>{meta}"
    body = f"<p>{STORIES[key]}</p><p>{extra}{FILLER * 2}</p>"
    return (f"<!DOCTYPE html><html><head>{head}</head><body><nav>Home | World</nav>"
            f"<article><h1>{title or key}</h1>{body}</article><footer>(c) Example "
            "News</footer></body></html>")


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f"<item><title>{t}</title><link>{base}{link}</link><pubDate>{d}</pubDate>"
                      "</item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example '
            f"News</title><link>{base}/</link><description>x</description>{entries}"
            "</channel></rss>")


def atom(items: list[tuple[str, str, str]]) -> str:
    entries = "".join(f'<entry><title>{t}</title><link href="{link}"/><id>{link}</id>'
                      f"<updated>{d}</updated></entry>" for link, t, d in items)
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Atom Wire</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>"
            f"{entries}</feed>")


Reply = tuple[int, dict[str, str], bytes]


class FixtureServer:
    """The routes; ``url(path)`` is the absolute URL of a path on this server."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        self.headers: list[dict[str, str]] = []
        self.replies: list[tuple[str, int]] = []
        self.feed_version = 1
        self.page_sleep = 0.0  # seconds each /bench/ and /slowpage/ page takes
        self.active = self.peak = 0
        self._gauge = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fixture = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                fixture.hits[self.path] += 1
                fixture.agents.append(self.headers.get("User-Agent", ""))
                fixture.headers.append(dict(self.headers))
                with fixture._gauge:
                    fixture.active += 1
                    fixture.peak = max(fixture.peak, fixture.active)
                try:
                    status, headers, body = fixture.reply(self.path, dict(self.headers))
                finally:
                    with fixture._gauge:
                        fixture.active -= 1
                fixture.replies.append((self.path, status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                with suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler

    def reply(self, path: str, headers: dict[str, str]) -> Reply:
        route = path.split("?")[0]
        if route.startswith(("/bench/", "/slowpage/")):
            time.sleep(self.page_sleep)
            return _html(article_page("a1", title=f"Page {route}"))
        handler = ROUTES.get(route)
        if handler is None:
            return 404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"
        return handler(self, headers)

    def start(self) -> None:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _html(text: str, charset: str = "utf-8", status: int = 200) -> Reply:
    return status, {"Content-Type": "text/html"}, text.encode(charset)


def _feed(server: FixtureServer, headers: dict[str, str]) -> Reply:
    """RSS 2.0; version 2 (after ``feed_version`` is bumped) adds a story. ETag per version."""
    items = [("/news/a1?utm_source=rss", "Iran accuses Israel", "Mon, 05 Jan 2026 10:00:00 GMT"),
             ("/news/a2", "Sanctions on officials", "Tue, 06 Jan 2026 10:00:00 GMT")]
    if server.feed_version > 1:
        items.append(("/news/a4", "China and Japan", "Wed, 07 Jan 2026 10:00:00 GMT"))
    etag = f'"v{server.feed_version}"'
    if headers.get("If-None-Match") == etag:
        return 304, {"ETag": etag}, b""
    body = rss(server.base, items).encode("utf-8")
    return 200, {"Content-Type": "application/rss+xml", "ETag": etag}, body


def _slow_feed(server: FixtureServer, _headers: dict[str, str]) -> Reply:
    items = [(f"/slowpage/{n}", f"Page {n}", "Mon, 05 Jan 2026 10:00:00 GMT") for n in range(8)]
    return 200, {"Content-Type": "application/rss+xml"}, rss(server.base, items).encode()


def _atom(server: FixtureServer, headers: dict[str, str]) -> Reply:
    """Atom with relative links; validated by Last-Modified only (no ETag)."""
    modified = "Sun, 04 Jan 2026 09:00:00 GMT"
    if headers.get("If-Modified-Since") == modified:
        return 304, {"Last-Modified": modified}, b""
    items = [("news/a3", "Russia condemns EU", "2026-01-04T09:00:00Z"),
             ("/news/a1", "Iran accuses Israel (wire)", "2026-01-05T09:00:00Z")]
    return (200, {"Content-Type": "application/atom+xml", "Last-Modified": modified},
            atom(items).encode("utf-8"))


def _once_then(path: str, first: Reply) -> Callable[[FixtureServer, dict[str, str]], Reply]:
    def reply(server: FixtureServer, _headers: dict[str, str]) -> Reply:
        return first if server.hits[path] == 1 else _html(article_page("a5", title=path))
    return reply


def _slow(_server: FixtureServer, _headers: dict[str, str]) -> Reply:
    time.sleep(3)
    return _html(article_page("a4", title="slow"))


def _huge(_server: FixtureServer, _headers: dict[str, str]) -> Reply:
    # No Content-Length: the client must stop reading by itself.
    return 200, {"Content-Type": "text/html"}, b"<p>" + b"x" * (30 * 2**20) + b"</p>"


def _page(key: str, **kw: str) -> Callable[[FixtureServer, dict[str, str]], Reply]:
    return lambda _s, _h: _html(article_page(key, **kw))


ROUTES: dict[str, Callable[[FixtureServer, dict[str, str]], Reply]] = {
    "/robots.txt": lambda _s, _h: (200, {"Content-Type": "text/plain"},
                                   b"User-agent: *\nDisallow: /private/\n"),
    "/feed.rss": _feed,
    "/atom.xml": _atom,
    "/slow.rss": _slow_feed,
    "/news/a1": _page("a1", title="Iran accuses Israel", date="2026-01-03"),
    "/news/a2": lambda _s, _h: (200, {"Content-Type": "text/html", "Set-Cookie": "id=42"},
                                article_page("a2", title="Sanctions on officials").encode()),
    "/news/a3": _page("a3", title="Russia condemns EU", date="2026-01-04"),
    "/news/a4": _page("a4", title="China and Japan", date="2026-01-07"),
    "/news/cp1252": lambda _s, _h: _html(article_page(
        "a5", title="Café talks", charset="windows-1252",
        extra="\u201cWe will respond,\u201d the minister said at a caf\u00e9 in Ankara. "),
        "cp1252"),
    "/news/canonical": _page("a3", title="Canonical", canonical="/story/russia-eu"),
    "/news/paywall": lambda _s, _h: _html("<html><head><title>Subscribe</title></head><body>"
                                          "<article><p>Subscribe to continue reading.</p>"
                                          "</article></body></html>"),
    "/flaky": _once_then("/flaky", (500, {"Content-Type": "text/html"}, b"oops")),
    "/busy": _once_then("/busy", (429, {"Retry-After": "1", "Content-Type": "text/html"},
                                  b"slow down")),
    "/always-busy": lambda _s, _h: (429, {"Retry-After": "3600"}, b"come back tomorrow"),
    "/go-private": lambda _s, _h: (302, {"Location": "/private/secret"}, b""),
    "/loop": lambda _s, _h: (302, {"Location": "/loop2"}, b""),
    "/loop2": lambda _s, _h: (302, {"Location": "/loop"}, b""),
    "/slow": _slow,
    "/huge": _huge,
    "/doc.pdf": lambda _s, _h: (200, {"Content-Type": "application/pdf"},
                                b"%PDF-1.4\n" + b"0" * 1000),
    "/private/secret": _page("a1", title="secret"),
}


@contextmanager
def serve() -> Iterator[FixtureServer]:
    server = FixtureServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
