"""kg: news articles about international politics turned into an RDF knowledge graph.

In Jupyter, ``%load_ext kg`` adds the ``%%sparql`` magic (kg/notebook.py).
"""


def load_ipython_extension(ipython) -> None:
    """``%load_ext kg``: register the ``%%sparql`` magic."""
    from kg.notebook import register

    register(ipython)


def unload_ipython_extension(ipython) -> None:
    """``%unload_ext kg``: remove the magic again."""
    from kg.notebook import unregister

    unregister(ipython)
