"""``kg viz``: an interactive HTML page of the actor or event network (kg/viz/)."""

from __future__ import annotations

import click

from kg.errors import KgError


@click.command("viz")
@click.argument("file", required=False, type=click.Path(dir_okay=False))
@click.option("--store", envvar="KG_STORE", metavar="PATH|URL",
              help="Store folder, SPARQL server URL or RDF file. Default: $KG_STORE (unless FILE is given).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--view", type=click.Choice(["actors", "events"]), default="actors", show_default=True,
              help="Actors linked by events, or actors and events as a bipartite graph.")
@click.option("--focus", metavar="ACTOR", help="Only what lies near ACTOR (IRI, QID or name).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from --focus.")
@click.option("--from", "start", metavar="DATE", help="Only events on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--to", "end", metavar="DATE", help="Only events on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--types", metavar="TYPE,…", multiple=True,
              help="Only these PLOVER types or quad classes, comma-separated (CONSULT,AID); repeatable.")
@click.option("--title", help="Heading of the page (default: the input's name).")
@click.option("--physics", is_flag=True, help="Let vis-network refine the layout in the browser, then stop.")
def command(file: str | None, store: str | None, output: str, view: str, focus: str | None, depth: int,
            start: str | None, end: str | None, types: tuple[str, ...], title: str | None, physics: bool) -> None:
    """Write an interactive HTML page of the graph in FILE (.trig, …) or in --store.

    The page is one file that needs no network: search, filters by event type and date, tooltips with the
    evidence sentence. Large graphs are laid out beforehand, so 10,000 nodes open in seconds.

    \b
    Examples:
      kg viz out/graph.trig -o graph.html
      kg viz --store kg.store -o korea.html --focus Q423 --depth 2
      kg viz --store kg.store -o events.html --view events --from 2025-01-01 --types CONSULT,AID
    """
    if file and store and file != store:
        raise KgError("give either FILE or --store, not both")
    source = file or store
    if not source:
        raise KgError("nothing to draw: give FILE or --store PATH|URL (or set KG_STORE)")
    wanted = [t.strip() for chunk in types for t in chunk.split(",") if t.strip()] or None
    from kg.graph.store import open_store
    from kg.network import actor_view, event_view
    from kg.viz import write

    project = actor_view if view == "actors" else event_view
    with open_store(source) as opened:
        graph = project(opened, start=start, end=end, types=wanted, focus=focus, depth=depth)
    write(graph, output, title=title or f"kg: {source}", physics=physics)
    click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges → {output}")
