"""Offices and their holders: who 'the US president' or 'President Bush' is on a given date.

People in the gazetteer carry dated roles; this module answers, for one article, which person
holds a title for a country (or an organisation) on the article's date, remembering titles the
article itself gave ("Foreign Minister X ... the minister"). A title after "former" names no
current holder.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from actorgraph.extract import nonactors
from actorgraph.extract.coref import Article
from actorgraph.extract.gazetteer import Entry, Gazetteer, Role, actor_id, normalize
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import Noun, is_kind_of
from actorgraph.graph.model import Actor

__all__ = ["Offices", "former_start", "is_former", "organisation_country", "organisation_left",
           "rank_start", "unnamed"]

_FORMER = lexicon().words.former_words
_LESSER = lexicon().words.not_a_kind - _FORMER


class Offices:
    """Title -> the gazetteer's (person, role) pairs; surname -> people, for 'President Bush'."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.holders: dict[str, list[tuple[Entry, Role]]] = {}
        self.surnames: dict[str, list[Entry]] = {}  # "Bush" -> people whose names end so
        for entry in gazetteer.entries.values():
            for role in entry.roles:
                self.holders.setdefault(normalize(role.title), []).append((entry, role))
            if entry.kind == "PERSON":
                for name in {n.split()[-1] for n in (entry.label, *entry.aliases) if " " in n}:
                    self.surnames.setdefault(name, []).append(entry)
        self._kinds: dict[str, list[tuple[Entry, Role]]] = {}  # see kinds_of

    def holder(self, article: Article, span: Span, noun: Noun, state: Entry | None,
               organization: str | None = None) -> Actor | None:
        """'the US president', 'Iran's supreme leader', 'the UN secretary-general', 'the
        president' (seen before), or an unnamed holder ('the French envoy') when it acts."""
        country = state.country if state else noun.country
        # a state has an ambassador in every capital: its title alone names none of them
        roles = [] if noun.posted else [
            (e, r) for e, r in self.holders.get(noun.key, ())
            if (country is None or r.country in (None, country))
            and organization in (None, r.organization)]
        entry = _holder(article, roles)
        if entry is None and country is not None and not noun.posted:  # "Iranian leader"
            entry = _holder(article, [(e, r) for e, r in self.kinds_of(noun.key)
                                      if r.country == country])
        remembered = article.by_title(noun.key, country)
        actor: Actor | None = remembered
        holder = entry.actor() if entry is not None else None
        alone = remembered is None and noun.unique  # "the pope", not "the leader"
        if holder is not None and (country is not None or alone):
            actor = holder  # a named country's office on the article's date beats memory
        elif actor is None and country is None and noun.unique and organization is None:
            home = article.main_country()  # "the president" in an article about one country
            entry = _holder(article, [(e, r) for e, r in self.holders.get(noun.key, ())
                                      if home is not None and r.country == home])
            actor = entry.actor() if entry is not None else None
        if actor is None and state is not None and (
                noun.unique or nonactors.is_argument(span)):  # "expelled the French envoy"
            actor = unnamed(state, noun)
        return actor

    def kinds_of(self, title: str) -> list[tuple[Entry, Role]]:
        """The (person, role) pairs of the titles that are kinds of ``title`` ('foreign
        minister' of 'minister'), in the gazetteer's order; listed once per title."""
        found = self._kinds.get(title)
        if found is None:
            found = self._kinds[title] = [(e, r) for t, hs in self.holders.items()
                                          if t != title and is_kind_of(t, title)
                                          for e, r in hs]
        return found

    def name_holder(self, article: Article, span: Span, noun: Noun, state: Entry | None) -> None:
        """Mention the one a title names: its holder on the article's date; after 'deputy' or
        'vice' the unnamed holder of that lesser office ('Poland's deputy foreign minister');
        after 'former' no one (not the holder, nor named)."""
        doc, start = article.doc, span.start
        ranked = rank_start(doc, start)
        if ranked < start:
            if state is not None:
                article.add(doc[ranked:span.end], unnamed(state, noun, doc[ranked].lower_),
                            "title")
            return
        if is_former(doc, start):
            return
        actor = self.holder(article, span, noun, state, organisation_left(article, start))
        if actor is not None:
            country = state.country if state else noun.country
            article.add(span, actor, "title", None, (noun.key, country))

    def titled_surname(self, article: Article, name: Span, key: tuple[str, str | None]
                       ) -> tuple[Entry | None, list[Entry]]:
        """'President Bush': the one gazetteer person of that surname who held that title
        (on the article's date, if it has one), and all who ever did (their country helps)."""
        held = [(e, r) for e in self.surnames.get(name.text, ()) for r in e.roles
                if normalize(r.title) == key[0] and key[1] in (None, r.country)]
        everyone = list({e.id: e for e, _ in held}.values())
        found = _holder(article, held)
        if found is None and article.doc._.date is None and len(everyone) == 1:
            found = everyone[0]
        return found, everyone


def unnamed(state: Entry, noun: Noun, rank: str = "") -> Actor:
    """The unnamed holder of a state's office: 'the French envoy', 'Poland's deputy foreign
    minister' (``rank``: the word that makes it another office than ``noun``)."""
    title = f"{rank} {noun.key}" if rank else noun.key
    label = f"{state.demonyms[0] if state.demonyms else state.label} {title}"
    return Actor(actor_id(label), label, "PERSON", state.country, noun.sector or "GOV")


def rank_start(doc: Doc, start: int) -> int:
    """Where a title's mention starts when 'deputy' or 'vice' comes before it (another office,
    whose holder is not the title's), else ``start``."""
    i = start - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    return i if i >= 0 and doc[i].lower_ in _LESSER else start


def is_former(doc: Doc, start: int) -> bool:
    """'former president', 'ex-minister', 'then-president': not the office as it is now."""
    return former_start(doc, start) < start


def former_start(doc: Doc, start: int) -> int:
    """Where a title's mention starts, 'former' included."""
    i = start - 1
    if i >= 0 and doc[i].text == "-":
        i -= 1
    return i if i >= 0 and doc[i].lower_ in _FORMER else start


def organisation_left(article: Article, start: int) -> str | None:
    """The organisation named just before a title: 'the UN secretary-general', 'NATO's chief'."""
    doc, i = article.doc, start - 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    actor = article.actors.get(article.at.get(i, "")) if i >= 0 else None
    return actor.id if actor is not None and actor.kind == "ORGANIZATION" else None


def organisation_country(article: Article, start: int) -> str | None:
    """The country of the organisation named just before a title: a 'Chinese Foreign
    Ministry spokesperson' speaks for China."""
    ident = organisation_left(article, start)
    actor = article.actors.get(ident) if ident else None
    return actor.country if actor is not None else None


def _holder(article: Article, roles: list[tuple[Entry, Role]]) -> Entry | None:
    """The one holder of these roles on the article's date.

    An undated article is read as current news, except that a past or present holder it
    names elsewhere is preferred: the gazetteer's current holder may postdate the article.
    """
    date = article.doc._.date
    if date is None:
        named = {e.id: e for e, _ in roles if e.id in article.named}
        if len(named) == 1:
            return next(iter(named.values()))
    current = {e.id: e for e, r in roles if r.holds_on(date)}
    return next(iter(current.values())) if len(current) == 1 else None
