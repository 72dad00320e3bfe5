"""Families whose agent the sentence leaves implicit (issue class 1: roles from context).

- ``implicit_agent``  "The sanctioned individuals include X", "The accused are X and Y": a
                      punitive or accusing participle with no
                      agent; X is the target, the imposer the state that last acted before
                      (document context), unless the sentence names it ("sanctioned by Y").
- ``list_members``    "The Russian stop list also includes X": the owner of a punitive list
                      sanctions whom it names (else the imposer named before).
- ``on_list``         "X, who remains on the Chilean sanctions list": the list's owner
                      sanctions X.
- ``members_named``   "They include X", "these officials include X": the people a measure
                      just named target, by its owner (document context).
- ``retaliatory_measure``  "Y adopted reciprocal measures", "Y retaliated with tariffs": a
                      measure that answers another one targets whoever took that one (an
                      earlier clause or sentence, document context), when it names no target.
- ``unowned_measure``  "The penalties also hit X": a measure with no owner in its sentence
                      is the one whose owner the article named for the nearest earlier
                      measure ("Canada imposed sanctions on Monday").
- ``agentless_measure``  "X was also sanctioned": the same for a passive without its agent.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import mode_of
from actorgraph.extract.rules.measures import is_punitive_list
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
from actorgraph.extract.rules.roles import doer, match_mode, owner, passive_agents, source
from actorgraph.extract.speech import actors_of, expand
from actorgraph.graph.model import Mention

__all__ = ["agentless_measure", "implicit_agent", "list_members", "members_named", "on_list",
           "retaliatory_measure", "unowned_measure"]

_WORDS = lexicon().words
_STATE = "GOVERNMENT"  # the kind of a state's actors


def _participles(verbs: tuple[str, ...]) -> list[dict[str, Any]]:
    """A punitive participle: 'sanctioned' is often tagged an adjective with itself as lemma."""
    return [{"LEMMA": in_(verbs), "TAG": "VBN"}, {"LOWER": in_(_WORDS.punitive_participles)}]


def _included_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types[type_].verbs
    if type_ not in ("SANCTION", "ACCUSE") or not verbs:
        return []
    include = {"LEMMA": in_([*_WORDS.inclusion_verbs, *_WORDS.copulas]), "POS": in_(VERB)}
    members = {"DEP": in_(["dobj", "attr"])}
    participles = _participles(verbs) if type_ == "SANCTION" else _participles(verbs)[:1]
    return [pattern for attrs in participles for pattern in (
        # "the sanctioned individuals include X", "those sanctioned are X and Y"
        [node("include", include), node("set", {"DEP": "nsubj"}, "include"),
         node("trigger", {**attrs, "DEP": in_(["amod", "acl"])}, "set"),
         node("target", members, "include")],
        # "The accused are X and Y": the participle is the set
        [node("include", include), node("trigger", {**attrs, "DEP": "nsubj"}, "include"),
         node("the", {"DEP": "det"}, "trigger"), node("target", members, "include")])]


@family("implicit_agent", patterns=_included_patterns, confidence=0.50, examples=(
    Example("Canada imposed sanctions on Iran on Monday. The sanctioned individuals include "
            "Ali Khamenei.", ("SANCTION", "canada", "ali-khamenei")),
    Example("The entities sanctioned by Australia include the Wagner Group.",
            ("SANCTION", "australia", "wagner-group")),
    Example("Kenyan police accused five activists of sedition. The accused are Ivan Sokolov "
            "and Pavel Orlov.", ("ACCUSE", "kenya-police", "ivan-sokolov")),
))
def implicit_agent(ctx: Context, m: Match) -> Roles | None:
    """'the sanctioned individuals include X', 'the accused are X and Y': the imposer or
    accuser named before."""
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    sources = passive_agents(ctx, m.trigger)
    if not sources:
        mine = {t.actor for t in targets}
        sources = DocumentContext(ctx.doc, ctx.index).last_actor(m.trigger, mine, True)
    return Roles(sources, targets, mode_of(m.nodes["include"]))


def _list_members_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    include = {"LEMMA": in_(_WORDS.inclusion_verbs), "POS": in_(VERB)}
    return [[node("include", include),
             node("trigger", {"LEMMA": in_(lex.words.list_nouns), "DEP": "nsubj"}, "include"),
             node("target", {"DEP": "dobj"}, "include")]]


@family("list_members", patterns=_list_members_patterns, confidence=0.50, examples=(
    Example("Canada's sanctions list now includes Eritrea.", ("SANCTION", "canada", "eritrea")),
    Example("The Chilean stop list also includes the Peruvian minister Ana Soto and Luis Rojas.",
            ("SANCTION", "chile", "luis-rojas")),
))
def list_members(ctx: Context, m: Match) -> Roles | None:
    """'the Russian stop list includes X': whom a punitive list names is sanctioned by its
    owner, else by the imposer named before."""
    if not is_punitive_list(m.trigger):
        return None
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    mine = {t.actor for t in targets}
    sources = [s for s in actors_of(ctx.doc, [m.trigger], ctx.index) if s.actor not in mine] \
        or DocumentContext(ctx.doc, ctx.index).last_actor(m.trigger, mine, True)
    return Roles(sources, targets, mode_of(m.nodes["include"]))


def _on_list_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    being = {"LEMMA": in_([*_WORDS.copulas, *_WORDS.staying_verbs]), "POS": in_(VERB)}
    return [[node("being", being), node("target", {"DEP": "nsubj"}, "being"),
             node("on", {"DEP": "prep", "LOWER": in_(_WORDS.on_preps)}, "being"),
             node("trigger", {"LEMMA": in_(lex.words.list_nouns), "DEP": "pobj"}, "on")]]


@family("on_list", patterns=_on_list_patterns, confidence=0.50, examples=(
    Example("Luis Pardo, who remains on the Chilean sanctions list, criticised the court.",
            ("SANCTION", "chile", "luis-pardo")),
    Example("Peru has been on Chile's blacklist of terrorism sponsors since 2019.",
            ("SANCTION", "chile", "peru")),
))
def on_list(ctx: Context, m: Match) -> Roles | None:
    """'X is on the Chilean sanctions list', 'X remains on Chile's blacklist': the list's
    owner sanctions whom it names."""
    if not is_punitive_list(m.trigger):
        return None
    sources = actors_of(ctx.doc, [m.trigger], ctx.index)
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
               if t.actor not in mine]
    return Roles(sources, targets, mode_of(m.nodes["being"]))


def _members_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    include = {"LEMMA": in_(_WORDS.inclusion_verbs), "POS": in_(VERB)}
    pointers = [*_WORDS.group_pronouns, *_WORDS.demonstratives]
    return [[node("trigger", include),
             node("set", {"DEP": "nsubj", "LOWER": in_(pointers)}, "trigger"),
             node("target", {"DEP": "dobj"}, "trigger")],
            [node("trigger", include), node("set", {"DEP": "nsubj"}, "trigger"),
             node("this", {"DEP": "det", "LOWER": in_(_WORDS.demonstratives)}, "set"),
             node("target", {"DEP": "dobj"}, "trigger")]]


@family("members_named", patterns=_members_patterns, confidence=0.50, examples=(
    Example("Canada imposed sanctions on eight Nicaraguan officials on Monday. They include "
            "Rosario Murillo.", ("SANCTION", "canada", "rosario-murillo")),
    Example("Japan froze the assets of twelve Belarusian officials. These officials include "
            "Ivan Sokolov.", ("SANCTION", "japan", "ivan-sokolov")),
))
def members_named(ctx: Context, m: Match) -> Roles | None:
    """'They include X', 'these officials include X' right after a measure: the people and
    bodies named are among those the measure targets (states named so are rather its
    co-imposers: 'They include Japan')."""
    actors = ctx.doc._.actors or {}
    targets = [t for t in actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
               if getattr(actors.get(t.actor), "kind", None) != _STATE]
    cues = ctx.lex.types[m.type]
    events = frozenset([*cues.nouns, *cues.verbs, *_WORDS.designating_verbs])

    def owners(doc: Doc, index: dict[int, Mention], event: Token) -> list[Mention]:
        return doer(ctx, event, m.type)

    # "these Australian individuals": not Australia's measure
    named = actors_of(ctx.doc, m.nodes["set"].subtree, ctx.index)
    mine = {t.actor for t in [*targets, *named]}
    sources = DocumentContext(ctx.doc, ctx.index).earlier_owner(
        m.trigger, events, owners, mine, False) if targets else []
    return Roles(sources, targets, mode_of(m.trigger))


def _retaliatory_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues, answers = lex.types[type_], lex.types.get("THREATEN")
    if type_ != "SANCTION" or not cues.nouns or not cues.light_verbs or answers is None:
        return []
    nouns = [*cues.nouns, *answers.response_nouns]
    return [
        [node("trigger", {"LEMMA": in_(cues.nouns), "DEP": in_(["dobj", "nsubjpass"])}),
         node("verb", {"LEMMA": in_(cues.light_verbs), "POS": in_(VERB)}, "trigger", "<"),
         node("mark", {"DEP": "amod", "LOWER": in_(_WORDS.retaliatory_words)}, "trigger")],
        [node("verb", {"LEMMA": in_(answers.response_acts), "POS": in_(VERB)}),
         node("with", {"DEP": "prep", "LOWER": in_(_WORDS.instrument_preps)}, "verb"),
         node("trigger", {"LEMMA": in_(nouns), "DEP": "pobj"}, "with")]]


@family("retaliatory_measure", patterns=_retaliatory_patterns, confidence=0.50, examples=(
    Example("Ottawa raised tariffs on Mexican steel. Mexico adopted reciprocal measures on "
            "Tuesday.", ("SANCTION", "mexico", "canada")),
    Example("After Norway expelled two Belarusian diplomats, Minsk retaliated with visa bans.",
            ("SANCTION", "belarus", "norway")),
))
def retaliatory_measure(ctx: Context, m: Match) -> Roles | None:
    """'adopted reciprocal measures', 'retaliated with trade reprisals': whom it answers."""
    noun, verb, cues = m.trigger, m.nodes["verb"], ctx.lex.types[m.type]
    if actors_of(ctx.doc, [o for c in (*noun.children, *verb.children) if c.dep_ == "prep"
                           and c.lower_ in cues.preps for o in c.children
                           if o.dep_ == "pobj"], ctx.index):
        return None  # the measure names its target: the nominal families' match
    if noun.lemma_.lower() not in cues.nouns and not any(
            c.dep_ in ("compound", "amod") and c.lower_ in _WORDS.measure_domains
            for c in noun.children):
        return None  # 'retaliated with reprisals': not said to be a non-violent measure
    sources = source(ctx, verb) or _stranded(ctx, verb)
    mine = {s.actor for s in sources}
    targets = DocumentContext(ctx.doc, ctx.index).answered(verb, mine) if sources else []
    return Roles(sources, targets, match_mode(m, verb))


def _stranded(ctx: Context, verb: Token) -> list[Mention]:
    """'X called for an inquiry and Beijing responded': a subject the parser took for a
    conjunct of the word before it."""
    before = ctx.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.dep_ != "conj" or before.i not in ctx.index or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    return [ctx.index[before.i]]


def _unowned_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if type_ != "SANCTION" or not cues.nouns:
        return []
    measure = {"LEMMA": in_(cues.nouns), "DEP": "nsubj"}
    to = {"DEP": "prep", "LOWER": in_(cues.object_preps)}
    return [[node("verb", {"LEMMA": in_(_WORDS.reaching_verbs), "POS": in_(VERB)}),
             node("trigger", measure, "verb"), node("target", {"DEP": "dobj"}, "verb")],
            # "the restrictive measures apply to X"
            [node("verb", {"LEMMA": in_(_WORDS.applying_verbs), "POS": in_(VERB)}),
             node("trigger", measure, "verb"), node("to", to, "verb"),
             node("target", {"DEP": "pobj"}, "to")]]


@family("unowned_measure", patterns=_unowned_patterns, confidence=0.50, examples=(
    Example("Canada imposed sanctions on Nicaragua on Monday. The penalties also hit Rosario "
            "Murillo.", ("SANCTION", "canada", "rosario-murillo")),
    Example("Japan announced an export ban on Tuesday. The measures target Ivan Sokolov.",
            ("SANCTION", "japan", "ivan-sokolov")),
    Example("Canada imposed sanctions on Nicaragua. The restrictive measures apply to a total "
            "of nine people, including Rosario Murillo.",
            ("SANCTION", "canada", "rosario-murillo")),
))
def unowned_measure(ctx: Context, m: Match) -> Roles | None:
    """'the penalties also hit X': the owner of the measure named before."""
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    sources = owner(ctx, m.trigger, m.type) or _imposer_before(ctx, m, targets)
    return Roles(sources, targets, match_mode(m, m.nodes["verb"]))


def _agentless_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types[type_].verbs
    if type_ != "SANCTION" or not verbs:
        return []
    listed = {"LEMMA": in_(lex.words.listing_verbs), "POS": in_(VERB)}
    return [[node("trigger", attrs), node("target", {"DEP": "nsubjpass"}, "trigger")]
            for attrs in _participles(verbs)] + [
        [node("trigger", listed), node("target", {"DEP": "nsubjpass"}, "trigger"),
         node("prep", {"DEP": "prep"}, "trigger"), node("list", {"DEP": "pobj"}, "prep")]]


# confidence: (right + 1) / (found + 2), news dev 3/4 (all types)
@family("agentless_measure", patterns=_agentless_patterns, confidence=0.67, examples=(
    Example("Canada imposed sanctions on Nicaragua on Monday. Rosario Murillo was also "
            "sanctioned.", ("SANCTION", "canada", "rosario-murillo")),
    Example("Japan froze the assets of three banks. Ivan Sokolov has also been blacklisted.",
            ("SANCTION", "japan", "ivan-sokolov")),
    Example("Japan sanctioned two banks. Ivan Sokolov was also included in the sanctions.",
            ("SANCTION", "japan", "ivan-sokolov")),
    Example("Ivan Sokolov was barred from entering Canada.",
            ("SANCTION", "canada", "ivan-sokolov")),
))
def agentless_measure(ctx: Context, m: Match) -> Roles | None:
    """'X was also sanctioned', 'X was included in the sanctions': a passive measure without
    its agent is the imposer's of the nearest earlier measure; 'X was barred from entering
    Canada' is the barred country's."""
    if passive_agents(ctx, m.trigger):
        return None  # "was sanctioned by Y": the passive family's match
    if "list" in m.nodes and not _punitive(ctx, m.nodes["list"], m.type):
        return None  # "was included in the talks"
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    # a state's own officials are sanctioned by another: an earlier measure of their own
    # state is the one they answer ("Japan sanctioned Russia. Japanese ministers were banned")
    sources = _entered(ctx, m.trigger) or _imposer_before(ctx, m, targets, compatriots=False)
    return Roles(sources, targets, match_mode(m, m.trigger))


def _punitive(ctx: Context, noun: Token, type_: str) -> bool:
    """A punitive list or the measures themselves: 'the sanctions list', 'the sanctions'."""
    return noun.lemma_.lower() in ctx.lex.types[type_].nouns or (
        noun.lemma_.lower() in _WORDS.list_nouns and is_punitive_list(noun))


def _entered(ctx: Context, verb: Token) -> list[Mention]:
    """The state someone is barred from entering: 'barred from entering Canada'."""
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in _WORDS.exclusion_preps
              for e in p.children if e.lemma_.lower() in _WORDS.entering_verbs
              for o in e.children if o.dep_ == "dobj"]
    states = actors_of(ctx.doc, places, ctx.index, modifiers=False)
    return [s for s in states if getattr(ctx.doc._.actors.get(s.actor), "kind", None)
            == "GOVERNMENT"]


def _imposer_before(ctx: Context, m: Match, targets: list[Mention],
                    compatriots: bool = True) -> list[Mention]:
    """Who imposed the nearest earlier measure of the article, not one of ``targets`` (nor,
    without ``compatriots``, of their countries)."""
    if not targets:
        return []
    cues = ctx.lex.types[m.type]

    def owners(doc: Doc, index: dict[int, Mention], event: Token) -> list[Mention]:
        return doer(ctx, event, m.type)

    return DocumentContext(ctx.doc, ctx.index).earlier_owner(
        m.trigger, frozenset([*cues.nouns, *cues.verbs]), owners, {t.actor for t in targets},
        compatriots)
