"""Stage 2: split the body into sentences and tokens, keeping character offsets into it."""

from __future__ import annotations

import re

from kg.language import load_language
from kg.models import Doc, Sentence, Token

TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
BOUNDARY = re.compile(r"[.!?]+[\"”’»]?(?=\s+[\"“„«‘(]?[A-ZĀČĒĢĪĶĻŅŠŪŽ0-9])|\n+")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words, numbers and single punctuation marks with their offsets.

    >>> [t.text for t in tokenize("Maskava parakstīja paktu ar Phenjanu.")]
    ['Maskava', 'parakstīja', 'paktu', 'ar', 'Phenjanu', '.']
    """
    return [Token(text=m.group(), start=m.start() + offset, end=m.end() + offset) for m in TOKEN.finditer(text)]


def split_sentences(text: str, abbreviations: frozenset[str] = frozenset(),
                    ordinal_dots: bool = True) -> list[tuple[int, int]]:
    """Sentence spans: a full stop ends a sentence unless it follows an abbreviation or, in a language that writes
    ordinals with a dot ("3. augustā"), a number; English ends a sentence after "on August 3." or "in 2019.".

    >>> split_sentences("It ended in 2019. Then talks began.", ordinal_dots=False)
    [(0, 17), (18, 35)]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith("."):
            before = text[start:match.start()].split()
            last = before[-1] if before else ""
            if last.isdigit() and ordinal_dots or last.lower().rstrip(".") in abbreviations or (len(last) == 1 and last.isupper()):
                continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_strip(text, s, e) for s, e in spans]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment(doc: Doc) -> Doc:
    """Fill ``doc.sentences``."""
    text = doc.article.text
    abbreviations = frozenset(load_language(doc.article.lang).get("abbreviations", []))
    doc.sentences = [
        Sentence(start=s, end=e, text=text[s:e], tokens=tokenize(text[s:e], s))
        for s, e in split_sentences(text, abbreviations, load_language(doc.article.lang).get("ordinal_dots", True))
    ]
    return doc
