"""Scoring of ``actorgraph evaluate`` on small hand-made records, both modes, and its CLI errors."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from actorgraph.cli import main
from actorgraph.evaluate import (
    Report,
    Score,
    actor_matches,
    cameo_to_iso,
    detect_mode,
    evaluate,
    evaluate_news,
    evaluate_relations,
    evaluate_sentences,
    load_gold,
    select_types,
)
from actorgraph.graph.errors import ArgumentError, InputError


def rel(doc: str, type_: str, source: str, target: str, negated: bool = False,
        sentence: str = "s") -> dict[str, Any]:
    return {"doc": doc, "type": type_, "source": source, "target": target,
            "negated": negated, "sentence": sentence}


def plover(id_: str, type_: str, source: list[str], target: list[str]) -> dict[str, Any]:
    return {"id": id_, "text": f"text of {id_}", "event_type": type_,
            "source": [{"actorText": c, "code": c} for c in source],
            "target": [{"actorText": c, "code": c} for c in target]}


# --- relations mode ---------------------------------------------------------------------------

def test_relations_counts_precision_recall_f1() -> None:
    gold = [rel("a", "ACCUSE", "x", "y"), rel("a", "ACCUSE", "x", "z"),
            rel("a", "THREATEN", "y", "x"), rel("b", "SANCTION", "x", "y")]
    pred = [rel("a", "ACCUSE", "x", "y"), rel("a", "ACCUSE", "y", "x"),  # reversed: wrong
            rel("a", "THREATEN", "y", "x"), rel("a", "SANCTION", "x", "y")]  # wrong article
    report = evaluate_relations(gold, pred)
    accuse = report.types["ACCUSE"]
    assert (accuse.gold, accuse.predicted, accuse.correct) == (2, 2, 1)
    assert accuse.precision == accuse.recall == accuse.f1 == 0.5
    assert report.types["THREATEN"].f1 == 1.0
    assert report.types["SANCTION"].precision == report.types["SANCTION"].recall == 0.0
    assert (report.core.gold, report.core.predicted, report.core.correct) == (4, 4, 2)
    assert report.core.f1 == 0.5


def test_relations_key_is_a_set_per_article() -> None:
    """The same event said in two sentences is one gold key; two predictions of it are one."""
    gold = [rel("a", "ACCUSE", "x", "y", sentence="one"), rel("a", "ACCUSE", "x", "y",
                                                             sentence="two")]
    pred = [rel("a", "ACCUSE", "x", "y", sentence="two")] * 3
    score = evaluate_relations(gold, pred).types["ACCUSE"]
    assert (score.gold, score.predicted, score.correct) == (1, 1, 1)


def test_negated_relations_are_left_out_unless_asked() -> None:
    gold = [rel("a", "ACCUSE", "x", "y"), rel("a", "THREATEN", "x", "y", negated=True)]
    pred = [rel("a", "ACCUSE", "x", "y", negated=True), rel("a", "THREATEN", "x", "y",
                                                            negated=True)]
    plain = evaluate_relations(gold, pred)
    assert plain.types["ACCUSE"].predicted == 0 and plain.types["ACCUSE"].gold == 1
    assert plain.types["THREATEN"].gold == plain.types["THREATEN"].predicted == 0
    asked = evaluate_relations(gold, pred, negated=True)
    assert asked.types["ACCUSE"].correct == 0  # the flag is part of the key
    assert asked.types["THREATEN"].correct == 1


def test_scored_modes_must_match_and_older_records_read_their_flag() -> None:
    """With modes scored, a hypothetical prediction does not match a negated gold relation;
    a record with only the older ``negated`` flag is a negated one."""
    gold = [rel("a", "SANCTION", "x", "y", negated=True), rel("a", "THREATEN", "x", "y")]
    pred = [{**rel("a", "SANCTION", "x", "y"), "mode": "hypothetical"},
            {**rel("a", "THREATEN", "x", "y"), "mode": "asserted"}]
    asked = evaluate_relations(gold, pred, negated=True)
    assert asked.types["SANCTION"].correct == 0 and asked.types["THREATEN"].correct == 1
    pred[0]["mode"] = "negated"
    assert evaluate_relations(gold, pred, negated=True).types["SANCTION"].correct == 1
    assert evaluate_relations(gold, pred).types["SANCTION"].predicted == 0


def test_precision_is_reported_per_pattern_family() -> None:
    gold = [rel("a", "ACCUSE", "x", "y"), rel("a", "THREATEN", "x", "y")]
    pred = [{**rel("a", "ACCUSE", "x", "y"), "family": "verb_obj"},
            {**rel("a", "ACCUSE", "y", "x"), "family": "verb_obj"},
            {**rel("a", "THREATEN", "x", "y"), "family": "modal_act"},
            {**rel("a", "THREATEN", "x", "y"), "family": "phrase"},  # the same key, twice
            rel("a", "SANCTION", "x", "y")]  # written before family existed
    families = evaluate_relations(gold, pred, ["ACCUSE", "THREATEN", "SANCTION"]).families
    counts = {f: (s.predicted, s.correct) for f, s in families.items()}
    assert counts == {"verb_obj": (2, 1), "modal_act": (1, 1), "phrase": (1, 1), "-": (1, 0)}
    assert evaluate_relations(gold, pred).to_json()["families"]["verb_obj"]["precision"] == 0.5


def test_errors_list_false_positives_and_misses_with_sentences() -> None:
    gold = [rel("a", "ACCUSE", "x", "y", sentence="X blamed Y.")]
    pred = [rel("a", "ACCUSE", "y", "x", sentence="Y was blamed by X.")]
    report = evaluate_relations(gold, pred)
    assert report.false_positives == [{"doc": "a", "type": "ACCUSE", "source": "y",
                                       "target": "x", "sentences": ["Y was blamed by X."]}]
    assert report.misses[0]["sentences"] == ["X blamed Y."]


def test_other_types_are_scored_but_stay_out_of_the_core() -> None:
    gold = [rel("a", "SUPPORT", "x", "y"), rel("a", "ACCUSE", "x", "y")]
    pred = [rel("a", "SUPPORT", "x", "y")]
    report = evaluate_relations(gold, pred, types=["SUPPORT"])
    assert list(report.types) == ["SUPPORT"] and report.types["SUPPORT"].f1 == 1.0
    assert (report.core.gold, report.core.predicted) == (1, 0)
    assert not report.notes
    gold[0]["core"] = False  # annotated only where certain: the report says so
    assert "SUPPORT" in evaluate_relations(gold, pred, types=["SUPPORT"]).notes[0]


def test_select_types() -> None:
    assert select_types(None) == select_types("core") == ["ACCUSE", "THREATEN", "SANCTION"]
    assert select_types("accuse, assault") == ["ACCUSE", "ASSAULT"]
    assert select_types("all", ["PROTEST", "AGREE"]) == ["ACCUSE", "THREATEN", "SANCTION",
                                                         "AGREE", "PROTEST"]
    with pytest.raises(ArgumentError, match="BLAME"):
        select_types("ACCUSE,BLAME")
    with pytest.raises(ArgumentError):
        select_types(",")


# --- sentences mode ---------------------------------------------------------------------------

def test_country_codes() -> None:
    codes = ("IRN", "JAP", "GMY", "UKG", "XKX", "IGO", "NGO", "ISM", "EUR", "QQQ", "", None)
    assert [cameo_to_iso(c) for c in codes] == ["IRN", "JPN", "DEU", "GBR", "XKX", *[None] * 7]


def test_actor_matches_rules() -> None:
    japan, un, nobody = {"country": "JPN"}, {"country": None, "sector": "IGO"}, None
    assert actor_matches([], japan) and actor_matches([], nobody)  # no gold actor: anything
    roles = [{"code": "JAP"}, {"code": "KOR"}]
    assert actor_matches(roles, japan) and not actor_matches(roles, un)
    assert actor_matches([{"code": "IGO"}], un) and not actor_matches([{"code": "IGO"}], japan)
    assert not actor_matches([{"code": "USA"}], nobody)
    assert actor_matches([{"actorText": "someone"}], japan)  # no code: unknown, anything


def test_sentences_type_recall_full_recall_precision() -> None:
    gold = [plover("s1", "ACCUSE", ["USA"], ["IRN"]),
            plover("s2", "ACCUSE", ["FRA"], []),
            plover("s3", "THREATEN", ["RUS"], ["UKR"]),
            plover("s4", "AGREE", ["IGO"], ["JAP"])]
    actors: dict[str, dict[str, Any]] = {
        "us": {"country": "USA"}, "iran": {"country": "IRN"}, "fr": {"country": "FRA"},
        "de": {"country": "DEU"}, "un": {"country": None}, "jp": {"country": "JPN"},
        "ru": {"country": "RUS"}, "ua": {"country": "UKR"}}
    pred = [rel("s1", "ACCUSE", "iran", "us"),  # type right, roles swapped
            rel("s2", "ACCUSE", "fr", "de"),  # type and source right; empty gold target
            rel("s3", "ACCUSE", "ru", "ua"),  # wrong type
            rel("s3", "THREATEN", "ru", "ua", negated=True),  # negated: not counted
            rel("s4", "AGREE", "un", "jp"),
            rel("elsewhere", "ACCUSE", "us", "iran")]  # not a gold article: not scored
    report = evaluate_sentences(gold, pred, actors, types=["ACCUSE", "THREATEN", "AGREE"])
    accuse = report.types["ACCUSE"]
    assert (accuse.gold, accuse.found, accuse.full) == (2, 2, 1)
    assert (accuse.predicted, accuse.correct) == (3, 2)
    assert accuse.recall == 1.0 and accuse.full_recall == 0.5
    assert report.types["THREATEN"].found == 0
    assert report.types["AGREE"].full == 1 and report.types["AGREE"].precision == 1.0
    assert (report.core.gold, report.core.found, report.core.full) == (3, 2, 1)
    assert (report.core.predicted, report.core.correct) == (3, 2)
    assert [e["doc"] for e in report.false_positives] == ["s3"]
    assert [e["doc"] for e in report.misses] == ["s1", "s3"]
    with_negated = evaluate_sentences(gold, pred, actors, negated=True)
    assert with_negated.types["THREATEN"].found == 0  # the flag is part of the answer


def test_a_negated_gold_sentence_is_no_event_unless_negation_is_scored() -> None:
    gold = [{**plover("s1", "SANCTION", ["USA"], ["CUB"]), "negated": True},
            {**plover("s2", "SANCTION", ["USA"], ["CUB"]), "negated": True}]
    actors: dict[str, dict[str, Any]] = {"us": {"country": "USA"}, "cu": {"country": "CUB"}}
    pred = [rel("s1", "SANCTION", "us", "cu"),  # asserted: a false positive
            rel("s2", "SANCTION", "us", "cu", negated=True)]  # right when negation is scored
    plain = evaluate_sentences(gold, pred, actors)
    assert (plain.core.gold, plain.core.predicted, plain.core.correct) == (0, 1, 0)
    assert [e["doc"] for e in plain.false_positives] == ["s1"]
    scored = evaluate_sentences(gold, pred, actors, negated=True)
    sanction = scored.types["SANCTION"]
    assert (sanction.gold, sanction.full, sanction.predicted, sanction.correct) == (2, 1, 2, 1)


def test_repeated_sentence_ids_are_scored_once() -> None:
    gold = [plover("s1", "COERCE", ["ISR"], []), plover("s1", "COERCE", ["AFG"], [])]
    pred = [rel("s1", "COERCE", "il", "x")]
    actors: dict[str, dict[str, Any]] = {"il": {"country": "ISR"}}
    report = evaluate_sentences(gold, pred, actors, types=["COERCE"])
    assert report.types["COERCE"].gold == 1 and report.types["COERCE"].full == 1
    assert "s1" in report.notes[0]


def test_detect_mode() -> None:
    assert detect_mode(rel("a", "ACCUSE", "x", "y")) == "relations"
    assert detect_mode(plover("s", "ACCUSE", [], [])) == "sentences"
    assert detect_mode({"doc": "a", "type": "ACCUSE"}) is None


# --- files and the command line ---------------------------------------------------------------

def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """A build output with two relations and their actors."""
    out = tmp_path / "out"
    write_jsonl(out / "relations.jsonl", [rel("s1", "ACCUSE", "us", "iran"),
                                          rel("s2", "THREATEN", "iran", "us")])
    write_jsonl(out / "actors.jsonl", [{"id": "us", "country": "USA"},
                                       {"id": "iran", "country": "IRN"}])
    return out


def run_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            *args: str) -> tuple[int, str, str]:
    """The CLI entry point in this process: exit code, stdout, stderr."""
    monkeypatch.setattr(sys, "argv", ["actorgraph", *args])
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_evaluate_files_in_both_modes(tmp_path: Path, build: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [rel("s1", "ACCUSE", "us", "iran")])
    assert evaluate(gold, build).core.f1 == pytest.approx(2 / 3)
    assert evaluate(gold, build / "relations.jsonl").core.precision == 0.5
    dev = write_jsonl(tmp_path / "dev.jsonl", [plover("s1", "ACCUSE", ["USA"], ["IRN"]),
                                               plover("s2", "THREATEN", ["IRN"], ["GMY"])])
    report = evaluate(dev, build, "all")
    assert report.mode == "sentences"
    assert (report.core.found, report.core.full, report.core.correct) == (2, 1, 2)
    assert report.overall.gold == 2


def test_cli_prints_a_table_and_json(monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                     build: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [rel("s1", "ACCUSE", "us", "iran"),
                                                 rel("s3", "SANCTION", "us", "iran",
                                                     sentence="The US sanctioned Iran.")])
    code, out, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build),
                           "--show-errors")
    assert code == 0
    assert "core (micro)" in out and "ACCUSE" in out and "The US sanctioned Iran." in out
    code, out, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build),
                           "--json", "--types", "ACCUSE")
    data = json.loads(out)
    assert code == 0 and list(data["types"]) == ["ACCUSE"]
    assert data["types"]["ACCUSE"]["f1"] == 1.0
    assert data["core"]["gold"] == 2 and data["core"]["correct"] == 1
    assert data["all"]["gold"] == 1  # the types asked: ACCUSE only
    code, out, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build),
                           "--types", "accuse,agree")
    assert code == 0 and "2 types (micro)" in out


def test_cli_prints_precision_per_family(monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str],
                                         tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_jsonl(out / "relations.jsonl", [
        {**rel("s1", "ACCUSE", "us", "iran"), "family": "verb_obj"},
        {**rel("s2", "ACCUSE", "iran", "us"), "family": "verb_obj"},
        {**rel("s3", "SANCTION", "us", "iran"), "family": "measures"}])
    write_jsonl(out / "actors.jsonl", [{"id": "us", "country": "USA"},
                                       {"id": "iran", "country": "IRN"}])
    gold = write_jsonl(tmp_path / "gold.jsonl", [rel("s1", "ACCUSE", "us", "iran"),
                                                 rel("s3", "SANCTION", "us", "iran")])
    code, text, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(out),
                            "--by-family")
    head, *table = _lines(text.split("\n\n")[-1])
    rows = {line.split()[0]: line.split()[1:] for line in table}
    assert code == 0 and head.split() == ["family", "pred", "right", "precision", "confidence"]
    # family: predicted, right, precision, confidence (right + 1) / (predicted + 2)
    assert rows == {"verb_obj": ["2", "1", "0.500", "0.50"],
                    "measures": ["1", "1", "1.000", "0.67"]}


def test_bootstrap_interval_over_documents() -> None:
    report = Report("news", {}, Score())
    assert report.interval() == {}
    for i in range(40):  # every document alike: nothing can move
        report.count_document(f"d{i}", gold=2, found=1, predicted=2, correct=2)
    assert report.interval()["recall"] == (0.5, 0.5)
    mixed = Report("news", {}, Score())
    for i in range(40):
        mixed.count_document(f"d{i}", gold=2, found=i % 3 == 0, predicted=1, correct=i % 2)
    low, high = mixed.interval()["precision"]
    assert low < 0.5 < high and mixed.interval() == mixed.interval()  # a fixed seed
    wider = mixed.interval(level=0.99)["precision"]
    assert wider[0] <= low and wider[1] >= high
    reversed_ = Report("news", {}, Score())  # the documents counted in another order
    for i in reversed(range(40)):
        reversed_.count_document(f"d{i}", gold=2, found=i % 3 == 0, predicted=1, correct=i % 2)
    assert reversed_.interval() == mixed.interval()


def test_cli_notes_the_interval_of_the_core_figures(monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str],
                                                     tmp_path: Path, build: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [rel("s1", "ACCUSE", "us", "iran"),
                                                 rel("s3", "SANCTION", "us", "iran")])
    code, out, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build))
    assert code == 0 and "95% interval of the core figures over 3 documents" in out
    code, out, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build),
                           "--json")
    bounds = json.loads(out)["core_interval"]
    assert set(bounds) == {"precision", "recall", "f1"}
    assert all(0 <= low <= high <= 1 for low, high in bounds.values())


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("case, code, message", [
    ("missing gold", 3, "no such gold file"),
    ("missing build", 3, "no such predicted relations"),
    ("malformed gold", 3, "gold.jsonl:2: malformed JSON"),
    ("wrong shape", 3, "gold.jsonl:1: not a gold relation"),
    ("mixed modes", 3, "gold.jsonl:2:"),
    ("unknown type in gold", 3, "unknown relation type 'BLAME'"),
    ("empty gold", 3, "no gold records"),
    ("bad prediction", 3, "relations.jsonl:1: relation without target"),
    ("no actors", 3, "needs each actor's label and country"),
    ("unknown --types", 2, "unknown relation type BLAME"),
])
def test_cli_errors_are_one_line_and_an_exit_code(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
        build: Path, case: str, code: int, message: str) -> None:
    gold = tmp_path / "gold.jsonl"
    good = json.dumps(rel("s1", "ACCUSE", "us", "iran"))
    gold.write_text({"malformed gold": good + "\n{oops\n",
                     "wrong shape": '{"doc": "a", "kind": "ACCUSE"}\n',
                     "mixed modes": good + "\n" + json.dumps(plover("s", "AGREE", [], [])),
                     "unknown type in gold": json.dumps(rel("a", "BLAME", "x", "y")),
                     "empty gold": "\n",
                     "no actors": json.dumps(plover("s1", "ACCUSE", [], []))}.get(case, good))
    if case == "missing gold":
        gold = tmp_path / "absent.jsonl"
    if case == "missing build":
        build = tmp_path / "nothing"
    if case == "bad prediction":
        (build / "relations.jsonl").write_text('{"doc": "a", "type": "ACCUSE", "source": "x"}')
    if case == "no actors":
        (build / "actors.jsonl").unlink()
    extra = ["--types", "accuse,blame"] if case == "unknown --types" else []
    got, out, err = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(build),
                            *extra)
    assert got == code, err
    assert len(_lines(err)) == 1 and message in err and "Traceback" not in err
    assert out == ""


def test_library_errors_are_actorgraph_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        evaluate(tmp_path / "absent.jsonl", tmp_path)


def news(relations: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    actors = [{"label": "Chile", "kind": "GOVERNMENT", "country": "CHL",
               "surface": ["Santiago", "it"]},
              {"label": "Peru", "kind": "GOVERNMENT", "country": "PER", "surface": ["Lima"]},
              {"label": "Ana Rojas", "kind": "PERSON", "country": "PER", "surface": ["Rojas"]},
              {"label": "Peru's navy", "kind": "ORGANIZATION", "country": "PER",
               "surface": ["the navy"]}]
    return {"id": "n1", "text": "...", "actors": actors, "relations": relations, **extra}


def gold_rel(type_: str, source: str, target: str, mode: str = "asserted",
             **extra: Any) -> dict[str, Any]:
    return {"type": type_, "source": source, "target": target, "mode": mode,
            "explicit": True, "sentence": "s", **extra}


NEWS_ACTORS = {
    "chile": {"label": "Chile", "kind": "GOVERNMENT", "country": "CHL", "aliases": []},
    "peru": {"label": "Peru", "kind": "GOVERNMENT", "country": "PER", "aliases": ["Lima"]},
    "peruvian-government": {"label": "Peruvian government", "kind": "GOVERNMENT",
                            "country": "PER", "aliases": []},
    "rojas": {"label": "Rojas", "kind": "PERSON", "country": None, "aliases": []},
    "navy": {"label": "Navy", "kind": "ORGANIZATION", "country": "PER", "aliases": []},
}


def test_news_matches_actors_by_name_country_or_surname() -> None:
    gold = [news([gold_rel("ACCUSE", "Chile", "Peru"), gold_rel("SANCTION", "Chile",
                                                                  "Ana Rojas")])]
    pred = [rel("n1", "ACCUSE", "chile", "peruvian-government"),
            rel("n1", "SANCTION", "chile", "rojas")]
    report = evaluate_news(gold, pred, NEWS_ACTORS)
    assert (report.core.correct, report.core.found, report.core.gold) == (2, 2, 2)


def test_news_alternatives_fill_a_role_and_other_actors_do_not() -> None:
    gold = [news([gold_rel("SANCTION", "Chile", "Ana Rojas", target_alt=["Peru's navy"])])]
    right = evaluate_news(gold, [rel("n1", "SANCTION", "chile", "navy")], NEWS_ACTORS)
    wrong = evaluate_news(gold, [rel("n1", "SANCTION", "peru", "navy")], NEWS_ACTORS)
    assert right.core.f1 == 1.0
    assert (wrong.core.precision, wrong.core.recall) == (0.0, 0.0)
    assert wrong.false_positives[0]["gold"].startswith("(none) SANCTION Peru -> Navy")
    assert wrong.misses[0]["gold"] == "SANCTION Chile -> Ana Rojas"


def test_news_one_gold_relation_said_twice_keeps_every_reading() -> None:
    gold = [news([gold_rel("SANCTION", "Chile", "Ana Rojas", explicit=False),
                  gold_rel("SANCTION", "Chile", "Ana Rojas", target_alt=["Peru's navy"])])]
    report = evaluate_news(gold, [rel("n1", "SANCTION", "chile", "navy")], NEWS_ACTORS)
    assert (report.core.gold, report.core.f1) == (1, 1.0)
    assert report.notes == ["recall on explicit gold relations (ACCUSE, THREATEN, SANCTION): "
                            "1/1 = 1.000"]


def test_news_modes_are_scored_apart() -> None:
    gold = [news([gold_rel("THREATEN", "Chile", "Peru"),
                  gold_rel("SANCTION", "Chile", "Peru", mode="hypothetical")])]
    pred = [rel("n1", "THREATEN", "chile", "peru"), rel("n1", "SANCTION", "chile", "peru")]
    plain = evaluate_news(gold, pred, NEWS_ACTORS)
    assert (plain.core.gold, plain.core.predicted, plain.core.correct) == (1, 2, 1)
    pred[1]["mode"] = "hypothetical"
    scored = evaluate_news(gold, pred, NEWS_ACTORS, negated=True)
    assert (scored.core.gold, scored.core.correct) == (2, 2)


def test_news_pronouns_never_match_and_implied_recall_is_reported() -> None:
    gold = [news([gold_rel("ACCUSE", "Peru", "Chile", explicit=False)])]
    pronoun = {"it": {"label": "it", "kind": "ORGANIZATION", "country": None, "aliases": []}}
    report = evaluate_news(gold, [rel("n1", "ACCUSE", "peru", "it")], NEWS_ACTORS | pronoun)
    assert report.core.correct == 0
    assert report.notes == ["recall on implied gold relations (ACCUSE, THREATEN, SANCTION): "
                            "0/1 = 0.000"]


def test_news_gold_is_validated_and_detected(tmp_path: Path) -> None:
    good = news([gold_rel("ACCUSE", "Chile", "Peru")])
    assert detect_mode(good) == "news"
    path = write_jsonl(tmp_path / "gold.jsonl", [news([gold_rel("ACCUSE", "Chile", "Bolivia")])])
    with pytest.raises(InputError, match=r"gold\.jsonl:1: relation 1 names 'Bolivia'"):
        load_gold(path)


def test_evaluate_package_doctests_run() -> None:
    import doctest
    import importlib
    import pkgutil

    import actorgraph.evaluate as package

    failures = 0
    for info in pkgutil.iter_modules(package.__path__, "actorgraph.evaluate."):
        if info.name != "actorgraph.evaluate.resolution":
            failures += doctest.testmod(importlib.import_module(info.name)).failed
    assert failures == 0


def _excerpt(doc: str, date: str | None, **extra: Any) -> dict[str, Any]:
    return {"id": doc, "text": "Chile accused Peru.", "date": date, **extra,
            "actors": [{"label": "Chile", "kind": "GOVERNMENT", "country": "CHL"},
                       {"label": "Peru", "kind": "GOVERNMENT", "country": "PER"}],
            "relations": [{"type": "ACCUSE", "source": "Chile", "target": "Peru",
                           "mode": "asserted", "explicit": True}]}


def test_cli_prints_the_core_figures_per_year(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        _excerpt("n1", "2019-03-01"), _excerpt("n2", "2024-05-02"),
        _excerpt("n3", None, published="2024-06"), _excerpt("n4", None)])
    out = tmp_path / "out"
    write_jsonl(out / "relations.jsonl", [rel(d, "ACCUSE", "chile", "peru")
                                          for d in ("n1", "n3")])
    write_jsonl(out / "actors.jsonl", [
        {"id": "chile", "label": "Chile", "kind": "GOVERNMENT", "country": "CHL"},
        {"id": "peru", "label": "Peru", "kind": "GOVERNMENT", "country": "PER"}])
    code, text, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(out),
                            "--by-year")
    head, *table = _lines(text.split("\n\n")[-1])
    rows = {line.split()[0]: line.split()[1:4] for line in table}
    assert code == 0 and head.split()[:4] == ["year", "gold", "pred", "right"]
    assert rows == {"2019": ["1", "1", "1"], "2024": ["2", "1", "1"]}  # n4 has no date
    code, text, _ = run_cli(monkeypatch, capsys, "evaluate", str(gold), "--pred", str(out),
                            "--by-year", "--json")
    assert json.loads(text)["years"]["2024"]["gold"] == 2
