"""Plural descriptions of listed states: "the two countries", "four Arab nations".

News names a group of states once as a list and then counts them: "Saudi Arabia, Egypt, the
UAE and Bahrain cut ties with Qatar ... The four countries accused Doha of ...". A plural
noun of states ("countries", "governments", "neighbours") with a count ("two" ... "ten",
"both") stands for the governments of a list of exactly that many: the list in apposition to
it ("four states, A, B, C and D"), else the nearest such list before it (this sentence and
the three before), else in the sentence after it (a lede that counts before it names). No list
of that size: no actors, never a guess.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import several_states
from actorgraph.graph.model import Mention

__all__ = ["listed_states"]

_WORDS = lexicon().words
_COUNTS = {**{word: n for n, word in enumerate(_WORDS.count_words, start=2)},
           **dict.fromkeys(_WORDS.pair_words, 2)}
_BEFORE = 3  # sentences before the description searched for its list


def listed_states(doc: Doc, token: Token, index: dict[int, Mention]) -> list[Mention]:
    """The governments a counted plural state noun stands for, or [] (not such a noun, or no
    list of that many)."""
    if not several_states(token):
        return []
    count = next((_COUNTS[c.lower_] for c in token.children if c.lower_ in _COUNTS), None)
    if count is None:
        return []
    appositions = [[c, *c.conjuncts] for c in token.children if c.dep_ == "appos"]
    for items in [*appositions, *_lists(doc, token)]:
        found = _governments(doc, items, index)
        if len(found) == count:
            return found
    return []


def _lists(doc: Doc, token: Token) -> list[list[Token]]:
    """The lists near ``token``: before it, nearest first, then after it (its sentence and
    the next)."""
    first = token.sent
    for _ in range(_BEFORE):  # back sentence by sentence, without listing the Doc's
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    last = token.sent
    end = doc[last.end].sent.end if last.end < len(doc) else last.end
    before = doc[first.start:token.i]
    after = doc[token.i + 1:end]
    return [_items(t) for t in (*reversed(before), *after) if t.dep_ != "conj" and t.conjuncts]


def _items(first: Token) -> list[Token]:
    """A list's items from its first conjunct; "A, B, C and D" parsed as A with the
    apposition "B, C and D" counts A too, and "A, B, and C" parsed as A with the apposition
    B and the conjunct C counts B."""
    items = [first, *first.conjuncts, *(c for c in first.children
                                        if c.dep_ == "appos" and c.pos_ == "PROPN")]
    return [first.head, *items] if first.dep_ == "appos" and first.head.pos_ == "PROPN" else items


def _governments(doc: Doc, tokens: list[Token], index: dict[int, Mention]) -> list[Mention]:
    actors = doc._.actors or {}
    found: dict[str, Mention] = {}
    for token in tokens:
        mention = index.get(token.i)
        if mention is not None and getattr(actors.get(mention.actor), "kind", "") == "GOVERNMENT":
            found.setdefault(mention.actor, mention)
    return list(found.values()) if len(found) == len(tokens) else []
