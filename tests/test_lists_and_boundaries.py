"""Lists of actors and PLOVER's boundaries (issue classes 3 and 8): a list of sources parsed as
an apposition acts as a whole, a decided measure is taken (not threatened), breaking relations
is a SANCTION, and a diplomatic protest (not a demonstration) is an ACCUSE.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _triples(doc, type_: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc._.relations
            if r.type == type_ and r.mode == "asserted"}


@pytest.mark.parametrize("text", [
    "The Democratic Republic of the Congo (DRC), Kenya and Tanzania cut diplomatic relations "
    "with Burundi.",
    "Kenya, Tanzania and the Democratic Republic of the Congo announced they were breaking "
    "diplomatic relations with Burundi.",
])
def test_every_listed_source_sanctions(parse, text: str) -> None:
    found = _triples(parse(text), "SANCTION")
    assert {("kenya", "burundi"), ("tanzania", "burundi")} <= found, found
    assert any(s.startswith("democratic-republic") or s.startswith("dr-congo") or
               s == "congo" for s, _ in found), found


def test_a_list_split_from_its_verb_still_acts_as_a_whole(parse) -> None:
    # the parser may read "Burkina Faso, Chad, and Guinea announced" as a list without a
    # verb ("Burkina Faso, Chad") and a clause of its last item ("and Guinea announced")
    found = _triples(parse("Burkina Faso, Chad, and Guinea announced on Monday the recall of "
                           "their envoys from Senegal."), "SANCTION")
    assert {("burkina-faso", "senegal"), ("chad", "senegal"), ("guinea", "senegal")} <= found


def test_a_list_item_parsed_as_an_apposition_is_a_member(parse) -> None:
    # "Ghana, Sierra Leone, and Togo": the parser hangs the second item on the first as an
    # apposition and the last as a conjunct
    found = _triples(parse("Ghana, Sierra Leone, and Togo recalled their ambassadors to "
                           "Liberia."), "SANCTION")
    assert {("ghana", "liberia"), ("sierra-leone", "liberia"), ("togo", "liberia")} <= found


def test_relations_cut_with_a_coordinated_object_still_name_the_target(parse) -> None:
    found = _triples(parse("Kenya and Uganda have cut diplomatic relations and all air "
                           "contacts with Burundi."), "SANCTION")
    assert {("kenya", "burundi"), ("uganda", "burundi")} <= found


@pytest.mark.parametrize(("text", "type_"), [
    ("Chile has decided to cut diplomatic relations with Peru.", "SANCTION"),
    ("Kenya decided to expel the Somali ambassador.", "COERCE"),
])
def test_a_decided_measure_is_taken_not_threatened(parse, text: str, type_: str) -> None:
    doc = parse(text)
    assert _triples(doc, type_), text
    assert not _triples(doc, "THREATEN"), text


@pytest.mark.parametrize("text", [
    "Japan said it has lodged a strong protest with China.",
    "Tokyo protested to Beijing through diplomatic channels.",
    "Japan made stern representations to China over the incident.",
])
def test_a_diplomatic_protest_accuses(parse, text: str) -> None:
    assert ("japan", "china") in _triples(parse(text), "ACCUSE"), text


def test_a_demonstration_is_no_accusation(parse) -> None:
    doc = parse("Thousands of Chilean students held a protest against Peru in Santiago.")
    assert not _triples(doc, "ACCUSE")


def test_a_name_in_apposition_is_the_actor_of_its_description(parse) -> None:
    found = _triples(parse("The Islamist group Boko Haram threatened Chad."), "THREATEN")
    assert ("boko-haram", "chad") in found


def test_a_future_act_through_an_infinitive_is_no_accusation(parse) -> None:
    doc = parse("Kenya said Uganda would continue to arm the rebels.")
    assert ("kenya", "uganda") not in _triples(doc, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Bahrain and Egypt have cut diplomatic relations with Qatar, citing terrorism.",
    "Bahrain severed diplomatic relations with Qatar due to its hostile actions.",
    "Bahrain is breaking diplomatic relations with Qatar as the latter allegedly supports "
    "terrorist groups.",
])
def test_a_measure_for_a_stated_wrong_also_accuses(parse, text: str) -> None:
    doc = parse(text)
    assert ("bahrain", "qatar") in _triples(doc, "SANCTION"), text
    assert ("bahrain", "qatar") in _triples(doc, "ACCUSE"), text


def test_a_measure_over_a_neutral_reason_accuses_nobody(parse) -> None:
    doc = parse("Chile cut ties with Peru over a fishing dispute.")
    assert ("chile", "peru") in _triples(doc, "SANCTION")
    assert not _triples(doc, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Canada imposed a new round of sanctions on Russia.",
    "Canada adopted a package of sanctions against Russia.",
    "Canada unveiled a raft of measures against Russia.",
])
def test_a_counted_measure_belongs_to_the_subject_of_its_verb(parse, text: str) -> None:
    assert ("canada", "russia") in _triples(parse(text), "SANCTION"), text


def test_a_counted_measure_reported_by_someone_is_not_theirs(parse) -> None:
    doc = parse("The number of sanctions on Russia grew, Chile said.")
    assert not _triples(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on four officials, including General Luis Ortega and Senator "
    "Maria Gonzalez.",
    "Canada added four people, including General Luis Ortega and Senator Maria Gonzalez, to "
    "its sanctions list.",
])
def test_each_member_named_of_a_set_target_is_a_target(parse, text: str) -> None:
    found = _triples(parse(text), "SANCTION")
    assert {("canada", "luis-ortega"), ("canada", "maria-gonzalez")} <= found, found


@pytest.mark.parametrize("text", [
    "Canada imposed sanctions on two far-right Venezuelan officials, Luis Ortega and Pedro "
    "Rojas Vidal, on Friday.",
    "Canada sanctioned two Venezuelan officials, Luis Ortega and Pedro Rojas Vidal.",
])
def test_the_people_named_in_apposition_to_a_plural_are_the_targets(parse, text: str) -> None:
    found = _triples(parse(text), "SANCTION")
    assert {("canada", "luis-ortega"), ("canada", "pedro-rojas-vidal")} <= found, found
    assert ("canada", "venezuela") not in found, found


def test_members_named_of_a_passive_subject_are_targets(parse) -> None:
    doc = parse("Some officials close to the president were sanctioned by Canada, including the "
                "army chief Luis Ortega.")
    assert ("canada", "luis-ortega") in _triples(doc, "SANCTION")


def test_their_after_a_list_is_each_members(parse) -> None:
    found = _triples(parse("Ghana, Niger and Mali expelled the envoys. Libya accused their "
                           "governments of meddling."), "ACCUSE")
    assert {("libya", "ghana"), ("libya", "niger"), ("libya", "mali")} <= found, found
