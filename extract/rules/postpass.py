"""Passes over the matches of one Doc: light verbs, retyping and matrix events.

- A verb that is a light verb of its object's type names that type's event, not one of its
  own ("offered its condolences to X" supports; no AGREE).
- "accepted X's demands" yields to X: an AGREE whose object is a demand is a CONCEDE.
- One sentence, one reading: an event embedded as the content of another cue ("agreed to
  provide aid", "threatened to impose sanctions") is not itself asserted; a promised act of a
  cooperative type is an AGREE.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.negation import ASSERTED, HYPOTHETICAL, NEGATED, either, mode_of
from actorgraph.extract.passages import sentence_start
from actorgraph.extract.rules.plans import planned
from actorgraph.extract.rules.reasons import in_protest, stated_deed, stated_wrong
from actorgraph.extract.rules.registry import CORE, Match
from actorgraph.extract.rules.roles import MODALS, embeds, is_future
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import Relation

__all__ = ["Retyping", "matrix_events", "retyped"]

# Acts whose promise ("will provide aid", "would meet X") PLOVER codes as AGREE
_PROMISABLE = {"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_OBLIGED = MODALS | lexicon().words.deontic_modals  # "X must withdraw": not an event
_PLAIN_FUTURE = lexicon().words.plain_futures
_REPORTED_FUTURE = lexicon().words.reported_futures
_POSSIBLE = lexicon().words.possible_modals
# Acts whose promise in the threatener's own infinitive is a threat: "vowed to intensify the
# offensive against X", "threatened to arrest X" (PLOVER: THREATEN)
_HOSTILE = {"ASSAULT", "COERCE", "SANCTION"}
# Measures whose stated wrong accuses their target (PLOVER: the measure and an ACCUSE)
_MEASURES = {"SANCTION", "COERCE"}
# ... said to someone ("vowed", "warned", "threatened"), not only planned ("prepared to")
_VOWING = frozenset([*lexicon().speech_verbs, *lexicon().types["THREATEN"].verbs])
# ... or announced by a noun of threat with the act as its infinitive ("the threat to cut X")
_THREAT_NOUNS = frozenset(lexicon().types["THREATEN"].nouns)
_WORDS = lexicon().words
# "warned X to stop interfering": the warning does not make the accusation unasserted
_STOPPING = _WORDS.stop_verbs
# "rejected X's accusations against Y", "will not tolerate X's provocation": to dismiss an
# accusation, or to refuse to bear a wrong, is to say it was made
_DISMISSING = frozenset(lexicon().types["ACCUSE"].dismissal_verbs) | \
    lexicon().words.require_negation
# kinds of acts that answer another's deed, which was done: condemned, welcomed, rejected
_REACTIONS = ("ACCUSE", "SUPPORT", "REJECT")
# families whose reading is made by the act around them: a wrong named as its owner's ("X's
# aggression") is the speaker's own word wherever it stands ("vowed to respond to X's
# aggression" accuses X), and the harm of refusing a demand is held out by the demand
_UNEMBEDDED = ("pejorative", "or_else")
_ENACTING = _WORDS.quantity_nouns | _WORDS.enacting_nouns


@dataclass(frozen=True)
class Retyping:
    """What the passes read from the lexicon: cue word -> types, light verbs, demands."""

    cue_types: dict[str, list[str]]
    light: frozenset[tuple[str, str]]
    demands: frozenset[str]

    @classmethod
    def of(cls, lex: Lexicon) -> Retyping:
        cue_types: dict[str, list[str]] = {}
        for kind, cue in lex.types.items():
            for word in {*cue.verbs, *cue.nouns, *cue.xcomp_verbs}:
                cue_types.setdefault(word, []).append(kind)
        light = frozenset((t, verb) for t, c in lex.types.items() for verb in c.light_verbs)
        request = lex.types.get("REQUEST")
        demands = frozenset(request.nouns if request else ()) - lex.words.asked_nouns
        return cls(cue_types, light, demands)

    def cues(self, doc: Doc) -> list[tuple[str, Token]]:
        """(type, token) for every cue verb or noun of the Doc (from the lemma array: a Token
        is made only for a cue)."""
        strings = doc.vocab.strings
        return [(kind, doc[i]) for i, lemma in enumerate(doc.to_array("LEMMA").tolist())
                for kind in self.cue_types.get(strings[lemma].lower(), ())]

    def concede(self, match: Match) -> Match:
        """'accepted X's demands' yields to X."""
        if match.type == "AGREE" and \
                match.nodes.get("target", match.trigger).lemma_.lower() in self.demands:
            return replace(match, type="CONCEDE")
        return match

    def light_use(self, match: Match) -> bool:
        """'offered its condolences to X', 'offered aid to X': a verb that is a light verb of
        its object's type names that type's event, not one of its own."""
        if match.type in CORE or not match.family.startswith("verb_"):
            return False
        verb = match.trigger.lemma_.lower()
        return any((kind, verb) in self.light for c in match.trigger.children
                   if c.dep_ == "dobj" for kind in self.cue_types.get(c.lemma_.lower(), ())
                   if kind != match.type)


def retyped(relation: Relation, type_: str) -> Relation:
    e = relation.evidence
    return replace(relation, type=type_, id=relation_id(e.doc, type_, relation.source,
                                                        relation.target, e.start, e.end,
                                                        e.trigger))


def _key(relation: Relation) -> tuple[Any, ...]:
    return (relation.evidence.start, relation.type, relation.source, relation.target,
            relation.negated)


def _condemned(trigger: Token, verb: Token) -> bool:
    """Is the event what an accusing verb condemns ('condemned the suspension of X', 'criticised
    X for imposing sanctions'), which was done, not the content of a charge ('accused X of
    imposing sanctions')?"""
    while trigger.dep_ == "pobj" and trigger.head.lower_ in _WORDS.of_preps and \
            trigger.head.head.lemma_.lower() in _ENACTING:
        trigger = trigger.head.head  # "condemned X's imposition of a new round of sanctions"
    if trigger.dep_ == "dobj" and trigger.head == verb:
        return True
    if trigger.dep_ == "dobj":  # "for imposing sanctions": the measure is the verb's object
        trigger = trigger.head
    prep = trigger.head
    # "condemned X over its sanctions", "in protest over X's remarks against Y": a deed done
    return trigger.dep_ in ("pcomp", "pobj") and prep.lower_ in _WORDS.factive_preps and (
        prep.head == verb or (prep.head.dep_ == "dobj" and prep.head.head == verb))


def _answered(kind: str, trigger: Token, verb: Token) -> bool:
    """Is the event one another act answers, and so done: condemned (:func:`_condemned`), a
    decision welcomed or rejected ('welcomed X's move to cut ties with Y'), or what any act is
    over or for ('summoned X's envoy over Y's decision to cut ties', 'banned Y's officials in
    retaliation for sanctions imposed by X')?"""
    if trigger.dep_ == "dobj" and trigger.head != verb and _infinitive(trigger.head) and \
            trigger.head.dep_ == "acl":
        trigger = trigger.head  # "the decision to impose [tariffs]"
    if _infinitive(trigger) and trigger.dep_ == "acl" and \
            trigger.head.lemma_.lower() in _WORDS.decision_nouns:
        trigger = trigger.head  # the decision is the event the act answers, if it is one's
        if not any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in trigger.children):
            return False
        if kind in _REACTIONS and trigger.dep_ == "dobj" and trigger.head == verb:
            return True
    if kind == "ACCUSE" and _condemned(trigger, verb):
        return True
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in _WORDS.factive_preps:
        return False
    token = trigger.head
    for _ in range(4):  # up through the phrase the 'over' or 'for' hangs in, to the act
        if token.head == verb:
            return True
        if token.dep_ not in ("prep", "pobj", "dobj"):
            return False
        token = token.head
    return False


def _purpose(trigger: Token, verb: Token) -> bool:
    """'expelled X's diplomats to protest Y's failure': a protest made by the act done for it
    (the infinitive of purpose of a verb in the past)."""
    clause = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return clause.dep_ == "advcl" and clause.head == verb and _infinitive(clause) and \
        verb.tag_ in ("VBD", "VBN") and not is_future(verb)


def matrix_events(found: list[tuple[Relation, Token]], cues: list[tuple[str, Token]],
                  light: frozenset[tuple[str, str]]) -> list[Relation]:
    """One sentence, one reading: an event embedded as the content of another type's cue
    ("agreed to provide aid", "threatened to impose sanctions", "refused to deploy troops")
    is not itself asserted, whether or not the governing event's roles were found; a light
    verb of the event's own type ("struck a deal", "sent aid") does not govern it. A promised
    or required act of a non-core type ("will provide aid", "must withdraw") is an intention
    or an obligation, also kept as not asserted; the promise of a cooperative act is itself
    an AGREE (PLOVER codes 'will meet X', 'will provide aid to X' so)."""
    # "warned that it would expel X's diplomats", "summoned X's envoy to express concern
    # over Y": one speaker's act of one type read by two triggers, the one not embedding the
    # other
    same = {(r.evidence.start, r.type, r.source, t.i) for r, t in found if not r.negated}
    # "will withdraw ... if": a threat
    threats = {t.i for r, t in found if r.type == "THREATEN" and not r.negated}
    kept: dict[tuple[Any, ...], Relation] = {}
    stated = {_key(r) for r, _ in found if r.type == "THREATEN"}  # a threat found as such
    # "expelled X's envoy, accusing Y of spying": the reason names whom it accuses
    reasons = {(r.source, t.head.i) for r, t in found if r.type == "ACCUSE" and not r.negated
               and t.dep_ in ("advcl", "conj")}
    # one event embeds another of its own sentence only: each is compared with those alone
    by_sentence = _by_sentence([*found, *cues])
    for relation, trigger in found:
        local_events, local_cues = by_sentence[sentence_start(trigger)]
        # a core event yields only to an event found; another type to any cue word; a demand
        # to punish X accuses X ("demanded an embargo on X"), so ACCUSE yields to no REQUEST,
        # nor to a warning to stop a wrong
        stopping = relation.type == "ACCUSE" and trigger.lemma_.lower() in _STOPPING
        act = (relation.evidence.start, relation.type, relation.source)
        governors = [(k, t) for k, t in local_events if (*act, t.i) not in same
                     and not (relation.type == "ACCUSE" and (k == "REQUEST" or (
                         trigger.pos_ == "NOUN" and t.lemma_.lower() in _DISMISSING) or (
                         k == "THREATEN" and stopping)))] \
            if relation.type in CORE else [(k, t) for k, t in local_cues if k != relation.type]
        if relation.type in CORE and _infinitive(trigger) and not stopping:
            # "the threats to break the pact with X": a threatened act, found as a threat or not
            governors += [(k, t) for k, t in local_cues
                          if k == "THREATEN" and k != relation.type]
        # "refused to rule out sanctions": a refusal the event's own reading took as a negator
        # ('not ruled out' threatens) does not embed it
        negating = relation.mode == ASSERTED and mode_of(trigger) == NEGATED
        # "condemned the suspension of the pact by X": what is condemned was done
        embedded = relation.family not in _UNEMBEDDED and any(
            other.lemma_ != trigger.lemma_ and embeds(other, trigger)
            and not (negating and other.lemma_.lower() in _WORDS.cancel_verbs)
            and (relation.type, other.lemma_.lower()) not in light
            and not _answered(kind, trigger, other)
            and not (relation.type == "ACCUSE" and _purpose(trigger, other))
            and other.lemma_.lower() not in _WORDS.defying_verbs  # a deed done
            for kind, other in governors)
        found_here = [relation]
        # "will provide aid to X"; a conditional offer is still an offer: "would meet X if"
        if not embedded and relation.type in _PROMISABLE and is_future(trigger) and \
                trigger.i not in threats:
            refused = mode_of(trigger, conditional_ok=True) if relation.negated else ASSERTED
            found_here.append(retyped(replace(relation, mode=refused), "AGREE"))
        vow = _vowed(relation, trigger, local_cues) if embedded else None
        if vow is not None and _key(retyped(relation, "THREATEN")) not in stated:
            found_here.append(retyped(replace(relation, mode=mode_of(vow, conditional_ok=True)),
                                      "THREATEN"))
        if relation.type in _MEASURES and not embedded and not relation.negated and \
                (relation.source, trigger.i) not in reasons and (
                    stated_wrong(trigger) or stated_deed(trigger, relation.target) or
                    in_protest(trigger)):
            # "cut ties with X, citing terrorism", "expelled X's diplomats for alleged
            # subversive activities", "recalled its envoy in protest"
            found_here.append(retyped(relation, "ACCUSE"))
        if relation.type == "SANCTION" and relation.mode != NEGATED and (
                planned(trigger) or _announced(trigger) or _announced(trigger, _POSSIBLE)):
            # "EU to freeze funds to X", "may stop supplies to X": announced or possible, not
            # in force (PLOVER: THREATEN)
            found_here = [replace(relation, mode=HYPOTHETICAL),
                          retyped(replace(relation, mode=ASSERTED), "THREATEN"), *found_here[1:]]
        elif relation.type == "SANCTION" and relation.mode == ASSERTED and not embedded and \
                _announced(trigger, _REPORTED_FUTURE):
            # "said it would prohibit aid to X": a decision reported (PLOVER: the measure),
            # whose announcement also threatens X
            found_here.append(retyped(relation, "THREATEN"))
        modals = MODALS if relation.type == "REQUEST" else _OBLIGED  # "X must"
        if embedded or (relation.type not in CORE and is_future(trigger, modals)) or \
                (relation.type == "SANCTION" and _announced(trigger)):
            found_here[0] = replace(relation, mode=either(relation.mode, HYPOTHETICAL))
        # a pair's one reading in a sentence: asserted if any trigger asserts it, else the
        # most confident
        for one in found_here:
            pair = _key(one)[:-1]
            if pair not in kept or (one.negated, -one.confidence) < (
                    kept[pair].negated, -kept[pair].confidence):
                kept[pair] = one
    return list(kept.values())


def _by_sentence(found: list[tuple[Relation, Token] | tuple[str, Token]]
                 ) -> dict[int, tuple[list[tuple[str, Token]], list[tuple[str, Token]]]]:
    """Per sentence start, the events asserted there (type, trigger) and the cues."""
    grouped: dict[int, tuple[list[tuple[str, Token]], list[tuple[str, Token]]]] = {}
    for item, token in found:
        events, cues = grouped.setdefault(sentence_start(token), ([], []))
        if isinstance(item, str):
            cues.append((item, token))
        elif not item.negated:
            events.append((item.type, token))
    return grouped


def _announced(trigger: Token, futures: frozenset[str] = _PLAIN_FUTURE) -> bool:
    """'Canada will impose a tariff on X': a measure not yet in force is not taken (PLOVER
    codes the announcement as a threat)."""
    verb = trigger.head if trigger.pos_ not in ("VERB", "AUX") and \
        trigger.dep_ in ("dobj", "nsubjpass") else trigger
    return verb.pos_ in ("VERB", "AUX") and is_future(verb, futures)


def _infinitive(trigger: Token) -> bool:
    """'to break': a verb in the infinitive, an act not (yet) done."""
    return trigger.pos_ == "VERB" and any(c.dep_ == "aux" and c.tag_ == "TO"
                                          for c in trigger.children)


def _vowed(relation: Relation, trigger: Token, cues: list[tuple[str, Token]]) -> Token | None:
    """The threat cue whose own infinitive holds a hostile act ('vowed to [strike X]'), so the
    act's subject is the threatener; not a clause about someone else ('warned that X will')."""
    if relation.type not in _HOSTILE:
        return None
    for kind, cue in cues:
        vowing = cue.lemma_.lower() in _VOWING or (
            cue.lemma_.lower() in _THREAT_NOUNS and _infinitive(trigger))
        if kind != "THREATEN" or not vowing or cue.lemma_ == trigger.lemma_ or \
                not embeds(cue, trigger):
            continue
        token = trigger
        while token != cue and token.head != token and token.dep_ not in ("ccomp", "advcl"):
            token = token.head
        if token == cue:
            return cue
    return None
