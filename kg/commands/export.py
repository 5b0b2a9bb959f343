"""``kg export``: a store as RDF, GraphML, GEXF or a GDELT-like CSV of events."""

from __future__ import annotations

import click

from kg.errors import KgError
from kg.graph.export import FORMATS, export


@click.command("export")
@click.option("--store", envvar="KG_STORE", metavar="PATH|URL",
              help="Store folder, SPARQL server URL or RDF file (.trig, .nq, …). Default: $KG_STORE.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output format; default: from the extension of FILE (.trig .nq .ttl .nt .jsonld .graphml .gexf "
                   ".csv).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The file to write.")
@click.option("--view", type=click.Choice(["actor", "event"]), default="actor", show_default=True,
              help="For graphml/gexf: actors linked by events, or actors and events as a bipartite graph.")
@click.option("--from", "start", metavar="DATE", help="Only events on or after DATE (YYYY[-MM[-DD]]).")
@click.option("--to", "end", metavar="DATE", help="Only events on or before DATE (YYYY[-MM[-DD]]).")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Only these PLOVER types or quad classes ('material conflict'); repeatable.")
@click.option("--focus", metavar="ACTOR", help="Only what lies near ACTOR (IRI, QID or name).")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from --focus.")
def command(store: str | None, fmt: str | None, output: str, view: str, start: str | None, end: str | None,
            types: tuple[str, ...], focus: str | None, depth: int) -> None:
    """Write the store to a file: RDF (trig, nquads, turtle, nt, jsonld), a network for Gephi or Cytoscape
    (graphml, gexf), or one CSV row per event with GDELT-like columns.

    \b
    Examples:
      kg export --store kg.store -o kg.trig
      kg export --store kg.store --format graphml -o actors.graphml
      kg export --store kg.store -o events.gexf --view event --from 2025-01-01 --type "material conflict"
      kg export --store kg.store -o events.csv --focus Q423 --depth 2
    """
    if not store:
        raise KgError("no store: give --store PATH|URL (or set KG_STORE)")
    from kg.graph.store import open_store

    with open_store(store) as source:
        message = export(source, output, fmt, view=view, start=start, end=end, types=list(types) or None,
                         focus=focus, depth=depth)
    click.echo(message)
