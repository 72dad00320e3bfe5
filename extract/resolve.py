"""The actor resolver: every mention in a Doc gets one actor id.

Resolution order for a named entity: the gazetteer (by the ruler's id or by name), a
surname or shorter variant of a person already named in the article, a demonym heading an
official body ("Iranian officials" is Iran's government), then a new actor named by its
text. Common-noun groups ("protesters") become GROUP actors of the article's country.
Places that are only places, dates and the like get no actor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.gazetteer import Entry, Gazetteer, actor_id, default_gazetteer
from actorgraph.graph.model import Actor, Mention

__all__ = ["ActorResolver", "mention_index"]

_ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_KINDS = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "GOVERNMENT", "NORP": "GROUP"}


@Language.factory("actorgraph_actor_resolver", default_config={"gazetteers": []})
def make_actor_resolver(nlp: Language, name: str, gazetteers: Sequence[str]) -> ActorResolver:
    return ActorResolver(default_gazetteer(tuple(gazetteers)))


def mention_index(doc: Doc) -> dict[int, Mention]:
    """Token index -> the mention covering it, for the extractors."""
    index: dict[int, Mention] = {}
    spans = {(t.idx, t.idx + len(t)): t.i for t in doc}
    starts = {s: i for (s, _), i in spans.items()}
    for mention in doc._.mentions or ():
        i = starts.get(mention.start)
        while i is not None and i < len(doc) and doc[i].idx < mention.end:
            index[i] = mention
            i += 1
    return index


class _Article:
    """What the resolver learns while reading one article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.countries: Counter[str] = Counter()

    def add(self, span: Span | Token, actor: Actor, reason: str) -> None:
        start = span.start_char if isinstance(span, Span) else span.idx
        end = span.end_char if isinstance(span, Span) else span.idx + len(span)
        text = self.doc.text[start:end]
        self.mentions.append(Mention(self.doc._.article_id or "", start, end, text, actor.id,
                                     reason))
        old = self.actors.get(actor.id, actor)
        aliases = old.aliases if text in old.aliases or text == old.label else (*old.aliases, text)
        merged = old.merged_from
        if text != old.label and all(a != text for a, _ in merged):
            merged = (*merged, (text, reason))
        self.actors[actor.id] = Actor(old.id, old.label, old.kind, old.country, old.sector,
                                      aliases, old.mentions + 1, old.wikidata, merged)
        if actor.kind == "GOVERNMENT" and actor.country:
            self.countries[actor.country] += 1


class ActorResolver:
    """Turn entities and group nouns into Mentions and per-article Actors."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_country = {e.country: e for e in gazetteer.entries.values()
                           if e.kind == "GOVERNMENT" and e.country}

    def __call__(self, doc: Doc) -> Doc:
        article = _Article(doc)
        for ent in doc.ents:
            if ent.label_ in _ACTOR_LABELS:
                self._resolve_entity(article, ent)
        self._resolve_groups(article)
        article.mentions.sort(key=lambda m: (m.start, m.end))
        doc._.mentions = article.mentions
        doc._.actors = article.actors
        return doc

    def _entry(self, ent: Span) -> Entry | None:
        if ent.kb_id_:
            return self.gazetteer.entries.get(ent.kb_id_)
        candidates = self.gazetteer.lookup(_strip(ent).text)
        return _choose(candidates, ent.doc._.date)

    def _resolve_entity(self, article: _Article, ent: Span) -> None:
        entry = self._entry(ent)
        if ent.label_ == "NORP" or (entry is None and _is_demonym(self.gazetteer, ent)):
            self._resolve_demonym(article, ent)
            return
        if entry is not None:
            article.add(ent, entry.actor(), "gazetteer")
            return
        if ent.label_ == "PERSON":
            known = _person_by_surname(article, ent)
            if known is not None:
                article.add(ent, known, "surname")
                return
        if ent.label_ == "GPE":
            return  # a place the gazetteer does not know: not an actor by itself
        kind = _KINDS[ent.label_]
        label = _strip(ent).text
        article.add(ent, Actor(actor_id(label), label, kind), "ner")

    def _resolve_demonym(self, article: _Article, ent: Span) -> None:
        """'Iranian officials' -> Iran; 'Iranian protesters' -> a GROUP; 'Iranian X' -> none."""
        country_id = self.gazetteer.by_demonym.get(_norm(ent.text))
        entry = self.gazetteer.entries.get(country_id or "")
        head = ent.root.head if ent.root.dep_ in ("amod", "compound", "nmod") else None
        if entry is None or head is None or head.pos_ != "NOUN":
            return
        group = self.gazetteer.groups.get(head.lemma_.lower())
        if group is None:
            return
        span = ent.doc[ent.start:head.i + 1]
        if isinstance(group, dict) and group.get("same_as_government"):
            article.add(span, entry.actor(), "demonym")
        else:
            article.add(span, _group_actor(entry, head, group), "demonym group")

    def _resolve_groups(self, article: _Article) -> None:
        """Common-noun groups ('protesters') with no demonym: the article's main country."""
        doc = article.doc
        covered = {i for m in article.mentions for i in _token_range(doc, m)}
        main = article.countries.most_common(1)
        country = self.by_country.get(main[0][0]) if main else None
        for token in doc:
            if token.i in covered or token.pos_ != "NOUN":
                continue
            group = self.gazetteer.groups.get(token.lemma_.lower())
            if group is None or (isinstance(group, dict) and group.get("same_as_government")):
                continue
            if country is None:
                article.add(token, Actor(actor_id(token.lemma_), token.lemma_, "GROUP"), "group")
            else:
                article.add(token, _group_actor(country, token, group), "group")


def _group_actor(country: Entry, head: Token, group: object) -> Actor:
    info = group if isinstance(group, dict) else {}
    noun = head.lemma_.lower()
    kind = info.get("kind", "GROUP")
    return Actor(f"{country.id}-{actor_id(noun)}", f"{noun} ({country.label})", kind,
                 country.country, info.get("sector"))


def _token_range(doc: Doc, mention: Mention) -> range:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _strip(ent: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: "the US's" -> "US"."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start + 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end]


def _norm(text: str) -> str:
    return text.casefold().replace("’", "'")


def _is_demonym(gazetteer: Gazetteer, ent: Span) -> bool:
    return _norm(ent.text) in gazetteer.by_demonym


def _choose(candidates: list[Entry], date: str | None) -> Entry | None:
    """Of several actors with one name, the one holding a role on the article's date."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    dated = [e for e in candidates if any(r.holds_on(date) for r in e.roles)]
    return dated[0] if len(dated) == 1 else None


def _person_by_surname(article: _Article, ent: Span) -> Actor | None:
    """A person already in this article whose name ends with this one ("Khamenei")."""
    words = _strip(ent).text.split()
    matches = [a for a in article.actors.values() if a.kind == "PERSON" and a.id != actor_id(
        " ".join(words)) and any(n.split()[-len(words):] == words
                                  for n in (a.label, *a.aliases) if len(n.split()) > len(words))]
    return matches[0] if len(matches) == 1 else None
