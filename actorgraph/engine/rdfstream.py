"""The RDF outputs of a build, streamed from the Parquet records in the order of the files.

Every RDF file of a build is sorted (by graph, subject, predicate, object, in N-Triples form),
so a triple's place is known without holding the others: actor subjects come first (the actors
and their direct triples, which are few: one per collapsed edge), then article subjects in IRI
order, then relation subjects in IRI order. DuckDB sorts the relation rows (spilling to disk),
:mod:`actorgraph.graph.ntriples` writes each row's triples as text, and pyoxigraph parses and
serialises the stream, so the bytes are those of :func:`actorgraph.graph.fastrdf.
serialize_quads` over the whole graph.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx
import pyarrow as pa
import pyoxigraph as ox

from actorgraph.graph import io
from actorgraph.graph.fastrdf import _PREFIXES, _resource, _term, to_bytes
from actorgraph.graph.formats import FORMATS, NAMED
from actorgraph.graph.model import Actor
from actorgraph.graph.ntriples import article_text, direct_text, iri, relation_text
from actorgraph.graph.rdf import statements

__all__ = ["actor_triples", "default_text", "direct_triples", "lone_article_text", "quad_text",
           "rows", "triple_text", "write_rdf"]

_META = ("date", "title", "url")  # what an article's relations say about it
_CHUNK = 2_000  # relations (or articles) parsed by pyoxigraph at a time


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[dict[str, Any]]:
    """The rows of a query as dicts, fetched in batches (DuckDB spills what does not fit)."""
    for batch in con.sql(sql).to_arrow_reader(batch_size=10_000):
        yield from batch.to_pylist()


def _sorted(triples: Iterable[ox.Triple]) -> list[ox.Triple]:
    return sorted(dict.fromkeys(triples),
                  key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def actor_triples(actors: Sequence[Actor], base: str) -> list[ox.Triple]:
    """The actors' triples (the default graph of the named formats), sorted."""
    graph = nx.MultiDiGraph()
    for actor in actors:
        graph.add_node(actor.id, **actor.to_json())
    return _sorted(ox.Triple(_resource(s), ox.NamedNode(str(p)), _term(o))
                   for _, (s, p, o) in statements(graph, base))


def direct_triples(edges: pa.Table | None, base: str) -> list[ox.Triple]:
    """The direct triples (``iran ag:accuses usa``) of the edges with an asserted relation."""
    lines = [direct_text(e["source"], e["type"], e["target"], base)
             for e in (edges.to_pylist() if edges is not None else ()) if e["asserted"]]
    return [q.triple for q in ox.parse("".join(lines), format=ox.RdfFormat.N_TRIPLES)]


def _chunks(texts: Iterable[str]) -> Iterator[str]:
    iterator = iter(texts)
    while chunk := "".join(itertools.islice(iterator, _CHUNK)):
        yield chunk


def _parsed(texts: Iterable[str], fmt: ox.RdfFormat) -> Iterator[ox.Quad]:
    """pyoxigraph terms for N-Triples or N-Quads text, parsed a chunk at a time (the items
    never pass through Python code of ours: that is most of the time of a big build)."""
    return itertools.chain.from_iterable(ox.parse(chunk, format=fmt) for chunk in _chunks(texts))


def _relation_text(con: duckdb.DuckDBPyConnection, relations: str, keep: str,
                   base: str) -> Iterator[str]:
    last = None
    for row in rows(con, f"SELECT * FROM {relations} WHERE {keep} ORDER BY iri_key(id)"):
        if row["id"] != last:  # a relation extracted twice is one node
            last = row["id"]
            yield relation_text(row, base)


def _article_text(con: duckdb.DuckDBPyConnection, relations: str, keep: str,
                  base: str) -> Iterator[str]:
    meta = ", ".join(f"arg_min({k}, id) FILTER (WHERE {k} <> '') AS {k}" for k in _META)
    sql = f"SELECT doc, {meta} FROM {relations} WHERE {keep} GROUP BY doc ORDER BY iri_key(doc)"
    for row in rows(con, sql):
        yield article_text(row["doc"], row, base)


def default_text(triples: Iterable[ox.Triple]) -> str:
    """Sorted triples as N-Triples text (also N-Quads lines of the default graph)."""
    return to_bytes(_sorted(triples), "nt").decode("utf-8")


def triple_text(con: duckdb.DuckDBPyConnection, relations: str, keep: str, base: str,
                header: str) -> Iterator[str]:
    """Every triple of the graph as N-Triples, sorted: ``header`` (the actor subjects, from
    :func:`default_text`), then articles, then relations."""
    yield header
    yield from _article_text(con, relations, keep, base)
    yield from _relation_text(con, relations, keep, base)


def _doc_text(doc: str, group: list[dict[str, Any]], base: str) -> str:
    """What one article's named graph holds, sorted: direct triples, article, relations."""
    end = f" {iri(base, 'graph', doc)} .\n"
    direct = sorted({direct_text(r["source"], r["type"], r["target"], base, end)
                     for r in group if not r["negated"]})
    meta: dict[str, Any] = {}
    for row in sorted(group, key=lambda r: r["id"]):
        meta.update((k, row[k]) for k in _META if row[k] and not meta.get(k))
    parts = [*direct, article_text(doc, meta, base, end)]
    last = None
    for row in group:
        if row["id"] != last:
            last = row["id"]
            parts.append(relation_text(row, base, end))
    return "".join(parts)


def quad_text(con: duckdb.DuckDBPyConnection, relations: str, keep: str,
              base: str) -> Iterator[str]:
    """The named graph of every article as N-Quads, in graph IRI order (no default graph)."""
    sql = f"SELECT * FROM {relations} WHERE {keep} ORDER BY iri_key(doc), iri_key(id)"
    for doc, group in itertools.groupby(rows(con, sql), key=lambda r: r["doc"]):
        yield _doc_text(doc, list(group), base)


def lone_article_text(con: duckdb.DuckDBPyConnection, articles: str, relations: str, keep: str,
                      base: str, named: bool) -> Iterator[str]:
    """The articles that no kept relation comes from, each described alone (in a named graph
    of its own when ``named``), in IRI order: what an export adds from the build's records."""
    sql = (f"SELECT id AS doc, date, title, url FROM {articles} WHERE id NOT IN "
           f"(SELECT doc FROM {relations} WHERE {keep}) ORDER BY iri_key(id)")
    for row in rows(con, sql):
        end = f" {iri(base, 'graph', row['doc'])} .\n" if named else " .\n"
        yield article_text(row["doc"], row, base, end)


def write_rdf(path: Path, fmt: str, text: Iterable[str]) -> None:
    """Write N-Triples or N-Quads ``text`` into ``path`` in one of our formats: as it is for
    ``nt`` and ``nquads`` (it is already what pyoxigraph writes), else through pyoxigraph."""
    if fmt in ("nt", "nquads"):
        with io.atomic_write(path) as handle:
            handle.writelines(text)
        return
    syntax = ox.RdfFormat.N_QUADS if fmt in NAMED else ox.RdfFormat.N_TRIPLES
    prefixes = _PREFIXES if fmt in ("turtle", "trig") else None
    with io.atomic_write(path, "wb") as handle:
        ox.serialize(_parsed(text, syntax), handle, FORMATS[fmt], prefixes=prefixes)
