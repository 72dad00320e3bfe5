"""Which state a phrase belongs to, read from the words around it.

"Iranian officials", "Iran's judiciary", "the president of Iran", "traders in Tehran", "Trump's
administration", "the Kenya Wildlife Service": the country of a noun or a name is named by a
demonym, a country or capital, or a person already resolved, next to it or inside it. The
resolver asks this module; the token -> state map comes from the gazetteer ruler's entities.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from actorgraph.extract.coref import Article
from actorgraph.extract.gazetteer import Entry, Gazetteer, normalize
from actorgraph.extract.lexicon import lexicon
from actorgraph.graph.model import Actor

__all__ = ["StateFinder", "left_start"]

# Dependents of a head noun that may name its country ("Iran's", "US", "Iranian").
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod", "appos"}
_OBJECTS = ("dobj", "pobj")  # the object of a preposition the parser read as a clause
_WORDS = lexicon().words


def _moved(token: Token) -> bool:
    """'the withdrawal of forces from Panama': 'from' names where they leave, not their
    country."""
    governor = token.head.head if token.head.dep_ == "prep" else token.head
    return governor.lemma_.lower() in _WORDS.leaving_verbs | _WORDS.leaving_nouns


class StateFinder:
    """The gazetteer's states, and the rules that find the one a phrase belongs to."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.states: dict[str, Entry] = {}
        for entry in gazetteer.entries.values():
            if entry.kind == "GOVERNMENT" and entry.country:
                self.states.setdefault(entry.country, entry)

    def tokens(self, doc: Doc) -> dict[int, Entry]:
        """Token -> the state its ruler entity names or its demonym refers to."""
        found: dict[int, Entry] = {}
        for ent in doc.ents:
            entry = self.gazetteer.entries.get(ent.kb_id_) if ent.kb_id_ else None
            if entry is None and ent.label_ == "NORP":
                entry = self.gazetteer.entries.get(
                    self.gazetteer.by_demonym.get(normalize(ent.text), ""))
            if entry is not None and entry.kind == "GOVERNMENT" and entry.country:
                found.update((i, entry) for i in range(ent.start, ent.end))
        return found

    def inside(self, name: Span, states: dict[int, Entry]) -> list[tuple[int, Entry]]:
        """States named inside an organisation's name: (end token, state), left to right."""
        found: list[tuple[int, Entry]] = []
        i = name.start
        while i < name.end:
            for size in (3, 2, 1):
                if i + size > name.end:
                    continue
                text = name.doc[i:i + size].text
                entry = states.get(i) if size == 1 and i in states else self.named(text)
                if entry is not None:
                    found.append((i + size, entry))
                    i += size - 1
                    break
            i += 1
        return found

    def named(self, text: str) -> Entry | None:
        key = normalize(text)
        ident = self.gazetteer.by_demonym.get(key) or next(
            (i for i in self.gazetteer.by_name.get(key, ())
             if self.gazetteer.entries[i].kind == "GOVERNMENT"), None)
        return self.gazetteer.entries.get(ident) if ident else None

    def left(self, doc: Doc, start: int, states: dict[int, Entry]) -> Entry | None:
        """'Iranian ...', 'Iran's ...', 'US ...' just before a phrase."""
        if start > 0 and start - 1 in states:
            return states[start - 1]
        if start > 1 and doc[start - 1].tag_ == "POS" and start - 2 in states:
            return states[start - 2]
        return None

    def of(self, token: Token, states: dict[int, Entry], article: Article) -> Entry | None:
        """A country among the phrase's modifiers: 'of Iran', 'in Tehran', 'Trump's'."""
        # "its ambassador in France": an envoy's "in" names the host state, not its own
        envoy = token.lemma_.lower() in _WORDS.envoy_nouns
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
        # "warned the judges from Sri Lanka": the phrase the parser hung on the verb instead
        stray = [after] if after.dep_ == "prep" and after.head == token.head else []
        preps = _WORDS.origin_preps - (_WORDS.exclusion_preps if _moved(token) else set())
        for child in [*token.children, *stray]:
            if child.dep_ in _MODIFIER_DEPS or (child.dep_ == "prep" and not envoy
                                                and child.lower_ in preps):
                target = next((c for c in child.children if c.dep_ == "pobj"), child) \
                    if child.dep_ == "prep" else child
                found = self.at(target.i, states, article)
                if found is None and target is child and child.dep_ == "prep":
                    # "from neighbouring Kenya" parsed as a clause: the state inside it
                    found = next((f for t in child.subtree if t.dep_ in _OBJECTS
                                  for f in (self.at(t.i, states, article),) if f), None)
                if found is None and child.dep_ == "compound":  # "Turkish Kurd refugees"
                    found = self._modified(child, states, article)
                if found is not None:
                    return found
        if token.dep_ == "conj" and token.head.pos_ == "NOUN" and not any(
                c.dep_ in _MODIFIER_DEPS for c in token.children):
            # "Ugandan officials and lawmakers": the first noun's country is the second's
            return self._modified(token.head, states, article)
        return None

    def _modified(self, noun: Token, states: dict[int, Entry], article: Article) -> Entry | None:
        """The state a modifier before ``noun`` names ('Turkish' of 'Turkish Kurd')."""
        return next((f for c in noun.lefts if c.dep_ in ("amod", "compound")
                     for f in (self.at(c.i, states, article),) if f), None)

    def governments(self, actors: Iterable[Actor]) -> dict[str, Actor]:
        """The government of each country of ``actors``, by country: a relation may name a
        state the article only implies ("summoned Turkey's ambassador")."""
        countries = {a.country for a in actors if a.country in self.states}
        return {c: self.states[c].actor() for c in sorted(countries)}

    def at(self, i: int, states: dict[int, Entry], article: Article) -> Entry | None:
        """The state a modifier token names, or the country of the person it names ("his")."""
        if i in states:
            return states[i]
        token = article.doc[i]
        # "X said Y had lied. His government ...": X's, the one the story follows
        actor = article.speaker(token) if token.lower_ in _WORDS.person_possessives else \
            article.actors.get(article.at.get(i, ""))
        return self.states.get(actor.country or "") if actor is not None else None

    def near(self, ent: Span, states: dict[int, Entry], article: Article,
             fallback: bool = True) -> str | None:
        """A person's or organisation's country: inside, before, beside it, else the article's."""
        doc = ent.doc
        window = range(ent.root.left_edge.i, min(len(doc), ent.end + 8))
        for i in (*range(ent.start, ent.end), *window):
            if i in states and (i < ent.end or doc[i].head.i in range(ent.start, ent.end)
                                or _related(doc, i, ent) or i < ent.start):
                return states[i].country
        return article.main_country() if fallback else None


def _related(doc: Doc, i: int, ent: Span) -> bool:
    """Token ``i`` lies in the subtree of an apposition or modifier of ``ent``'s root."""
    root = ent.root
    return any(c.dep_ in ("appos", "amod", "prep", "acl") and c.left_edge.i <= i <= c.right_edge.i
               for c in root.children)


def left_start(doc: Doc, start: int, states: dict[int, Entry]) -> int:
    """Extend a span left over the country words ('Russian', 'Iran's') before it."""
    i = start - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    while i >= 0 and i in states:
        i -= 1
    while i + 1 < start and doc[i + 1].lower_ in _WORDS.definite_articles:
        i += 1
    return i + 1


