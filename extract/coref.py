"""What the resolver remembers while reading one article: who was named, with which title.

A later "Khamenei", "the president" or "he said" refers back to someone already named; this
module holds the article's actors and mentions and answers those look-backs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.attrs import ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import is_kind_of
from actorgraph.extract.passages import quoted_at, sentences_before, text_of
from actorgraph.graph.model import Actor, Mention

__all__ = ["NAMING", "SPEECH_VERBS", "Article", "is_speaker_pronoun"]

# Verbs whose personal-pronoun subject is a speaker worth resolving: speech and verbal acts.
SPEECH_VERBS = lexicon().speech_verbs | lexicon().words.verbal_act_verbs
_PRONOUNS = lexicon().words.speaker_pronouns
# Reasons whose alias is a name (a surname may later refer back to it), unlike "the president".
NAMING = frozenset({"gazetteer", "ner", "surname", "label fix"})
# where a name the tagger took for a common noun stands as one: "Sandoval accused ..."
_NAMED_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj")
_LOOKBACK = 6  # sentences in which a pronoun speaker's antecedent subject is looked for


def is_speaker_pronoun(token: Token) -> bool:
    """'he said', 'she warned': a personal pronoun subject of a speech verb."""
    return token.lower_ in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and \
        token.head.lemma_.lower() in SPEECH_VERBS


class Article:
    """Actors and mentions of one article, plus the memory used to resolve look-backs."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)  # Doc.text is rebuilt from the tokens on every access
        self.id = doc._.article_id or ""
        self.actors: dict[str, Actor] = {}
        self.mentions: list[Mention] = []
        self.taken: set[int] = set()
        self.at: dict[int, str] = {}
        self.names: dict[str, str] = {}  # short names defined in the text: "(MEK)"
        self.bodies: dict[str, str] = {}  # "administration" -> the state it was last tied to
        self.person_names: dict[str, set[str]] = {}  # proper names only, not "US president"
        self.titled: dict[tuple[str, str | None], str] = {}
        self.holders: dict[tuple[str, str | None], set[str]] = {}  # every holder, not the last
        self.countries: Counter[str] = Counter()
        self.named: set[str] = set()  # gazetteer actors named anywhere in the article

    def add(self, span: Span | Token, actor: Actor, reason: str, alias: str | None = None,
            title: tuple[str, str | None] | None = None) -> None:
        """Record a mention of ``actor``; its alias (default: the span text) joins the actor's."""
        start, end = _offsets(span)
        text = self.text[start:end]
        self.mentions.append(Mention(self.id, start, end, text, actor.id, reason))
        for i in range(*_tokens(span)):
            self.taken.add(i)
            self.at[i] = actor.id
        if title is not None:
            self.holders.setdefault(title, set()).add(actor.id)
            for key in (title, (title[0], None)):  # re-inserted: the dict keeps recency order
                self.titled.pop(key, None)
                self.titled[key] = actor.id
        if reason == "pronoun":
            return
        alias = alias if alias is not None else text
        if actor.kind == "PERSON" and reason in NAMING:
            self.person_names.setdefault(actor.id, {actor.label}).add(alias)
        old = self.actors.get(actor.id, actor)
        aliases = old.aliases if alias in old.aliases or alias == old.label \
            else (*old.aliases, alias)
        merged = old.merged_from
        if alias != old.label and all(a != alias for a, _ in merged):
            merged = (*merged, (alias, reason))
        self.actors[actor.id] = Actor(old.id, old.label, old.kind, old.country or actor.country,
                                      old.sector or actor.sector, aliases, old.mentions + 1,
                                      old.wikidata, merged)

    def by_title(self, title: str, country: str | None) -> Actor | None:
        """The person last introduced in this article with this title (and country).

        A bare 'the minister' also refers back to the last 'foreign minister' named.
        """
        ident = self.titled.get((title, country))
        if ident is None:  # "Defence Minister X ... the Ukrainian minister": X, if Ukrainian
            ident = next((i for (t, c), i in reversed(self.titled.items())
                          if is_kind_of(t, title) and self._of_country(i, c, country)), None)
        return self.actors.get(ident) if ident else None

    def _of_country(self, ident: str, titled_in: str | None, country: str | None) -> bool:
        if titled_in == country:
            return True
        return titled_in is None and self.actors[ident].country == country

    def by_surname(self, words: list[str]) -> Actor | None:
        """The one person already named here whose longer name ends with these words, else
        whose name begins with this one word: a family name written first ('Xing Haiming ...
        Xing said'), or a given name after a title ('Samia Suluhu Hassan ... President Samia')."""
        found = [ident for ident, names in self.person_names.items() if any(
            len(n.split()) > len(words) and n.split()[-len(words):] == words for n in names)]
        if not found and len(words) == 1:
            found = [ident for ident, names in self.person_names.items()
                     if any(len(n.split()) > 1 and n.split()[0] == words[0] for n in names)]
        return self.actors[found[0]] if len(found) == 1 else None

    def names_again(self) -> None:
        """A person named once is named again by the last word of that name: every
        capitalised proper noun no mention covers that is one person's surname ('Ana Rojas
        ... Rojas's allies', 'Rojas ... Rojas') becomes a mention of that person. A name
        that follows a first name of its own ('Luis Rojas') is someone else. A surname
        named before the full name is that person too (:meth:`_surnames_forward`)."""
        self._surnames_forward()
        owners: dict[str, set[str]] = {}
        for ident, names in self.person_names.items():
            for name in names:
                last = name.split()[-1:]
                if last and last[0][:1].isupper() and last[0].isalpha():
                    owners.setdefault(last[0], set()).add(ident)
        # by hash, as the Doc's array holds words: the StringStore is not grown per article
        wanted = {get_string_id(w): next(iter(ids)) for w, ids in owners.items()
                  if len(ids) == 1}
        if not wanted:
            return
        orths, pos = self.doc.to_array([ORTH, POS]).T.tolist()
        for i, orth in enumerate(orths):
            if orth not in wanted or i in self.taken or pos[i] not in (PROPN, NOUN) or (
                    i and pos[i - 1] == PROPN and i - 1 not in self.taken) or (
                    i + 1 < len(orths) and pos[i + 1] == PROPN):
                continue
            token = self.doc[i]
            if pos[i] == NOUN and (token.dep_ not in _NAMED_ROLES or any(
                    c.dep_ == "det" for c in token.children)):
                continue  # a capitalised common noun ('Rice exports'), not a name misread
            actor = self.actors.get(wanted[orth])
            if actor is not None:
                self.add(token, actor, "surname")

    def _surnames_forward(self) -> None:
        """A person named by one word before being named in full ('Nichols said ... Brian
        Nichols') is the one person whose fuller name ends with that word: the earlier
        mentions join the full name's actor."""
        for ident, names in list(self.person_names.items()):
            actor = self.actors.get(ident)
            if actor is None or len(names) != 1 or len(actor.label.split()) != 1:
                continue
            fuller = [other for other, its in self.person_names.items() if other != ident and any(
                len(n.split()) > 1 and n.split()[-1] == actor.label for n in its)]
            if len(fuller) == 1 and fuller[0] in self.actors:
                self._join(ident, fuller[0])

    def _join(self, ident: str, into: str) -> None:
        """Every mention of actor ``ident`` becomes one of actor ``into``."""
        old, new = self.actors.pop(ident), self.actors[into]
        self.person_names.pop(ident, None)
        self.mentions = [replace(m, actor=into) if m.actor == ident else m
                         for m in self.mentions]
        self.at = {i: into if a == ident else a for i, a in self.at.items()}
        self.titled = {k: into if a == ident else a for k, a in self.titled.items()}
        self.holders = {k: {into if a == ident else a for a in v} for k, v in self.holders.items()}
        aliases = new.aliases if old.label in new.aliases else (*new.aliases, old.label)
        self.actors[into] = replace(
            new, aliases=aliases, mentions=new.mentions + old.mentions,
            merged_from=(*new.merged_from, (old.label, "surname")),
            country=new.country or old.country)

    def last_person(self, before: int, unquoted: bool = False) -> Actor | None:
        """The person of the nearest non-pronoun mention before character ``before``
        (``unquoted``: not one talked about inside a quotation)."""
        for mention in reversed(self.mentions):
            actor = self.actors.get(mention.actor)
            if mention.start < before and mention.reason != "pronoun" and actor is not None \
                    and actor.kind == "PERSON" and not (unquoted and self.quoted(mention.start)):
                return actor
        return None

    def quoted(self, offset: int) -> bool:
        """Is character ``offset`` inside a quotation opened earlier on its line?"""
        return quoted_at(self.text, offset)

    def speaker(self, pronoun: Token) -> Actor | None:
        """Who 'he said' refers to: a person named earlier in the same sentence, else the
        subject of the last sentence of the paragraph that names a person, else the last person.
        A person named inside a quotation is talked about, not speaking: '"... X was jailed,"
        he added' is said by the speaker named before the quotation, never by X."""
        sent = pronoun.sent
        people = self._people(sent.start_char, pronoun.idx)
        if people:
            return people[-1][1]
        doc, end = self.doc, sent.start
        for _ in range(5):
            if end <= 0 or "\n" in doc[end - 1].whitespace_ + doc[end - 1].text:
                break  # the paragraph starts here
            previous = doc[end - 1].sent
            people = self._people(previous.start_char, previous.end_char)
            if people:
                subjects = [(m, a) for m, a in people if _subject_rank(doc, m, previous) < 2]
                subjects.sort(key=lambda ma: _subject_rank(doc, ma[0], previous))
                return (subjects or people[-1:])[0][1]
            end = previous.start
        return self._last_subject(pronoun) or self.last_person(pronoun.idx, unquoted=True)

    def _last_subject(self, pronoun: Token) -> Actor | None:
        """The person who was last the subject of a sentence, outside quotations, in the
        few sentences before: '... Y said, about X. [new paragraph] "...," he told
        reporters' is Y's, not X's."""
        sents = sentences_before(pronoun, _LOOKBACK)
        start = sents[0].start_char if sents else pronoun.sent.start_char
        found: list[tuple[int, Token, Actor]] = []
        for mention in reversed(self.mentions):
            actor = self.actors.get(mention.actor)
            if not start <= mention.start < pronoun.idx or mention.reason == "pronoun" or \
                    actor is None or actor.kind != "PERSON" or self.quoted(mention.start):
                continue
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None:
                continue
            if found and span.sent != found[0][1].sent:
                break  # the latest sentence with a subject decides
            rank = _subject_rank(self.doc, mention, span.sent)
            if rank < 2:
                found.append((rank, span.root, actor))
        # "X said Y should stop ...": X, who speaks, not Y, who is talked about
        speaking = [f for f in found if _subject_head(f[1]).lemma_.lower() in SPEECH_VERBS]
        return (speaking or found)[0][2] if found else None

    def _people(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        """Named or titled people mentioned between two character offsets, in text order."""
        found = [(m, self.actors[m.actor]) for m in self.mentions
                 if start <= m.start < end and m.reason != "pronoun" and m.actor in self.actors
                 and self.actors[m.actor].kind == "PERSON" and not self.quoted(m.start)]
        return sorted(found, key=lambda ma: ma[0].start)

    def main_country(self) -> str | None:
        """The country the article is mostly about (by its mentions so far and names)."""
        top = self.countries.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        return top[0][0]


def _subject_rank(doc: Doc, mention: Mention, sent: Span) -> int:
    """0: subject of the sentence's main verb; 1: subject of another verb; 2: not a subject."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return 2
    root = span.root.head if span.root.dep_ == "appos" else span.root  # "a deputy, X, said"
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return 2
    return 0 if root.head.i == sent.root.i else 1


def _subject_head(root: Token) -> Token:
    """The verb a subject (or a subject's apposition) is the subject of."""
    return root.head.head if root.dep_ == "appos" else root.head


def _offsets(span: Span | Token) -> tuple[int, int]:
    if isinstance(span, Span):
        return span.start_char, span.end_char
    return span.idx, span.idx + len(span)


def _tokens(span: Span | Token) -> tuple[int, int]:
    return (span.start, span.end) if isinstance(span, Span) else (span.i, span.i + 1)
