"""Resolver rules on a small hand-made gazetteer (independent of the packaged data).

The names below are invented or generic so that each test exercises a rule, not a data entry.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from actorgraph.extract.gazetteer import Gazetteer, Role, _entry
from actorgraph.extract.relations import mention_index
from actorgraph.extract.resolve import ActorResolver
from actorgraph.extract.ruler import ActorRuler

_OURS = ["actorgraph_actor_ruler", "actorgraph_actor_resolver", "actorgraph_relation_extractor"]

_ENTRIES = [
    {"id": "norland", "label": "Norland", "kind": "GOVERNMENT", "country": "NOR",
     "capital": "Vester", "demonyms": ["Norlandic"], "metonyms": ["Tall Palace"]},
    {"id": "sudria", "label": "Sudria", "kind": "GOVERNMENT", "country": "SUD",
     "capital": "Kalan", "demonyms": ["Sudrian"]},
    {"id": "anna-varga", "label": "Anna Varga", "kind": "PERSON", "country": "NOR",
     "aliases": ["Varga"], "roles": [{"title": "president", "country": "NOR",
                                      "start": "2020-01-01"}]},
    {"id": "piet-olsen", "label": "Piet Olsen", "kind": "PERSON", "country": "NOR",
     "aliases": ["Olsen"], "roles": [{"title": "president", "country": "NOR",
                                      "start": "2012-01-01", "end": "2020-01-01"}]},
    {"id": "karl-brandt", "label": "Karl Brandt", "kind": "PERSON", "country": "SUD",
     "roles": [{"title": "president", "country": "SUD", "start": "2001-01-01",
                "end": "2009-01-01"}]},
    {"id": "velmar-league", "label": "Velmar League", "kind": "ORGANIZATION", "sector": "IGO",
     "aliases": ["VL"]},
    {"id": "ida-holm", "label": "Ida Holm", "kind": "PERSON", "sector": "IGO",
     "roles": [{"title": "secretary-general", "organization": "velmar-league", "start": "2020"}]},
    {"id": "otto-berg", "label": "Otto Berg", "kind": "PERSON", "sector": "IGO",
     "roles": [{"title": "secretary-general", "organization": "daily-herald", "start": "2020"}]},
    {"id": "daily-herald", "label": "Daily Herald", "kind": "ORGANIZATION", "sector": "MEDIA"},
]
_TITLES = {"president": {"sector": "GOV"}, "foreign minister": {"sector": "GOV"},
           "commander": {"sector": "MIL", "unique": False, "body": "armed forces"},
           "secretary-general": {"sector": "IGO"}, "vice president": {"sector": "GOV"},
           "minister": {"sector": "GOV", "unique": False}}
_GROUPS = {"protesters": {"kind": "GROUP", "sector": "CIVILIAN", "aliases": ["demonstrators"]},
           "officials": {"same_as_government": True, "aliases": ["authorities"]},
           "security forces": {"kind": "ORGANIZATION", "sector": "POLICE"},
           "armed forces": {"kind": "ORGANIZATION", "sector": "MIL", "aliases": ["military"]},
           "foreign ministry": {"kind": "ORGANIZATION", "sector": "GOV"},
           "militant": {"kind": "GROUP", "sector": "REBEL", "aliases": ["fighters"]},
           "journalist": {"kind": "GROUP", "sector": "MEDIA", "aliases": ["reporters"]},
           "media": {"kind": "ORGANIZATION", "sector": "MEDIA", "needs_country": True}}


@pytest.fixture(scope="module")
def run(nlp) -> Callable[..., Doc]:  # type: ignore[no-untyped-def]
    from actorgraph.extract.nlp import make_doc

    gazetteer = Gazetteer()
    for data in _ENTRIES:
        gazetteer.add(_entry(data, "test"))
    gazetteer.titles.update(_TITLES)
    gazetteer.groups.update(_GROUPS)
    gazetteer.index()
    ruler, resolver = ActorRuler(nlp, gazetteer), ActorResolver(gazetteer)

    def parse(text: str, date: str | None = "2024-06-01") -> Doc:
        with nlp.select_pipes(disable=_OURS):
            doc = nlp(make_doc(nlp, text, "t", date))
        return resolver(ruler(doc))

    return parse


def _actor_of(doc: Doc, text: str) -> str | None:
    start = doc.text.index(text)
    for mention in doc._.mentions:
        if mention.start < start + len(text) and start < mention.end:
            return mention.actor
    return None


def test_capital_acting_is_the_government_but_not_as_a_place(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Vester accused Kalan of espionage. Thousands marched in Kalan.")
    assert _actor_of(doc, "Vester") == "norland"
    assert [m.actor for m in doc._.mentions if m.text == "Kalan"] == ["sudria"]


def test_dated_title_picks_the_holder_on_the_article_date(run) -> None:  # type: ignore[no-untyped-def]
    text = "The Norlandic president warned Sudria."
    assert _actor_of(run(text, "2024-06-01"), "president") == "anna-varga"
    assert _actor_of(run(text, "2015-06-01"), "president") == "piet-olsen"


def test_title_before_name_makes_one_mention(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Norlandic President Anna Varga met reporters.")
    mention = next(m for m in doc._.mentions if m.actor == "anna-varga")
    assert mention.text == "Norlandic President Anna Varga"
    assert "norland" not in {m.actor for m in doc._.mentions}


def test_demonym_and_state_nouns(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudrian officials blamed Norlandic security forces for the clashes.")
    assert _actor_of(doc, "Sudrian officials") == "sudria"
    assert _actor_of(doc, "security forces") == "norland-security-forces"
    assert doc._.actors["norland-security-forces"].sector == "POLICE"


def test_bare_ministry_takes_the_article_country(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria rejected the claims. The Foreign Ministry said Sudria had done nothing.")
    assert _actor_of(doc, "Foreign Ministry") == "sudria-foreign-ministry"


def test_groups_get_a_country_from_a_place_or_the_article(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Demonstrators in Vester clashed with police. Protesters were arrested.")
    assert _actor_of(doc, "Demonstrators") == "norland-protesters"
    assert _actor_of(doc, "Protesters") == "norland-protesters"


def test_surname_and_pronoun_speaker(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Jonas Brekke, a Norlandic diplomat, arrived. Brekke smiled. He said talks failed.")
    assert _actor_of(doc, "Brekke smiled") == "jonas-brekke"
    he = next(m for m in doc._.mentions if m.text == "He")
    assert (he.actor, he.reason) == ("jonas-brekke", "pronoun")
    assert doc._.actors["jonas-brekke"].country == "NOR"
    assert mention_index(doc)[he.start and doc.char_span(he.start, he.end).start] == he


def test_a_surname_after_another_first_name_is_someone_else(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Jonas Brekke spoke in Vester. Later, Ola Brekke met the press.")
    assert _actor_of(doc, "Ola Brekke") != "jonas-brekke"


def test_cited_outlets_are_not_actors(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria shelled the town, according to the Daily Herald. "
              "\"We will respond,\" Varga told Ostro Radio.")
    ids = {m.actor for m in doc._.mentions}
    assert "daily-herald" not in ids and "ostro-radio" not in ids
    assert "anna-varga" in ids


def test_outlet_that_acts_is_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The Daily Herald accused Norland of censorship.")
    assert _actor_of(doc, "Daily Herald") == "daily-herald"


def test_acronym_defined_in_text(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The Free Sudrian Movement (FSM) attacked Kalan. The FSM denied it.")
    first, second = _actor_of(doc, "Free Sudrian Movement"), _actor_of(doc, "The FSM")
    assert first is not None and first == second


def test_merge_reasons_are_kept(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Anna Varga spoke. Varga then left. The Norlandic president returned.")
    reasons = dict(doc._.actors["anna-varga"].merged_from)
    assert reasons.get("Varga") == "gazetteer"
    assert reasons.get("Norlandic president") == "title"


def test_role_holds_on_dates() -> None:
    role = Role("president", "NOR", "2020-01-01", "2024-01-01")
    assert role.holds_on("2022-05-05") and not role.holds_on("2024-01-01")
    assert not role.holds_on(None)  # an ended role is not the current one


def test_a_people_is_not_its_state(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria blamed the Norlandic people for the drought, citing Norlandic aggression.")
    assert _actor_of(doc, "Norlandic people") is None
    assert _actor_of(doc, "Norlandic aggression") == "norland"


def test_generic_foreign_bodies_belong_to_nobody(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria said external security forces and foreign officials stirred the unrest.")
    assert _actor_of(doc, "external security forces") is None
    assert _actor_of(doc, "foreign officials") is None


def test_anti_and_pro_names_qualify_someone_else(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("An anti-Norland journalist criticised pro-Sudria militias. Norland replied.")
    assert [m.actor for m in doc._.mentions if m.actor in ("norland", "sudria")] == ["norland"]


def test_members_of_a_named_organisation_are_the_organisation(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The Daily Herald said Daily Herald fighters attacked Kalan.")
    assert _actor_of(doc, "fighters") == "daily-herald"
    doc = run("The Daily Herald said its fighters had entered Kalan.")
    assert _actor_of(doc, "fighters") == "daily-herald"


def test_the_audience_of_a_statement_is_not_an_actor(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Anna Varga told reporters that Sudria would pay. Reporters were attacked in Kalan.")
    assert _actor_of(doc, "reporters") is None
    assert _actor_of(doc, "Reporters") is not None


def test_a_body_that_needs_its_country_named(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Norlandic media said the video, shared on social media, was fake. The media agreed.")
    assert _actor_of(doc, "Norlandic media") == "norland-media"
    assert _actor_of(doc, "social media") is None
    assert _actor_of(doc, "The media") is None


def test_an_article_happens_where_its_places_are(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria warned Norland. Norland denied it. Protesters gathered in Kalan and Kalan.")
    assert _actor_of(doc, "Protesters") == "sudria-protesters"


def test_undated_article_prefers_the_holder_it_names(run) -> None:  # type: ignore[no-untyped-def]
    text = "Piet Olsen visited Kalan. Later the Norlandic president warned Sudria."
    assert _actor_of(run(text, date=None), "Norlandic president") == "piet-olsen"
    assert _actor_of(run(text, date="2024-03-01"), "Norlandic president") == "anna-varga"
    assert _actor_of(run("The Norlandic president warned Sudria.", date=None),
                     "Norlandic president") == "anna-varga"


def test_several_holders_of_a_military_title_are_the_armed_forces(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Norlandic commanders said Sudria would pay.")
    assert _actor_of(doc, "Norlandic commanders") == "norland-armed-forces"


def test_title_and_surname_find_the_gazetteer_person(run) -> None:  # type: ignore[no-untyped-def]
    text = "President Brandt warned Norland."
    assert _actor_of(run(text, date=None), "Brandt") == "karl-brandt"
    assert _actor_of(run(text, date="2005-05-05"), "Brandt") == "karl-brandt"
    later = run(text, date="2015-05-05")  # someone else: only the country carries over
    assert _actor_of(later, "Brandt") != "karl-brandt"
    assert later._.actors[_actor_of(later, "Brandt")].country == "SUD"


def test_an_organisation_before_a_title_picks_its_holder(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The Velmar League secretary-general warned Sudria.")
    assert _actor_of(doc, "secretary-general") == "ida-holm"
    assert _actor_of(run("The secretary-general warned Sudria."), "secretary-general") is None


def test_a_bare_title_refers_back_to_a_kind_of_it(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Foreign Minister Lena Dahl met Anna Varga. The minister then warned Sudria.")
    assert _actor_of(doc, "minister then") == _actor_of(doc, "Lena Dahl") == "lena-dahl"
    doc = run("Vice President Lena Dahl arrived. The president then warned Sudria.")
    assert _actor_of(doc, "president then") != "lena-dahl"


def test_the_town_of_a_name_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.extract.nonactors import is_place_use

    with nlp.select_pipes(disable=_OURS):
        doc = nlp("Fighters shelled the town of Velgrad, and Velgrad protested.")
    first, second = (doc[t.i:t.i + 1] for t in doc if t.text == "Velgrad")
    assert is_place_use(first) and not is_place_use(second)


def test_a_former_holder_is_not_the_office(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria welcomed former foreign minister Lena Dahl. The foreign minister left.")
    assert _actor_of(doc, "Lena Dahl") == "lena-dahl"
    assert _actor_of(doc, "minister left") is None  # "former" did not make her the minister
    assert _actor_of(run("The former Norlandic president warned Sudria."), "president") is None


def test_a_bare_title_in_an_article_about_one_country(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Norland banned the rally in Vester. The president said it was illegal.")
    assert _actor_of(doc, "president") == "anna-varga"


def test_a_name_before_a_place_noun_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    from actorgraph.extract.nonactors import is_place_use

    with nlp.select_pipes(disable=_OURS):
        doc = nlp("Drones struck the Velgrad region overnight.")
    assert is_place_use(doc[3:4])


def test_named_people_tell_the_article_country(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("A judge summoned Karl Brandt. Protesters gathered outside.", date="2005-01-01")
    assert _actor_of(doc, "Protesters") == "sudria-protesters"


def test_a_speaker_pronoun_prefers_the_last_subject(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Anna Varga warned Sudria after a visit by Piet Olsen. She said the border was shut.")
    assert _actor_of(doc, "She") == "anna-varga"
    doc = run('Piet Olsen met Anna Varga in Kalan. "We will win. Nothing stops us." '
              "He said talks were over.")
    assert _actor_of(doc, "He") == "piet-olsen"


def test_a_demonym_on_a_compound_names_the_country(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sudria will let 5,000 Norlandic Kurd demonstrators return home.")
    assert _actor_of(doc, "demonstrators") == "norland-protesters"
