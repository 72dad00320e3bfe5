"""Datelines: 'NAIROBI (AP) -', 'BOGOTA, March 3 -', 'QUITO/BOGOTA (Reuters) -', 'TALLINN - ',
'Doha, Nov 3:', 'Washington, Dec. 11 (EFE) -'.

A dateline opens an article's first paragraph with the place it was filed from and the agency
that filed it. It is a sentence of its own (:func:`actorgraph.extract.nlp.paragraphs`), and the
names in it are where and by whom the story was written, never actors of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from actorgraph.extract.lexicon import lexicon

__all__ = ["dateline_end", "in_dateline"]

_DASHES = ("-", "--", "—", "–")
_LONG_DASHES = ("—", "–")  # "NATO - the alliance - warned": a hyphen alone ends no dateline
_JOINERS = str.maketrans("", "", "/-.'")  # inside a place name in capitals
_MONTHS = lexicon().words.month_names


def dateline_end(doc: Doc, start: int) -> int | None:
    """Where the text after a dateline starts: the place (in capitals, or written as a name
    when a date follows: 'Doha, Nov 3:'), an optional date or country after a comma and an
    optional agency in brackets, ended by a dash (or a colon after the date or brackets)."""
    i, comma, capitals, brackets, dated, named = start, False, False, False, False, False
    while i < min(len(doc), start + 14):
        text = doc[i].text
        if text == "-" and i > start and not doc[i - 1].whitespace_:
            i += 1  # "PORT-AU-PRINCE": a hyphen inside the place name
            continue
        if text in _DASHES or (text == ":" and dated):
            strong = brackets or comma or text in _LONG_DASHES or text == ":" or \
                _spaced_hyphen(doc, start, i)
            place = capitals or (named and dated)
            return i + 1 if (place or brackets) and strong else None
        if text == "(":
            close = next((j for j in range(i + 1, min(len(doc), i + 6))
                          if doc[j].text.startswith(")")), None)
            if close is None:
                return None
            after = doc[close + 1].text if close + 1 < len(doc) else ""
            if doc[close].text == "):" or (i == start and after not in _DASHES
                                           and after[:1].isupper()):
                return close + 1  # "(Reuters): The U.S. ...", "(MENAFN) Attorney General ..."
            i, brackets = close + 1, True
            continue
        letters = text.translate(_JOINERS)  # "QUITO/BOGOTA", "PORT-AU-PRINCE", "ST."
        upper = letters.isalpha() and letters.isupper() and len(letters) > 1
        name = not comma and letters.isalpha() and text.istitle()  # "Doha", "Port Moresby"
        month = comma and text.lower().rstrip(".") in _MONTHS
        if not (upper or name or text in (",", "/") or
                (comma and (text.isdigit() or text.istitle()))):
            return None
        comma, capitals = comma or text == ",", capitals or upper
        named, dated = named or name, dated or month
        i += 1
    return None


def _spaced_hyphen(doc: Doc, start: int, i: int) -> bool:
    """'TALLINN - Estonia said': a spaced hyphen after place words in capitals (each of three
    letters or more, not an acronym such as 'UN') and before a capitalised word."""
    after = doc[i + 1].text if i + 1 < len(doc) else ""
    return bool(doc[i - 1].whitespace_ and doc[i].whitespace_ and after[:1].isupper()) and all(
        len(t.text) >= 3 and t.text.isalpha() for t in doc[start:i]) and len(doc[start:i].text) > 4


def in_dateline(span: Span) -> bool:
    """Is the span inside the dateline that opens its paragraph?"""
    sentence = span.sent
    return dateline_end(span.doc, sentence.start) == sentence.end
