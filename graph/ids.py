"""Stable identifiers: the same input gives the same ids in every run and on every machine.

>>> slugify("Côte d'Ivoire")
'cote-d-ivoire'
>>> relation_id("doc1", "ACCUSE", "iran", "israel", 10, 42, "blamed")
'r-ffd6a7aab03b2e06'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

__all__ = ["relation_id", "slugify"]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII with runs of other characters turned into one hyphen."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", ascii_text.lower()).strip("-") or "x"


def relation_id(doc: str, type_: str, source: str, target: str, start: int, end: int,
                trigger: str) -> str:
    """A short hash of everything that makes one relation instance distinct."""
    key = "\x1f".join((doc, type_, source, target, str(start), str(end), trigger))
    return "r-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
