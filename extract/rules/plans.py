"""Announced measures that are not yet in force: PLOVER codes them as threats.

"EU to freeze funds to X" (a headline's infinitive), "Canada is to impose sanctions on X",
"is set to impose tariffs on X", "the Commission's proposal to suspend funds to X", "is
weighing sanctions against X", "is considering suspending ties with X": the measure is
planned, not taken, so it threatens its target; the measure itself is not asserted.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["planned"]

_WORDS = lexicon().words


def planned(trigger: Token) -> bool:
    """Is the measure named by ``trigger`` (its verb, or a noun it governs) only planned?"""
    noun = trigger
    if noun.dep_ == "pobj" and noun.head.lower_ in _WORDS.of_preps and \
            noun.head.head.lemma_.lower() in _WORDS.quantity_nouns:
        noun = noun.head.head  # "a package of sanctions"
    if noun.dep_ == "pobj" and noun.head.lower_ in _WORDS.of_preps and \
            noun.head.head.lemma_.lower() in _WORDS.plan_nouns | _WORDS.announcing_nouns:
        return True  # "the announcement of tariffs on X", "a plan of sanctions"
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in _WORDS.plan_verbs:
        return True  # "is weighing sanctions against X"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WORDS.plan_verbs:
        return True  # "is considering suspending ties with X", "weighs cutting aid to X"
    if verb.pos_ not in ("VERB", "AUX") or not _infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ == "ROOT":  # "Canada to impose sanctions on X"
        return any(c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ == "xcomp" and head.lemma_.lower() in _WORDS.copulas:
        return True  # "Canada is to impose sanctions"
    if verb.dep_ == "xcomp" and head.lower_ in _WORDS.plan_participles:
        return True  # "Canada is set to impose sanctions", "is due to cut aid"
    if verb.dep_ == "acl":  # "EU to freeze funds", "the proposal to suspend funds"
        return (head.dep_ == "ROOT" and head.pos_ == "PROPN") or \
            head.lemma_.lower() in _WORDS.plan_nouns
    return False


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WORDS.infinitive_markers for c in verb.children)
