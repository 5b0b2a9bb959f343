"""The graph inline in Jupyter (JupyterLab, classic Notebook, VS Code, remote kernels).

pyvis's ``show()`` writes a file and returns an IFrame pointing at it, which a remote kernel or VS Code cannot
serve. Here the whole page travels in the cell output, in an iframe's ``srcdoc`` attribute (HTML-escaped), so
nothing has to be served and the page runs sandboxed, in its own opaque origin.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.viz.page import render


class VizPage:
    """A rendered page: shown inline by Jupyter, or saved with ``save(path)``."""

    def __init__(self, page: str, height: int = 650):
        self.html = page
        self.height = int(height)

    def _repr_html_(self) -> str:
        return (f'<iframe srcdoc="{html.escape(self.html, quote=True)}" sandbox="allow-scripts" '
                f'style="width: 100%; height: {self.height}px; border: 1px solid #ddd;" '
                'title="kg graph" loading="eager"></iframe>')

    def save(self, path: str | Path) -> Path:
        from kg.atomic import atomic_write

        with atomic_write(path, encoding="utf-8") as fh:
            fh.write(self.html)
        return Path(path)

    def __repr__(self) -> str:
        return f"<kg.viz page, {len(self.html):,} characters>"


def show(graph: nx.Graph, *, height: int = 650, title: str = "kg graph", **kwargs) -> VizPage:
    """The page of ``graph`` as an object that Jupyter displays inline (``height`` in pixels)."""
    if not isinstance(height, int) or not 100 <= height <= 10000:
        raise KgError(f"height must be a number of pixels between 100 and 10000, not {height!r}")
    return VizPage(render(graph, title=title, height="100vh", **kwargs), height=height)


__all__ = ["VizPage", "show"]
