"""The rules.v1 relation extractor: registered pattern families over the lexicon.

Each family (``extract/rules/``) finds a trigger and the tokens of its roles; its filler turns
them into actor mentions and a mode (asserted, negated or hypothetical, ``negation.py``). This
module runs them over a Doc, keeps the most confident reading of each relation, applies the
post-passes (``rules/postpass.py``) and builds the Relations with their family and mode.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.lexicon import Lexicon, lexicon
from actorgraph.extract.passages import CACHES, text_of
from actorgraph.extract.rules.catalog import FAMILIES
from actorgraph.extract.rules.kind import in_kind
from actorgraph.extract.rules.matcher import build_matcher, phrase_matcher
from actorgraph.extract.rules.postpass import Retyping, matrix_events, retyped
from actorgraph.extract.rules.registry import CORE, Context, Family, Lookups, Match, Roles
from actorgraph.extract.rules.standing import nationals_states
from actorgraph.extract.rules.voice import spoken_by
from actorgraph.graph.errors import ArgumentError
from actorgraph.graph.ids import relation_id
from actorgraph.graph.model import Actor, Evidence, Mention, Relation

__all__ = ["EXTRACTORS", "RelationComponent", "RuleExtractor", "make_relation_extractor",
           "mention_index"]

_ACCUSE, _PROTEST, _STATE, _CIVILIAN = "ACCUSE", "PROTEST", "GOVERNMENT", "CIVILIAN"
# the sectors of a state's organs and of intergovernmental bodies: their protests are
# diplomatic
_OFFICIAL = frozenset({"GOV", "MIL", "POLICE", "JUDICIARY", "LEGISLATURE", "IGO"})


def mention_index(doc: Doc) -> dict[int, Mention]:
    """Token index -> the mention covering it, for the extractors."""
    index: dict[int, Mention] = {}
    offsets = doc.to_array("IDX").tolist()  # character offsets, without making Tokens
    starts = dict(zip(offsets, range(len(offsets)), strict=True))
    for mention in doc._.mentions or ():
        i = starts.get(mention.start)
        while i is not None and i < len(doc) and offsets[i] < mention.end:
            index[i] = mention
            i += 1
    return index


class RuleExtractor:
    """Match every pattern family, then fill roles with actors and build Relations."""

    name = "rules.v1"

    def __init__(self, nlp: Language, lex: Lexicon | None = None,
                 families: dict[str, Family] | None = None) -> None:
        self.lex = lex or lexicon()
        self.families = families or FAMILIES
        self.matcher = build_matcher(self.lex, self.families.values())
        self.phrases = phrase_matcher(nlp, self.lex, self.families.values())
        self.look = Lookups.of(self.lex)
        self.retyping = Retyping.of(self.lex)

    def __call__(self, doc: Doc) -> list[Relation]:
        try:
            return self._extract(doc) if doc._.mentions else []
        finally:  # the per-Doc caches of passages (text, sentences)
            for cache in CACHES:
                doc.user_data.pop(cache, None)

    def _extract(self, doc: Doc) -> list[Relation]:
        ctx = Context(doc, mention_index(doc), self.lex, self.look)
        best: dict[tuple[Any, ...], tuple[Relation, Token]] = {}
        cues = self.retyping.cues(doc)
        for match in self._matches(doc):
            cues.append((match.type, match.trigger))
            match = self.retyping.concede(match)
            if self.retyping.light_use(match):
                continue
            family = self.families[match.family]
            roles = family.fill(ctx, match)
            if roles is None:
                continue
            roles = nationals_states(ctx, match, spoken_by(ctx, match, roles))
            _add_states(doc, roles)
            for relation in _relations(doc, match, roles, family.confidence):
                # one per trigger: which reading of a pair stands is settled after the
                # post-pass has set each one's mode
                key = (relation.evidence.start, relation.type, relation.source,
                       relation.target, relation.negated, match.trigger.i)
                if key not in best or relation.confidence > best[key][0].confidence:
                    best[key] = (relation, match.trigger)
        kept = matrix_events(in_kind(list(best.values()), ctx.index), cues,
                             self.retyping.light)
        unique: dict[str, Relation] = {}
        for relation in kept:  # a retyped protest may repeat an accusation already found
            relation = _diplomatic(relation, doc._.actors or {})
            unique.setdefault(relation.id, relation)
        return sorted(unique.values(), key=lambda r: (r.evidence.start, r.type, r.id))

    def _matches(self, doc: Doc) -> Iterator[Match]:
        for type_, family, pattern, tokens in self.matcher(doc):
            nodes = {node["RIGHT_ID"]: t for node, t in zip(pattern, tokens, strict=True)}
            yield Match(type_, family, nodes["trigger"], nodes)
        for match_id, start, end in self.phrases(doc):
            type_, family = doc.vocab.strings[match_id].split(":")
            span = doc[start:end]
            yield Match(type_, family, span.root, {"trigger": span.root, "start": doc[start],
                                                   "end": doc[end - 1]})


def _add_states(doc: Doc, roles: Roles) -> None:
    """A state the roles name that the article only implies becomes one of its actors."""
    for mention in (*roles.sources, *roles.targets):
        if mention.actor not in doc._.actors:
            state = next((a for a in (doc._.states or {}).values() if a.id == mention.actor),
                         None)
            if state is not None:
                doc._.actors[mention.actor] = state


def _relations(doc: Doc, match: Match, roles: Roles, confidence: float) -> Iterator[Relation]:
    sentence = match.trigger.sent
    actors = doc._.actors or {}
    for source in roles.sources:
        for target in roles.targets:
            if source.actor != target.actor and not _own_state(
                    actors.get(source.actor), actors.get(target.actor), match.type):
                yield _relation(doc, sentence, match, source, target, confidence, roles.mode)


def _diplomatic(relation: Relation, actors: dict[str, Actor]) -> Relation:
    """A state's protest is diplomatic: 'Georgia protested Russia's actions' accuses Russia
    (PLOVER's PROTEST is a demonstration, a strike or a boycott by the governed)."""
    source, target = actors.get(relation.source), actors.get(relation.target)
    if relation.type != _PROTEST or source is None or not (
            source.kind == _STATE or source.sector in _OFFICIAL) or (
            target is not None and target.sector == _CIVILIAN):  # not the governed themselves
        return relation
    return retyped(relation, _ACCUSE)


def _own_state(source: Actor | None, target: Actor | None, type_: str = "") -> bool:
    """A ministry speaks for its state: 'China's foreign ministry ... it condemns' never
    accuses, threatens or sanctions China, nor China its ministry; nor does an official of a
    state's government accuse, threaten or sanction that state ('China's ambassador warned
    ... if the government': a misread description, pronoun or owner)."""
    return source is not None and target is not None and (
        _ministry_of(source, target) or _ministry_of(target, source) or (
            type_ in CORE and source.kind == "PERSON" and source.sector == "GOV" and
            target.kind == "GOVERNMENT" and source.country is not None and
            source.country == target.country))


def _ministry_of(body: Actor, state: Actor) -> bool:
    return body.kind == "ORGANIZATION" and body.sector == "GOV" and state.kind == "GOVERNMENT" \
        and body.country is not None and body.country == state.country


def _trimmed(sentence: Span) -> tuple[str, int, int]:
    """The sentence without surrounding white space, and its offsets (a blanked header or
    indentation before a paragraph's first sentence is not evidence)."""
    text = text_of(sentence.doc)[sentence.start_char:sentence.end_char]  # = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return text, start, start + len(text)


def _relation(doc: Doc, sentence: Span, match: Match, source: Mention, target: Mention,
              confidence: float, mode: str) -> Relation:
    actors = doc._.actors or {}
    doc_id = doc._.article_id or ""
    text, start, end = _trimmed(sentence)
    evidence = Evidence(doc_id, text, start, end, match.trigger.text, doc._.date)
    rid = relation_id(doc_id, match.type, source.actor, target.actor, start, end,
                      match.trigger.text)
    return Relation(rid, match.type, source.actor, target.actor,
                    actors[source.actor].label if source.actor in actors else source.text,
                    actors[target.actor].label if target.actor in actors else target.text,
                    evidence, confidence, mode, "rules.v1", match.family)


EXTRACTORS: dict[str, Callable[[Language], Callable[[Doc], list[Relation]]]] = {
    "rules.v1": RuleExtractor,
}


@Language.factory("actorgraph_relation_extractor", default_config={"extractor": "rules.v1"})
def make_relation_extractor(nlp: Language, name: str, extractor: str) -> RelationComponent:
    if extractor not in EXTRACTORS:
        raise ArgumentError(f"unknown extractor {extractor!r}; choose one of "
                         f"{', '.join(sorted(EXTRACTORS))}")
    return RelationComponent(EXTRACTORS[extractor](nlp))


class RelationComponent:
    """Set ``doc._.relations`` with the chosen extractor."""

    def __init__(self, extractor: Callable[[Doc], list[Relation]]) -> None:
        self.extractor = extractor

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = self.extractor(doc)
        return doc
