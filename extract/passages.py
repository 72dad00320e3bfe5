"""The text around a token: sentences, paragraphs (lines) and quotations, built once per Doc."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

__all__ = ["CACHES", "paragraph", "previous_paragraph", "quoted", "quoted_at",
           "sentence_start", "sentences_before", "sentences_of", "text_of"]

# what this module keeps in ``Doc.user_data``, to be dropped when the Doc changes
CACHES = ("actorgraph_text", "actorgraph_sents", "actorgraph_starts")

_OPENING_QUOTES = "\"“‘«"


def previous_paragraph(doc: Doc, sentences: list[Span]) -> list[Span]:
    """The sentences of the paragraph before the one of ``sentences``, in text order."""
    first = min(s.start for s in sentences)
    if first == 0:
        return []
    return sorted(paragraph(doc, doc[first - 1].sent), key=lambda s: s.start)


def text_of(doc: Doc) -> str:
    """The article text, built once per Doc (``Doc.text`` rebuilds it on every access)."""
    text = doc.user_data.get("actorgraph_text")
    if text is None:
        text = doc.user_data["actorgraph_text"] = doc.text
    return str(text)


def sentences_of(doc: Doc) -> list[Span]:
    """The Doc's sentences, listed once per Doc (``Doc.sents`` rebuilds them on every access)."""
    found = doc.user_data.get("actorgraph_sents")
    if found is None:
        found = doc.user_data["actorgraph_sents"] = list(doc.sents)
    return list(found)


def sentence_start(token: Token) -> int:
    """Where ``token``'s sentence starts (``Token.sent`` looks for it on every access)."""
    starts = token.doc.user_data.get("actorgraph_starts")
    if starts is None:
        starts = token.doc.user_data["actorgraph_starts"] = [
            s.start for s in sentences_of(token.doc)]
    return int(starts[bisect_right(starts, token.i) - 1])


def sentences_before(token: Token, count: int) -> list[Span]:
    """The last ``count`` sentences before ``token``'s own, in text order."""
    start = token.sent.start
    return [s for s in sentences_of(token.doc) if s.end <= start][-count:]


def quoted_at(text: str, offset: int) -> bool:
    """Is character ``offset`` of ``text`` inside a quotation opened earlier on its line?
    (Curly quotes open and close; a straight one opens or closes by parity.)"""
    before = text[text.rfind("\n", 0, offset) + 1:offset]
    opens = sum(before.count(q) for q in "“«") + before.count('"') % 2
    return opens > sum(before.count(q) for q in "”»")


def quoted(doc: Doc, sentence: Span) -> bool:
    """Is the sentence inside a quotation (an opening quote before it is not yet closed)?"""
    return quoted_at(text_of(doc), sentence.start_char) or \
        sentence.text.lstrip()[:1] in _OPENING_QUOTES


def paragraph(doc: Doc, sentence: Span) -> list[Span]:
    """The sentences of the paragraph (line) holding ``sentence``, nearest first."""
    text = text_of(doc)
    start = text.rfind("\n", 0, sentence.start_char) + 1
    end = text.find("\n", sentence.end_char)
    end = len(text) if end < 0 else end
    # a sentence belongs to the line it starts on (its trailing blank lines are its own tokens)
    sents = [s for s in sentences_of(doc) if start <= s.start_char < end]
    return sorted(sents, key=lambda s: abs(s.start - sentence.start))
