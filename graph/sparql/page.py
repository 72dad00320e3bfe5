"""The endpoint's query page: rendered on the server, no script at all, every value escaped.

It lists the shipped example queries, runs the one typed into its text box and shows the
answer as a table (served with a strict Content-Security-Policy by :mod:`.endpoint`).
"""

from __future__ import annotations

import html
from typing import Any, Protocol
from urllib.parse import quote

from actorgraph.graph.errors import QueryError
from actorgraph.graph.sparql.examples import Example, examples
from actorgraph.graph.sparql.results import Result, show_term

__all__ = ["PAGE_CSP", "Answerer", "query_page"]

PAGE_CSP = ("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            "base-uri 'none'; frame-ancestors 'none'")


class Answerer(Protocol):
    """What answers queries: a :class:`~.pool.QueryPool` (or an in-process QueryStore)."""

    def query(self, text: str, *, timeout: float | None = None, **request: Any) -> Result: ...

    def __len__(self) -> int: ...


class _Limits(Protocol):
    store: Answerer
    timeout: float
    max_rows: int
    explorer: str | None


_STYLE = """body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;font:13px monospace}table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.error{color:#a00}.note{color:#555}li{margin:.1em 0}"""


def query_page(endpoint: _Limits, params: dict[str, list[str]]) -> str:
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


def _results(endpoint: _Limits, text: str) -> str:
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
