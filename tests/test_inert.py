"""Hostile text in articles and actor names comes out inert: JSONL and GraphML read back as is."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actorgraph.graph.build import from_records
from actorgraph.graph.io import (
    read_actors,
    read_relations,
    write_graphml,
    write_jsonl,
    xml_safe,
)
from actorgraph.graph.model import Actor, Evidence, Relation

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "\"; DROP TABLE actors; --",
    "} . <http://evil/> <http://evil/p> \"x\" . #",
    "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <a> <b> <c> }",
    "]]> <!-- --> &amp; &lt;",
    "line\nbreak\u2028and\u2029separators\x0bvt",
    "\u202eevil\u202c 🇺🇦 مرحبا",
    "n" * 5000,
]


def _records(name: str, sentence: str) -> tuple[list[Actor], list[Relation]]:
    actors = [Actor("a", name, "PERSON", aliases=(name,)), Actor("b", "B", "GOVERNMENT")]
    evidence = Evidence("doc<1>", sentence, 0, len(sentence), name[:20] or "t", None)
    return actors, [Relation("r-1", "ACCUSE", "a", "b", name, "B", evidence)]


@settings(max_examples=50, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(HOSTILE) | st.text(min_size=1, max_size=60),
       sentence=st.sampled_from(HOSTILE) | st.text(max_size=200))
def test_jsonl_and_graphml_round_trip(tmp_path: Path, name: str, sentence: str) -> None:
    actors, relations = _records(name, sentence)
    write_jsonl(tmp_path / "actors.jsonl", (a.to_json() for a in actors))
    write_jsonl(tmp_path / "relations.jsonl", (r.to_json() for r in relations))
    assert read_actors(tmp_path / "actors.jsonl") == actors
    assert read_relations(tmp_path / "relations.jsonl") == relations
    write_graphml(tmp_path / "g.graphml", from_records(actors, relations))
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert _xml_text(back.nodes["a"]["label"]) == _xml_text(name)
    [(_, _, data)] = back.edges(data=True)
    assert _xml_text(data.get("sentence", "")) == _xml_text(sentence)


def _xml_text(text: str) -> str:
    """What XML keeps of a string: safe characters, line ends normalised."""
    return xml_safe(text).replace("\r\n", "\n").replace("\r", "\n")


def test_every_jsonl_line_is_one_record(tmp_path: Path) -> None:
    _, relations = _records(HOSTILE[6], "\n".join(HOSTILE))
    write_jsonl(tmp_path / "r.jsonl", (r.to_json() for r in relations))
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8").split("\n")
    assert len([x for x in lines if x]) == 1
    assert json.loads(lines[0])["sentence"] == "\n".join(HOSTILE)


def test_debug_shows_the_traceback_and_default_does_not(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    base = [sys.executable, "-m", "actorgraph"]
    plain = subprocess.run([*base, "build", missing, "--out", str(tmp_path / "o")],
                           capture_output=True, text=True)
    debug = subprocess.run([*base, "--debug", "build", missing, "--out", str(tmp_path / "o")],
                           capture_output=True, text=True)
    assert plain.returncode == 3 and "Traceback" not in plain.stderr
    assert debug.returncode != 0 and "Traceback" in debug.stderr


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(HOSTILE) | st.text(min_size=1, max_size=60),
       sentence=st.sampled_from(HOSTILE) | st.text(max_size=200))
def test_html_page_keeps_hostile_text_as_data(name: str, sentence: str) -> None:
    from actorgraph.viz.html import render_html

    actors, relations = _records(name, sentence)
    page = render_html(from_records(actors, relations), title=name)
    plain = render_html(from_records(*_records("Name", "A sentence.")), title="Title")
    for tag in ("<script", "</script", "<img", "<!--"):
        assert page.lower().count(tag) == plain.lower().count(tag), tag
    _, _, rest = page.partition('<script id="ag-data" type="application/json">')
    data = rest.partition("</script>")[0]
    assert not {"<", ">", "&"} & set(data)
    decoded = json.loads(data)
    assert decoded["title"] == name
    texts = json.dumps(decoded, ensure_ascii=False)
    assert json.dumps(sentence, ensure_ascii=False)[1:-1] in texts
