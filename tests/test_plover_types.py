"""The thirteen PLOVER types beyond the core three: their cue lexicon and one sentence family each.

The sentences are written for these tests (none comes from the seeds or the dev set). Each
asserts the type, the source and the target of an asserted (non-negated) relation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from actorgraph.graph.model import RELATION_TYPES

CUES = Path(__file__).resolve().parents[1] / "extract" / "data"
OTHER_TYPES = RELATION_TYPES[3:]

CASES = [
    # type, sentence, source, target
    ("AGREE", "Norway signed a fisheries treaty with Iceland on Friday.", "norway", "iceland"),
    ("AGREE", "Peru reached an agreement with Chile over the maritime border.", "peru", "chile"),
    ("AGREE", "Norway struck a deal with Iceland on fishing quotas.", "norway", "iceland"),
    ("CONSULT", "Vietnam held talks with Cambodia on Tuesday.", "vietnam", "cambodia"),
    ("CONSULT", "Brazil paid a visit to Argentina in March.", "brazil", "argentina"),
    ("SUPPORT", "Brazil praised Argentina for its handling of the crisis.", "brazil",
     "argentina"),
    ("SUPPORT", "Turkey voiced support for Azerbaijan.", "turkey", "azerbaijan"),
    ("SUPPORT", "Kenya welcomed Uganda's decision to reopen the border.", "kenya", "uganda"),
    ("SUPPORT", "Egypt apologized to Sudan for the border incident.", "egypt", "sudan"),
    ("CONCEDE", "Nigeria lifted its restrictions on Ghana.", "nigeria", "ghana"),
    ("CONCEDE", "Egypt made concessions to Sudan over the dam.", "egypt", "sudan"),
    ("COOPERATE", "Finland cooperated with Sweden on air defence last year.", "finland",
     "sweden"),
    ("COOPERATE", "Estonia worked with Latvia on energy security.", "estonia", "latvia"),
    ("AID", "Japan provided Nepal with emergency relief after the earthquake.", "japan",
     "nepal"),
    ("AID", "Italy sent humanitarian aid to Tunisia.", "italy", "tunisia"),
    ("AID", "Japan's aid to Nepal arrived on Monday.", "japan", "nepal"),
    ("RETREAT", "Ethiopia withdrew its troops from Somalia in January.", "ethiopia", "somalia"),
    ("RETREAT", "Russia completed its withdrawal from Georgia.", "russia", "georgia"),
    ("RETREAT", "Serbia ceded the disputed villages to Croatia.", "serbia", "croatia"),
    ("REQUEST", "Ghana urged Togo to reopen the border.", "ghana", "togo"),
    ("REQUEST", "Bolivia appealed to Paraguay for help.", "bolivia", "paraguay"),
    ("REQUEST", "Mali called on Niger to release the hostages.", "mali", "niger"),
    ("REJECT", "Morocco rejected Algeria's proposal for talks.", "morocco", "algeria"),
    ("REJECT", "Colombia vetoed Venezuela's proposal.", "colombia", "venezuela"),
    ("REJECT", "Chad refused Libya's request for troops.", "chad", "libya"),
    ("PROTEST", "Greek farmers demonstrated outside the German embassy.", "greece-farmers",
     "germany"),
    ("PROTEST", "Greek farmers staged a protest outside the German embassy.", "greece-farmers",
     "germany"),
    ("MOBILIZE", "Russia deployed troops to Belarus.", "russia", "belarus"),
    ("MOBILIZE", "Iran mobilized its forces against Iraq.", "iran", "iraq"),
    ("COERCE", "Iranian police detained two British journalists.", "iran-police",
     "united-kingdom-journalists"),
    ("COERCE", "Sudanese security forces arrested members of Egypt's opposition.",
     "sudan-security-forces", "egypt-opposition"),
    ("ASSAULT", "Pakistan launched airstrikes on Afghanistan on Monday.", "pakistan",
     "afghanistan"),
    ("ASSAULT", "Azerbaijan shelled Armenian villages overnight.", "azerbaijan", "armenia"),
    ("ASSAULT", "Eritrea was invaded by Ethiopia.", "ethiopia", "eritrea"),
    ("ASSAULT", "Indian troops fought against Chinese soldiers in the valley.",
     "india-armed-forces", "china-armed-forces"),
    # particle verbs: the object after the particle is the target
    ("REJECT", "Poland turned down Lithuania's offer.", "poland", "lithuania"),
    ("AID", "The European Union bailed out Greece in 2010.", "eu", "greece"),
    ("SUPPORT", "France backed up Germany in the vote.", "france", "germany"),
    ("ASSAULT", "Hungarian troops gunned down Serbian smugglers.", "hungary-armed-forces",
     "serbia"),
    # an object that is not an actor: the nearest actor named in its phrase
    ("REJECT", "Hungary violated a ban imposed by Austria.", "hungary", "austria"),
    ("ASSAULT", "Ethiopian troops captured a stronghold of Eritrean rebels.",
     "ethiopia-armed-forces", "eritrea-rebels"),
    ("ASSAULT", "A convoy of Malian soldiers was ambushed by Algerian militants.",
     "algeria-militants", "mali-armed-forces"),
    ("MOBILIZE", "Armenia mobilized reservists for a war against Azerbaijan.", "armenia",
     "azerbaijan"),
    ("PROTEST", "Kurdish students protested the closure ordered by Turkey.", "turkey-students",
     "turkey"),
    # accepting or conceding to a demand yields to whoever made it
    ("CONCEDE", "Kenya accepted Tanzania's demands for compensation.", "kenya", "tanzania"),
    ("CONCEDE", "Peru conceded to demands from Bolivia.", "peru", "bolivia"),
    ("CONCEDE", "Kenya permitted Somali refugees to cross the border.", "kenya",
     "somalia-refugees"),

    # coordinated subjects of a reciprocal verb or noun act on each other, both ways
    ("AGREE", "Chile and Peru agreed on a new border crossing.", "chile", "peru"),
    ("AGREE", "Chile and Peru agreed on a new border crossing.", "peru", "chile"),
    ("AGREE", "Norway and Iceland signed a fisheries treaty on Friday.", "iceland", "norway"),
    ("CONSULT", "Vietnam and Cambodia met in Hanoi.", "vietnam", "cambodia"),
    ("ASSAULT", "Indian troops and Chinese soldiers clashed in the valley.",
     "china-armed-forces", "india-armed-forces"),

    # agreeing, offering or promising to act, and refusing to: the target is in the act
    ("AGREE", "Ghana agreed to supply electricity to Togo.", "ghana", "togo"),
    ("AGREE", "Spain promised to release the Moroccan fishermen.", "spain", "morocco"),
    ("AGREE", "Norway and Iceland agreed to hold joint naval exercises.", "norway", "iceland"),
    ("REJECT", "Tunisia refused to meet the Libyan envoy.", "tunisia", "libyan-ambassador"),
    # a promised cooperative act is an agreement (PLOVER)
    ("AGREE", "Japan will provide emergency aid to Nepal.", "japan", "nepal"),
    ("AGREE", "Chile said it would meet Bolivian officials if Bolivia withdrew its claim.",
     "chile", "bolivia"),
    ("AGREE", "Algeria offered two helicopters to Tunisia.", "algeria", "tunisia"),
    # a light verb of its object's type names that type's event
    ("SUPPORT", "Algeria offered its condolences to Tunisia.", "algeria", "tunisia"),
    # a stative passive or adjective: the subject holds the stance
    ("REJECT", "Syria is opposed to Turkey's plan.", "syria", "turkey"),
    ("COOPERATE", "Iran is allied with Armenia.", "iran", "armenia"),

    # a demanded act: its subject is asked, by the one who demands or says it must be done
    ("REQUEST", "Bolivia demanded that Chile return the disputed land.", "bolivia", "chile"),
    ("REQUEST", "Lebanon urged that Syria withdraw its forces.", "lebanon", "syria"),
    ("REQUEST", "Kenya said Uganda must release the detained traders.", "kenya", "uganda"),

    # a cue noun modifying the head of its phrase: "a mediation effort between X and Y"
    ("CONSULT", "Kenya launched a mediation effort between the governments of Ethiopia and "
     "Eritrea.", "kenya", "ethiopia"),
    # a noun that is an event only after a light verb of its type
    ("SUPPORT", "Portugal restored diplomatic relations with Angola.", "portugal", "angola"),
    ("SUPPORT", "Laos and Thailand normalized their relations last year.", "laos", "thailand"),
]

NEGATED = [
    ("AGREE", "Norway did not sign the treaty with Iceland.", "norway", "iceland"),
    ("REQUEST", "Ghana never urged Togo to reopen the border.", "ghana", "togo"),
    ("AID", "Japan refused to provide Nepal with aid.", "japan", "nepal"),
    ("RETREAT", "Croatia did not withdraw its troops from Bosnia.", "croatia",
     "bosnia-and-herzegovina"),
    ("ASSAULT", "If Pakistan attacks Afghanistan, the region will suffer.", "pakistan",
     "afghanistan"),
    # an obligation stated by someone is not the event
    ("COOPERATE", "Brazil and Argentina agreed that Uruguay must cooperate with Paraguay.",
     "uruguay", "paraguay"),
    ("AID", "Ghana agreed to supply electricity to Togo.", "ghana", "togo"),
    ("CONSULT", "Tunisia refused to meet the Libyan envoy.", "tunisia", "libyan-ambassador"),
    ("REQUEST", "Bolivia never demanded that Chile return the disputed land.", "bolivia",
     "chile"),
    ("CONCEDE", "Kenya said Uganda must release the detained traders.", "uganda", "shopkeepers"),
    ("AGREE", "Chile said it would not meet Bolivian officials.", "chile", "bolivia"),
]


def test_a_promise_that_is_a_threat_is_no_agreement(parse: Callable[..., Any]) -> None:
    doc = parse("Russia will withdraw its troops from Moldova if Romania joins the alliance.")
    found = _triples(doc, negated=False)
    assert ("THREATEN", "russia", "romania") in found
    assert not any(t == "AGREE" for t, _, _ in found), found


def test_declining_to_comment_rejects_nothing(parse: Callable[..., Any]) -> None:
    doc = parse("Egypt declined to comment on the Sudanese proposal.")
    assert not any(t == "REJECT" for t, _, _ in _triples(doc, negated=False))


def _triples(doc: Any, negated: bool) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if r.negated == negated}


@pytest.mark.parametrize("type_, sentence, source, target", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_type_is_found_with_its_roles(parse: Callable[..., Any], type_: str,
                                           sentence: str, source: str, target: str) -> None:
    doc = parse(sentence)
    assert (type_, source, target) in _triples(doc, negated=False), \
        sorted(_triples(doc, False) | _triples(doc, True))


@pytest.mark.parametrize("type_, sentence, source, target", NEGATED,
                         ids=[c[0] for c in NEGATED])
def test_negated_events_are_not_asserted(parse: Callable[..., Any], type_: str,
                                         sentence: str, source: str, target: str) -> None:
    doc = parse(sentence)
    assert (type_, source, target) not in _triples(doc, negated=False)
    assert (type_, source, target) in _triples(doc, negated=True)


def test_every_other_type_has_a_dozen_cues_of_the_shared_schema() -> None:
    mine = json.loads((CUES / "plover_cues.json").read_text(encoding="utf-8"))["types"]
    shared = json.loads((CUES / "cues.json").read_text(encoding="utf-8"))["types"]
    keys = {key for entry in shared.values() for key in entry} | {"light_verbs", "reciprocal",
                                                                     "ccomp_verbs",
                                                                     "obligation_modals",
                                                                     "light_nouns"}
    assert sorted(mine) == sorted(OTHER_TYPES)
    for type_, entry in mine.items():
        assert set(entry) <= keys, (type_, set(entry) - keys)
        words = [*entry.get("verbs", ()), *entry.get("verb_preps", {}), *entry.get("nouns", ())]
        assert len(set(words)) >= 12, type_
        for value in entry.values():
            items = [*value, *(p for ps in value.values() for p in ps)] \
                if isinstance(value, dict) else value
            assert all(w == w.lower().strip() and " " not in w for w in items), (type_, value)


def test_relations_without_a_light_verb_are_no_support(parse: Callable[..., Any]) -> None:
    doc = parse("Iran's relations with Russia are close.")
    assert not any(t == "SUPPORT" for t, _, _ in _triples(doc, negated=False))


def test_an_offer_of_condolences_is_no_agreement(parse: Callable[..., Any]) -> None:
    doc = parse("Algeria offered its condolences to Tunisia.")
    assert not any(t == "AGREE" for t, _, _ in _triples(doc, negated=False))
