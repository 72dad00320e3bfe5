"""Families whose target sits in a clause or infinitive the cue verb governs.

- ``verb_xcomp``     "threatened to strike X", "vowed to punish X"
- ``verb_ccomp``     "warned that ships are heading to X", "... if X escalates"
- ``demand_clause``  "demanded that X cancel the sale" (the clause's subject is the target)
- ``obligation``     "X must return the helicopter", said by a speaker (who asks it of X)
- ``not_ruled_out``  "has not ruled out a strike on X" (refusing to exclude force threatens)
- ``among``          "Among those sanctioned was X"
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import (
    ASSERTED,
    HYPOTHETICAL,
    NEGATED,
    either,
    has_negator,
    in_condition,
    mode_of,
)
from actorgraph.extract.rules.registry import (
    CORE,
    OBJ,
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
    condition_actors,
    is_future,
    match_mode,
    object_actors,
    passive_agents,
    reported,
    source,
    union,
)
from actorgraph.extract.rules.threats import others, rebuked, venues
from actorgraph.extract.rules.verbs import reciprocal, verb_words
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of

__all__ = ["among", "demand_clause", "not_ruled_out", "obligation", "verb_ccomp",
           "verb_xcomp"]

_WORDS = lexicon().words
# Finite verbs of a plain statement (present or past): what a warning says is so, not will be
_STATED = frozenset({"VBZ", "VBP", "VBD"})


def _verb_xcomp_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.xcomp_verbs:
        return []
    trigger = node("trigger", {"LEMMA": in_(cues.xcomp_verbs), "POS": in_(VERB)})
    return [[trigger, node("action", {"DEP": "xcomp"}, "trigger")],
            # "threatened last month to ship ...": after an adverbial, the parser takes the
            # infinitive for an adverbial clause
            [trigger, node("action", {"DEP": "advcl", "POS": in_(VERB)}, "trigger"),
             node("to", {"DEP": "aux", "LOWER": in_(lex.words.infinitive_markers)}, "action")]]


# confidence: (right + 1) / (found + 2), news dev 2/10 (all types)
@family("verb_xcomp", patterns=_verb_xcomp_patterns, confidence=0.25, examples=(
    Example("Iran threatened to close the strait to American ships.",
            ("THREATEN", "iran", "united-states")),
    Example("Morocco vowed to punish Algeria for the incursion.",
            ("THREATEN", "morocco", "algeria")),
))
def verb_xcomp(ctx: Context, m: Match) -> Roles | None:
    """'threatened to ban voting in X if Y ...': Y, else the actors in the action's objects."""
    action = m.nodes["action"]
    verb = m.trigger.lemma_.lower()
    if m.type in CORE and verb not in _WORDS.threat_verbs and \
            action.lemma_.lower() not in ctx.look.bad[m.type]:
        return None
    if action.lemma_.lower() in _WORDS.silence_verbs:
        return None  # "declined to comment on X" rejects nothing of X's
    # "warned X to withdraw from Y or face attacks": the one told to act is the target
    told = actors_of(ctx.doc, [c for c in m.trigger.children if c.dep_ in OBJ], ctx.index)
    targets = told or union(condition_actors(ctx, action), object_actors(ctx, action))
    if not targets and m.type not in CORE:  # "X and Y agreed to hold joint exercises"
        return reciprocal(ctx, m)
    if m.type == "THREATEN":
        targets = venues(ctx, action, source(ctx, m.trigger), targets)
    mode = match_mode(m, m.trigger)
    if verb not in _WORDS.threat_verbs and has_negator(action):
        mode = either(mode, NEGATED)  # "agreed not to deploy troops"
    return Roles(source(ctx, m.trigger), targets, mode)


def _verb_ccomp_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = set(verb_words(lex.types[type_])) & _WORDS.threat_verbs
    if not verbs:
        return []
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("clause", {"DEP": "ccomp"}, "trigger")]]


@family("verb_ccomp", patterns=_verb_ccomp_patterns, confidence=0.67, examples=(  # 1/1
    Example("Serbia warned that its troops would enter Kosovo.",
            ("THREATEN", "serbia", "kosovo")),
    Example("Russia warned that warships were heading to Ukraine.",
            ("THREATEN", "russia", "ukraine")),
))
def verb_ccomp(ctx: Context, m: Match) -> Roles | None:
    """'warned that big ships are heading to Iran', '... could become targets if X ...'."""
    clause = m.nodes["clause"]
    if clause.tag_ in _STATED and not is_future(clause) and \
            not any(in_condition(c) for c in clause.children):
        return None  # "warned that the move violates the treaty": a charge, not a threat
    sources = source(ctx, m.trigger)
    conditions = condition_actors(ctx, clause)
    targets = union(conditions, object_actors(ctx, clause))
    ties = _ties_harmed(ctx, clause)
    if ties is not None:  # "warned that it would harm ties (with X)"
        mine = {s.actor for s in sources}
        partners = object_actors(ctx, ties)
        if len(partners) > 1 and not {p.actor for p in partners} & mine and not conditions:
            return None  # "would harm relations between X and Y": a third party's ties
        targets = [t for t in targets if t.actor not in mine] or rebuked(ctx, m.trigger, mine)
    targets = others(ctx, sources, venues(ctx, clause, sources, targets))  # not its own state
    return Roles(sources, targets, match_mode(m, m.trigger))


def _ties_harmed(ctx: Context, clause: Token) -> Token | None:
    """The relations a future clause says will suffer: 'it will harm ties (with X)', 'would
    impact diplomatic relations'."""
    if clause.lemma_.lower() not in _WORDS.tie_harms or not is_future(clause):
        return None
    return next((c for c in clause.children if c.dep_ == "dobj" and
                 c.lemma_.lower() in _WORDS.engagement_nouns), None)


def _demand_clause_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.ccomp_verbs:
        return []
    return [[node("trigger", {"LEMMA": in_(cues.ccomp_verbs), "POS": in_(VERB)}),
             node("clause", {"DEP": "ccomp", "POS": in_(VERB)}, "trigger")]]


@family("demand_clause", patterns=_demand_clause_patterns, confidence=0.50, examples=(
    Example("Ecuador demanded that Colombia return the seized boats.",
            ("REQUEST", "ecuador", "colombia")),
    Example("Lithuania urged that Belarus close the border camp.",
            ("REQUEST", "lithuania", "belarus")),
))
def demand_clause(ctx: Context, m: Match) -> Roles | None:
    """'demanded that X cancel the sale': the subject of the demanded act is asked."""
    clause = m.nodes["clause"]
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return None
    return Roles(source(ctx, m.trigger), actors_of(ctx.doc, subject_of(clause), ctx.index),
                 match_mode(m, m.trigger))


def _obligation_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.obligation_modals:
        return []
    return [[node("modal", {"LOWER": in_(cues.obligation_modals), "DEP": "aux"}),
             node("trigger", {"POS": in_(VERB)}, "modal", "<")]]


@family("obligation", patterns=_obligation_patterns, confidence=0.50, examples=(
    Example("Venezuela must free the detained sailors, Guyana said.",
            ("REQUEST", "guyana", "venezuela")),
    Example("Moldova said Russia must withdraw its troops from the region.",
            ("REQUEST", "moldova", "russia")),
))
def obligation(ctx: Context, m: Match) -> Roles | None:
    """'Y must return the helicopter, X said': the speaker asks it of Y."""
    act = m.trigger
    if not reported(act, ctx.look.speech) or has_negator(act) or \
            any(c.dep_ == "nsubjpass" for c in act.children):
        return None
    sources = speaker(ctx.doc, act, ctx.index, ctx.look.speech)
    own = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, subject_of(act), ctx.index) if t.actor not in own]
    return Roles(sources, targets, mode_of(act.head) if act.dep_ != "ROOT" else ASSERTED)


def _not_ruled_out_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.not_ruled_out:
        return []
    rule, out = _WORDS.rule_out
    return [[node("trigger", {"LEMMA": rule, "POS": in_(VERB)}),
             node("particle", {"LOWER": out, "DEP": in_(["prt", "advmod", "prep"])}, "trigger"),
             node("obj", {"DEP": in_(OBJ), "LEMMA": in_(cues.not_ruled_out)}, "trigger")]]


@family("not_ruled_out", patterns=_not_ruled_out_patterns, confidence=0.50, examples=(
    Example("Turkey has not ruled out military action against Syria.",
            ("THREATEN", "turkey", "syria")),
    Example("India did not rule out a strike on Pakistan.", ("THREATEN", "india", "pakistan")),
    Example("Chile refused to rule out sanctions against Peru.", ("THREATEN", "chile", "peru")),
))
def not_ruled_out(ctx: Context, m: Match) -> Roles | None:
    """'has not ruled out military action against X', 'refused to rule out sanctions on X':
    the negation makes the threat."""
    if mode_of(m.trigger) != NEGATED:
        return None
    targets = object_actors(ctx, m.nodes["obj"], nearest=True, deps=NOMINAL_DEPS)
    mode = HYPOTHETICAL if in_condition(m.trigger) else ASSERTED
    return Roles(source(ctx, m.trigger), targets, mode)


def _among_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.among_words:
        return []
    return [[node("copula", {"LEMMA": in_(_WORDS.copulas)}),
             node("prep", {"DEP": "prep", "LOWER": in_(_WORDS.among_preps)}, "copula"),
             node("those", {"DEP": "pobj", "LOWER": in_(cues.among_words)}, "prep"),
             node("trigger", {"LEMMA": in_(verb_words(cues)), "POS": in_(VERB), "DEP": "acl"},
                  "those"),
             node("target", {"DEP": "nsubj"}, "copula")]]


@family("among", patterns=_among_patterns, confidence=0.67, examples=(  # 1/1
    Example("Among those sanctioned by Britain was Hezbollah.",
            ("SANCTION", "united-kingdom", "hezbollah")),
    Example("Among those sanctioned by Australia was the Wagner Group.",
            ("SANCTION", "australia", "wagner-group")),
))
def among(ctx: Context, m: Match) -> Roles | None:
    """'Among those sanctioned was X': the imposer is the agent, else the acting subject
    named elsewhere in the sentence."""
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    sources = passive_agents(ctx, m.trigger)
    if not sources:
        subjects = [t for t in m.trigger.sent if t.dep_ == "nsubj"]
        named = {x.actor for x in targets}
        sources = [x for x in actors_of(ctx.doc, [t for s in subjects for t in expand(s)],
                                        ctx.index) if x.actor not in named][:1]
    return Roles(sources, targets, mode_of(m.nodes["copula"]))
