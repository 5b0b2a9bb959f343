"""``kg serve``: a read-only SPARQL 1.1 endpoint over a graph store."""

from __future__ import annotations

from pathlib import Path

import click

from kg.graph.query import QUERIES_DIR
from kg.server.settings import Settings, default_workers



def _default_queries_dir() -> Path | None:
    for candidate in (Path("queries"), QUERIES_DIR):
        if candidate.is_dir():
            return candidate
    return None


@click.command("serve")
@click.option("--store", "store", required=True, type=click.Path(),
              help="The graph store folder (a pyoxigraph on-disk store, one named graph per article).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the endpoint to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on; 0 picks a free one (printed when ready).")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (504).")
@click.option("--max-rows", default=100_000, show_default=True, type=click.IntRange(min=1),
              help="Most result rows (or triples) a query may return; more is refused (422).")
@click.option("--max-body", default=1024 * 1024, show_default=True, type=click.IntRange(min=64),
              help="Largest request body in bytes (413 beyond).")
@click.option("--max-concurrent", default=16, show_default=True, type=click.IntRange(min=1),
              help="Queries running or waiting at once; more are answered 503.")
@click.option("--workers", default=default_workers(), show_default=True, type=click.IntRange(min=1),
              help="Query worker processes (queries evaluated in parallel).")
@click.option("--max-memory", "max_memory_mb", default=4096, show_default=True, type=click.IntRange(min=0),
              metavar="MIB", help="Memory (address space) each query worker may use; a query needing more is "
                                  "stopped (500). 0: no limit.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow browser pages from ORIGIN (repeatable; '*' for any). CORS is off without it.")
@click.option("--queries", "queries_dir", type=click.Path(file_okay=False),
              help="Folder of saved *.rq queries for the page (default: ./queries if it exists).")
@click.option("--union-default-graph/--no-union-default-graph", default=True, show_default=True,
              help="Query the union of all article graphs when a query names no graph.")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
def command(store: str, host: str, port: int, timeout: float, max_rows: int, max_body: int, max_concurrent: int,
            workers: int, max_memory_mb: int, cors_origins: tuple[str, ...], queries_dir: str | None,
            union_default_graph: bool, log_level: str) -> None:
    """Serve the graph store at STORE as a read-only SPARQL 1.1 endpoint at /sparql, with a query page at /.

    Queries by GET, POST form or POST application/sparql-query; results as SPARQL JSON, XML, CSV or TSV, graphs
    as Turtle, N-Triples, RDF/XML or JSON-LD, by the Accept header. Updates, Graph Store writes and federated
    (SERVICE) queries are refused. Stop it with Ctrl-C.

    \b
    Examples:
      kg serve --store out/store
      kg serve --store out/store --port 8080 --timeout 30 --max-rows 10000
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' \\
           http://127.0.0.1:7878/sparql
    """
    from kg.server.app import serve

    settings = Settings(timeout=timeout, max_rows=max_rows, max_body=max_body, max_concurrent=max_concurrent,
                        workers=workers, max_memory_mb=max_memory_mb, cors_origins=tuple(cors_origins),
                        union_default_graph=union_default_graph,
                        queries_dir=Path(queries_dir) if queries_dir else _default_queries_dir())
    serve(store, settings, host=host, port=port, log_level=log_level)
