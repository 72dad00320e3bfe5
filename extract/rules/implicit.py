"""Families whose agent the sentence leaves implicit (issue class 1: roles from context).

- ``implicit_agent``  "The sanctioned individuals include X": a punitive participle with no
                      agent; X is the target, the imposer the state that last acted before
                      (document context), unless the sentence names it ("sanctioned by Y").
"""

from __future__ import annotations

from typing import Any

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import mode_of
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
from actorgraph.extract.rules.roles import passive_agents
from actorgraph.extract.speech import actors_of, expand

__all__ = ["implicit_agent"]

_WORDS = lexicon().words


def _included_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types[type_].verbs
    if type_ != "SANCTION" or not verbs:
        return []
    # "sanctioned" is often tagged an adjective with itself as lemma
    participles: list[dict[str, Any]] = [{"LEMMA": in_(verbs), "TAG": "VBN"},
                                         {"LOWER": in_(_WORDS.punitive_participles)}]
    return [[node("include", {"LEMMA": in_(_WORDS.inclusion_verbs), "POS": in_(VERB)}),
             node("set", {"DEP": "nsubj"}, "include"),
             node("trigger", {**attrs, "DEP": in_(["amod", "acl"])}, "set"),
             node("target", {"DEP": "dobj"}, "include")] for attrs in participles]


@family("implicit_agent", patterns=_included_patterns, confidence=0.50, examples=(
    Example("Canada imposed sanctions on Iran on Monday. The sanctioned individuals include "
            "Ali Khamenei.", ("SANCTION", "canada", "ali-khamenei")),
    Example("The entities sanctioned by Australia include the Wagner Group.",
            ("SANCTION", "australia", "wagner-group")),
))
def implicit_agent(ctx: Context, m: Match) -> Roles | None:
    """'the sanctioned individuals include X': the imposer named before."""
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    sources = passive_agents(ctx, m.trigger)
    if not sources:
        mine = {t.actor for t in targets}
        sources = DocumentContext(ctx.doc, ctx.index).last_actor(m.trigger, mine)
    return Roles(sources, targets, mode_of(m.nodes["include"]))
