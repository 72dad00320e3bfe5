"""Families of a cue verb and its object: 'Iran accused Israel', 'X was sanctioned by Y'.

- ``verb_obj``       "Iran accused Israel", "Treasury sanctioned X" (direct object)
- ``verb_obj_prep``  "threatened action against X", "prohibited aid to X"
- ``passive``        "X was sanctioned by Y" (target = passive subject, source = agent)
- ``verb_prep``      "lashed out at X", "warned against US meddling" (per-verb prepositions)
- ``verb_particle``  "forced X out", "singled X out"
- ``verb_relcl``     "the officials it blames" (the relative clause's object gap)
- ``reciprocal``     "Chile and Peru agreed" (each coordinated subject acts on the other)
"""

from __future__ import annotations

from actorgraph.extract.lexicon import Lexicon, TypeCues, lexicon
from actorgraph.extract.negation import mode_of
from actorgraph.extract.rules.nominal import admonished
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
    NOMINAL_DEPS,
    match_mode,
    object_actors,
    possessor_suffers,
    source,
    union,
)
from actorgraph.extract.speech import actors_of, expand
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["exchanged", "passive", "reciprocal", "verb_obj", "verb_prep", "verb_relcl"]

_WORDS = lexicon().words
_PRONOUNS = _WORDS.person_pronouns | _WORDS.group_pronouns
_GERUND = "VBG"
# what a warning may be of: harms, measures, responses ("warned of sanctions against X")
_THREATS, _MEASURES = lexicon().types["THREATEN"], lexicon().types["SANCTION"]
_HARMS = frozenset([*_THREATS.harms, *_THREATS.response_nouns, *_THREATS.countermeasures,
                    *_MEASURES.nouns])


def verb_words(cues: TypeCues) -> tuple[str, ...]:
    """The type's cue verbs; a type of reciprocal verbs only uses those."""
    return cues.verbs or cues.reciprocal


def _verb(cues: TypeCues) -> dict[str, object]:
    return {"LEMMA": in_(verb_words(cues)), "POS": in_(VERB)}


def _with_nominal_verbs(cues: TypeCues, patterns: list[Pattern]) -> list[Pattern]:
    """The tagger often calls a verb after 'to' a noun ('declined to sanction Peru')."""
    as_noun = {"LEMMA": in_(verb_words(cues)), "POS": "NOUN",
               "DEP": in_(["xcomp", "pcomp", "advcl"])}
    return patterns + [[{**n, "RIGHT_ATTRS": as_noun} if n["RIGHT_ID"] == "trigger" else n
                        for n in pattern] for pattern in patterns]


def _verb_obj_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues):
        return []
    # "accused Yoon of ...": a name the parser took for an adverb right after the verb
    misread = {"DEP": in_(["advmod", "npadvmod"]), "IS_TITLE": True}
    return _with_nominal_verbs(cues, [[node("trigger", _verb(cues)),
                                       node("target", {"DEP": in_(OBJ)}, "trigger")],
                                      [node("trigger", _verb(cues)),
                                       node("target", misread, "trigger", ">+")]])


def _verb_obj_prep_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.object_preps:
        return []
    verb, prep = _verb(cues), {"DEP": "prep", "LOWER": in_(cues.object_preps)}
    # "suspended flights to and from X": the object of the second of coordinated prepositions
    joined = {"DEP": "conj", "POS": "ADP", "LOWER": in_(cues.object_preps)}
    start = [node("trigger", verb), node("obj", {"DEP": in_(OBJ)}, "trigger")]
    return _with_nominal_verbs(cues, [
        [*start, node("prep", prep, "obj"), node("target", {"DEP": "pobj"}, "prep")],
        [*start, node("prep", prep, "trigger"), node("target", {"DEP": "pobj"}, "prep")],
        [*start, node("first", prep, "obj"), node("prep", joined, "first"),
         node("target", {"DEP": "pobj"}, "prep")],
        [*start, node("first", prep, "trigger"), node("prep", joined, "first"),
         node("target", {"DEP": "pobj"}, "prep")]])


# confidence: (right + 1) / (found + 2), news dev 42/74 (all types)
@family("verb_obj", patterns=_verb_obj_patterns, confidence=0.57, examples=(
    Example("Argentina accused Chile of spying on its navy.", ("ACCUSE", "argentina", "chile")),
    Example("Norway condemned Belarus over the forced landing.",
            ("ACCUSE", "norway", "belarus")),
    Example("Opposition parties in Seoul accused Yoon of lying.",
            ("ACCUSE", "south-korea-opposition", "yoon-suk-yeol")),
))
def verb_obj(ctx: Context, m: Match) -> Roles | None:
    """The direct object of a cue verb: 'Iran accused Israel'."""
    target = m.nodes["target"]
    if " ".join(t.lower_ for t in target.subtree) in _WORDS.reciprocal_objects:
        return reciprocal(ctx, m)  # "Chile and Peru accused each other"
    recalled = m.nodes.get("obj", target)
    if m.trigger.lemma_.lower() in ctx.lex.types[m.type].recall_verbs and any(
            t.lemma_.lower() in ctx.lex.words.envoy_nouns for t in (recalled, *recalled.children)
            if t == recalled or t.dep_ == "compound"):
        # "recalled its ambassador to X": the recall_envoy family's reading; "recalled
        # Ambassador X": the envoy is called home, not punished
        return None
    if m.type == "ACCUSE" and possessor_suffers(target):
        return None  # "criticised his detention": condemned_act accuses the detainer
    if m.type == "THREATEN" and admonished(ctx, m.trigger):
        return None  # "warned X about his remarks": a rebuke (admonition), not a threat
    if m.type == "THREATEN" and any(c.dep_ == "nsubj" for c in m.trigger.children) and \
            not actors_of(ctx.doc, subject_of(m.trigger), ctx.index):
        return None  # "the declaration threatens X's unity": a thing endangers, no one threatens
    after = target.right_edge.i + 1
    if after < len(ctx.doc) and ctx.doc[after].lower_ in ctx.lex.modals:
        return None  # "warned Turkey would impose sanctions": the clause's subject, misparsed
    targets = actors_of(ctx.doc, expand(target), ctx.index)
    if not targets and (target.lemma_.lower() in ctx.lex.words.movement_nouns or
                        target.lemma_.lower() in ctx.lex.words.holding_nouns):
        # "banned the entry of X officials": the ones who may no longer come; "revoked the
        # visas of X": whose they were
        targets = actors_of(ctx.doc, [t for p in target.children if p.dep_ == "prep"
                                      and p.lower_ in ctx.lex.words.of_preps for o in p.children
                                      if o.dep_ == "pobj" for t in expand(o)], ctx.index)
    if not targets and (m.type not in CORE or m.trigger.lemma_.lower() in ctx.look.inquiries):
        # "investigated the treatment of X": whom an inquiry is about; "captured part of a
        # rebel stronghold", "rejected an invitation from X": the nearest actor named in
        # the object phrase
        targets = object_actors(ctx, target, nearest=True, deps=NOMINAL_DEPS)
    if not targets and target.lower_ in _PRONOUNS and (
            (m.trigger.dep_ == "advcl" and m.trigger.tag_ == _GERUND) or
            m.trigger.dep_ == "conj"):
        # "expelled two diplomats, accusing them of spying", "expelled a diplomat and
        # accused him of spying": whom the first clause acted on
        targets = object_actors(ctx, m.trigger.head, nearest=True)
    return Roles(source(ctx, m.trigger), targets, match_mode(m, m.trigger))


# confidence: (right + 1) / (found + 2), news dev 13/21 (all types)
@family("verb_obj_prep", patterns=_verb_obj_prep_patterns, confidence=0.61, examples=(
    Example("Ghana threatened legal action against Togo.", ("THREATEN", "ghana", "togo")),
    Example("Kenya prohibited arms sales to Somalia.", ("SANCTION", "kenya", "somalia")),
))
def verb_obj_prep(ctx: Context, m: Match) -> Roles | None:
    """A preposition after the object names the target: 'threatened action against X'; not
    when the object is itself an actor kept from something ('suspended X from the bloc': X is
    the target)."""
    prep = m.nodes["prep"]
    if prep.head == m.trigger and prep.lower_ in _WORDS.separation_preps and \
            actors_of(ctx.doc, expand(m.nodes["obj"]), ctx.index):
        return None
    return verb_obj(ctx, m)


def _passive_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues):
        return []
    return [[node("trigger", _verb(cues)), node("target", {"DEP": "nsubjpass"}, "trigger")]]


@family("passive", patterns=_passive_patterns, confidence=0.67, examples=(  # 1/1
    Example("Peru was accused by Ecuador of hiding troops.", ("ACCUSE", "ecuador", "peru")),
    Example("Cuba was sanctioned by Canada last year.", ("SANCTION", "canada", "cuba")),
))
def passive(ctx: Context, m: Match) -> Roles | None:
    """The passive subject is the target, the agent the source: 'X was sanctioned by Y'."""
    agents = [p for a in m.trigger.children if a.dep_ == "agent" for c in a.children
              if c.dep_ == "pobj" for p in expand(c)]
    # "was threatened with sanctions by X": the parser hangs the agent on the means
    agents = agents or [p for w in m.trigger.children if w.dep_ == "prep"
                        for n in w.children if n.dep_ == "pobj"
                        for b in n.children if b.dep_ == "prep" and b.lower_ in
                        _WORDS.agent_preps for c in b.children if c.dep_ == "pobj"
                        for p in expand(c)]
    target = m.nodes["target"]
    targets = actors_of(ctx.doc, expand(target), ctx.index)
    if not targets and m.type not in CORE:  # "a camp for refugees was attacked by X"
        targets = object_actors(ctx, target, nearest=True, deps=NOMINAL_DEPS)
    return Roles(actors_of(ctx.doc, agents, ctx.index), targets, match_mode(m, m.trigger))


def _verb_prep_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    pairs = lex.types[type_].verb_preps
    if not verb_words(lex.types[type_]) or not pairs:
        return []
    # the (verb, preposition) pair itself is checked when roles are filled
    verb = {"LEMMA": in_(pairs), "POS": in_(VERB)}
    prep = {"DEP": "prep", "LOWER": in_(p for ps in pairs.values() for p in ps)}
    patterns = [[node("trigger", verb), node("prep", prep, "trigger"),
                 node("target", {"DEP": "pobj"}, "prep")]]
    if type_ in CORE:  # the preposition parsed on the object: "blamed the attack on X" (not
        # the other types' intransitive pairs: "took countermeasures against X" is no protest)
        patterns.append([node("trigger", verb), node("object", {"DEP": "dobj"}, "trigger"),
                         node("prep", prep, "object"), node("target", {"DEP": "pobj"}, "prep")])
    return patterns


# confidence: (right + 1) / (found + 2), news dev 2/6 (all types)
@family("verb_prep", patterns=_verb_prep_patterns, confidence=0.38, examples=(
    Example("Kenya railed against Somalia over the border raids.",
            ("ACCUSE", "kenya", "somalia")),
    Example("Bolivia retaliated against Paraguay with new tariffs.",
            ("THREATEN", "bolivia", "paraguay")),
    Example("Kenya blamed the bombing on Somalia.", ("ACCUSE", "kenya", "somalia")),
    Example("Ghana warned of new sanctions against Togo.", ("THREATEN", "ghana", "togo")),
))
def verb_prep(ctx: Context, m: Match) -> Roles | None:
    """'lashed out at X', 'warned against X': only the prepositions the verb takes."""
    word = m.nodes.get("prep", m.nodes.get("particle"))
    if word is None or (m.trigger.lemma_.lower(), word.lower_) not in ctx.look.pairs[m.type]:
        return None
    if "object" in m.nodes:  # "blamed the attack on X", read from the object
        objects = [m.nodes["object"]]
    elif m.type in CORE and "prep" in m.nodes:
        objects = [c for c in m.trigger.children if c.dep_ == "dobj"]
    else:
        objects = []
    if any(o.i in ctx.index for o in objects):
        # "accused Togo of harbouring rebels": the object is the target, the preposition's
        # phrase what it is accused of
        return None
    if m.type == "RETREAT" and m.nodes["target"].lemma_.lower() in ctx.lex.words.engagement_nouns:
        return None  # leaving talks reduces relations (SANCTION), it is no retreat
    if m.trigger.lemma_.lower() in _WORDS.reception_verbs and \
            any(c.dep_ == "auxpass" for c in m.trigger.children):
        return None  # "was met with criticism": a reception, not a meeting
    subjects = [c for c in m.trigger.children if c.dep_ == "nsubj"]
    if m.type == "ACCUSE" and subjects and all(
            c.pos_ == "NOUN" and c.i not in ctx.index for c in subjects):
        return None  # "X's measure aims at Y": a thing aimed, no one speaking against Y
    roles = verb_obj(ctx, m)
    if roles is None:  # the object is read by another family
        return None
    sources = roles.sources
    if word.dep_ == "prep" and not any(c.dep_ == "agent" for c in m.trigger.children):
        # a stative passive: "X is opposed to Y", "X is allied with Y"
        stative = [t for c in m.trigger.children if c.dep_ == "nsubjpass" for t in expand(c)]
        if m.trigger.dep_ == "acomp":  # parsed as an adjective after 'is'
            stative += subject_of(m.trigger.head)
        sources = actors_of(ctx.doc, stative, ctx.index) or sources
    targets = roles.targets or _harm_aimed(ctx, m)
    return Roles(sources, targets, roles.mode)


def _harm_aimed(ctx: Context, m: Match) -> list[Mention]:
    """'warned of sanctions against X', 'warned of retaliation on X': whom the harm warned of
    is aimed at, in its own phrase."""
    harm = m.nodes["target"]
    if m.type != "THREATEN" or harm.lemma_.lower() not in _HARMS:
        return []
    aimed = [o for c in harm.children if c.dep_ == "prep"
             and c.lower_ in ctx.lex.types[m.type].object_preps
             for o in c.children if o.dep_ == "pobj"]
    return actors_of(ctx.doc, [t for o in aimed for t in expand(o)], ctx.index)


def _verb_particle_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    particles = lex.types[type_].particle_verbs
    if not verb_words(lex.types[type_]) or not particles:
        return []
    return [[node("trigger", {"LEMMA": in_(particles), "POS": in_(VERB)}),
             node("particle", {"DEP": in_(["prt", "prep", "advmod"]),
                               "LOWER": in_(p for ps in particles.values() for p in ps)},
                  "trigger"),
             node("target", {"DEP": in_(OBJ)}, "trigger")]]


@family("verb_particle", patterns=_verb_particle_patterns, confidence=0.50, examples=(  # 1/2
    Example("Latvia kicked Russia out of the regional council.",
            ("SANCTION", "latvia", "russia")),
    Example("Ukraine singled Hungary out for blocking the aid package.",
            ("ACCUSE", "ukraine", "hungary")),
))
def verb_particle(ctx: Context, m: Match) -> Roles | None:
    """A verb with its particle: 'forced X out', 'singled X out'."""
    return verb_prep(ctx, m)


def _verb_relcl_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues):
        return []
    return [[node("trigger", {**_verb(cues), "DEP": "relcl"}),
             node("target", {"POS": in_(NOMINAL)}, "trigger", "<")]]


@family("verb_relcl", patterns=_verb_relcl_patterns, confidence=0.67, examples=(  # 1/1
    Example("Iraq released the Turkish officials Syria accused.",
            ("ACCUSE", "syria", "turkey")),
    Example("Iraq freed the Kuwaiti nationals Syria blamed.",
            ("ACCUSE", "syria", "kuwait-civilians")),
))
def verb_relcl(ctx: Context, m: Match) -> Roles | None:
    """'the officials it blames': the relative clause's object gap is the target."""
    if any(c.dep_ in ("dobj", "nsubjpass", "dative") for c in m.trigger.children):
        return None
    return verb_obj(ctx, m)


def _reciprocal_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not verb_words(cues) or not cues.reciprocal:
        return []
    return [[node("trigger", {"LEMMA": in_(cues.reciprocal), "POS": in_(VERB)}),
             node("subject", {"DEP": "nsubj"}, "trigger")]]


@family("reciprocal", patterns=_reciprocal_patterns, confidence=0.50, examples=(
    Example("Chile and Peru agreed on a new border crossing.", ("AGREE", "chile", "peru")),
    Example("Greece and Turkey clashed over drilling rights.", ("ASSAULT", "turkey", "greece")),
))
def reciprocal(ctx: Context, m: Match) -> Roles | None:
    """'Chile and Peru agreed on ...': each coordinated subject is the other's partner."""
    subjects = union(actors_of(ctx.doc, subject_of(m.trigger), ctx.index))
    if len(subjects) < 2:
        return None
    return Roles(subjects, subjects, mode_of(m.trigger, conditional_ok=m.type == "THREATEN"))


def _exchanged_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ not in CORE or not lex.types[type_].nouns:
        return []
    return [[node("verb", {"LEMMA": in_(_WORDS.exchange_verbs), "POS": in_(VERB)}),
             node("trigger", {"LEMMA": in_(lex.types[type_].nouns), "DEP": "dobj"}, "verb")]]


@family("exchanged", patterns=_exchanged_patterns, confidence=0.50, examples=(
    Example("Chile and Peru traded accusations over the border.", ("ACCUSE", "peru", "chile")),
    Example("Ghana exchanged threats with Togo.", ("THREATEN", "togo", "ghana")),
))
def exchanged(ctx: Context, m: Match) -> Roles | None:
    """'Chile and Peru traded accusations', 'X exchanged threats with Y': each side did it to
    the other."""
    verb = m.nodes["verb"]
    sides = actors_of(ctx.doc, subject_of(verb), ctx.index)
    sides += actors_of(ctx.doc, [t for h in (verb, m.trigger) for p in h.children
                                 if p.dep_ == "prep" and p.lower_ in _WORDS.counterpart_preps
                                 for o in p.children if o.dep_ == "pobj" for t in expand(o)],
                       ctx.index)
    sides = union(sides)
    if len(sides) < 2:
        return None
    return Roles(sides, sides, mode_of(verb, conditional_ok=m.type == "THREATEN"))
