"""A state's organisations and groups named by common nouns: 'Iran's security forces',
'Chilean protesters', 'Russian prison officials'.

Their ids are the state's id plus the noun ('iran-security-forces'); an entry of that id in the
gazetteer gives the label and Wikidata id; a body with a generic name after its state ('Cuba's
National Assembly') is scoped the same way. Staff nouns ('officials', 'authorities') stand for
the state itself unless a noun before them names a part of it: 'foreign ministry officials'
are the ministry, 'prison officials' and 'customs authorities' a group of the state's staff.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.gazetteer import Entry, Gazetteer, actor_id
from actorgraph.extract.naming import staff_words
from actorgraph.extract.nouns import Noun, NounIndex
from actorgraph.graph.model import Actor

__all__ = ["Bodies"]


class Bodies:
    """Build the actor of a state's body or group from the gazetteer and the vocabulary."""

    def __init__(self, gazetteer: Gazetteer, nouns: NounIndex) -> None:
        self.gazetteer = gazetteer
        self.nouns = nouns

    def of(self, state: Entry, noun: Noun, label: str | None = None) -> Actor:
        """A state's organisation or group: 'iran-security-forces', 'iran-protesters'."""
        ident = f"{state.id}-{actor_id(noun.key)}"
        known = self.gazetteer.entries.get(ident)
        if known is not None:
            return known.actor()
        demonym = state.demonyms[0] if state.demonyms else state.label
        label = label or f"{demonym} {noun.key}"
        kind = noun.kind if noun.kind in ("ORGANIZATION", "GROUP") else "ORGANIZATION"
        return Actor(ident, label, kind, state.country, noun.sector)

    def named(self, state: Entry, name: str) -> Actor:
        """A state's body named by a generic name ('Cuba's National Assembly'): one per state,
        not one 'National Assembly' for every country that has one."""
        known = self.gazetteer.entries.get(f"{state.id}-{actor_id(name)}")
        if known is not None:
            return known.actor()
        demonym = state.demonyms[0] if state.demonyms else state.label
        return Actor(f"{state.id}-{actor_id(name)}", f"{demonym} {name}", "ORGANIZATION",
                     state.country)

    def staff(self, head: Token, state: Entry) -> Actor | None:
        """The part of the state a staff noun names ('prison officials'), or None when it is
        the state itself ('officials', 'government officials')."""
        words = staff_words(head) if head.tag_ in ("NNS", "NNPS") else None
        if words is None:  # "a unity government", "the island state": the state itself
            return None
        noun = self.nouns.lookup(words)
        if noun is not None:
            return self.of(state, noun) if noun.kind in ("ORGANIZATION", "GROUP") else None
        return self.of(state, Noun(f"{words} {head.lower_}", "GROUP", "GOV"))
