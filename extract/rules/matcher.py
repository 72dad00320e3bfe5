"""The matcher: every family's patterns, merged across types, found from their anchor node.

Families register their patterns (``registry.py``); this module compiles them once. Types
share pattern shapes and differ only in their word lists, so there is one pattern per shape
(word lists united) and each type's own version is checked on the matched tokens. Multiword
phrases go to a spaCy ``PhraseMatcher`` on lower-case text, also with a quotation opening inside
them ('would "not go unanswered"').
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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

# a node's test: (column of ``_Tree.values``, an id or a set of ids)
Test = tuple[int, Any]
Compiled = list[tuple[int, str, list[Test]]]
# the token attributes a pattern may test, read for a whole Doc at once by ``Doc.to_array``
_COLUMNS = ("LEMMA", "LOWER", "POS", "DEP", "TAG", "IS_TITLE")


@dataclass
class Matcher:
    """The patterns of every family, merged across types, and an anchored matcher for them.

    Types share pattern shapes and differ only in their word lists, so there is one pattern
    per shape (word lists united) and ``variants`` keeps each type's own version, checked on
    the matched tokens. The patterns are spaCy ``DependencyMatcher`` patterns and match the
    same token tuples (:meth:`dependency_matcher` builds that matcher; a test compares them),
    but they are evaluated from their anchor node: spaCy's matcher runs every node pattern
    over every token and then joins, which cost most of the pipeline's time, while an anchor
    with a word list is found by one dictionary lookup per token. The tree is walked on the
    Doc's arrays, so a Token is made for the tokens of a match only.
    """

    patterns: dict[str, Pattern]
    variants: dict[str, list[tuple[str, Pattern]]]

    def __post_init__(self) -> None:
        self._compiled = {key: _compile(p) for key, p in self.patterns.items()}
        # each type's version: only the conditions in which it differs from the merged pattern
        # (the match has met the others) are checked
        self._variants = {key: [(type_, p, _narrower(p, self.patterns[key])) for type_, p in
                                members] for key, members in self.variants.items()}
        # a word's hash -> keys of the patterns anchored on that lemma or lower-case form
        self._by_word: dict[str, dict[int, list[str]]] = {"LEMMA": {}, "LOWER": {}}
        self._open: list[str] = []  # keys whose anchor has no word list
        for key, pattern in self.patterns.items():
            attrs = pattern[0]["RIGHT_ATTRS"]
            words = next(((a, v) for a, v in attrs.items() if a in self._by_word), None)
            if words is None:
                self._open.append(key)
                continue
            attr, value = words
            for word in value["IN"] if isinstance(value, dict) else [value]:
                keys = self._by_word[attr].setdefault(get_string_id(word), [])
                if key not in keys:
                    keys.append(key)

    def __call__(self, doc: Doc) -> Iterator[tuple[str, str, Pattern, list[Token]]]:
        """(type, family, that type's pattern, its tokens in pattern order) for every match."""
        tree = _Tree(doc)
        for key, found in self._found(tree):
            family = key.split(":")[0]
            tokens = [doc[i] for i in found]
            for type_, pattern, checks in self._variants[key]:
                if tree.meets(found, checks):
                    yield type_, family, pattern, tokens

    def matches(self, doc: Doc) -> Iterator[tuple[str, list[int]]]:
        """(key, token indices in pattern order), as the DependencyMatcher would give them."""
        yield from self._found(_Tree(doc))

    def _found(self, tree: _Tree) -> Iterator[tuple[str, list[int]]]:
        by_lemma, by_lower = self._by_word["LEMMA"], self._by_word["LOWER"]
        lemma, lower = _COLUMNS.index("LEMMA"), _COLUMNS.index("LOWER")
        for i, values in enumerate(tree.values):
            keys: Iterable[str] = by_lemma.get(values[lemma], ())
            also = by_lower.get(values[lower])
            if also or self._open:  # most words anchor nothing, or on one attribute only
                keys = dict.fromkeys([*keys, *(also or ()), *self._open])
            for key in keys:
                compiled = self._compiled[key]
                if tree.fits(i, compiled[0][2]):
                    yield from ((key, found) for found in tree.extend(compiled, [i]))

    def dependency_matcher(self, vocab: Vocab) -> DependencyMatcher:
        """spaCy's DependencyMatcher over the same patterns (for comparison in tests)."""
        matcher = DependencyMatcher(vocab)
        for key, pattern in self.patterns.items():
            matcher.add(key, [pattern])
        return matcher


class _Tree:
    """One Doc's token attributes (``_COLUMNS``) and parse as lists of integers."""

    def __init__(self, doc: Doc) -> None:
        self.values: list[list[int]] = doc.to_array(list(_COLUMNS)).tolist() if len(doc) else []
        # the heads as offsets, some negative: read as signed numbers
        offsets = doc.to_array(["HEAD"]).astype("int64").tolist() if len(doc) else []
        self.heads = [i + offset for i, offset in enumerate(offsets)]
        self.children: list[list[int]] = [[] for _ in offsets]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)

    def fits(self, i: int, tests: list[Test]) -> bool:
        values = self.values[i]
        for column, condition in tests:
            value = values[column]
            if value not in condition if isinstance(condition, frozenset) else \
                    value != condition:
                return False
        return True

    def meets(self, found: list[int], checks: list[tuple[int, int, frozenset[Any]]]) -> bool:
        # a loop, not all() over a generator: this runs for every type of every match
        for node, column, words in checks:  # noqa: SIM110
            if self.values[found[node]][column] not in words:
                return False
        return True

    def extend(self, compiled: Compiled, found: list[int]) -> Iterator[list[int]]:
        if len(found) == len(compiled):
            yield found
            return
        parent, op, tests = compiled[len(found)]
        for i in self._related(found[parent], op):
            if self.fits(i, tests) and i not in found:
                yield from self.extend(compiled, [*found, i])

    def _related(self, left: int, op: str) -> Iterable[int]:
        """The tokens in relation ``op`` to ``left``, in the order spaCy's matcher sees them."""
        if op == ">":
            return self.children[left]
        if op == "<":
            return [self.heads[left]] if self.heads[left] != left else []
        if op == ">>":
            return [i for child in self.children[left] for i in self._subtree(child)]
        if op == "<<":
            return self._ancestors(left)
        if op == ">+":  # a dependent that is the next word
            return [i for i in self.children[left] if i == left + 1]
        if op == ".":  # the next word, wherever the parser hung it
            return [left + 1] if left + 1 < len(self.values) else []
        raise ValueError(f"operator {op!r} is not supported")

    def _subtree(self, i: int) -> Iterator[int]:
        """``Token.subtree``: the left dependents' subtrees, the token, the right ones'."""
        for child in self.children[i]:
            if child > i:
                break
            yield from self._subtree(child)
        yield i
        for child in self.children[i]:
            if child > i:
                yield from self._subtree(child)

    def _ancestors(self, i: int) -> Iterator[int]:
        while self.heads[i] != i:
            i = self.heads[i]
            yield i


def _condition(value: Any) -> Any:
    """A pattern value as the columns hold it: strings as ids, word lists as sets of ids."""
    if isinstance(value, dict):
        return frozenset(_condition(v) for v in value["IN"])
    return get_string_id(value) if isinstance(value, str) else value


def _compile(pattern: Pattern) -> Compiled:
    """Each node as (parent position, operator, [(column, id or set of ids)])."""
    ids = [node["RIGHT_ID"] for node in pattern]
    return [(ids.index(node["LEFT_ID"]) if "LEFT_ID" in node else -1, node.get("REL_OP", ""),
             [(_COLUMNS.index(a), _condition(v)) for a, v in node["RIGHT_ATTRS"].items()])
            for node in pattern]


def _narrower(pattern: Pattern, merged: Pattern) -> list[tuple[int, int, frozenset[Any]]]:
    """(node position, column, ids) of each word list of ``pattern`` that is not the merged
    pattern's own: the rest of ``pattern`` is the merged one (``_merge``)."""
    checks: list[tuple[int, int, frozenset[Any]]] = []
    for position, (node, union) in enumerate(zip(pattern, merged, strict=True)):
        for attr, value in node["RIGHT_ATTRS"].items():
            condition = _condition(value)
            if condition != _condition(union["RIGHT_ATTRS"][attr]):
                checks.append((position, _COLUMNS.index(attr), frozenset(
                    condition if isinstance(condition, frozenset) else (condition,))))
    return checks


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
