"""Stage 1: read an article file into an :class:`~kg.models.Article`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from kg.errors import KgError
from kg.language import available_languages
from kg.models import Article

MAX_BYTES = 5 * 1024 * 1024
HEADER = re.compile(r"^ ?date\s+(\S+)\s*(.*)$")
LANG_SUFFIX = re.compile(r"\.([a-z]{2})$")


def parse_date(value: str) -> dt.date:
    """Parse an ISO date, with a message that names the bad value."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise KgError(f"impossible or malformed date {value!r}; expected YYYY-MM-DD") from None


def guess_language(name: str) -> str | None:
    """The language code of a file named ``slug.LANG.txt``."""
    match = LANG_SUFFIX.search(Path(name).stem)
    return match.group(1) if match else None


def read_article(path: str | Path, date: str | None = None, lang: str | None = None) -> Article:
    """Read ``path``: a header line `` date YYYY-MM-DD Title`` then the body.

    ``date`` and ``lang`` serve files without a header or without a language in their name.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "a.lv.txt")
    >>> _ = open(p, "w", encoding="utf-8").write(" date 2025-08-15 Virsraksts\\nTeksts.")
    >>> read_article(p).date.isoformat(), read_article(p).lang
    ('2025-08-15', 'lv')
    """
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise KgError(f"{path}: file is {size} bytes, over the 5 MB limit for one article")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise KgError(f"{path}: binary file, not a UTF-8 text article")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise KgError(f"{path}: not valid UTF-8 (byte {err.start})") from None
    if not content.strip():
        raise KgError(f"{path}: empty file")
    content = content.replace("\r\n", "\n")
    first, _, body = content.partition("\n")
    header = HEADER.match(first)
    title = ""
    if header:
        if date is None:
            date = header.group(1)
        title = header.group(2).strip()
    else:
        body = content
    if date is None:
        raise KgError(f"{path}: no header line ' date YYYY-MM-DD Title' and no --date given")
    when = parse_date(date)
    lang = lang or guess_language(path.name)
    if lang is None:
        raise KgError(f"{path}: language unknown; name the file NAME.LANG.txt or pass --lang")
    if lang not in available_languages():
        raise KgError(f"{path}: unsupported language {lang!r}; available: {', '.join(available_languages())}")
    if not body.strip():
        raise KgError(f"{path}: the article has a header but no body")
    return Article(name=path.name, title=title, date=when, lang=lang, text=body)
