"""The ``kg`` command: parses options and calls the library. Each subcommand lives in kg/commands/."""

from __future__ import annotations

import sys

import click

from kg.errors import KgError

COMMANDS = ("extract", "build", "validate", "evaluate", "query", "export", "serve", "viz")


class Group(click.Group):
    """Turns library errors into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KgError as err:
            click.echo(f"kg: error: {err}", err=True)
            sys.exit(2)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Turn news articles about international politics into an RDF knowledge graph.

    \b
    Examples:
      kg extract data/articles/2025-08-15-putin-dprk-soldiers-heroes.lv.txt --format events
      kg build data/articles -o out
      kg build data/articles --store kg.store
      kg query --store kg.store actor-timeline --param actor=Q423
      kg export --store kg.store -o actors.graphml
      kg validate out/graph.trig
      kg evaluate data/gold
      kg serve --store kg.store
    """


def _register() -> None:
    import importlib

    for name in COMMANDS:
        module = importlib.import_module(f"kg.commands.{name}")
        main.add_command(module.command)


_register()
