"""The actor gazetteer: packaged data loads, user files add and rename actors, bad files fail."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from actorgraph.extract.gazetteer import Gazetteer, default_gazetteer, normalize
from actorgraph.graph.errors import InputError
from actorgraph.graph.model import ACTOR_KINDS, SECTORS


def _write(path: Path, *rows: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def test_packaged_gazetteer_is_well_formed() -> None:
    gazetteer = default_gazetteer()
    assert len(gazetteer.entries) > 100
    for entry in gazetteer.entries.values():
        assert entry.kind in ACTOR_KINDS, entry.id
        assert entry.sector is None or entry.sector in SECTORS, entry.id
        assert entry.country is None or (len(entry.country) == 3 and entry.country.isupper())
    states = [e for e in gazetteer.entries.values() if e.kind == "GOVERNMENT"]
    assert all(e.country for e in states)
    assert sum(1 for e in states if e.capital) > 150  # capitals make metonymy work everywhere


def test_states_carry_the_regions_news_names_them_by() -> None:
    entries = default_gazetteer().entries
    assert {"west african", "african"} <= set(entries["mali"].regions)
    assert "gulf" in entries["qatar"].regions and "gulf" not in entries["iran"].regions
    assert not entries["un"].regions  # an organisation has none


def test_a_malformed_regions_file_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "regions.json"
    bad.write_text(json.dumps({"gulf": "QAT"}), encoding="utf-8")
    with pytest.raises(InputError, match="must list country codes"):
        Gazetteer().load_file(bad)


def test_user_file_adds_an_actor(tmp_path: Path) -> None:
    user = _write(tmp_path / "mine.jsonl", {"id": "velmar-brigade", "label": "Velmar Brigade",
                                            "kind": "ORGANIZATION", "country": "RUS",
                                            "sector": "MIL", "aliases": ["Velmar"]})
    gazetteer = default_gazetteer((str(user),))
    assert [e.id for e in gazetteer.lookup("Velmar")] == ["velmar-brigade"]
    assert "velmar-brigade" not in default_gazetteer().entries


def test_user_file_renames_an_actor_and_keeps_the_old_name(tmp_path: Path) -> None:
    packaged = default_gazetteer()
    ident = next(e.id for e in packaged.entries.values() if e.kind == "GOVERNMENT")
    old = packaged.entries[ident]
    user = _write(tmp_path / "rename.jsonl", {"id": ident, "label": "Renamed State",
                                              "kind": "GOVERNMENT"})
    renamed = default_gazetteer((str(user),)).entries[ident]
    assert renamed.label == "Renamed State"
    assert old.label in renamed.aliases
    assert renamed.country == old.country  # fields the user did not give are kept


def test_user_file_renames_with_id_and_label_only(tmp_path: Path) -> None:
    packaged = default_gazetteer()
    old = next(e for e in packaged.entries.values() if e.kind == "PERSON")
    user = _write(tmp_path / "short.jsonl", {"id": old.id, "label": "Someone Else"})
    renamed = default_gazetteer((str(user),)).entries[old.id]
    assert (renamed.label, renamed.kind, renamed.roles) == ("Someone Else", old.kind, old.roles)
    assert old.label in renamed.aliases


def test_user_gazetteer_changes_resolution(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.extract.nlp import make_doc
    from actorgraph.extract.resolve import ActorResolver
    from actorgraph.extract.ruler import ActorRuler

    user = _write(tmp_path / "mine.jsonl", {"id": "zorvath-front", "label": "Zorvath Front",
                                            "kind": "ORGANIZATION", "country": "KEN"})
    gazetteer = default_gazetteer((str(user),))
    ruler, resolver = ActorRuler(nlp, gazetteer), ActorResolver(gazetteer)
    doc = make_doc(nlp, "The Zorvath Front accused Nairobi of torture.", "t")
    with nlp.select_pipes(disable=["actorgraph_actor_ruler", "actorgraph_actor_resolver",
                                   "actorgraph_relation_extractor"]):
        doc = nlp(doc)
    doc = resolver(ruler(doc))
    assert doc._.actors["zorvath-front"].country == "KEN"


@pytest.mark.parametrize(("line", "message"), [
    ("{not json", "malformed JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"label": "X", "kind": "PERSON"}', "needs a string 'id'"),
    ('{"id": "x", "label": "X", "kind": "ALIEN"}', "kind must be one of"),
])
def test_bad_user_file_names_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    bad = _write(tmp_path / "bad.jsonl", {"id": "ok", "label": "OK", "kind": "GROUP"}, line)
    with pytest.raises(InputError) as err:
        Gazetteer().load_file(bad)
    text = str(err.value)
    assert text.startswith(f"{bad}:2: ") and message in text
    assert "\n" not in text


def test_missing_user_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read gazetteer file"):
        Gazetteer().load_file(tmp_path / "absent.jsonl")


def test_normalize_folds_case_dots_and_article() -> None:
    assert normalize("The U.S.") == normalize("us") == "us"
    assert normalize("Iran’s") == "iran's"


def _build(tmp_path: Path, gazetteer: Path) -> subprocess.CompletedProcess[str]:
    article = tmp_path / "a.txt"
    article.write_text("The Zorvath Front accused Kenya of torture. Kenya denied it.\n",
                       encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "actorgraph", "build", str(article),
                           "--gazetteer", str(gazetteer), "--out", str(tmp_path / "out"), "-q"],
                          capture_output=True, text=True, timeout=300)


def test_cli_user_gazetteer_adds_and_renames(tmp_path: Path) -> None:
    kenya = next(e for e in default_gazetteer().entries.values() if e.country == "KEN"
                 and e.kind == "GOVERNMENT")
    user = _write(tmp_path / "mine.jsonl",
                  {"id": "zorvath-front", "label": "Zorvath Front", "kind": "ORGANIZATION",
                   "country": "KEN", "sector": "REBEL"},
                  {"id": kenya.id, "label": "Republic of Kenya", "kind": "GOVERNMENT"})
    result = _build(tmp_path, user)
    assert result.returncode == 0, result.stderr
    lines = (tmp_path / "out" / "actors.jsonl").read_text(encoding="utf-8").splitlines()
    actors = {a["id"]: a for a in map(json.loads, lines)}
    assert actors["zorvath-front"]["sector"] == "REBEL"
    assert actors[kenya.id]["label"] == "Republic of Kenya"


def test_cli_bad_user_gazetteer_is_one_line(tmp_path: Path) -> None:
    bad = _write(tmp_path / "bad.jsonl", {"id": "x", "label": "X", "kind": "PERSON"}, "{oops")
    result = _build(tmp_path, bad)
    assert result.returncode == 3
    assert result.stderr.strip().count("\n") == 0 and f"{bad}:2:" in result.stderr
