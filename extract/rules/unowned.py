"""Families of disapproval of an act the sentence leaves unowned: its owner is the one the
article named before (:mod:`actorgraph.extract.context`).

- ``concern_context``  "X voiced concern over the decision", "X said it regretted the move",
                       "X was dismayed by the decision": whose decision? The actor who made it
                       earlier in the article ("Y expelled two of X's diplomats. ...")

- ``wrong_against_us``  in X's speech, "we are facing an aggression against Poland" (X's side),
                       no doer named: the wrong is the act of the one who last acted against X
                       ("Y demanded fines from Poland. ...")

The disapproving words and the reading of the thing are those of ``concern``
(:mod:`~actorgraph.extract.rules.disapproval`); only the lexicon's ``evaluated_nouns`` ('the
decision', 'the move') and ``patient_nouns`` look back, as for the evaluative families.
"""

from __future__ import annotations

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.negation import either, mode_of
from actorgraph.extract.rules.disapproval import concern_patterns, concerned
from actorgraph.extract.rules.owning import owned, owners
from actorgraph.extract.rules.registry import (
    Context,
    Example,
    Match,
    Pattern,
    Roles,
    family,
    in_,
    node,
)
from actorgraph.extract.rules.roles import quote_inside, reported, wrongdoers
from actorgraph.extract.speech import actors_of, expand, speaker

__all__ = ["concern_context", "wrong_against_us"]


# confidence: (right + 1) / (found + 2), news dev 2/3 (all types)
@family("concern_context", patterns=concern_patterns, confidence=0.60, examples=(
    Example("Chad closed its border with Sudan on Monday. Sudan voiced concern over the "
            "decision.", ("ACCUSE", "sudan", "chad")),
    Example("Mali expelled two Senegalese diplomats. Senegal said it regretted the move.",
            ("ACCUSE", "senegal", "mali")),
))
def concern_context(ctx: Context, m: Match) -> Roles | None:
    """'X voiced concern over the decision': the decision's owner named before."""
    thing = m.nodes.get("thing")
    if thing is None or actors_of(ctx.doc, expand(thing), ctx.index, modifiers=False):
        return None  # a clause names its doer; "concern over Haiti" is no act
    word = m.trigger
    verb = m.nodes.get("verb", word.head)
    found = owned(ctx, thing, concerned(ctx, word), either(mode_of(word), mode_of(verb)))
    if found is None or not found[3]:
        return None  # owned in its sentence: concern's case
    sources, targets, mode, _ = found
    return Roles(sources, targets, mode) if targets else None


def _against_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    # the wrong as what the speaker faces ('are facing [an aggression]', 'this is [blackmail]'),
    # not a clause's subject ('any aggression against us would mean war': no act yet)
    wrong = {"LEMMA": in_(lex.pejoratives), "POS": "NOUN", "DEP": in_(["dobj", "pobj", "attr"])}
    return [[node("trigger", wrong),
             node("prep", {"DEP": "prep", "LOWER": in_(lex.words.against_preps)}, "trigger"),
             node("victim", {"DEP": "pobj"}, "prep")]]


@family("wrong_against_us", patterns=_against_patterns, confidence=0.50, examples=(
    Example("Brussels demanded daily fines from Hungary. \"This is blackmail against Hungary,\" "
            "the Hungarian minister said.", ("ACCUSE", "hungarian-minister", "eu")),
    Example("Chad sent troops across the border. Sudan said it was facing an aggression "
            "against Sudan.", ("ACCUSE", "sudan", "chad")),
))
def wrong_against_us(ctx: Context, m: Match) -> Roles | None:
    """In X's speech, 'an aggression against X' with no doer named: the one who last acted
    against X, named before."""
    wrong = m.trigger
    if not (reported(wrong, ctx.look.speech) or quote_inside(wrong)) or wrongdoers(ctx, wrong):
        return None  # the writer's words, or a doer named (pejorative's)
    sources = speaker(ctx.doc, wrong, ctx.index, ctx.look.speech)
    context = DocumentContext(ctx.doc, ctx.index)
    mine = {s.actor for s in sources}
    victims = actors_of(ctx.doc, expand(m.nodes["victim"]), ctx.index)
    known = any(getattr(context.actors.get(a), "country", None) for a in mine)
    if not sources or not victims or (known and any(context.other(v, mine) for v in victims)):
        return None  # a wrong done to someone else names no wrong done to the speaker
    # a speaker of no known country speaks for the side wronged
    side = mine | {v.actor for v in victims}
    return Roles(sources, context.owner(wrong, side, owners), mode_of(wrong))
