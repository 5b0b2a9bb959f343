"""Interactive HTML pages of the kg networks: self-contained (no network requests), safe with untrusted text.

>>> from kg.viz import render, write, show       # doctest: +SKIP
>>> write(actor_view("out/graph.trig"), "graph.html")
>>> show(actor_view("out/graph.trig"))            # in Jupyter: the graph inline
"""

from kg.viz.jupyter import VizPage, show
from kg.viz.page import render, write

__all__ = ["render", "write", "show", "VizPage"]
