"""``kg serve``: a read-only SPARQL 1.1 endpoint over the graph store (see kg/server/app.py)."""

from kg.server.settings import Settings

__all__ = ["Settings", "create_app", "serve"]


def __getattr__(name):
    if name in ("create_app", "serve"):
        from kg.server import app

        return getattr(app, name)
    raise AttributeError(name)
