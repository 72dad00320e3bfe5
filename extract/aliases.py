"""Aliases that name an actor, not ones that merely describe it.

"the government" said in an article about Iran is Iran there, but stored as an alias of Iran
(and of the United States, from another article) it would show up as a name of both. An alias
made only of generic nouns (the lexicon's ``generic_nouns``), titles, demonyms and country names
is therefore dropped from a named actor's aliases; the mention still counts for the actor.

>>> words = Vocabulary(frozenset({"government"}), frozenset({"president"}),
...                    frozenset({"iranian"}), frozenset({"us", "tehran"}))
>>> [is_generic(a, words) for a in ("governments", "US President", "Iranian", "Tehran")]
[True, True, True, False]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from actorgraph.extract.gazetteer import Gazetteer, normalize
from actorgraph.extract.lexicon import lexicon
from actorgraph.graph.model import Actor

__all__ = ["Vocabulary", "is_generic", "named_aliases", "vocabulary"]

_WORD = re.compile(r"[\w-]+|['’]s\b")


class Vocabulary(NamedTuple):
    """The words that describe rather than name, from the data file and the gazetteer."""

    nouns: frozenset[str]  # generic nouns: "government", "officials"
    titles: frozenset[str]  # whole titles: "supreme leader", "president"
    demonyms: frozenset[str]  # "iranian": a bare demonym describes too
    places: frozenset[str]  # words of country names and capitals, and glue: "iran", "'s"


def vocabulary(gazetteer: Gazetteer) -> Vocabulary:
    """The generic words of this gazetteer (its titles, demonyms and countries)."""
    places = {w for entry in gazetteer.entries.values() if entry.kind == "GOVERNMENT"
              for name in (entry.label, *entry.aliases, *entry.metonyms,
                           *((entry.capital,) if entry.capital else ()))
              for w in _words(name)}
    titles = {normalize(t) for t in gazetteer.titles if not t.startswith("_")}
    words = lexicon().words
    nouns = words.generic_nouns  # "State of Palestine": "state" still describes
    return Vocabulary(nouns, frozenset(titles), frozenset(gazetteer.by_demonym),
                      frozenset((places | words.alias_glue) - nouns))


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def is_generic(alias: str, words: Vocabulary) -> bool:
    """True when ``alias`` only describes: generic nouns or one title, a bare demonym, with
    country names and glue around them ("Iranian officials", "US President", "Iranian")."""
    tokens = _words(alias)
    demonym = any(t in words.demonyms for t in tokens)
    core = [t for t in tokens if t not in words.places and t not in words.demonyms]
    if not core:
        return demonym
    title = " ".join(core)
    return (title in words.titles or _singular(title) in words.titles
            or all(t in words.nouns or _singular(t) in words.nouns for t in core))


def named_aliases(actor: Actor, words: Vocabulary) -> Actor:
    """The actor without generic aliases, when it has a name of its own (not a GROUP)."""
    if actor.kind == "GROUP" or is_generic(actor.label, words):
        return actor
    kept = tuple(a for a in actor.aliases if not is_generic(a, words))
    return actor if kept == actor.aliases else Actor(
        actor.id, actor.label, actor.kind, actor.country, actor.sector, kept, actor.mentions,
        actor.wikidata, actor.merged_from)
