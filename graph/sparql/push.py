"""Send the graph to a triple store through the SPARQL 1.1 Graph Store HTTP Protocol.

Any store that speaks the protocol works (Oxigraph's ``/store``, Fuseki's ``/ds/data``,
GraphDB's ``/repositories/ID/rdf-graphs/service``). Each named graph of the source (one per
article) is sent with ``PUT ?graph=IRI`` for its first batch, which replaces what the store
held under that name, then ``POST`` for the rest: re-pushing an article replaces its graph.
Default-graph triples (actor descriptions) are merged with ``POST ?default``, so pushing two
builds one after the other keeps the actors of both. ``graph`` sends everything into that one
graph instead (replacing it).
"""

from __future__ import annotations

import itertools
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

import pyoxigraph as ox

from actorgraph.graph.errors import ArgumentError, OutputError

__all__ = ["PushSummary", "graph_url", "push"]


@dataclass
class PushSummary:
    """What was sent: triples, graphs and HTTP requests."""

    triples: int = 0
    graphs: int = 0
    requests: int = 0


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store URL of one graph (``None``: the default graph)."""
    if not endpoint.startswith(("http://", "https://")):
        raise ArgumentError(f"--endpoint {endpoint!r}: expected an http:// or https:// URL")
    query = "default" if graph is None else "graph=" + quote(graph, safe="")
    return endpoint + ("&" if "?" in endpoint else "?") + query


def _batches(triples: Iterable[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    iterator = iter(triples)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _send(url: str, method: str, body: bytes, timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method=method,
                                     headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as err:
        detail = err.read(300).decode("utf-8", "replace").strip().splitlines()
        raise OutputError(f"{method} {url}: the store answered {err.code} {err.reason}"
                          + (f": {detail[0]}" if detail else "")) from err
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise OutputError(f"{method} {url}: cannot reach the store: {reason}") from err


def _triples(store: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph
             ) -> Iterator[ox.Triple]:
    for quad in store.quads_for_pattern(None, None, None, graph):
        yield ox.Triple(quad.subject, quad.predicate, quad.object)


def _plan(store: ox.Store, graph: str | None
          ) -> Iterator[tuple[str | None, bool, Iterable[ox.Triple]]]:
    """(target graph, replace it?, triples) for each graph to send."""
    if graph is not None:
        everything = (ox.Triple(q.subject, q.predicate, q.object) for q in store)
        yield graph, True, everything
        return
    yield None, False, _triples(store, ox.DefaultGraph())
    for name in sorted(store.named_graphs(), key=str):
        if isinstance(name, ox.NamedNode):
            yield name.value, True, _triples(store, name)


def push(store: ox.Store, endpoint: str, graph: str | None = None, batch_size: int = 50_000,
         timeout: float = 60.0,
         progress: Callable[[int], None] | None = None) -> PushSummary:
    """Send every triple of ``store`` to the Graph Store ``endpoint`` in batches."""
    if batch_size < 1:
        raise ArgumentError(f"--batch-size must be at least 1, got {batch_size}")
    summary = PushSummary()
    for target, replace, triples in _plan(store, graph):
        url = graph_url(endpoint, target)
        sent = False
        for batch in _batches(triples, batch_size):
            body = ox.serialize(batch, format=ox.RdfFormat.N_TRIPLES) or b""
            _send(url, "PUT" if replace and not sent else "POST", body, timeout)
            sent = True
            summary.triples += len(batch)
            summary.requests += 1
            if progress is not None:
                progress(len(batch))
        summary.graphs += sent
    return summary
