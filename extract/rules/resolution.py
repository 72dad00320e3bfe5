"""Threats made by telling someone not to misjudge one's resolve.

- ``resolve_tested``  "X must not underestimate China's will to defend its sovereignty",
                      "X should not test our resolve": whoever is told not to misjudge the
                      resolve is threatened by its owner (or the speaker)
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.negation import ASSERTED, HYPOTHETICAL, has_negator, in_condition
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
from actorgraph.extract.rules.roles import owner
from actorgraph.extract.rules.threats import others
from actorgraph.extract.speech import actors_of, speaker
from actorgraph.extract.subjects import subject_of

__all__ = ["resolve_tested"]


def _resolve_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    pairs = lex.types[type_].tested_resolve
    if not pairs:
        return []
    return [[node("trigger", {"LEMMA": in_(pairs), "POS": in_(VERB)}),
             node("resolve", {"DEP": "dobj", "LEMMA": in_({n for ns in pairs.values()
                                                            for n in ns})}, "trigger")]]


@family("resolve_tested", patterns=_resolve_patterns, confidence=0.5, examples=(
    Example("Peru said that Chile must not underestimate its firm resolve to defend its "
            "sovereignty.", ("THREATEN", "peru", "chile")),
    Example('"Chile should not misjudge Peru\'s determination to protect its waters," the '
            "minister said.", ("THREATEN", "peru", "chile")),
))
def resolve_tested(ctx: Context, m: Match) -> Roles | None:
    """'X must not underestimate China's will to ...', 'X should not test our resolve': the
    owner of the resolve threatens X; a plain statement ('X underestimated our resolve')
    threatens no one."""
    verb, resolve = m.trigger, m.nodes["resolve"]
    if resolve.lemma_.lower() not in ctx.lex.types[m.type].tested_resolve[verb.lemma_.lower()]:
        return None
    # "must not misjudge the situation or underestimate X's will": the first verb's
    # auxiliaries are the coordinated one's too
    first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in VERB and \
        not any(c.dep_ in ("aux", "neg") for c in verb.children) else verb
    if not has_negator(first) or not _obliged(ctx, first):
        return None
    told = actors_of(ctx.doc, subject_of(verb), ctx.index)
    # "X must not underestimate its resolve": not X's own resolve, the speaker's
    sources = [s for s in owner(ctx, resolve, m.type) if s.actor not in {t.actor for t in told}] \
        or speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    mine = {s.actor for s in sources}
    targets = [t for t in told if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets),
                 HYPOTHETICAL if in_condition(verb) else ASSERTED)


def _obliged(ctx: Context, verb: Token) -> bool:
    """Is the verb under an obligation ('must not', 'should not')?"""
    request = ctx.lex.types.get("REQUEST")
    modals = request.obligation_modals if request is not None else ()
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)
