"""The graph layer: persistent stores of article graphs, SPARQL queries, networkx analysis and exports.

It works on RDF only and knows nothing of extraction; ``kg build --store`` (kg/build.py) feeds it.

>>> from kg.graph import open_store
>>> store = open_store()                      # in memory; open_store("kg.store") or a SPARQL server URL
>>> store.replace_graph("https://kg.example.org/id/article/x", '<urn:a> <urn:b> "c" .')
'added'
>>> store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").column("n")
[1]
"""

from kg.graph.results import Result
from kg.graph.store import EmbeddedStore, RemoteStore, Store, as_store, open_store

__all__ = ["Store", "EmbeddedStore", "RemoteStore", "Result", "open_store", "as_store"]
