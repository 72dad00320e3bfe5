"""One fetched page to one Article: main text, title, date and outlet with trafilatura.

The page's own metadata wins over the feed's (``Hints``): its date is the publication date
it states, the feed's only when the page states none. A page with almost no text (a paywall
stub, a page that needs JavaScript, an index page) fails with a reason rather than entering
the graph as an empty article.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from actorgraph.graph.model import Article
from actorgraph.web.charset import decode_page
from actorgraph.web.client import FetchError
from actorgraph.web.identity import article_id, canonical_url, outlet_of

__all__ = ["MAX_CHARS", "MIN_CHARS", "Hints", "article_from_page", "extract_html"]

MIN_CHARS = 200        # below this, what trafilatura found is not an article
MAX_CHARS = 1_000_000  # the readers' limit (spaCy's default max_length)


@dataclass(frozen=True)
class Hints:
    """What a feed says about an entry, used only where the page says nothing."""

    title: str | None = None
    date: str | None = None
    outlet: str | None = None


def extract_html(html: str, url: str | None = None) -> dict[str, str | None]:
    """trafilatura's main text and metadata of a page: text, title, date, sitename, url."""
    import trafilatura

    found = trafilatura.extract(html, output_format="json", with_metadata=True, url=url,
                                include_comments=False)
    data = json.loads(found) if found else {}
    return {k: data.get(k) or None for k in ("text", "title", "date", "sitename", "source")}


def article_from_page(url: str, final_url: str, body: bytes, content_type: str | None,
                      hints: Hints = Hints()) -> Article:
    """The Article of a fetched page, its id from the canonical URL; FetchError if none."""
    if body.lstrip()[:5] == b"%PDF-":
        raise FetchError(url, "not an HTML page (a PDF)")
    page = extract_html(decode_page(body, content_type), final_url)
    text = page["text"] or ""
    if len(text.strip()) < MIN_CHARS:
        raise FetchError(url, f"only {len(text.strip())} characters of article text (a "
                              "paywall, a page that needs JavaScript, or not an article)")
    if len(text) > MAX_CHARS:
        raise FetchError(url, f"article too long ({len(text):,} characters)")
    canonical = canonical_url(final_url, body)
    return Article(id=article_id(canonical), text=text,
                   date=(page["date"] or hints.date or None),
                   title=page["title"] or hints.title, url=canonical,
                   source=page["sitename"] or hints.outlet or outlet_of(canonical))
