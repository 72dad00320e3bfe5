"""Punitive measures named by their effect (issue 14, classes 3 and 8 for SANCTION): a status
("persona non grata"), a punitive list, and the cases each family must leave alone.

Every sentence here is written for the test; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest


def _pairs(doc, type_: str, mode: str = "asserted") -> set[tuple[str, str]]:
    return {(r.source, r.target) for r in doc._.relations
            if r.type == type_ and r.mode == mode}


def _families(doc, type_: str) -> set[str]:
    return {r.family for r in doc._.relations if r.type == type_}


# --- persona non grata -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Ghana's parliament declared the Togolese senator Kofi Mensah persona non grata.",
     "kofi-mensah"),
    ("The Peruvian senator Ana Soto was declared persona non grata by Bolivia.", "ana-soto"),
])
def test_persona_non_grata_bars_a_person(parse, text: str, pair: str) -> None:
    doc = parse(text)
    assert any(t == pair for _, t in _pairs(doc, "SANCTION")), doc._.relations
    assert "unwelcome" in _families(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Malawi declared Zambia's ambassador persona non grata.",
    # the envoy named, the post in apposition; or named before with the title
    "Malawi declared Ana Soto, first secretary at the Zambian embassy, persona non grata.",
    "Malawi summoned Zambian Ambassador Ana Soto. On Friday it declared Soto persona non grata.",
])
def test_persona_non_grata_of_an_envoy_is_an_expulsion(parse, text: str) -> None:
    doc = parse(text)
    assert _pairs(doc, "COERCE") and not _pairs(doc, "SANCTION")


def test_every_listed_person_is_declared_unwelcome(parse) -> None:
    doc = parse("Bolivia declared the Chilean minister Ana Soto and the Peruvian senator "
                "Luis Rojas persona non grata.")
    targets = {t for _, t in _pairs(doc, "SANCTION")}
    assert {"luis-rojas"} <= targets and any("soto" in t for t in targets), targets


def test_calling_a_claim_unwelcome_is_no_status(parse) -> None:
    doc = parse("Bolivia declared that Chile's claims were unwelcome.")
    assert not _pairs(doc, "SANCTION")


# --- punitive lists ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Canada added Eritrea to its sanctions list on Friday.",
    "Canada put Eritrea back on its list of state sponsors of terrorism.",
    "Ottawa announced the inclusion of Eritrea in its sanctions list.",
    "Ottawa announced the addition of Eritrea again to the terrorism blacklist.",
])
def test_putting_someone_on_a_punitive_list_sanctions_them(parse, text: str) -> None:
    assert ("canada", "eritrea") in _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    "Canada added Eritrea to its list of trading partners.",
    "Ottawa announced the inclusion of Eritrea in its list of safe countries.",
])
def test_a_list_that_punishes_no_one_is_no_sanction(parse, text: str) -> None:
    assert not _pairs(parse(text), "SANCTION"), text


# --- shut out of a body or its meetings --------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Guinea was suspended from ECOWAS after the coup.", ("ecowas", "guinea")),
    ("Belarus was barred from attending the OSCE summit.", ("osce", "belarus")),
    ("Guinea was suspended from the African Union's summit.", ("african-union", "guinea")),
])
def test_a_body_that_shuts_someone_out_sanctions_them(parse, text: str,
                                                      pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION"), text


def test_shut_out_of_a_market_names_no_body(parse) -> None:
    doc = parse("Two Kenyan firms were banned from the Ugandan market.")
    assert "excluded_from" not in _families(doc, "SANCTION")


def test_a_body_agreeing_to_ban_someone_has_decided_it(parse) -> None:
    doc = parse("The Arab League agreed to ban Syria from its future meetings.")
    assert ("arab-league", "syria") in _pairs(doc, "SANCTION")


def test_agreeing_to_sanction_only_if_is_still_conditional(parse) -> None:
    doc = parse("The bloc agreed to impose sanctions on Belarus if Minsk refuses.")
    assert not _pairs(doc, "SANCTION")


# --- leaving or suspending talks and joint undertakings -----------------------------------

def test_withdrawing_from_talks_sanctions_the_other_party_and_is_no_retreat(parse) -> None:
    doc = parse("Honduras withdrew from the talks with Nicaragua on Monday.")
    assert ("honduras", "nicaragua") in _pairs(doc, "SANCTION")
    assert not _pairs(doc, "RETREAT")


def test_withdrawing_from_a_body_s_resolution_sanctions_the_body(parse) -> None:
    doc = parse("Fiji is withdrawing from an ASEAN resolution on fisheries.")
    assert ("fiji", "asean") in _pairs(doc, "SANCTION")


def test_withdrawing_troops_from_a_town_is_no_sanction(parse) -> None:
    doc = parse("Chad withdrew its troops from the Sudanese town of Geneina.")
    assert "withdraw_engagement" not in _families(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Honduras suspended the next round of negotiations until Nicaragua frees the fishermen.",
    '"I have decided to halt the third cycle of talks until Nicaragua frees the fishermen," '
    "the Honduran president Ana Diaz said.",
])
def test_suspended_talks_sanction_the_one_other_party_named(parse, text: str) -> None:
    found = _pairs(parse(text), "SANCTION")
    assert any(t == "nicaragua" for _, t in found), found


def test_suspended_talks_with_two_possible_parties_name_none(parse) -> None:
    doc = parse("Honduras suspended the talks after Nicaragua and Panama closed the border.")
    assert "suspend_engagement" not in _families(doc, "SANCTION")


def test_they_who_suspend_are_not_the_one_who_reports_it(parse) -> None:
    doc = parse('"They also agreed to suspend the talks with Moldova," the envoy Marco Rossi '
                "said.")
    assert not any(s == "marco-rossi" for s, _ in _pairs(doc, "SANCTION"))


# --- trade measures on goods: the state the goods come from ------------------------------

@pytest.mark.parametrize("text", [
    "Kenya banned the sale of maize imported from Uganda.",
    "Kenya imposed import bans on sugar, rice and maize shipped from Uganda.",
])
def test_a_ban_on_goods_targets_where_they_come_from(parse, text: str) -> None:
    assert ("kenya", "uganda") in _pairs(parse(text), "SANCTION"), text


def test_goods_of_one_state_shipped_from_another_target_the_named_one(parse) -> None:
    doc = parse("Canada imposed sanctions on Russian oil shipped from India.")
    assert ("canada", "russia") in _pairs(doc, "SANCTION")
    assert "goods_origin" not in _families(doc, "SANCTION")


def test_a_ban_that_names_no_origin_names_no_target(parse) -> None:
    doc = parse("Kenya banned the sale of plastic bags in Nairobi.")
    assert not _pairs(doc, "SANCTION")


def test_a_measure_joined_to_a_rejection_is_not_inside_it(parse) -> None:
    doc = parse("Kenyan officials rejected several shipments and imposed import bans on maize "
                "shipped from Uganda.")
    assert ("kenya", "uganda") in _pairs(doc, "SANCTION")


# --- announced measures and recalls -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kenya will impose a 20% tariff on Ugandan sugar from March.",
    "The president announced that Kenya will ban imports from Uganda.",
])
def test_a_measure_that_will_come_is_not_yet_taken(parse, text: str) -> None:
    doc = parse(text)
    assert not _pairs(doc, "SANCTION"), text
    assert ("kenya", "uganda") in _pairs(doc, "SANCTION", "hypothetical"), text


def test_a_decision_reported_with_would_is_taken(parse) -> None:
    doc = parse("Kenya announced on Monday it would prohibit all aid to Ugandan rebels.")
    assert any(s == "kenya" for s, _ in _pairs(doc, "SANCTION"))


def test_one_s_own_envoy_summoned_home_is_a_recall_not_a_protest(parse) -> None:
    doc = parse("Bolivia announced that its ambassador to Chile had been summoned for "
                "consultations.")
    assert ("bolivia", "chile") in _pairs(doc, "SANCTION")
    assert not _pairs(doc, "ACCUSE")


def test_recalling_an_envoy_named_by_one_s_own_nationality(parse) -> None:
    doc = parse("Kenya ordered the expulsion of the Somali ambassador from Nairobi and the "
                "withdrawal of the Kenyan charge d'affaires from Somalia.")
    assert ("kenya", "somalia") in _pairs(doc, "SANCTION")
    assert not _pairs(doc, "RETREAT")


def test_recalling_another_state_s_envoy_is_not_one_s_own_recall(parse) -> None:
    doc = parse("Kenya recalled the Somali ambassador.")
    assert "recall_envoy" not in _families(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Laos and Vietnam closed their border crossings. Cambodia summoned the envoys of the two "
    "countries.",
    "Norway fined a Danish trawler. Denmark summoned the ambassador of Norway on Friday.",
])
def test_summoning_the_envoy_of_another_state_is_not_one_s_own_recall(parse, text: str) -> None:
    doc = parse(text)
    assert not {"recall_envoy", "recall_envoy_context"} & _families(doc, "SANCTION")


def test_a_recall_answers_the_act_condemned_before_it_in_the_sentence(parse) -> None:
    doc = parse("Chile condemned the new maritime law adopted by Peru and recalled its envoy "
                "in protest.")
    assert ("chile", "peru") in _pairs(doc, "SANCTION")


def test_who_reports_a_suspension_of_talks_is_no_party_to_them(parse) -> None:
    doc = parse("The Arab League said that, in light of Syria's attacks, the League decides to "
                "suspend negotiations on the trade agreement.")
    assert ("arab-league", "syria") in _pairs(doc, "SANCTION")


@pytest.mark.parametrize("text", [
    "Bolivia condemned the sanctions on Cuba.",
    "Bolivia criticised the embargo against Cuba.",
])
def test_judging_a_measure_is_not_taking_it(parse, text: str) -> None:
    assert not any(s == "bolivia" for s, _ in _pairs(parse(text), "SANCTION")), text


def test_renewing_a_measure_is_taking_it(parse) -> None:
    assert ("bolivia", "cuba") in _pairs(parse("Bolivia renewed its sanctions on Cuba."),
                                         "SANCTION")


@pytest.mark.parametrize(("text", "relation"), [
    ("Canada imposed sanctions on Haiti, saying it had financed armed gangs.",
     ("canada", "haiti")),
    ("The United States sanctioned Nicaragua for undermining democracy.",
     ("united-states", "nicaragua")),
])
def test_a_hostile_act_given_as_the_reason_of_a_measure_accuses(parse, text: str,
                                                                relation: tuple[str, str]) -> None:
    assert relation in _pairs(parse(text), "ACCUSE")


@pytest.mark.parametrize(("text", "relation"), [
    ("Sudan suspended all imports from Kenya in protest after Kenya hosted the rebels.",
     ("sudan", "kenya")),
    ("Turkey imposed trade restrictions on Israel, citing Israel's military offensive.",
     ("turkey", "israel")),
    ("Malaysia banned Israeli ships from docking at its ports in response to Israel's actions.",
     ("malaysia", "israel")),
])
def test_a_deed_of_the_target_given_as_the_reason_of_a_measure_accuses(
        parse, text: str, relation: tuple[str, str]) -> None:
    assert relation in _pairs(parse(text), "ACCUSE")


@pytest.mark.parametrize("text", [
    "Canada suspended aid to Haiti, saying it wanted to review the programme.",
    # the deed is a third party's, and the target's own army acting is not the state
    "Canada suspended aid to Haiti after Chile closed its embassy.",
    "The bloc suspended Haiti after the army seized power.",
])
def test_a_reason_without_a_wrong_of_the_target_accuses_no_one(parse, text: str) -> None:
    assert not {p for p in _pairs(parse(text), "ACCUSE") if p[1] == "haiti"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Taiwan terminated diplomatic ties with Kiribati.", ("taiwan", "kiribati")),
    ("Venezuela closed its border with Colombia on Friday.", ("venezuela", "colombia")),
    ("Pakistan closed its airspace to India.", ("pakistan", "india")),
])
def test_ending_ties_or_closing_a_border_to_a_state_sanctions_it(parse, text: str,
                                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION")


def test_a_terrorist_designation_accuses_the_designated(parse) -> None:
    doc = parse("Kenya's parliament designated al-Shabaab as a terrorist organisation.")
    assert any(t == "al-shabaab" for _, t in _pairs(doc, "ACCUSE"))


@pytest.mark.parametrize(("text", "pair"), [
    ("Nicaragua was hit with new sanctions by Canada on Monday.", ("canada", "nicaragua")),
    ("Chile slapped Peru with new tariffs.", ("chile", "peru")),
    ("Britain joined Canada in sanctioning Nicaragua.", ("united-kingdom", "nicaragua")),
    ("Britain joined Canada in sanctioning Nicaragua.", ("canada", "nicaragua")),
    ("Kenya retaliated by recalling its ambassador to Uganda.", ("kenya", "uganda")),
    ("Peru declared counter-tariffs on Chilean products.", ("peru", "chile")),
    # the measure is its imposer's, named on the noun of its imposition
    ("Peru's imposition of sanctions on Chile drew protests.", ("peru", "chile")),
    ("The imposition of sanctions on Chile by Peru drew protests.", ("peru", "chile")),
])
def test_measures_applied_with_or_by_doing(parse, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION")


def test_a_name_the_parser_hangs_on_joined_after_the_deed_does_not_join(parse) -> None:
    # the parser may hang a trailing apposition on 'joined': only an object before 'in'
    # is the one joined
    doc = parse("Canada and Norway joined Britain in imposing travel bans on Bolivia's "
                "interior minister Luis Arce — a former senator — and defence minister "
                "Carlos Mesa.")
    sources = {s for s, _ in _pairs(doc, "SANCTION")}
    assert "united-kingdom" in sources
    assert not sources & {"carlos-mesa", "luis-arce"}, sources


def test_complying_with_sanctions_sanctions_no_one(parse) -> None:
    assert not _pairs(parse("Iran complied with the sanctions on Monday."), "SANCTION")



@pytest.mark.parametrize("text", [
    "Kenya designated the Ogaden Liberation Front as a terrorist organisation.",
    # the parser hangs "as" on the object's last conjunct
    "Kenya designated the Somali Youth Front and the Ogaden Liberation Front as terrorist "
    "organisations.",
    # the status as a second object, without "as"
    "Kenya designated the Ogaden Liberation Front a terrorist organisation on Monday.",
    "Kenya proscribed the Ogaden Liberation Front as a terrorist group.",
])
def test_a_terrorist_designation_sanctions_and_accuses(parse, text: str) -> None:
    doc = parse(text)
    found = {(r.type, r.source, r.target) for r in doc._.relations if r.mode == "asserted"}
    assert {("SANCTION", "kenya", "ogaden-liberation-front"),
            ("ACCUSE", "kenya", "ogaden-liberation-front")} <= found, found


@pytest.mark.parametrize("text", [
    "Kenya designated the Ogaden Liberation Front as its partner in the talks.",
    "Kenya designated the Ogaden Liberation Front its partner in the talks.",
])
def test_a_neutral_designation_sanctions_no_one(parse, text: str) -> None:
    doc = parse(text)
    assert not _pairs(doc, "SANCTION")
    assert not _pairs(doc, "ACCUSE")


@pytest.mark.parametrize(("text", "pair"), [
    ("Somalia listed the Ogaden Liberation Front as a terrorist group.",
     ("somalia", "ogaden-liberation-front")),
    ("Somalia classified the Ogaden Liberation Front as a terrorist organisation.",
     ("somalia", "ogaden-liberation-front")),
])
def test_listing_as_terrorists_accuses(parse, text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "ACCUSE")


@pytest.mark.parametrize(("text", "pairs"), [
    ("Mali, Burkina Faso and Niger quit ECOWAS.",
     {("mali", "ecowas"), ("burkina-faso", "ecowas"), ("niger", "ecowas")}),
    ("Gambia withdrew from the Commonwealth.", {("gambia", "commonwealth")}),
    ("Mali pulled out of the Alliance of Sahel States.", {("mali", "alliance-of-sahel-states")}),
    # what is withdrawn from a body is not the state itself
    ("Mali withdrew its troops from the UN mission.", set()),
])
def test_leaving_an_intergovernmental_body_sanctions_it(parse, text: str,
                                                        pairs: set[tuple[str, str]]) -> None:
    assert _pairs(parse(text), "SANCTION") == pairs


@pytest.mark.parametrize("text", [
    "Colombia walked away from the talks with the ELN.",
    "Colombia pulled out of the negotiations with the ELN.",
])
def test_walking_away_from_talks_sanctions_the_other_party(parse, text: str) -> None:
    assert _pairs(parse(text), "SANCTION") == {("colombia", "eln")}


@pytest.mark.parametrize(("text", "pair"), [
    ("Chad said it was ending military cooperation with France.", ("chad", "france")),
    ("Peru has scrapped its partnership with Chile.", ("peru", "chile")),
    ("Sudan banned imports of Egyptian agricultural products.", ("sudan", "egypt")),
    ("Somalia shut Ethiopia's consulates in Hargeisa.", ("somalia", "ethiopia")),
    ("Kenya closed the Ugandan embassy in Nairobi.", ("kenya", "uganda")),
    ("Russia also banned the entry of some Moldovan officials.", ("russia", "moldova")),
    ("Albania is ending its diplomatic relations with Iran.", ("albania", "iran")),
    ("Armenia has frozen its participation in the CSTO.", ("armenia", "csto")),
])
def test_ending_ties_banning_goods_or_closing_missions_sanctions(parse, text: str,
                                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    "Ghana's king suspended provisions of the Ghanaian constitution.",
    "Canada closed the border crossing near Windsor.",
    "The two leaders discussed their relations with Iran.",
])
def test_one_s_own_things_are_not_sanctioned(parse, text: str) -> None:
    assert not _pairs(parse(text), "SANCTION"), text


# --- recalling one's envoy -----------------------------------------------------------------

def test_the_host_of_a_recalled_envoy_may_be_parsed_as_a_dative(parse) -> None:
    doc = parse("Ghana and Togo issued a statement on Monday, recalling their ambassadors to "
                "Benin in protest against the seizure of a boat.")
    assert {("ghana", "benin"), ("togo", "benin")} <= _pairs(doc, "SANCTION"), doc._.relations


@pytest.mark.parametrize("text", [
    "The shooting has prompted Ghana to recall its ambassador from Nigeria.",
    "The shooting has prompted Ghana, along with Togo, to recall their ambassadors from "
    "Nigeria.",
])
def test_the_one_made_to_recall_an_envoy_recalls_it(parse, text: str) -> None:
    assert ("ghana", "nigeria") in _pairs(parse(text), "SANCTION"), text


# --- who is named: an owned decision, a number of people ---------------------------------------

def test_an_owned_decision_is_its_owners_not_its_critics(parse) -> None:
    doc = parse("Kenya condemned Uganda's decision to impose sanctions on Tanzania.")
    sources = {r.source for r in doc._.relations if r.type == "SANCTION"}
    assert sources == {"uganda"}, doc._.relations


def test_a_number_of_people_stands_for_the_people(parse) -> None:
    doc = parse("Chile has sanctioned a number of Peruvian judges.")
    assert ("chile", "peru-judiciary") in _pairs(doc, "SANCTION"), doc._.relations


def test_a_list_that_punishes_no_one_names_no_one_sanctioned(parse) -> None:
    doc = parse("The Chilean list of trading partners now includes Peru.")
    assert not _pairs(doc, "SANCTION"), doc._.relations


@pytest.mark.parametrize("text", [
    "Peru recalled Ambassador Ana Soto for consultations on Monday.",
    "In response, Boric recalled the ambassador to Santiago for consultations.",
])
def test_an_envoy_called_home_is_not_punished_nor_is_home(parse, text: str) -> None:
    assert not _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    "This comes a month after the first sanctions by Chile against Peru were rolled out.",
    "Bolivia condemned the suspension of the trade agreement with Peru by Chile.",
])
def test_the_by_phrase_of_a_measure_names_its_owner(parse, text: str) -> None:
    assert ("chile", "peru") in _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    "The US and its allies imposed sanctions on Russia. They include Japan and Canada.",
    "In response to Canada's sanctions on Peruvian officials, Peru decided to deny entry to "
    "23 Canadian nationals. These Canadian individuals include Ivan Sokolov.",
])
def test_members_named_are_not_co_imposers_nor_the_owners_compatriots(parse, text) -> None:
    doc = parse(text)
    assert not {s for s, t in _pairs(doc, "SANCTION") if t in ("japan", "ivan-sokolov")} & {
        "united-states", "canada"}, doc._.relations


# --- what a measure hits ----------------------------------------------------------------------

def test_the_second_of_coordinated_prepositions_names_the_target(parse) -> None:
    doc = parse("Peru suspended flights to and from Bolivia on Monday.")
    assert ("peru", "bolivia") in _pairs(doc, "SANCTION"), doc._.relations


@pytest.mark.parametrize("text", [
    "Peru banned Chilean-flagged cargo ships from docking at its ports.",
    "Peru banned the sale of Chilean-made cars.",
])
def test_goods_made_in_or_flagged_by_a_state_name_it(parse, text: str) -> None:
    assert ("peru", "chile") in _pairs(parse(text), "SANCTION"), text


def test_the_people_named_among_a_counted_total_are_targets(parse) -> None:
    doc = parse("Canada sanctioned a total of nine Nicaraguans, including Rosario Murillo.")
    assert ("canada", "rosario-murillo") in _pairs(doc, "SANCTION"), doc._.relations


# --- companions of the subject -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Kenya, together with Uganda, imposed sanctions on Somalia.", ("uganda", "somalia")),
    ("The shooting has prompted Ghana, along with its allies Togo and Benin, to recall their "
     "ambassadors from Nigeria.", ("togo", "nigeria")),
])
def test_a_companion_of_the_subject_acts_too(parse, text: str, pair) -> None:
    assert pair in _pairs(parse(text), "SANCTION"), text


def test_a_companion_after_the_verb_is_no_subject(parse) -> None:
    doc = parse("Chile imposed a tariff on Peruvian goods, the highest imposed on any country, "
                "along with Bolivia.")
    assert "bolivia" not in {s for s, _ in _pairs(doc, "SANCTION")}, doc._.relations


@pytest.mark.parametrize(("text", "type_"), [
    ("Kenya accused Somalia, along with Eritrea and Sudan, of arming the rebels.", "ACCUSE"),
    ("Kenya sanctioned two Somali generals, together with Eritrea, on Monday.", "SANCTION"),
])
def test_a_companion_of_the_object_is_a_target_too(parse, text: str, type_: str) -> None:
    assert ("kenya", "eritrea") in _pairs(parse(text), type_), text


def test_a_companion_of_a_subject_noun_is_no_target(parse) -> None:
    doc = parse("The move to ban Sokolov, along with eight Kenyans, angered Nairobi.")
    assert not {t for _, t in _pairs(doc, "SANCTION")} & {"kenya", "kenyans"}, doc._.relations


@pytest.mark.parametrize("text", [
    "Peru has decided to end its extradition treaty with Chile.",
    "Peru ended its defence pact with Chile.",
])
def test_ending_a_treaty_with_a_state_reduces_relations_with_it(parse, text: str) -> None:
    assert ("peru", "chile") in _pairs(parse(text), "SANCTION"), text


def test_a_reported_it_is_the_nearest_speaker_not_the_outlet(parse) -> None:
    doc = parse("Reuters reported that Chile's government said it would impose sanctions on Peru.")
    sources = {s for s, t in _pairs(doc, "SANCTION") if t == "peru"}
    assert sources == {"chile"}, doc._.relations


def test_the_state_goods_originate_in_is_a_party_not_a_place(parse) -> None:
    doc = parse("Peru banned imports of fish originating in Chile.")
    assert ("peru", "chile") in _pairs(doc, "SANCTION"), doc._.relations


@pytest.mark.parametrize(("text", "kind", "pair"), [
    ("The sanctions imposed by Chile against Bolivia took effect on Monday.", "SANCTION",
     ("chile", "bolivia")),
    ("Peru rejected the accusations made by Chile against Bolivia.", "ACCUSE",
     ("chile", "bolivia")),
])
def test_the_target_may_hang_on_the_participle_of_the_event_noun(parse, text, kind,
                                                                   pair) -> None:
    assert pair in _pairs(parse(text), kind), text


def test_ones_own_envoy_named_by_the_host_is_recalled_from_it(parse) -> None:
    doc = parse("Peru allowed Taiwan to open an office. Chile recalled its Peruvian ambassador "
                "on Tuesday.")
    assert ("chile", "peru") in _pairs(doc, "SANCTION"), doc._.relations


def test_closing_ones_own_embassy_reduces_relations_with_the_host(parse) -> None:
    doc = parse("Chile said on Friday it was closing its embassy in Lima.")
    assert ("chile", "peru") in _pairs(doc, "SANCTION"), doc._.relations


def test_putting_off_talks_with_a_state_reduces_relations_with_it(parse) -> None:
    doc = parse("Peru postponed bilateral talks with Chile indefinitely.")
    assert ("peru", "chile") in _pairs(doc, "SANCTION"), doc._.relations


# --- the same act again: returned in kind, or repeated by a third ---------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Algeria recalled its ambassador from Mali, and Mali reciprocated.", ("mali", "algeria")),
    ("Germany removed Turkey from its list of trusted trade partners, prompting Ankara to do "
     "likewise.", ("turkey", "germany")),
    ("Kenya banned Ugandan imports, and Tanzania followed suit.", ("tanzania", "uganda")),
])
def test_the_same_act_again_is_a_relation_of_its_own(parse, text: str,
                                                     pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION")


def test_doing_the_same_with_no_act_before_is_nothing(parse) -> None:
    assert not parse("Chile's minister did the same thing last year.")._.relations


def test_the_step_of_doing_is_done_by_the_one_who_takes_it(parse) -> None:
    doc = parse("Kenya has taken the step of shuttering Uganda's consulates in Kisumu and Eldoret.")
    assert ("kenya", "uganda") in _pairs(doc, "SANCTION")


def test_the_same_day_is_no_act_again(parse) -> None:
    doc = parse("Kenya banned Ugandan imports, and Tanzania closed its border on the same day.")
    assert ("tanzania", "uganda") not in _pairs(doc, "SANCTION")


def test_the_victims_of_the_deed_a_measure_punishes_are_not_its_targets(parse) -> None:
    doc = parse("Canada announced sanctions against Israeli settlers for extremist violence "
                "against Palestinians.")
    assert ("canada", "israel-settlers") in _pairs(doc, "SANCTION")
    assert not {p for k in ("SANCTION", "ACCUSE") for p in _pairs(doc, k)
                if p[1] == "palestine-people"}


def test_a_measure_targeting_no_known_actor_is_read_without_failing(parse) -> None:
    # the participle names the target, with no preposition to read a reason from
    doc = parse("Estonia's sanctions targeting the oil trade took effect on Monday.")
    assert not [r for r in doc._.relations if r.type == "SANCTION" and r.mode == "asserted"]


@pytest.mark.parametrize(("text", "pair"), [
    ("Canada imposed duties on Chinese steel last year.", ("canada", "china")),
    ("The European Commission imposed a fine on Hungary on Monday.",
     ("european-commission", "hungary")),
])
def test_duties_and_fines_imposed_on_someone_sanction_them(parse, text: str,
                                                          pair: tuple[str, str]) -> None:
    assert ("SANCTION", *pair) in {(r.type, r.source, r.target) for r in parse(text)._.relations
                                   if r.mode == "asserted"}, text


def test_a_measure_that_may_come_is_a_threat_not_the_measure(parse) -> None:
    found = {(r.type, r.source, r.target) for r in parse(
        "Chile said it may suspend joint projects with Peru next month.")._.relations
        if r.mode == "asserted"}
    assert ("THREATEN", "chile", "peru") in found
    assert ("SANCTION", "chile", "peru") not in found


def test_a_closure_beside_an_absolute_clause_closes_nothing_to_its_subject(parse) -> None:
    found = {r.target for r in parse(
        "Chile is closing its embassy in Lima, with Peru's foreign minister accusing Chile of "
        "spying.")._.relations if r.type == "SANCTION"}
    assert found <= {"peru"}  # the mission's host, not the minister of the clause beside


def test_condemned_sanctions_were_imposed(parse) -> None:
    doc = parse("Bolivia condemned the new sanctions imposed by Chile against Peru.")
    assert ("chile", "peru") in _pairs(doc, "SANCTION")


def test_a_measure_someone_is_criticised_for_was_taken(parse) -> None:
    doc = parse("Ghana criticised Togo for imposing visa restrictions on Ghana.")
    assert ("togo", "ghana") in _pairs(doc, "SANCTION")


def test_a_measure_someone_is_accused_of_is_only_charged(parse) -> None:
    doc = parse("Ghana accused Togo of imposing visa restrictions on Ghana.")
    assert ("togo", "ghana") not in _pairs(doc, "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("Chile announced the indefinite closure of its border with Peru.", ("chile", "peru")),
    ("Chile ordered the suspension of flights to Bolivia.", ("chile", "bolivia")),
    ("The World Bank terminated all new loans meant for Uganda.", ("world-bank", "uganda")),
])
def test_a_channel_closed_by_name_or_held_by_a_participle_sanctions(parse, text: str,
                                                                     pair: tuple) -> None:
    assert pair in _pairs(parse(text), "SANCTION")


def test_people_declared_personae_non_gratae_as_a_list_are_each_barred(parse) -> None:
    doc = parse("Chile declared Luis Mora and Pedro Castillo Soto, Peru's ministers, as "
                "personae non gratae.")
    assert ("chile", "luis-mora") in _pairs(doc, "SANCTION")
    assert ("chile", "peru") not in _pairs(doc, "SANCTION")  # the apposition names no one


@pytest.mark.parametrize("text", [
    "Chile imposed tariffs on goods from Peru.",
    "Chile answered by raising duties on goods from Peru.",
    "Chile imposed a ban on shipments from Peru.",
])
def test_a_trade_measure_on_goods_from_a_state_targets_it(parse, text: str) -> None:
    assert ("chile", "peru") in _pairs(parse(text), "SANCTION"), text


def test_a_measure_in_force_stands_beside_one_announced_for_the_same_pair(parse) -> None:
    doc = parse("Ghana said on Monday that it will impose a 20% levy on 40 products from Togo "
                "and that it has cut power exports to the neighbouring state.")
    assert ("ghana", "togo") in _pairs(doc, "SANCTION"), doc._.relations
    assert ("ghana", "togo") in _pairs(doc, "THREATEN"), doc._.relations


def test_tearing_up_an_undertaking_reduces_relations(parse) -> None:
    doc = parse("Lesotho tore up its water-sharing treaty with South Africa on Friday.")
    assert ("lesotho", "south-africa") in _pairs(doc, "SANCTION")


def test_tearing_up_a_states_own_charter_sanctions_no_one(parse) -> None:
    doc = parse("The colonel has ripped up Chad's constitution, Niger's president said.")
    assert not _pairs(doc, "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    ("Ghana curbed cocoa exports to Togo.", ("ghana", "togo")),
    ("Washington slashed aid to Honduras.", ("united-states", "honduras")),
])
def test_curbing_or_slashing_what_goes_to_a_state_sanctions_it(parse, text: str,
                                                               pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION")


def test_curbing_unrest_at_home_sanctions_no_one(parse) -> None:
    assert not _pairs(parse("The government curbed protests in the capital."), "SANCTION")


@pytest.mark.parametrize(("text", "pair"), [
    # a decision another act answers was taken
    ("Chile welcomed Peru's move to cut diplomatic ties with Bolivia.", ("peru", "bolivia")),
    ("Ecuador summoned Peru's envoy over Lima's decision to suspend trade with Quito.",
     ("peru", "ecuador")),
    ("Kenya banned six Ugandan officials in retaliation for sanctions imposed by Uganda on "
     "Nairobi.", ("uganda", "kenya")),
])
def test_a_measure_another_act_answers_was_taken(parse, text: str,
                                                 pair: tuple[str, str]) -> None:
    assert pair in _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    "Chile urged Peru to take the decision to cut ties with Bolivia.",
    "Chile welcomed the proposal to cut ties with Bolivia.",
])
def test_a_decision_not_yet_taken_is_no_measure(parse, text: str) -> None:
    assert not [t for _, t in _pairs(parse(text), "SANCTION") if t == "bolivia"], text


def test_a_decision_someone_reacts_to_is_not_the_reactor_s(parse) -> None:
    # the parser reads "government's" as a compound: still the government's decision
    doc = parse("Chile expressed concern over the interim Peruvian government’s decision to cut "
                "ties with Bolivia.")
    assert not [r for r in doc._.relations if r.type == "SANCTION" and r.source == "chile"]


def test_a_protest_made_by_a_measure_is_made(parse) -> None:
    doc = parse("Ghana expelled four Togolese diplomats on Monday to protest Togo's failure to "
                "protect its embassy.")
    assert ("ghana", "togo") in _pairs(doc, "ACCUSE")


@pytest.mark.parametrize(("text", "pair"), [
    # the goods' origin, however the parser reads the demonym (modifier or compound)
    ("Kenya banned imports of Ugandan sugar.", ("kenya", "uganda")),
    ("Peru banned imports of Bolivian beef.", ("peru", "bolivia")),
    # what a state granted, taken back: whose it was
    ("Chile revoked the licences of Peruvian fishermen.", ("chile", "peru")),
    ("Ghana cancelled the accreditation of Togolese journalists.", ("ghana", "togo")),
])
def test_a_measure_on_goods_or_papers_targets_whose_they_are(parse, text: str,
                                                             pair: tuple[str, str]) -> None:
    assert pair in {(s, t.split("-")[0]) for s, t in _pairs(parse(text), "SANCTION")}, text


def test_frozen_assets_are_their_holders_not_goods_of_their_state(parse) -> None:
    doc = parse("Kenya joined Tanzania in freezing the assets of two Ugandan ministers.")
    found = [r for r in doc._.relations if r.type == "SANCTION" and r.source == "kenya"]
    assert found and {r.family for r in found} == {"verb_obj"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Chile banned 40 Peruvian citizens from entering the country.", ("chile", "peru")),
    ("Chile has barred entry to 12 Bolivians linked to the smuggling ring.",
     ("chile", "bolivia")),
    ("Chile stopped issuing visas to Bolivian nationals on Monday.", ("chile", "bolivia")),
])
def test_a_measure_on_a_states_nationals_sanctions_the_state(parse, text: str,
                                                              pair: tuple[str, str]) -> None:
    doc = parse(text)
    assert pair in _pairs(doc, "SANCTION"), doc._.relations
    assert doc._.actors[pair[1]].kind == "GOVERNMENT"


def test_a_measure_on_a_states_settlers_is_not_on_the_state(parse) -> None:
    assert not {t for _, t in _pairs(parse("Norway imposed sanctions on Israeli settlers."),
                                     "SANCTION")} & {"israel"}


@pytest.mark.parametrize("text", [
    # what is condemned was done: the decision taken, the measure imposed
    "Peru condemned Chile's decision to impose tariffs on Peruvian fish.",
    "Peru condemned Chile's imposition of a new round of tariffs on Peruvian fish.",
])
def test_a_measure_condemned_through_its_decision_was_imposed(parse, text: str) -> None:
    assert ("chile", "peru") in _pairs(parse(text), "SANCTION"), text


@pytest.mark.parametrize("text", [
    # a duty left undone, given as the measure's reason, blames whom it is aimed at
    "Chile imposed tariffs on Peru due to a lack of cooperation on drug trafficking.",
    # a measure announced, not yet in force, accuses by its stated reason all the same
    "Chile will impose tariffs on Peru, citing a lack of cooperation.",
])
def test_a_measures_stated_shortcoming_accuses_its_target(parse, text: str) -> None:
    assert ("chile", "peru") in _pairs(parse(text), "ACCUSE"), text
