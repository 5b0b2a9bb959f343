"""``kg query``: SPARQL over a store, ad hoc or from the saved library in queries/."""

from __future__ import annotations

import sys

import click

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.graph.query import load_file, looks_like_name, parse_query, saved_queries, saved_query
from kg.graph.results import FORMATS
from kg.graph.store import open_store


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise KgError(f"--param {pair!r}: write NAME=VALUE")
        values[name.strip()] = value
    return values


@click.command("query")
@click.argument("query", required=False)
@click.option("--store", envvar="KG_STORE", metavar="PATH|URL",
              help="Store folder, SPARQL server URL or RDF file (.trig, .nq, …). Default: $KG_STORE.")
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False), help="Read the query from a .rq file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of a saved query or of a --file with '# param:' lines; repeatable.")
@click.option("--format", "fmt", type=click.Choice(FORMATS),
              help="Output: table (default), csv, json (SPARQL JSON results), turtle (CONSTRUCT/DESCRIBE, their "
                   "default).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.option("--list", "list_", is_flag=True, help="List the saved queries, one line each, and exit.")
@click.option("--show", is_flag=True, help="Print the query with its parameters bound instead of running it.")
def command(query: str | None, store: str | None, file: str | None, params: tuple[str, ...], fmt: str | None,
            output: str | None, list_: bool, show: bool) -> None:
    """Run QUERY (SPARQL text, '-' for standard input, or the name of a saved query) on a store.

    Queries see the union of all article graphs; the project prefixes (kg:, plover:, kgs:, kgr:, entity:,
    event:, article:, wd:, rdfs:, skos:, schema:, …) are predeclared. SELECT, ASK, CONSTRUCT and DESCRIBE run
    on Oxigraph's engine. A triple stated by several articles matches once per article: count with DISTINCT.

    \b
    Examples:
      kg query --list
      kg query --store kg.store actor-timeline --param actor=Q423
      kg query --store kg.store events-between -p a=Russia -p b="North Korea" --format csv
      kg query --store kg.store 'SELECT ?e ?label WHERE { ?e a kg:Event ; rdfs:label ?label }'
      kg query --store http://127.0.0.1:7878 --file queries/treaties-alliances.rq --format json
      kg query --store out/graph.trig 'ASK { ?e kg:status kgs:planned }'
    """
    if list_:
        for saved in saved_queries().values():
            click.echo(saved.summary())
        return
    if (query is None) == (file is None):
        raise KgError("give one query: SPARQL text, a saved query name or --file Q.rq (kg query --list shows the "
                      "saved ones)")
    values = _params(params)
    if file is not None:
        saved = load_file(file)
    elif query == "-":
        saved = parse_query(sys.stdin.read(), name="stdin")
    elif looks_like_name(query):
        saved = saved_query(query)
    else:
        saved = parse_query(query, name="query")
    if values and not saved.params:
        raise KgError(f"--param given but {saved.name} declares no parameters ('# param:' lines)")
    if show:
        click.echo(saved.sparql(values, open_store(store) if store and any(p.type == "entity" for p in saved.params)
                                else None), nl=False)
        return
    if not store:
        raise KgError("no store: give --store PATH|URL (or set KG_STORE)")
    with open_store(store) as target:
        result = saved.run(target, **values)
    text = result.format(fmt or ("turtle" if result.kind == "graph" else "table"))
    if output:
        with atomic_write(output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
