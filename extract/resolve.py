"""The actor resolver: every mention in a Doc gets one actor id.

Candidates are read left to right: named entities (after the gazetteer ruler), nouns of the
title and group vocabularies ("the president", "Iranian officials", "protesters") and pronoun
speakers ("he said"). A name resolves through the gazetteer, then a longer name in the article;
a title through its country (or its organisation's) and date ("the US president" in 2022), then
the person last given it; a state noun to its government; an organisation or group noun to a
country-scoped actor; a surname again to the one person it named. Places, cited outlets and
concepts get no actor."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from actorgraph.extract import naming, nonactors, offices
from actorgraph.extract.aliases import named_aliases, vocabulary
from actorgraph.extract.bodies import Bodies
from actorgraph.extract.coref import Article, is_speaker_pronoun
from actorgraph.extract.datelines import in_dateline
from actorgraph.extract.descriptions import described, resolve_descriptions
from actorgraph.extract.gazetteer import Entry, Gazetteer, actor_id, default_gazetteer, normalize
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import Noun, NounIndex, owner_named, several_states
from actorgraph.extract.offices import Offices, former_start, is_former, rank_start
from actorgraph.extract.states import StateFinder, left_start
from actorgraph.graph.model import Actor

__all__ = ["ActorResolver"]

_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_WORDS = lexicon().words
_NOMINAL = (NOUN, PROPN)  # part-of-speech ids of a candidate noun
_SPEAKER_PRONOUNS = {get_string_id(w) for w in _WORDS.speaker_pronouns}


@Language.factory("actorgraph_actor_resolver", default_config={"gazetteers": []})
def make_actor_resolver(nlp: Language, name: str, gazetteers: Sequence[str]) -> ActorResolver:
    return ActorResolver(default_gazetteer(tuple(gazetteers)))


class ActorResolver:
    """Turn entities, title and group nouns and speaker pronouns into Mentions and Actors."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.nouns = NounIndex(gazetteer.titles, gazetteer.groups)
        self.find = StateFinder(gazetteer)
        self.offices = Offices(gazetteer)
        self.bodies = Bodies(gazetteer, self.nouns)
        self.generic = vocabulary(gazetteer)
        self.honorifics = _WORDS.honorifics | {normalize(h) for e in gazetteer.entries.values()
                                         for h in e.honorifics}

    def __call__(self, doc: Doc) -> Doc:
        article, ents = Article(doc), doc.ents  # Doc.ents builds them anew on every access
        article.named.update(e.kb_id_ for e in ents if e.kb_id_)
        states = self.find.tokens(doc)
        for ent in ents:  # where the article happens: a place named as a place counts twice
            state = states.get(ent.start)
            if state is not None and state.country:
                article.countries[state.country] += 2 if nonactors.is_place_use(ent) else 1
        for ident in article.named:  # and each known person or body named once
            entry = self.gazetteer.entries.get(ident)
            if entry is not None and entry.kind != "GOVERNMENT" and entry.country:
                article.countries[entry.country] += 1
        for kind, start, item in self._candidates(doc, ents, states):
            if kind == "ent":
                assert isinstance(item, Span)
                self._entity(article, item, states)
            elif kind == "noun":
                assert isinstance(item, tuple)
                self._noun(article, *item, states)
            elif kind == "name" and start not in article.taken:
                self._bare_name(article, doc[start], states)
            elif start not in article.taken:
                person = article.speaker(doc[start])
                if person is not None:
                    article.add(doc[start], person, "pronoun")
        article.names_again()
        resolve_descriptions(article, doc, self.nouns, self.find.states)
        doc._.mentions = sorted(article.mentions, key=lambda m: (m.start, m.end))
        doc._.actors = {k: named_aliases(a, self.generic) for k, a in article.actors.items()}
        doc._.states = self.find.governments(article.actors.values())
        return doc
    # -- candidates ------------------------------------------------------------------------

    def _candidates(self, doc: Doc, ents: Sequence[Span], states: dict[int, Entry]
                    ) -> Iterator[tuple[str, int, Span | tuple[int, int, Noun]]]:
        """Entities, vocabulary nouns and pronoun speakers in reading order."""
        nouns: dict[int, tuple[int, Noun]] = {}
        in_noun: set[int] = set()
        known = {i for e in ents if e.kb_id_ for i in range(e.start, e.end)}
        # the tags, entity types and lower-case forms as arrays: a Token only for a candidate
        pos, kinds, lowers = zip(*doc.to_array(["POS", "ENT_TYPE", "LOWER"]).tolist(),
                                 strict=True) if len(doc) else ((), (), ())
        for token in (doc[i] for i, p in enumerate(pos) if p in _NOMINAL):
            if token.i not in known:  # not "United States"
                match = self.nouns.match(doc, token.i)
                if match is None or (match[1].plural and token.tag_ not in ("NNS", "NNPS")):
                    continue
                in_noun.update(range(match[0], token.i + 1))
                if token.dep_ != "compound" or match[1].kind == "PERSON" or \
                        naming.speaks_through(token):  # "a Defence Ministry statement"
                    nouns[token.i] = match
        items: list[tuple[int, int, str, Span | tuple[int, int, Noun]]] = []
        titled = {i for e in ents if e.label_ == "PERSON"
                  for i in range(self._title_start(doc, e, states), e.start)}
        for ent in ents:
            name = naming.strip_name(ent)
            if ent.label_ in _NAME_LABELS and not titled.issuperset(range(ent.start, ent.end)) \
                    and (ent.kb_id_ or ent.label_ == "PERSON"
                         or not in_noun.issuperset(range(name.start, name.end))):
                items.append((ent.start, 0, "ent", ent))
        items.extend((t.i, 0, "name", t) for t in (  # type: ignore[misc]
            doc[i] for i, p in enumerate(pos) if p == PROPN and not kinds[i])
            if t.text[:1].isupper())
        for head, (start, noun) in nouns.items():
            if not (noun.kind == "PERSON" and naming.names_follow(doc, head)):
                # "Iranian officials" is one mention: the noun goes before the demonym it takes
                outer = left_start(doc, start, states) if self.find.left(doc, start, states) \
                    else start
                items.append((outer, 1 if outer == start else -1, "noun", (start, head, noun)))
        items.extend((t.i, 2, "pronoun", t) for t in (  # type: ignore[misc]
            doc[i] for i, w in enumerate(lowers) if w in _SPEAKER_PRONOUNS)
            if is_speaker_pronoun(t))
        for start, _, kind, item in sorted(items, key=lambda x: (x[0], x[1])):
            yield kind, start, item

    def _title_start(self, doc: Doc, ent: Span, states: dict[int, Entry]) -> int:
        """Where a person's mention starts with its title: 'Russian President' Putin."""
        match = self.nouns.match(doc, ent.start - 1) if ent.start > 0 else None
        if match is None or match[1].kind != "PERSON":
            return ent.start
        if self.find.left(doc, match[0], states) is not None:
            return left_start(doc, match[0], states)
        return match[0]

    # -- named entities --------------------------------------------------------------------

    def _entity(self, article: Article, ent: Span, states: dict[int, Entry],
                personal: bool = False) -> None:
        if article.taken.intersection(range(ent.start, ent.end)) or in_dateline(ent):
            return  # "PORT-AU-PRINCE (AP) -": where and by whom the story was filed
        name = naming.strip_name(ent)
        entry = self._gazetteer_entry(ent, name)
        if entry is None and ent.label_ != "PERSON":  # "the Patriotic Front (RPF)"
            entry = self.gazetteer.entries.get(naming.acronym_after(ent) or "")
        if entry is None and ent.label_ == "NORP":
            self._demonym(article, ent, states)
            return
        if entry is not None:
            self._known(article, ent, name, entry, states)
            return
        if any(f(ent) for f in (nonactors.is_citation, nonactors.is_medium, naming.is_document,
                                nonactors.is_named_concept, nonactors.is_unnamed)):
            return
        if ent.label_ != "PERSON" and nonactors.is_place_use(ent):
            return  # "in Soroti", "the city of Herat": places the model took for bodies
        defined = article.actors.get(article.names.get(name.text, ""))
        if defined is not None:
            article.add(ent, defined, "acronym", name.text)
            return
        personal = personal or ent.label_ == "PERSON"
        if not personal:  # the model's label slips: "Kenyan President Ana Lima" as an ORG
            titled = naming.person_label_start(name, self.nouns, self.find)
            if titled is not None:
                ent = name = ent.doc[titled[0]:ent.end]
                states = {**states, **titled[1]}
            personal = titled is not None or naming.tagged_person(name)
        title, name = self._peel(name)
        person = article.by_surname(name.text.split())
        if person is not None:
            reason = "surname" if ent.label_ == "PERSON" else "label fix"
            span, key = self._with_title(ent, name, title, states)
            article.add(span, person, reason, name.text, key)
        elif personal:
            self._new_person(article, ent, name, title, states)
        elif ent.label_ == "ORG":
            self._new_organization(article, ent, name, states)

    def _bare_name(self, article: Article, token: Token, states: dict[int, Entry]) -> None:
        """An untagged proper noun: a surname named before, or a speaker ('Rasool said')."""
        person = article.by_surname([token.text])
        if person is not None:
            article.add(token, person, "surname")
            return
        name = naming.unnamed_speaker(token)
        if name is not None and not self.gazetteer.lookup(name.text) and \
                self.nouns.match(token.doc, token.i) is None:
            self._new_person(article, name, name, None, states)

    def _gazetteer_entry(self, ent: Span, name: Span) -> Entry | None:
        if ent.kb_id_:
            return self.gazetteer.entries.get(ent.kb_id_)
        if ent.label_ == "NORP" and normalize(name.text) in self.gazetteer.by_demonym:
            return None
        return self.gazetteer.lookup_on(name.text, ent.doc._.date)

    def _known(self, article: Article, ent: Span, name: Span, entry: Entry,
               states: dict[int, Entry]) -> None:
        if (entry.kind == "GOVERNMENT" or name.text in entry.metonyms) and (  # "in Brussels"
                nonactors.is_place_use(ent) or nonactors.is_affixed(ent)):
            return
        if entry.sector == "MEDIA" and (nonactors.is_citation(ent) or nonactors.is_medium(ent)):
            return
        if entry.kind == "PERSON":
            title, bare = self._peel(name)
            span, key = self._with_title(ent, bare, title, states)
            article.add(span, entry.actor(date=ent.doc._.date), "gazetteer", bare.text, key)
        else:  # "the AU's Security Council" is the AU's organ, not the UN's
            owner = naming.organ_owner(article, ent, entry)
            article.add(ent, owner or entry.actor(), "member noun" if owner else "gazetteer",
                        name.text)
            naming.define_acronym(article, ent, owner.id if owner else entry.id)

    def _peel(self, name: Span) -> tuple[Noun | None, Span]:
        """Split a leading title or honorific off a name: 'Ayatollah Ali Khamenei'."""
        doc, title = name.doc, None
        for k in range(name.end - 2, name.start - 1, -1):
            match = self.nouns.match(doc, k)
            # the title may begin before the name: "First Lady" when the model's name is "Lady X"
            if match is not None and match[0] <= name.start and match[1].kind == "PERSON":
                return match[1], doc[k + 1:name.end]
        start = name.start
        while start < name.end - 1 and doc[start].lower_.rstrip(".") in self.honorifics:
            start += 1
        return title, doc[start:name.end]

    def _with_title(self, ent: Span, name: Span, title: Noun | None,
                    states: dict[int, Entry]) -> tuple[Span, tuple[str, str | None] | None]:
        """The mention span with a title just before the name ('Russian President Putin')."""
        doc, start = ent.doc, ent.start
        if start > 0:  # "Iran's religious leader Ayatollah ...": the outer title has the country
            match = self.nouns.match(doc, start - 1)
            if match is not None and match[1].kind == "PERSON":
                title, start = match[1], match[0]
        if title is None:
            return doc[start:ent.end], None
        ranked = rank_start(doc, start)  # "deputy foreign minister X": another office
        key = f"{doc[ranked].lower_} {title.key}" if ranked < start else title.key
        start = ranked
        country = self.find.left(doc, start, states)
        if country is not None:
            start = min(start, left_start(doc, start, states))
        if is_former(doc, start):  # "former president X": a name, not the office's holder
            return doc[former_start(doc, start):ent.end], None
        return doc[start:ent.end], (key, country.country if country else title.country)

    def _new_person(self, article: Article, ent: Span, name: Span, title: Noun | None,
                    states: dict[int, Entry]) -> None:
        span, key = self._with_title(ent, name, title, states)
        if key is None and len(name) == 1 and not nonactors.is_argument(ent):
            return  # a lone word, no title, no fuller name, not acting: "protection of Donbass"
        person, titled = self.offices.titled_surname(article, name, key) if key and len(name) == 1 \
            else (None, [])
        if person is not None:
            article.add(span, person.actor(), "titled surname", name.text, key)
            return
        same = {e.country for e in titled}
        country = key[1] if key and key[1] else same.pop() if len(same) == 1 else \
            offices.organisation_country(article, span.start) or \
            self.find.near(ent, states, article, False)
        noun = self.nouns.lookup(key[0]) if key is not None else None
        sector = noun.sector if noun else None
        actor = Actor(actor_id(name.text), name.text, "PERSON", country, sector or "GOV"
                      if key else None)
        article.add(span, actor, "ner", name.text, key)

    def _new_organization(self, article: Article, ent: Span, name: Span,
                          states: dict[int, Entry]) -> None:
        office = naming.office_of_state(name, self.find, states)  # "the Government of Chile"
        noun = self.nouns.lookup(office[0]) if office else None
        if office and noun is not None and noun.kind != "PERSON":
            article.add(ent, self._state_or_body(office[1], noun), "state office", name.text)
            return
        inner = self.find.inside(name, states)
        if inner:
            rest = name.doc[inner[-1][0]:name.end]
            noun = self.nouns.lookup(rest.text) if len(rest) else None
            if noun is not None and noun.kind != "PERSON":  # "the UK Government", "US Army"
                article.add(ent, self._state_or_body(inner[0][1], noun), "demonym", name.text)
                return
        owner = None if inner else self.find.left(ent.doc, ent.start, states)  # "Cuba's Senate"
        if owner is not None and {name[0].lower_, name[-1].lower_} & _WORDS.body_heads:
            alias = ent.doc[left_start(ent.doc, ent.start, states):ent.end].text
            article.add(ent, self.bodies.named(owner, name.text), "state body", alias)
            return
        country = inner[0][1].country if inner else self.find.near(ent, states, article, False)
        article.add(ent, Actor(actor_id(name.text), name.text, "ORGANIZATION", country), "ner",
                    name.text)
        naming.define_acronym(article, ent, actor_id(name.text))

    def _demonym(self, article: Article, ent: Span, states: dict[int, Entry]) -> None:
        """'Ukrainian aggression' -> Ukraine; 'Palestinians' (a people) -> a GROUP."""
        state = states.get(ent.start)
        if state is None:
            person = article.by_surname(ent.text.split())
            if person is not None:
                article.add(ent, person, "label fix")
            return
        root = ent.root
        if root.dep_ in ("amod", "compound", "nmod", "npadvmod") or root.tag_ == "JJ":
            if root.head.lemma_.lower() in _WORDS.population_nouns:
                return  # "the Iranian nation", "Iranian blood": the people, not the state
            article.add(ent, self.find.states.get(state.country or "", state).actor(), "demonym")
        elif root.tag_ in ("NNPS", "NNS") or ent.text.endswith("s"):
            noun = Noun("people", "GROUP", "CIVILIAN")
            article.add(ent, self.bodies.of(state, noun, ent.text), "demonym group")

    # -- vocabulary nouns ------------------------------------------------------------------

    def _noun(self, article: Article, start: int, head: int, noun: Noun,
              states: dict[int, Entry]) -> None:
        doc = article.doc
        if article.taken.intersection(range(start, head + 1)) or \
                nonactors.is_citation(doc[head:head + 1]):
            return  # "told reporters": the audience, not an actor
        member = naming.organisation_before(article, doc[head], noun) if noun.kind != "PERSON" or \
            doc[head].tag_ in ("NNS", "NNPS") else None  # "ISIS terrorists", "EU leaders"
        if member is None and noun.kind != "PERSON":
            member = self._member(article, doc[head], states)
        if member is not None:
            article.add(doc[start:head + 1], member, "member noun")  # "ISIS terrorists"
            return
        state = self.find.left(doc, start, states)
        if state is not None:
            start = left_start(doc, start, states)
        state = state or self.find.of(doc[head], states, article)
        span = doc[start:head + 1]
        if noun.kind == "GROUP":  # "separatist rebels": the group's words are part of its name
            span = naming.with_modifiers(span, doc[head], article.taken)
        if noun.kind == "PERSON" and doc[head].tag_ in ("NNS", "NNPS"):
            # "Iranian leaders" are the state, "US commanders" the armed forces
            body = self.nouns.lookup(noun.body) if noun.body else None
            noun = body or Noun(noun.key, "GOVERNMENT", noun.sector)
        if noun.kind == "PERSON":
            named = naming.appositive_name(doc[head])
            if named is not None and self._apposed(article, span, named, noun, state, states):
                return
            self.offices.name_holder(article, span, noun, state)
            return
        if noun.kind == "GOVERNMENT" and doc[head].tag_ in ("NN", "NNP") and \
                naming.appositive_person(doc[head]) is not None:
            return  # "Fiji's military ruler, Frank Lima": the person named is the ruler
        word = doc[head].lemma_.lower()
        if state is not None:
            article.bodies[word] = state.id
        elif noun.needs_country or several_states(doc[head]) or owner_named(doc[head]) or any(
                c.dep_ == "amod" and c.lower_ in _WORDS.foreign_words and c.i < start
                for c in doc[head].children) or described(article, doc[head]):
            return  # "external forces", "social media": whose is not said; or a description
        else:  # "the administration": as last named with a country, else the article's
            state = self.gazetteer.entries.get(article.bodies.get(word, "")) or \
                self.find.states.get(article.main_country() or "")
        if state is None:
            if noun.kind == "GROUP":
                article.add(span, Actor(actor_id(noun.key), noun.key, "GROUP", None,
                                        noun.sector), "group")
            return
        staff = self.bodies.staff(doc[head], state) if noun.kind == "GOVERNMENT" else None
        if staff is not None:
            article.add(span, staff, "state body")
        elif noun.kind == "GOVERNMENT":
            government = self.find.states.get(state.country or "", state)
            article.add(span, government.actor(), "state noun")
        else:
            article.add(span, self.bodies.of(state, noun), "group" if noun.kind == "GROUP" else
                        "state body")

    def _state_or_body(self, state: Entry, noun: Noun) -> Actor:
        return self.find.states.get(state.country or "", state).actor() \
            if noun.kind == "GOVERNMENT" else self.bodies.of(state, noun)

    def _member(self, article: Article, head: Token, states: dict[int, Entry]) -> Actor | None:
        """'rebels from the Front': the organisation, resolved ahead of its turn."""
        ent = naming.member_entity(head)
        if ent is None:
            return None
        self._entity(article, ent, states)
        actor = article.actors.get(article.at.get(ent.end - 1, ""))
        return actor if actor is not None and actor.kind == "ORGANIZATION" else None

    def _apposed(self, article: Article, span: Span, named: Span, noun: Noun,
                 state: Entry | None, states: dict[int, Entry]) -> bool:
        """'Chile's minister, Ana Lima': the title names that person, who takes its country."""
        self._entity(article, named, states, personal=True)
        person = article.actors.get(article.at.get(named.end - 1, ""))
        if person is None or person.kind != "PERSON":
            return False
        country = state.country if state else noun.country
        article.add(span, replace(person, country=person.country or country), "apposition",
                    None, (noun.key, country))
        return True
