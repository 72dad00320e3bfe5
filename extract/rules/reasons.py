"""Measures with a stated wrong: a sanction given for a wrong accuses its target.

"cut ties with X, citing terrorism", "severed relations with X over its hostile actions",
"banned X's flights for allegedly supporting terrorist groups": the imposer names a wrong of
the target as the reason (PLOVER: the sanction and an ACCUSE). The reason is a prepositional
phrase, a participle or a reason clause of the measure whose words include a wrong (the
lexicon's ``wrongs``, ``pejoratives``, ``evaluations``), a hostile act done ('for undermining
democracy', 'saying they had funded the gangs': the ACCUSE ``acts`` as verbs) or an alleging
adverb.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["stated_wrong"]

_LEX = lexicon()
_WORDS = _LEX.words
_WRONGS = frozenset([*_LEX.wrongs, *_LEX.pejoratives, *_LEX.evaluations,
                     *_WORDS.alleging_adverbs])
_ACTS = frozenset(_LEX.types["ACCUSE"].acts)


def stated_wrong(trigger: Token) -> bool:
    """Does the measure ``trigger`` (a verb, or a noun and the verb it hangs from) give a
    wrong as its reason?"""
    heads = [trigger]
    if trigger.pos_ not in ("VERB", "AUX") and trigger.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger.head)
    # "expelled three diplomats for alleged spying": the parser hangs the reason on the object
    heads += [c for c in trigger.children if c.dep_ == "dobj"]
    return any(_wrong(reason) for head in heads for reason in _reasons(head))


def _reasons(head: Token) -> list[Token]:
    found = []
    for child in head.children:
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if (child.dep_ in ("prep", "amod") and child.lower_ in _WORDS.reason_preps) or (
                child.dep_ in ("advcl", "xcomp") and (
                    child.lemma_.lower() in _WORDS.reason_verbs
                    or marks & _WORDS.reason_marks)):
            found.append(child)
    return found


def _wrong(reason: Token) -> bool:
    return any(t.lemma_.lower() in _WRONGS or t.lower_ in _WRONGS or (
        t.pos_ == "VERB" and t.lemma_.lower() in _ACTS) for t in reason.subtree)
