"""``kg evaluate``: precision, recall and F1 against gold annotations."""

from __future__ import annotations

import json

import click

from kg.atomic import atomic_write
from kg.evaluate import evaluate, format_causes, format_table


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--articles", type=click.Path(file_okay=False), help="Folder of the articles (default: ../articles).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False), help="Also write the scores as JSON here.")
@click.option("--errors", is_flag=True, help="List missed and spurious events, and matched ones whose date, place or status differ.")
@click.option("--causes", is_flag=True,
              help="Count errors by likely cause per split and language, quoting no text (safe for held-out sets).")
def command(gold_dir: str, articles: str | None, json_out: str | None, errors: bool, causes: bool) -> None:
    """Score the extractor on every article that has a gold file in GOLD_DIR (docs/gold-format.md).

    An event matches when its PLOVER type and its set of actors agree; the strict score also needs the same
    date and place.
    """
    result = evaluate(gold_dir, articles)
    click.echo(format_table(result))
    if causes:
        click.echo(format_causes(result))
    if errors:
        for error in result.errors:
            click.echo(json.dumps(error, ensure_ascii=False))
    if json_out:
        with atomic_write(json_out) as fh:
            json.dump(result.as_dict(), fh, ensure_ascii=False, indent=2, sort_keys=True)
