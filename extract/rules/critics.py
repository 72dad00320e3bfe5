"""Criticism said by an adjective: being critical of someone accuses them.

- ``critical_of``  "X has been critical of Y", "X was sharply critical of Y's plan", "X is
                   critical of the pact between Y and Z", "X made comments critical of Y": the
                   one critical (the copula's subject, the comments' maker) accuses Y, or the
                   owner of what is criticised
- ``deplored_fact``  "X protested the fact that Y built a heliport on the island", "X
                   condemned the fact that Y had not been consulted": whoever did what the
                   fact says is accused
- ``tied_to``      "X linked Y to the attack", "X tied Y to the plot": tying someone to a wrong
                   accuses them
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import either, mode_of
from actorgraph.extract.rules.evaluation import owners
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
from actorgraph.extract.rules.roles import actors_of_act, is_future, source, that_clause
from actorgraph.extract.speech import actors_of, expand
from actorgraph.graph.model import Mention

__all__ = ["critical_of", "deplored_fact", "tied_to"]

_WORDS = lexicon().words


def _critical_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    word = {"LEMMA": in_(_WORDS.critical_adjectives), "POS": "ADJ"}
    return [[node("trigger", {**word, "DEP": in_(["acomp", "amod", "oprd"])}),
             node("of", {"DEP": "prep", "LOWER": in_(_WORDS.critical_preps)}, "trigger"),
             node("thing", {"DEP": "pobj"}, "of")]]


@family("critical_of", patterns=_critical_patterns, confidence=0.50, examples=(
    Example("Kenya has been critical of Uganda for months.", ("ACCUSE", "kenya", "uganda")),
    Example("Chile was sharply critical of the pact signed by Peru and Bolivia.",
            ("ACCUSE", "chile", "bolivia")),
    Example("Ghana, long critical of Togo's border policy, closed the crossing.",
            ("ACCUSE", "ghana", "togo")),
    Example("Chile made comments critical of Peru.", ("ACCUSE", "chile", "peru")),
    Example("Chile is one of the states most critical of Peru.", ("ACCUSE", "chile", "peru")),
))
def critical_of(ctx: Context, m: Match) -> Roles | None:
    """'X has been critical of Y': X accuses Y, or the owner of the thing criticised."""
    word, thing = m.trigger, m.nodes["thing"]
    head = word.head
    # "X has been critical of Y"; "X, long critical of Y, ...": the adjective's noun
    sources = source(ctx, head) if word.dep_ != "amod" and head.pos_ in ("AUX", "VERB") \
        else actors_of(ctx.doc, [head], ctx.index) if word.dep_ == "amod" else []
    if not sources and word.dep_ == "amod":  # "made comments critical of Y"
        sources = _makers(ctx, head)
    mine = {s.actor for s in sources}
    targets = actors_of(ctx.doc, expand(thing), ctx.index, modifiers=False) or \
        owners(ctx.doc, ctx.index, thing)
    return Roles(sources, [t for t in targets if t.actor not in mine],
                 either(mode_of(word), mode_of(head)))


def _makers(ctx: Context, noun: Token) -> list[Mention]:
    """Who made or is the unnamed thing a critical adjective describes: the subject of the
    verb it is the object or complement of, through 'one of the ...'."""
    for _ in range(3):
        if noun.dep_ in ("dobj", "attr"):
            return source(ctx, noun.head)
        if noun.dep_ not in ("pobj", "prep"):
            break
        noun = noun.head
    return []


def _fact_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    cues = lex.types[type_]  # "condemned the fact", "protested the fact"
    verbs = [*cues.verbs, *cues.light_nouns, *cues.concerns]
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("fact", {"LEMMA": in_(_WORDS.fact_nouns), "DEP": "dobj"}, "trigger"),
             *that_clause("fact")]]


# confidence: (right + 1) / (found + 2), news dev 2/2
@family("deplored_fact", patterns=_fact_patterns, confidence=0.75, examples=(
    Example("Chile protested the fact that Peru built a base on the island.",
            ("ACCUSE", "chile", "peru")),
    Example("Kenya condemned the fact that Uganda had detained its citizens.",
            ("ACCUSE", "kenya", "uganda")),
))
def deplored_fact(ctx: Context, m: Match) -> Roles | None:
    """'X protested the fact that Y built a base': what the fact says Y did is what X
    protests, an accusation of Y (not a feared act: 'the fact that Y could ...')."""
    clause = m.nodes["clause"]
    if is_future(clause):
        return None
    sources = source(ctx, m.trigger)
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in actors_of_act(ctx, clause) if t.actor not in mine],
                 mode_of(m.trigger))


def _tied_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    wrongs = [*lex.wrongs, *lex.types["ACCUSE"].acts, *lex.types["ASSAULT"].nouns]
    return [[node("trigger", {"LEMMA": in_(_WORDS.tying_verbs), "POS": in_(VERB)}),
             node("target", {"DEP": "dobj"}, "trigger"),
             node("to", {"DEP": "prep", "LOWER": in_(_WORDS.tying_preps)}, "trigger"),
             node("wrong", {"DEP": "pobj", "LEMMA": in_(wrongs)}, "to")]]


@family("tied_to", patterns=_tied_patterns, confidence=0.50, examples=(
    Example("Kenya linked Uganda to the attack on the border post.",
            ("ACCUSE", "kenya", "uganda")),
    Example("Peru tied Chile to the plot against its president.", ("ACCUSE", "peru", "chile")),
))
def tied_to(ctx: Context, m: Match) -> Roles | None:
    """'X linked Y to the attack': tying someone to a wrong accuses them (not 'linked the
    grid to Y's', no wrong)."""
    sources = source(ctx, m.trigger)
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
               if t.actor not in mine]
    return Roles(sources, targets, mode_of(m.trigger))
