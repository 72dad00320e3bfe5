"""A named actor's aliases are names: no titles, 'government', 'authorities' or demonyms."""

from __future__ import annotations

from typing import Any

import pytest

from actorgraph.extract.aliases import is_generic, vocabulary
from actorgraph.extract.gazetteer import default_gazetteer

# Descriptions seen as aliases before: each would name other actors in other articles.
GENERIC = {"president", "supreme leader", "leader", "government", "governments",
           "administration", "authorities", "authority", "officials", "regime", "leadership",
           "iranian", "israeli", "ukrainian", "iranian officials", "iranian government",
           "us president", "u.s. president", "iran's leadership", "iran’s supreme leader",
           "united states government", "u.s. government", "iranian president"}


@pytest.fixture(scope="module")
def words():  # type: ignore[no-untyped-def]
    return vocabulary(default_gazetteer())


@pytest.mark.parametrize("alias", ["government", "the authorities", "Kenyan authorities",
                                   "Russian President", "Ethiopian government", "governments",
                                   "Chinese", "Beijing's leadership", "Prime Minister",
                                   "the Foreign Minister", "senior officials"])
def test_descriptions_are_generic(words: Any, alias: str) -> None:
    assert is_generic(alias, words)


@pytest.mark.parametrize("alias", ["Kremlin", "Beijing", "Tehran", "Khamenei",
                                   "Treasury Department", "Islamic Republic", "U.S.",
                                   "Revolutionary Guards", "al-Shabaab", "White House"])
def test_names_are_kept(words: Any, alias: str) -> None:
    assert not is_generic(alias, words)


def test_seed_actors_have_no_generic_alias(seeds_result: Any) -> None:
    actors = {a.id: a for a in seeds_result.actors}
    for actor in actors.values():
        if actor.kind != "GROUP":
            found = [a for a in actor.aliases if a.lower() in GENERIC]
            assert not found, (actor.id, found)
    assert "Khamenei" in actors["ali-khamenei"].aliases  # names stay
    assert {"Tehran", "Islamic Republic"} <= set(actors["iran"].aliases)
    assert {"Washington", "U.S."} <= set(actors["united-states"].aliases)
    assert "Treasury Department" in actors["us-treasury"].aliases
    assert "protesters" in actors["iran-protesters"].aliases  # a group's name is a noun
