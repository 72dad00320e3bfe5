"""Common nouns that name an office, a state body or a group, read from the gazetteer vocabularies.

"the president", "security forces", "officials" and "protesters" carry no name, but the
resolver can still tie them to an actor once it knows what the noun stands for: a title held
by a person, the state itself, one of its organisations, or a group of people. The words live
in ``titles.json`` and ``groups.json``; this module only indexes them for fast lookup.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Doc, Token

from actorgraph.extract.lexicon import lexicon

__all__ = ["Noun", "NounIndex", "is_kind_of", "owner_named", "several_states",
           "vocabulary_items"]

_NESTED = ("titles", "groups", "nouns", "organizations", "organisations", "bodies", "roles")
_VARIANT_KEYS = ("aliases", "variants", "forms", "synonyms")


# A title with one of these first words is not a kind of its head: a vice president is no president.
_NOT_A_KIND = lexicon().words.not_a_kind


def is_kind_of(title: str, general: str) -> bool:
    """'foreign minister' is a kind of 'minister', 'supreme leader' of 'leader'; 'vice
    president' is not a kind of 'president'."""
    if title == general:
        return True
    words = title.replace("-", " ").split()
    return title.endswith(" " + general) and words[0] not in _NOT_A_KIND


def several_states(noun: Token) -> bool:
    """'Arab states', 'four countries': a plural of states stands for many, none of them the
    article's own country."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in lexicon().words.counted_nouns


_PLACES_AND_BODIES = {"GPE", "LOC", "ORG"}  # entity labels of what a body may belong to


def owner_named(noun: Token) -> bool:
    """'the leadership of the breakaway Transnistria region', 'the board of Frelimo': the
    phrase names whose the body is, so it is not the article's country even when the name is
    of no state known. A person named there leaves the body theirs to find ('the government of
    President X')."""
    preps = lexicon().words.of_preps
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            kinds = {t.ent_type_ for t in child.subtree}
            return bool(kinds & _PLACES_AND_BODIES) and "PERSON" not in kinds
    return False



@dataclass(frozen=True)
class Noun:
    """What a common noun stands for. ``key`` is the canonical phrase ids are built from."""

    key: str
    kind: str            # PERSON (a title), GOVERNMENT, ORGANIZATION or GROUP
    sector: str | None = None
    country: str | None = None
    unique: bool = True  # a title with one holder per country ("president", not "minister")
    plural: bool = False  # a body named in the plural only ("forces": not "the use of force")
    needs_country: bool = False  # an actor only with its country named ("Iranian media")
    body: str | None = None  # what several holders of a title form: "commanders" -> armed forces
    posted: bool = False  # one holder per posting ("ambassador"): a narrower title's holder
    #                       (the UN ambassador) is not who "the British ambassador" names


def vocabulary_items(data: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """(phrase, info) pairs of a titles/groups JSON document, whatever its nesting."""
    if isinstance(data, list):
        for item in data:
            if isinstance(item, str):
                yield item, {}
            elif isinstance(item, dict):
                name = item.get("title") or item.get("name") or item.get("noun") or item.get("key")
                if isinstance(name, str):
                    yield name, item
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if key in _NESTED and isinstance(value, (dict, list)):
            yield from vocabulary_items(value)
        elif isinstance(value, dict):
            yield key, value
        elif isinstance(value, str):
            yield key, {"sector": value}
        elif isinstance(value, list):
            yield key, {"aliases": value}
        else:
            yield key, {}


def _forms(word: str) -> set[str]:
    """Singular and plural spellings of a head word, so lemma and surface both match."""
    forms = {word, word + "s"}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    elif word.endswith("ses") or word.endswith("xes"):
        forms.add(word[:-2])
    elif word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("y"):
        forms.add(word[:-1] + "ies")
    if word.endswith("man"):
        forms.add(word[:-3] + "men")
    if word.endswith("men"):
        forms.add(word[:-3] + "man")
    return forms


def _noun(key: str, info: dict[str, Any], kind: str) -> Noun:
    if info.get("same_as_government") or info.get("government"):
        kind = "GOVERNMENT"
    else:
        kind = str(info.get("kind") or kind)
    canonical = info.get("same_as") or info.get("canonical") or key
    return Noun(str(canonical).casefold(), kind, info.get("sector"), info.get("country"),
                bool(info.get("unique", kind == "PERSON")),
                needs_country=bool(info.get("needs_country")), body=info.get("body"),
                posted=bool(info.get("posted")))


def _plural_only(name: str, noun: Noun) -> bool:
    return noun.kind == "ORGANIZATION" and name.endswith("s") and not name.endswith("ss")


class NounIndex:
    """Phrase -> Noun, matched backwards from a head token (longest phrase first)."""

    def __init__(self, titles: Any, groups: Any) -> None:
        self.phrases: dict[tuple[str, ...], Noun] = {}
        for data, kind in ((groups, "GROUP"), (titles, "PERSON")):
            for key, info in vocabulary_items(data):
                noun = _noun(key, info, kind)
                names = [key, *(v for k in _VARIANT_KEYS for v in info.get(k) or ())]
                for name in names:
                    self._add(str(name), noun)
        self.longest = max((len(p) for p in self.phrases), default=0)
        self.heads = {p[-1] for p in self.phrases}  # cheap first test for every token

    def _add(self, name: str, noun: Noun) -> None:
        if _plural_only(name.casefold(), noun):
            noun = replace(noun, plural=True)
        text = name.casefold().replace(".", "")
        # the tokenizer splits most hyphens: "secretary-general" is three tokens
        for words in {tuple(text.split()), tuple(text.replace("-", " - ").split())}:
            if words:
                for last in _forms(words[-1]):
                    self.phrases.setdefault((*words[:-1], last), noun)

    def match(self, doc: Doc, head: int) -> tuple[int, Noun] | None:
        """The longest vocabulary phrase ending at token ``head``: (start token, noun)."""
        token = doc[head]
        lasts = {token.lower_.replace(".", ""), token.lemma_.casefold()} & self.heads
        if not lasts:
            return None
        longest = min(self.longest, head + 1)
        before = tuple(t.lower_.replace(".", "") for t in doc[head - longest + 1:head])
        for size in range(longest, 0, -1):
            words = before[len(before) - size + 1:]
            for last in lasts:
                noun = self.phrases.get((*words, last))
                if noun is not None:
                    return head - size + 1, noun
        return None

    def lookup(self, text: str) -> Noun | None:
        return self.phrases.get(tuple(text.casefold().replace(".", "").split()))
