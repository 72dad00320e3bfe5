"""Families that reduce relations by leaving or stopping a joint undertaking (PLOVER: SANCTION).

- ``withdraw_engagement`` "withdrew from the talks with X", "from a UN resolution"
- ``suspend_engagement``  "suspended the next round of talks until X ...", "tore up its pact
                          with X", "ordered the
                          termination of its extradition treaty with X": the party the
                          undertaking names, else the one other party of the sentence
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
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
from actorgraph.extract.rules.roles import (
    NOMINAL_DEPS,
    doer,
    leaves_through,
    match_mode,
    object_actors,
    passive_agents,
    source,
    union,
)
from actorgraph.extract.speech import actors_of, speaker
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["suspend_engagement", "withdraw_engagement"]

_WORDS = lexicon().words


def _withdraw_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if type_ != "SANCTION" or not cues.recall_verbs:
        return []
    verbs = [*cues.recall_verbs, *lex.words.leaving_verbs]
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("from", {"DEP": "prep", "LOWER": in_(lex.words.leaving_preps)}, "trigger",
                  ">>"),
             node("talks", {"DEP": "pobj", "LEMMA": in_(lex.words.engagement_nouns)}, "from")]]


@family("withdraw_engagement", patterns=_withdraw_patterns, confidence=0.50, examples=(
    Example("Honduras withdrew from the talks with Nicaragua on Monday.",
            ("SANCTION", "honduras", "nicaragua")),
    Example("Fiji is withdrawing from the ASEAN dialogue on fisheries.",
            ("SANCTION", "fiji", "asean")),
))
def withdraw_engagement(ctx: Context, m: Match) -> Roles | None:
    """'withdrew from the talks with X', 'pulled out of a UN resolution': leaving a joint
    undertaking reduces relations with the party it names."""
    if not leaves_through(m.trigger, m.nodes["from"]):
        return None
    targets = object_actors(ctx, m.nodes["talks"], nearest=True, deps=NOMINAL_DEPS)
    return Roles(source(ctx, m.trigger), targets, match_mode(m, m.trigger))


def _suspend_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if type_ != "SANCTION" or not cues.verbs:
        return []
    verbs = [*cues.verbs, *lex.words.ending_verbs]  # "ended military cooperation with X"
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("target", {"DEP": in_(["dobj", "nsubjpass"])}, "trigger")],
            # "tore up its fisheries pact with X"
            [node("trigger", {"LEMMA": in_(lex.words.tearing_verbs), "POS": in_(VERB)}),
             node("particle", {"DEP": "prt", "LOWER": in_(lex.words.tearing_particles)},
                  "trigger"),
             node("target", {"DEP": in_(["dobj", "nsubjpass"])}, "trigger")],
            # "ordered the termination of its extradition treaty with X"
            [node("trigger", {"LEMMA": in_(lex.words.closing_nouns), "POS": "NOUN"}),
             node("of", {"DEP": "prep", "LOWER": in_(lex.words.of_preps)}, "trigger"),
             node("target", {"DEP": "pobj"}, "of")]]


@family("suspend_engagement", patterns=_suspend_patterns, confidence=0.50, examples=(
    Example("Honduras suspended the next round of negotiations until Nicaragua frees the "
            "fishermen.", ("SANCTION", "honduras", "nicaragua")),
    Example("Kenya said al-Shabaab attacked a bus, and Kenya cancelled the talks.",
            ("SANCTION", "kenya", "al-shabaab")),
    Example("Talks on the Rivas dam were suspended until Nicaragua pays its share, Costa Rica "
            "said.", ("SANCTION", "costa-rica", "nicaragua")),
    Example("Honduras ordered the termination of its extradition treaty with Nicaragua.",
            ("SANCTION", "honduras", "nicaragua")),
))
def suspend_engagement(ctx: Context, m: Match) -> Roles | None:
    """'suspended the next round of talks', 'the termination of its treaty with X': the party
    named in the undertaking's phrase, else the one other party the sentence names."""
    talks = [t for t in m.nodes["target"].subtree
             if t.lemma_.lower() in _WORDS.engagement_nouns]
    if not talks:
        return None
    sources = passive_agents(ctx, m.trigger) or doer(ctx, m.trigger, m.type)
    named = _awaited(ctx, m.trigger) or \
        object_actors(ctx, m.nodes["target"], nearest=True, deps=NOMINAL_DEPS)
    if named:  # "suspended the start of negotiations with X", "... until X pays"
        return Roles(sources, named, match_mode(m, m.trigger))
    actors = ctx.doc._.actors or {}
    side = {s.actor for s in sources}
    countries = {getattr(actors.get(a), "country", None) for a in side} - {None}
    sent = m.trigger.sent
    side |= {s.actor for s in speaker(ctx.doc, m.trigger, ctx.index, ctx.look.speech)}
    others = union([ctx.index[i] for i in range(sent.start, sent.end) if i in ctx.index
                    and _other_party(actors.get(ctx.index[i].actor), side, countries)])
    if not sources or len(others) != 1:
        return None
    return Roles(sources, others, match_mode(m, m.trigger))


def _awaited(ctx: Context, verb: Token) -> list[Mention]:
    """'suspended ... until X provides clarifications': whose act would end the measure."""
    return [a for c in verb.children if c.dep_ == "advcl" and any(
        k.dep_ == "mark" and k.lower_ in _WORDS.deadline_preps for k in c.children)
        for a in actors_of(ctx.doc, subject_of(c), ctx.index)]


def _other_party(actor: object, side: set[str], countries: set[object]) -> bool:
    """Not the source's side: neither itself nor its state's government or officials (a rebel
    group of the same country is a party to talks with its government)."""
    if actor is None or getattr(actor, "id", None) in side:
        return False
    return getattr(actor, "country", None) not in countries or \
        getattr(actor, "kind", None) in ("GROUP", "ORGANIZATION")
