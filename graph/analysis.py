"""Analysis of the actor graph as pandas tables: who does what to whom, how often, and why.

Plain functions over the ``nx.MultiDiGraph`` of :func:`actorgraph.graph.build.from_records`
(or :func:`actorgraph.graph.io.read_graph`), or over the collapsed graph of a build of any
size (:func:`actorgraph.graph.records.read_build`, whose edges count ``count`` instances;
:func:`relation_table` and :func:`evidence` then need the instances, e.g. through
:func:`actorgraph.graph.records.query`), so notebooks call the library instead of copying
code into cells. Denied relations, which a graph built with ``include_negated`` keeps, are
never counted: they are not asserted. The tables need pandas (``pip install
'actorgraph[analysis]'``), imported only when a function runs so the rest of
``actorgraph.graph`` works without it. Actors may be named by id, label or alias
(:func:`find_actor`).

>>> from actorgraph.graph.build import from_records
>>> from actorgraph.graph.model import Actor, Evidence, Relation
>>> ev = Evidence("d1", "Iran blamed Israel.", 0, 19, "blamed", "2026-01-05")
>>> g = from_records([Actor("iran", "Iran", "GOVERNMENT"), Actor("israel", "Israel", "GOVERNMENT")],
...                  [Relation("r-1", "ACCUSE", "iran", "israel", "Iran", "Israel", ev)])
>>> int(matrix(g, "ACCUSE").loc["Iran", "Israel"])
1
>>> evidence(g, "Iran", "Israel")["sentence"].tolist()
['Iran blamed Israel.']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import networkx as nx

from actorgraph.graph.errors import ArgumentError

if TYPE_CHECKING:
    from pathlib import Path

    import pandas as pd
    import pyoxigraph as ox

    from actorgraph.graph.sparql import QueryStore

__all__ = [
    "RELATION_COLUMNS",
    "degree_table",
    "evidence",
    "find_actor",
    "labels",
    "matrix",
    "neighbourhood",
    "neighbours",
    "pagerank",
    "reciprocal_pairs",
    "relation_table",
    "relations_over_time",
    "sparql_frame",
    "sparql_store",
    "top_sources",
    "top_targets",
]

RELATION_COLUMNS = ("id", "type", "source", "target", "source_label", "target_label", "doc",
                    "date", "sentence", "trigger", "confidence", "title", "outlet", "url")


def _pandas() -> Any:
    """pandas is an optional extra: a missing install is a one-line error, not a traceback."""
    try:
        import pandas
    except ImportError as err:
        raise ArgumentError("graph analysis needs pandas: pip install 'actorgraph[analysis]'") \
            from err
    return pandas


def _types(types: str | Iterable[str] | None) -> set[str] | None:
    """One type, several, or None for all; names are case-insensitive ("accuse")."""
    if types is None:
        return None
    return {types.upper()} if isinstance(types, str) else {t.upper() for t in types}


def _edges(graph: nx.MultiDiGraph,
           types: str | Iterable[str] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    keep = _types(types)
    for u, v, data in graph.edges(data=True):
        if _has_type(data, keep):
            yield u, v, data


def _has_type(data: dict[str, Any], keep: set[str] | None) -> bool:
    """Is the edge an asserted relation of a kept type? Denied ones ("negated") never count."""
    if data.get("negated") in (True, "true", "True", 1):
        return False
    return keep is None or str(data.get("type", "")).upper() in keep


def _count(data: dict[str, Any]) -> int:
    """Relation instances an edge stands for: 1, or ``count`` in a collapsed graph
    (:func:`actorgraph.graph.records.read_build`)."""
    count = data.get("count")
    return count if isinstance(count, int) and not isinstance(count, bool) else 1


def labels(graph: nx.MultiDiGraph) -> dict[str, str]:
    """A display name per actor id: its label, with the id added where two labels clash.

    Tables are indexed by these names, so they must be unique.
    """
    names = {node: str(data.get("label") or node) for node, data in graph.nodes(data=True)}
    counts = Counter(names.values())
    return {node: name if counts[name] == 1 else f"{name} ({node})"
            for node, name in names.items()}


def find_actor(graph: nx.MultiDiGraph, name: str) -> str:
    """The id of the actor called ``name``, trying in turn its id, label, aliases, a substring.

    Matching ignores case; the first step with exactly one match wins, so "Iran" is Iran
    even though "Iranian police" contains it. Nothing found, or only several candidates, is a
    ArgumentError listing them.
    """
    if name in graph:
        return name
    wanted = name.casefold()
    nodes = [(str(node), data) for node, data in graph.nodes(data=True)]
    steps = [
        lambda node, data: node.casefold() == wanted,
        lambda node, data: str(data.get("label") or "").casefold() == wanted,
        lambda node, data: any(str(a).casefold() == wanted for a in data.get("aliases") or ()),
        lambda node, data: any(wanted in n.casefold() for n in
                               (node, str(data.get("label") or ""), *(data.get("aliases") or ()))),
    ]
    candidates: list[str] = []
    for matches in steps:
        found = sorted(node for node, data in nodes if matches(node, data))
        if len(found) == 1:
            return found[0]
        candidates = candidates or found
    if not candidates:
        raise ArgumentError(f"no actor called {name!r} in the graph")
    raise ArgumentError(f"{name!r} names {len(candidates)} actors: {', '.join(candidates)}")


def relation_table(graph: nx.MultiDiGraph,
                   types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """One row per relation instance (piece of evidence), in article order.

    Endpoints come from the edge, not its attributes, because node-link files use ``source``
    and ``target`` for the endpoints themselves. Labels are the actors' names in the graph (not
    the words of the sentence), so one actor reads the same in every row. ``date`` is a pandas
    datetime (NaT when the article had none).
    """
    pd = _pandas()
    names = labels(graph)
    rows = [{**{c: data.get(c) for c in RELATION_COLUMNS}, "start": data.get("start") or 0,
             "source": u, "target": v,
             "source_label": names.get(u, data.get("source_label")),
             "target_label": names.get(v, data.get("target_label"))}
            for u, v, data in _edges(graph, types)]
    frame = pd.DataFrame(rows, columns=[*RELATION_COLUMNS, "start"])
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    frame["confidence"] = frame["confidence"].astype(float)
    frame = frame.sort_values(["doc", "start", "id"], kind="stable", ignore_index=True)
    return frame.drop(columns="start")


def matrix(graph: nx.MultiDiGraph, types: str | Iterable[str] | None = "ACCUSE",
           top: int | None = None) -> pd.DataFrame:
    """Who does it to whom: relation counts, sources as rows and targets as columns.

    Only actors on some edge of the chosen types appear; rows and columns are ordered by
    their totals (most active first), then by name, so a heatmap reads from the top left.
    ``top`` keeps that many rows and columns, so a big corpus still gives a legible figure.
    """
    pd = _pandas()
    names = labels(graph)
    counts: Counter[tuple[str, str]] = Counter()
    for u, v, data in _edges(graph, types):
        counts[(names[u], names[v])] += _count(data)
    frame = pd.Series(counts, dtype="int64").unstack(fill_value=0) if counts else pd.DataFrame()
    frame = frame.astype("int64")
    rows = sorted(frame.index, key=lambda a: (-frame.loc[a].sum(), a))
    cols = sorted(frame.columns, key=lambda a: (-frame[a].sum(), a))
    frame = frame.loc[rows[:top], cols[:top]]
    frame.index.name, frame.columns.name = "source", "target"
    return frame


def _top(graph: nx.MultiDiGraph, role: int, types: str | Iterable[str] | None,
         n: int | None) -> pd.DataFrame:
    pd = _pandas()
    names = labels(graph)
    relations: Counter[str] = Counter()
    partners: dict[str, set[str]] = {}
    for u, v, data in _edges(graph, types):
        actor, other = (u, v) if role == 0 else (v, u)
        relations[actor] += _count(data)
        partners.setdefault(actor, set()).add(other)
    rows = [{"actor": a, "label": names[a], "relations": c, "partners": len(partners[a])}
            for a, c in relations.items()]
    frame = pd.DataFrame(rows, columns=["actor", "label", "relations", "partners"])
    frame = frame.sort_values(["relations", "partners", "label"],
                              ascending=[False, False, True], ignore_index=True)
    return frame if n is None else frame.head(n)


def top_sources(graph: nx.MultiDiGraph, types: str | Iterable[str] | None = None,
                n: int | None = 10) -> pd.DataFrame:
    """The actors who do it most (e.g. top accusers): relations as source, distinct targets."""
    return _top(graph, 0, types, n)


def top_targets(graph: nx.MultiDiGraph, types: str | Iterable[str] | None = None,
                n: int | None = 10) -> pd.DataFrame:
    """The actors it is done to most (e.g. most accused): relations as target, distinct sources."""
    return _top(graph, 1, types, n)


def pagerank(graph: nx.MultiDiGraph, types: str | Iterable[str] | None = None,
             alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 1000) -> dict[str, float]:
    """PageRank over the relations of ``types``, each edge weighted by its number of instances.

    The same definition as ``networkx.pagerank`` (dangling actors spread their rank evenly),
    computed by power iteration here because networkx's own needs SciPy. Only actors on some
    edge of the chosen types are ranked; the ranks sum to 1.
    """
    weights: Counter[tuple[str, str]] = Counter()
    for u, v, data in _edges(graph, types):
        weights[(u, v)] += _count(data)
    nodes = sorted({a for pair in weights for a in pair})
    if not nodes:
        return {}
    out: Counter[str] = Counter()
    for (u, _), w in weights.items():
        out[u] += w
    n, rank = len(nodes), dict.fromkeys(nodes, 1.0 / len(nodes))
    for _ in range(max_iter):
        spread = alpha * sum(rank[a] for a in nodes if not out[a]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + spread)
        for (u, v), w in weights.items():
            new[v] += alpha * rank[u] * w / out[u]
        done = sum(abs(new[a] - rank[a]) for a in nodes) < n * tol
        rank = new
        if done:
            break
    return rank


def degree_table(graph: nx.MultiDiGraph,
                 types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Per relation type and actor: relations as source (out), as target (in), and PageRank.

    One row per (type, actor) for the actors involved in that type; PageRank is computed
    within each type, so a much-accused actor ranks high among ACCUSE rows only.
    """
    pd = _pandas()
    names = labels(graph)
    present = sorted({str(d.get("type")) for _, _, d in _edges(graph, types)})
    rows = []
    for kind in present:
        out_deg: Counter[str] = Counter()
        in_deg: Counter[str] = Counter()
        for u, v, data in _edges(graph, kind):
            out_deg[u] += _count(data)
            in_deg[v] += _count(data)
        rows += [{"type": kind, "actor": a, "label": names[a], "out_degree": out_deg[a],
                  "in_degree": in_deg[a], "pagerank": pr}
                 for a, pr in pagerank(graph, kind).items()]
    frame = pd.DataFrame(rows, columns=["type", "actor", "label", "out_degree", "in_degree",
                                        "pagerank"])
    return frame.sort_values(["type", "pagerank", "label"], ascending=[True, False, True],
                             ignore_index=True)


def reciprocal_pairs(graph: nx.MultiDiGraph,
                     types: str | Iterable[str] | None = "ACCUSE") -> pd.DataFrame:
    """Pairs of actors who do it to each other, with the count each way.

    ``a`` is the alphabetically first of the two; the busiest pairs come first.
    """
    pd = _pandas()
    names = labels(graph)
    counts: Counter[tuple[str, str]] = Counter()
    for u, v, data in _edges(graph, types):
        counts[(u, v)] += _count(data) if u != v else 0
    rows = []
    for (u, v), there in counts.items():
        back = counts.get((v, u), 0)
        if back and names[u] < names[v]:
            rows.append({"a": names[u], "b": names[v], "a_to_b": there, "b_to_a": back,
                         "a_id": u, "b_id": v})
    frame = pd.DataFrame(rows, columns=["a", "b", "a_to_b", "b_to_a", "a_id", "b_id"])
    total = frame["a_to_b"] + frame["b_to_a"]
    frame = frame.assign(_total=total).sort_values(["_total", "a", "b"],
                                                   ascending=[False, True, True])
    return frame.drop(columns="_total").reset_index(drop=True)


_DIRECTIONS = ("both", "out", "in")


def _distances(graph: nx.MultiDiGraph, actor: str, hops: int,
               types: str | Iterable[str] | None, direction: str) -> dict[str, int]:
    """Breadth-first hop counts from ``actor`` along the chosen edges (direction optional)."""
    if direction not in _DIRECTIONS:
        raise ArgumentError(f"direction must be one of {', '.join(_DIRECTIONS)}, got {direction!r}")
    if hops < 0:
        raise ArgumentError(f"hops must be 0 or more, got {hops}")
    start = find_actor(graph, actor)
    steps: dict[str, set[str]] = {}
    for u, v, _ in _edges(graph, types):
        if direction != "in":
            steps.setdefault(u, set()).add(v)
        if direction != "out":
            steps.setdefault(v, set()).add(u)
    seen, frontier = {start: 0}, [start]
    for hop in range(1, hops + 1):
        frontier = sorted({n for a in frontier for n in steps.get(a, ()) if n not in seen})
        seen.update(dict.fromkeys(frontier, hop))
    return seen


def neighbourhood(graph: nx.MultiDiGraph, actor: str, hops: int = 1,
                  types: str | Iterable[str] | None = None,
                  direction: str = "both") -> nx.MultiDiGraph:
    """The actors within ``hops`` of ``actor`` and the relations of ``types`` among them.

    ``direction`` "out" follows what the actor does, "in" what is done to it, "both" either.
    The result is a new graph, ready for the other functions here or for drawing.
    """
    keep, wanted = _distances(graph, actor, hops, types, direction), _types(types)
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, graph.nodes[n]) for n in sorted(keep))
    sub.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)
                       if u in keep and v in keep and _has_type(d, wanted))
    return sub


def neighbours(graph: nx.MultiDiGraph, actor: str, hops: int = 1,
               types: str | Iterable[str] | None = None, direction: str = "both") -> pd.DataFrame:
    """The actors within ``hops`` of ``actor`` (not itself) with their distance, nearest first."""
    pd = _pandas()
    names = labels(graph)
    found = _distances(graph, actor, hops, types, direction)
    start = find_actor(graph, actor)
    rows = [{"actor": a, "label": names[a], "hops": d} for a, d in found.items() if a != start]
    frame = pd.DataFrame(rows, columns=["actor", "label", "hops"])
    return frame.sort_values(["hops", "label"], ignore_index=True)


_FREQUENCIES = {"day": "D", "d": "D", "week": "W", "w": "W"}


def relations_over_time(graph: nx.MultiDiGraph, freq: str = "day",
                        types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """Relation counts per period (rows) and type (columns), from the articles' dates.

    ``freq`` is "day" or "week" (weeks start on Monday and are labelled by that day). Every
    period between the first and the last date has a row, zeros included, so a plot shows
    quiet days; relations from undated articles are left out.
    """
    pd = _pandas()
    step = _FREQUENCIES.get(freq.lower())
    if step is None:
        raise ArgumentError(f"freq must be 'day' or 'week', got {freq!r}")
    table = relation_table(graph, types).dropna(subset=["date"])
    if table.empty:
        return pd.DataFrame(index=pd.DatetimeIndex([], name="period"), dtype="int64")
    days = table["date"].dt.normalize()
    period = days if step == "D" else days.dt.to_period("W-SUN").dt.start_time
    counts = pd.crosstab(period.rename("period"), table["type"].rename("type"))
    full = pd.date_range(period.min(), period.max(), freq="D" if step == "D" else "W-MON",
                         name="period")
    return counts.reindex(full, fill_value=0).astype("int64")


def evidence(graph: nx.MultiDiGraph, source: str, target: str,
             types: str | Iterable[str] | None = None) -> pd.DataFrame:
    """The sentences behind the edge ``source`` -> ``target``, with article, date and type.

    Actors may be given by id, label or alias; an edge with no relations gives no rows.
    """
    table = relation_table(graph, types)
    u, v = find_actor(graph, source), find_actor(graph, target)
    rows = table[(table["source"] == u) & (table["target"] == v)]
    columns = ["type", "sentence", "doc", "date", "trigger", "confidence", "id", "title",
               "outlet", "url"]
    return rows[columns].reset_index(drop=True)


def sparql_store(source: nx.MultiDiGraph | str | Path) -> QueryStore:
    """A SPARQL store over a graph (mapped to RDF here), an RDF file or a build directory."""
    from actorgraph.graph import sparql

    if isinstance(source, nx.Graph):
        from actorgraph.graph.rdf import to_rdf

        return sparql.open_source_text(to_rdf(source).serialize(format="nt"), "nt")
    return sparql.open_source(source)


_NUMBERS = {"integer": int, "int": int, "long": int, "short": int, "nonNegativeInteger": int,
            "decimal": float, "double": float, "float": float}


def _value(term: Any) -> Any:
    """A SPARQL term as a plain value: IRIs as strings, typed literals as numbers and dates."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if not isinstance(term, ox.Literal):
        return term.value
    kind = term.datatype.value.rpartition("#")[2]
    try:
        if kind in _NUMBERS:
            return _NUMBERS[kind](term.value)
        if kind in ("date", "dateTime"):
            return _pandas().Timestamp(term.value)
    except ValueError:
        return term.value
    return term.value == "true" if kind == "boolean" else term.value


def sparql_frame(source: QueryStore | nx.MultiDiGraph | str | Path, query: str,
                 **bindings: str | ox.NamedNode | ox.Literal) -> pd.DataFrame:
    """The answer to a SELECT query as a DataFrame, one column per variable.

    ``source`` is a store from :func:`sparql_store` (reuse it for many queries), a graph, an
    RDF file or a build output directory. The ``ag:``, ``rdfs:``, ``schema:`` and other usual
    prefixes are predeclared. Keyword arguments bind variables before the query runs, e.g.
    ``target="Iran"`` (a string is a plain literal), the safe way to put values into a query;
    the engine (pyoxigraph) needs each bound variable in the SELECT clause.
    """
    import pyoxigraph as ox

    from actorgraph.graph.errors import QueryError
    from actorgraph.graph.sparql import QueryStore

    pd = _pandas()
    store = source if isinstance(source, QueryStore) else sparql_store(source)
    values = {k: ox.Literal(v) if isinstance(v, str) else v for k, v in bindings.items()}
    result = store.query(query, bindings=values)
    if result.kind != "select":
        raise QueryError("sparql_frame answers SELECT queries; this one is "
                         + ("an ASK" if result.kind == "ask" else "a CONSTRUCT or DESCRIBE"))
    rows = [[_value(term) for term in row] for row in result.rows]
    return pd.DataFrame(rows, columns=result.variables)
