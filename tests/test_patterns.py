"""One test per pattern family of the rules.v1 extractor, on sentences written for the tests.

Each case names the family it exercises and the (type, source, target) it must yield; actors
are countries, bodies and people the gazetteer knows, so the cases test the patterns, not the
resolver's reach.
"""

from __future__ import annotations

import pytest

# (family, sentence, expected (type, source, target) triples that must be asserted)
CASES = [
    ("verb_obj", "Turkey accused Greece of harbouring militants.",
     {("ACCUSE", "turkey", "greece")}),
    ("verb_obj+conjuncts", "Brazil blamed Argentina and Chile for the collapse of the talks.",
     {("ACCUSE", "brazil", "argentina"), ("ACCUSE", "brazil", "chile")}),
    ("passive", "Pakistan was accused by India of sponsoring cross-border raids.",
     {("ACCUSE", "india", "pakistan")}),
    ("passive", "Sweden was sanctioned by Russia last year.",
     {("SANCTION", "russia", "sweden")}),
    # PLOVER codes expelling people as COERCE (recalling one's own envoy is a SANCTION)
    ("verb_obj", "Poland expelled Russian diplomats.", {("COERCE", "poland", "russia")}),
    ("noun_light", "Japan imposed sanctions on North Korea.",
     {("SANCTION", "japan", "north-korea")}),
    ("noun_prep+owner", "China's sanctions against Lithuania hurt exporters.",
     {("SANCTION", "china", "lithuania")}),
    ("noun_prep+owner", "Ukraine's threat to Hungary alarmed diplomats.",
     {("THREATEN", "ukraine", "hungary")}),
    ("noun_light+response", "Angola issued a stern warning in response to Zambia's closure.",
     {("THREATEN", "angola", "zambia")}),
    ("verb_xcomp", "Vietnam threatened to seize Chinese fishing boats in its waters.",
     {("THREATEN", "vietnam", "china")}),
    ("verb_prep", "Egypt threatened Ethiopia with military action over the dam.",
     {("THREATEN", "egypt", "ethiopia")}),
    ("verb_prep", "Kenya warned Somalia against sending troops across the border.",
     {("THREATEN", "kenya", "somalia")}),
    ("label", "Morocco called Algeria an aggressor.", {("ACCUSE", "morocco", "algeria")}),
    ("label_as", "Iraq branded Kuwait as a thief.", {("ACCUSE", "iraq", "kuwait")}),
    ("speech_act", "Venezuela claimed that Colombia had plotted a coup.",
     {("ACCUSE", "venezuela", "colombia")}),
    ("modal_act+victim", "Serbia said Kosovo would face serious consequences if it arrested "
     "Serb officials.", {("THREATEN", "serbia", "kosovo")}),
    ("modal_act+condition", "Russia would retaliate against Finland if it joined the alliance, "
     "Vladimir Putin said.", {("THREATEN", "vladimir-putin", "finland")}),
    ("among", "Among those sanctioned was Ramzan Kadyrov, whom the State Department described "
     "as a violent warlord.", {("SANCTION", "us-state-department", "ramzan-kadyrov")}),
    ("phrase", "Norway froze the assets of Russian oligarchs.",
     {("SANCTION", "norway", "russia")}),
    ("verb_particle", "Indonesia forced the UN refugee agency out of the country.",
     {("SANCTION", "indonesia", "unhcr")}),
    ("verb_ccomp", "Lebanon's president warned that Lebanon will not tolerate attacks by "
     "Israel.", {("THREATEN", "joseph-aoun", "israel")}),
    ("verb_ccomp+victim", "Iran threatened that Israel would face a crushing response.",
     {("THREATEN", "iran", "israel")}),
    ("verb_xcomp+act", "The Taliban vowed to punish Pakistan.",
     {("THREATEN", "taliban", "pakistan")}),
    ("demand", "Kenya demanded an embargo on Sudan.", {("ACCUSE", "kenya", "sudan")}),
    ("demand_action", "Ghana urged its neighbours to unite against Togo.",
     {("ACCUSE", "ghana", "togo")}),
    ("pejorative", '"The illegal blockade imposed by Egypt must end," the Qatari emir said.',
     {("ACCUSE", "tamim-bin-hamad-al-thani", "egypt")}),
    ("verb_obj+inquiry", "Denmark investigated the treatment of Greenlandic workers by "
     "Greenland.", {("ACCUSE", "denmark", "greenland")}),
    ("noun_light+inquiry", "Norway sent inspectors to Iraq.", {("ACCUSE", "norway", "iraq")}),
    ("claim_act", "Japan repeated the government's claim that China had violated its airspace.",
     {("ACCUSE", "japan", "china")}),
    ("adj_label", '"Serbia is guilty," the Croatian president said.',  # undated: today's
     {("ACCUSE", "zoran-milanovic", "serbia")}),
    ("verb_relcl", "Chile sanctioned the Peruvian firms it accuses of fraud.",
     {("ACCUSE", "chile", "peru"), ("SANCTION", "chile", "peru")}),
    ("noun_xcomp", "Australia announced sanctions targeting Iranian officials.",
     {("SANCTION", "australia", "iran")}),
    ("noun_prep+owner", "Sudan announced the expulsion of Chad's ambassador.",
     {("COERCE", "sudan", "chad")}),
    ("label+hold", "Saudi Arabia held Iran responsible for the attack.",
     {("ACCUSE", "saudi-arabia", "iran")}),
    ("verb_prep+phrase", "Russia hit out at Emmanuel Macron over the expulsions.",
     {("ACCUSE", "russia", "emmanuel-macron")}),
    ("modal_act+victim", "Iran will regret this, Benjamin Netanyahu said.",
     {("THREATEN", "benjamin-netanyahu", "iran")}),
    ("not_ruled_out", "Israel has not ruled out a strike on Iran.",
     {("THREATEN", "israel", "iran")}),
]


def _asserted(doc) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in doc._.relations if not r.negated}


@pytest.mark.parametrize(("family", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_family_finds_its_relation(parse, family: str, text: str,
                                   expected: set[tuple[str, str, str]]) -> None:
    found = _asserted(parse(text, date="2025-06-01"))
    assert expected <= found, f"{family}: {found}"


def test_passive_does_not_reverse_roles(parse) -> None:
    found = _asserted(parse("Sweden was sanctioned by Russia last year."))
    assert ("SANCTION", "sweden", "russia") not in found


def test_quote_attributed_after_it_has_the_speaker_as_source(parse) -> None:
    doc = parse('"We consider the Syrian government criminals," Vladimir Putin said.')
    assert ("ACCUSE", "vladimir-putin", "syria") in _asserted(doc)


def test_reported_speech_of_a_third_party_keeps_its_subject(parse) -> None:
    doc = parse("The European Union may suspend aid to Mali if the junta delays elections, "
                "the French president said.", date="2025-06-01")
    sources = {r.source for r in doc._.relations if r.type == "THREATEN" and not r.negated}
    assert "eu" in sources


def test_no_relation_without_two_actors(parse) -> None:
    assert parse("The minister accused critics of spreading rumours.")._.relations == []


def test_reported_deed_is_not_the_speakers(parse) -> None:
    doc = parse("The attack on Israel will not go unanswered, Benjamin Netanyahu said.")
    assert not [r for r in doc._.relations if r.source == "benjamin-netanyahu"
                and r.type in ("ASSAULT", "SANCTION")]


def test_demanded_measure_is_not_imposed(parse) -> None:
    doc = parse("Kenya demanded an embargo on Sudan.")
    assert ("SANCTION", "kenya", "sudan") not in _asserted(doc)


def test_embedded_event_gives_way_to_the_governing_one(parse) -> None:
    doc = parse("Egypt threatened to impose sanctions on Sudan.")
    types = {r.type for r in doc._.relations if not r.negated}
    assert "THREATEN" in types and "SANCTION" not in types


def test_anchored_matcher_agrees_with_spacy_dependency_matcher(nlp) -> None:
    """The patterns are DependencyMatcher patterns: both matchers find the same tuples."""
    from actorgraph.extract.rules.matcher import build_matcher

    matcher = build_matcher()
    reference = matcher.dependency_matcher(nlp.vocab)
    text = " ".join(case[1] for case in CASES)
    doc = nlp(text)
    ours = {(key, tuple(tokens)) for key, tokens in matcher.matches(doc)}
    theirs = {(nlp.vocab.strings[key], tuple(tokens)) for key, tokens in reference(doc)}
    assert ours and ours == theirs
