"""Families of disapproval of an act the sentence leaves unowned: its owner is the one the
article named before (:mod:`actorgraph.extract.context`).

- ``concern_context``  "X voiced concern over the decision", "X said it regretted the move",
                       "X was dismayed by the decision": whose decision? The actor who made it
                       earlier in the article ("Y expelled two of X's diplomats. ...")

The disapproving words and the reading of the thing are those of ``concern``
(:mod:`~actorgraph.extract.rules.disapproval`); only the lexicon's ``evaluated_nouns`` ('the
decision', 'the move') and ``patient_nouns`` look back, as for the evaluative families.
"""

from __future__ import annotations

from actorgraph.extract.negation import either, mode_of
from actorgraph.extract.rules.disapproval import concern_patterns, concerned
from actorgraph.extract.rules.evaluation import owned
from actorgraph.extract.rules.registry import Context, Example, Match, Roles, family
from actorgraph.extract.speech import actors_of, expand

__all__ = ["concern_context"]


@family("concern_context", patterns=concern_patterns, confidence=0.50, examples=(
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
