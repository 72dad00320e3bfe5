"""Threats that lay a consequence on someone without a threat word.

- ``accountable``   "we will hold X accountable", "the consequences will be the responsibility
                    of X", "X will bear full responsibility for the consequences"
- ``patience``      "its patience with X is running out", "patience with X is wearing thin"
- ``measure_taken`` "decisive measures will be taken against X", "action will be taken if X
                    ...", "further steps could follow", "has the right to take measures"
- ``harm_if``       "if X does not resign, there will be war": a harm promised on a condition
- ``ready_to``      "ready to use force against X", "prepared to strike X"
- ``threat_to``     "X's threat to invade Y", "its threat to expel Y's diplomats"
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon
from actorgraph.extract.negation import in_condition, mode_of
from actorgraph.extract.phrases import objects_of
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
    object_actors,
    owner,
    safekeeping,
    source,
    speaker_or_subject,
    union,
    wrongdoers,
)
from actorgraph.extract.rules.threats import others
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["accountable", "harm_if", "measure_taken", "patience", "ready_to", "threat_to"]

# The types whose words name a hostile act or measure ("use force", "impose sanctions")
_HOSTILE = ("THREATEN", "SANCTION", "ASSAULT", "COERCE")
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
    Example("ECOWAS holds the Malian army responsible for the safety of President Keita.",
            ("THREATEN", "ecowas", "mali-armed-forces")),
))
def accountable(ctx: Context, m: Match) -> Roles | None:
    """'will hold X accountable': X; 'X will be responsible for the consequences', 'the
    consequences will be the responsibility of X': X, threatened by the speaker. Only a future
    or conditional consequence threatens; 'held X responsible' accuses."""
    word, verb = m.nodes["word"], m.trigger
    if not is_future(verb) and not safekeeping(word):
        return None  # "held X responsible for the raid" accuses
    doc, index = ctx.doc, ctx.index
    if word.dep_ in ("ccomp", "oprd", "xcomp", "advcl"):  # "hold X accountable", "be held ..."
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
    # "responsible for the safety of Y": Y is protected, not held
    mine = {s.actor for s in sources} | ({m.actor for m in actors_of(
        doc, [t for c in word.children if c.dep_ == "prep" for t in c.subtree
              if t.pos_ != "PRON"], index)}
        if safekeeping(word) else set())
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
                 node("verb", {"POS": in_(VERB)}, "trigger", "<")],
                # "will take countermeasures against X"
                [node("trigger", {"LEMMA": in_([*cues.countermeasures, *cues.response_nouns]),
                                  "DEP": "dobj"}),
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
    """'measures will be taken against X', 'will take countermeasures against X', '... if X
    continues', 'further steps against X could follow', 'has the right to take measures':
    the speaker (or who takes them) threatens X; the right to countermeasures, or 'all
    necessary measures' to be taken, when no one is named, threatens whoever acted against
    the speaker."""
    verb, act = m.nodes["verb"], m.nodes.get("act")
    entitled = act is not None
    if not entitled and not is_future(verb):
        return None
    taken = m.trigger.dep_ == "dobj"  # "will take measures": the subject takes them
    sources = speaker_or_subject(ctx, verb) if entitled or taken else \
        speaker(ctx.doc, verb, ctx.index, ctx.look.speech)
    against = [p for h in (verb, act or verb, m.trigger) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ctx.lex.words.against_preps
               for p in c.children if p.dep_ == "pobj"]
    named: list[Mention] = actors_of(ctx.doc, [t for p in against for t in expand(p)],
                                     ctx.index)
    mine = {s.actor for s in sources}
    targets = [t for t in union(named, condition_actors(ctx, verb)) if t.actor not in mine]
    # "will take all necessary measures", "will take further steps": measures so qualified
    # answer what was done to the speaker
    escalated = taken and any(c.dep_ == "amod" and c.lemma_.lower() in ctx.lex.words.escalating
                              for c in m.trigger.children)
    if not targets and sources and (entitled or escalated):
        targets = DocumentContext(ctx.doc, ctx.index).answered(verb, mine)
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))


def _harm_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not cues.harms:
        return []
    return [[node("trigger", {"LEMMA": in_([*cues.harms, *cues.response_nouns,
                                            *cues.countermeasures]),
                              "POS": in_(NOMINAL)})]]


@family("harm_if", patterns=_harm_patterns, confidence=0.5, examples=(
    Example('"If Chile closes the border, there will be war," Bolivia said.',
            ("THREATEN", "bolivia", "chile")),
    Example("Ghana said there would be retaliation if Togo shelled the port.",
            ("THREATEN", "ghana", "togo")),
))
def harm_if(ctx: Context, m: Match) -> Roles | None:
    """'if X does not resign, we will be heading for war', 'warned of retaliation if X ...',
    'any aggression by X will be met with a firm response' (or with measures): a harm promised
    on a condition
    threatens whose act the condition (or the act answered) is."""
    verb = m.trigger
    for _ in range(4):  # the clause the harm is named in
        if verb.pos_ in VERB or verb.head == verb:
            break
        verb = verb.head
    warned = verb.lemma_.lower() in ctx.lex.words.threat_verbs  # "warned of war if ..."
    if verb.pos_ not in VERB or not (is_future(verb) or warned) or in_condition(verb):
        return None
    doc, index = ctx.doc, ctx.index
    # "any attack by X will be met with ...": the doer of the act that is answered
    acts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in index]
    answered = union(*(_doers(ctx, a) for a in acts))
    cues = ctx.lex.types[m.type]
    if m.trigger.lemma_.lower() not in cues.harms and not answered:
        return None  # "if X asks, there will be a quick response": only a response to an act
    if m.trigger.lemma_.lower() in cues.countermeasures and m.trigger.dep_ != "pobj":
        return None  # measures an act "will be met with", not measures someone takes
    conditions = union(condition_actors(ctx, verb), answered)
    # "there would be retribution", said after someone acted: it answers them
    existential = m.trigger.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)
    if not conditions and not existential:
        return None
    sources = (source(ctx, verb) if warned else speaker(doc, verb, index, ctx.look.speech)) or \
        [s for s in actors_of(doc, subject_of(verb), index)
         if s.actor not in {c.actor for c in conditions}]
    mine = {s.actor for s in sources}
    targets = [t for t in conditions if t.actor not in mine]
    if not conditions and sources:
        targets = DocumentContext(doc, index).answered(verb, mine)
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))


def _doers(ctx: Context, act: Token) -> list[Mention]:
    """Who does an act: 'X's attack', 'an attack by X', 'Togolese aggression'."""
    agents = [p for c in act.children if c.dep_ == "prep" and c.lower_ in ctx.lex.words.agent_preps
              for p in c.children if p.dep_ == "pobj"]
    return union(wrongdoers(ctx, act), actors_of(ctx.doc, agents, ctx.index))


def _ready_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    words = lex.types[type_].readiness
    if not words:
        return []
    return [[node("trigger", {"LEMMA": in_(words), "POS": "ADJ"}),
             node("act", {"DEP": "xcomp", "POS": in_(VERB)}, "trigger")]]


@family("ready_to", patterns=_ready_patterns, confidence=0.5, examples=(
    Example("Ghana said it was ready to use force against Togo.",
            ("THREATEN", "ghana", "togo")),
    Example("Chile is prepared to take military action against Bolivia.",
            ("THREATEN", "chile", "bolivia")),
))
def ready_to(ctx: Context, m: Match) -> Roles | None:
    """'ready to use force against X', 'prepared to strike X': readiness for a hostile act
    threatens its object; readiness to talk threatens no one."""
    act, verb = m.nodes["act"], m.trigger.head
    cues = ctx.lex.types[m.type]
    force = {*cues.not_ruled_out, *cues.countermeasures}
    objects = [c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in force]
    if act.lemma_.lower() not in {*cues.acts, *cues.response_acts} - ctx.look.victim_acts \
            and not objects:
        return None
    if not _hostile_objects(ctx, act, force):
        return None  # "ready to strike a deal with X", "willing to end the dispute"
    sources = speaker_or_subject(ctx, verb)
    mine = {s.actor for s in sources}
    named = union(condition_actors(ctx, verb), object_actors(ctx, act),
                  *(object_actors(ctx, o) for o in objects))
    targets = [t for t in named if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets), mode_of(verb, conditional_ok=True))


def _threat_to_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    nouns = lex.types[type_].nouns
    if type_ != "THREATEN" or not nouns:
        return []
    return [[node("trigger", {"LEMMA": in_(nouns), "POS": in_(NOMINAL)}),
             node("act", {"DEP": "acl", "POS": in_(VERB)}, "trigger"),
             node("to", {"DEP": "aux", "LOWER": in_(lex.words.infinitive_markers)}, "act")]]


def _hostile_objects(ctx: Context, act: Token, force: set[str]) -> bool:
    """Are the act's direct objects, if any, actors or hostile ('strike X', 'use force',
    'impose sanctions'), not a deal or a dispute?"""
    hostile = _hostile(ctx) | force
    named = ("amod", "compound", "poss", "nmod")  # "Bolivian diplomats", "X's membership"
    return all(c.lemma_.lower() in hostile or any(
        t.i in ctx.index for t in (c, *(k for k in c.children if k.dep_ in named),
                                   *objects_of([c], ctx.lex.words.holder_preps)))  # "... for X"
        for c in act.children if c.dep_ == "dobj")


def _hostile(ctx: Context) -> set[str]:
    """The words of hostile acts and measures ('strike', 'sanctions', 'arrest')."""
    return set().union(*(ctx.look.bad.get(t, ()) for t in _HOSTILE))


@family("threat_to", patterns=_threat_to_patterns, confidence=0.5, examples=(
    Example("Ghana's threat to invade Togo alarmed the region.", ("THREATEN", "ghana", "togo")),
    Example("Chile repeated its threat to expel Bolivian diplomats.",
            ("THREATEN", "chile", "bolivia")),
))
def threat_to(ctx: Context, m: Match) -> Roles | None:
    """'X's threat to invade Y', 'its threat to expel Y's diplomats': the threatened act's
    object (or its condition's actor) is the target."""
    noun, act = m.trigger, m.nodes["act"]
    cues = ctx.lex.types[m.type]
    # "threat to invade X" (the owner's act); not "an ultimatum to withdraw" (the demand)
    if noun.lemma_.lower() not in cues.xcomp_verbs or \
            any(c.dep_ == "prep" for c in noun.children) or \
            act.lemma_.lower() not in _hostile(ctx) or \
            not _hostile_objects(ctx, act, {*cues.not_ruled_out, *cues.countermeasures}):
        return None  # "a warning to its citizens to avoid X": the warned act, not a threat
    sources = owner(ctx, noun, m.type)
    mine = {s.actor for s in sources}
    named = union(condition_actors(ctx, act), object_actors(ctx, act))
    targets = [t for t in named if t.actor not in mine]
    return Roles(sources, others(ctx, sources, targets), mode_of(noun, conditional_ok=True))
