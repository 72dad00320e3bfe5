"""Document context: what the article has said so far, for roles a sentence leaves implicit.

"The UN condemned the move", "the ministry said the decision was unjustified": whose move,
whose decision? A reader looks back: the same noun named earlier with its owner ("Chile's
decision"), else the actor who last acted (the subject of an earlier sentence, nearest
first), never one on the evaluator's own side (itself or its country).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from actorgraph.extract.speech import actors_of, subject_of
from actorgraph.graph.model import Mention

__all__ = ["DocumentContext"]

# How far back an implicit owner is looked for, in sentences.
_WINDOW = 3
Owners = Callable[[Doc, dict[int, Mention], Token], list[Mention]]


class DocumentContext:
    """The article so far, as seen from one token: owned nouns and acting subjects."""

    def __init__(self, doc: Doc, index: dict[int, Mention]) -> None:
        self.doc, self.index = doc, index
        self.actors = doc._.actors or {}

    def owner(self, noun: Token, mine: set[str], owners: Owners) -> list[Mention]:
        """The owner of an unowned act or statement ``noun``, from what came before."""
        side = self._side(mine)
        for token in reversed(self.doc[: noun.i]):
            if token.lemma_ == noun.lemma_ and token.pos_ == noun.pos_:
                found = [m for m in owners(self.doc, self.index, token) if self._other(m, side)]
                if found:
                    return found
        return self._last_actor(noun, side)

    def last_actor(self, token: Token, mine: set[str]) -> list[Mention]:
        """The nearest earlier actor that acted, not on the side of ``mine``: whom a response
        answers ("Chad shelled the border town. Sudan vowed a response")."""
        return self._last_actor(token, self._side(mine))

    def _last_actor(self, noun: Token, side: tuple[set[str], set[str]]) -> list[Mention]:
        """The nearest earlier actor that acted: the subject of an earlier sentence."""
        sentences = [s for s in self.doc.sents if s.end <= noun.sent.start][-_WINDOW:]
        for sent in reversed(sentences):
            found = [m for m in actors_of(self.doc, subject_of(sent.root), self.index)
                     if self._other(m, side)]
            if found:
                return list({m.actor: m for m in found}.values())
        return []

    def _side(self, mine: set[str]) -> tuple[set[str], set[str]]:
        countries = {getattr(self.actors.get(a), "country", None) for a in mine} - {None}
        return mine, {str(c) for c in countries}

    def _other(self, mention: Mention, side: tuple[set[str], set[str]]) -> bool:
        ids, countries = side
        country = getattr(self.actors.get(mention.actor), "country", None)
        return mention.actor not in ids and country not in countries
