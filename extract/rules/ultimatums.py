"""Ultimatums: a demand with a stated end, or with what follows if it is refused.

- ``deadline``  "gave X 48 hours to withdraw", "gave X until Friday to comply", "set a deadline
                for X to comply"
- ``or_else``   "told X to withdraw or face the consequences", "urged X to comply or pay a
                heavy price": the harm of refusing threatens the one asked
- ``not_allowed`` "will not allow X to undermine our security": refusing to let someone act
                warns them
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.negation import ASSERTED, has_negator, mode_of
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
from actorgraph.extract.rules.roles import is_future, source
from actorgraph.extract.rules.threats import harmful, others
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.graph.model import Mention

__all__ = ["deadline", "not_allowed", "or_else"]


def _deadline_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types[type_].deadlines
    if not verbs:
        return []
    to = {"DEP": "aux", "LOWER": in_(lex.words.infinitive_markers)}
    act = {"DEP": in_(["advcl", "xcomp", "acl"]), "POS": in_(VERB)}
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("act", act, "trigger"), node("to", to, "act")],
            # "set a deadline for X to comply": the act hangs from the deadline
            [node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("time", {"DEP": "dobj"}, "trigger"),
             node("act", act, "time"), node("to", to, "act")]]


@family("deadline", patterns=_deadline_patterns, confidence=0.5, examples=(
    Example("Ghana gave Togo 48 hours to withdraw its troops.", ("THREATEN", "ghana", "togo")),
    Example("Chile has given Bolivia until Friday to release the prisoners.",
            ("THREATEN", "chile", "bolivia")),
))
def deadline(ctx: Context, m: Match) -> Roles | None:
    """An ultimatum: 'gave X 48 hours to withdraw', 'gave X until Friday to comply', 'set a
    deadline for X to comply'; not an expulsion ('gave the envoy 72 hours to leave')."""
    verb, act = m.trigger, m.nodes["act"]
    words = ctx.lex.words
    times = ctx.lex.types[m.type].deadlines[verb.lemma_.lower()]
    timed = any(c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in times
                for c in verb.children) or \
        any(c.dep_ == "prep" and c.lower_ in words.deadline_preps for c in verb.children)
    if not timed or act.lemma_.lower() in words.departure_verbs:
        return None
    given = [c for c in verb.children if c.dep_ in ("dative", "dobj")] if "time" not in \
        m.nodes else [c for c in act.children if c.dep_ == "nsubj"]  # "for X to comply"
    return _of_others(ctx, source(ctx, verb), given, mode_of(verb))


def _or_else_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    acts = lex.types[type_].victim_acts
    if not acts:
        return []
    alternative = {"DEP": "cc", "LOWER": in_(lex.words.alternative_conjunctions)}
    refused = {"LEMMA": in_(acts), "DEP": "conj", "POS": in_(VERB)}
    return [[node("asked", {"DEP": "xcomp", "POS": in_(VERB)}),
             node("or", alternative, "asked"), node("trigger", refused, "asked")],
            # "X must withdraw, or suffer the consequences": a demand said with 'must'
            [node("asked", {"POS": in_(VERB)}),
             node("modal", {"DEP": "aux", "LOWER": in_(lex.words.deontic_modals)}, "asked"),
             node("or", alternative, "asked"), node("trigger", refused, "asked")]]


@family("or_else", patterns=_or_else_patterns, confidence=0.5, examples=(
    Example("Ghana told Togo to withdraw its troops or face the consequences.",
            ("THREATEN", "ghana", "togo")),
    Example("Chile urged Peru to free the sailors or pay a heavy price.",
            ("THREATEN", "chile", "peru")),
    Example('"Peru must free the sailors, or suffer the consequences," Chile said.',
            ("THREATEN", "chile", "peru")),
))
def or_else(ctx: Context, m: Match) -> Roles | None:
    """The harm of refusing a demand ('told X to withdraw or face the consequences'): the
    one demanding threatens the one asked."""
    act, verb = m.trigger, m.nodes["asked"].head
    if not harmful(act):
        return None  # "asked X to stay or face an election"
    if "modal" in m.nodes:  # the demand's subject is asked, by whoever says so
        verb = m.nodes["asked"]
        asked = [c for c in verb.children if c.dep_ == "nsubj"]
        sources = speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    else:
        asked = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        sources = source(ctx, verb)
    return _of_others(ctx, sources, asked, mode_of(verb))


def _not_allowed_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "THREATEN":
        return []
    to = {"DEP": "aux", "LOWER": in_(lex.words.infinitive_markers)}
    allow = node("trigger", {"LEMMA": in_(lex.words.permit_verbs), "POS": in_(VERB)})
    act = {"DEP": in_(["xcomp", "ccomp"]), "POS": in_(VERB)}
    return [[allow, node("allowed", {"DEP": "dobj"}, "trigger"), node("act", act, "trigger"),
             node("to", to, "act")],
            # the parser often reads the one allowed as the subject of the infinitive
            [allow, node("act", act, "trigger"), node("to", to, "act"),
             node("allowed", {"DEP": "nsubj"}, "act")]]


@family("not_allowed", patterns=_not_allowed_patterns, confidence=0.5, examples=(
    Example("Kenya said it would never allow Somalia to auction its oil blocks.",
            ("THREATEN", "kenya", "somalia")),
    Example('"We will not allow Chile to violate our border," Peru said.',
            ("THREATEN", "peru", "chile")),
))
def not_allowed(ctx: Context, m: Match) -> Roles | None:
    """'will not allow X to undermine our security': a refusal, for the future, to let the one
    named act (not 'did not allow', a past refusal, nor 'will no longer allow X to visit', a
    ban)."""
    verb = m.trigger
    longer = ctx.lex.words.no_longer[-1]
    if not has_negator(verb) or not is_future(verb) or \
            any(c.lower_ == longer for c in verb.children):
        return None
    return _of_others(ctx, source(ctx, verb), [m.nodes["allowed"]], ASSERTED)


def _of_others(ctx: Context, sources: list[Mention], named: list[Token], mode: str) -> Roles:
    """The actors ``named`` that are not the sources' own side are the targets."""
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, [t for n in named for t in expand(n)], ctx.index)
               if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets), mode)
