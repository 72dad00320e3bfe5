"""Threats that put a relationship at stake.

- ``strained_ties``  "relations with X may become strained if ...", "our ties with X would
                     suffer", "the decision will have consequences for our relationship with
                     X", "will have consequences for X": a worse relationship held out to X
                     threatens X (PLOVER: a warning of reduced relations)
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.phrases import objects_of
from actorgraph.extract.rules.registry import (
    VERB,
    Context,
    Example,
    Match,
    Pattern,
    Roles,
    family,
    in_,
    node,
)
from actorgraph.extract.rules.roles import is_future, source, threat_mode
from actorgraph.extract.speech import actors_of, expand

__all__ = ["strained_ties"]

_WORDS = lexicon().words


def _strain_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "THREATEN":
        return []
    ties = {"LEMMA": in_(_WORDS.tie_nouns), "POS": "NOUN"}
    return [
        # "relations with X may become strained", "our ties with X would suffer"
        [node("trigger", {**ties, "DEP": in_(["nsubj", "nsubjpass"])}),
         node("with", {"DEP": "prep", "LOWER": in_(_WORDS.tie_preps)}, "trigger"),
         node("target", {"DEP": "pobj"}, "with")],
        # "will have consequences for X", "... for our relationship with X"
        [node("trigger", {"LEMMA": in_(_WORDS.consequence_nouns), "DEP": "dobj"}),
         node("for", {"DEP": "prep", "LOWER": in_(_WORDS.burden_preps)}, "trigger"),
         node("target", {"DEP": "pobj"}, "for")]]


# confidence: 0.5, found fewer than three times on news dev (2/2)
@family("strained_ties", patterns=_strain_patterns, confidence=0.50, examples=(
    Example("Bolivia said its ties with Chile would suffer.", ("THREATEN", "bolivia", "chile")),
    Example('"Our relations with Bolivia may become much more strained," the Chilean '
            'president Ana Rojas said.', ("THREATEN", "ana-rojas", "bolivia")),
    Example('"The decision will have consequences for our relationship with Peru," Chile said.',
            ("THREATEN", "chile", "peru")),
))
def strained_ties(ctx: Context, m: Match) -> Roles | None:
    """A relationship with X said to be about to suffer, or consequences held out to X (or to
    the relationship with X): the speaker threatens X."""
    noun, target = m.trigger, m.nodes["target"]
    verb = noun.head
    if verb.pos_ not in VERB or not is_future(verb):
        return None
    if noun.lemma_.lower() in _WORDS.tie_nouns:
        if not (verb.lemma_.lower() in _WORDS.worsening_words or any(
                c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in _WORDS.worsening_words
                for c in verb.children)):
            return None
    elif verb.lemma_.lower() not in _WORDS.bearing_verbs:
        return None
    targets = actors_of(ctx.doc, _partners(target), ctx.index, modifiers=False)
    sources = source(ctx, verb)  # the subject's side ("our ties"), else the speaker
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in targets if t.actor not in mine], threat_mode(verb))


def _partners(target: Token) -> list[Token]:
    """The one a relationship is with ('for our relationship with X': X), or the target."""
    if target.lemma_.lower() not in _WORDS.tie_nouns:
        return expand(target)
    return [t for o in objects_of([target], _WORDS.tie_preps) for t in expand(o)]
