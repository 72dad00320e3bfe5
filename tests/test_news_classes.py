"""Ways real news is written that the extractor must read (sentences written for these tests,
none from an evaluation set): datelines, dismissed claims, evaluative speech, pronouns."""

from __future__ import annotations

from typing import Any

import pytest


def _found(doc: Any) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}


@pytest.mark.parametrize(("text", "first"), [
    ("LIMA (AP) - Peru accused Bolivia of smuggling.", "LIMA (AP) -"),
    ("QUITO, May 9 - Ecuador accused Peru of spying.", "QUITO, May 9 -"),
    ("OTTAWA — Canada accused Russia of hacking.", "OTTAWA —"),
    ("(Reuters): Chile accused Argentina of dumping.", "(Reuters):"),
    ("(AFP) Chile accused Argentina of dumping.", "(AFP)"),
    ("QUITO/LIMA (Reuters) – Ecuador accused Peru of spying.", "QUITO/LIMA (Reuters) –"),
    ("PORT-AU-PRINCE, Haiti (AP) — Canada accused Russia of hacking.",
     "PORT-AU-PRINCE, Haiti (AP) —"),
    ("TALLINN - Ecuador accused Peru of spying.", "TALLINN -"),
    ("PHNOM PENH - Canada accused Russia of hacking.", "PHNOM PENH -"),
    ("Lima, May 9: Ecuador accused Peru of spying.", "Lima, May 9:"),
    ("Washington, Dec. 11 (EFE) – Canada accused Russia of hacking.",
     "Washington, Dec. 11 (EFE) –"),
    ("LIMA (Reuters) -Peru accused Bolivia of smuggling.", "LIMA (Reuters) -"),
    ("Lima, May 9 (EFE) —Chile accused Argentina of dumping.", "Lima, May 9 (EFE) —"),
])
def test_a_dateline_is_a_sentence_of_its_own(parse: Any, text: str, first: str) -> None:
    doc = parse(text)
    assert next(iter(doc.sents)).text == first
    sources = {r.source for r in doc._.relations}
    assert sources and sources <= {"peru", "ecuador", "canada", "chile"}


def test_the_first_words_after_a_dateline_are_no_sentence_of_their_own(parse: Any) -> None:
    doc = parse("NAIROBI - Kenya on Monday announced it had recalled its ambassador from "
                "Uganda in protest at the raids.")
    assert [s.text.split()[0] for s in doc.sents] == ["NAIROBI", "Kenya"]
    assert ("SANCTION", "kenya", "uganda") in _found(doc)


def test_the_names_of_a_dateline_are_no_actors(parse: Any) -> None:
    doc = parse("PORT-AU-PRINCE, Haiti (AP) — Canada accused Russia of hacking.")
    assert {m.actor for m in doc._.mentions} == {"canada", "russia"}


@pytest.mark.parametrize("text", [
    "NATO - the alliance - warned Russia.",
    "UN - The council warned Russia.",
    "Chile, Peru and Bolivia met on Monday - briefly - in Lima.",
    "US and EU leaders met - briefly - in Paris.",
    "The UN (the world body) warned Russia.",
])
def test_a_dash_or_bracket_inside_a_sentence_is_no_dateline(parse: Any, text: str) -> None:
    assert len(list(parse(text).sents)) == 1


@pytest.mark.parametrize(("text", "relation"), [
    ("Peru rejected Chile's statements about the maritime border.", ("peru", "chile")),
    ("Ghana dismissed Togo's allegations of vote rigging.", ("ghana", "togo")),
])
def test_dismissing_a_claim_accuses_its_maker(parse: Any, text: str,
                                              relation: tuple[str, str]) -> None:
    assert ("ACCUSE", *relation) in _found(parse(text))


@pytest.mark.parametrize(("text", "relation"), [
    # a statement named later is the last speaker's, not the last actor's
    ("Chile said on Friday that Peru had closed the border. Peru dismissed the statement as "
     "false.", ("peru", "chile")),
    ("Chile said on Friday that the arrest of the activists was a prelude to a crackdown. "
     "\"The remarks were an unacceptable interference in Peru's affairs,\" a Peruvian "
     "spokesman said.", ("peruvian-spokesperson", "chile")),
])
def test_a_judged_statement_is_the_last_speaker_s(parse: Any, text: str,
                                                  relation: tuple[str, str]) -> None:
    assert ("ACCUSE", *relation) in _found(parse(text))


def test_a_claim_in_apposition_to_an_accusation_accuses_no_one_else(parse: Any) -> None:
    doc = parse("Ghana spoke on Monday. Togo accused Benin of arming the rebels, a claim that "
                "was repeated by Niger.")
    assert {(s, t) for k, s, t in _found(doc) if k == "ACCUSE"} == {("togo", "benin")}


def test_a_claim_without_owner_accuses_no_one(parse: Any) -> None:
    doc = parse("Peru rejected the statements about the maritime border.")
    assert not [r for r in doc._.relations if r.type == "ACCUSE"]


@pytest.mark.parametrize(("text", "relation"), [
    ("Chad shelled a border post. Sudan vowed a firm response.", ("sudan", "chad")),
    ("Israel struck targets near the border. Hezbollah vowed to retaliate.",
     ("hezbollah", "israel")),
    ("Niger vowed to take action against Mali.", ("niger", "mali")),
    ("Moldova expelled two diplomats. Russia vowed to take measures in response to the move.",
     ("russia", "moldova")),
    ("Peru vowed a tough response after Ecuador said it had closed the border.",
     ("peru", "ecuador")),
])
def test_a_promised_response_threatens_whom_it_answers(parse: Any, text: str,
                                                        relation: tuple[str, str]) -> None:
    assert ("THREATEN", *relation) in _found(parse(text))


@pytest.mark.parametrize("text", [
    "Ghana vowed to take measures to improve the economy.",
    "Chile vowed a firm response.",  # nobody acted before: no target
    "Kenya shelled a camp. Kenya later vowed to retaliate.",  # its own act is not answered
])
def test_a_response_without_anyone_to_answer_threatens_no_one(parse: Any, text: str) -> None:
    assert not [r for r in parse(text)._.relations if r.type == "THREATEN"]


@pytest.mark.parametrize(("text", "sources", "targets"), [
    ("Jordan, Bahrain, the UAE, and Egypt have cut diplomatic relations with Libya.",
     {"jordan", "bahrain", "united-arab-emirates", "egypt"}, {"libya"}),
    ("Canada and Australia widened their restrictions on Managua.",
     {"canada", "australia"}, {"nicaragua"}),
    ("Norway imposed sanctions on Syria, Iran, Cuba and Belarus.",
     {"norway"}, {"syria", "iran", "cuba", "belarus"}),
])
def test_every_coordinated_source_and_target_is_related(parse: Any, text: str, sources: set[str],
                                                         targets: set[str]) -> None:
    found = {(s, t) for k, s, t in _found(parse(text)) if k == "SANCTION"}
    assert found == {(s, t) for s in sources for t in targets}


@pytest.mark.parametrize("text", [
    "Kenyan and Ugandan authorities are blaming each other for the clashes.",
    "The Kenyan and Ugandan governments condemned each other over the clashes.",
])
def test_coordinated_demonyms_before_one_noun_are_two_actors(parse: Any, text: str) -> None:
    assert {("ACCUSE", "kenya", "uganda"), ("ACCUSE", "uganda", "kenya")} <= _found(parse(text))


def test_a_describing_apposition_is_not_a_list(parse: Any) -> None:
    found = _found(parse("Kenya's president, William Ruto, accused Somalia of harbouring "
                         "militants."))
    assert {s for k, s, _ in found if k == "ACCUSE"} == {"william-ruto"}


@pytest.mark.parametrize(("text", "relation"), [
    ("Turkey said any attack by Syria will not go unanswered.", ("turkey", "syria")),
    ("Egypt said it would treat any blockade by Sudan as a declaration of war.",
     ("egypt", "sudan")),
    ("Chile warned that any incursion by Bolivia would not be left without an answer.",
     ("chile", "bolivia")),
])
def test_a_stated_consequence_threatens_whose_act_it_answers(parse: Any, text: str,
                                                              relation: tuple[str, str]) -> None:
    found = {(r.type, r.source, r.target, r.mode) for r in parse(text)._.relations}
    assert ("THREATEN", *relation, "asserted") in found  # the phrase's 'not' makes the threat


def test_a_consequence_of_ones_own_act_threatens_no_one(parse: Any) -> None:
    doc = parse("Peru said any delay by its own ministries would not go unanswered.")
    assert not [r for r in doc._.relations if r.type == "THREATEN" and r.target != "peru"]


def test_a_surname_names_again_the_one_person_it_named(parse: Any) -> None:
    # the name at the head of a sentence is tagged as a common noun
    doc = parse("President Eduardo Sandoval spoke on Monday. Sandoval accused Peru of spying.")
    assert ("ACCUSE", "eduardo-sandoval", "peru") in _found(doc)
    doc = parse("Ruling party lawmakers accused Mendaro, whose office wields wide powers, of bias. "
                "Mendaro denied it, and Mendaro's allies accused the lawmakers of lying.")
    assert [m.actor for m in doc._.mentions if m.text == "Mendaro"] == ["mendaro"] * 3


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Opposition leader Maria Sofia criticised the plan on Monday.", "Maria Sofia", "bulgaria"),
    ("Brazilian senator Geddel Vieira Lima criticised the plan.", "Geddel Vieira Lima", "peru"),
    ("Senator Israel Navarro criticised the plan on Monday.", "Israel Navarro", "israel"),
])
def test_a_person_named_like_a_place_is_a_person(parse: Any, text: str, person: str,
                                                 place: str) -> None:
    doc = parse(text)
    assert place not in {m.actor for m in doc._.mentions}
    assert any(person in m.text for m in doc._.mentions)


def test_a_group_from_a_neighbouring_state_is_of_that_state(parse: Any) -> None:
    # "from neighbouring Kenya" is parsed as a clause of its own
    doc = parse("Tanzania's president has warned activists from neighbouring Kenya that they will "
                "be arrested.")
    assert any(m.text == "activists" and m.actor == "kenya-activists" for m in doc._.mentions)


@pytest.mark.parametrize("text", [
    "The Qatari Prime Minister called Israel‘s actions state terrorism.",
    "The Qatari Prime Minister called Israel`s actions state terrorism.",
    "The Qatari Prime Minister called Israel´s actions state terrorism.",
])
def test_a_possessive_typed_with_another_mark_keeps_its_name(parse: Any, text: str) -> None:
    doc = parse(text)
    assert "israel" in {m.actor for m in doc._.mentions}
