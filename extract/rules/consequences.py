"""Threats that lay a consequence on someone without a threat word.

- ``accountable``   "we will hold X accountable", "the consequences will be the responsibility
                    of X", "X will bear full responsibility for the consequences"
- ``patience``      "its patience with X is running out", "patience with X is wearing thin"
- ``measure_taken`` "decisive measures will be taken against X", "action will be taken if X
                    ...", "further steps could follow", "has the right to take measures"
- ``harm_if``       "if X does not resign, there will be war": a harm promised on a condition
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.negation import in_condition, mode_of
from actorgraph.extract.rules.registry import (
    NOMINAL,
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
    condition_actors,
    is_future,
    owner,
    speaker_or_subject,
    union,
)
from actorgraph.extract.rules.threats import others
from actorgraph.extract.speech import actors_of, expand, speaker, subject_of
from actorgraph.graph.model import Mention

__all__ = ["accountable", "harm_if", "measure_taken", "patience"]

# How the word of accountability hangs from its verb: "hold X [accountable]", "will be
# [responsible]", "will be the [responsibility] of X", "bear [responsibility]"
_LINKS = ("ccomp", "oprd", "acomp", "xcomp", "attr", "dobj")


def _accountable_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    words = lex.types[type_].accountability
    if not words:
        return []
    # the verb is the trigger: "will hold X [accountable]" is one event, not a label in it
    return [[node("word", {"LEMMA": in_(words), "DEP": in_(_LINKS)}),
             node("trigger", {"POS": in_(VERB)}, "word", "<")]]


@family("accountable", patterns=_accountable_patterns, confidence=0.5, examples=(
    Example("Ghana said it would hold Togo accountable for the raid.",
            ("THREATEN", "ghana", "togo")),
    Example("The consequences will be the responsibility of Chile, Peru said.",
            ("THREATEN", "peru", "chile")),
))
def accountable(ctx: Context, m: Match) -> Roles | None:
    """'will hold X accountable': X; 'X will be responsible for the consequences', 'the
    consequences will be the responsibility of X': X, threatened by the speaker. Only a future
    or conditional consequence threatens; 'held X responsible' accuses."""
    word, verb = m.nodes["word"], m.trigger
    if not is_future(verb):
        return None
    doc, index = ctx.doc, ctx.index
    if word.dep_ in ("ccomp", "oprd", "xcomp"):  # "hold X accountable", "be held accountable"
        held = [c for c in word.children if c.dep_ == "nsubj"] + \
            [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        sources = speaker(doc, verb, index, ctx.look.speech) if passive else \
            speaker_or_subject(ctx, verb)
    elif _about_consequences(ctx, word, verb):  # "X will bear responsibility for ..."
        sources = speaker(doc, verb, index, ctx.look.speech)
        held = [p for c in word.children if c.dep_ == "prep" for p in c.children
                if p.dep_ == "pobj"] + subject_of(verb)  # "the responsibility of X"
    else:
        return None
    targets = actors_of(doc, [t for h in held for t in expand(h)], index)
    mine = {s.actor for s in sources}
    targets = [t for t in union(targets, condition_actors(ctx, verb)) if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))


def _about_consequences(ctx: Context, word: Token, verb: Token) -> bool:
    """Is the responsibility one for consequences ('for the consequences', 'the consequences
    will be ...')? Other responsibilities ('for the elections') threaten no one."""
    nouns = ctx.lex.types["THREATEN"].response_nouns
    near = [*subject_of(verb), *(p for c in word.children if c.dep_ == "prep"
                                 for p in c.children if p.dep_ == "pobj")]
    return any(t.lemma_.lower() in nouns for t in near)


def _patience_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    nouns = lex.types[type_].exhausted
    if not nouns:
        return []
    return [[node("trigger", {"LEMMA": in_(nouns), "POS": in_(NOMINAL), "DEP": "nsubj"}),
             node("verb", {"POS": in_(VERB)}, "trigger", "<")]]


@family("patience", patterns=_patience_patterns, confidence=0.5, examples=(
    Example("Kenya said its patience with Uganda was running out.",
            ("THREATEN", "kenya", "uganda")),
    Example("Egypt's patience with Sudan is wearing thin, the minister warned.",
            ("THREATEN", "egypt", "sudan")),
))
def patience(ctx: Context, m: Match) -> Roles | None:
    """'its patience with X is running out': the one whose patience ends threatens X."""
    noun, verb = m.trigger, m.nodes["verb"]
    ending = ctx.lex.types[m.type].exhausted[noun.lemma_.lower()]
    if verb.lemma_.lower() not in ending and \
            not any(c.lemma_.lower() in ending for c in verb.children):
        return None
    preps = ctx.lex.words.counterpart_preps
    withs = [p for h in (noun, verb) for c in h.children if c.dep_ == "prep"
             and c.lower_ in preps for p in c.children if p.dep_ == "pobj"]
    targets = actors_of(ctx.doc, [t for p in withs for t in expand(p)], ctx.index)
    sources = owner(ctx, noun, m.type)
    return Roles(sources, others(ctx, sources, targets), mode_of(verb))


def _measure_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not cues.countermeasures:
        return []
    measure = {"LEMMA": in_(cues.countermeasures)}
    patterns = [[node("trigger", {**measure, "DEP": in_(["nsubjpass", "nsubj"])}),
                 node("verb", {"POS": in_(VERB)}, "trigger", "<")]]
    if cues.entitlements:  # "has the right to take measures"
        patterns.append([node("trigger", {**measure, "DEP": "dobj"}),
                         node("act", {"POS": in_(VERB), "DEP": "acl"}, "trigger", "<"),
                         node("right", {"LEMMA": in_(cues.entitlements)}, "act", "<"),
                         node("verb", {"POS": in_(VERB)}, "right", "<")])
    return patterns


@family("measure_taken", patterns=_measure_patterns, confidence=0.5, examples=(
    Example("Firm action will be taken against Eritrea, Ethiopia said.",
            ("THREATEN", "ethiopia", "eritrea")),
    Example("Bolivia said measures would be taken if Chile kept the border closed.",
            ("THREATEN", "bolivia", "chile")),
))
def measure_taken(ctx: Context, m: Match) -> Roles | None:
    """'measures will be taken against X', '... if X continues', 'further steps could
    follow', 'has the right to take measures': the speaker threatens X, or when no one is
    named, whoever acted against the speaker before."""
    verb, act = m.nodes["verb"], m.nodes.get("act")
    entitled = act is not None
    if not entitled and not is_future(verb):
        return None
    sources = speaker_or_subject(ctx, verb) if entitled else \
        speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    against = [p for h in (verb, act or verb, m.trigger) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ctx.lex.words.against_preps
               for p in c.children if p.dep_ == "pobj"]
    named: list[Mention] = actors_of(ctx.doc, [t for p in against for t in expand(p)],
                                     ctx.index)
    mine = {s.actor for s in sources}
    targets = [t for t in union(named, condition_actors(ctx, verb)) if t.actor not in mine]
    if not targets and sources and (entitled or _warned(ctx, verb)):
        targets = DocumentContext(ctx.doc, ctx.index).answered(verb, mine)
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))


def _warned(ctx: Context, verb: Token) -> bool:
    """Is the clause the content of a warning ('warned further steps could follow')?"""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ctx.lex.words.threat_verbs


def _harm_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    harms = lex.types[type_].harms
    return [[node("trigger", {"LEMMA": in_(harms), "POS": in_(NOMINAL)})]] if harms else []


@family("harm_if", patterns=_harm_patterns, confidence=0.5, examples=(
    Example('"If Chile closes the border, there will be war," Bolivia said.',
            ("THREATEN", "bolivia", "chile")),
    Example("Ghana said there would be retaliation if Togo shelled the port.",
            ("THREATEN", "ghana", "togo")),
))
def harm_if(ctx: Context, m: Match) -> Roles | None:
    """'if X does not resign, we will be heading for war', 'there will be war if X ...': a
    harm promised on a condition threatens whose act the condition is."""
    verb = m.trigger
    for _ in range(4):  # the clause the harm is named in
        if verb.pos_ in VERB or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in VERB or not is_future(verb) or in_condition(verb):
        return None
    conditions = condition_actors(ctx, verb)
    if not conditions:
        return None
    doc, index = ctx.doc, ctx.index
    sources = speaker(doc, verb, index, ctx.look.speech) or \
        [s for s in actors_of(doc, subject_of(verb), index)
         if s.actor not in {c.actor for c in conditions}]
    mine = {s.actor for s in sources}
    targets = [t for t in conditions if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))
