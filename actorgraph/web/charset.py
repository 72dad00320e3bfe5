"""Decoding web pages: the declared charset (HTTP header, BOM, meta tag), else a detected one.

A saved page in windows-1252 that says so in its meta tag reads as well as a UTF-8 one. As
browsers do (WHATWG Encoding), a page labelled ISO-8859-1 or ASCII is read as windows-1252.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset", "decode_page"]

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
           "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}


def _known(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset a page declares: BOM, then the HTTP header, then a meta or XML tag."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if content_type and "charset=" in content_type.lower():
        found = _known(content_type.lower().split("charset=")[1].split(";")[0])
        if found:
            return found
    head = data[:4096]
    match = _META.search(head) or _XML.search(head)
    return _known(match.group(1).decode("ascii", "replace")) if match else None


def decode_page(data: bytes, content_type: str | None = None) -> str:
    """Text of an HTML page or feed; never fails (undecodable bytes become U+FFFD)."""
    declared = declared_charset(data, content_type)
    if declared:
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:65536]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")
