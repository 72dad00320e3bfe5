"""Families of speech that accuses without an accusing verb (PLOVER: 'A says B did a bad
thing' is A ACCUSE B).

- ``speech_act``     "A claimed that B orchestrated the unrest", also a wrong by its manner
                     ("falsely attributing ...")
- ``quoted_act``     a quotation's sentence whose speaker is named in another sentence
- ``claim_act``      "the government's claim that B urged violence"
- ``allegation_clause``  "Y's allegation that B was behind the killing", "Y alleged that B
                     moved troops" (any verb)
- ``pejorative``     "the United States' mischief", "inhumane sanctions imposed by X", in speech
- ``dismissal``      "rejected Chile's statements", "dismissed Togo's allegations"
                     (dismissing someone's claim accuses its maker)
- ``demand``         "called for sanctions against X" (a demand to punish X accuses X)
- ``demand_action``  "urged Arabs to mobilise against X"
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import ASSERTED, either, has_negator, mode_of
from actorgraph.extract.passages import quoted
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
from actorgraph.extract.rules.roles import (
    actors_of_act,
    complement_of,
    embeds,
    is_future,
    match_mode,
    owner,
    quote_inside,
    reported,
    source,
    union,
    wrongdoers,
)
from actorgraph.extract.speech import actors_of, expand, speaker, voices
from actorgraph.extract.subjects import subject_of

__all__ = ["allegation_clause", "broken_duty", "claim_act", "demand", "demand_action", "dismissal",
           "pejorative", "quoted_act", "speech_act"]

_WORDS = lexicon().words
_DEMANDS = frozenset(lexicon().demand_verbs)
_CLAUSES = ("acl", "ccomp", "relcl")  # what a claim says
_WRONG_WORDS = frozenset([*lexicon().wrongs, *lexicon().pejoratives,
                          *lexicon().types["ACCUSE"].labels])
_STATE = "GOVERNMENT"  # the kind of states: backing one is no wrong in itself
_CULPRITS = lexicon().words.culprit_passives
_ACTS = frozenset(lexicon().types["ACCUSE"].acts)


def _acts(type_: str, lex: Lexicon) -> dict[str, object] | None:
    """The hostile acts a speaker attributes (THREATEN's acts are threatened, not reported)."""
    acts = lex.types[type_].acts
    if not acts or type_ == "THREATEN":
        return None
    culprits = lex.words.culprit_passives if type_ == "ACCUSE" else frozenset()
    return {"LEMMA": in_([*acts, *culprits]), "POS": in_([*VERB, "ADJ"])}


def _speech_act_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    act = _acts(type_, lex)
    if act is None:
        return []
    speech = {"LEMMA": in_(lex.claim_verbs), "POS": in_(VERB)}
    return [
        # "claimed that Y is working with Z to overthrow the government": also its purpose
        [node("trigger", {**act, "DEP": in_(["ccomp", "conj", "xcomp", "advcl"])}),
         node("speech", speech, "trigger", "<<")],
        # "said X opened fire on its outpost", "claimed X launched strikes": an attack
        [node("trigger", {"LEMMA": in_(lex.words.attack_verbs), "POS": in_(VERB),
                          "DEP": in_(["ccomp", "conj", "xcomp", "advcl"])}),
         node("attack", {"LEMMA": in_(lex.words.attack_nouns), "DEP": "dobj"}, "trigger"),
         node("speech", speech, "trigger", "<<")],
        # "..., falsely attributing the killings to X, the group said": a wrong by its manner
        [node("manner", {"DEP": "advmod", "LOWER": in_(lex.wrong_manners)}),
         node("trigger", {"POS": in_(VERB), "DEP": in_(["ccomp", "conj", "xcomp", "advcl"])},
              "manner", "<"),
         node("speech", speech, "trigger", "<<")]]


# confidence: (right + 1) / (found + 2), news dev 2/6 (all types)
@family("speech_act", patterns=_speech_act_patterns, confidence=0.38, examples=(
    Example("Bolivia claimed that Chile funded the riots.", ("ACCUSE", "bolivia", "chile")),
    Example("Ethiopia alleged that Egypt armed the rebels.", ("ACCUSE", "ethiopia", "egypt")),
    Example("Chad claimed that Sudan masterminded the raid.", ("ACCUSE", "chad", "sudan")),
    Example("Latvia said two Belarusian diplomats are suspected of spying.",
            ("ACCUSE", "latvia", "belarus")),
))
def speech_act(ctx: Context, m: Match) -> Roles | None:
    """'A claimed that B orchestrated the unrest': A accuses B (PLOVER's convention)."""
    act, speech = m.trigger, m.nodes["speech"]
    # "would continue to encourage X": a future through the infinitive's governor too
    if not complement_of(act, speech) or is_future(act) or not _hostile(ctx, act) or \
            (act.dep_ == "xcomp" and is_future(act.head)):
        return None
    speakers = subject_of(speech)
    sources = voices(ctx.doc, actors_of(ctx.doc, speakers, ctx.index)) or \
        speaker(ctx.doc, speech, ctx.index, ctx.look.speech)
    # "X ordered strikes, his spokesman said": one's own spokesman reports, not accuses
    principals = {p.actor for p in actors_of(ctx.doc, [c for s in speakers for c in s.children
                                                       if c.dep_ == "poss"], ctx.index)}
    targets = [t for t in actors_of_act(ctx, act) if t.actor not in principals]
    return Roles(sources, targets, either(mode_of(act), mode_of(speech)))


def _broken_duty_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if type_ != "ACCUSE":
        return []
    return [[node("trigger", {"LEMMA": in_(lex.words.duty_verbs), "POS": in_(VERB),
                              "DEP": in_(["ccomp", "conj", "advcl"])}),
             node("speech", {"LEMMA": in_(lex.claim_verbs), "POS": in_(VERB)}, "trigger", "<<")]]


# confidence: (right + 1) / (found + 2), news dev 3/3
@family("broken_duty", patterns=_broken_duty_patterns, confidence=0.80, examples=(
    Example("Chile said that Peru was not respecting the treaty.", ("ACCUSE", "chile", "peru")),
    Example("Ghana said Togo had never honoured the border deal.",
            ("ACCUSE", "ghana", "togo")),
))
def broken_duty(ctx: Context, m: Match) -> Roles | None:
    """'A said B was not respecting the rules', 'B has not fulfilled its obligations': A says
    B failed a duty, an accusation as in ``speech_act`` ('will not honour' is B's refusal)."""
    act, speech = m.trigger, m.nodes["speech"]
    if not has_negator(act) or not complement_of(act, speech) or is_future(act):
        return None
    sources = voices(ctx.doc, actors_of(ctx.doc, subject_of(speech), ctx.index)) or \
        speaker(ctx.doc, speech, ctx.index, ctx.look.speech)
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in actors_of_act(ctx, act) if t.actor not in mine],
                 mode_of(speech))


def _hostile(ctx: Context, act: Token) -> bool:
    """Is the act a wrong? Backing, funding or training is one for a group, a person or a
    wrong ('backed the rebels', 'funded terrorism'), not for a thing or a state ('backed the
    peace deal', 'funded a hospital', 'supported Somalia'); being suspected is one only as
    the passive of a culprit ('X are suspected of spying', not 'X suspected Y')."""
    lemma = act.lemma_.lower()
    if lemma in _CULPRITS and lemma not in _ACTS:
        return any(c.dep_ == "nsubjpass" for c in act.children)
    if lemma not in _WORDS.complicity_acts:
        return True
    objects = [t for c in act.children if c.dep_ in ("dobj", "pobj", "prep") for t in
               ([c] if c.dep_ != "prep" else [o for o in c.children if o.dep_ == "pobj"])]
    actors = ctx.doc._.actors or {}
    return any(t.lemma_.lower() in _WRONG_WORDS or any(
        m.actor in actors and actors[m.actor].kind != _STATE
        for m in actors_of(ctx.doc, expand(t), ctx.index)) for t in objects)


def _quoted_act_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    act = _acts(type_, lex)
    if act is None:
        return []
    # a quoted demand ("X urges Y to release the letters") asks; it reports no wrong
    acts = [a for a in lex.types[type_].acts if a not in lex.demand_verbs]
    return [[node("trigger", {**act, "LEMMA": in_(acts), "DEP": "ROOT"})]]


@family("quoted_act", patterns=_quoted_act_patterns, confidence=0.5, examples=(
    Example('Chile answered on Monday. "Peru has violated our waters for months. This is a '
            'hostile act," the Chilean government said.', ("ACCUSE", "chile", "peru")),
    Example('Kenya said: "We are patient. Uganda armed the rebels."',
            ("ACCUSE", "kenya", "uganda")),
))
def quoted_act(ctx: Context, m: Match) -> Roles | None:
    """A sentence of a quotation whose attribution is in another sentence ('"Y armed the
    rebels. This is hostile," X said'): the quoted speaker accuses the doer, as in
    ``speech_act``."""
    act = m.trigger
    if not quoted(ctx.doc, act.sent) or is_future(act) or not _hostile(ctx, act):
        return None
    sources = speaker(ctx.doc, act, ctx.index, ctx.look.speech)
    mine = {s.actor for s in sources}
    return Roles(sources, [t for t in actors_of_act(ctx, act) if t.actor not in mine],
                 mode_of(act))


def _claim_act_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    act = _acts(type_, lex)
    if act is None or not lex.claim_nouns:
        return []
    return [[node("speech", {"LEMMA": in_(lex.claim_nouns), "POS": "NOUN"}),
             node("trigger", {**act, "DEP": in_(["acl", "ccomp", "appos", "relcl"])},
                  "speech")]]


@family("claim_act", patterns=_claim_act_patterns, confidence=0.75, examples=(  # 2/2
    Example("Tanzania rejected Uganda's claim that Kenya armed the smugglers.",
            ("ACCUSE", "uganda", "kenya")),
    Example("Chad's allegation that Sudan armed the rebels was denied.",
            ("ACCUSE", "chad", "sudan")),
))
def claim_act(ctx: Context, m: Match) -> Roles | None:
    """'the government's claim that B urged violence': the claim's owner accuses B."""
    act, claim = m.trigger, m.nodes["speech"]
    if is_future(act) or not _hostile(ctx, act):
        return None
    sources = owner(ctx, claim)
    head = claim.head
    if claim.dep_ == "dobj" and head.lemma_.lower() in ctx.look.claims | _WORDS.echo_verbs:
        sources = union(sources, actors_of(ctx.doc, subject_of(head), ctx.index))
    return Roles(sources, actors_of_act(ctx, act), mode_of(act))


def _allegation_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    charges = set(lex.claim_nouns) & set(lex.types[type_].nouns)
    if type_ != "ACCUSE" or not charges:
        return []
    return [[node("speech", {"LEMMA": in_(charges), "POS": "NOUN"}),
             node("trigger", {"POS": in_(VERB), "DEP": in_(["acl", "ccomp", "appos"])},
                  "speech"),
             node("that", {"DEP": "mark"}, "trigger")],
            [node("speech", {"LEMMA": in_(lex.words.alleging_verbs), "POS": in_(VERB)}),
             node("trigger", {"POS": in_(VERB), "DEP": "ccomp"}, "speech")]]


@family("allegation_clause", patterns=_allegation_patterns, confidence=0.50, examples=(
    Example("Chile's allegation that Peru was behind the killing strained ties.",
            ("ACCUSE", "chile", "peru")),
    Example("Kenya rejected Uganda's accusation that Nairobi was behind the raids.",
            ("ACCUSE", "uganda", "kenya")),
    Example("Mali alleged that Niger had moved troops to the border.",
            ("ACCUSE", "mali", "niger")),
))
def allegation_clause(ctx: Context, m: Match) -> Roles | None:
    """'Y's allegation that X was behind the killing', 'Y alleged that X moved troops': an
    accusation's content names whom it accuses, whatever its verb (a hostile act is
    claim_act's and speech_act's)."""
    clause, claim = m.trigger, m.nodes["speech"]
    if clause.lemma_.lower() in ctx.lex.types[m.type].acts or is_future(clause):
        return None
    if claim.pos_ != "NOUN":  # the verb: its subject or the speaker alleges
        sources = actors_of(ctx.doc, subject_of(claim), ctx.index) or \
            speaker(ctx.doc, claim, ctx.index, ctx.look.speech)
        mine = {s.actor for s in sources}
        return Roles(sources, [t for t in actors_of_act(ctx, clause) if t.actor not in mine],
                     mode_of(claim))
    # its own maker only ('Y's allegation', 'the allegation by Y'), never the one who
    # judges it ('the allegation that X ... is false, Z said')
    sources = owners(ctx.doc, ctx.index, claim)
    head = claim.head
    if claim.dep_ == "dobj" and head.lemma_.lower() in ctx.look.claims | _WORDS.echo_verbs:
        sources = union(sources, actors_of(ctx.doc, subject_of(head), ctx.index))
    mine = {s.actor for s in sources}
    targets = [t for t in actors_of_act(ctx, clause) if t.actor not in mine]
    return Roles(sources, targets, mode_of(clause))


def _pejorative_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if _acts(type_, lex) is None:
        return []
    return [[node("trigger", {"LEMMA": in_(lex.pejoratives), "POS": "NOUN"})],
            [node("adj", {"LEMMA": in_(lex.pejoratives), "DEP": "amod"}),
             node("trigger", {"POS": "NOUN"}, "adj", "<")]]


@family("pejorative", patterns=_pejorative_patterns, confidence=0.67, examples=(  # 1/1
    Example("\"The United States' mischief will fail,\" Cuba said.",
            ("ACCUSE", "cuba", "united-states")),
    Example("Cuba said the inhumane sanctions imposed by Canada must end.",
            ("ACCUSE", "cuba", "canada")),
))
def pejorative(ctx: Context, m: Match) -> Roles | None:
    """In someone's speech, 'the United States' mischief', 'inhumane sanctions imposed by
    X': naming X's act a wrong accuses X."""
    demand = _demanding(m.trigger)
    if reported(m.trigger, ctx.look.speech) or quote_inside(m.trigger):
        sources = speaker(ctx.doc, m.trigger, ctx.index, ctx.look.speech)
    elif demand is not None:  # "called for an end to X's aggression": the demand's words
        sources = source(ctx, demand)
    else:
        return None
    noun = m.trigger.head if m.trigger.dep_ == "amod" else m.trigger
    # "will not tolerate X's provocation": refusing to bear it says it happened, as does
    # demanding that it end
    borne = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _WORDS.require_negation
    return Roles(sources, wrongdoers(ctx, m.trigger),
                 ASSERTED if borne or demand is not None else match_mode(m, m.trigger))


def _demanding(wrong: Token) -> Token | None:
    """The verb of a demand whose object holds the wrong ('called for an end to X's
    aggression', 'urged Y to stop X's provocations'), if there is one."""
    token = wrong
    for _ in range(6):
        if token.dep_ not in ("amod", "dobj", "pobj", "prep", "xcomp") or token.head == token:
            return None
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in _DEMANDS:
            return token
    return None


def _dismissal_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types[type_].dismissal_verbs
    if not verbs or not lex.claim_nouns:
        return []
    return [[node("trigger", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("claim", {"DEP": "dobj", "LEMMA": in_(lex.claim_nouns)}, "trigger")]]


@family("dismissal", patterns=_dismissal_patterns, confidence=0.50, examples=(
    Example("Peru rejected Chile's statements about the maritime border.",
            ("ACCUSE", "peru", "chile")),
    Example("Ghana dismissed Togo's allegations of vote rigging.", ("ACCUSE", "ghana", "togo")),
    Example("Ghana denied the claims from Togo.", ("ACCUSE", "ghana", "togo")),
))
def dismissal(ctx: Context, m: Match) -> Roles | None:
    """'rejected Chile's statements', 'denied the claims from Lima': dismissing someone's
    claim accuses its maker (a claim judged with a word, 'termed X's allegations absurd', is
    the evaluative family's)."""
    return Roles(source(ctx, m.trigger), owners(ctx.doc, ctx.index, m.nodes["claim"]),
                 match_mode(m, m.trigger))


def _dismissed_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    verbs = lex.types["ACCUSE"].dismissal_verbs if type_ == "ACCUSE" else ()
    if not verbs:
        return []
    return [[node("verb", {"LEMMA": in_(verbs), "POS": in_(VERB)}),
             node("trigger", {"DEP": "dobj", "LEMMA": in_(lex.types[type_].nouns)}, "verb")]]


@family("dismissed_accusation", patterns=_dismissed_patterns, confidence=0.50, examples=(
    Example("Peru rejected Chile's accusations.", ("ACCUSE", "chile", "peru")),
    Example("Ghana denied the allegations from Togo.", ("ACCUSE", "togo", "ghana")),
))
def dismissed_accusation(ctx: Context, m: Match) -> Roles | None:
    """'Peru rejected Chile's accusations': Chile accused the one who rejects them, when the
    accusation names no one else it is against ('accusations against Bolivia') and says
    nothing of whom ('accusations that Lima armed the rebels' is allegation_clause's)."""
    if any((c.dep_ == "prep" and c.lower_ not in _WORDS.owner_preps) or c.dep_ in _CLAUSES
           for c in m.trigger.children):
        return None
    return Roles(owners(ctx.doc, ctx.index, m.trigger), source(ctx, m.nodes["verb"]),
                 match_mode(m, m.nodes["verb"]))


def _demand_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    measures = lex.types.get("SANCTION")
    if type_ != "ACCUSE" or not lex.demand_verbs or measures is None or not measures.nouns:
        return []
    verb = {"LEMMA": in_(lex.demand_verbs), "POS": in_(VERB)}
    noun = {"LEMMA": in_(measures.nouns), "POS": in_(["NOUN", "PROPN"])}
    tail = [node("prep", {"DEP": "prep", "LOWER": in_(measures.preps)}, "trigger"),
            node("target", {"DEP": "pobj"}, "prep")]
    return [[node("trigger", {**noun, "DEP": "pobj"}),
             node("for", {"DEP": "prep", "LOWER": in_(_WORDS.for_preps)}, "trigger", "<"),
             node("verb", verb, "for", "<"), *tail],
            [node("trigger", {**noun, "DEP": "dobj"}), node("verb", verb, "trigger", "<"),
             *tail]]


@family("demand", patterns=_demand_patterns, confidence=0.67, examples=(  # 1/1
    Example("Ukraine called for sanctions against Belarus.", ("ACCUSE", "ukraine", "belarus")),
    Example("Poland demanded an embargo on Russia.", ("ACCUSE", "poland", "russia")),
))
def demand(ctx: Context, m: Match) -> Roles | None:
    """'called for sanctions against X': the one who demands accuses X."""
    verb = m.nodes["verb"]
    return Roles(source(ctx, verb), actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index),
                 match_mode(m, verb))


def _demand_action_patterns(type_: str, lex: Lexicon) -> list[Pattern]:
    if not _demand_patterns(type_, lex):
        return []
    return [[node("trigger", {"LEMMA": in_(lex.demand_verbs), "POS": in_(VERB)}),
             node("action", {"POS": in_(VERB), "DEP": in_(["xcomp", "advcl", "conj", "ccomp"])},
                  "trigger", ">>"),
             node("prep", {"DEP": "prep", "LOWER": in_(_WORDS.against_preps)}, "action"),
             node("target", {"DEP": "pobj"}, "prep")]]


@family("demand_action", patterns=_demand_action_patterns, confidence=0.67, examples=(  # 1/1
    Example("Libya urged Arab states to unite against Israel.", ("ACCUSE", "libya", "israel")),
    Example("Iran called on Muslims to rise against Israel.", ("ACCUSE", "iran", "israel")),
))
def demand_action(ctx: Context, m: Match) -> Roles | None:
    """'urged the Arabs to mobilise against X': a call to act against X accuses X."""
    if not embeds(m.trigger, m.nodes["action"]):
        return None
    return Roles(source(ctx, m.trigger),
                 actors_of(ctx.doc, expand(m.nodes["target"]), ctx.index),
                 match_mode(m, m.trigger))
