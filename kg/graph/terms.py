"""RDF terms as SPARQL/N-Triples text, written by pyoxigraph so that escaping is never done by hand.

Everything that puts a value into SPARQL text (graph writes, saved-query parameters) goes through here.
"""

from __future__ import annotations

import re
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.vocab import PREFIXES

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# The project prefixes plus shorthands for resources, predeclared in queries and used to display IRIs
# (``id:entity/Q7747`` is not a valid SPARQL prefixed name; ``entity:Q7747`` is).
QUERY_PREFIXES = {**{p: str(ns) for p, ns in PREFIXES.items()},
                  "entity": str(PREFIXES["id"]) + "entity/", "event": str(PREFIXES["id"]) + "event/",
                  "article": str(PREFIXES["id"]) + "article/"}


def iri(value: str) -> str:
    """``<value>``, or KgError if ``value`` is not an absolute IRI (so no ``>`` or space can break out)."""
    try:
        return str(ox.NamedNode(value))
    except ValueError as err:
        raise KgError(f"not a valid IRI: {value!r} ({err})") from None


def literal(value: str, datatype: str | None = None, lang: str | None = None) -> str:
    """A quoted, escaped literal: ``"a \\"b\\""@lv``."""
    try:
        if lang:
            return str(ox.Literal(value, language=lang))
        if datatype and datatype != XSD_STRING:
            return str(ox.Literal(value, datatype=ox.NamedNode(datatype)))
        return str(ox.Literal(value))
    except ValueError as err:
        raise KgError(f"not a valid literal: {value!r} ({err})") from None


def expand(name: str) -> str | None:
    """``id:entity/Q423`` or ``entity:Q423`` → the full IRI; None if ``name`` has no known prefix."""
    prefix, sep, local = name.partition(":")
    if sep and prefix in QUERY_PREFIXES and not local.startswith("//"):
        return QUERY_PREFIXES[prefix] + local
    return None


def compact(value: str) -> str:
    """The shortest prefixed form of an IRI (``entity:Q7747``), or the IRI itself."""
    best = value
    for prefix, ns in QUERY_PREFIXES.items():
        ns = str(ns)
        if value.startswith(ns) and len(value) - len(ns) + len(prefix) + 1 < len(best):
            best = f"{prefix}:{value[len(ns):]}"
    return best


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
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


def to_rdflib(term) -> Node | None:
    """A pyoxigraph term as an rdflib term (None stays None, for unbound variables)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value, datatype=None if dt == XSD_STRING else URIRef(dt), normalize=False)
    raise TypeError(f"unsupported RDF term: {term!r}")


def ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> set[str]:
    """Canonical N-Triples lines (without the final `` .``) of rdflib triples, for comparing graphs."""
    return {str(ox.Triple(*(to_oxigraph(t) for t in triple))) for triple in triples}


_QID = re.compile(r"^Q[1-9][0-9]*$")


def is_qid(value: str) -> bool:
    return bool(_QID.match(value))
