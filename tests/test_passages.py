"""The text around a token, remembered per Doc: the same answers as spaCy's own, every time."""

from __future__ import annotations

from spacy.language import Language

from actorgraph.extract.nlp import make_doc
from actorgraph.extract.passages import CACHES, paragraph, sentence_start, sentences_of, text_of

TEXT = ("Quito recalled its envoy.\nThe ministry said on Monday that talks were over. "
        "Lima called the move \"regrettable\".\n\nA third paragraph follows, short.")


def test_remembered_text_and_sentences_are_spacys(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, TEXT, "a"))
    for _ in range(2):  # built the first time, remembered the second
        assert text_of(doc) == doc.text
        assert [s.start for s in sentences_of(doc)] == [s.start for s in doc.sents]
        assert [sentence_start(t) for t in doc] == [t.sent.start for t in doc]


def test_a_paragraph_is_its_line(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, TEXT, "a"))
    said = next(t for t in doc if t.text == "said")
    assert {s.text.strip() for s in paragraph(doc, said.sent)} == {
        "The ministry said on Monday that talks were over.",
        "Lima called the move \"regrettable\"."}


def test_the_extractor_leaves_no_cache_behind(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, TEXT, "a"))
    assert not set(CACHES) & set(doc.user_data)
