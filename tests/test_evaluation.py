"""Evaluative speech (issue classes 1 and 4): judging an act or a claim accuses its owner,
and an unowned act ("the move", "the decision", "it") takes its owner from the article.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _accusations(doc, negated: bool = False) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc._.relations
            if r.type == "ACCUSE" and (r.mode != "asserted") == negated}


@pytest.mark.parametrize(("text", "pair"), [
    ("Ecuador termed Canada's allegations absurd.", ("ecuador", "canada")),
    ("Peru described the sanctions imposed by Chile as illegal.", ("peru", "chile")),
    ("Bolivia said the report published by the OAS was full of distortions.",
     ("bolivia", "oas")),
    ("Argentina's envoy Luis Mora said Brazil's claims were baseless and absurd.",
     ("luis-mora", "brazil")),
])
def test_judging_an_owned_act_or_claim_accuses_its_owner(parse, text: str,
                                                         pair: tuple[str, str]) -> None:
    assert pair in _accusations(parse(text)), text


@pytest.mark.parametrize(("text", "pair"), [
    ("Chad closed its border with Sudan. The African Union condemned the move on Friday.",
     ("african-union", "chad")),
    ("Chile imposed new tariffs. Peru said the decision was unjustified.", ("peru", "chile")),
    ("Chile claimed that Peru had armed the rebels. Peru rejected the claim, describing it "
     "as a misrepresentation.", ("peru", "chile")),
])
def test_an_unowned_act_takes_its_owner_from_the_article(parse, text: str,
                                                         pair: tuple[str, str]) -> None:
    assert pair in _accusations(parse(text)), text


def test_the_possessor_of_a_detention_is_its_victim_not_its_owner(parse) -> None:
    found = _accusations(parse("Ecuador detained Jorge Lopez. Mexico called Lopez's detention "
                               "an arbitrary act."))
    assert ("mexico", "ecuador") in found
    assert ("mexico", "jorge-lopez") not in found


def test_the_owner_from_context_is_never_on_the_evaluators_side(parse) -> None:
    doc = parse("Chile imposed new tariffs. The Chilean foreign minister said the decision "
                "was unjustified.")
    assert not {t for _, t in _accusations(doc)} & {"chile"}


def test_a_denied_judgement_is_not_asserted(parse) -> None:
    doc = parse("Kenya said Uganda's decision was not unjustified.")
    assert ("kenya", "uganda") not in _accusations(doc)
    assert ("kenya", "uganda") in _accusations(doc, negated=True)


@pytest.mark.parametrize("text", [
    "Peru said the situation was unacceptable.",
    "Rebels surrendered in the east following a government offensive, an official said.",
    "French and Chilean warships launched war games in the Pacific, the embassy said.",
    "Benin refused entry to Ghanaians ordered out of Nigeria as illegal aliens, police said.",
])
def test_no_owner_or_no_verdict_gives_no_accusation(parse, text: str) -> None:
    assert not _accusations(parse(text)), text


def test_a_pronoun_for_people_is_not_taken_for_a_judged_thing(parse) -> None:
    doc = parse("Moreno condemned the strikers as agents of Peru, accusing them of spreading "
                "chaos.")
    found = _accusations(doc)
    assert ("peru", "peru") not in found
    assert not any(t == "peru" for _, t in found)  # "them" is the strikers, not Peru
    # the strikers themselves are condemned by Moreno (an untagged speaker, now a person);
    # whose strikers they are is not what this test is about
    assert found and all(t.endswith("workers") for _, t in found)


def test_a_judged_allegation_was_itself_an_accusation_of_the_judges_state(parse) -> None:
    found = _accusations(parse("Nigeria called Chad's genocide allegation a gross "
                               "exaggeration."))
    assert {("nigeria", "chad"), ("chad", "nigeria")} <= found


def test_judged_remarks_are_no_allegation(parse) -> None:
    assert ("chad", "nigeria") not in _accusations(parse("Nigeria called Chad's remarks "
                                                         "a gross exaggeration."))


@pytest.mark.parametrize(("text", "pair"), [
    ("Peru said the measures imposed by Chile violated international law.", ("peru", "chile")),
    ("Japan imposed export curbs. Seoul said the measures violated international law.",
     ("south-korea", "japan")),
])
def test_a_wrong_done_by_a_thing_accuses_its_owner(parse, text: str,
                                                   pair: tuple[str, str]) -> None:
    assert pair in _accusations(parse(text)), text


@pytest.mark.parametrize("text", [
    "Peru said the storm destroyed the harbour.",
    "Peru said the new measures will undermine stability.",
])
def test_an_unowned_or_future_wrong_accuses_nobody(parse, text: str) -> None:
    assert not _accusations(parse(text)), text


@pytest.mark.parametrize(("text", "pairs"), [
    ("Chile's decision drew condemnation from Peru and Bolivia.",
     {("peru", "chile"), ("bolivia", "chile")}),
    ("Chile faced criticism from Peru over the arrests.", {("peru", "chile")}),
])
def test_a_drawn_accusation_accuses_who_drew_it(parse, text: str,
                                                pairs: set[tuple[str, str]]) -> None:
    assert pairs <= _accusations(parse(text)), text


def test_criticism_drawn_by_no_actor_accuses_nobody(parse) -> None:
    assert not _accusations(parse("The film drew criticism from audiences in Chile."))
