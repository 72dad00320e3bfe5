"""Families of threats made without a threat word, and multiword cues.

- ``modal_act``  "would strike X", "will withdraw from X unless ...", "X will regret it"
- ``response``   "vowed a firm response", "vowed to retaliate", "vowed to take action against
                 X": a promised response threatens whom it answers, named in the sentence or
                 else the actor who last acted against the speaker (document context)
- ``phrase``     multiword cues: "hit out at X", "will not go unanswered", "locked and loaded"
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import ASSERTED, HYPOTHETICAL, has_negator, in_condition
from actorgraph.extract.rules.evaluation import owners
from actorgraph.extract.rules.registry import (
    COOPERATIVE,
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
    condition_actors,
    match_mode,
    object_actors,
    quote_inside,
    reported,
    response_actors,
    source,
    speaker_or_subject,
    threat_mode,
    union,
)
from actorgraph.extract.speech import actors_of, expand, speaker
from actorgraph.extract.subjects import subject_of
from actorgraph.graph.model import Mention

__all__ = ["harmful", "modal_act", "others", "phrase", "rebuked", "response", "venues"]

_WORDS = lexicon().words
_EVALUATED = frozenset(lexicon().evaluated_nouns)  # acts whose owner the article named before
_CUES = lexicon().types["THREATEN"]
_HARMS = frozenset([*_CUES.victim_harms, *_CUES.harms, *_CUES.response_nouns,
                    *_CUES.countermeasures, *_CUES.accountability])
_HOSTILE = frozenset(n for t in ("SANCTION", "COERCE", "ASSAULT") for n in lexicon().types[t].nouns)
# "condemned X", "urged X to ...", "suspended X": whom a response or a warning is for
_REBUKING = frozenset([*lexicon().types["ACCUSE"].verbs, *lexicon().demand_verbs,
                       *lexicon().types["SANCTION"].verbs])
# Types whose nouns name a cooperative event: "would strike a deal" threatens no one


def _modal_act_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    acts = lex.types[type_].acts
    if not acts or type_ != "THREATEN":
        return []
    act = {"LEMMA": in_(acts), "POS": in_([*VERB, "ADJ"])}
    modal = {"DEP": "aux", "LOWER": in_(lex.modals)}
    return [[node("trigger", act), node("modal", modal, "trigger")],
            # "may cut aid and [stop] supplies to X": a conjunct shares the first verb's modal
            [node("trigger", {**act, "DEP": "conj"}),
             node("first", {"POS": in_(VERB)}, "trigger", "<"), node("modal", modal, "first")]]


@family("modal_act", patterns=_modal_act_patterns, confidence=0.94, examples=(  # 14/14
    Example("Greece said it would retaliate against Turkey.", ("THREATEN", "greece", "turkey")),
    Example("Iraq warned that it would expel Kuwait's diplomats if the raids continued.",
            ("THREATEN", "iraq", "kuwait")),
))
def modal_act(ctx: Context, m: Match) -> Roles | None:
    """'would strike X if ...', 'will withdraw from X unless ...', said by a speaker."""
    act = m.trigger
    if "first" in m.nodes and any(c.dep_ in ("aux", "nsubj") for c in act.children):
        return None  # "Chile would talk and Peru will strike": a clause of its own
    condition = condition_actors(ctx, act)
    alternative = _alternative(ctx, act)
    # "will impose tariffs on X if the talks fail": a measure promised on any condition
    conditional = any(in_condition(c) for c in act.children)
    if not reported(act, ctx.look.speech) and not condition and not alternative and \
            not conditional:
        return None
    if (act.lemma_.lower() in _WORDS.require_negation) != has_negator(act):
        return None
    if _cooperative(ctx, act):
        return None  # "would strike a deal with X"
    doc, index = ctx.doc, ctx.index
    victim = act.lemma_.lower() in ctx.look.victim_acts
    if victim and not harmful(act):
        return None  # "X will face an election", "will pay the bill"
    if victim:
        # "X will face consequences / regret it": the subject suffers, the speaker threatens
        sources = speaker(doc, act, index, ctx.look.speech)
        subjects = subject_of(act)
        inside = [o for s in subjects for o in object_actors(ctx, s, nearest=True)]
        targets = union(actors_of(doc, subjects, index) or inside, condition)
        if alternative and not sources:  # "Otherwise, it would face sanctions"
            sources, asked = _demand_before(ctx, act)  # the one asked: 'it' is ambiguous
            targets = asked or [t for t in targets if t.actor not in {s.actor for s in sources}]
    else:
        sources = speaker_or_subject(ctx, act)
        patients = [t for c in act.children if c.dep_ == "nsubjpass" for t in expand(c)]
        # "would not hesitate to use force against X": the object of the act not shied from
        acts = [act, *(c for c in act.children if c.dep_ == "xcomp")]
        targets = union(condition, actors_of(doc, patients, index),
                        *(object_actors(ctx, a, deps=NOMINAL_DEPS) for a in acts))
        # the threatener's side: the one acting, and the one who says so
        own = {s.actor for s in (*sources, *actors_of(doc, subject_of(act), index),
                                 *speaker(doc, act, index, ctx.look.speech))}
        targets = [t for t in targets if t.actor not in own] or \
            _not_tolerated(ctx, act, own) or _addressees(ctx, act) or \
            _answered(ctx, act, own)
    return Roles(sources, others(ctx, sources, targets), threat_mode(act))


def _not_tolerated(ctx: Context, act: Token, own: set[str]) -> list[Mention]:
    """'will not tolerate the move': the owner of the act not to be borne, named before."""
    if act.lemma_.lower() not in _WORDS.require_negation:
        return []
    things = [c for c in act.children if c.dep_ == "dobj" and c.lemma_.lower() in _EVALUATED]
    context = DocumentContext(ctx.doc, ctx.index)
    return [m for thing in things for m in context.owner(thing, own, owners)]


def _answered(ctx: Context, act: Token, own: set[str]) -> list[Mention]:
    """'said it would retaliate', 'warned it could respond militarily': a response that
    names no one answers whoever last acted against the speaker; not one to a thing ('would
    respond to the letter')."""
    if act.lemma_.lower() not in _CUES.response_acts or not own:
        return []
    things = [o for c in act.children if c.dep_ == "prep" and c.lower_ in _CUES.object_preps
              for o in c.children if o.dep_ == "pobj"] + \
        [c for c in act.children if c.dep_ == "dobj"]
    if any(t.lemma_.lower() not in _HARMS | _HOSTILE for t in things):
        return []
    return rebuked(ctx, act, own) or DocumentContext(ctx.doc, ctx.index).answered(act, own)


def rebuked(ctx: Context, act: Token, own: set[str]) -> list[Mention]:
    """'X slammed Peru and said it would retaliate', 'urged Peru to drop the law and warned it
    would harm ties', 'suspended Peru and warned of sanctions': a response or a warning is for
    whom its speaker has just condemned, pressed or punished in the same sentence."""
    doc, index = ctx.doc, ctx.index
    speakers = own | {s.actor for s in speaker(doc, act, index, ctx.look.speech)}
    for verb in reversed([t for t in act.sent if t.i < act.i and t.pos_ in VERB and
                          t.lemma_.lower() in _REBUKING]):
        if not {s.actor for s in actors_of(doc, subject_of(verb), index)} & speakers:
            continue
        # the one rebuked, or the owner of what was rebuked ("condemned X's law")
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in (*expand(c), *(
            o for p in c.children if p.dep_ == "poss" for o in expand(p)))]
        found = [m for m in actors_of(doc, objects, index) if m.actor not in speakers]
        if found:
            return found
    return []


def _cooperative(ctx: Context, act: Token) -> bool:
    """Is the act a light verb of a cooperative event ('strike a deal', 'launch joint
    patrols')? Cutting aid or ending cooperation still threatens."""
    verb = act.lemma_.lower()
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ctx.look.bad.get(t, ()) and
               verb in ctx.lex.types[t].light_verbs
               for c in act.children for t in COOPERATIVE if t in ctx.lex.types)


def _alternative(ctx: Context, act: Token) -> bool:
    """'Otherwise, it would face sanctions': the consequence of refusing a stated demand."""
    return any(c.dep_ == "advmod" and c.lower_ in _WORDS.alternative_adverbs
               for c in act.children)


def _demand_before(ctx: Context, act: Token) -> tuple[list[Mention], list[Mention]]:
    """Who made the demand of the sentence before, and of whom: 'X gave Y a month to ...'."""
    start = act.sent.start
    if start == 0:
        return [], []
    root = ctx.doc[start - 1].sent.root
    asked = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    return (actors_of(ctx.doc, subject_of(root), ctx.index),
            actors_of(ctx.doc, asked, ctx.index))


def _addressees(ctx: Context, act: Token) -> list[Mention]:
    """'told X that it would cut ties', 'informed X that ...': whom the threat is told to."""
    token = act
    for _ in range(3):
        if token.dep_ != "ccomp" or token.head == token:
            return []
        token = token.head
        told = actors_of(ctx.doc, [c for c in token.children if c.dep_ in ("dobj", "dative")],
                         ctx.index)
        if told:
            return told
    return []


def venues(ctx: Context, act: Token, sources: list[Mention],
           targets: list[Mention]) -> list[Mention]:
    """'threatened to raise the issue at the WTO', 'would take the case to the ICJ': an
    international body or a court a dispute is taken to is the venue, not the target; the
    target is then whoever last acted against the source."""
    actors = ctx.doc._.actors or {}
    # "... a complaint against X at the WTO": a body where the act takes place
    held = {ctx.index[t.i].actor for t in act.subtree if t.dep_ == "pobj" and t.i in ctx.index
            and t.head.lower_ in _WORDS.venue_preps}
    forum = act.lemma_.lower() in _WORDS.forum_verbs
    kept = [t for t in targets if getattr(actors.get(t.actor), "sector", None) not in FORUM_SECTORS
            or not (forum or t.actor in held)]
    if kept == targets:
        return targets
    if kept or not targets or not sources:
        return kept
    return DocumentContext(ctx.doc, ctx.index).answered(act, {s.actor for s in sources})


def others(ctx: Context, sources: list[Mention], targets: list[Mention]) -> list[Mention]:
    """Targets that are not the speaker's own state: an official does not threaten the
    government he speaks for ('we will never tolerate attacks on Canadian soil')."""
    actors = ctx.doc._.actors or {}
    own = {a.country for s in sources if (a := actors.get(s.actor)) is not None and
           a.country and (a.kind == "GOVERNMENT" or a.sector == "GOV")}
    return [t for t in targets if (a := actors.get(t.actor)) is None or
            a.kind != "GOVERNMENT" or a.country not in own]


def _response_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    cues = lex.types[type_]
    if not cues.response_nouns or not cues.xcomp_verbs:
        return []
    promise = {"LEMMA": in_(cues.xcomp_verbs), "POS": in_(VERB)}
    answers = [*cues.response_nouns, *cues.countermeasures]
    answer = {"LEMMA": in_(answers), "DEP": "dobj"}
    measures = {"LEMMA": in_([*answers, *lex.types["SANCTION"].nouns]), "DEP": "pobj"}
    said = {"DEP": "ccomp", "POS": in_(VERB)}
    back = {"DEP": in_(["prt", "advmod"]), "LOWER": in_(_WORDS.back_particles)}
    weighing = {"LEMMA": in_(_WORDS.plan_verbs), "POS": in_(VERB)}
    return [
        # "is considering countermeasures", "mulling over a response to X's decision"
        [node("trigger", weighing), node("answer", answer, "trigger")],
        [node("trigger", weighing),
         node("over", {"DEP": "prep", "LOWER": in_(_WORDS.pondering_preps)}, "trigger"),
         node("answer", {**answer, "DEP": "pobj"}, "over")],
        [node("trigger", promise), node("answer", answer, "trigger")],  # "vowed a response"
        [node("trigger", promise), node("action", {"DEP": "xcomp", "POS": in_(VERB)}, "trigger"),
         node("answer", answer, "action")],  # "vowed to take measures"
        [node("trigger", promise),  # "vowed to retaliate"
         node("answer", {"DEP": "xcomp", "LEMMA": in_(cues.response_acts)}, "trigger")],
        [node("trigger", promise),  # "vowed to hit back"
         node("answer", {"DEP": "xcomp", "LEMMA": in_(_WORDS.striking_back_verbs)}, "trigger"),
         node("back", back, "answer")],
        # "warned that it would take further measures" (the speaker's own measures)
        [node("trigger", promise), node("action", said, "trigger"),
         node("answer", {**answer, "DEP": "dobj"}, "action")],
        [node("trigger", promise),  # "warned of consequences", "warned of sanctions"
         node("of", {"DEP": "prep", "LOWER": in_(_WORDS.of_preps)}, "trigger"),
         node("answer", measures, "of")]]


# confidence: (right + 1) / (found + 2), news dev 0/2 (all types)
@family("response", patterns=_response_patterns, confidence=0.25, examples=(
    Example("Chad shelled a border post. Sudan vowed a firm response.",
            ("THREATEN", "sudan", "chad")),
    Example("Niger vowed to take action against Mali.", ("THREATEN", "niger", "mali")),
    Example("Ghana is considering countermeasures against Togo.", ("THREATEN", "ghana", "togo")),
))
def response(ctx: Context, m: Match) -> Roles | None:
    """'vowed a firm response', 'vowed to retaliate', 'warned of sanctions': the target is
    named ('against X', 'in response to X's move', 'if X ...'), else it is whoever last acted
    against the speaker; a countermeasure ('take action', 'take measures') threatens only a
    named target."""
    answer, action = m.nodes["answer"], m.nodes.get("action", m.trigger)
    sources = source(ctx, m.trigger)
    mine = {s.actor for s in sources}
    if action.dep_ == "ccomp" and not {a.actor for a in actors_of(
            ctx.doc, subject_of(action), ctx.index)} <= mine:
        return None  # "warned that Chile would take measures": Chile's, not the speaker's
    named = union(object_actors(ctx, answer), response_actors(ctx, answer),
                  response_actors(ctx, action), condition_actors(ctx, m.trigger),
                  _prompters(ctx, m.trigger))
    targets = [t for t in named if t.actor not in mine]
    answering = answer.lemma_.lower() not in ctx.lex.types[m.type].countermeasures or \
        _answers(ctx, answer) or _answers(ctx, action) or any(
            c.dep_ == "amod" and c.lemma_.lower() in _WORDS.escalating for c in answer.children)
    if not targets and not answering:
        return None
    if not targets and sources:
        targets = rebuked(ctx, m.trigger, mine) or \
            DocumentContext(ctx.doc, ctx.index).answered(m.trigger, mine)
    return Roles(sources, targets, match_mode(m, m.trigger))


def _answers(ctx: Context, token: Token) -> bool:
    """'... in response to the move': a response phrase, whether or not it names anyone."""
    words = ctx.lex.words
    return any(p.dep_ == "prep" and p.lower_ in words.response_preps and any(
        n.lemma_.lower() in words.response_nouns for n in p.children) for p in token.children)


def _prompters(ctx: Context, verb: Token) -> list[Mention]:
    """'vowed a response after X said it had attacked': who acted in the clause that
    prompted the response."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and any(
        k.dep_ == "mark" and k.lower_ in ctx.lex.words.prompting_marks for k in c.children)]
    return [m for c in clauses for m in actors_of(ctx.doc, subject_of(c), ctx.index)]


def _phrases(type_: str, lex: Lexicon) -> list[str]:
    return list(dict.fromkeys([*lex.phrases.get(type_, ()),
                               *lex.types[type_].consequence_phrases]))


# confidence: (right + 1) / (found + 2), news dev 6/7 (all types)
@family("phrase", patterns=_phrases, confidence=0.78, examples=(
    Example("Chad pointed the finger at Sudan's army.",
            ("ACCUSE", "chad", "sudanese-armed-forces")),
    Example("Egypt said all options are on the table if Ethiopia fills the dam.",
            ("THREATEN", "egypt", "ethiopia")),
))
def phrase(ctx: Context, m: Match) -> Roles | None:
    """A multiword cue: 'hit out at X', 'will not go unanswered', 'locked and loaded'."""
    root, end = m.trigger, m.nodes["end"]
    objects = [o for o in object_actors(ctx, root) if o.start > end.idx]
    if m.type != "THREATEN":
        return Roles(source(ctx, root), objects, threat_mode(root))
    verb = _verb_of(root)
    # "this is a provocation that will not go unanswered": the act is the noun it qualifies
    relative = verb.dep_ == "relcl"
    anchor = verb.head.head if relative else verb
    answering = _answering(ctx, m)
    # "X's decision would not go unanswered": the subject is the act answered, not the speaker
    answered = answering and any(a.i not in ctx.index for a in subject_of(verb))
    said = speaker(ctx.doc, anchor, ctx.index, ctx.look.speech) \
        if relative or answered or quote_inside(anchor) else []
    # "X's incursions are a provocation that ...": the subject is the act, not the speaker
    sources = (said if relative or answered else []) or speaker_or_subject(ctx, anchor) or said
    mine = {s.actor for s in sources}
    # "any attack by X will not go unanswered", "would treat any blockade by X as a
    # declaration of war": whose act the consequence answers
    acts = [a for a in (*subject_of(verb), *(c for c in verb.children
                                             if c.dep_ in ("nsubjpass", "dobj")),
                        *([verb.head] if relative else []))
            if answering and a.i not in ctx.index]  # an act, not an actor
    doers = [o for a in acts for o in object_actors(ctx, a, nearest=True, deps=NOMINAL_DEPS)]
    targets = others(ctx, sources, [t for t in union(condition_actors(ctx, verb), objects, doers)
                                    if t.actor not in mine])
    if not targets and sources and answering:
        targets = _sole_other(ctx, verb, sources) or \
            DocumentContext(ctx.doc, ctx.index).answered(verb, mine)
    if answering:  # the phrase's own negation ('will not go unanswered') makes the threat
        return Roles(sources, targets, HYPOTHETICAL if in_condition(verb) else ASSERTED)
    return Roles(sources, targets, threat_mode(root))


def _sole_other(ctx: Context, verb: Token, sources: list[Mention]) -> list[Mention]:
    """The one other actor the sentence names ('Turkish actions are unacceptable ... this
    will not go unanswered'): the consequence answers it."""
    mine = {s.actor for s in sources}
    top = verb  # the reported clause, not the words around its attribution
    while top.head != top and top.head.lemma_.lower() not in ctx.look.speech:
        top = top.head
    span = range(top.left_edge.i, top.right_edge.i + 1)
    named = union([m for i, m in ctx.index.items() if i in span and m.actor not in mine])
    named = others(ctx, sources, named)
    return named if len(named) == 1 else []


def _verb_of(token: Token) -> Token:
    """The verb a phrase hangs from: 'treat ... [as a declaration of war]'."""
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def _answering(ctx: Context, m: Match) -> bool:
    """Is the phrase a consequence that answers someone ('will not go unanswered', 'as a
    declaration of war'), whose target the article names before when the sentence does not?"""
    span = ctx.doc[m.nodes["start"].i:m.nodes["end"].i + 1]
    text = "".join(t.text_with_ws for t in span if not t.is_quote).strip().lower()
    return text in ctx.lex.types[m.type].consequence_phrases


def harmful(act: Token) -> bool:
    """Does a victim act ('X will face ...', 'will pay ...') bring harm: the act itself ('will
    regret it'), a harm after it ('a heavy price', 'the consequences'), or a hostile event as
    its subject ('executions of X may proceed')?"""
    subjects = [c for c in act.children if c.dep_ in ("nsubj", "nsubjpass")]
    inside = {t.i for c in subjects for t in c.subtree}
    return any(t.lemma_.lower() in _HARMS for t in act.subtree if t.i not in inside) or \
        any(c.lemma_.lower() in _HOSTILE for c in subjects)
