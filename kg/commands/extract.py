"""``kg extract``: one article to RDF or to the events table."""

from __future__ import annotations

import json
import sys

import click

from kg.atomic import atomic_write
from kg.pipeline import extract_file
from kg.rdf import doc_dataset, event_record
from kg.serialize import FORMATS, serialize


@click.command("extract")
@click.argument("article", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice([*FORMATS, "events"]), default="turtle", show_default=True,
              help="RDF syntax, or 'events' for JSON Lines with one event per line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--date", help="Article date (YYYY-MM-DD) for files without a header line.")
@click.option("--lang", help="Language code (lv, en) for files whose name does not end in .LANG.txt.")
def command(article: str, fmt: str, output: str | None, date: str | None, lang: str | None) -> None:
    """Extract the events of one ARTICLE file.

    The file starts with a header line ' date YYYY-MM-DD Title', then the body.

    \b
    Examples:
      kg extract data/articles/2025-08-15-putin-dprk-soldiers-heroes.lv.txt
      kg extract article.txt --lang lv --date 2025-08-15 --format events -o events.jsonl
    """
    doc = extract_file(article, date=date, lang=lang)
    if fmt == "events":
        text = "".join(json.dumps(event_record(e, doc), ensure_ascii=False, sort_keys=True) + "\n" for e in doc.events)
    else:
        text = serialize(doc_dataset(doc), fmt)
    if not doc.events:
        click.echo(f"kg: {article}: no events found; the graph holds only the article", err=True)
    if output:
        with atomic_write(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
