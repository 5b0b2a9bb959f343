"""The extraction pipeline: read → segment → recognise → extract events → resolve time → attribute."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from kg.models import Article, Doc

Stage = Callable[[Doc], Doc]


def stages() -> list[Stage]:
    """The stages in order; each takes the Doc and returns it completed a step further."""
    from kg.entities import recognise
    from kg.events import extract_events
    from kg.segment import segment
    from kg.sources import attribute
    from kg.timex import resolve_times

    return [segment, recognise, extract_events, attribute, resolve_times]


def process(article: Article) -> Doc:
    """Run every stage over one article."""
    doc = Doc(article=article)
    for stage in stages():
        doc = stage(doc)
    return doc


def extract_file(path: str | Path, date: str | None = None, lang: str | None = None) -> Doc:
    """Read and process one article file."""
    from kg.read import read_article

    return process(read_article(path, date=date, lang=lang))


def extract_text(text: str, lang: str, date: str | dt.date, title: str = "", name: str | None = None) -> Doc:
    """Process a text that has no file or header: the quickest way to try the extractor in a notebook.

    >>> doc = extract_text("Later, Iran fired missiles at Israel.", lang="en", date="2025-08-15")
    >>> [(e.type, sorted(a.entity.label for a in e.actors)) for e in doc.events]
    [('ASSAULT', ['Iran', 'Israel'])]
    """
    when = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return process(Article(name=name or f"text.{lang}.txt", title=title, date=when, lang=lang, text=text))
