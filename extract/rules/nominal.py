"""Families of a cue noun: the event named as a thing ('sanctions on Iran', 'Trump's threat').

- ``noun_prep``   "sanctions on Iran", "accusations against X", "Trump's threat to X"
- ``noun_acl``    "sanctions targeting X"
- ``noun_xcomp``  "announced sanctions targeting X"
- ``noun_light``  "imposed sanctions on X", "issued a threat in response to X's call"
- ``statement_against``  "made a statement against Tehran", "a campaign against X"
- ``admonition``  "warned X about his remarks": X is rebuked for a deed (ACCUSE, not a threat)

The owner of the event is its possessor or modifier, the agent of 'imposed by', the subject of
the verb that governs the noun, or the speaker (see ``roles.owner``).
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import mode_of
from actorgraph.extract.rules.disapproval import DEEDS
from actorgraph.extract.rules.evaluation import owners
from actorgraph.extract.rules.registry import (
    CORE,
    NOMINAL,
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
    FORUM_SECTORS,
    NOMINAL_DEPS,
    match_mode,
    object_actors,
    owner,
    passive_agents,
    response_actors,
    source,
    union,
)
from actorgraph.extract.speech import actors_of, expand
from actorgraph.graph.model import Mention

__all__ = [
    "admonished",
    "admonition",
    "noun_acl",
    "noun_light",
    "noun_prep",
    "noun_xcomp",
    "statement_against",
]

_TARGETING = lexicon().words.target_verbs
# a deed one is rebuked or complained about for: also an attack, a coercion or an accusation
_REBUKED = DEEDS | {n for t in ("ACCUSE", "ASSAULT", "COERCE") for n in lexicon().types[t].nouns}


def _noun(lex: Lexicon, type_: str) -> dict[str, object]:
    return {"LEMMA": in_(lex.types[type_].nouns), "POS": in_(NOMINAL)}


def _noun_prep_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not cues.nouns or not cues.preps:
        return []
    noun = _noun(lex, type_)
    patterns = [[node("trigger", noun),
                 node("prep", {"DEP": "prep", "LOWER": in_(cues.preps)}, "trigger"),
                 node("target", {"DEP": "pobj"}, "prep")]]
    if outer := [p for p in cues.preps if p not in lexicon().words.of_preps]:
        # "a mediation effort between X and Y": the cue noun modifies the phrase's head
        patterns.append([node("trigger", {**noun, "DEP": "compound"}),
                         node("head", {"POS": "NOUN"}, "trigger", "<"),
                         node("prep", {"DEP": "prep", "LOWER": in_(outer)}, "head"),
                         node("target", {"DEP": "pobj"}, "prep")])
        # "the sanctions imposed by X against Y": the preposition on the noun's participle
        making = [*cues.light_verbs, *_TARGETING]
        if making:
            patterns.append([node("trigger", noun),
                             node("made", {"DEP": "acl", "LEMMA": in_(making)}, "trigger"),
                             node("prep", {"DEP": "prep", "LOWER": in_(outer)}, "made"),
                             node("target", {"DEP": "pobj"}, "prep")])
    return patterns


# confidence: (right + 1) / (found + 2), news dev 10/24 (all types)
@family("noun_prep", patterns=_noun_prep_patterns, confidence=0.42, examples=(
    Example("Canada announced new sanctions on Nicaragua.",
            ("SANCTION", "canada", "nicaragua")),
    Example("Croatia rejected Serbia's accusations against Zagreb.",
            ("ACCUSE", "serbia", "croatia")),
))
def noun_prep(ctx: Context, m: Match) -> Roles | None:
    """'sanctions on Iran', 'a suspension of air links with Serbia' (the nearest actor)."""
    target = m.nodes["target"]
    if m.type == "THREATEN" and m.trigger.head.lemma_.lower() in ctx.lex.words.danger_verbs:
        return None  # "the camps posed a threat to X": a danger, not a threat made
    if m.type == "RETREAT" and any(
            o.lemma_.lower() in ctx.lex.words.envoy_nouns for p in m.trigger.children
            if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
        return None  # "the withdrawal of its envoy from X": a recall (SANCTION), no retreat
    # "a complaint with the AU against Togo": the AU hears it, Togo is the one aimed at
    aimed = _aimed_at(ctx, m)
    if m.type == "ACCUSE" and target.lemma_.lower() in ctx.lex.patient_nouns:
        # "criticism of the overthrow of X": of whoever overthrew X, not of X
        return Roles(owner(ctx, m.trigger, m.type), owners(ctx.doc, ctx.index, target),
                     match_mode(m, m.trigger))
    prep = m.nodes.get("prep")  # none after a participle ('sanctions targeting X')
    targets = aimed or actors_of(ctx.doc, expand(target), ctx.index)
    if not targets and prep is not None and prep.lower_ in ctx.lex.words.reason_preps:
        # "sanctions over X's invasion", "a protest over the shelling by X": whoever did the
        # deed, never those it was done to ("for violence against Y")
        targets = actors_of(ctx.doc, [t for t in target.subtree if t.dep_ == "poss" or (
            t.dep_ == "pobj" and t.head.lower_ in ctx.lex.words.agent_preps)], ctx.index)
    elif not targets:
        targets = object_actors(ctx, target, nearest=True, deps=NOMINAL_DEPS)
    if m.type == "ACCUSE" and not aimed and (prep is None or prep.lower_ not in
                                             ctx.lex.words.against_preps):
        targets = _not_forums(ctx, targets)  # "a complaint with the UN": heard, not accused
    noun = m.nodes.get("head", m.trigger)  # "halted mediation efforts": the head's fate
    return Roles(owner(ctx, noun, m.type), targets, match_mode(m, noun))


def _not_forums(ctx: Context, found: list[Mention]) -> list[Mention]:
    """Without those an accusation is addressed to: an international body or a court hears a
    complaint lodged with it ('lodged complaints to the UN and the AU'); a state accused."""
    actors = ctx.doc._.actors or {}
    return [m for m in found
            if getattr(actors.get(m.actor), "sector", None) not in FORUM_SECTORS]


def _aimed_at(ctx: Context, m: Match) -> list[Mention]:
    """For a complaint whose matched preposition is not 'against' ('with', 'to'), the actors
    of an 'against' phrase on the noun or on its verb ('lodged a complaint with X against
    Y'): the other phrase names whom it is addressed to."""
    against = ctx.lex.words.against_preps
    prep = m.nodes.get("prep")
    if m.type != "ACCUSE" or prep is None or prep.lower_ in against:
        return []  # only complaints are addressed; "sanctions targeting X" has no preposition
    holders = [prep.head, m.nodes["target"],  # 'against' may hang on the addressee too
               *([prep.head.head] if prep.head.dep_ in ("dobj", "nsubjpass") else [])]
    return actors_of(ctx.doc, [t for h in holders for p in h.children if p.dep_ == "prep"
                               and p.lower_ in against for o in p.children if o.dep_ == "pobj"
                               for t in expand(o)], ctx.index)


def _noun_acl_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if not lex.types[type_].nouns:
        return []
    return [[node("trigger", _noun(lex, type_)),
             node("acl", {"DEP": "acl", "LEMMA": in_(_TARGETING)}, "trigger"),
             node("target", {"DEP": in_(OBJ)}, "acl")]]


@family("noun_acl", patterns=_noun_acl_patterns, confidence=0.50, examples=(
    Example("Estonia's sanctions targeting Belarus took effect.",
            ("SANCTION", "estonia", "belarus")),
    Example("The Swiss sanctions targeting Syria were extended.",
            ("SANCTION", "switzerland", "syria")),
))
def noun_acl(ctx: Context, m: Match) -> Roles | None:
    """A participle after the noun names the target: 'sanctions targeting X'."""
    return noun_prep(ctx, m)


def _noun_xcomp_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if not lex.types[type_].nouns:
        return []
    return [[node("trigger", {**_noun(lex, type_), "DEP": "dobj"}),
             node("verb", {"POS": in_(VERB)}, "trigger", "<"),
             node("acl", {"DEP": in_(["xcomp", "advcl", "acl"]), "LEMMA": in_(_TARGETING)},
                  "verb"),
             node("target", {"DEP": in_(OBJ)}, "acl")]]


@family("noun_xcomp", patterns=_noun_xcomp_patterns, confidence=0.67, examples=(  # 1/1
    Example("Britain imposed sanctions on Monday targeting Russia.",
            ("SANCTION", "united-kingdom", "russia")),
    Example("Japan announced new sanctions on Thursday, targeting North Korea.",
            ("SANCTION", "japan", "north-korea")),
))
def noun_xcomp(ctx: Context, m: Match) -> Roles | None:
    """'announced sanctions targeting X': the verb's subject owns the measure."""
    return Roles(source(ctx, m.nodes["verb"]),
                 actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index),
                 match_mode(m, m.trigger))


def _noun_light_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not cues.nouns:
        return []
    patterns = []
    if cues.light_verbs:
        patterns.append([node("trigger", {**_noun(lex, type_), "DEP": in_(["dobj", "nsubjpass"])}),
                         node("verb", {"LEMMA": in_(cues.light_verbs), "POS": in_(VERB)},
                              "trigger", "<")])
    if cues.light_nouns:
        # "established diplomatic ties with X": a noun that is an event only after such a verb
        patterns.append([node("trigger", {"LEMMA": in_(cues.light_nouns), "POS": in_(NOMINAL),
                                          "DEP": in_(["dobj", "nsubjpass"])}),
                         node("verb", {"LEMMA": in_(cues.light_verbs), "POS": in_(VERB)},
                              "trigger", "<")])
    return patterns


# confidence: (right + 1) / (found + 2), news dev 3/5 (all types)
@family("noun_light", patterns=_noun_light_patterns, confidence=0.57, examples=(
    Example("Australia imposed sanctions in response to Myanmar's coup.",
            ("SANCTION", "australia", "myanmar")),
    Example("Armenia issued a warning to Azerbaijan.", ("THREATEN", "armenia", "azerbaijan")),
    Example("Ghana gave Togo a stern warning on Monday.", ("THREATEN", "ghana", "togo")),
))
def noun_light(ctx: Context, m: Match) -> Roles | None:
    """'imposed sanctions on X', 'issued a threat in response to X's call'."""
    verb, noun = m.nodes["verb"], m.trigger
    preps = ctx.look.preps[m.type]
    own = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps]
    if own and noun.lemma_.lower() not in ctx.look.light_nouns[m.type]:
        return None  # the noun's own prepositional target: noun_prep's match
    targets = [p for c in [*verb.children, *own] if c.dep_ in ("prep", "dative")
               and c.lower_ in preps for p in c.children if p.dep_ == "pobj"] + [
        c for c in verb.children if c.dep_ == "dative" and c.pos_ in NOMINAL]  # "gave X a warning"
    # "filed complaints with the WTO against X": the complaint is addressed to one, aimed at X
    aimed = [o for h in (verb, noun, *targets) for c in h.children if c.dep_ == "prep"
             and c.lower_ in ctx.lex.words.against_preps for o in c.children if o.dep_ == "pobj"]
    if m.type == "ACCUSE":
        targets = aimed or targets
    found = actors_of(ctx.doc, [t for p in targets for t in expand(p)], ctx.index) or [
        x for p in targets[:1] for x in object_actors(ctx, p, nearest=True, deps=NOMINAL_DEPS)]
    if m.type == "ACCUSE" and not aimed:
        found = _not_forums(ctx, found)
    if not found and m.type == "ACCUSE":  # "filed a complaint about the remarks by X"
        found = [o for h in (verb, noun) for c in h.children if c.dep_ == "prep"
                 and c.lower_ in ctx.lex.words.concern_preps for t in c.children
                 if t.dep_ == "pobj" and t.lemma_.lower() in _REBUKED
                 for o in owners(ctx.doc, ctx.index, t)]
    if not found:
        found = response_actors(ctx, verb) or response_actors(ctx, noun)
    sources = passive_agents(ctx, verb) if noun.dep_ == "nsubjpass" else source(ctx, verb)
    if not found and m.type not in CORE and len(union(sources)) > 1:
        found = sources = union(sources)  # "Chile and Peru signed a treaty": each other
    return Roles(sources, found, mode_of(noun))


def _statement_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("trigger", {"LEMMA": in_(lex.words.statement_nouns), "POS": "NOUN"}),
             node("prep", {"DEP": "prep", "LOWER": in_(lex.words.against_preps)}, "trigger"),
             node("target", {"DEP": "pobj"}, "prep")]]


@family("statement_against", patterns=_statement_patterns, confidence=0.50, examples=(
    Example("Syria made a statement against Iran on Tuesday.", ("ACCUSE", "syria", "iran")),
    Example("Kenya launched a campaign against Uganda's leaders.",
            ("ACCUSE", "kenya", "uganda")),
))
def statement_against(ctx: Context, m: Match) -> Roles | None:
    """'made a statement against X': what is said against someone accuses them."""
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    sources = owner(ctx, m.trigger, m.type)
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in targets if t.actor not in mine], match_mode(m, m.trigger))


def _admonition_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("trigger", {"LEMMA": in_(lex.words.warning_verbs), "POS": in_(VERB)}),
             node("target", {"DEP": "dobj"}, "trigger"),
             node("prep", {"DEP": "prep", "LOWER": in_(lex.words.admonition_preps)}, "trigger"),
             node("deed", {"DEP": "pobj"}, "prep")]]


@family("admonition", patterns=_admonition_patterns, confidence=0.50, examples=(
    Example("Seoul warned Beijing's envoy Ivan Sokolov about his provocative comments.",
            ("ACCUSE", "south-korea", "ivan-sokolov")),
    Example("Kenya warned Uganda over its incursions into Kenyan waters.",
            ("ACCUSE", "kenya", "uganda")),
))
def admonition(ctx: Context, m: Match) -> Roles | None:
    """'warned X about his remarks': a rebuke for what X did or said."""
    if not admonished(ctx, m.trigger):
        return None
    targets = actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index)
    return Roles(source(ctx, m.trigger), targets, match_mode(m, m.trigger))


def admonished(ctx: Context, verb: Token) -> bool:
    """Is ``verb`` a warning about a deed of the one warned ('warned X about his remarks',
    'over its incursions'), not of a consequence to come ('warned X of consequences')?"""
    deeds = [o for p in verb.children if p.dep_ == "prep"
             and p.lower_ in ctx.lex.words.admonition_preps for o in p.children
             if o.dep_ == "pobj"]
    return verb.lemma_.lower() in ctx.lex.words.warning_verbs and any(
        d.lemma_.lower() in _REBUKED and any(c.dep_ == "poss" for c in d.children)
        for d in deeds)
