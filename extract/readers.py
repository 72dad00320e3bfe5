"""Readers: turn paths (.txt, directories, .jsonl, saved .html, ``-``) into Articles, lazily.

A problem with one article raises :class:`InputError` naming the file (and line); callers
that skip bad articles catch it per article via :func:`read_inputs` with ``on_error``.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from actorgraph.graph.errors import InputError
from actorgraph.graph.io import parse_json_object
from actorgraph.graph.model import Article
from actorgraph.web.charset import decode_page
from actorgraph.web.page import extract_html

__all__ = ["MAX_CHARS", "SUFFIXES", "read_inputs", "read_path", "read_text_article"]

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
# How to turn a file actorgraph cannot read into one it can.
_CONVERT = {
    ".pdf": "PDF is not supported: convert it to text first, e.g. pdftotext FILE.pdf FILE.txt",
    ".docx": "Word files are not supported: save as plain text (.txt) first",
    ".md": "Markdown is not read: rename a plain-text article to .txt",
}
_OTHER = "not an article format: use .txt, .jsonl or .html"
# spaCy's own default limit: longer texts need too much memory to parse, and no news article
# is that long, so such an input is reported as bad rather than parsed.
MAX_CHARS = 1_000_000
_DATE_LINE = re.compile(r"^\s*date[:\s]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")

ErrorHandler = Callable[[InputError], None]


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{name}: not UTF-8 text (byte {err.start})") from err
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _real_date(text: str, what: str) -> str:
    """``text`` if it names a day of the calendar (not 2024-13-45 or 2024-02-30)."""
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"{what} {text!r} is not a real date") from None


def read_text_article(text: str, article_id: str, name: str) -> Article:
    """An article from plain text; a leading ``date YYYY-MM-DD`` becomes its date.

    The date line is blanked rather than removed so that offsets still index the file.
    """
    _check_size(text, name)
    date = None
    match = _DATE_LINE.match(text)
    if match:
        date = _real_date(match.group(1), f"{name}: date line")
        text = " " * match.end() + text[match.end():]
    return Article(id=article_id, text=text, date=date)


def _check_size(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name}: empty article")
    if len(text) > MAX_CHARS:
        raise InputError(f"{name}: article too long ({len(text):,} characters; the limit is "
                         f"{MAX_CHARS:,})")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err


def _jsonl_article(data: dict[str, Any], name: str) -> Article:
    text, ident = data.get("text"), data.get("id")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{name}: no 'text' field (or it is empty)")
    _check_size(text, name)
    if ident is None or not str(ident).strip():
        raise InputError(f"{name}: no 'id' field")
    date = data.get("date")
    if date is not None and not (isinstance(date, str) and _ISO_DATE.match(date)):
        raise InputError(f"{name}: 'date' must be an ISO date (YYYY-MM-DD), got {date!r}")
    if date:
        _real_date(date[:10], f"{name}: 'date'")
    meta = {k: data.get(k) for k in ("title", "url", "source")}
    clean = {k: str(v) for k, v in meta.items() if v is not None}
    return Article(id=str(ident), text=text.replace("\r\n", "\n"),
                   date=date[:10] if date else None, **clean)


def _read_jsonl(path: Path, on_error: ErrorHandler | None) -> Iterator[tuple[str, Article]]:
    """One article per line; each bad line is reported on its own, the rest still read."""
    empty = True
    for number, raw in _binary_lines(path):
        empty = False
        name = f"{path}:{number}"
        try:
            article = _jsonl_article(parse_json_object(raw, name), name)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        yield name, article
    if empty:
        raise InputError(f"{path}: empty file")


def _binary_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines as bytes, so that one badly encoded line spoils only itself."""
    try:
        with open(path, "rb") as handle:
            for number, raw in enumerate(handle, 1):
                if raw.strip():
                    yield number, raw
    except OSError as err:
        raise InputError(f"{path}: cannot read: {err.strerror or err}") from err


def _read_html(path: Path, ident: str) -> Article:
    data = _read_bytes(path)
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (NUL bytes), not an HTML page")
    page = extract_html(decode_page(data))  # by its declared charset, or a detected one
    text = page["text"] or ""
    if not text.strip():
        raise InputError(f"{path}: no article text found in the HTML page")
    _check_size(text, str(path))
    return Article(id=ident, text=text, date=page["date"], title=page["title"],
                   url=page["source"], source=page["sitename"])


def read_path(path: Path, on_error: ErrorHandler | None = None) -> Iterator[Article]:
    """Articles from one path: a file, a directory (recursive, sorted) or ``-`` (stdin).

    A text or HTML file's id is its name without the extension; inside a directory, its path
    from there (``x/a`` and ``y/a`` for two files named ``a.txt``).
    """
    for _, article in _located(Path(path), on_error, Path(path).stem):
        yield article


def _located(path: Path, on_error: ErrorHandler | None,
             ident: str) -> Iterator[tuple[str, Article]]:
    """(where it was read: file or file:line, article) for every article of ``path``."""
    if str(path) == "-":
        text = _decode(sys.stdin.buffer.read(), "<stdin>")
        yield "<stdin>", read_text_article(text, "stdin", "<stdin>")
        return
    if path.is_dir():
        yield from _read_directory(path, on_error)
        return
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    suffix = path.suffix.lower()
    if suffix in _CONVERT:
        raise InputError(f"{path}: {_CONVERT[suffix]}")
    if suffix == ".jsonl":
        yield from _read_jsonl(path, on_error)
    elif suffix in (".html", ".htm"):
        yield str(path), _read_html(path, ident)
    else:
        yield str(path), read_text_article(_decode(_read_bytes(path), str(path)), ident,
                                           str(path))


def _read_directory(path: Path, on_error: ErrorHandler | None
                    ) -> Iterator[tuple[str, Article]]:
    """Every article file under ``path``; a folder with none says what it ignored and why."""
    files = sorted(p for p in path.rglob("*") if p.is_file())
    readable = [p for p in files if p.suffix.lower() in SUFFIXES]
    ignored = [p for p in files if p not in readable and not p.name.startswith(".")]
    if ignored and not readable:
        raise InputError(f"{path}: no .txt, .jsonl or .html files; ignored "
                         + "; ".join(_why_ignored(ignored)))
    for file in readable:
        ident = file.relative_to(path).with_suffix("").as_posix()
        yield from _guard(functools.partial(_located, file, on_error, ident), on_error)


def _why_ignored(files: list[Path]) -> list[str]:
    """``"report.pdf (PDF is not supported; convert it ...)"``, at most five files named."""
    reasons = [f"{p.name} ({_CONVERT.get(p.suffix.lower(), _OTHER)})" for p in files[:5]]
    return reasons + ([f"and {len(files) - 5} more"] if len(files) > 5 else [])


def _guard(make: Callable[[], Iterator[tuple[str, Article]]],
           on_error: ErrorHandler | None) -> Iterator[tuple[str, Article]]:
    try:
        yield from make()
    except InputError as err:
        if on_error is None:
            raise
        on_error(err)


def read_inputs(paths: Iterable[Path], on_error: ErrorHandler | None = None,
                date: str | None = None) -> Iterator[Article]:
    """Articles from every path in order. ``on_error`` receives bad articles instead of raising.

    Article ids must be unique across the inputs: a repeated id is an error naming both
    places. Files given by name that share a name get their path as id instead.
    """
    paths = [Path(p) for p in paths]
    stems = Counter(p.stem for p in paths if p.suffix.lower() != ".jsonl" and p.is_file())
    seen: dict[str, str] = {}
    for path in paths:
        ident = path.with_suffix("").as_posix() if stems[path.stem] > 1 else path.stem
        for where, article in _guard(functools.partial(_located, path, on_error, ident),
                                     on_error):
            if article.id in seen:
                err = InputError(f"{where}: duplicate article id {article.id!r} (first at "
                                 f"{seen[article.id]})")
                if on_error is None:
                    raise err
                on_error(err)
                continue
            seen[article.id] = where
            yield article if date is None else _with_date(article, date)


def _with_date(article: Article, date: str) -> Article:
    from dataclasses import replace

    return replace(article, date=date)
