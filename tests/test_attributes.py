"""The attribute ruler's lookup table gives exactly the matches, and so the annotations, of
spaCy's own ruler; the lemmatizer's memory gives exactly its lemmas."""

from __future__ import annotations

import importlib.util
from typing import cast

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from actorgraph.extract.attributes import remember_lemmas, speed_up
from actorgraph.extract.nlp import DEFAULT_MODELS, load_pipeline

TEXTS = [
    "Lithuania's foreign minister said on Tuesday that Minsk ain't gonna get away with it.",
    "There were protests; there's no deal, and let's be clear: they gotta leave by May.",
    "  The envoy   was summoned.\n\nHe didn't comment, nor did his deputy, who'd left.\t",
    "Kenya's   president, 61, urged calm – 'we are not afraid' – as 3,000 marched in Nairobi.",
    "\"Who's next?\" asked the Senegalese daily Le Soleil. It wasn't clear; it's never been.",
    "U.S. Treasury sanctions hit 14 firms & 2 vessels (incl. the MV Sea Star) on Friday.",
    "",
]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    name = next(m for m in DEFAULT_MODELS if importlib.util.find_spec(m))
    plain, fast = spacy.load(name), spacy.load(name)
    assert speed_up(fast) and remember_lemmas(fast)
    return plain, fast


def test_the_same_matches_as_spacy(models: tuple[Language, Language]) -> None:
    fast = models[1]
    ruler, table = (cast(AttributeRuler, nlp.get_pipe("attribute_ruler")) for nlp in models)
    with fast.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(fast.pipe(TEXTS * 2))  # the second time round, from the table's memory
    for doc in docs:
        assert table.match(doc) == ruler.match(doc)
    assert any(end - start > 1 for doc in docs for *_, start, end in ruler.match(doc))


def test_the_same_annotations(models: tuple[Language, Language]) -> None:
    plain, fast = models
    for ours, theirs in zip(fast.pipe(TEXTS), plain.pipe(TEXTS), strict=True):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in ours] == \
            [(t.pos_, t.tag_, str(t.morph), t.lemma_) for t in theirs]


def test_lemmas_from_memory_are_the_lemmatizers_own(models: tuple[Language, Language]) -> None:
    plain, fast = models
    known = fast.get_pipe("lemmatizer").lemmatize.known  # type: ignore[attr-defined]
    texts = [*TEXTS, "They were leaving; he leaves; the leaves fell; leaving was hard.", *TEXTS]
    for ours, theirs in zip(fast.pipe(texts), plain.pipe(texts), strict=True):
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert {"leave", "leaf"} <= {lemmas[0] for lemmas in known.values()}


def test_memory_only_for_a_lemmatizer_of_known_mode() -> None:
    nlp = spacy.blank("en")
    assert not remember_lemmas(nlp)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert remember_lemmas(nlp)


def test_patterns_it_cannot_express_leave_spacy_in_charge() -> None:
    nlp = spacy.blank("en")
    assert not speed_up(nlp)  # no ruler at all
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": "un"}, {"IS_PUNCT": True, "OP": "?"}]], {"LEMMA": "United Nations"})
    assert not speed_up(nlp)
    assert nlp("un.")[0].lemma_ == "United Nations"


def test_a_toy_ruler_later_rules_win() -> None:
    nlp = spacy.blank("en")
    ruler = cast(AttributeRuler, nlp.add_pipe("attribute_ruler"))
    ruler.add([[{"LOWER": {"IN": ["junta", "regime"]}}]], {"NORM": "government"})
    ruler.add([[{"LOWER": {"REGEX": "^reg"}}]], {"NORM": "rule"})
    ruler.add([[{"LOWER": "the"}, {"LOWER": "regime"}]], {"NORM": "state"}, index=1)
    assert speed_up(nlp)
    assert [t.norm_ for t in nlp("the junta and the regime")] == \
        ["the", "government", "and", "the", "state"]


def test_the_tokenizer_remembers_article_words() -> None:
    """Loading the components tokenises thousands of names: they must not leave the tokenizer's
    cache full, or no article word is ever remembered and each is split anew. (A pipeline of
    its own: the shared one has read other tests' texts, which may have filled the cache.)"""
    tokenizer = load_pipeline().tokenizer
    search = tokenizer.suffix_search
    calls = []

    def counted(text: str) -> object:
        calls.append(text)
        return search(text)

    tokenizer.suffix_search = counted  # setting it empties the cache, as spaCy does
    try:
        text = "Quito's envoy, recalled on Monday, said talks (at last) were over."
        first = [t.text for t in tokenizer(text)]
        splits = len(calls)
        assert [t.text for t in tokenizer(text)] == first and splits > 0
        assert len(calls) == splits  # every word came from the cache the second time
    finally:
        tokenizer.suffix_search = search
