"""The actor ruler: marks every gazetteer name in the text as an entity.

Gazetteer matches win over the statistical model's entities where they overlap, which fixes
its label mistakes for known actors (e.g. a president tagged ORG) and splits off titles.
The actor id is stored in ``Span.kb_id_`` when the name is unambiguous.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from actorgraph.extract.gazetteer import Entry, Gazetteer, default_gazetteer, fold_accents
from actorgraph.extract.lexicon import lexicon
from actorgraph.extract.nouns import NounIndex
from actorgraph.extract.passages import text_of

__all__ = ["ActorRuler"]

_GLUE = lexicon().words.name_glue
# The model's labels of places and things, whose names may hold a country's name.
_THINGS = frozenset({"LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT"})
_PLACE_OR_TEXT = lexicon().words.place_nouns | lexicon().words.document_nouns
_LABELS = {"PERSON": "PERSON", "GOVERNMENT": "GPE", "ORGANIZATION": "ORG", "GROUP": "NORP"}
_HONORIFICS = lexicon().words.honorifics
_TRAILING = frozenset({"CCONJ", "ADP", "DET"})  # never the last word of a name
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")  # a hyphen inside a name: "al-Sham", "ZANU-PF"
_PAIRS = lexicon().words.spellings
_SPELLINGS = {**dict(zip(_PAIRS[::2], _PAIRS[1::2], strict=True)),
              **dict(zip(_PAIRS[1::2], _PAIRS[::2], strict=True))}


@Language.factory("actorgraph_actor_ruler", default_config={"gazetteers": []})
def make_actor_ruler(nlp: Language, name: str, gazetteers: Sequence[str]) -> ActorRuler:
    return ActorRuler(nlp, default_gazetteer(tuple(gazetteers)))


def _surface_names(entry: Entry, seats: frozenset[str]) -> list[str]:
    variants = []
    for name in entry.names(seats):
        # news sets apostrophes typographically as often as not ("Côte d’Ivoire"), writes a
        # hyphen of a name as a space as often ("Hayat Tahrir al Sham"), and spells it
        # British or American ("Organisation")
        spaced = _HYPHEN.sub(" ", name)
        spelt = " ".join(_SPELLINGS.get(w, w) for w in name.split(" "))
        for form in dict.fromkeys((name, fold_accents(name), name.replace("'", "’"), spaced,
                                   fold_accents(spaced), spelt)):
            variants.append(form)
            if form.lower().startswith("the "):
                variants.append(form[4:])
    return variants


class ActorRuler:
    """Phrase-match gazetteer names (case-sensitive) and demonyms; set ``doc.ents``."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        owners: dict[str, set[str]] = {}
        seats = gazetteer.seats()
        for entry in gazetteer.entries.values():
            for name in _surface_names(entry, seats):
                owners.setdefault(name, set()).add(entry.id)
        self.owner = {name: next(iter(ids)) if len(ids) == 1 else ""
                      for name, ids in owners.items()}
        by_label: dict[str, list[str]] = {}
        for name, ids in sorted(owners.items()):
            by_label.setdefault(_LABELS[gazetteer.entries[min(ids)].kind], []).append(name)
        for label, names in by_label.items():
            self.matcher.add(label, [nlp.make_doc(n) for n in names])
        self.groups = NounIndex({}, gazetteer.groups)
        titles = NounIndex(gazetteer.titles, {})
        self.title_words = {w for phrase in titles.phrases for w in phrase} | _HONORIFICS
        demonyms = sorted({d for e in gazetteer.entries.values() for d in e.demonyms})
        self.matcher.add("NORP", [nlp.make_doc(d) for d in demonyms])

    def __call__(self, doc: Doc) -> Doc:
        found = []
        for match_id, start, end, text in self._matches(doc):
            label = doc.vocab.strings[match_id]
            found.append(Span(doc, start, end, label=label, kb_id=self.owner.get(text, "")))
        found = [s for s in found if not self._group_word(s)]
        named = [e for e in doc.ents if self._names_organization(e, found) or
                 _names_place(e, found) or _names_part(e, found) or
                 self._names_namesake(e, found) or _names_person(e, found)]
        keep = [s for s in filter_spans(found)
                if not any(e.start <= s.start and s.end <= e.end for e in named)]
        taken = {i for span in keep for i in range(span.start, span.end)}
        model = [_hyphenated(self._whole_name(_trimmed(e))) for e in doc.ents
                 if not taken.intersection(range(e.start, e.end))]
        doc.ents = sorted([*keep, *model], key=lambda s: s.start)
        return doc

    def _matches(self, doc: Doc) -> list[tuple[int, int, int, str]]:
        """The names matched as written, and with their accents dropped where the text has
        them and the gazetteer not ('Burkinabé', 'Kéita')."""
        found = [(m, start, end, doc[start:end].text) for m, start, end in self.matcher(doc)]
        text = text_of(doc)
        if text.isascii() or unicodedata.is_normalized("NFKD", text):
            return found  # no accent to drop (curly quotes and dashes stay as they are)
        words = [fold_accents(t.text) or t.text for t in doc]
        if all(w == t.text for w, t in zip(words, doc, strict=True)):
            return found
        folded = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        for m, start, end in self.matcher(folded):
            if not doc[start:end].text.isascii():
                found.append((m, start, end, folded[start:end].text))
        return found

    def _group_word(self, span: Span) -> bool:
        """A name ending in a common word that modifies the noun after it: 'Mali's military'
        in "Mali's military rulers" names Mali's rulers, in "the Israeli military offensive"
        Israel's offensive, not the army."""
        last = span[-1]
        if not last.is_lower or span.end >= len(span.doc):
            return False
        group = self.groups.match(span.doc, span.end)
        after = span.doc[span.end]
        return (group is not None and group[0] < span.end) or (
            last.pos_ == "ADJ" and last.dep_ == "amod" and last.head == after)

    def _whole_name(self, ent: Span) -> Span:
        """A model PERSON of a lone surname with the first name it left out: 'Ana [Lopes]' is
        'Ana Lopes' (an untagged capitalised name compounded onto it, not a title)."""
        doc = ent.doc
        if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0 or \
                not _first_name(doc[ent.start - 1], ent) or \
                doc[ent.start - 1].lower_.rstrip(".") in self.title_words:
            return ent
        return Span(doc, ent.start - 1, ent.end, label=ent.label_)

    def _names_organization(self, ent: Span, found: list[Span]) -> bool:
        """A model ORG named after one place: 'the Washington Examiner', 'Council of ... Iran'.

        Only proper nouns may surround the place name, and not in a title-cased headline,
        where the model's ORG spans run over verbs and nouns ("U.S. Military Posture").
        """
        if ent.label_ != "ORG":
            return False
        inner = [s for s in found if ent.start <= s.start and s.end <= ent.end]
        if len(inner) != 1 or inner[0].label_ not in ("GPE", "NORP") or _headline(ent):
            return False
        rest = [t for t in ent if not inner[0].start <= t.i < inner[0].end]
        return all(t.pos_ == "PROPN" or t.lower_ in _GLUE for t in rest) and \
            any(t.pos_ == "PROPN" for t in rest)


    def _names_namesake(self, ent: Span, found: list[Span]) -> bool:
        """A model PERSON whose last words are a known person's short name but whose first
        name is none of theirs is someone else: 'Ahmed Karimov' is not 'Islam Karimov'."""
        if ent.label_ != "PERSON":
            return False
        inner = [s for s in found if ent.start < s.start and s.end == ent.end and s.kb_id_]
        entry = self.gazetteer.entries.get(inner[0].kb_id_) if len(inner) == 1 else None
        if entry is None or entry.kind != "PERSON":
            return False
        own = {w.casefold() for name in entry.names() for w in name.split()}
        before = ent.doc[ent.start:inner[0].start]
        return before[0].pos_ == "PROPN" and before[0].is_title and not any(
            _spelling_of(t.lower_, own) or t.lower_.rstrip(".") in self.title_words
            for t in before)


def _names_person(ent: Span, found: list[Span]) -> bool:
    """A model PERSON whose first or last name is also a place's: 'Jordan Bardella', 'Israel
    Katz', 'Dominique Dupuy', 'Maria Sofia', 'Geddel Vieira Lima' are people, not Jordan,
    Israel, Dominica, Bulgaria or Peru."""
    if ent.label_ != "PERSON" or not all(t.pos_ == "PROPN" and t.is_title for t in ent):
        return False
    return any(s.label_ == "GPE" and len(s) < len(ent) and s.start in (ent.start, ent.end - 1)
               and s.end in (ent.start + 1, ent.end) for s in found)


def _first_name(token: Token, ent: Span) -> bool:
    return token.pos_ == "PROPN" and token.dep_ == "compound" and token.is_title and \
        not token.ent_type_ and ent.start <= token.head.i < ent.end


def _spelling_of(word: str, names: set[str]) -> bool:
    """One of ``names`` or another transliteration of one: 'Mamadi' for 'Mamady'."""
    return word in names or any(SequenceMatcher(None, word, n).ratio() >= 0.7 for n in names)


def _names_place(ent: Span, found: list[Span]) -> bool:
    """A model place or thing named after a country ('the Indian Ocean', 'the South China
    Sea', 'Latin American'): the country word is part of the name, not the state. A country
    ending the name stays ('western Cambodia' is still Cambodia's)."""
    inner = [s for s in found if ent.start <= s.start and s.end <= ent.end and len(s) < len(ent)]
    if ent.label_ == "NORP":  # "Latin American", but "Turkish Kurds" are Turkey's Kurds
        return len(inner) == 1 and inner[0].end == ent.end
    return ent.label_ in _THINGS and ent[-1].lower_ in _PLACE_OR_TEXT and \
        any(s.label_ == "NORP" or s.end < ent.end for s in inner)


def _names_part(ent: Span, found: list[Span]) -> bool:
    """A model ORG that continues a known body's name with capitalised words names a body of
    its own: 'the Commonwealth Ministerial Action Group', 'the ECOWAS Commission', 'South
    Korea's National Security Council' (not the UN's)."""
    if ent.label_ != "ORG":
        return False
    inner = filter_spans([s for s in found if ent.start <= s.start and s.end <= ent.end
                          and len(s) < len(ent) and s.label_ == "ORG"])
    if len(inner) != 1 or _headline(ent):
        return False
    after = ent[inner[0].end - ent.start:]
    before = [t for t in ent[:inner[0].start - ent.start]
              if not (t.i == ent.start and t.pos_ == "DET")]  # "the"
    if not before and not len(after):
        return False  # "the State Department": the known body itself
    return all(t.pos_ == "PROPN" or t.is_title for t in after) and all(
        t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in before) and not any(
        s.start < inner[0].start and s.end > ent.start for s in found if s is not inner[0])


def _trimmed(ent: Span) -> Span:
    """The model's entity without a trailing conjunction, preposition or determiner it ran
    over ('the National Assembly and' in 'the National Assembly and the Senate')."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].pos_ in _TRAILING and \
            ent.doc[end - 1].is_lower:  # not a name's own word: 'Anita Among'
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_,
                                           kb_id=ent.kb_id_)


def _hyphenated(ent: Span) -> Span:
    """A model PERSON cut at a hyphen takes the rest of its word: 'Park Sung[-woo]'."""
    doc, end = ent.doc, ent.end
    while ent.label_ == "PERSON" and end + 1 < len(doc) and doc[end].text == "-" and \
            not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


def _headline(ent: Span) -> bool:
    words = [t for t in ent.sent if t.is_alpha and len(t) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.9 * len(words)
