"""Speakers across sentences (issue class 2): "we" in reported speech is the speaker, and a
quotation that runs over several sentences keeps the speaker of its attribution.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _triples(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}


@pytest.mark.parametrize("text", [
    '"We are sanctioning Mali today," Emmanuel Macron said.',
    'Emmanuel Macron spoke on Monday. "We are sanctioning Mali today," he said.',
    'Emmanuel Macron said, "Mali broke its word. That is why we are sanctioning Mali."',
    '"Mali broke its word. We are sanctioning Mali," Emmanuel Macron said.',
])
def test_we_in_reported_speech_is_the_speaker(parse, text: str) -> None:
    assert ("SANCTION", "emmanuel-macron", "mali") in _triples(parse(text)), text


def test_we_outside_reported_speech_is_nobody(parse) -> None:
    assert not _triples(parse("We sanctioned Mali last year."))


def test_a_closed_quotation_does_not_lend_its_speaker(parse) -> None:
    doc = parse('"Mali broke its word," Emmanuel Macron said. We sanctioned Mali last year.')
    assert ("SANCTION", "emmanuel-macron", "mali") not in _triples(doc)


@pytest.mark.parametrize("text", [
    'Emmanuel Macron said on Monday that talks had failed.\n\n'
    '"Mali broke its word. We are sanctioning Mali."',
    # one who spoke, then the quotation in the same paragraph
    'Emmanuel Macron spoke in Paris on Monday. "Mali broke its word. We are sanctioning Mali."',
])
def test_a_quotation_paragraph_continues_the_speaker_named_before(parse, text: str) -> None:
    assert ("SANCTION", "emmanuel-macron", "mali") in _triples(parse(text))


def test_a_narrative_paragraph_does_not_borrow_a_speaker(parse) -> None:
    doc = parse('Emmanuel Macron said on Monday that talks had failed.\n\n'
                'We are sanctioning Mali.')
    assert ("SANCTION", "emmanuel-macron", "mali") not in _triples(doc)


@pytest.mark.parametrize(("text", "speaker", "target"), [
    ("Chile expelled Peru's envoy. Peru said it would retaliate against Chile.", "Peru",
     "chile"),
    ("Kenya's president met Uganda's president. Uganda's president said he would retaliate "
     "against Kenya.", "Uganda's president", "kenya"),
])
def test_a_pronoun_subject_of_reported_speech_is_its_speaker(parse, text: str, speaker: str,
                                                             target: str) -> None:
    doc = parse(text)
    said = [m.actor for m in doc._.mentions if m.text == speaker][-1]
    found = {(r.source, r.target) for r in doc._.relations if r.type == "THREATEN"}
    assert (said, target) in found


def test_a_participle_s_phrase_takes_no_doer_from_the_clause_around_it(parse) -> None:
    doc = parse("Khamenei portrayed the rallies as a foreign conspiracy aimed at threatening "
                "the Iranian government.")
    assert not [r for r in doc._.relations if r.type == "THREATEN"]


def test_the_nearest_speaker_reports_a_pronoun_s_clause(parse) -> None:
    doc = parse("Chile's foreign minister Ana Lopes announced that she will cut the number of "
                "Peruvian envoys in Santiago, Infobae.ar reported.")
    assert {r.source for r in doc._.relations if r.target == "peru"} == {"ana-lopes"}


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Ana Rojas said Chile condemned Peru's raid on the border post.",
    '"Chile condemns the raid by Peru," Chilean Foreign Minister Ana Rojas said.',
])
def test_the_person_speaking_for_a_state_makes_its_accusation_too(parse, text: str) -> None:
    found = _triples(parse(text))
    assert {("ACCUSE", "chile", "peru"), ("ACCUSE", "ana-rojas", "peru")} <= found, text


def test_a_speaker_reporting_another_state_s_accusation_makes_none(parse) -> None:
    found = _triples(parse("Chilean Foreign Minister Ana Rojas said Bolivia condemned Peru's "
                           "raid on the border post."))
    assert ("ACCUSE", "ana-rojas", "peru") not in found


def test_a_state_office_s_accusation_is_its_state_s(parse) -> None:
    found = _triples(parse("Santiago hosted the talks. Chile's foreign ministry condemned "
                           "Peru's raid on the border post."))
    assert {("ACCUSE", "chile", "peru"), ("ACCUSE", "chile-foreign-ministry", "peru")} <= found


def test_a_person_is_not_taken_for_their_state(parse) -> None:
    found = _triples(parse("Chilean Foreign Minister Ana Rojas condemned Peru's raid."))
    assert ("ACCUSE", "ana-rojas", "peru") in found
    assert ("ACCUSE", "chile", "peru") not in found


def test_a_sentence_opening_he_continues_a_subject_not_the_one_acted_on(parse) -> None:
    doc = parse('"Minister Ana Lima summoned the envoy Pedro Castillo Soto," the ministry said. '
                "He accused Bolivia of spying.")
    sources = {source for type_, source, _ in _triples(doc) if type_ == "ACCUSE"}
    assert "ana-lima" in sources and "pedro-castillo-soto" not in sources


def test_a_new_paragraph_speaker_is_the_main_subject_not_the_one_talked_about(parse) -> None:
    doc = parse('Ana Rojas said Luis Pardo and his allies should stop funding the riots.\n\n'
                '"Luis Pardo is a criminal," she said.')
    triples = _triples(doc)
    assert ("ACCUSE", "ana-rojas", "luis-pardo") in triples
    assert ("ACCUSE", "luis-pardo", "luis-pardo") not in triples
