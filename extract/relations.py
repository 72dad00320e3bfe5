"""The rules.v1 relation extractor: dependency patterns over a cue lexicon.

A pattern family finds a trigger (a cue verb or noun of a relation type) and the tokens
that fill its source and target roles; the roles are then expanded over coordination and
mapped to actors through the resolver's mentions. A missing or pronominal source is taken
from the speaker of the reported speech around the trigger. Negated or hypothetical
triggers are kept with ``negated=True``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.resolve import mention_index
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import Evidence, Mention, Relation

__all__ = ["RuleExtractor", "load_cues"]

_SPEECH = {"say", "tell", "write", "declare", "state", "add", "claim", "insist", "announce",
           "assert", "argue", "tweet", "post", "stress", "note", "reiterate", "allege"}
_PRONOUNS = {"he", "she", "him", "her", "we", "i", "they"}
# How often each family's matches were right when first measured; refined by evaluation.
CONFIDENCE = {"svo": 0.8, "svo_prep": 0.7, "passive": 0.8, "xcomp": 0.7, "noun": 0.6,
              "label": 0.75}


def _read_data(name: str) -> dict[str, Any] | None:
    path = resources.files("actorgraph.extract") / "data" / name
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


def _merge_type(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Union of two entries of one type: every list keeps its order, duplicates dropped."""
    merged = dict(mine)
    for key, value in theirs.items():
        if isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = list(dict.fromkeys([*merged[key], *value]))
        else:
            merged.setdefault(key, value)
    return merged


@lru_cache(maxsize=1)
def load_cues() -> dict[str, Any]:
    """The cue lexicon: ``cues.json`` (core types) merged with ``plover_cues.json`` when present.

    Both files share one schema per type; a type present in both gets the union of its lists.
    """
    cues = _read_data("cues.json") or {"types": {}}
    extra = _read_data("plover_cues.json") or {}
    types = dict(cues["types"])
    for type_, entry in extra.get("types", {}).items():
        types[type_] = _merge_type(types[type_], entry) if type_ in types else entry
    return {**cues, "types": types}


def _node(name: str, attrs: dict[str, Any], parent: str | None = None, op: str = ">") -> dict:
    if parent is None:
        return {"RIGHT_ID": name, "RIGHT_ATTRS": attrs}
    return {"LEFT_ID": parent, "REL_OP": op, "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _patterns(cue: dict[str, Any], label_verbs: list[str]) -> dict[str, list[dict]]:
    verb = {"LEMMA": {"IN": cue.get("verbs", [])}, "POS": {"IN": ["VERB", "NOUN", "PROPN", "ADJ"]}}
    noun = {"LEMMA": {"IN": cue.get("nouns", [])}, "POS": {"IN": ["NOUN", "PROPN"]}}
    preps = {"DEP": "prep", "LOWER": {"IN": cue.get("preps", [])}}
    families = {
        "svo": [_node("trigger", verb), _node("target", {"DEP": "dobj"}, "trigger")],
        "svo_prep": [_node("trigger", verb), _node("prep", preps, "trigger"),
                     _node("target", {"DEP": "pobj"}, "prep")],
        "passive": [_node("trigger", verb), _node("target", {"DEP": "nsubjpass"}, "trigger")],
        "xcomp": [_node("trigger", verb), _node("action", {"DEP": "xcomp"}, "trigger"),
                  _node("target", {"DEP": "dobj"}, "action")],
        "noun": [_node("trigger", noun), _node("prep", preps, "trigger"),
                 _node("target", {"DEP": "pobj"}, "prep")],
    }
    if cue.get("labels"):
        label = {"LEMMA": {"IN": cue["labels"]}, "DEP": {"IN": ["oprd", "attr", "xcomp",
                                                                "dobj", "acomp"]}}
        families["label"] = [
            _node("trigger", {"LEMMA": {"IN": label_verbs}}),
            _node("label", label, "trigger"),
            _node("target", {"DEP": {"IN": ["nmod", "compound", "dobj", "nsubj"]}}, "label"),
        ]
        families["label_obj"] = [
            _node("trigger", {"LEMMA": {"IN": label_verbs}}),
            _node("target", {"DEP": "dobj"}, "trigger"),
            _node("label", label, "trigger"),
        ]
    return families


@dataclass(frozen=True)
class _Match:
    type: str
    family: str
    trigger: Token
    target: Token


class RuleExtractor:
    """Match every pattern family, then fill roles with actors and build Relations."""

    name = "rules.v1"

    def __init__(self, nlp: Language) -> None:
        cues = load_cues()
        self.matcher = DependencyMatcher(nlp.vocab)
        for type_, cue in cues["types"].items():
            for family, pattern in _patterns(cue, cues["label_verbs"]).items():
                self.matcher.add(f"{type_}:{family}", [pattern])

    def __call__(self, doc: Doc) -> list[Relation]:
        index = mention_index(doc)
        relations: dict[str, Relation] = {}
        for match in self._matches(doc):
            for relation in self._relations(doc, index, match):
                relations.setdefault(relation.id, relation)
        return sorted(relations.values(), key=lambda r: (r.evidence.start, r.type, r.id))

    def _matches(self, doc: Doc) -> Iterator[_Match]:
        for match_id, tokens in self.matcher(doc):
            type_, family = doc.vocab.strings[match_id].split(":")
            pattern = self.matcher.get(doc.vocab.strings[match_id])[1][0]
            names = {node["RIGHT_ID"]: doc[i] for node, i in zip(pattern, tokens, strict=True)}
            yield _Match(type_, family.split("_obj")[0], names["trigger"], names["target"])

    def _relations(self, doc: Doc, index: dict[int, Mention], match: _Match) -> Iterator[Relation]:
        trigger = match.trigger
        sources = _actors(_source_tokens(match), index) or _speaker(doc, trigger, index)
        targets = _actors(_conjuncts(match.target), index)
        sentence = trigger.sent
        negated = _negated(trigger)
        confidence = CONFIDENCE.get(match.family, 0.5)
        for source in sources:
            for target in targets:
                if source.actor == target.actor:
                    continue
                yield _relation(doc, sentence, match, source, target, confidence, negated)


def _relation(doc: Doc, sentence: Span, match: _Match, source: Mention, target: Mention,
              confidence: float, negated: bool) -> Relation:
    actors = doc._.actors or {}
    doc_id = doc._.article_id or ""
    evidence = Evidence(doc_id, sentence.text, sentence.start_char, sentence.end_char,
                        match.trigger.text, doc._.date)
    rid = relation_id(doc_id, match.type, source.actor, target.actor, sentence.start_char,
                      sentence.end_char, match.trigger.text)
    return Relation(rid, match.type, source.actor, target.actor,
                    actors[source.actor].label if source.actor in actors else source.text,
                    actors[target.actor].label if target.actor in actors else target.text,
                    evidence, confidence, negated, "rules.v1")


def _source_tokens(match: _Match) -> list[Token]:
    trigger = match.trigger
    if match.family == "passive":
        return [p for a in trigger.children if a.dep_ == "agent" for p in a.children
                if p.dep_ == "pobj"]
    if match.family == "noun":
        owners = [c for c in trigger.children if c.dep_ in ("poss", "compound", "amod")]
        if owners:
            return owners
        # "imposed sanctions on X": the subject of the verb governing the noun
        trigger = trigger.head if trigger.dep_ in ("dobj", "nsubjpass") else trigger
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")
                and match.family != "passive"]
    if not subjects and trigger.dep_ in ("xcomp", "conj", "advcl") and trigger.head != trigger:
        subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
    return [t for s in subjects for t in _conjuncts(s)]


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def _actors(tokens: list[Token], index: dict[int, Mention]) -> list[Mention]:
    """The actor mentions that fill a role: the token's own, or its modifier's ("US bases")."""
    found: dict[str, Mention] = {}
    for token in tokens:
        mention = index.get(token.i)
        if mention is None:
            mention = next((index[c.i] for c in token.children if c.i in index
                            and c.dep_ in ("poss", "compound", "amod", "nmod")), None)
        if mention is not None:
            found.setdefault(mention.actor, mention)
    return list(found.values())


def _speaker(doc: Doc, trigger: Token, index: dict[int, Mention]) -> list[Mention]:
    """The source of reported speech: the subject of the nearest speech verb above."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") and \
                token.head.lemma_ in _SPEECH:
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            return _actors([t for s in subjects for t in _conjuncts(s)], index) or \
                _pronoun(doc, subjects, index)
        token = token.head
    return []


def _pronoun(doc: Doc, subjects: list[Token], index: dict[int, Mention]) -> list[Mention]:
    """'he said': the last person mentioned before the pronoun."""
    if not subjects or subjects[0].lower_ not in ("he", "she"):
        return []
    for i in range(subjects[0].i - 1, -1, -1):
        mention = index.get(i)
        if mention is not None and (doc._.actors or {}).get(mention.actor) is not None and \
                doc._.actors[mention.actor].kind == "PERSON":
            return [mention]
    return []


def _negated(trigger: Token) -> bool:
    """'did not accuse', 'denied threatening', or a trigger inside an 'if' clause."""
    token = trigger
    for _ in range(3):
        if any(c.dep_ == "neg" for c in token.children) or token.lemma_ in ("deny", "reject"):
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children):
            return True
        if token.head.i == token.i or token.dep_ not in ("xcomp", "ccomp", "acl", "relcl", "pcomp"):
            break
        token = token.head
    return False


EXTRACTORS: dict[str, Callable[[Language], Callable[[Doc], list[Relation]]]] = {
    "rules.v1": RuleExtractor,
}


@Language.factory("actorgraph_relation_extractor", default_config={"extractor": "rules.v1"})
def make_relation_extractor(nlp: Language, name: str, extractor: str) -> RelationComponent:
    if extractor not in EXTRACTORS:
        from actorgraph.graph.errors import UsageError

        raise UsageError(f"unknown extractor {extractor!r}; choose one of "
                         f"{', '.join(sorted(EXTRACTORS))}")
    return RelationComponent(EXTRACTORS[extractor](nlp))


class RelationComponent:
    """Set ``doc._.relations`` with the chosen extractor."""

    def __init__(self, extractor: Callable[[Doc], list[Relation]]) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.extractor(doc)
        return doc
