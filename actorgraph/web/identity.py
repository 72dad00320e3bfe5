"""Article identity: the canonical URL of a page and a readable, stable article id from it.

The canonical URL is the page's ``<link rel="canonical">`` when it has one (resolved against
the final URL after redirects), else that final URL; either way without tracking parameters
(``utm_*``, ``fbclid``...) and fragment. Two links to one story (from two feeds, or with
different campaign tags) thus get one id, and the same story always the same id.

>>> clean_url("HTTPS://Example.com/a/b?utm_source=rss&id=7#top")
'https://example.com/a/b?id=7'
>>> article_id("https://www.example.com/world/2026/iran-sanctions.html")
'example-com-world-2026-iran-sanctions-html-bfeecee8'
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

__all__ = ["article_id", "canonical_url", "clean_url", "is_url", "outlet_of"]

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|"
                       r"cmpid|ocid|smid|smtyp|at_\w+|ref|ref_src|src|taid|itm_\w+|guccounter)$",
                       re.IGNORECASE)
_CANONICAL = re.compile(rb"<link\b[^>]*>", re.IGNORECASE)
_REL = re.compile(rb"""\brel\s*=\s*["']?canonical\b""", re.IGNORECASE)
_HREF = re.compile(rb"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9]+")


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def clean_url(url: str) -> str:
    """``url`` with a lower-case scheme and host, no fragment and no tracking parameters."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _TRACKING.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       urlencode(query), ""))


def canonical_url(final_url: str, html: bytes) -> str:
    """The page's declared canonical URL (absolute, http or https), else ``final_url``."""
    for tag in _CANONICAL.findall(html[:262144]):
        href = _HREF.search(tag) if _REL.search(tag) else None
        if href:
            raw = next(g for g in href.groups() if g is not None)
            target = urljoin(final_url, raw.decode("utf-8", "replace").strip())
            if is_url(target):
                return clean_url(target)
    return clean_url(final_url)


def article_id(canonical: str) -> str:
    """A readable id (host and path, at most about 80 characters) plus a short hash."""
    parts = urlsplit(canonical)
    host = parts.netloc.removeprefix("www.")
    slug = _SLUG.sub("-", f"{host} {parts.path} {parts.query}".lower()).strip("-")
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:70].rstrip('-')}-{digest}"


def outlet_of(url: str) -> str:
    """The outlet when the page does not name itself: its host without ``www.``."""
    return urlsplit(url).netloc.lower().removeprefix("www.")
