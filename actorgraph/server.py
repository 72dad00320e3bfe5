"""A read-only SPARQL 1.1 Protocol endpoint over one graph, with the explorer and a query page.

``/sparql`` answers ``GET ?query=`` and ``POST`` (form-encoded or ``application/sparql-query``)
with SPARQL JSON, XML, CSV or TSV chosen by the ``format`` parameter or the Accept header, so
standard clients such as SPARQLWrapper work. Updates, ``SERVICE`` and ``LOAD`` are refused (403),
malformed queries get 400 with the parser's position, queries past the time limit 503, bodies
over the size limit 413; results past ``max_rows`` are cut off and flagged in the
``X-Actorgraph-Truncated`` header. ``/`` is a query page rendered on the server (no script at
all, every value HTML-escaped, a strict Content-Security-Policy); ``/explorer`` is the HTML
explorer of the same graph when the source is a build output directory.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from actorgraph.graph.errors import QueryError
from actorgraph.graph.sparql import (
    Example,
    QueryRefused,
    QueryStore,
    QueryTimeout,
    Result,
    examples,
    format_result,
    media_type,
    show_term,
)

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "Endpoint", "explorer_page", "make_server",
           "negotiate", "query_page"]

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 7878
MAX_BODY = 1_000_000  # bytes: a query is text; anything bigger is not one
PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")
# Media types (and the names clients pass as ?format=) -> our result format names.
_MEDIA = {
    "application/sparql-results+json": "json", "application/json": "json", "json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "xml": "xml", "text/csv": "csv", "csv": "csv", "text/tab-separated-values": "tsv",
    "tsv": "tsv", "text/turtle": "turtle", "turtle": "turtle", "application/n-triples": "nt",
    "nt": "nt", "application/ld+json": "json", "json-ld": "json",
    "application/rdf+xml": "xml", "rdf+xml": "xml",
}


@dataclass
class Endpoint:
    """What the server serves: the store, its limits, and the explorer page if there is one."""

    store: QueryStore
    timeout: float = 30.0
    max_rows: int = 10_000
    explorer: str | None = None
    max_body: int = MAX_BODY
    quiet: bool = False


class HTTPError(Exception):
    """An HTTP error status with a one-line message for the client."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def negotiate(params: dict[str, list[str]], accept: str | None) -> str | None:
    """The result format asked for: ``format``/``output`` parameter first, then Accept.

    Returns None when the client accepts anything (the caller picks JSON or Turtle).
    """
    for key in ("format", "output", "results"):
        for value in params.get(key, ()):
            if value.strip().lower() in _MEDIA:
                return _MEDIA[value.strip().lower()]
            raise HTTPError(400, f"unknown result format {value!r}")
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *options = (part.strip() for part in item.split(";"))
        quality = next((_float(o[2:]) for o in options if o.startswith("q=")), 1.0)
        ranked.append((-quality, position, media.lower()))
    for quality, _, media in sorted(ranked):
        if media in _MEDIA and quality < 0:
            return _MEDIA[media]
    return None


def explorer_page(source: Path) -> str | None:
    """The explorer of a build output directory (drawn from its graph.json), else None."""
    from actorgraph.graph.io import read_graph
    from actorgraph.viz.html import render_html

    source = Path(source)
    if not (source.is_dir() and (source / "graph.json").is_file()):
        return None
    return render_html(read_graph(source))


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _choose(result: Result, fmt: str | None) -> str:
    """A SELECT/ASK result cannot be Turtle, nor a CONSTRUCT result CSV: fall back sensibly."""
    if result.kind == "graph":
        return fmt if fmt in ("turtle", "nt", "json", "xml") else "turtle"
    return fmt if fmt in ("json", "xml", "csv", "tsv") else "json"


class _Handler(BaseHTTPRequestHandler):
    """One request: route it, turn refusals into statuses, never let an exception escape."""

    server_version = "actorgraph"
    sys_version = ""
    endpoint: Endpoint  # set on the subclass that make_server builds

    def do_GET(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def _guard(self, action: Any) -> None:
        try:
            action()
        except HTTPError as err:
            self._send(err.status, f"{err}\n".encode(), "text/plain; charset=utf-8")
        except QueryRefused as err:
            self._send(403, f"{err}\n".encode(), "text/plain; charset=utf-8")
        except QueryTimeout as err:
            self._send(503, f"{err}\n".encode(), "text/plain; charset=utf-8")
        except QueryError as err:
            self._send(400, f"{err}\n".encode(), "text/plain; charset=utf-8")

    def _get(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/sparql", "/query"):
            self._sparql(params)
        elif url.path == "/":
            page = query_page(self.endpoint, params)
            self._send(200, page.encode(), "text/html; charset=utf-8", csp=PAGE_CSP)
        elif url.path == "/explorer" and self.endpoint.explorer is not None:
            self._send(200, self.endpoint.explorer.encode(), "text/html; charset=utf-8")
        else:
            raise HTTPError(404, f"no such page: {url.path} (the endpoint is /sparql)")

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            raise HTTPError(404, f"no such endpoint: {url.path} (POST queries to /sparql)")
        params = parse_qs(url.query, keep_blank_values=True)
        body = self._body()
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/sparql-update":
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        else:
            raise HTTPError(415, f"unsupported Content-Type {kind or '(none)'!r}: send "
                                 "application/x-www-form-urlencoded or application/sparql-query")
        self._sparql(params)

    def _body(self) -> str:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as err:
            raise HTTPError(400, "bad Content-Length") from err
        if length > self.endpoint.max_body:
            self.close_connection = True  # the body is not read: the connection is unusable
            raise HTTPError(413, f"request body of {length} bytes is over the limit of "
                                 f"{self.endpoint.max_body}")
        try:
            return self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError as err:
            raise HTTPError(400, "the request body is not UTF-8") from err

    def _sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            raise QueryRefused("SPARQL updates are refused: this endpoint is read-only")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise HTTPError(400, "give exactly one non-empty 'query' parameter")
        wanted = negotiate(params, self.headers.get("Accept"))
        end = self.endpoint
        result = end.store.query(queries[0], timeout=end.timeout, max_rows=end.max_rows,
                                 default_graphs=params.get("default-graph-uri"),
                                 named_graphs=params.get("named-graph-uri"))
        fmt = _choose(result, wanted)
        extra = {"X-Actorgraph-Truncated": f"true; max-rows={end.max_rows}"} \
            if result.truncated else {}
        self._send(200, format_result(result, fmt), media_type(result, fmt), **extra)

    def _send(self, status: int, body: bytes, content_type: str, csp: str | None = None,
              **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if csp:
            self.send_header("Content-Security-Policy", csp)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.endpoint.quiet:
            super().log_message(format, *args)


def make_server(endpoint: Endpoint, host: str = DEFAULT_HOST,
                port: int = DEFAULT_PORT) -> ThreadingHTTPServer:
    """A server bound to ``host:port`` (loopback unless told otherwise); call serve_forever."""
    handler = type("Handler", (_Handler,), {"endpoint": endpoint})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


_STYLE = """body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;font:13px monospace}table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.error{color:#a00}.note{color:#555}li{margin:.1em 0}"""


def query_page(endpoint: Endpoint, params: dict[str, list[str]]) -> str:
    """The query page: the explorer link, a text box, the examples, results as a table."""
    known = examples()
    chosen = (params.get("example") or [""])[0]
    text = (params.get("query") or [""])[0]
    if chosen in known and not text:
        text = known[chosen].text
    explorer = ('<p><a href="/explorer">Open the graph explorer</a></p>'
                if endpoint.explorer is not None else
                '<p class="note">No explorer: the source is not a build output directory.</p>')
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f"<title>actorgraph SPARQL</title><style>{_STYLE}</style></head><body>",
        "<h1>actorgraph SPARQL</h1>", explorer,
        f'<form method="get" action="/"><textarea name="query" rows="16">{html.escape(text)}'
        '</textarea><p><button type="submit">Run query</button> '
        f'<span class="note">Machine clients: <code>/sparql</code>. Limits: '
        f"{endpoint.timeout:g} s, {endpoint.max_rows} rows.</span></p></form>",
        _example_list(known.values()),
    ]
    if text.strip() and "query" in params:
        parts.append(_results(endpoint, text))
    parts.append("</body></html>")
    return "\n".join(parts)


def _example_list(items: Any) -> str:
    links = "".join(f'<li><a href="/?example={quote(e.name)}">{html.escape(e.title)}</a> '
                    f'<span class="note">{html.escape(e.description)}</span></li>'
                    for e in items if isinstance(e, Example))
    return f"<h2>Examples</h2><ul>{links}</ul>"


def _results(endpoint: Endpoint, text: str) -> str:
    """The answer as an HTML table; every value passes through html.escape."""
    try:
        result = endpoint.store.query(text, timeout=endpoint.timeout, max_rows=endpoint.max_rows)
    except QueryError as err:
        return f'<p class="error">{html.escape(str(err))}</p>'
    if result.kind == "ask":
        return f"<p>Answer: <strong>{'yes' if result.boolean else 'no'}</strong></p>"
    header = result.variables if result.kind == "select" else ["subject", "predicate", "object"]
    rows = (result.rows if result.kind == "select" else
            [(t.subject, t.predicate, t.object) for t in result.triples])
    cut = (f" (cut off at {endpoint.max_rows}: the row limit)" if result.truncated else "")
    head = "".join(f"<th>{html.escape(name)}</th>" for name in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(show_term(term))}</td>" for term in row)
                   + "</tr>" for row in rows)
    return (f'<p class="note">{len(rows)} rows in {result.seconds:.3f} s{cut}</p>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
