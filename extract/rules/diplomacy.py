"""Families of diplomatic measures: recalling one's own envoy sanctions the host country.

- ``recall_envoy``  "Chile recalled its ambassador to Peru", "the recall of Peru's envoy from
                    Mexico" (PLOVER: reducing relations is a SANCTION; the target is the
                    country the envoy was posted to, named after the envoy or the recall)
- ``recall_envoy_context``  "France recalled its ambassador" with no host named: the state
                    that last acted before (document context)

- ``summon_envoy``  "Chile summoned Peru's ambassador over the remarks": a diplomatic protest,
                    ACCUSE of the envoy's state ("the Peruvian ambassador to Chile was
                    summoned": by Chile), when the summons says why or answers what the
                    envoy's state just did; a bare summons may be a meeting

- ``closed_mission``  "Somalia shut Ethiopia's consulates": closing a state's diplomatic
                    mission reduces relations with it
- ``leave_body``  "Mali quit ECOWAS", "Honduras withdrew from the OAS", "their withdrawal
                    from the Commonwealth": leaving an intergovernmental body reduces
                    relations with it (SANCTION)

Expelling another state's envoy is not this family: PLOVER codes expelling people as COERCE.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.phrases import objects_of
from actorgraph.extract.rules.registry import (
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
    doer,
    leaves_through,
    match_mode,
    owner,
    passive_agents,
    source,
)
from actorgraph.extract.rules.standing import state_governments, states_of
from actorgraph.extract.rules.threats import rebuked
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.graph.model import Mention

__all__ = ["closed_mission", "is_own_envoy", "leave_body", "recall_envoy", "recall_envoy_context",
           "summon_envoy"]

_WORDS = lexicon().words
_IGO = "IGO"  # the sector of intergovernmental bodies
_MODIFIERS = ("poss", "amod", "compound")


def _recall_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    envoy = {"LEMMA": in_(_WORDS.envoy_nouns)}
    patterns: list[Pattern] = []
    if cues.recall_verbs:
        patterns.append([node("trigger", {"LEMMA": in_(cues.recall_verbs), "POS": "VERB"}),
                         node("envoy", {**envoy, "DEP": "dobj"}, "trigger")])
        # "its ambassador to X has been summoned for consultations" (by its own state)
        patterns.append([node("trigger", {"LEMMA": in_(cues.recall_verbs), "POS": "VERB"}),
                         node("envoy", {**envoy, "DEP": "nsubjpass"}, "trigger"),
                         node("own", {"DEP": "poss", "POS": "PRON"}, "envoy")])
    if cues.recall_nouns:
        # "the recall of its ambassador", "... of the country's Ambassador" (a title in
        # capitals keeps them in its lemma)
        patterns.extend([node("trigger", {"LEMMA": in_(cues.recall_nouns), "POS": "NOUN"}),
                         node("prep", {"DEP": "prep", "LOWER": in_(_WORDS.of_preps)}, "trigger"),
                         node("envoy", {**named, "DEP": "pobj"}, "prep")]
                        for named in (envoy, {"LOWER": in_(_WORDS.envoy_nouns), "POS": "PROPN"}))
    return patterns


# confidence: (right + 1) / (found + 2), news dev 3/3 (all types)
@family("recall_envoy", patterns=_recall_patterns, confidence=0.80, examples=(
    Example("Chile recalled its envoy in Peru on Monday.", ("SANCTION", "chile", "peru")),
    Example("Kenya announced the recall of its envoy from Uganda.",
            ("SANCTION", "kenya", "uganda")),
))
def recall_envoy(ctx: Context, m: Match) -> Roles | None:
    """'recalled its ambassador to X': the source withdraws its own envoy from X."""
    found = _recall(ctx, m)
    return None if found is None or not found.targets else found


@family("recall_envoy_context", patterns=_recall_patterns, confidence=0.50, examples=(
    Example("Mali severed ties with France. In reaction, France recalled its envoy.",
            ("SANCTION", "france", "mali")),
    Example("Peru expelled two Chilean diplomats. Chile then recalled its envoy.",
            ("SANCTION", "chile", "peru")),
))
def recall_envoy_context(ctx: Context, m: Match) -> Roles | None:
    """'France recalled its ambassador' with no host named: the state that last acted."""
    found = _recall(ctx, m)
    if found is None or found.targets or not found.sources:
        return None
    mine = {s.actor for s in found.sources}
    actors = ctx.doc._.actors or {}
    # whom the recall answers: whom its side has just condemned ("condemned Poland's law and
    # recalled its envoy"), else the actor of the nearest earlier act, in its sentence first,
    # then in earlier sentences
    hosts = [h for h in rebuked(ctx, m.trigger, mine) or
             DocumentContext(ctx.doc, ctx.index).answered(m.trigger, mine)
             if getattr(actors.get(h.actor), "kind", None) == "GOVERNMENT"]
    return Roles(found.sources, hosts, found.mode)


def _recall(ctx: Context, m: Match) -> Roles | None:
    envoy, trigger = m.nodes["envoy"], m.trigger
    if trigger.pos_ != "VERB":
        sources = owner(ctx, trigger, m.type)
    elif envoy.dep_ == "nsubjpass":  # the state that says so, not an agent of its own
        if any(c.dep_ == "agent" for c in trigger.children):
            return None
        sources = speaker(ctx.doc, trigger, ctx.index, ctx.look.speech)
    else:
        sources = source(ctx, trigger)
    # "its Lithuanian ambassador": one's own envoy, to the state its modifier names
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in envoy.children)
    posted = [c for c in envoy.children
              if owned and c.dep_ in ("amod", "compound") and c.ent_type_]
    if not posted and not is_own_envoy(ctx, envoy, _own_side(ctx, sources)):
        return None
    # "recalling their ambassadors to X": the parser may take 'to X' for a dative
    hosts = [o for t in (envoy, trigger) for c in t.children
             if c.dep_ in ("prep", "dative") and c.lower_ in _WORDS.host_preps
             for o in c.children if o.dep_ == "pobj"]
    targets = actors_of(ctx.doc, [t for o in hosts for t in expand(o)], ctx.index) + list(
        state_governments(ctx, actors_of(ctx.doc, posted, ctx.index, modifiers=False)).values())
    # "recalled the ambassador to Madrid for consultations": home is no host
    own, actors = _own_side(ctx, sources), ctx.doc._.actors or {}
    abroad = [t for t in targets if t.actor not in own and
              getattr(actors.get(t.actor), "country", None) not in own]
    return Roles(sources, abroad, match_mode(m, trigger))


def is_own_envoy(ctx: Context, envoy: Token, own: AbstractSet[str] = frozenset()) -> bool:
    """'its ambassador', 'Peru's envoy', 'the ambassador': not 'the French ambassador' nor
    'the ambassador of France', unless France recalls it (``own``: the recalling side's
    actors and countries)."""
    if envoy.lemma_.lower() not in _WORDS.envoy_nouns:
        return False
    actors = ctx.doc._.actors or {}
    named = [ctx.index[c.i] for c in envoy.children if c.dep_ in ("amod", "compound")
             and c.i in ctx.index]
    # "the ambassadors of the three countries", "the ambassador of Sweden"
    named += actors_of(ctx.doc, [t for o in objects_of([envoy], _WORDS.of_preps)
                                 for t in expand(o)], ctx.index)
    return all(m.actor in own or getattr(actors.get(m.actor), "country", None) in own
               for m in named)


def _own_side(ctx: Context, sources: list[Mention]) -> set[str]:
    """The recalling side: its actors and their countries."""
    actors = ctx.doc._.actors or {}
    return {s.actor for s in sources} | {
        str(c) for s in sources if (c := getattr(actors.get(s.actor), "country", None))}


def _summon_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    verb = {"LEMMA": in_(_WORDS.summon_verbs), "POS": "VERB"}
    envoys = ({"LEMMA": in_(_WORDS.envoy_nouns)},  # a title in capitals keeps them in its lemma
              {"LOWER": in_(_WORDS.envoy_nouns), "POS": "PROPN"})
    # "called in X's ambassador": the parser hangs the envoy on 'in' as on a preposition, or
    # reads 'in' as the verb's particle ("the ambassador was called in")
    phrasal, particle = _WORDS.summon_phrasal
    called = {"LEMMA": phrasal, "POS": "VERB"}
    into = {"LOWER": particle, "DEP": in_(["prep", "prt"])}
    titled = node("envoy", {"LOWER": in_(_WORDS.envoy_nouns), "DEP": "compound"}, "named")
    return [*([node("trigger", verb), node("envoy", {**envoy, "DEP": in_([dep])}, "trigger")]
              for dep in ("dobj", "nsubjpass") for envoy in envoys),
            # "summoned Indian envoy Pranay Verma": the title before the envoy's name
            # (a title in capitals keeps them in its lemma: "Consul General")
            [node("trigger", verb), node("named", {"DEP": "dobj", "POS": "PROPN"}, "trigger"),
             titled],
            *([node("trigger", called), node("in", into, "trigger"),
               node("envoy", {**envoy, "DEP": "pobj"}, "in")] for envoy in envoys),
            [node("trigger", called), node("in", into, "trigger"),
             node("named", {"DEP": "pobj", "POS": "PROPN"}, "in"), titled],
            *([node("trigger", called), node("in", {**into, "DEP": "prt"}, "trigger"),
               node("envoy", {**envoy, "DEP": in_(["dobj", "nsubjpass"])}, "trigger")]
              for envoy in envoys)]


@family("summon_envoy", patterns=_summon_patterns, confidence=0.50, examples=(
    Example("Peru closed the border. Chile summoned the Peruvian ambassador on Monday.",
            ("ACCUSE", "chile", "peru")),
    Example("Peru closed the border. The Peruvian ambassador to Chile was summoned.",
            ("ACCUSE", "chile", "peru")),
    Example("Chile summoned Peruvian envoy Ana Quispe to protest the closure.",
            ("ACCUSE", "chile", "peru")),
    Example("Chile called in the Peruvian ambassador over the closure of the border.",
            ("ACCUSE", "chile", "peru")),
))
def summon_envoy(ctx: Context, m: Match) -> Roles | None:
    """'X summoned Y's ambassador': a diplomatic protest accuses the envoy's state; in the
    passive with no agent, the state it is posted to summoned it."""
    envoy, trigger = m.nodes["envoy"], m.trigger
    named = m.nodes.get("named", envoy)  # the envoy's name, when the title is before it
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in envoy.children):
        return None  # "its ambassador was summoned for consultations": a recall
    owners = [c for h in {envoy, named} for c in h.children
              if c.dep_ in _MODIFIERS and c.i != envoy.i]
    # "the ambassador of Sweden (and Denmark)": the envoy's state in an 'of' phrase
    states = [t for o in objects_of([envoy], _WORDS.of_preps) for t in expand(o)] + \
        [t for t in envoy.conjuncts if t.pos_ == "PROPN"]
    targets = states_of(ctx, actors_of(ctx.doc, owners, ctx.index, modifiers=False) or
                      actors_of(ctx.doc, states, ctx.index, modifiers=False) or
                      actors_of(ctx.doc, [named], ctx.index))
    if named.dep_ in ("dobj", "pobj"):
        sources = source(ctx, trigger)
    else:
        hosts = [o for c in envoy.children if c.dep_ == "prep" and c.lower_ in
                 _WORDS.host_preps for o in c.children if o.dep_ == "pobj"]
        sources = passive_agents(ctx, trigger) or actors_of(ctx.doc, hosts, ctx.index)
    mine = {s.actor for s in sources}
    targets = [t for t in targets if t.actor not in mine]
    # a summons is a protest when it says why, or answers what the envoy's state just did;
    # a bare one may be a meeting ("summoned ... on Monday")
    answered = {a.actor for a in DocumentContext(ctx.doc, ctx.index).answered(trigger, mine)}
    if not _protesting(ctx, trigger, envoy) and not answered & {t.actor for t in targets}:
        return None
    return Roles(sources, targets, match_mode(m, trigger))


def _protesting(ctx: Context, summons: Token, envoy: Token) -> bool:
    """'summoned the envoy over the remarks', 'in protest', 'to protest against ...' (the
    parser may hang the reason on the envoy, or on the noun before it: 'summoned the consul
    to Erbil over ...', 'for talks over the reports')."""
    heads = (summons, envoy)
    inner = [o for h in heads for c in h.children if c.dep_ == "prep"
             for o in c.children if o.dep_ == "pobj"]
    for child in (*summons.children, *envoy.children,
                  *(c for o in inner for c in o.children if c.dep_ == "prep")):
        things = [o for o in child.children if o.dep_ == "pobj"]
        if child.dep_ in ("xcomp", "advcl"):
            return True
        if child.dep_ == "prep" and child.lower_ in _WORDS.summons_reasons and not any(
                o.lemma_.lower() in ctx.lex.words.engagement_nouns for o in things):
            return True
        if child.dep_ == "prep" and any(o.lemma_.lower() in _WORDS.protest_nouns
                                        for o in things):
            return True
    return False


def _leave_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    verb = {"LEMMA": in_(lex.words.leaving_verbs), "POS": "VERB"}
    away = {"DEP": "prep", "LOWER": in_(lex.words.leaving_preps)}
    return [[node("trigger", verb), node("target", {"DEP": "dobj"}, "trigger")],
            [node("trigger", verb), node("prep", away, "trigger", ">>"),
             node("target", {"DEP": "pobj"}, "prep")],
            [node("trigger", {"LEMMA": in_(lex.words.leaving_nouns), "POS": "NOUN"}),
             node("prep", away, "trigger"), node("target", {"DEP": "pobj"}, "prep")]]


@family("leave_body", patterns=_leave_patterns, confidence=0.50, examples=(
    Example("Mali, Burkina Faso and Niger quit ECOWAS.", ("SANCTION", "mali", "ecowas")),
    Example("Nicaragua announced its withdrawal from the OAS.",
            ("SANCTION", "nicaragua", "oas")),
))
def leave_body(ctx: Context, m: Match) -> Roles | None:
    """'X quit ECOWAS', 'X's withdrawal from the OAS': X leaves an intergovernmental body."""
    trigger, target = m.trigger, m.nodes["target"]
    prep = m.nodes.get("prep")
    if prep is not None and (not leaves_through(trigger, prep) or (
            trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in trigger.children))):
        return None  # "withdrew its troops from the mission": what is withdrawn is not oneself
    actors = ctx.doc._.actors or {}
    # the body itself, not a thing named after it ("the ASEAN dialogue": an engagement)
    bodies = [t for t in actors_of(ctx.doc, expand(target), ctx.index, modifiers=False)
              if getattr(actors.get(t.actor), "sector", None) == _IGO]
    sources = doer(ctx, trigger, m.type)
    return Roles(sources, bodies, match_mode(m, trigger))


def _closed_mission_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "SANCTION":
        return []
    mission = {"LEMMA": in_(lex.words.mission_nouns)}
    return [[node("trigger", {"LEMMA": in_(lex.words.closing_verbs), "POS": "VERB"}),
             node("mission", {**mission, "DEP": "dobj"}, "trigger")],
            # "ordered the closure of three Iranian consulates"
            [node("trigger", {"LEMMA": in_(lex.words.closing_nouns), "POS": "NOUN"}),
             node("of", {"DEP": "prep", "LOWER": in_(lex.words.of_preps)}, "trigger"),
             node("mission", {**mission, "DEP": "pobj"}, "of")]]


@family("closed_mission", patterns=_closed_mission_patterns, confidence=0.50, examples=(
    Example("Somalia shut Ethiopia's consulates on Monday.", ("SANCTION", "somalia", "ethiopia")),
    Example("Kenya closed the Ugandan embassy in Nairobi.", ("SANCTION", "kenya", "uganda")),
    Example("Kenya ordered the closure of Uganda's consulates.", ("SANCTION", "kenya", "uganda")),
))
def closed_mission(ctx: Context, m: Match) -> Roles | None:
    """'shut Ethiopia's consulates', 'the closure of three Iranian consulates': the state whose
    mission it is; 'closed its embassy in Dublin': one's own mission closed reduces relations
    with the host state."""
    mission, trigger = m.nodes["mission"], m.trigger
    sources = doer(ctx, trigger, m.type)
    mine = {s.actor for s in sources}
    owners = actors_of(ctx.doc, [c for c in mission.children if c.dep_ in _MODIFIERS],
                       ctx.index, modifiers=False)
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in mission.children):
        owners += actors_of(ctx.doc, [o for p in mission.children if p.dep_ == "prep"
                                      and p.lower_ in _WORDS.host_preps for o in p.children
                                      if o.dep_ == "pobj"], ctx.index, modifiers=False)
    own = _own_side(ctx, sources)
    actors = ctx.doc._.actors or {}
    targets = state_governments(ctx, [o for o in owners if o.actor not in mine and
                                      getattr(actors.get(o.actor), "country", None) not in own])
    return Roles(sources, list(targets.values()), match_mode(m, trigger))
