"""Diplomatic measures and PLOVER's type boundaries (issue classes 8 and 9): recalling one's
own envoy sanctions the host country, expelling another state's envoy is COERCE, and an
envoy's "in X" names where it is posted, not its country.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _triples(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}


@pytest.mark.parametrize("text", [
    "Chile recalled its ambassador in Peru on Monday.",
    "Chile recalled its ambassador to Peru on Monday.",
    "Chile recalled its chargé d'affaires from Peru.",
    "Chile announced the recall of its envoy from Peru.",
])
def test_recalling_ones_own_envoy_sanctions_the_host_country(parse, text: str) -> None:
    found = _triples(parse(text))
    assert ("SANCTION", "chile", "peru") in found, text
    assert not [t for t in found if t[0] == "SANCTION" and t[2] != "peru"], found


def test_an_envoys_posting_is_not_its_country(parse) -> None:
    doc = parse("Chile recalled its ambassador in Peru on Monday.")
    actors = doc._.actors or {}
    envoys = [a for a in actors.values() if "ambassador" in a.label.lower()]
    assert all(a.country != "PER" for a in envoys), envoys


@pytest.mark.parametrize("text", [
    "Chile expelled the Peruvian ambassador on Monday.",
    "Chile ordered the expulsion of the Peruvian ambassador.",
])
def test_expelling_people_is_coerce_not_sanction(parse, text: str) -> None:
    found = _triples(parse(text))
    assert not [t for t in found if t[0] == "SANCTION"], found
    assert [t for t in found if t[0] == "COERCE" and t[1] == "chile"], found


def test_recalling_another_states_envoy_is_no_recall(parse) -> None:
    found = _triples(parse("Chile recalled the French ambassador's remarks."))
    assert not [t for t in found if t[0] == "SANCTION"], found


@pytest.mark.parametrize("text", [
    "Peru closed the border. Chile summoned the Peruvian ambassador on Monday.",
    "Peru closed the border. The Peruvian ambassador to Chile was summoned on Monday.",
])
def test_summoning_another_states_envoy_accuses_that_state(parse, text: str) -> None:
    assert ("ACCUSE", "chile", "peru") in _triples(parse(text)), text


@pytest.mark.parametrize("text", [
    "Chile summoned Peru's ambassador in protest against the arrests.",
    "Chile summoned the Peruvian ambassador over the arrests.",
    "Chile handed Peru's ambassador a protest note over the arrests.",
])
def test_an_unnamed_envoy_of_a_state_named_nowhere_else_stands_for_it(parse, text: str) -> None:
    doc = parse(text, date="2024-03-01")
    assert ("ACCUSE", "chile", "peru") in _triples(doc), text
    assert doc._.actors["peru"].kind == "GOVERNMENT"


def test_a_summoned_envoy_named_stays_the_target(parse) -> None:
    found = _triples(parse("Chile summoned the Peruvian ambassador Ana Quispe over the arrests."))
    assert ("ACCUSE", "chile", "ana-quispe") in found, found


def test_summoning_ones_own_envoy_home_is_a_recall(parse) -> None:
    found = _triples(parse("Chile summoned its ambassador to Peru for consultations."))
    assert ("SANCTION", "chile", "peru") in found
    assert not [t for t in found if t[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Chile summoned Peru's ambassador over the minister's remarks.",
    "Chile summoned Peru's ambassador in protest on Monday.",
    "Chile summoned Peru's ambassador to protest against the border closure.",
])
def test_a_summons_that_says_why_is_a_protest(parse, text: str) -> None:
    accused = {t for k, s, t in _triples(parse(text)) if k == "ACCUSE" and s == "chile"}
    assert accused & {"peru", "peruvian-ambassador"}


@pytest.mark.parametrize("text", [
    "Chile called in Peru's ambassador over the minister's remarks.",
    "Chile called in the Peruvian ambassador on Monday to lodge a protest over the raid.",
    "Peru's ambassador was called in by Chile over the minister's remarks.",
])
def test_calling_in_an_envoy_is_a_summons(parse, text: str) -> None:
    accused = {t for k, s, t in _triples(parse(text)) if k == "ACCUSE" and s == "chile"}
    assert accused & {"peru", "peruvian-ambassador"}, text


def test_a_protest_lodged_by_calling_in_an_envoy_was_made(parse) -> None:
    # the protest is the summons' purpose, done with it; 'called for' still wants what it asks
    found = _triples(parse("Chile called in a Peruvian diplomat to lodge a protest over the "
                           "remarks made by Ana Rojas."))
    assert ("ACCUSE", "chile", "ana-rojas") in found
    asked = _triples(parse("Chile called on Peru to lodge a protest over the remarks made by "
                           "Ana Rojas."))
    assert ("ACCUSE", "peru", "ana-rojas") not in asked


@pytest.mark.parametrize("text", [
    "Chile summoned Peru's ambassador on Monday.",
    "Chile summoned Peru's ambassador for talks on trade.",
    "Chile called in Peru's ambassador on Monday.",
])
def test_a_bare_summons_accuses_no_one(parse, text: str) -> None:
    assert not [t for t in _triples(parse(text)) if t[0] == "ACCUSE"]


@pytest.mark.parametrize(("text", "triple"), [
    ("Kenya summoned the Ugandan Consul General to Mombasa over his country's border raids.",
     ("ACCUSE", "kenya", "uganda")),
    ("Ghana summoned the Togolese charge d'affaires for talks over the border raids.",
     ("ACCUSE", "ghana", "togo")),
])
def test_a_summons_reason_may_hang_below_its_phrase(parse, text: str,
                                                    triple: tuple[str, ...]) -> None:
    assert triple in {(r.type, r.source, r.target) for r in parse(text)._.relations}


def test_the_recall_of_an_ambassador_titled_in_capitals_is_a_recall(parse) -> None:
    doc = parse("The president of Chile ordered the immediate recall of the country's "
                "Ambassador to Peru.")
    assert ("SANCTION", "peru") in {(r.type, r.target) for r in doc._.relations
                                    if r.mode == "asserted"}


def test_a_recall_after_condemning_someone_s_act_is_aimed_at_them(parse) -> None:
    doc = parse("Chile condemned Peru's new border law on Saturday, recalling its top diplomat "
                "in protest.")
    assert ("SANCTION", "chile", "peru") in {(r.type, r.source, r.target)
                                             for r in doc._.relations if r.mode == "asserted"}
