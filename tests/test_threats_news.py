"""Threats as news writes them (sentences written for these tests, none from an evaluation set):
stated consequences, ultimatums, announced measures, and what is not a threat."""

from __future__ import annotations

from typing import Any

import pytest


def _threats(doc: Any) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc._.relations
            if r.type == "THREATEN" and r.mode == "asserted"}


def _asserted(doc: Any, type_: str) -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc._.relations
            if r.type == type_ and r.mode == "asserted"}


@pytest.mark.parametrize(("text", "relation"), [
    # a consequence laid on the target
    ("Ghana said it would hold Togo accountable for the raid.", ("ghana", "togo")),
    ("Mali will be held accountable for the consequences, Niger said.", ("niger", "mali")),
    ("The consequences will be the responsibility of Chile, Peru said.", ("peru", "chile")),
    ("Bolivia said Paraguay would bear full responsibility for the consequences.",
     ("bolivia", "paraguay")),
    # a forbearance that ends
    ("Kenya said its patience with Uganda was running out.", ("kenya", "uganda")),
    ("Egypt's patience with Sudan is wearing thin, the minister warned.", ("egypt", "sudan")),
    # a countermeasure announced in the passive
    ("Bolivia said measures would be taken if Chile kept the border closed.",
     ("bolivia", "chile")),
    ("Firm action will be taken against Eritrea, Ethiopia said.", ("ethiopia", "eritrea")),
])
def test_a_consequence_laid_on_someone_threatens_them(parse: Any, text: str,
                                                      relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Peru held Chile responsible for the attack.",  # an accusation, not a promise
    "The ministry will be responsible for the elections, Chile said.",  # no consequence
    "Kenya said its patience with Uganda had paid off.",  # patience that does not end
    "Measures were taken against Eritrea, Ethiopia said.",  # taken: a deed, not a threat
])
def test_what_is_no_stated_consequence(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_an_ultimatum_goes_on_in_the_next_sentence(parse: Any) -> None:
    doc = parse("Brazil gave Paraguay a week to pay the debt. Otherwise, it would face "
                "sanctions.")
    assert ("brazil", "paraguay") in _threats(doc)


def test_a_threat_told_to_someone_targets_them(parse: Any) -> None:
    doc = parse("Morocco said it had told Spain that it would cut diplomatic ties if the "
                "visit went ahead.")
    assert ("morocco", "spain") in _threats(doc)


def test_warning_someone_to_act_threatens_them_not_the_places_named(parse: Any) -> None:
    doc = parse("Eritrea warned Ethiopia to pull its troops out of Sudan or face attacks.")
    assert _threats(doc) == {("eritrea", "ethiopia")}


def test_a_provocation_that_will_not_go_unanswered(parse: Any) -> None:
    doc = parse('"Albanian incursions are unacceptable and this is a provocation that will '
                'not go unanswered," Serbia said.')
    assert ("serbia", "albania") in _threats(doc)


def test_a_dispute_taken_to_a_forum_threatens_the_other_party(parse: Any) -> None:
    doc = parse("Chile raised tariffs on copper from Peru. Peru hit back, threatening to "
                "raise the issue at the World Trade Organization.")
    threats = _threats(doc)
    assert ("peru", "chile") in threats
    assert not {t for _, t in threats if t == "wto"}


@pytest.mark.parametrize("text", [
    "The militia camps posed a direct threat to Chad, Sudan said.",
    "The drills represent a threat to Greece, Cyprus said.",
])
def test_a_danger_posed_by_something_is_no_threat_made(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_an_official_does_not_threaten_his_own_state(parse: Any) -> None:
    doc = parse('"We will never tolerate attacks on Peruvian soil," the Peruvian president '
                'said.')
    assert not {t for _, t in _threats(doc) if t == "peru"}


@pytest.mark.parametrize(("text", "relation"), [
    ("Canada to impose sanctions on Nicaragua", ("canada", "nicaragua")),
    ("Japan is to freeze the assets of Belarus.", ("japan", "belarus")),
    ("Ecuador welcomed Canada's proposal to suspend aid to Nicaragua.",
     ("canada", "nicaragua")),
    ("Ghana's president said Ghana will sever diplomatic ties with Togo.", ("ghana", "togo")),
    ("Chile will impose new tariffs on Peru from March.", ("chile", "peru")),
])
def test_a_measure_announced_but_not_in_force_threatens(parse: Any, text: str,
                                                       relation: tuple[str, str]) -> None:
    doc = parse(text)
    assert relation in _threats(doc)
    assert relation not in _asserted(doc, "SANCTION")


def test_a_measure_taken_is_no_threat(parse: Any) -> None:
    doc = parse("Canada imposed sanctions on Nicaragua.")
    assert ("canada", "nicaragua") in _asserted(doc, "SANCTION")
    assert not _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    ('"If Chile closes the border, there will be war," Bolivia said.', ("bolivia", "chile")),
    ("Ghana said there would be retaliation if Togo shelled the port.", ("ghana", "togo")),
    ('"If Duarte does not step down, we will be heading for bloodshed," declared Morales.',
     ("morales", "duarte")),
])
def test_a_harm_promised_on_a_condition_threatens_whose_act_it_is(
        parse: Any, text: str, relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "If the talks fail, the war will continue, Ghana said.",  # no actor in the condition
    "If Chile closes the border, prices will rise, Bolivia said.",  # no harm named
    "There was war after Chile closed the border, Bolivia said.",  # no promise
])
def test_what_is_no_conditional_harm(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_further_steps_against_someone_threaten_them(parse: Any) -> None:
    doc = parse("Chile raised tariffs on copper. Peru warned further measures against Chile "
                "could follow.")
    assert ("peru", "chile") in _threats(doc)


def test_the_right_to_take_measures_threatens_who_acted(parse: Any) -> None:
    doc = parse("Chile raised tariffs on copper from Peru. Peru said Lima had the right to "
                "take legitimate measures.")
    assert ("peru", "chile") in _threats(doc)


def test_a_commented_quote_has_its_speaker(parse: Any) -> None:
    doc = parse('"Albanian incursions are a provocation that will not go unanswered," Serbia '
                'commented on the talks.')
    assert ("serbia", "albania") in _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    ("Ghana will impose tariffs on Togo if the talks fail.", ("ghana", "togo")),
    ("Ghana said it would not hesitate to use force against Togo.", ("ghana", "togo")),
    ("Ghana warned of retaliation if Togo closed the border.", ("ghana", "togo")),
    ("Any aggression by Togo will be met with a decisive response, Ghana said.",
     ("ghana", "togo")),
    ("Ghana said it was ready to use force against Togo.", ("ghana", "togo")),
    ("Chile is prepared to take military action against Bolivia.", ("chile", "bolivia")),
    ("Ghana's threat to invade Togo alarmed the region.", ("ghana", "togo")),
    ("Ghana gave Togo 48 hours to withdraw its troops.", ("ghana", "togo")),
    ("Chile has given Bolivia until Friday to release the prisoners.", ("chile", "bolivia")),
])
def test_more_ways_of_threatening(parse: Any, text: str, relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Ghana will send aid to Togo if the rains fail.",  # a promise, not a threat
    "Ghana said it would hesitate to use force against Togo.",  # hesitation threatens no one
    "Any attack on Ghana will be met with a decisive response, Ghana said.",  # no one named
    "Ghana said it was ready to resume talks with Togo.",  # readiness to talk
    "Ghana is not ready to strike Togo.",
    "Peru gave the Bolivian ambassador 72 hours to leave the country.",  # an expulsion
    "Ghana gave Togo aid to rebuild its schools.",
])
def test_what_is_none_of_those_threats(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_a_threatened_invasion_is_no_invasion(parse: Any) -> None:
    doc = parse("Ghana's threat to invade Togo alarmed the region.")
    assert not _asserted(doc, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Ghana is considering sanctions against Togo.",
    "Ghana is weighing sanctions on Togo.",
    "Ghana said it was preparing a package of sanctions against Togo.",
    "Ghana is set to impose sanctions on Togo next week.",
    "Ghana is poised to freeze the assets of Togo's central bank.",
    "Ghana's announcement of sanctions against Togo angered Lome.",
])
def test_sanctions_being_prepared_threaten(parse: Any, text: str) -> None:
    doc = parse(text)
    assert ("ghana", "togo") in _threats(doc)
    assert not _asserted(doc, "SANCTION")


def test_sanctions_not_considered_threaten_no_one(parse: Any) -> None:
    assert not _threats(parse("Ghana is not considering sanctions against Togo."))


@pytest.mark.parametrize("text", [
    "Ghana is ready to strike a deal with Togo.",
    "Ghana said it was willing to end the dispute with Togo.",
    "Ghana said it would strike a deal with Togo.",
    "If Chile requests help, there will be a quick response, Peru said.",
    "Chile raised tariffs on copper. Peru warned further measures could follow.",
])
def test_cooperation_and_help_threaten_no_one(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_a_warning_to_ones_citizens_threatens_no_one_with_their_act(parse: Any) -> None:
    doc = parse("Ghana's warning to its citizens to avoid Togo was renewed.")
    assert ("ghana", "togo") not in _threats(doc)


def test_a_warning_that_something_is_so_is_no_threat(parse: Any) -> None:
    doc = parse("Ghana warned that the arrests violate the Vienna Convention, Togo said.")
    assert not _threats(doc)


def test_a_warning_that_something_will_happen_threatens(parse: Any) -> None:
    doc = parse("Serbia warned that its troops would enter Kosovo.")
    assert ("serbia", "kosovo") in _threats(doc)


def test_a_body_a_complaint_is_lodged_at_is_no_target(parse: Any) -> None:
    doc = parse("Peru has threatened to file a complaint against Chile at the World Trade "
                "Organization.")
    threats = _threats(doc)
    assert ("peru", "chile") in threats
    assert not {t for _, t in threats if t == "wto"}


def test_an_ultimatum_to_withdraw_threatens_whom_it_is_given(parse: Any) -> None:
    doc = parse("Ghana gave an ultimatum to Togo to withdraw Togolese troops from the border.")
    assert {t for _, t in _threats(doc)} <= {"togo"}


@pytest.mark.parametrize(("text", "relation"), [
    ("Quito later set a May 15 deadline for Lima to comply.", ("ecuador", "peru")),
    ('"Chile will counter Bolivia\'s decision in kind," the Chilean government said.',
     ("chile", "bolivia")),
])
def test_deadlines_set_and_counters_promised(parse: Any, text: str,
                                              relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_a_deadline_for_talks_threatens_no_one(parse: Any) -> None:
    assert not _threats(parse("Ghana set a deadline for the talks with Togo."))


@pytest.mark.parametrize(("text", "relation"), [
    ("Ghana said it would take countermeasures against Togo.", ("ghana", "togo")),
    ("Ghana said it would take all necessary measures if Togo refused.", ("ghana", "togo")),
])
def test_countermeasures_promised_against_someone(parse: Any, text: str,
                                                  relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_measures_for_ones_own_threaten_no_one(parse: Any) -> None:
    assert not _threats(parse("Ghana will take measures to protect its citizens."))


def test_retribution_said_after_someone_acted_answers_them(parse: Any) -> None:
    doc = parse("Togo shelled the border town. Ghana said there would be retribution.")
    assert ("ghana", "togo") in _threats(doc)


def test_a_harm_with_no_one_before_threatens_no_one(parse: Any) -> None:
    assert not _threats(parse("Ghana said there would be war."))


def test_threatened_with_a_measure_by_someone(parse: Any) -> None:
    assert ("ghana", "togo") in _threats(parse("Togo was threatened with sanctions by Ghana."))


def test_the_subject_of_a_warned_clause_is_not_the_one_warned(parse: Any) -> None:
    doc = parse("Foreign Minister Ana Rojas of Peru warned Peru would impose sanctions if her "
                "visit were blocked.")
    assert not {t for _, t in _threats(doc) if t == "peru"}


@pytest.mark.parametrize(("text", "pair"), [
    ("The Turkish government made threats in July to break the migration pact with the EU.",
     ("turkey", "eu")),
    ("Ankara's threat to suspend trade with Greece alarmed investors.", ("turkey", "greece")),
])
def test_a_measure_in_a_threat_s_infinitive_is_threatened_not_taken(parse, text: str,
                                                                    pair: tuple[str, str]
                                                                    ) -> None:
    found = {(r.type, r.source, r.target, r.mode) for r in parse(text)._.relations}
    assert ("THREATEN", *pair, "asserted") in found
    assert ("SANCTION", *pair, "asserted") not in found


def test_retaliation_for_an_act_does_not_threaten_its_doer(parse) -> None:
    doc = parse("China declared a Canadian diplomat persona non grata in retaliation for "
                "Ottawa's expulsion of a Chinese official.")
    assert not [r for r in doc._.relations if r.type == "THREATEN" and r.source == "canada"]


@pytest.mark.parametrize("text", [
    "Chile recognised the breakaway region on Tuesday. Peru said it would not tolerate the move.",
    "Chile expelled two Peruvian diplomats. \"We will not tolerate this decision,\" Peru said.",
])
def test_an_act_not_to_be_borne_threatens_its_doer_named_before(parse, text: str) -> None:
    assert ("peru", "chile") in _asserted(parse(text), "THREATEN")


def test_not_tolerating_an_unowned_thing_threatens_no_one_else(parse) -> None:
    doc = parse("Peru said it would not tolerate the move.")
    assert not _asserted(doc, "THREATEN")


def test_an_ultimatum_given_to_a_state_threatens_it(parse) -> None:
    doc = parse("Kenya gave an ultimatum to Somalia to withdraw its troops by March.")
    assert ("kenya", "somalia") in _asserted(doc, "THREATEN")


@pytest.mark.parametrize("text", [
    "Chile imposed tariffs on Peruvian grain. Peru warned that it would take further measures.",
    "Chile imposed tariffs on Peruvian grain. Peru warned of consequences.",
])
def test_a_warning_of_unnamed_measures_threatens_who_acted_before(parse, text: str) -> None:
    assert ("peru", "chile") in _asserted(parse(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Chile hosted a summit. Peru said it would take measures to protect its fishermen.",
    "Chile imposed tariffs on Peruvian grain. Peru warned that Chile would take further "
    "measures.",
])
def test_measures_for_a_purpose_or_of_another_threaten_no_one_for_the_speaker(
        parse, text: str) -> None:
    assert ("peru", "chile") not in _asserted(parse(text), "THREATEN")


@pytest.mark.parametrize("text", [
    "Chile said Bolivia will face consequences.",
    "Chile said Bolivia will pay a heavy price.",
    "Chile said Bolivia would become a target.",
    "Chile said Bolivia will regret it.",
])
def test_a_harm_the_subject_will_suffer_threatens_it(parse: Any, text: str) -> None:
    assert ("chile", "bolivia") in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Chile said Bolivia will face a presidential election next year.",
    "Chile said Bolivia will pay the bill for the summit.",
    "Chile said Bolivia will become a full member of the bloc.",
    "Chile said Bolivia will see strong growth this year.",
])
def test_what_the_subject_will_face_without_harm_is_no_threat(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_a_court_a_dispute_is_taken_to_is_not_threatened(parse: Any) -> None:
    doc = parse("Chile warned Peru that it would take the case to the International Court of "
                "Justice.")
    assert ("chile", "peru") in _threats(doc)
    assert ("chile", "icj") not in _threats(doc)


def test_an_act_that_will_not_go_unanswered_is_the_target_s(parse: Any) -> None:
    doc = parse("Chile said Peru's decision would not go unanswered.")
    assert ("chile", "peru") in _threats(doc)
    assert ("peru", "chile") not in _threats(doc)


def test_a_participle_joined_to_an_object_keeps_the_first_participle_s_subject(
        parse: Any) -> None:
    doc = parse("Ghana condemned a Togolese raid that killed two soldiers, calling it a "
                '"flagrant violation of its sovereignty" and warning of retaliation.')
    assert ("ghana", "togo") in _threats(doc)


@pytest.mark.parametrize("text", [
    "Chad shelled a Sudanese border post on Monday. Sudan said it would retaliate.",
    "Chad shelled a Sudanese border post on Monday. Sudan warned it could respond militarily.",
])
def test_a_promised_response_answers_who_last_acted(parse: Any, text: str) -> None:
    assert ("sudan", "chad") in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Minister Pedro Gomez slammed Peru for closing the border to trucks and said Chile would "
    "retaliate by suspending gas exports.",
    "Chile condemned the Peruvian raid and vowed to retaliate.",
])
def test_a_response_answers_whom_its_speaker_just_condemned(parse: Any, text: str) -> None:
    threats = _threats(parse(text))
    assert ("chile", "peru") in threats
    assert ("chile", "pedro-gomez") not in threats


def test_a_response_to_a_thing_answers_no_one(parse: Any) -> None:
    doc = parse("Chad sent a letter to Sudan on Monday. Sudan said it would respond to the "
                "letter next week.")
    assert not _threats(doc)


@pytest.mark.parametrize("text", [
    "Chad shelled a Sudanese border post on Monday. Sudan will take all necessary measures to "
    "defend its sovereignty, the minister said.",
    "Chad seized two Sudanese trucks on Monday. Sudan will take further steps, the ministry "
    "said.",
])
def test_all_necessary_measures_answer_who_last_acted(parse: Any, text: str) -> None:
    assert ("sudan", "chad") in _threats(parse(text))


def test_measures_already_taken_threaten_no_one(parse: Any) -> None:
    doc = parse("Chad seized two Sudanese trucks on Monday. Sudan took all necessary measures, "
                "the ministry said.")
    assert not _threats(doc)


def test_a_place_an_adverb_leads_to_is_the_act_s_object(parse: Any) -> None:
    doc = parse("Kenya threatened to ship the seized cargo back to Tanzania.")
    assert ("kenya", "tanzania") in _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    ("Greece said it would veto Albania's bid to join the bloc unless the mayor is released.",
     ("greece", "albania")),
    ("Hungary vowed to veto Ukraine's membership talks.", ("hungary", "ukraine")),
])
def test_a_promised_veto_threatens_whose_bid_it_blocks(parse: Any, text: str,
                                                       relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize(("text", "relation"), [
    ("Chile urged Peru not to pass the fishing law and warned it would harm ties.",
     ("chile", "peru")),
    ("Ghana condemned Togo for hosting the rebel leaders and warned that it will impact "
     "diplomatic relations.", ("ghana", "togo")),
    ("Chile warned that the new law would damage its relations with Peru.", ("chile", "peru")),
])
def test_a_warning_that_ties_will_suffer_threatens_the_other_party(
        parse: Any, text: str, relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Chile warned that the dispute would harm relations between Peru and Bolivia.",
    "Chile urged Peru to drop the law and warned that prices would rise.",
])
def test_a_warning_about_others_ties_or_no_ties_threatens_no_one(parse: Any,
                                                                  text: str) -> None:
    assert not _threats(parse(text))


def test_an_infinitive_after_an_adverbial_is_still_the_threatened_act(parse: Any) -> None:
    assert ("kenya", "somalia") in _threats(parse("Kenya threatened on Monday to expel Somali "
                                                  "diplomats."))


def test_a_measure_being_considered_threatens_its_target(parse: Any) -> None:
    doc = parse("Nicaragua said it was considering suspending diplomatic relations with Panama.")
    assert ("nicaragua", "panama") in _threats(doc)
    assert ("nicaragua", "panama") not in _asserted(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Peru said that Chile must not underestimate its firm resolve to defend its sovereignty.",
    '"Chile should not misjudge Peru\'s determination to protect its waters," the minister '
    "said.",
    # the first verb's 'must not' is the coordinated verb's too
    "Peru said that Chile must not misjudge the situation or underestimate its resolve to "
    "defend its waters.",
])
def test_a_resolve_not_to_be_underestimated_threatens_the_one_told(parse: Any,
                                                                   text: str) -> None:
    assert ("peru", "chile") in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Peru said Chile had underestimated its resolve.",
    "Peru said Chile must not underestimate the risks of the dispute.",
])
def test_a_misjudged_resolve_stated_or_a_risk_threatens_no_one(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_a_conjoined_act_shares_the_first_verb_s_modal(parse: Any) -> None:
    doc = parse("Slovakia said it may reduce support for refugees and stop electricity supplies "
                "to Ukraine.")
    assert ("slovakia", "ukraine") in _threats(doc)


def test_the_beneficiary_of_what_a_threatened_act_takes_back_is_its_target(parse: Any) -> None:
    doc = parse("China said it would suspend tariff concessions given to Taiwan under the trade "
                "deal.")
    assert ("china", "taiwan") in _threats(doc)


def test_a_warning_does_not_threaten_the_speaker_s_own_state(parse: Any) -> None:
    doc = parse("Lula warned that any tariff increases would be met with reciprocal measures "
                "under Brazil's reciprocity law.")
    assert ("luiz-inacio-lula-da-silva", "brazil") not in _threats(doc)


@pytest.mark.parametrize("text", [
    "The African Union rejected the rebels' declaration of a parallel government, warning it "
    "threatens Sudan's unity.",
    "Kenya said the new dam threatens Egypt's water supply.",
])
def test_a_thing_that_endangers_someone_is_no_one_s_threat(parse: Any, text: str) -> None:
    assert not _threats(parse(text))


def test_the_one_a_news_agency_cites_is_the_speaker(parse: Any) -> None:
    doc = parse("Chile will face devastating consequences for its drills, the state news agency "
                "KCNA said on Tuesday, citing Kim Yo-jong.")
    assert ("kim-yo-jong", "chile") in _threats(doc)


def test_the_speaker_of_a_conditional_threat_is_not_its_condition(parse: Any) -> None:
    """The parser may read ", X said" as part of the 'if' clause: X is not threatened."""
    doc = parse("Chile will retaliate if the pressure intensifies, Chilean Foreign Minister "
                "Alberto van Klaveren said.")
    assert not [t for t in _threats(doc) if t[1] == "alberto-van-klaveren"]
    doc = parse("Quebec will cut power exports if the United States adds new duties, Premier "
                "Francois Legault warned.")
    assert ("francois-legault", "united-states") in _threats(doc)


def test_vowing_to_eradicate_someone_threatens_them(parse: Any) -> None:
    assert ("kenya", "al-shabaab") in _threats(parse("Kenya vowed to eradicate al-Shabaab."))


def test_held_responsible_for_someones_safety_is_a_warning_not_a_charge(parse: Any) -> None:
    doc = parse("ECOWAS holds the Malian army responsible for the safety of President Keita.")
    assert ("ecowas", "mali-armed-forces") in _threats(doc)
    assert not [r for r in doc._.relations if r.target == "ibrahim-boubacar-keita"]
    assert not [r for r in doc._.relations if r.type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Ghana is considering countermeasures against Togo.",
    "Ghana's president said he was mulling over a response to Togo's decision to close the "
    "border.",
])
def test_weighing_a_response_threatens_whom_it_answers(parse, text: str) -> None:
    found = {(r.source, r.target) for r in parse(text)._.relations
             if r.type == "THREATEN" and r.mode == "asserted"}
    assert any(t == "togo" for _, t in found), text


def test_a_measure_said_to_be_coming_is_taken_and_threatened(parse) -> None:
    # PLOVER codes the reported decision as the measure; its announcement also threatens
    found = {(r.type, r.source, r.target) for r in parse(
        "The ministry said Lisbon would bar the Angolan general from entering Portugal."
    )._.relations if r.mode == "asserted"}
    assert {("SANCTION", "portugal", "angolan-general"),
            ("THREATEN", "portugal", "angolan-general")} <= found


@pytest.mark.parametrize(("text", "relation"), [
    ('Chile said that Peru\'s decision would "not go unanswered."', ("chile", "peru")),
    ('Ghana warned that Togo will "pay a heavy price" for the raid.', ("ghana", "togo")),
])
def test_a_quoted_phrase_of_threat_is_still_the_phrase(parse: Any, text: str,
                                                       relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_refusing_to_rule_out_a_measure_threatens(parse: Any) -> None:
    assert ("chile", "peru") in _threats(parse("Chile refused to rule out sanctions against Peru."))


def test_whom_someone_is_warned_against_threatening_is_threatened_by_them(parse: Any) -> None:
    doc = parse("The European Union warned Turkey against threatening Cyprus.")
    assert ("european-union", "cyprus") not in {(r.source, r.target) for r in doc._.relations}
    assert ("turkey", "cyprus") in {(r.source, r.target) for r in doc._.relations
                                    if r.type == "THREATEN"}


@pytest.mark.parametrize(("text", "relation"), [
    ("Chile said it would not tolerate any attempt by Peru to seize the islands.",
     ("chile", "peru")),
    ("Peru seized a Chilean trawler. Chile said it would not stand idly by.", ("chile", "peru")),
])
def test_refusing_to_bear_an_act_threatens_its_doer(parse: Any, text: str,
                                                    relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


@pytest.mark.parametrize("text", [
    "Peru expelled two Chilean diplomats. Chile reserved its right to respond to the move.",
    "Peru expelled two Chilean diplomats. Chile said it was reserving the right to respond.",
])
def test_reserving_the_right_to_respond_threatens_whoever_acted(parse: Any, text: str) -> None:
    assert ("chile", "peru") in _threats(parse(text)), text


# -- acting against a warning: whoever warned threatened whoever acted -----------------------

@pytest.mark.parametrize(("text", "relation"), [
    ("Chile began drilling in the disputed area in defiance of an earlier warning by Peru's "
     "energy minister Rosa Quispe.", ("rosa-quispe", "chile")),
    ("Ghana will open the crossing next week, President John Mensah said, despite warnings "
     "from Togo.", ("togo", "ghana")),
    ("Bolivia, defying Peru's ultimatum, kept its troops at the border.", ("peru", "bolivia")),
])
def test_acting_despite_a_warning_was_threatened_by_the_warner(parse: Any, text: str,
                                                               relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text)), text


def test_a_warning_to_do_something_asks_and_does_not_threaten(parse: Any) -> None:
    doc = parse("Ghana held the vote despite Togolese warnings to respect the court's ruling.")
    assert not _threats(doc)


# -- a relationship put at stake threatens the other side -----------------------------------

@pytest.mark.parametrize(("text", "relation"), [
    ("Bolivia said its ties with Chile would suffer.", ("bolivia", "chile")),
    ('"Our relations with Bolivia may become much more strained if they do not act," the '
     "Chilean president Ana Rojas said.", ("ana-rojas", "bolivia")),
    ('"The ruling will have consequences for our relationship with Peru," Chile said.',
     ("chile", "peru")),
])
def test_a_relationship_said_to_suffer_threatens_the_partner(parse: Any, text: str,
                                                             relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text)), text


@pytest.mark.parametrize("text", [
    "Bolivia said its ties with Chile had suffered for years.",
    "Bolivia said its ties with Chile would improve.",
])
def test_a_past_or_better_relationship_threatens_no_one(parse: Any, text: str) -> None:
    assert not _threats(parse(text)), text


def test_a_threatened_act_on_a_thing_of_the_target_threatens_it(parse: Any) -> None:
    # "veto membership for X": the object names its target through a preposition
    doc = parse("Greece renewed its threat to veto membership for Albania.")
    assert ("greece", "albania") in _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    ("Norway warned that any new quotas imposed by Iceland would be met with reciprocal "
     "measures.", ("norway", "iceland")),
    ("Any seizure of our vessels by Eritrea will be answered with firm action, Djibouti said.",
     ("djibouti", "eritrea")),
])
def test_an_act_met_with_measures_threatens_its_doer(parse, text: str,
                                                     relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_measures_someone_takes_are_not_what_an_act_is_met_with(parse) -> None:
    doc = parse("Talks hosted by Qatar will take new steps toward a truce, Oman said.")
    assert not _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    # whom the warning answers: the actor that last acted against the speaker
    ("Guyana seized a Venezuelan fishing boat on Monday. Caracas warned of sanctions.",
     ("venezuela", "guyana")),
    # whom the speaker has just punished in the same sentence
    ("SADC suspended Madagascar from the bloc and warned of further penalties.",
     ("sadc", "madagascar")),
])
def test_a_warning_of_measures_that_names_no_one_is_for_whom_it_answers(
        parse, text: str, relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_a_warning_of_measures_against_no_one_in_particular_threatens_no_one(parse) -> None:
    doc = parse("The central bank warned of sanctions fatigue among exporters.")
    assert not _threats(doc)


@pytest.mark.parametrize(("text", "relation"), [
    ("Peru raised tariffs on Chilean wine. Santiago vowed to hit back.", ("chile", "peru")),
    ("Chad closed its border with Sudan. Khartoum pledged to fight back against N'Djamena.",
     ("sudan", "chad")),
])
def test_vowing_to_strike_back_threatens_whom_it_answers(parse, text: str,
                                                         relation: tuple[str, str]) -> None:
    assert relation in _threats(parse(text))


def test_fighting_back_after_a_loss_threatens_no_one(parse) -> None:
    assert not _threats(parse("The cyclist vowed to fight back after losing the race."))


@pytest.mark.parametrize(("text", "threat"), [
    ("Kenya told Uganda to pull back its troops or face the consequences.", True),
    ("Kenya urged Uganda to free the fishermen or pay a heavy price.", True),
    # a refusal that costs nothing is no threat
    ("Kenya asked Uganda to join the talks or go home.", False),
])
def test_the_harm_of_refusing_a_demand_threatens_the_one_asked(parse, text: str,
                                                                threat: bool) -> None:
    assert (("kenya", "uganda") in _threats(parse(text))) == threat, text


@pytest.mark.parametrize(("text", "threat"), [
    ("Kenya said it would not allow Uganda to divert the river.", True),
    ('"We will never allow Uganda to take our islands," Kenya said.', True),
    # a past refusal, or a ban in force, warns no one
    ("Kenya did not allow Uganda to divert the river.", False),
    ("Kenya will no longer allow Uganda's ministers to visit.", False),
])
def test_refusing_to_let_someone_act_warns_them(parse, text: str, threat: bool) -> None:
    assert (("kenya", "uganda") in _threats(parse(text))) == threat, text


def test_the_one_ready_to_act_threatens_not_who_reports_it(parse) -> None:
    doc = parse("Chile said Peru stands ready to respond by all available means.")
    assert not [r for r in doc._.relations if r.type == "THREATEN" and r.source == "chile"]
