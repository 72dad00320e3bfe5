"""Measures with a stated wrong: a sanction given for a wrong accuses its target.

"cut ties with X, citing terrorism", "severed relations with X over its hostile actions",
"banned X's flights for allegedly supporting terrorist groups": the imposer names a wrong of
the target as the reason (PLOVER: the sanction and an ACCUSE). The reason is a prepositional
phrase, a participle or a reason clause of the measure whose words include a wrong (the
lexicon's ``wrongs``, ``pejoratives``, ``evaluations``), a hostile act done ('for undermining
democracy', 'saying they had funded the gangs': the ACCUSE ``acts`` as verbs) or an alleging
adverb; or a deed the reason says the target did ('citing X's offensive', 'citing US
intervention', 'in response to X's actions', 'in protest after X hosted the rebels'): punishing
someone for it accuses them.
"""

from __future__ import annotations

from spacy.tokens import Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["in_protest", "stated_deed", "stated_wrong"]

_LEX = lexicon()
_WORDS = _LEX.words
_WRONGS = frozenset([*_LEX.wrongs, *_LEX.pejoratives, *_LEX.evaluations,
                     *_WORDS.alleging_adverbs, *_WORDS.shortcoming_nouns])
_ACTS = frozenset(_LEX.types["ACCUSE"].acts)
# "in response to X's strikes", "in protest at X's decision": a measure's answer to a deed
_PROTESTS = frozenset(_LEX.types["ACCUSE"].light_nouns)
_ANSWERS = frozenset([*_WORDS.response_nouns, *_PROTESTS])
_DOERS = ("poss", "nsubj")
_OWNING = ("compound", "amod")  # the owner named before a deed: 'US intervention'
_EVENTS = _LEX.event_nouns()


def stated_wrong(trigger: Token) -> bool:
    """Does the measure ``trigger`` (a verb, or a noun and the verb it hangs from) give a
    wrong as its reason?"""
    return any(_wrong(reason) for head in _heads(trigger) for reason in _reasons(head))


def in_protest(trigger: Token) -> bool:
    """Is the measure taken 'in protest' at no one named ('recalled its envoy in protest', 'in
    protest of the incident')? Such a protest accuses whom the measure is aimed at; one at
    someone's deed accuses them (the ``objection`` family)."""
    spans = [(m.start, m.end) for m in trigger.doc._.mentions or ()]

    def named(tokens: list[Token]) -> bool:
        return any(start <= t.idx < end for t in tokens for start, end in spans)

    for head in _heads(trigger):
        for c in head.children:
            protest = next((o for o in c.children if o.dep_ == "pobj"
                            and o.lemma_.lower() in _PROTESTS), None)
            if c.dep_ != "prep" or c.lower_ not in _WORDS.response_preps or protest is None:
                continue
            # what it is about, on the protest or (as the parser may hang it) after it
            about = [*protest.subtree, *(t for p in head.children if p.dep_ == "prep"
                                         and p.i > protest.i for t in p.subtree)]
            return not named(about)
    return False


def stated_deed(trigger: Token, target: str) -> bool:
    """Does the measure's stated reason name its target as the doer of a deed ('citing X's
    offensive', 'in response to X's actions', 'after X hosted the rebels', 'over strikes by
    X')? Punishing someone for what they did accuses them of it."""
    actors = trigger.doc._.actors or {}
    state = getattr(actors.get(target), "kind", None) == "GOVERNMENT"
    country = getattr(actors.get(target), "country", None)
    own = [(m.start, m.end) for m in trigger.doc._.mentions or () if m.actor == target]
    # a body of the state targeted as owner ('citing Israel's military offensive'), not as
    # a doer in its own right ('after the army seized power')
    bodies = [(m.start, m.end) for m in trigger.doc._.mentions or () if state and country
              and m.actor != target and getattr(actors.get(m.actor), "country", None) == country]
    if not own and not bodies:
        return False
    heads = _heads(trigger)
    # "banned X's ships from docking ... in response to ...": the answer hung a clause lower
    heads += [v for h in heads for p in h.children if p.dep_ == "prep"
              for v in p.children if v.dep_ == "pcomp"]
    reasons = [r for head in heads for r in [*_reasons(head), *_answers(head)]]
    # a deed named by its owner ('citing US intervention') only in a clause or an answer: a
    # measure's 'for' is also whom it covers ('the visa regime for Georgian passport holders')
    clauses = {r.i for r in reasons if r.dep_ != "prep" or r.lower_ in _WORDS.response_preps}

    def within(token: Token, spans: list[tuple[int, int]]) -> bool:
        return any(start <= token.idx < end for start, end in spans)

    def doer(token: Token, reason: Token) -> bool:
        return token.dep_ in _DOERS or (token.dep_ == "pobj"
                                        and token.head.lower_ in _WORDS.agent_preps) or (
            token.dep_ in _OWNING and token.head.lemma_.lower() in _EVENTS
            and reason.i in clauses)  # "citing US intervention", not "US envoys"

    return any((doer(t, reason) and within(t, own)) or (t.dep_ == "poss" and within(t, bodies))
               for reason in reasons for t in reason.subtree)


def _heads(trigger: Token) -> list[Token]:
    while trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN":  # "a ban and sanctions"
        trigger = trigger.head
    prep = trigger.head  # "a new round of sanctions on X for ...": the round's reason
    if trigger.dep_ == "pobj" and prep.lower_ in _WORDS.of_preps and \
            prep.head.lemma_.lower() in _WORDS.quantity_nouns:
        trigger = prep.head
    heads = [trigger]
    if trigger.pos_ not in ("VERB", "AUX") and trigger.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger.head)
    # "expelled three diplomats for alleged spying": the parser hangs the reason on the object
    return heads + [c for c in trigger.children if c.dep_ == "dobj"]


def _answers(head: Token) -> list[Token]:
    """'in response to ...', 'in protest at ...', and a clause of what prompted the measure
    ('after X hosted the rebels')."""
    return [c for c in head.children if (
        c.dep_ == "prep" and c.lower_ in _WORDS.response_preps and any(
            o.lemma_.lower() in _ANSWERS for o in c.children if o.dep_ == "pobj")) or (
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _WORDS.prompting_marks
                                  for m in c.children))]


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
