"""``kg build``: many articles into one graph (files in a folder) and/or into a persistent store."""

from __future__ import annotations

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kg.build import build, collect_articles
from kg.errors import KgError


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False),
              help="Folder for graph.trig, graph.ttl and events.jsonl.")
@click.option("--store", metavar="PATH|URL",
              help="Also (or instead) put each article into this store: an Oxigraph folder (created if missing) "
                   "or a SPARQL 1.1 server URL. Unchanged articles are left alone; changed ones replaced.")
@click.option("--prune", is_flag=True,
              help="With --store: also remove the graphs of articles that are in the store but not in INPUTS.")
@click.option("--skip-bad", is_flag=True, help="Skip articles that cannot be read instead of stopping.")
@click.option("-v", "--verbose", is_flag=True, help="Print each article as it is stored (added/replaced/unchanged).")
def command(inputs: tuple[str, ...], out_dir: str | None, store: str | None, prune: bool, skip_bad: bool,
            verbose: bool) -> None:
    """Build one graph from article files and folders (INPUTS).

    With --store each article goes into the store as one transaction: stopping a build half-way leaves every
    article either as it was or fully updated.

    \b
    Examples:
      kg build data/articles -o out
      kg build data/articles --store kg.store
      kg build data/articles --store http://127.0.0.1:7878
      kg build data/articles -o out --store out/kg.store --prune -v
    """
    if out_dir is None and store is None:
        raise KgError("nowhere to build to: give -o FOLDER, --store PATH|URL, or both")
    total = len(collect_articles(inputs))
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("extract", total=total)

        def stored(name: str, change: str) -> None:
            if verbose:
                bar.console.print(f"{change:<9} {name}", highlight=False, soft_wrap=True)

        summary = build(inputs, out_dir, skip_bad=skip_bad, progress=lambda _: bar.advance(task), store=store,
                        on_article=stored, prune=prune)
    if out_dir is not None:
        click.echo(f"{summary.articles} articles, {summary.events} events, {summary.triples} triples → {out_dir}")
    if store is not None:
        c = summary.changes
        removed = f", {c['removed']} removed" if prune else ""
        click.echo(f"{summary.articles} articles ({c['added']} added, {c['replaced']} replaced, {c['unchanged']} "
                   f"unchanged{removed}), {summary.events} events → {store}: {summary.store_graphs} graphs, "
                   f"{summary.store_quads} quads")
    for name in summary.empty:
        click.echo(f"  no events found in {name}")
    for message in summary.failed:
        click.echo(f"  skipped: {message}", err=True)
