"""Is an event asserted? Negation, denial, refusal and hypotheticals say it is not.

"did not accuse", "never threatened", "denied sanctioning", "refused to condemn" are
``negated``; "if Tehran is attacked", "called for sanctions", "will impose sanctions unless"
are ``hypothetical`` (PLOVER's modes). Such relations are kept with their mode so the graph can
leave them out by default while the evidence stays inspectable.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.graph.model import MODES

__all__ = ["ASSERTED", "HYPOTHETICAL", "NEGATED", "either", "has_negator", "in_condition",
           "mode_of", "negated"]

ASSERTED, NEGATED, HYPOTHETICAL = MODES
_WORDS = lexicon().words
_MODALS = lexicon().modals
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "nsubjpass"}
# Up from the trigger through complements and noun phrases; not out of an adverbial clause
# ("When we say X did it, it isn't merely a claim": X's deed is still claimed).
_UP = ("xcomp", "ccomp", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "conj")
# what is said or charged: "denied X's claim that ...", "dismissed the charges against Y"
# dispute the content of something that was said, not that it was said
_SAID = frozenset([*lexicon().claim_nouns, *lexicon().types["ACCUSE"].nouns])


def mode_of(trigger: Token, *, conditional_ok: bool = False) -> str:
    """'did not accuse', 'no sanctions', 'denied threatening': negated; a trigger inside an
    'if' clause or the complement of 'called for': hypothetical; else asserted.

    ``conditional_ok``: the event may be conditional and still asserted (a conditional threat
    is a threat); otherwise a measure promised under a condition is not asserted. A cancelling
    verb counts only over its complement ("failed to sanction"), not over an adjunct clause
    ("failed in the coup, claiming ...").
    """
    if not conditional_ok and _conditional_future(trigger):
        return HYPOTHETICAL
    token, via, came = trigger, "", trigger
    for _ in range(4):
        if has_negator(token):
            # "never stopped its hostile actions": an event not ended goes on
            return ASSERTED if via in _COMPLEMENTS and token.lemma_.lower() in \
                _WORDS.halt_verbs else NEGATED
        if via == "dobj" and came.lemma_.lower() in _SAID:
            return ASSERTED  # "rejected X's accusations": X did accuse
        if via in _COMPLEMENTS and token.lemma_.lower() in _WORDS.cancel_verbs and \
                not _appended(came, token):
            return NEGATED
        if via in _COMPLEMENTS and token.lemma_.lower() in _WORDS.irrealis_verbs and \
                not _summons(token):
            return HYPOTHETICAL
        if in_condition(token):
            return HYPOTHETICAL
        if token.head.i == token.i or token.dep_ not in _UP or \
                (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            break  # a coordinated clause has its own polarity
        if token.dep_ == "relcl" and (token.head.pos_ == "PROPN" or _after_comma(token) or
                                      _own_subject(token)):
            break  # "the Netherlands, which accuses them", "stop the migrants that it
            # accuses X of sending": said of a name, or another's act, its own
        if token.dep_ == "pcomp" and token.head.lower_ in _WORDS.sequence_preps:
            break  # "called for protests hours after accusing X": a deed before, its own
        token, via, came = token.head, token.dep_, token
    return ASSERTED


def _summons(verb: Token) -> bool:
    """'called in X's envoy to protest': a summons, whose purpose is done, not a wish."""
    phrasal, particle = _WORDS.summon_phrasal
    return verb.lemma_.lower() == phrasal and any(
        c.lower_ == particle and c.dep_ in ("prep", "prt") for c in verb.children)


def _after_comma(clause: Token) -> bool:
    """A relative clause set off by a comma adds to its noun ('the ministry, which ...')."""
    first = clause.left_edge
    return first.i > 0 and first.doc[first.i - 1].is_punct


def _own_subject(clause: Token) -> bool:
    """Has a relative clause a subject other than its relative pronoun ('the migrants that
    it accuses', not 'any moves that would reduce')?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
               for c in clause.children)


def _appended(clause: Token, verb: Token) -> bool:
    """'X accused Y of Z, a charge Y denies': a cancelling verb after the clause with an
    object of its own comments on what was said, it does not cancel the saying (the parser
    hangs the clause on it as a complement)."""
    return clause.i < verb.i and any(c.dep_ == "dobj" for c in verb.children)


def negated(trigger: Token, *, conditional_ok: bool = False) -> bool:
    """Not asserted: :func:`mode_of` is negated or hypothetical."""
    return mode_of(trigger, conditional_ok=conditional_ok) != ASSERTED


def either(*modes: str) -> str:
    """The first mode that is not asserted: an event denied or embedded anywhere is not
    asserted."""
    return next((m for m in modes if m != ASSERTED), ASSERTED)


def has_negator(token: Token) -> bool:
    """A negator on the token: 'not', 'never', 'no sanctions', 'no longer'."""
    no, longer = _WORDS.no_longer
    return any((c.dep_ == "neg" and not _adds(c))
               or (c.lower_ in _WORDS.negators and c.dep_ in ("det", "advmod"))
               or (c.lower_ == longer and any(g.lower_ == no for g in c.children))
               for c in token.children)


def _adds(negator: Token) -> bool:
    """'not only ... but also': a 'not' that adds, not denies."""
    after = negator.doc[negator.i + 1] if negator.i + 1 < len(negator.doc) else negator
    return after.lower_ in _WORDS.additive_focus


def _conditional_future(trigger: Token) -> bool:
    """'will boycott the elections unless ...': a measure promised under a condition is a
    threat, not the measure itself."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) and \
        any(in_condition(c) for c in verb.children)


def in_condition(token: Token) -> bool:
    """Is this clause the condition of another ('if Tehran is attacked')?"""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _WORDS.conditions
                                         for c in token.children)
