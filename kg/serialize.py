"""Write RDF in the standard syntaxes, byte-identical for the same graph.

rdflib builds the graphs; Oxigraph's serialisers write them, from quads sorted by graph, subject, predicate
and object, which is both fast and independent of Python's hash order.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.vocab import PREFIXES

FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld")
OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nt": ox.RdfFormat.N_TRIPLES,
              "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
GRAPH_FORMATS = {"turtle", "nt"}


def to_oxigraph(term):
    """An rdflib term as the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def _key(term) -> tuple:
    return (type(term).__name__, str(term), str(getattr(term, "datatype", "") or ""), getattr(term, "language", "") or "")


def sorted_quads(dataset: Dataset) -> list[ox.Quad]:
    """Every quad of the dataset's named graphs, sorted; the default graph counts as a graph too."""
    rows = sorted(set(dataset.quads((None, None, None, None))),
                  key=lambda q: (_graph_name(q[3]), _key(q[0]), _key(q[1]), _key(q[2])))
    out = []
    for s, p, o, g in rows:
        name = _graph_name(g)
        graph = ox.NamedNode(name) if name else ox.DefaultGraph()
        out.append(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph))
    return out


def _graph_name(graph) -> str:
    identifier = getattr(graph, "identifier", graph)
    text = str(identifier) if identifier is not None else ""
    return "" if text.startswith("urn:x-rdflib:default") or isinstance(identifier, BNode) else text


def union(dataset: Dataset) -> Graph:
    """All named graphs of ``dataset`` as one rdflib graph."""
    g = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(dataset: Dataset, fmt: str) -> str:
    """The dataset in ``fmt``; Turtle and N-Triples hold the union of its graphs."""
    if fmt not in OX_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")
    quads = sorted_quads(dataset)
    if fmt in GRAPH_FORMATS:
        seen, items = set(), []
        for q in sorted(quads, key=lambda q: (str(q.subject), str(q.predicate), str(q.object))):
            triple = ox.Triple(q.subject, q.predicate, q.object)
            if triple not in seen:
                seen.add(triple)
                items.append(triple)
    else:
        items = quads
    prefixes = None if fmt in ("nt", "nquads") else {k: str(v) for k, v in PREFIXES.items() if k != "id"}
    return ox.serialize(items, format=OX_FORMATS[fmt], prefixes=prefixes).decode("utf-8")
