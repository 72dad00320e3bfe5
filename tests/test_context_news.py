"""Roles filled from the rest of the article (issue 14, classes 1 and 2): pronoun speakers,
responses aimed at whoever acted before, and descriptions resolved to the one actor they fit.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _triples(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}


# -- a pronoun speaker is never a person talked about inside the quotation ------------------

def test_he_added_after_a_quote_is_the_speaker_named_before(parse) -> None:
    doc = parse('Prime Minister Jan Novak of Slovakia said, "Hungary silenced Peter Kovacs."\n\n'
                '"That is why we are sanctioning Hungary today. Those who jailed Peter Kovacs '
                'will answer for it," he added.')
    triples = _triples(doc)
    assert ("SANCTION", "jan-novak", "hungary") in triples
    assert not [t for t in triples if t[1] == "peter-kovacs"]


def test_he_said_still_takes_the_person_named_outside_quotes(parse) -> None:
    doc = parse('Lena Berg met Ivan Petrov in Oslo. "We are sanctioning Belarus today," '
                'she said.')
    assert ("SANCTION", "lena-berg", "belarus") in _triples(doc)


# -- a response answers the actor of the earlier act, not its reporter ----------------------

def test_a_response_skips_sentences_that_only_report(parse) -> None:
    doc = parse("The Bolivian envoy was expelled by Peru on Monday. The envoy said the step "
                "was unexpected. Bolivia vowed to take measures in response to the move.")
    triples = _triples(doc)
    assert ("THREATEN", "bolivia", "peru") in triples


def test_a_response_answers_an_earlier_clause_of_its_sentence(parse) -> None:
    doc = parse("Oman detained a Yemeni trawler crew, after which Yemen vowed a firm response.")
    assert ("THREATEN", "yemen", "oman") in _triples(doc)


def test_a_response_with_no_act_before_targets_no_one(parse) -> None:
    doc = parse("The weather was mild in Lima. Bolivia vowed to take measures in response to "
                "the move.")
    assert not [t for t in _triples(doc) if t[0] == "THREATEN"]


# -- a reciprocal or retaliatory measure targets whoever took the measure it answers -------

@pytest.mark.parametrize(("text", "triple"), [
    ("Ottawa raised tariffs on Mexican steel. Mexico adopted reciprocal measures on Tuesday.",
     ("SANCTION", "mexico", "canada")),
    ("After Norway expelled two Belarusian diplomats, Minsk retaliated with visa bans.",
     ("SANCTION", "belarus", "norway")),
    ("Seoul curbed exports of chemicals to Japan last year, and Tokyo responded with trade "
     "reprisals.", ("SANCTION", "japan", "south-korea")),
    ("Kenya banned Ugandan sugar imports, after which Uganda imposed retaliatory tariffs.",
     ("SANCTION", "uganda", "kenya")),
])
def test_a_retaliatory_measure_answers_the_earlier_one(parse, text: str,
                                                       triple: tuple[str, str, str]) -> None:
    assert triple in _triples(parse(text)), text


@pytest.mark.parametrize("text", [
    "Uganda imposed retaliatory tariffs on Monday.",  # nothing before: no target invented
    "Kenya shelled a border post. Uganda retaliated with reprisals.",  # not said non-violent
    "Kenya criticised the retaliatory tariffs.",  # talked about, not imposed
])
def test_a_retaliatory_measure_without_an_answered_act_is_left_alone(parse, text: str) -> None:
    assert not [t for t in _triples(parse(text)) if t[0] == "SANCTION"], text


def test_a_retaliatory_measure_that_names_its_target_is_not_redirected(parse) -> None:
    doc = parse("Kenya banned Ugandan sugar. Uganda retaliated with tariffs on Tanzanian "
                "maize.")
    triples = _triples(doc)
    assert ("SANCTION", "uganda", "kenya") not in triples


# -- a bare title is the one person of the article who bears it with a name -----------------

def test_a_bare_title_is_the_person_named_later_with_it(parse) -> None:
    doc = parse("Chile imposed sanctions on a Peruvian Supreme Court justice on Monday. "
                "Justice Carlos Mendoza has led the case.")
    assert ("SANCTION", "chile", "carlos-mendoza") in _triples(doc)


def test_a_bare_title_without_a_country_takes_the_named_holder_of_any(parse) -> None:
    doc = parse("Peru accused the minister of lying on Tuesday. Foreign Minister Ana Rojas of "
                "Bolivia rejected the charge.")
    assert ("ACCUSE", "peru", "ana-rojas") in _triples(doc)


@pytest.mark.parametrize("text", [
    # two people bear the title: which one is not said
    "Chile imposed sanctions on a Peruvian Supreme Court justice on Monday. Justice Carlos "
    "Mendoza and Justice Ana Rojas have led the case.",
    # the one named bears it for another country
    "Chile imposed sanctions on a Peruvian Supreme Court justice on Monday. Argentine Justice "
    "Carlos Mendoza has led the case.",
])
def test_a_bare_title_several_or_no_people_fit_stays_unresolved(parse, text: str) -> None:
    assert not [t for t in _triples(parse(text)) if t[2] in ("carlos-mendoza", "ana-rojas")]


# -- 'it' as an object is the speaker's state, never its own clause's subject --------------

@pytest.mark.parametrize(("text", "triple"), [
    ("Sudan said Chad had threatened it with sanctions.", ("THREATEN", "chad", "sudan")),
    ("Sudan said Chad had imposed sanctions on it.", ("SANCTION", "chad", "sudan")),
    ("Sudan complained that Chad had accused it of arming rebels.",
     ("ACCUSE", "chad", "sudan")),
])
def test_an_object_it_is_the_speaker(parse, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _triples(parse(text)), text


# -- the neighbour is not the clause's own side, and may be a body's state -----------------

def test_the_neighbour_is_not_the_subject_of_an_enclosing_clause(parse) -> None:
    doc = parse("Laos closed its ports on Monday, a day after suspending imports from the "
                "neighbouring country.")
    assert not [m for m in doc._.mentions if m.text == "country" and m.actor == "laos"]


def test_the_neighbour_is_the_state_of_a_government_body_named_before(parse) -> None:
    doc = parse("Peru's foreign ministry said on Monday that Ecuador's decision to cut "
                "diplomatic ties with its neighbour was unjustified.")
    assert ("SANCTION", "ecuador", "peru") in _triples(doc)


# -- 'those sources': the owner of the same noun where it was last used ---------------------

def test_those_sources_are_the_sources_named_before(parse) -> None:
    doc = parse("Greek military sources said six Turkish jets entered the area on Monday. "
                "Those sources slammed Turkey's provocative actions.")
    assert ("ACCUSE", "greece", "turkey") in _triples(doc)


def test_those_sources_with_no_owner_before_stay_unresolved(parse) -> None:
    doc = parse("Military sources said six Turkish jets entered the area on Monday. Those "
                "sources slammed Turkey's provocative actions.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


# -- a quotation keeps its speaker in its following sentences -------------------------------

@pytest.mark.parametrize("text", [
    'Chad said: "This was an attack. Sudan will face consequences."',
    '"This is a provocative act," the Chadian defence ministry said. "If the situation '
    'escalates, Sudan will bear the consequences."',
])
def test_a_threat_later_in_a_quotation_is_its_speakers(parse, text: str) -> None:
    assert [t for t in _triples(parse(text)) if t[0] == "THREATEN" and t[2] == "sudan"], text


def test_a_sentence_after_the_quotation_closes_has_no_speaker(parse) -> None:
    doc = parse('Chad said: "This was an attack." Sudan will face consequences.')
    assert not [t for t in _triples(doc) if t[0] == "THREATEN"]


# -- an implicit imposer may share its target's country -------------------------------------

def test_a_state_may_sanction_its_own_nationals(parse) -> None:
    doc = parse("Ukraine imposed sanctions on Monday. The sanctioned individuals include "
                "Ukrainian businessman Ihor Kovalenko.")
    assert ("SANCTION", "ukraine", "ihor-kovalenko") in _triples(doc)


# -- 'they' is a body named in the plural ('Kenyan officials'), never one person ------------

def test_they_is_a_body_named_in_the_plural(parse) -> None:
    doc = parse("Kenyan officials said on Monday that talks would resume. They accused "
                "Somalia of stalling.")
    assert ("ACCUSE", "kenya", "somalia") in _triples(doc)


def test_they_is_not_a_person(parse) -> None:
    doc = parse("Kenyan President William Ruto spoke on Monday. They accused Somalia of "
                "stalling.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


# -- a measure with no owner in its sentence is the earlier measure's owner's --------------

def test_later_penalties_belong_to_the_earlier_imposer(parse) -> None:
    doc = parse("Norway imposed sanctions on Belarus on Monday. The penalties also hit "
                "businessman Oleg Sidorenko.")
    assert ("SANCTION", "norway", "oleg-sidorenko") in _triples(doc)


def test_a_measure_owned_in_its_sentence_keeps_that_owner(parse) -> None:
    doc = parse("Norway imposed sanctions on Belarus on Monday. Finland's penalties also hit "
                "businessman Oleg Sidorenko.")
    triples = _triples(doc)
    assert ("SANCTION", "finland", "oleg-sidorenko") in triples
    assert ("SANCTION", "norway", "oleg-sidorenko") not in triples


@pytest.mark.parametrize("text", [
    "Peru and Chile held talks on Monday. The sanctions hit businessman Oleg Sidorenko.",
    "The sanctions hit businessman Oleg Sidorenko.",
])
def test_a_measure_with_no_earlier_owner_has_no_source(parse, text: str) -> None:
    assert not [t for t in _triples(parse(text)) if t[0] == "SANCTION"], text


# -- a description several actors fit stays unresolved --------------------------------------

def test_a_neighbour_of_no_known_side_needs_a_single_state_before(parse) -> None:
    doc = parse("After Laos and Vietnam held talks, officials warned the neighbouring country "
                "of consequences.")
    assert not [m for m in doc._.mentions if m.text == "country"]


def test_neighbours_in_the_plural_are_not_one_state(parse) -> None:
    doc = parse("Thailand and Vietnam signed a trade pact. Vietnam has disputes over territory "
                "with its neighbours.")
    assert not [m for m in doc._.mentions if m.text == "neighbours"]


def test_those_places_are_not_the_owner_of_the_same_noun(parse) -> None:
    doc = parse("Nepal published a map of Nepal's territories. India controls these "
                "territories.")
    assert not [m for m in doc._.mentions if m.text == "territories"]


def test_they_after_a_listed_group_is_each_person_listed(parse) -> None:
    doc = parse("The three suspended Kenyan ministers — Jane Wanjiku, Peter Otieno and Mary "
                "Akinyi — are all from the trade ministry. They criticised Uganda on social "
                "media.")
    triples = _triples(doc)
    assert {("ACCUSE", p, "uganda") for p in ("jane-wanjiku", "peter-otieno", "mary-akinyi")} \
        <= triples
    assert ("ACCUSE", "kenya", "uganda") not in triples


# -- a pronoun speaker after a new paragraph is the last person who was a subject ------------

def _speaker_of(doc, word: str) -> str | None:
    return next((m.actor for m in doc._.mentions if m.reason == "pronoun" and m.text == word),
                None)


def test_he_told_is_the_last_subject_not_the_last_person_mentioned(parse) -> None:
    doc = parse("Foreign ministry spokesman Carlos Ruiz said Lima had protested to Quito "
                "about opposition leader Ana Torres.\n\n"
                '"We oppose any country giving a platform to such people," he told '
                "reporters.")
    assert _speaker_of(doc, "he") == "carlos-ruiz"


def test_a_subject_named_in_apposition_is_the_speaker(parse) -> None:
    doc = parse("Deputy minister Jan Kowal criticised the ruling, while another deputy, "
                "Piotr Nowak, said it insulted judge Adam Lis.\n\n"
                '"This is robbery," he said on Monday.')
    assert _speaker_of(doc, "he") == "piotr-nowak"


def test_a_sentence_initial_it_continues_the_main_subject(parse) -> None:
    doc = parse("The Ethiopian government said on Friday that Egypt was sabotaging the talks. "
                "It also warned Cairo against any military action.")
    assert ("THREATEN", "ethiopia", "egypt") in _triples(doc)


# -- the owner of an unowned act is who did the act reported before, not who reported it ------

def test_an_unowned_act_belongs_to_the_doer_the_sentence_before_reported(parse) -> None:
    doc = parse("The Peruvian foreign ministry said Chile's patrol boat had entered Peru's "
                'waters. "Such acts violate international law," spokeswoman Ana Torres said.')
    triples = _triples(doc)
    assert ("ACCUSE", "ana-torres", "chile") in triples
    assert not [t for t in triples if t[1] == "ana-torres" and t[2] != "chile"]


# -- a quotation's sentence takes the speaker its attribution names in another sentence ------

@pytest.mark.parametrize("text", [
    'Peru answered on Monday. "Chile has armed the rebels for months. This is hostile," the '
    'Peruvian government said.',
    'The Peruvian government said: "We are patient. Chile has armed the rebels."',
    '"We are patient," the Peruvian government said. "Chile has armed the rebels."',
])
def test_a_wrong_in_a_quotation_accuses_its_doer(parse, text: str) -> None:
    assert ("ACCUSE", "peru", "chile") in _triples(parse(text))


def test_a_quoted_demand_is_no_accusation(parse) -> None:
    doc = parse('"Peru urges Chile to publish the letters," the Peruvian government said.')
    assert ("ACCUSE", "peru", "chile") not in _triples(doc)


# -- a passive measure without its agent is the imposer's of the nearest earlier one ---------

def test_a_passive_measure_without_agent_belongs_to_the_earlier_imposer(parse) -> None:
    doc = parse("Canada imposed sanctions on Peru on Monday. Pedro Ruiz and Senator Maria "
                "Gonzalez have also been sanctioned.")
    triples = _triples(doc)
    assert {("SANCTION", "canada", "pedro-ruiz"),
            ("SANCTION", "canada", "maria-gonzalez")} <= triples, triples


def test_officials_are_not_sanctioned_by_their_own_states_earlier_measure(parse) -> None:
    doc = parse("Peru imposed sanctions on Chile on Monday. In response, the Peruvian "
                "senator Maria Gonzalez was banned from entering Chile.")
    assert ("SANCTION", "peru", "maria-gonzalez") not in _triples(doc)


def test_they_is_each_of_coordinated_actors_named_before(parse) -> None:
    doc = parse("Ghana and Togo closed their borders with Mali, which they accuse of harbouring "
                "rebels.")
    triples = _triples(doc)
    assert {("ACCUSE", "ghana", "mali"), ("ACCUSE", "togo", "mali")} <= triples, triples


def test_them_is_each_of_coordinated_people_named_before(parse) -> None:
    doc = parse("The ministers John Miller and David Brown may no longer enter Estonia, "
                "which accuses them of spreading hatred.")
    triples = _triples(doc)
    assert {("ACCUSE", "estonia", "john-miller"),
            ("ACCUSE", "estonia", "david-brown")} <= triples, triples


def test_a_clause_said_of_a_name_keeps_its_own_polarity(parse) -> None:
    # the relative clause on a name asserts its own event; a restrictive one on a refused
    # thing stays refused
    doc = parse("The two senators were not allowed to enter Latvia, which accuses them of "
                "inciting violence.")
    assert [r for r in doc._.relations if r.type == "ACCUSE" and r.source == "latvia"
            and r.mode == "asserted"]
    doc = parse("Chile would not tolerate any moves that would impose sanctions on Peru.")
    assert ("SANCTION", "chile", "peru") not in _triples(doc)
    # another's act in a restrictive clause is its own
    doc = parse("Kenya will close two crossings to stop the refugees that it accuses Uganda "
                "of pushing across.")
    assert ("ACCUSE", "kenya", "uganda") in _triples(doc)


# -- the owner of an unowned act: who did it, never who suffered it or merely was someone ----

def test_being_someone_is_no_act_that_owns_a_later_decision(parse) -> None:
    doc = parse("Bolivia closed its border with Peru on Monday. Its trade minister, Marco Quispe, "
                "was an envoy to Lima at the time. Peru said the decision was unjustified.")
    triples = _triples(doc)
    assert ("ACCUSE", "peru", "bolivia") in triples
    assert not [t for t in triples if t[0] == "ACCUSE" and t[2] == "marco-quispe"]


def test_the_one_detained_did_not_detain(parse) -> None:
    doc = parse("Togo arrested the blogger Martin Keller on Monday. Keller had criticised the "
                "army. Ghana said Mr Keller's detention was unlawful.")
    triples = _triples(doc)
    assert ("ACCUSE", "ghana", "togo") in triples
    assert ("ACCUSE", "ghana", "martin-keller") not in triples


def test_it_takes_up_a_singular_act_done_to_someone(parse) -> None:
    doc = parse("Chile executed a Peruvian citizen on Monday. The execution provoked protests, "
                "with Peru calling it a scandal.")
    assert ("ACCUSE", "peru", "chile") in _triples(doc)


def test_a_concern_over_an_act_owned_by_a_non_actor_looks_no_further(parse) -> None:
    doc = parse("Chile closed its border on Monday. Peru voiced concern over the ruling party's "
                "actions.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


def test_denouncing_the_decision_as_a_participle_clause(parse) -> None:
    doc = parse("Chile closed its border with Peru on Monday. Peru responded by denouncing the "
                "decision.")
    assert ("ACCUSE", "peru", "chile") in _triples(doc)


def test_condemning_the_deaths_of_civilians_accuses_no_civilians(parse) -> None:
    doc = parse("Bolivia recalled its envoy, condemning the deaths of civilians in the war.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


def test_the_decision_is_the_act_an_earlier_sentence_names_with_its_owner(parse) -> None:
    doc = parse("Ghana has reacted angrily to the suspension of a visa agreement by the European "
                "Union. The step may force Ghanaian diplomats to apply for visas. Speaking a day "
                "later, Ghana's foreign minister called the decision unjustified.")
    accused = {t[2] for t in _triples(doc) if t[0] == "ACCUSE"}
    assert accused == {"eu"}


@pytest.mark.parametrize("verdict", ["politically wrong", "unreasonable", "irrational",
                                     "inappropriate", "disrespectful"])
def test_a_verdict_on_an_unowned_decision(parse, verdict: str) -> None:
    doc = parse(f"Chile suspended the visa agreement with Peru. Peru said the decision was "
                f"{verdict}.")
    assert ("ACCUSE", "peru", "chile") in _triples(doc)


def test_the_three_governments_of_a_list_with_a_serial_comma(parse) -> None:
    doc = parse("Ghana, Sierra Leone, and Togo issued a joint statement on Sunday. The three "
                "governments condemned Guinea.")
    accusers = {t[1] for t in _triples(doc) if t[0] == "ACCUSE" and t[2] == "guinea"}
    assert accusers == {"ghana", "sierra-leone", "togo"}


def test_a_wrong_against_the_speakers_side_is_the_act_of_whoever_made_a_demand_of_it(
        parse) -> None:
    doc = parse("Peru sharply criticised Chile's request for compensation. \"We are facing "
                "blackmail against Peru,\" Justice Minister Luis Vargas said on Tuesday.")
    assert ("ACCUSE", "luis-vargas", "chile") in _triples(doc)


def test_any_aggression_against_us_names_no_act_yet(parse) -> None:
    doc = parse("Chad moved troops to the border on Monday. \"Any aggression against Sudan "
                "would mean war,\" the Sudanese minister Omar Bashir said.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


def test_the_decision_may_be_the_act_that_prompted_the_speakers_own(parse) -> None:
    doc = parse("Peru recalled its ambassador on Monday after Chile expelled two Peruvian "
                "diplomats. Peru said the decision was unjustified.")
    assert ("ACCUSE", "peru", "chile") in _triples(doc)


def test_any_move_against_us_takes_up_no_act_named_before(parse) -> None:
    doc = parse("Chad closed the border crossing on Monday. \"Any move against our troops is a "
                "provocation,\" the Sudanese minister Omar Bashir said.")
    assert not [t for t in _triples(doc) if t[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Human Rights Watch accused Malawi's police of torturing suspects. Zambia said the "
    "behaviour was a violation of the law.",
    "Human Rights Watch accused Malawi's police of torturing suspects. The behaviour flouts "
    "the law, Zambia said.",
])
def test_a_deed_judged_later_is_the_one_accused_of_it(parse, text: str) -> None:
    triples = _triples(parse(text))
    assert ("ACCUSE", "zambia", "malawi-police") in triples
    assert ("ACCUSE", "zambia", "human-rights-watch") not in triples


def test_a_response_answers_the_accusation_not_the_deed(parse) -> None:
    doc = parse("Chile accused Peru of issuing a hostile statement. Peru vowed a stern response.")
    assert ("THREATEN", "peru", "chile") in _triples(doc)


@pytest.mark.parametrize("text", [
    "Chile held naval exercises near the border on Monday. Peru called the drills a provocation.",
    "Chile held naval exercises near the border on Monday. Peru condemned the manoeuvres.",
])
def test_judging_an_earlier_military_act_accuses_whoever_did_it(parse, text: str) -> None:
    assert ("ACCUSE", "peru", "chile") in {(r.type, r.source, r.target) for r in
                                           parse(text)._.relations if r.mode == "asserted"}


def test_his_government_is_the_subjects_not_the_last_person_talked_about(parse) -> None:
    doc = parse("Peruvian President Luis Pardo said Chilean Foreign Minister Ana Rojas had lied. "
                "His government recalled its ambassador from Bolivia on Monday.")
    assert ("SANCTION", "peru", "bolivia") in _triples(doc)
    assert ("SANCTION", "chile", "bolivia") not in _triples(doc)


# -- a body named as someone else's is never the article's country ------------------------

def test_the_leadership_of_a_named_party_is_that_party(parse) -> None:
    doc = parse("Mozambique's opposition condemned the leadership of the ruling Frelimo party "
                "for the crackdown on marchers.")
    triples = _triples(doc)
    assert ("ACCUSE", "mozambique-opposition", "frelimo") in triples
    assert ("ACCUSE", "mozambique-opposition", "mozambique") not in triples


def test_a_body_of_an_unknown_region_is_not_the_speakers_country(parse) -> None:
    doc = parse("Ana Ferreira, a Portuguese envoy tasked with the truce, accused the "
                "leadership of the breakaway Transnistria region of blocking the talks.")
    assert not [t for t in _triples(doc) if t[2] == "portugal"]


def test_the_government_of_a_named_president_is_still_the_state(parse) -> None:
    doc = parse("The Tanzanian opposition party accused the government of President Amani "
                "Mrisho of silencing critics.")
    assert any(t[2] in ("tanzania", "amani-mrisho") for t in _triples(doc))
