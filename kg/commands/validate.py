"""``kg validate``: SHACL validation with a readable report."""

from __future__ import annotations

import sys

import click

from kg.validate import load_rdf, validate


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
def command(file: str) -> None:
    """Check FILE (.trig, .ttl, .nt, .nq, .jsonld) against the SHACL shapes in ontology/shapes.ttl.

    Exits with status 1 when there are violations.
    """
    report = validate(load_rdf(file))
    if report.conforms:
        click.echo(f"{file}: conforms to the kg shapes")
        return
    click.echo(report.text)
    click.echo(f"{file}: {report.violations} violations", err=True)
    sys.exit(1)
