"""Fetching from the web, against a local server of fixtures (no test touches the internet)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_fixtures import FixtureServer, serve

from actorgraph.graph.errors import InputError
from actorgraph.graph.model import Article
from actorgraph.web import FetchCache, Policy, Sources, WebReader, split_inputs
from actorgraph.web.charset import decode_page
from actorgraph.web.feeds import parse_feed
from actorgraph.web.identity import article_id, clean_url

FAST = Policy(user_agent="actorgraph-test/1.0 (+https://example.org/bot)", delay=0,
              timeout=1.0, backoff=0.05, retries=2, max_wait=5)


@pytest.fixture
def server() -> Iterator[FixtureServer]:
    with serve() as fixture:
        yield fixture


def read(server: FixtureServer, cache: Path, pages: list[str] = (), feeds: list[str] = (),
         policy: Policy = FAST, offline: bool = False) -> tuple[list[Article], WebReader]:
    reader = WebReader(FetchCache(cache), policy, offline)
    try:
        sources = Sources([server.url(p) for p in pages], [server.url(f) for f in feeds])
        return list(reader.articles(sources)), reader
    finally:
        reader.close()


def by_path(server: FixtureServer, articles: list[Article]) -> dict[str, Article]:
    return {a.url.removeprefix(server.base) if a.url else "": a for a in articles}


def test_rss_and_atom_feeds_give_deduplicated_articles_with_own_dates(server, tmp_path) -> None:
    articles, reader = read(server, tmp_path, feeds=["/feed.rss", "/atom.xml"])
    found = by_path(server, articles)
    assert sorted(found) == ["/news/a1", "/news/a2", "/news/a3"]
    assert reader.tally.duplicates == 1 and server.hits["/news/a1"] == 0  # fetched once, as
    assert server.hits["/news/a1?utm_source=rss"] == 1                    # the RSS named it
    assert found["/news/a1"].date == "2026-01-03"   # the page's date, not the feed's 01-05
    assert found["/news/a2"].date == "2026-01-06"   # no date on the page: the feed's
    assert found["/news/a2"].title == "Sanctions on officials"
    assert found["/news/a3"].source == "Atom Wire"  # relative link resolved, outlet from feed
    assert "Natanz" in found["/news/a1"].text and not reader.failures


def test_atom_relative_links_are_resolved_against_the_feed_url() -> None:
    from web_fixtures import atom

    entries = parse_feed(atom([("news/x", "X", "2026-01-02T00:00:00Z")]).encode(),
                         "https://example.org/feeds/atom.xml")
    assert [(e.url, e.date) for e in entries] == [("https://example.org/feeds/news/x",
                                                   "2026-01-02")]


def test_windows_1252_page_is_decoded_by_its_meta_charset(server, tmp_path) -> None:
    articles, _ = read(server, tmp_path, pages=["/news/cp1252"])
    assert "\u201cWe will respond,\u201d the minister said at a caf\u00e9" in articles[0].text
    assert articles[0].title == "Caf\u00e9 talks"


def test_saved_windows_1252_html_reads_and_plain_text_stays_utf8(tmp_path) -> None:
    from web_fixtures import article_page

    from actorgraph.extract.readers import read_path

    html = article_page("a5", charset="windows-1252", extra="caf\u00e9 \u201cquoted\u201d. ")
    (tmp_path / "saved.html").write_bytes(html.encode("cp1252"))
    [article] = read_path(tmp_path / "saved.html")
    assert "caf\u00e9 \u201cquoted\u201d" in article.text
    (tmp_path / "note.txt").write_bytes("caf\u00e9 talks".encode("cp1252"))
    with pytest.raises(InputError, match="not UTF-8 text"):
        list(read_path(tmp_path / "note.txt"))


def test_charset_header_wins_and_undeclared_bytes_are_detected() -> None:
    text = "Gr\u00fc\u00dfe aus K\u00f6ln, sagte der Minister am Montag."
    assert decode_page(text.encode("cp1252"), "text/html; charset=windows-1252") == text
    assert decode_page(text.encode("utf-8")) == text
    assert decode_page(("<p>" + text * 20 + "</p>").encode("cp1252")).startswith("<p>Gr\u00fc")


def test_canonical_link_gives_the_id_and_merges_tracking_variants(server, tmp_path) -> None:
    articles, reader = read(server, tmp_path, pages=["/news/canonical?utm_source=x",
                                                     "/news/canonical?fbclid=1"])
    [article] = articles
    assert article.url == server.url("/story/russia-eu")
    assert article.id == article_id(server.url("/story/russia-eu"))
    assert reader.tally.duplicates == 1
    assert clean_url("https://A.org/x?utm_medium=a&id=3&gclid=z#c") == "https://a.org/x?id=3"


@pytest.mark.parametrize(("path", "reason"), [
    ("/news/paywall", "characters of article text"),
    ("/missing", "HTTP 404"),
    ("/always-busy", "Retry-After 3600 s is over"),
    ("/loop", "more than 5 redirects"),
    ("/slow", "timed out after 1 s"),
    ("/huge", "page larger than 10 MB"),
    ("/doc.pdf", "not an HTML page or a feed (application/pdf)"),
    ("/private/secret", "disallowed by the site's robots.txt"),
    ("/go-private", "/private/secret, which the site's robots.txt disallows"),
])
def test_each_failure_is_recorded_with_its_reason(server, tmp_path, path, reason) -> None:
    started = time.monotonic()
    articles, reader = read(server, tmp_path, pages=[path, "/news/a2"])
    assert [a.title for a in articles] == ["Sanctions on officials"]  # the batch went on
    [failure] = reader.failures
    assert failure.url == server.url(path) and reason in failure.reason
    assert time.monotonic() - started < 6
    assert server.hits["/private/secret"] == (path == "/go-private")  # asked only via redirect


def test_500_then_200_is_retried(server, tmp_path) -> None:
    articles, reader = read(server, tmp_path, pages=["/flaky"])
    assert len(articles) == 1 and not reader.failures
    assert [s for p, s in server.replies if p == "/flaky"] == [500, 200]


def test_429_waits_for_retry_after(server, tmp_path) -> None:
    started = time.monotonic()
    articles, _ = read(server, tmp_path, pages=["/busy"])
    assert len(articles) == 1 and time.monotonic() - started >= 0.95  # Retry-After: 1
    assert [s for p, s in server.replies if p == "/busy"] == [429, 200]


def test_user_agent_sent_robots_read_once_and_no_cookies(server, tmp_path) -> None:
    read(server, tmp_path, pages=["/news/a2", "/news/a1", "/news/a3"])  # a2 sets a cookie
    assert server.hits["/robots.txt"] == 1
    assert set(server.agents) == {FAST.user_agent}
    assert not any("Cookie" in h for h in server.headers)
    assert all(h["Accept"].startswith("text/html") for h in server.headers)


def test_unchanged_feed_costs_one_304_and_cached_articles_are_not_refetched(server,
                                                                           tmp_path) -> None:
    first, _ = read(server, tmp_path, feeds=["/feed.rss"])
    hits = dict(server.hits)
    again, reader = read(server, tmp_path, feeds=["/feed.rss"])
    assert again == first and reader.tally.cached == 2 and reader.tally.fetched == 0
    assert server.replies[-1] == ("/feed.rss", 304)
    pages = [p for p in hits if p.startswith("/news/")]  # robots.txt is read once per run
    assert {p: server.hits[p] for p in pages} == {p: hits[p] for p in pages}


def test_offline_reads_the_cache_alone(server, tmp_path) -> None:
    first, _ = read(server, tmp_path, pages=["/news/a1"], feeds=["/feed.rss"])
    server.stop()  # nothing can be fetched now
    again, reader = read(server, tmp_path, pages=["/news/a1", "/news/a4"],
                         feeds=["/feed.rss"], offline=True)
    assert again == first
    assert [(f.url, f.reason) for f in reader.failures] == [
        (server.url("/news/a4"), "not in the fetch cache (--offline)")]


def test_per_host_concurrency_and_rate_limit(server, tmp_path) -> None:
    server.page_sleep = 0.2
    pages = [f"/bench/{n}" for n in range(8)]
    read(server, tmp_path / "a", pages=pages, policy=Policy(delay=0, per_host=2, connections=8))
    assert server.peak == 2
    server.peak = 0
    read(server, tmp_path / "b", pages=pages, policy=Policy(delay=0, per_host=8, connections=8))
    assert server.peak > 2
    server.page_sleep = 0
    started = time.monotonic()
    read(server, tmp_path / "c", pages=pages[:4], policy=Policy(delay=0.3, per_host=8))
    assert time.monotonic() - started >= 0.9  # robots.txt and 4 pages, 0.3 s apart


def test_split_inputs_sorts_urls_lists_feeds_and_files(tmp_path) -> None:
    (tmp_path / "urls.txt").write_text("# outlets\nhttps://a.org/1\n\nhttps://a.org/2 # x\n")
    (tmp_path / "story.txt").write_text("Iran accused Israel.\nhttps://a.org/3\n")
    (tmp_path / "subs.opml").write_text(
        '<opml version="2.0"><body><outline text="A" xmlUrl="https://a.org/rss"/>'
        '<outline text="B"><outline xmlUrl="https://b.org/atom"/></outline></body></opml>')
    paths, sources = split_inputs(
        ["https://c.org/x", str(tmp_path / "urls.txt"), str(tmp_path / "story.txt"),
         str(tmp_path / "subs.opml"), str(tmp_path / "local.rss")], ["https://d.org/feed"])
    assert paths == [tmp_path / "story.txt"]
    assert sources.pages == ["https://c.org/x", "https://a.org/1", "https://a.org/2"]
    assert sources.feeds == ["https://a.org/rss", "https://b.org/atom", str(tmp_path / "local.rss"),
                             "https://d.org/feed"]


@pytest.mark.parametrize(("robots", "allowed"), [(404, True), (503, False)])
def test_missing_robots_allows_and_unreadable_robots_disallows(tmp_path, robots,
                                                               allowed) -> None:
    """RFC 9309: a 4xx robots.txt means no rules; a 5xx one means stay away for now."""
    import httpx
    from web_fixtures import article_page

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(robots)
        return httpx.Response(200, html=article_page("a2"))

    reader = WebReader(FetchCache(tmp_path), FAST, transport=httpx.MockTransport(answer))
    articles = list(reader.articles(Sources(["https://news.example.org/a2"])))
    assert len(articles) == int(allowed)
    assert [f.reason for f in reader.failures] == ([] if allowed else
                                                   ["disallowed by the site's robots.txt"])


def test_a_page_without_article_text_is_not_asked_again(server, tmp_path) -> None:
    read(server, tmp_path, pages=["/news/paywall"])
    _, reader = read(server, tmp_path, pages=["/news/paywall"])
    assert server.hits["/news/paywall"] == 1
    [failure] = reader.failures
    assert failure.reason.endswith("characters of article text (a paywall, a page that needs "
                                   "JavaScript, or not an article) (in the fetch cache)")


def test_a_feed_with_only_last_modified_is_asked_conditionally_too(server, tmp_path) -> None:
    first, _ = read(server, tmp_path, feeds=["/atom.xml"])
    again, _ = read(server, tmp_path, feeds=["/atom.xml"])
    assert again == first and len(first) == 2
    assert [s for p, s in server.replies if p == "/atom.xml"] == [200, 304]
