"""Whose is a judged act or statement: its owner named in its own phrase ('Y's decision', 'a
report issued by Y'), else, for the acts and statements the article may leave unowned ('the
move', 'the decision'), the one named before (:mod:`actorgraph.extract.context`).

The families that judge, condemn or disapprove of a thing read its owner here
(:mod:`~actorgraph.extract.rules.evaluation`, :mod:`~actorgraph.extract.rules.disapproval`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.extract.context import DocumentContext
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.rules.registry import Context
from actorgraph.extract.rules.roles import possessor_suffers
from actorgraph.extract.speech import actors_of, expand
from actorgraph.graph.model import Mention

__all__ = ["Found", "owned", "owners"]

_LEX = lexicon()
_WORDS = _LEX.words
_NOUNS = frozenset(_LEX.evaluated_nouns)
_PATIENTS = frozenset(_LEX.patient_nouns)
_MODIFIERS = ("poss", "compound", "amod", "nmod")
_POSSESSIVE_PRONOUN, _PLURAL = "PRP$", "NNS"
# sources, targets, mode, and whether the targets come from the article before
Found = tuple[list[Mention], list[Mention], str, bool]


def owned(ctx: Context, thing: Token, sources: list[Mention], mode: str) -> Found | None:
    """The owners of the thing judged, from its phrase or else from the article."""
    if not sources:
        return None
    if thing.lower_ in _WORDS.thing_pronouns:  # "rejected the claim, describing it as a lie"
        thing = _antecedent_noun(ctx, thing) or thing
    targets = actors_of(ctx.doc, [thing], ctx.index, modifiers=False) or \
        owners(ctx.doc, ctx.index, thing)
    from_context = not targets
    if from_context:
        if thing.lemma_.lower() not in _NOUNS | _PATIENTS or _named_owner(thing) or \
                not _particular(thing):
            return None
        mine = {s.actor for s in sources}
        coup = thing.lemma_.lower() in _WORDS.coup_nouns  # plotted at home, never by a bloc
        targets = DocumentContext(ctx.doc, ctx.index).owner(
            thing, mine, owners, coup, besides=_sufferers(ctx, thing))
        if coup:
            targets = [t for t in targets
                       if getattr(ctx.doc._.actors.get(t.actor), "sector", None) != "IGO"]
    mine = {s.actor for s in sources}
    return sources, [t for t in targets if t.actor not in mine], mode, from_context


def owners(doc: Doc, index: dict[int, Mention], thing: Token) -> list[Mention]:
    """Who a judged thing belongs to, from its own phrase: 'Y's decision', 'the Y statement',
    'a report issued by Y', 'a plan by Y', 'the statement of Y', 'a list of demands from Y'."""
    counted = [o for p in thing.children if p.dep_ == "prep" and p.lower_ in _WORDS.of_preps
               for o in p.children if o.dep_ == "pobj"]
    if thing.lemma_.lower() in _WORDS.quantity_nouns and counted:
        thing = counted[0]  # "a list of demands from Y": the demands' owner
    # "the senator's detention": the possessor of a patient noun is who suffered the act
    patient = thing.lemma_.lower() in _PATIENTS
    suffers = possessor_suffers(thing)  # "his detention"; not "X's arrest of Y"
    deps = _MODIFIERS[1:] if suffers else _MODIFIERS
    modifiers = [t for c in thing.children if c.dep_ in deps for t in expand(c)]
    found = actors_of(thing.doc, modifiers, index, modifiers=False)
    if found or (not suffers and any(c.dep_ == "poss" for c in thing.children)):
        return found  # "Y's statements from Z" are Y's, named or not
    preps = _WORDS.owner_preps - _WORDS.of_preps if patient else _WORDS.owner_preps
    objects = [o for c in thing.children if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]
    objects += [o for c in thing.children if c.dep_ == "acl" for a in c.children
                if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    # "the raid on the embassy by Y": the parser hangs the doer on the object of the act
    objects += [o for c in thing.children if c.dep_ == "prep" for p in c.children
                if p.dep_ == "pobj" for b in p.children
                if b.dep_ == "prep" and b.lower_ in _WORDS.agent_preps
                for o in b.children if o.dep_ == "pobj"]
    # "regrets the closure by Y": the parser hangs the doer on the active verb of the object
    verb = thing.head
    if thing.dep_ == "dobj" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in
                                        verb.children):
        objects += [o for b in verb.children if b.dep_ == "prep" and b.i > thing.i and
                    b.lower_ in _WORDS.agent_preps for o in b.children if o.dep_ == "pobj"]
    # "the coup, in which General X ousted the president": the doer the clause names
    objects += [s for c in thing.children if c.dep_ == "relcl" and any(
        p.dep_ == "prep" and p.i < c.i for p in c.children) for s in c.children
        if s.dep_ == "nsubj"]
    return actors_of(thing.doc, [t for o in objects for t in expand(o)], index)


def _named_owner(thing: Token) -> bool:
    """Does the thing's phrase name an owner that is no actor ('the ruling party's actions')?
    Then it is that owner's, not one named before (not so the one who suffered an act: 'the
    journalist's detention')."""
    return not possessor_suffers(thing) and any(
        c.dep_ == "poss" and c.tag_ != _POSSESSIVE_PRONOUN for c in thing.children)


def _particular(thing: Token) -> bool:
    """Does the thing refer to a particular act ('the move', 'this step', 'a coup')? A
    quantifier, a determiner that is no article and no demonstrative ('any move against us',
    'every decision'), refers to none named before."""
    return all(d.morph.get("PronType", []) for d in thing.children if d.dep_ == "det")


def _sufferers(ctx: Context, thing: Token) -> frozenset[str]:
    """Who an act was done to, named with it ('Cheng's detention', 'the arrest of its
    citizens'): never its doer."""
    if thing.lemma_.lower() not in _PATIENTS:
        return frozenset()
    held = [c for c in thing.children if c.dep_ == "poss"] + [
        o for p in thing.children if p.dep_ == "prep" and p.lower_ in _WORDS.of_preps
        for o in p.children if o.dep_ == "pobj"]
    named = actors_of(ctx.doc, [t for h in held for t in expand(h)], ctx.index)
    # "Ms Cheng's detention" with "Ms Cheng" unresolved: whoever the article calls Cheng
    names = {h.lower_ for h in held if h.pos_ == "PROPN"}
    return frozenset([*(m.actor for m in named), *(
        m.actor for m in ctx.index.values() if set(m.text.lower().split()[-1:]) & names)])


def _antecedent_noun(ctx: Context, pronoun: Token) -> Token | None:
    """'rejected the claim, describing it as ...': the noun the pronoun takes up, singular as
    the pronoun is ('the execution provoked protests, with X calling it ...'); a relative
    'that' takes up the noun its clause describes ('sources that are illegal')."""
    if pronoun.head.dep_ == "relcl":  # not past another clause: a misattached relative
        noun = pronoun.head.head
        between = pronoun.doc[noun.i + 1: pronoun.i]
        return None if any(t.pos_ in ("VERB", "AUX") for t in between) else noun
    for token in reversed(list(pronoun.sent[: pronoun.i - pronoun.sent.start])):
        if token.pos_ == "NOUN" and token.i not in ctx.index and token.tag_ != _PLURAL and \
                token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
            return token
    return None


