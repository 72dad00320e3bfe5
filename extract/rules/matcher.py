"""The matcher: every family's patterns, merged across types, found from their anchor node.

Families register their patterns (``registry.py``); this module compiles them once. Types
share pattern shapes and differ only in their word lists, so there is one pattern per shape
(word lists united) and each type's own version is checked on the matched tokens. Multiword
phrases go to a spaCy ``PhraseMatcher`` on lower-case text, also with a quotation opening inside
them ('would "not go unanswered"').
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from spacy.language import Language
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.rules.catalog import FAMILIES
from actorgraph.extract.rules.registry import Family, Pattern

__all__ = ["Matcher", "build_matcher", "phrase_matcher"]

Getter = Callable[[Token], Any]
Compiled = list[tuple[int, str, list[tuple[Getter, Any]]]]


@dataclass
class Matcher:
    """The patterns of every family, merged across types, and an anchored matcher for them.

    Types share pattern shapes and differ only in their word lists, so there is one pattern
    per shape (word lists united) and ``variants`` keeps each type's own version, checked on
    the matched tokens. The patterns are spaCy ``DependencyMatcher`` patterns and match the
    same token tuples (:meth:`dependency_matcher` builds that matcher; a test compares them),
    but they are evaluated from their anchor node: spaCy's matcher runs every node pattern
    over every token and then joins, which cost most of the pipeline's time, while an anchor
    with a word list is found by one dictionary lookup per token.
    """

    patterns: dict[str, Pattern]
    variants: dict[str, list[tuple[str, Pattern]]]

    def __post_init__(self) -> None:
        self._compiled = {key: _compile(p) for key, p in self.patterns.items()}
        # each type's version: only the conditions in which it differs from the merged pattern
        # (the match has met the others) are checked
        self._variants = {key: [(type_, p, _narrower(p, self.patterns[key])) for type_, p in
                                members] for key, members in self.variants.items()}
        # (LEMMA or LOWER, the word's hash) -> keys of the patterns anchored on that word
        self._by_hash: dict[tuple[str, int], list[str]] = {}
        self._open: list[str] = []  # keys whose anchor has no word list
        for key, pattern in self.patterns.items():
            attrs = pattern[0]["RIGHT_ATTRS"]
            words = next(((a, v) for a, v in attrs.items() if a in ("LEMMA", "LOWER")), None)
            if words is None:
                self._open.append(key)
                continue
            attr, value = words
            for word in value["IN"] if isinstance(value, dict) else [value]:
                self._by_hash.setdefault((attr, get_string_id(word)), []).append(key)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, str, Pattern, list[Token]]]:
        """(type, family, that type's pattern, its tokens in pattern order) for every match."""
        for key, tokens in self._found(doc):
            family = key.split(":")[0]
            for type_, pattern, checks in self._variants[key]:
                if _meets(tokens, checks):
                    yield type_, family, pattern, tokens

    def matches(self, doc: Doc) -> Iterator[tuple[str, list[int]]]:
        """(key, token indices in pattern order), as the DependencyMatcher would give them."""
        for key, tokens in self._found(doc):
            yield key, [t.i for t in tokens]

    def _found(self, doc: Doc) -> Iterator[tuple[str, list[Token]]]:
        by_hash = self._by_hash
        words = doc.to_array(["LEMMA", "LOWER"]).tolist()  # hashes: no Token for most words
        for i, (lemma, lower) in enumerate(words):
            keys = [*by_hash.get(("LEMMA", lemma), ()), *by_hash.get(("LOWER", lower), ()),
                    *self._open]
            if not keys:
                continue
            token = doc[i]
            for key in dict.fromkeys(keys):
                compiled = self._compiled[key]
                if _fits(token, compiled[0][2]):
                    for found in _extend(compiled, [token]):
                        yield key, found

    def dependency_matcher(self, vocab: Vocab) -> DependencyMatcher:
        """spaCy's DependencyMatcher over the same patterns (for comparison in tests)."""
        matcher = DependencyMatcher(vocab)
        for key, pattern in self.patterns.items():
            matcher.add(key, [pattern])
        return matcher


# Token attributes as ids: the pattern's strings are turned into ids once, so a test reads an
# integer and never looks a string up in the StringStore.
_GETTERS = {"LEMMA": attrgetter("lemma"), "LOWER": attrgetter("lower"), "POS": attrgetter("pos"),
            "DEP": attrgetter("dep"), "TAG": attrgetter("tag"), "IS_TITLE": attrgetter("is_title")}


def _condition(value: Any) -> Any:
    """A pattern value as the getters read it: strings as ids, word lists as sets of ids."""
    if isinstance(value, dict):
        return frozenset(_condition(v) for v in value["IN"])
    return get_string_id(value) if isinstance(value, str) else value


def _compile(pattern: Pattern) -> Compiled:
    """Each node as (parent position, operator, [(getter, set or value)])."""
    ids = [node["RIGHT_ID"] for node in pattern]
    return [(ids.index(node["LEFT_ID"]) if "LEFT_ID" in node else -1, node.get("REL_OP", ""),
             [(_GETTERS[a], _condition(v)) for a, v in node["RIGHT_ATTRS"].items()])
            for node in pattern]


def _narrower(pattern: Pattern, merged: Pattern) -> list[tuple[int, Getter, frozenset[Any]]]:
    """(node position, getter, ids) of each word list of ``pattern`` that is not the merged
    pattern's own: the rest of ``pattern`` is the merged one (``_merge``)."""
    checks: list[tuple[int, Getter, frozenset[Any]]] = []
    for position, (node, union) in enumerate(zip(pattern, merged, strict=True)):
        for attr, value in node["RIGHT_ATTRS"].items():
            condition = _condition(value)
            if condition != _condition(union["RIGHT_ATTRS"][attr]):
                checks.append((position, _GETTERS[attr], frozenset(
                    condition if isinstance(condition, frozenset) else (condition,))))
    return checks


def _meets(tokens: list[Token], checks: list[tuple[int, Getter, frozenset[Any]]]) -> bool:
    # a loop, not all() over a generator: this runs for every type of every match
    for node, getter, words in checks:  # noqa: SIM110
        if getter(tokens[node]) not in words:
            return False
    return True


def _fits(token: Token, attrs: list[tuple[Getter, Any]]) -> bool:
    for getter, condition in attrs:
        value = getter(token)
        if value not in condition if isinstance(condition, frozenset) else value != condition:
            return False
    return True


def _extend(compiled: Compiled, found: list[Token]) -> Iterator[list[Token]]:
    if len(found) == len(compiled):
        yield found
        return
    parent, op, attrs = compiled[len(found)]
    left = found[parent]
    if op == ">":
        candidates: Iterator[Token] | list[Token] = left.children
    elif op == "<":
        candidates = [left.head] if left.head.i != left.i else []
    elif op == ">>":
        candidates = (t for t in left.subtree if t.i != left.i)
    elif op == "<<":
        candidates = left.ancestors
    elif op == ">+":  # a dependent that is the next word
        candidates = [t for t in left.children if t.i == left.i + 1]
    elif op == ".":  # the next word, wherever the parser hung it
        candidates = [left.doc[left.i + 1]] if left.i + 1 < len(left.doc) else []
    else:
        raise ValueError(f"operator {op!r} is not supported")
    for token in candidates:
        if _fits(token, attrs) and all(token.i != f.i for f in found):
            yield from _extend(compiled, [*found, token])


def _shape(pattern: Pattern) -> str:
    """A pattern with its word lists left out: types whose patterns share it are merged."""
    return json.dumps([{**node, "RIGHT_ATTRS": {k: (v if not isinstance(v, dict) or k in
                                                    ("POS", "DEP", "TAG") else "*")
                                                for k, v in node["RIGHT_ATTRS"].items()}}
                       for node in pattern], sort_keys=True)


def _merge(patterns: list[Pattern]) -> Pattern:
    merged: Pattern = []
    for nodes in zip(*patterns, strict=True):
        attrs: dict[str, Any] = {}
        for key, value in nodes[0]["RIGHT_ATTRS"].items():
            if isinstance(value, dict):
                words = {w for node in nodes for w in node["RIGHT_ATTRS"][key]["IN"]}
                attrs[key] = {"IN": sorted(words)}
            else:
                attrs[key] = value
        merged.append({**nodes[0], "RIGHT_ATTRS": attrs})
    return merged


def _patterns(lex: Lexicon, families: Iterable[Family]
              ) -> Iterator[tuple[str, str, Pattern | str]]:
    """(type, family, pattern or phrase) for every type of the lexicon and every family."""
    for type_ in lex.types:
        for fam in families:
            for pattern in fam.patterns(type_, lex):
                yield type_, fam.name, pattern


def build_matcher(lex: Lexicon | None = None, families: Iterable[Family] | None = None
                  ) -> Matcher:
    """Every dependency pattern of every family and type, merged by shape; keys are
    ``family:n``."""
    lex = lex or lexicon()
    groups: dict[tuple[str, str], list[tuple[str, Pattern]]] = {}
    for type_, name, pattern in _patterns(lex, families or FAMILIES.values()):
        if not isinstance(pattern, str):
            groups.setdefault((name, _shape(pattern)), []).append((type_, pattern))
    merged: dict[str, Pattern] = {}
    variants: dict[str, list[tuple[str, Pattern]]] = {}
    for number, ((name, _), members) in enumerate(sorted(groups.items())):
        key = f"{name}:{number}"
        merged[key] = _merge([p for _, p in members])
        variants[key] = [(t, p) for t, p in members]
    return Matcher(merged, variants)


def phrase_matcher(nlp: Language, lex: Lexicon | None = None,
                   families: Iterable[Family] | None = None) -> PhraseMatcher:
    """The families' multiword phrases on lower-case text, also with a quotation opening
    inside them ('would "not go unanswered"'); match ids are ``type:family``."""
    lex = lex or lexicon()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    found: dict[str, list[str]] = {}
    for type_, name, pattern in _patterns(lex, families or FAMILIES.values()):
        if isinstance(pattern, str):
            found.setdefault(f"{type_}:{name}", []).append(pattern)
    for key, phrases in found.items():
        words = [[t.text for t in nlp.make_doc(p)] for p in phrases]
        quoted = [[*w[:i], mark, *w[i:]] for w in words for i in range(1, len(w))
                  for mark in lex.words.opening_quotes]
        matcher.add(key, [Doc(nlp.vocab, words=w) for w in (*words, *quoted)])
    return matcher
