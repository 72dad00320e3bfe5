"""Reading news from the web: HTTP, robots.txt, feeds, a fetch cache and article identity.

What lives here: :mod:`.client` (a polite client: pooled connections, explicit timeouts,
per-host rate limit and concurrency, retries with backoff honouring Retry-After, conditional
requests, redirect and size limits), :mod:`.robots` (robots.txt), :mod:`.charset` (decoding
pages by their declared or detected charset), :mod:`.identity` (canonical URLs and article
ids), :mod:`.page` (one page to one Article with trafilatura), :mod:`.feeds` (RSS, Atom, OPML
and URL lists), :mod:`.cache` (the fetch cache in the output directory) and :mod:`.sources`
(everything together: sources in, Articles and a list of failures out; robots.txt is asked
before each request and again for the target of a redirect).

What it may import: the standard library, httpx, feedparser, trafilatura, lxml,
charset_normalizer and ``actorgraph.graph`` (records, errors, atomic writes). Never spaCy,
pyvis, ``actorgraph.extract`` or ``actorgraph.viz``: the builder imports this package, not
the other way round, so fetching can be tested and reused without loading a model.
"""

from actorgraph.web.cache import FetchCache
from actorgraph.web.client import DEFAULT_AGENT, Fetcher, FetchError, Policy
from actorgraph.web.sources import Failure, Sources, WebReader, split_inputs, write_failures

__all__ = ["DEFAULT_AGENT", "Failure", "FetchCache", "FetchError", "Fetcher", "Policy",
           "Sources", "WebReader", "split_inputs", "write_failures"]
