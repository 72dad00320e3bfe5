"""The words around a name that tie it to an actor, read from the parse.

"the National Liberation Army (ELN)": the long form and the acronym in parentheses are one
actor. "rebels from the Front", "fighters of the Army": the group noun stands for the named
organisation. "Brazil's minister, Ana Lima" and "Ana Lima, the minister": the title and the
name in apposition are one person. "the Government of Chile", "the Ministry of Defence of
Peru": an organisation name that is an office of a state. "Kenyan President Ana Lima" tagged
as an organisation by the statistical model is a titled person. The resolver asks this module;
the words live in ``words.json``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from actorgraph.extract.coref import SPEECH_VERBS, Article
from actorgraph.extract.gazetteer import Entry
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import Noun, NounIndex
from actorgraph.extract.states import StateFinder
from actorgraph.graph.model import Actor

__all__ = ["acronym_after", "appositive_name", "appositive_person", "define_acronym", "entity_at",
           "is_document", "member_entity", "names_follow", "office_of_state", "organ_owner",
           "organisation_before", "person_label_start", "speaks_through", "staff_words",
           "strip_name", "tagged_person", "unnamed_speaker", "with_modifiers"]

_WORDS = lexicon().words
# nouns a body noun before them owns: its statements, speakers and acts
_OWNED_NOUNS = _WORDS.speaking_nouns | frozenset(lexicon().evaluated_nouns) | {
    n for cues in lexicon().types.values() for n in cues.nouns}


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity covering token ``i``, if any."""
    if not doc[i].ent_type_:
        return None
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def acronym_after(ent: Span) -> str | None:
    """The gazetteer id of a known acronym in parentheses right after a name:
    'the Patriotic Front (RPF)' is the RPF of the gazetteer."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        short = entity_at(doc, ent.end + 1)
        if short is not None and len(short) == 1 and short.kb_id_:
            return short.kb_id_
    return None


def define_acronym(article: Article, ent: Span, ident: str) -> None:
    """'National Council of Resistance of Iran (NCRI)': NCRI names the same actor here."""
    doc = ent.doc
    for i in range(ent.end, min(len(doc) - 2, ent.end + 5)):
        if doc[i].text == "(":
            short = doc[i + 1]
            if short.text.isupper() and len(short) > 1 and doc[i + 2].text == ")":
                article.names.setdefault(short.text, ident)
            return
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return


def appositive_name(head: Token) -> Span | None:
    """A person's name in apposition with a title noun: 'the minister, Ana Lima' (the name
    depends on the title) or 'Ana Lima, the minister' (the title depends on the name). A name
    the model took for a place or a body is a person's here, unless the gazetteer knows it."""
    doc = head.doc
    candidates = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if head.dep_ == "appos" and head.head.i < head.i:
        candidates.append(head.head)
    # "the prime minister of Tuvalu, Ana Lima": the parser hangs the name on the country
    candidates.extend(a for p in head.children if p.dep_ == "prep" and p.lower_ in
                      _WORDS.of_preps for o in p.children if o.dep_ == "pobj"
                      for a in o.children if a.dep_ == "appos" and a.i > o.i)
    for token in candidates:
        ent = entity_at(doc, token.i)
        if ent is not None and token.i == ent.end - 1 and (
                ent.label_ == "PERSON" or (ent.label_ in ("ORG", "GPE") and not ent.kb_id_)):
            return ent
    return None


def appositive_person(head: Token) -> Span | None:
    """A person's name the model tagged so, in apposition with ``head``."""
    ent = appositive_name(head)
    return ent if ent is not None and ent.label_ == "PERSON" else None


def member_entity(head: Token) -> Span | None:
    """The organisation a group noun is taken from: 'rebels from the Front', 'fighters of
    the Army' (the name, not a country: 'rebels from Chad' are Chad's rebels)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in _WORDS.member_preps:
            for obj in prep.children:
                ent = entity_at(head.doc, obj.i) if obj.dep_ == "pobj" else None
                if ent is not None and ent.label_ == "ORG" and obj.i == ent.end - 1 \
                        and ent.start > head.i:
                    return ent
    return None


def office_of_state(name: Span, find: StateFinder, states: dict[int, Entry]
                    ) -> tuple[str, Entry] | None:
    """'Government of Chile', 'Ministry of Defence of Peru': the office's words and its state."""
    doc = name.doc
    for k in range(name.start + 1, name.end - 1):
        if doc[k].lower_ not in _WORDS.of_preps:
            continue
        rest = doc[k + 1:name.end]
        state = states.get(rest.start) if all(i in states for i in range(rest.start, rest.end)) \
            else find.named(rest.text)
        if state is not None and state.country:
            return doc[name.start:k].text, state
    return None


def person_label_start(name: Span, nouns: NounIndex, find: StateFinder
                       ) -> tuple[int, dict[int, Entry]] | None:
    """Where the title starts in an entity the model took for an organisation but that is a
    titled person's name ('Kenyan President Ana Lima', 'Bishop Ana Lima'), with the states
    named before the title. Only proper nouns after the title qualify, and not the last word of
    an organisation's name ('the President Hotel Group')."""
    doc, start, named = name.doc, name.start, {}
    while start < name.end:
        state = find.named(doc[start].text)
        if state is None and doc[start].tag_ != "POS":
            break
        if state is not None:
            named[start] = state
        start += 1
    if start >= name.end - 1 or doc[name.end - 1].lower_ in _WORDS.body_heads:
        return None
    for k in range(name.end - 2, start - 1, -1):
        match = nouns.match(doc, k)
        if match is not None and match[0] == start and match[1].kind == "PERSON":
            rest = doc[k + 1:name.end]
            if all(t.pos_ == "PROPN" or t.text == "-" for t in rest) and \
                    rest[0].text[:1].isupper():
                return start, named
    return None


def tagged_person(ent: Span) -> bool:
    """The model tagged the same words as a person elsewhere in the article: 'Lima' is a
    person in one sentence and an organisation in the next."""
    text = ent.text
    return any(e.label_ == "PERSON" and text in (e.text, e[-1].text) for e in ent.doc.ents)


def is_document(span: Span) -> bool:
    """'the Presidential Statement', 'the Vienna Convention': a named text, not an actor (a
    person's name without an article is a person's: 'Nathan Law')."""
    if span.label_ == "PERSON" and (span.start == 0 or span.doc[span.start - 1].pos_ != "DET"):
        return False
    return span[-1].lower_ in _WORDS.document_nouns


def speaks_through(token: Token) -> bool:
    """A body noun modifying what it says, who says it or what it does: 'a Defence Ministry
    statement', 'a DRC government crackdown'."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in _OWNED_NOUNS


def unnamed_speaker(token: Token) -> Span | None:
    """A proper name the model left untagged, subject of a speech verb ('Rasool claimed',
    'Ana Rojas said'), with the proper nouns compounded before it."""
    if token.dep_ != "nsubj" or token.pos_ != "PROPN" or not token.text[:1].isupper() or \
            token.ent_type_ or token.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc, start, first = token.doc, token.i, token.sent.start
    while start > first and doc[start - 1].dep_ == "compound" and \
            doc[start - 1].pos_ == "PROPN" and doc[start - 1].head == token and \
            not doc[start - 1].ent_type_:
        start -= 1
    return doc[start:token.i + 1]


def organ_owner(article: Article, ent: Span, entry: Entry) -> Actor | None:
    """Another organisation whose possessive comes before a body's generic name: 'the AU's
    Security Council' is the AU's council, though 'Security Council' alone is the UN's; 'the
    UN's Security Council' stays the UN Security Council (its label names the owner)."""
    doc, start = ent.doc, strip_name(ent).start
    if entry.kind != "ORGANIZATION" or strip_name(ent).text == entry.label:
        return None
    k = start - 1  # over the words of the name the model left out: "the AU's Peace and ..."
    while k > max(start - 4, 1) and doc[k].tag_ != "POS" and (
            doc[k].text[:1].isupper() or doc[k].lower_ in _WORDS.name_glue):
        k -= 1
    if k < 1 or doc[k].tag_ != "POS":
        return None
    owner = article.actors.get(article.at.get(k - 1, ""))
    if owner is None or owner.kind != "ORGANIZATION" or owner.id == entry.id:
        return None
    words = entry.label.casefold().split()
    names = (n.casefold().split() for n in (owner.label, *owner.aliases))
    return None if any(words[:len(n)] == n for n in names) else owner


def organisation_before(article: Article, head: Token, noun: Noun) -> Actor | None:
    """An organisation named as the noun's modifier: 'ISIS fighters', 'IRGC commanders', or
    'its fighters' after an organisation earlier in the sentence; 'the rebels' after one."""
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ in _WORDS.body_pronouns:
            return _last_organisation(article, child)
        if child.dep_ in ("compound", "poss") and child.i in article.at:
            actor = article.actors.get(article.at[child.i])
            if actor is not None and actor.kind == "ORGANIZATION":
                return actor
    return _one_of_its_sector(article, head, noun)


def _one_of_its_sector(article: Article, head: Token, noun: Noun) -> Actor | None:
    """'the rebels', 'the militants' with no word of their own: the one named organisation
    of that sector ('REBEL') the article names before them, if only one."""
    if noun.kind != "GROUP" or noun.sector is None or head.tag_ != "NNS" or \
            member_entity(head) is not None or any(  # "rebels from the Front": that one
                c.dep_ in ("amod", "compound", "nmod", "poss") for c in head.children) or \
            not any(c.dep_ == "det" and c.lower_ in _WORDS.definite_articles
                    for c in head.children):
        return None
    named = {m.actor for m in article.mentions if m.start < head.idx}
    fitting = [a for a in map(article.actors.get, named)
               if a is not None and a.kind == "ORGANIZATION" and a.sector == noun.sector]
    return fitting[0] if len(fitting) == 1 else None


def _last_organisation(article: Article, token: Token) -> Actor | None:
    for i in range(token.i - 1, token.sent.start - 1, -1):
        actor = article.actors.get(article.at.get(i, ""))
        if actor is not None:
            return actor if actor.kind == "ORGANIZATION" else None
    return None


def names_follow(doc: Doc, head: int) -> bool:
    """A title that introduces a name ('President Trump') belongs to the name's mention."""
    nxt = head + 1
    return nxt < len(doc) and doc[nxt].ent_type_ == "PERSON" and doc[nxt].ent_iob_ == "B"


def strip_name(ent: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: "the US's" -> "US"."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].lower_ in _WORDS.articles:
        start += 1
    while end > start + 1 and ent.doc[end - 1].tag_ == "POS":
        end -= 1
    return ent.doc[start:end]


def with_modifiers(span: Span, head: Token, taken: set[int]) -> Span:
    """The group noun's mention with the words that qualify it: 'separatist rebels', 'rival
    militias' (adjectives and nouns modifying the head, not names, not another mention)."""
    doc, start, first = span.doc, span.start, head.sent.start  # Token.sent walks the sentence
    while start > first:
        word = doc[start - 1]
        if word.head != head or word.dep_ not in ("amod", "compound") or word.ent_type_ or \
                word.pos_ not in ("ADJ", "NOUN", "VERB") or word.i in taken:
            break
        start -= 1
    return doc[start:span.end]


def staff_words(head: Token) -> str | None:
    """The common nouns compounded right before a staff noun: 'prison' in 'prison officials',
    'foreign ministry' in 'foreign ministry officials' (lower case), or None."""
    doc, start, first = head.doc, head.i, head.sent.start
    while start > first and doc[start - 1].head == head and \
            doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN":
        start -= 1
    if start == head.i:
        return None
    while start > first and doc[start - 1].head == doc[start] and \
            doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].pos_ in ("ADJ", "NOUN"):
        start -= 1  # "foreign" in "foreign ministry officials"
    return doc[start:head.i].text.lower()
