"""The endpoint's query page: rendered on the server, no script at all, every value escaped.

It runs the query typed into its text box and shows the answer as a table right under it,
above the list of shipped examples; an example with parameters (``Parameter: NAME`` in its
header) gets a field for each, bound as ``--bind`` would bind it (served with a strict
Content-Security-Policy by :mod:`.endpoint`).
"""

from __future__ import annotations

import html
from typing import Any, Protocol
from urllib.parse import quote

from actorgraph.graph.errors import ArgumentError, QueryError
from actorgraph.graph.sparql.examples import Example, examples, parse_binding
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
th{background:#f3f3f3}.error{color:#a00}.note{color:#555}li{margin:.1em 0}
fieldset{border:1px solid #ccc;margin:.6em 0}label{margin-right:1.2em}
.results{margin:.8em 0 1.5em}"""
_BIND = "bind."  # form fields of an example's parameters: bind.actor=Iran


def query_page(endpoint: _Limits, params: dict[str, list[str]]) -> str:
    """The query page: the explorer link, a text box, the examples, results as a table."""
    known = examples()
    chosen = (params.get("example") or [""])[0]
    text = (params.get("query") or [""])[0]
    if chosen in known and not text:
        text = known[chosen].text
    names = known[chosen].parameters if chosen in known else ()
    values = {n: (params.get(_BIND + n) or [""])[0] for n in names}
    explorer = ('<p><a href="/explorer">Open the graph explorer</a></p>'
                if endpoint.explorer is not None else
                '<p class="note">No explorer: the source is not a build output directory.</p>')
    parts = [
        '<!doctype html><html lang="en"><head><meta charset="utf-8">',
        f"<title>actorgraph SPARQL</title><style>{_STYLE}</style></head><body>",
        "<h1>actorgraph SPARQL</h1>", explorer,
        f'<form method="get" action="/"><textarea name="query" rows="14">{html.escape(text)}'
        f"</textarea>{_parameter_fields(chosen, values)}"
        '<p><button type="submit">Run query</button> '
        f'<span class="note">Machine clients: <code>/sparql</code>. Limits: '
        f"{endpoint.timeout:g} s, {endpoint.max_rows} rows.</span></p></form>",
    ]
    if text.strip() and "query" in params:
        parts.append(f'<div class="results">{_results(endpoint, text, values)}</div>')
    parts += [_example_list(known.values()), "</body></html>"]
    return "\n".join(parts)


def _parameter_fields(chosen: str, values: dict[str, str]) -> str:
    """One text field per parameter of the chosen example (empty: the variable stays free)."""
    if not values:
        return ""
    fields = "".join(
        f'<label>{html.escape(name)} <input name="{_BIND}{html.escape(name)}" '
        f'value="{html.escape(value)}" placeholder="text, or &lt;iri&gt;"></label>'
        for name, value in values.items())
    return (f'<input type="hidden" name="example" value="{html.escape(chosen)}">'
            f"<fieldset><legend>Parameters (empty: any)</legend>{fields}</fieldset>")


def _example_list(items: Any) -> str:
    links = "".join(f'<li><a href="/?example={quote(e.name)}">{html.escape(e.title)}</a> '
                    f'<span class="note">{html.escape(e.description)}</span></li>'
                    for e in items if isinstance(e, Example))
    return f"<h2>Examples</h2><ul>{links}</ul>"


def _results(endpoint: _Limits, text: str, values: dict[str, str]) -> str:
    """The answer as an HTML table; every value passes through html.escape."""
    try:
        bindings = dict(parse_binding(f"{name}={value}") for name, value in values.items()
                        if value.strip())
        result = endpoint.store.query(text, timeout=endpoint.timeout, max_rows=endpoint.max_rows,
                                      bindings=bindings)
    except (QueryError, ArgumentError) as err:
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
