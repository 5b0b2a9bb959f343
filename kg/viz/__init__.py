"""Interactive HTML pages of the kg networks: self-contained (no network requests), safe with untrusted text.

>>> import pathlib, tempfile
>>> from kg.graph.example import example_dataset
>>> from kg.network import actor_view
>>> from kg.viz import write, show
>>> page = write(actor_view(example_dataset()), pathlib.Path(tempfile.mkdtemp()) / "graph.html")
>>> page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")
True

In Jupyter, ``show(actor_view("out/graph.trig"))`` draws the graph of a build inline.
"""

from kg.viz.jupyter import VizPage, show
from kg.viz.page import render, write

__all__ = ["render", "write", "show", "VizPage"]
