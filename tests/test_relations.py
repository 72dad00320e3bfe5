"""The rules.v1 extractor as a whole: lexicon, negation and hypotheticals, speakers, evidence."""

from __future__ import annotations

import pytest

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.relations import EXTRACTORS
from actorgraph.extract.rules.catalog import FAMILIES


def _relations(doc, negated: bool | None = None):
    return {(r.type, r.source, r.target) for r in doc._.relations
            if negated is None or r.negated == negated}


def test_lexicon_has_depth() -> None:
    lex = lexicon()
    for type_ in ("ACCUSE", "THREATEN", "SANCTION"):
        entry = lex.types[type_]
        assert len([*entry.verbs, *entry.nouns, *entry.acts]) >= 24, type_
    assert sum(len(p) for p in lex.phrases.values()) >= 24


def test_unknown_extractor_is_a_usage_error(nlp) -> None:
    from actorgraph.extract.relations import make_relation_extractor
    from actorgraph.graph.errors import ArgumentError

    assert "rules.v1" in EXTRACTORS
    with pytest.raises(ArgumentError):
        make_relation_extractor(nlp, "x", "nonesuch.v9")


@pytest.mark.parametrize("text", [
    "Mexico did not accuse Guatemala of anything.",
    "Mexico never accused Guatemala of anything.",
    "Peru denied threatening Bolivia.",
    "Nigeria refused to condemn Niger.",
    "Chile declined to sanction Peru.",
    "Hungary vetoed sanctions against Russia.",
])
def test_negated_and_denied_events_are_kept_as_negated(parse, text: str) -> None:
    core = [r for r in parse(text)._.relations if r.type in ("ACCUSE", "THREATEN", "SANCTION")]
    assert core, text
    assert all(r.negated for r in core), text


@pytest.mark.parametrize("text", [
    "Peru did not join the talks but condemned Bolivia.",
    "When Peru says Bolivia sabotaged the talks, it is not a guess.",
])
def test_negation_keeps_to_its_own_clause(parse, text: str) -> None:
    assert ("ACCUSE", "peru", "bolivia") in _relations(parse(text), negated=False)


def test_lifted_sanctions_are_not_imposed(parse) -> None:
    doc = parse("Japan lifted its sanctions on China.")
    assert ("SANCTION", "japan", "china") not in _relations(doc, negated=False)


@pytest.mark.parametrize("text", [
    "Japan has not lifted its sanctions on China.",
    "Japan never stopped its sanctions on China.",
])
def test_a_measure_not_ended_goes_on(parse, text: str) -> None:
    assert ("SANCTION", "japan", "china") in _relations(parse(text), negated=False), text


def test_event_inside_a_condition_is_hypothetical(parse) -> None:
    doc = parse("If Spain sanctions Morocco, trade will suffer.")
    assert ("SANCTION", "spain", "morocco") in _relations(doc, negated=True)
    assert ("SANCTION", "spain", "morocco") not in _relations(doc, negated=False)


def test_conditional_measure_is_a_threat_not_the_measure(parse) -> None:
    doc = parse("Qatar said it will expel Bahraini diplomats unless Bahrain apologises.")
    assert ("THREATEN", "qatar", "bahrain") in _relations(doc, negated=False)
    assert ("SANCTION", "qatar", "bahrain") not in _relations(doc, negated=False)


def test_conditional_threat_targets_the_actor_of_the_condition(parse) -> None:
    doc = parse("Israel warned that it would act if Iran enriched uranium further.")
    assert ("THREATEN", "israel", "iran") in _relations(doc, negated=False)


def test_says_b_did_a_bad_thing_is_an_accusation(parse) -> None:
    doc = parse("Armenia said Azerbaijan had shelled border villages.")
    assert ("ACCUSE", "armenia", "azerbaijan") in _relations(doc, negated=False)


def test_promise_in_speech_is_not_an_accusation(parse) -> None:
    doc = parse("Armenia said Azerbaijan would sign the treaty.")
    assert not any(r.type == "ACCUSE" for r in doc._.relations)


def test_pronoun_speaker_is_resolved(parse) -> None:
    doc = parse("Emmanuel Macron spoke in Paris. He accused Russia of lying.")
    assert ("ACCUSE", "emmanuel-macron", "russia") in _relations(doc, negated=False)


def test_quote_sentence_takes_the_attribution_of_its_paragraph(parse) -> None:
    doc = parse('"Russia is a terrorist state. Its leaders will be punished," '
                "Volodymyr Zelensky said.")
    found = _relations(doc, negated=False)
    assert ("ACCUSE", "volodymyr-zelensky", "russia") in found
    assert ("THREATEN", "volodymyr-zelensky", "russia") in found


def test_according_to_names_the_speaker(parse) -> None:
    doc = parse("Syria is a criminal state, according to Recep Tayyip Erdogan.")
    assert {r.source for r in doc._.relations} <= {"recep-tayyip-erdogan"}


def test_relation_keeps_trigger_sentence_and_offsets(parse) -> None:
    text = "Rain fell all day.\n    Turkey accused Greece of harbouring militants.\n"
    doc = parse(text, doc_id="a1", date="2025-01-02")
    (relation,) = doc._.relations
    evidence = relation.evidence
    assert text[evidence.start:evidence.end] == evidence.sentence
    assert evidence.sentence == "Turkey accused Greece of harbouring militants."
    assert evidence.trigger in evidence.sentence and evidence.trigger == "accused"
    assert (evidence.doc, evidence.date) == ("a1", "2025-01-02")
    assert relation.confidence == FAMILIES["verb_obj"].confidence
    assert (relation.extractor, relation.family, relation.mode) == ("rules.v1", "verb_obj",
                                                                    "asserted")


def test_two_triggers_for_one_pair_in_a_sentence_give_one_relation(parse) -> None:
    doc = parse("Turkey accused and condemned Greece.")
    pairs = [(r.type, r.source, r.target) for r in doc._.relations]
    assert pairs.count(("ACCUSE", "turkey", "greece")) == 1


def test_same_input_same_relations(parse) -> None:
    text = "Brazil blamed Argentina and Chile for the collapse of the talks."
    first = [r.to_json() for r in parse(text)._.relations]
    assert first == [r.to_json() for r in parse(text)._.relations]


@pytest.mark.parametrize("text", [
    "Chile warned that Peruvian ships could become targets if Peru attacked.",
    "Chile threatened that it would impose sanctions on Peru.",
    "Ghana said on Monday that it will impose a 20% levy on 40 products from Togo and that it "
    "has cut power exports to the neighbouring state.",
])
def test_a_pair_has_one_reading_per_sentence_asserted_when_any_trigger_asserts_it(
        parse, text: str) -> None:
    doc = parse(text)
    pairs = [(r.evidence.start, r.type, r.source, r.target) for r in doc._.relations]
    assert len(pairs) == len(set(pairs)), doc._.relations
