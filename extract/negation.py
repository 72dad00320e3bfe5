"""Is an event asserted? Negation, denial, refusal and hypotheticals say it is not.

"did not accuse", "never threatened", "denied sanctioning", "refused to condemn", "if Tehran is
attacked", "may consider sanctions": such relations are kept with ``negated=True`` so the graph
can leave them out by default while the evidence stays inspectable.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["has_negator", "in_condition", "negated"]

# Verbs that cancel the event of their complement: "denied accusing", "refused to sanction".
_CANCEL = {"deny", "reject", "refuse", "decline", "fail", "dismiss", "refute", "avoid",
           "stop", "cease", "abandon", "drop", "lift", "ease", "remove", "rule", "oppose",
           "withdraw", "question", "doubt", "block", "veto", "prevent", "thwart", "scrap",
           "revoke", "rescind", "suspend", "postpone", "delay"}
# Verbs whose complement is wanted, not done: "called for sanctions", "urged X to attack".
_IRREALIS = {"call", "demand", "urge", "seek", "propose", "consider", "want", "push", "press",
             "advocate", "plan", "weigh", "mull", "discuss", "debate", "ask", "recommend",
             "request", "appeal", "hope", "wish"}
_NEGATORS = {"not", "n't", "never", "no"}
_MODALS = {"will", "would", "could", "shall", "may", "might", "'ll", "wo"}
_CONDITIONS = {"if", "unless", "whether"}
_COMPLEMENTS = {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "nsubjpass"}
# Up from the trigger through complements and noun phrases; not out of an adverbial clause
# ("When we say X did it, it isn't merely a claim": X's deed is still claimed).
_UP = ("xcomp", "ccomp", "acl", "relcl", "pcomp", "dobj", "pobj", "prep", "conj")


def negated(trigger: Token, *, conditional_ok: bool = False) -> bool:
    """'did not accuse', 'no sanctions', 'denied threatening', a trigger inside an 'if' clause.

    ``conditional_ok``: the event may be conditional and still asserted (a conditional threat
    is a threat); otherwise a measure promised under a condition is not asserted. A cancelling
    verb counts only over its complement ("failed to sanction"), not over an adjunct clause
    ("failed in the coup, claiming ...").
    """
    if not conditional_ok and _conditional_future(trigger):
        return True
    token, via = trigger, ""
    for _ in range(4):
        if has_negator(token):
            return True
        if via in _COMPLEMENTS and token.lemma_.lower() in _CANCEL | _IRREALIS:
            return True
        if in_condition(token):
            return True
        if token.head.i == token.i or token.dep_ not in _UP or \
                (token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")):
            break  # a coordinated clause has its own polarity
        token, via = token.head, token.dep_
    return False


def has_negator(token: Token) -> bool:
    """A negator on the token: 'not', 'never', 'no sanctions', 'no longer'."""
    return any(c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("det", "advmod"))
               or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
               for c in token.children)


def _conditional_future(trigger: Token) -> bool:
    """'will boycott the elections unless ...': a measure promised under a condition is a
    threat, not the measure itself."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children) and \
        any(in_condition(c) for c in verb.children)


def in_condition(token: Token) -> bool:
    """Is this clause the condition of another ('if Tehran is attacked')?"""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS
                                         for c in token.children)
