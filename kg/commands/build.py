"""``kg build``: many articles into one graph."""

from __future__ import annotations

import os

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kg.build import build, collect_articles


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for graph.trig, graph.ttl and events.jsonl.")
@click.option("--skip-bad", is_flag=True, help="Skip articles that cannot be read instead of stopping.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="all cores",
              help="Worker processes for extraction.")
def command(inputs: tuple[str, ...], out_dir: str, skip_bad: bool, jobs: int) -> None:
    """Build one graph from article files and folders (INPUTS).

    \b
    Example:
      kg build data/articles -o out
    """
    total = len(collect_articles(inputs))
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("extract", total=total)
        summary = build(inputs, out_dir, skip_bad=skip_bad, progress=lambda _: bar.advance(task), jobs=jobs)
    click.echo(f"{summary.articles} articles, {summary.events} events, {summary.triples} triples → {out_dir}")
    for name in summary.empty:
        click.echo(f"  no events found in {name}")
    for message in summary.failed:
        click.echo(f"  skipped: {message}", err=True)
