"""Tell an entity that acts from one that is only cited, located, used or named.

The statistical model tags "Politico", "AK-47s", "Donbass" and "Reuters" as entities, but a
news outlet cited as a source ("according to Reuters", "told Politico"), a place ("traders in
Tehran"), a weapon or a concept ("identified as Mohareb") is not an actor. These rules look
only at the syntax around the span, so they carry over to any article.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["is_affixed", "is_argument", "is_capital_description", "is_citation", "is_medium",
           "is_named_concept", "is_place_use", "is_unnamed"]

_WORDS = lexicon().words
_VERBS = ("VERB", "AUX")
_ACCUSATIONS = frozenset(lexicon().types["ACCUSE"].nouns)
# "lashed out at X", "hit out at X": a core verb's own preposition names its target, not a place
_TARGETING = frozenset(pair for kind in ("ACCUSE", "THREATEN", "SANCTION")
                       for pair in lexicon().types[kind].target_pairs())
# "took aim at X", "closed its border with X": a core phrase ending in a preposition names its
# target after it, wherever the parser hangs the preposition
_PHRASE_ENDS = frozenset(tuple(p.split()) for kind in ("ACCUSE", "THREATEN", "SANCTION")
                         for p in lexicon().phrases.get(kind, ()))
_MODEL_NUMBER = re.compile(r"[A-Za-z]-\d|\d-[A-Za-z]")


def _governor(span: Span) -> Token:
    """The token the span hangs from, following coordination up ("X and Y" -> X's head)."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_citation(span: Span) -> bool:
    """'according to X', 'told X', 'verified by X', 'in an interview with X'."""
    token = _governor(span)
    head = token.head
    if token.dep_ == "pobj":
        prep = head
        according, to = _WORDS.according_to
        if prep.lower_ == to and prep.head.lower_ == according:
            return True
        if prep.lower_ in _WORDS.citing_preps and (
                prep.head.lemma_.lower() in _WORDS.citing_verbs
                or prep.head.lower_ in _WORDS.source_nouns):
            return True
    return token.dep_ in ("dobj", "dative", "iobj") and \
        head.lemma_.lower() in _WORDS.telling_verbs and _said_clause(head)


def _said_clause(verb: Token) -> bool:
    """'..., X told Reuters' vs 'Trump told Putin to stop': a citation has no infinitive."""
    return not any(c.dep_ == "xcomp" for c in verb.children)


def is_place_use(span: Span) -> bool:
    """'unrest in Tehran', 'the city of Herat', 'the Sumy region': the name is where, not who."""
    token = _governor(span)
    if token.dep_ == "compound" and token.head.lemma_.lower() in _WORDS.place_nouns:
        return True  # "the Sumy region"
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if _envoy_phrase(prep.head):
        return False  # "its ambassador in France": the host state, a party
    if prep.head.lemma_.lower() in _ACCUSATIONS:
        return False  # "met with criticism in France": who criticises
    if (prep.head.lemma_.lower(), prep.lower_) in _TARGETING or _ends_phrase(prep):
        return False  # "lashed out at France", "took aim at France": whom
    if prep.head.lemma_.lower() in _WORDS.origin_verbs:
        return False  # "seafood originating in Japan": the state goods come from, a party
    # "the town of X", "the border between X and Y"; not "the deal between X and Y"
    placed = prep.lower_ in _WORDS.of_preps | _WORDS.between_preps
    return prep.lower_ in _WORDS.locative_preps or (
        placed and prep.head.lemma_.lower() in _WORDS.place_nouns)


def _ends_phrase(prep: Token) -> bool:
    """Is the preposition the last word of a core phrase cue ('took aim at')?"""
    words = [t.lower_ for t in prep.doc[max(0, prep.i - 5):prep.i + 1]]
    return any(tuple(words[-n:]) in _PHRASE_ENDS for n in range(2, len(words) + 1))


def _envoy_phrase(head: Token) -> bool:
    """An envoy, a verb acting on one ('recalled its envoy in Peru'), or one's own mission
    ('closed its embassy in Dublin': the host state)."""
    return head.lemma_.lower() in _WORDS.envoy_nouns or (head.pos_ in _VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _WORDS.envoy_nouns for c in head.rights)) or (
        head.lemma_.lower() in _WORDS.mission_nouns and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children))


def is_medium(span: Span) -> bool:
    """'posted on X', 'a Telegram channel': a platform or a name used as a modifier."""
    token = _governor(span)
    if token.dep_ == "pobj" and token.head.lower_ in _WORDS.medium_preps and \
            token.head.head.lemma_.lower() in _WORDS.posting_words:
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in _WORDS.posting_words


def is_named_concept(span: Span) -> bool:
    """'identified as Mohareb', 'is Mohareb': a predicate, not a participant (but a person's
    full name names people: 'The accused are Nathan Lee and Anna Kwan')."""
    if span.label_ == "PERSON" and len(span) > 1:
        return False
    token = _governor(span)
    if token.dep_ in ("attr", "acomp", "oprd"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _WORDS.as_preps


def is_unnamed(span: Span) -> bool:
    """Not a name at all: a model number ('AK-47s'), one letter, no capitalised word, a
    doctrine or a fear ('Russophobia', 'Zionism'), or a description in capitals ('the
    Kingdom', 'the Sultanate': the state named before)."""
    text = span.text
    if _MODEL_NUMBER.search(text) or len(text.strip(". ")) <= 1:
        return True
    if len(span) == 1 and text.lower().endswith(tuple(_WORDS.doctrine_endings)):
        return True
    return not any(ch.isupper() for ch in text) or is_capital_description(span)


def is_capital_description(span: Span) -> bool:
    """'the Kingdom', 'the Bloc': a definite description written with a capital."""
    words = [t for t in span if t.lower_ not in _WORDS.definite_articles]
    return len(words) == 1 and words[0].lower_ in _WORDS.kingdom_nouns | _WORDS.bloc_nouns


def is_argument(span: Span) -> bool:
    """The span is a clause's subject or object: it takes part in what happens."""
    return _governor(span).dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "iobj", "agent")


def is_affixed(span: Span) -> bool:
    """'an anti-Syria journalist', 'pro-Russia rebels': the name qualifies someone else."""
    doc, start = span.doc, span.start
    return start > 1 and doc[start - 1].text == "-" and \
        doc[start - 2].lower_ in _WORDS.affixes
