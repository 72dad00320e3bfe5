"""Analysis functions on small hand-built graphs; every expected value is worked out by hand.

The fixture graph (dates: 2026-01-05 is a Monday):

    r1 ACCUSE   Alpha -> Beta   d1 @0   2026-01-05
    r2 ACCUSE   Alpha -> Beta   d1 @50  2026-01-05
    r3 ACCUSE   Beta  -> Alpha  d2 @0   2026-01-07
    r7 THREATEN Gamma -> Alpha  d2 @30  2026-01-07
    r4 ACCUSE   Gamma -> Beta   d3 @0   2026-01-13
    r5 THREATEN Alpha -> Gamma  d3 @40  2026-01-13
    r6 SANCTION Delta -> Alpha  d4 @0   (no date)

plus "Alpha Corp", an actor with no relations.
"""

from __future__ import annotations

import pandas as pd
import pytest

from actorgraph.graph import analysis as A
from actorgraph.graph.build import from_records
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.io import read_graph, write_node_link
from actorgraph.graph.model import Actor, Evidence, Relation

ACTORS = {"a": "Alpha", "b": "Beta", "c": "Gamma", "d": "Delta", "ac": "Alpha Corp"}
EDGES = [
    ("r1", "ACCUSE", "a", "b", "d1", 0, "2026-01-05"),
    ("r2", "ACCUSE", "a", "b", "d1", 50, "2026-01-05"),
    ("r3", "ACCUSE", "b", "a", "d2", 0, "2026-01-07"),
    ("r7", "THREATEN", "c", "a", "d2", 30, "2026-01-07"),
    ("r4", "ACCUSE", "c", "b", "d3", 0, "2026-01-13"),
    ("r5", "THREATEN", "a", "c", "d3", 40, "2026-01-13"),
    ("r6", "SANCTION", "d", "a", "d4", 0, None),
]


def _relation(rid: str, kind: str, u: str, v: str, doc: str, start: int,
              date: str | None) -> Relation:
    sentence = f"{ACTORS[u]} did {kind.lower()} to {ACTORS[v]} ({rid})."
    ev = Evidence(doc, sentence, start, start + len(sentence), kind.lower(), date)
    return Relation(rid, kind, u, v, ACTORS[u], ACTORS[v], ev, confidence=0.75)


@pytest.fixture
def graph():
    actors = [Actor(i, label, "GOVERNMENT", aliases=("the Alphans",) if i == "a" else ())
              for i, label in ACTORS.items()]
    return from_records(actors, [_relation(*e) for e in EDGES])


def test_relation_table_rows_in_article_order(graph):
    table = A.relation_table(graph)
    assert table["id"].tolist() == ["r1", "r2", "r3", "r7", "r4", "r5", "r6"]
    assert list(table.columns) == list(A.RELATION_COLUMNS)
    first = table.iloc[0]
    assert (first.source, first.target, first.source_label, first.target_label) == \
        ("a", "b", "Alpha", "Beta")
    assert first.date == pd.Timestamp("2026-01-05")
    assert pd.isna(table.iloc[-1].date)
    assert A.relation_table(graph, "accuse")["id"].tolist() == ["r1", "r2", "r3", "r4"]


def test_relation_table_from_a_node_link_file(graph, tmp_path):
    # node-link files use "source"/"target" for the endpoints: they must survive the trip
    write_node_link(tmp_path / "graph.json", graph)
    table = A.relation_table(read_graph(tmp_path))
    assert list(zip(table["source"], table["target"], strict=True))[:3] == \
        [("a", "b"), ("a", "b"), ("b", "a")]


def test_matrix_counts_and_order(graph):
    m = A.matrix(graph, "ACCUSE")
    assert m.index.tolist() == ["Alpha", "Beta", "Gamma"]  # Alpha 2; Beta, Gamma 1 by name
    assert m.columns.tolist() == ["Beta", "Alpha"]         # Beta 3, Alpha 1
    assert m.to_numpy().tolist() == [[2, 0], [0, 1], [1, 0]]
    assert (m.index.name, m.columns.name) == ("source", "target")
    assert A.matrix(graph, "SANCTION").to_numpy().tolist() == [[1]]
    assert A.matrix(graph, "ASSAULT").empty
    assert A.matrix(graph, "ACCUSE", top=1).to_numpy().tolist() == [[2]]  # Alpha -> Beta


def test_top_sources_and_targets(graph):
    src = A.top_sources(graph)
    assert src["label"].tolist() == ["Alpha", "Gamma", "Beta", "Delta"]
    assert src["relations"].tolist() == [3, 2, 1, 1]
    assert src["partners"].tolist() == [2, 2, 1, 1]
    tgt = A.top_targets(graph, n=2)  # Alpha and Beta both 3: Alpha has 3 accusers, Beta 2
    assert tgt["label"].tolist() == ["Alpha", "Beta"]
    assert tgt["partners"].tolist() == [3, 2]
    assert A.top_targets(graph, "ACCUSE")["label"].tolist() == ["Beta", "Alpha"]


def _chain(*edges: tuple[str, str]):
    """A graph of ACCUSE edges between actors named by their ids."""
    names = sorted({n for e in edges for n in e})
    actors = [Actor(n, n.upper(), "PERSON") for n in names]
    rels = [Relation(f"r{i}", "ACCUSE", u, v, u, v, Evidence("d", "s", 0, 1, "t"))
            for i, (u, v) in enumerate(edges)]
    return from_records(actors, rels)


def test_pagerank_by_hand():
    # a pair accusing each other: symmetric, half each
    assert A.pagerank(_chain(("x", "y"), ("y", "x"))) == pytest.approx({"x": 0.5, "y": 0.5})
    # x -> z, y -> z, z dangling: x = 0.05 + 0.85 z / 3 and z = 1 - 2x give x = 1/(3 * 1.5667)
    star = A.pagerank(_chain(("x", "z"), ("y", "z")))
    assert star == pytest.approx({"x": 0.212766, "y": 0.212766, "z": 0.574468}, abs=1e-6)
    # u -> v twice, u -> w once: p_u = 1/3.85, p_w = 1/3, p_v = p_u * (1 + 0.85 * 2/3)
    weighted = A.pagerank(_chain(("u", "v"), ("u", "v"), ("u", "w")))
    assert weighted == pytest.approx({"u": 1 / 3.85, "v": 1.566667 / 3.85, "w": 1 / 3},
                                     abs=1e-6)
    assert A.pagerank(_chain()) == {}


def test_degree_table_per_type(graph):
    table = A.degree_table(graph).set_index(["type", "actor"])
    assert table.loc[("ACCUSE", "a"), ["out_degree", "in_degree"]].tolist() == [2, 1]
    assert table.loc[("ACCUSE", "b"), ["out_degree", "in_degree"]].tolist() == [1, 3]
    assert table.loc[("ACCUSE", "c"), ["out_degree", "in_degree"]].tolist() == [1, 0]
    assert ("ACCUSE", "d") not in table.index
    assert table.loc[("THREATEN", "a"), "pagerank"] == pytest.approx(0.5)
    # d -> a, a dangling: p_a = 0.075 + 0.425 p_a + 0.85 (1 - p_a), so p_a = 0.925 / 1.425
    assert table.loc[("SANCTION", "a"), "pagerank"] == pytest.approx(0.925 / 1.425)
    assert table.loc[("SANCTION", "d"), "pagerank"] == pytest.approx(0.5 / 1.425)
    assert sorted(A.degree_table(graph, ["threaten"])["actor"]) == ["a", "c"]


def test_reciprocal_pairs(graph):
    pairs = A.reciprocal_pairs(graph)
    assert pairs[["a", "b", "a_to_b", "b_to_a"]].to_numpy().tolist() == [["Alpha", "Beta", 2, 1]]
    every = A.reciprocal_pairs(graph, None)
    assert every[["a", "b", "a_to_b", "b_to_a"]].to_numpy().tolist() == \
        [["Alpha", "Beta", 2, 1], ["Alpha", "Gamma", 1, 1]]
    assert A.reciprocal_pairs(graph, "SANCTION").empty


def test_neighbours_hops_types_and_direction(graph):
    assert A.neighbours(graph, "Alpha")["label"].tolist() == ["Beta", "Delta", "Gamma"]
    assert A.neighbours(graph, "Alpha", direction="out")["label"].tolist() == ["Beta", "Gamma"]
    two = A.neighbours(graph, "Delta", hops=2)
    assert list(zip(two["label"], two["hops"], strict=True)) == \
        [("Alpha", 1), ("Beta", 2), ("Gamma", 2)]
    assert A.neighbours(graph, "Delta", hops=2, types="SANCTION")["label"].tolist() == ["Alpha"]
    assert A.neighbours(graph, "Delta", types="ACCUSE").empty
    assert A.neighbours(graph, "Delta", hops=0).empty


def test_neighbourhood_subgraph(graph):
    sub = A.neighbourhood(graph, "Gamma", types="THREATEN")
    assert sorted(sub.nodes) == ["a", "c"]
    assert sorted(k for _, _, k in sub.edges(keys=True)) == ["r5", "r7"]
    assert sub.nodes["a"]["label"] == "Alpha"
    whole = A.neighbourhood(graph, "Beta", hops=1)  # Beta's neighbours are Alpha and Gamma
    assert sorted(k for _, _, k in whole.edges(keys=True)) == ["r1", "r2", "r3", "r4", "r5",
                                                                "r7"]


def test_relations_over_time(graph):
    days = A.relations_over_time(graph)
    assert days.index[0] == pd.Timestamp("2026-01-05")
    assert len(days) == 9  # 5th to 13th January, quiet days included
    assert list(days.columns) == ["ACCUSE", "THREATEN"]  # the undated sanction is left out
    assert days.loc["2026-01-05", "ACCUSE"] == 2
    assert days.loc["2026-01-07"].tolist() == [1, 1]
    assert days.loc["2026-01-10"].tolist() == [0, 0]
    weeks = A.relations_over_time(graph, "week")
    assert weeks.index.tolist() == [pd.Timestamp("2026-01-05"), pd.Timestamp("2026-01-12")]
    assert weeks.to_numpy().tolist() == [[3, 1], [1, 1]]
    assert A.relations_over_time(graph, types="SANCTION").empty
    with pytest.raises(ArgumentError, match="freq"):
        A.relations_over_time(graph, "fortnight")


def test_evidence_for_an_edge(graph):
    rows = A.evidence(graph, "the Alphans", "beta")
    assert rows["sentence"].tolist() == ["Alpha did accuse to Beta (r1).",
                                         "Alpha did accuse to Beta (r2)."]
    assert rows["doc"].tolist() == ["d1", "d1"]
    back = A.evidence(graph, "c", "a")
    assert back[["type", "doc"]].to_numpy().tolist() == [["THREATEN", "d2"]]
    assert back["date"].tolist() == [pd.Timestamp("2026-01-07")]
    assert A.evidence(graph, "a", "b", "THREATEN").empty


def test_find_actor(graph):
    assert A.find_actor(graph, "a") == "a"
    assert A.find_actor(graph, "alpha") == "a"         # the label beats "Alpha Corp"
    assert A.find_actor(graph, "THE ALPHANS") == "a"   # alias
    assert A.find_actor(graph, "amm") == "c"           # unique substring of "Gamma"
    with pytest.raises(ArgumentError, match="names 2 actors: a, ac"):
        A.find_actor(graph, "lph")
    with pytest.raises(ArgumentError, match="no actor"):
        A.find_actor(graph, "Omega")


def test_labels_are_unique():
    g = from_records([Actor("x", "Same", "PERSON"), Actor("y", "Same", "PERSON"),
                      Actor("z", "Other", "PERSON")], [])
    assert A.labels(g) == {"x": "Same (x)", "y": "Same (y)", "z": "Other"}


def test_bad_arguments(graph):
    with pytest.raises(ArgumentError, match="direction"):
        A.neighbours(graph, "a", direction="sideways")
    with pytest.raises(ArgumentError, match="hops"):
        A.neighbourhood(graph, "a", hops=-1)


def test_plot_matrix_labels_and_cells(graph, tmp_path):
    from actorgraph.viz import plots

    fig = plots.plot_matrix(A.matrix(graph), title="ACCUSE", xlabel="accused", ylabel="accuser")
    ax = fig.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel(), ax.get_title()) == ("accused", "accuser", "ACCUSE")
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Beta", "Alpha"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Alpha", "Beta", "Gamma"]
    assert sorted(t.get_text() for t in ax.texts) == ["1", "1", "2"]  # the non-zero cells
    assert plots.save_figure(fig, "m", tmp_path) == tmp_path / "m.png"
    assert (tmp_path / "m.png").read_bytes()[:4] == b"\x89PNG"


def test_plot_top_and_timeline(graph, tmp_path, monkeypatch):
    from actorgraph.viz import plots
    from actorgraph.viz.palette import TYPE_COLOURS

    bars = plots.plot_top(A.top_sources(graph)).axes[0]
    assert [t.get_text() for t in bars.get_yticklabels()] == ["Delta", "Beta", "Gamma", "Alpha"]
    assert [p.get_width() for p in bars.patches] == [1, 1, 2, 3]
    timeline = plots.plot_timeline(A.relations_over_time(graph, "week")).axes[0]
    assert [t.get_text() for t in timeline.get_xticklabels()] == ["2026-01-05", "2026-01-12"]
    assert [p.get_height() for p in timeline.patches] == [3, 1, 1, 1]
    from matplotlib.colors import to_rgba

    assert timeline.patches[0].get_facecolor() == to_rgba(TYPE_COLOURS["ACCUSE"])
    assert timeline.get_ylim()[1] > 4  # headroom above the tallest stack (3 + 1)
    assert timeline.get_ylabel() == "relations"
    monkeypatch.delenv(plots.FIGURES_ENV, raising=False)
    assert plots.save_figure(bars.figure, "bars") is None
    monkeypatch.setenv(plots.FIGURES_ENV, str(tmp_path / "figs"))
    assert plots.save_figure(bars.figure, "bars") == tmp_path / "figs" / "bars.png"


def test_short_labels():
    from actorgraph.viz.plots import short

    assert short("Iran") == "Iran"
    assert short("National Council of Resistance of Iran", 12) == "National Co…"


def test_sparql_frame_over_a_graph(graph):
    accuses = A.sparql_frame(graph, """
        SELECT ?s ?o WHERE { ?a ag:accuses ?b . ?a rdfs:label ?s . ?b rdfs:label ?o }
        ORDER BY ?s ?o""")
    # direct triples are a set: Alpha's two accusations of Beta are one row
    assert accuses.to_numpy().tolist() == [["Alpha", "Beta"], ["Beta", "Alpha"],
                                           ["Gamma", "Beta"]]
    store = A.sparql_store(graph)
    typed = A.sparql_frame(store, """
        SELECT ?start ?confidence ?date ?negated WHERE {
          ?r ag:relationType "ACCUSE" ; ag:start ?start ; ag:confidence ?confidence ;
             ag:date ?date ; ag:evidence "Beta did accuse to Alpha (r3)." .
          BIND(EXISTS { ?r ag:negated true } AS ?negated) }""")
    assert typed.iloc[0].tolist() == [0, 0.75, pd.Timestamp("2026-01-07"), False]
    assert (typed["start"].dtype.kind, typed["confidence"].dtype.kind) == ("i", "f")


def test_sparql_frame_bindings_and_errors(graph):
    query = """SELECT ?source ?target WHERE { ?r ag:relationType "THREATEN" ;
                 ag:source ?s ; ag:target ?t . ?s rdfs:label ?source . ?t rdfs:label ?target }"""
    assert A.sparql_frame(graph, query, target="Alpha")["source"].tolist() == ["Gamma"]
    assert A.sparql_frame(graph, query, target="Delta").empty
    empty = A.sparql_frame(graph, query, target="Nobody")
    assert list(empty.columns) == ["source", "target"]
    from actorgraph.graph.errors import QueryError

    with pytest.raises(QueryError, match="SELECT"):
        A.sparql_frame(graph, "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError):
        A.sparql_frame(graph, "SELECT WHERE {")


def test_sparql_frame_over_a_file(graph, tmp_path):
    from actorgraph.graph.rdf import to_rdf

    (tmp_path / "g.ttl").write_text(to_rdf(graph).serialize(format="turtle"), encoding="utf-8")
    frame = A.sparql_frame(tmp_path / "g.ttl",
                           "SELECT (COUNT(?r) AS ?n) WHERE { ?r ag:relationType ?t }")
    assert frame["n"].tolist() == [7]


def test_denied_relations_are_not_counted():
    actors = [Actor("x", "X", "PERSON"), Actor("y", "Y", "PERSON")]
    said = Relation("r1", "ACCUSE", "x", "y", "X", "Y", Evidence("d", "X accused Y.", 0, 12, "a"))
    denied = Relation("r2", "ACCUSE", "y", "x", "Y", "X",
                      Evidence("d", "Y did not accuse X.", 13, 32, "a"), mode="negated")
    graph = from_records(actors, [said, denied], include_negated=True)
    assert graph.number_of_edges() == 2
    assert A.relation_table(graph)["id"].tolist() == ["r1"]
    assert A.reciprocal_pairs(graph).empty
    assert A.top_sources(graph)["label"].tolist() == ["X"]
    assert sorted(k for _, _, k in A.neighbourhood(graph, "X").edges(keys=True)) == ["r1"]
