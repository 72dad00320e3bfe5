"""Feeds and lists of links: RSS 2.0, Atom and RDF with feedparser, OPML, ``urls.txt`` files.

Relative entry links are resolved against the feed's own URL; entry dates become ISO dates.

>>> read_url_list("# my outlets\\nhttps://example.com/a\\n\\nhttps://example.com/b  # note\\n")
['https://example.com/a', 'https://example.com/b']
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from actorgraph.web.client import FetchError
from actorgraph.web.identity import is_url

__all__ = ["Entry", "is_url_list", "parse_feed", "read_opml", "read_url_list"]


@dataclass(frozen=True)
class Entry:
    """One link to fetch, with what its feed says about it (nothing for a bare URL)."""

    url: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None


def parse_feed(data: bytes, url: str) -> list[Entry]:
    """The entries of an RSS or Atom feed; FetchError if ``data`` is not a feed."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        raise FetchError(url, "not an RSS or Atom feed")
    outlet = parsed.feed.get("title") or None
    entries = []
    for item in parsed.entries:
        link = item.get("link") or item.get("id")
        if link:
            entries.append(Entry(urljoin(url, link), item.get("title") or None,
                                 _iso(item.get("published_parsed") or
                                      item.get("updated_parsed")), outlet))
    return entries


def _iso(parsed: object) -> str | None:
    return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}" if parsed else None  # type: ignore[index]


def read_opml(data: bytes, name: str) -> list[str]:
    """The feed URLs (``xmlUrl``) of an OPML subscription list, in order."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise FetchError(name, f"not an OPML file: {err}") from err
    return [o.attrib["xmlUrl"] for o in root.iter("outline") if o.attrib.get("xmlUrl")]


def read_url_list(text: str) -> list[str]:
    """URLs one per line; blank lines and ``#`` comments (whole-line or trailing) ignored."""
    urls = []
    for line in text.splitlines():
        line = line.split(" #")[0].strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls


def is_url_list(path: Path) -> bool:
    """Whether a .txt file is a list of URLs (every line a URL or a comment), not an article."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    urls = read_url_list(text)
    return bool(urls) and all(is_url(u) for u in urls)
