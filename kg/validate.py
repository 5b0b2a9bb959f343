"""SHACL validation of kg output against ontology/shapes.ttl."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import KgError
from kg.vocab import ONTOLOGY_DIR


@dataclass
class Report:
    conforms: bool
    text: str
    violations: int


@functools.cache
def _graphs() -> tuple[Graph, Graph]:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl"), Graph().parse(ONTOLOGY_DIR / "shapes.ttl")


def load_rdf(path: str | Path) -> Dataset:
    """Read an RDF file of any syntax kg writes, guessing the syntax from its extension."""
    path = Path(path)
    fmt = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld",
           ".json": "json-ld"}.get(path.suffix)
    if not path.is_file():
        raise KgError(f"{path}: no such file")
    if fmt is None:
        raise KgError(f"{path}: unknown RDF syntax; use .trig, .ttl, .nt, .nq or .jsonld")
    ds = Dataset()
    try:
        ds.parse(path, format=fmt)
    except Exception as err:  # rdflib raises many parser-specific types
        raise KgError(f"{path}: not valid {fmt}: {str(err).splitlines()[0] if str(err) else type(err).__name__}") from None
    return ds


def validate(data: Dataset | Graph) -> Report:
    """Validate each named graph (one article each) on its own against the shapes.

    An event reported by two articles is one node with each article's status and CAMEO code, so the shapes'
    "exactly one" rules hold per article, not in the union.
    """
    graphs = [g for g in data.graphs() if len(g)] if isinstance(data, Dataset) else [data]
    texts, violations = [], 0
    for graph in graphs or [Graph()]:
        conforms, text, count = _validate_one(graph)
        if not conforms:
            texts.append(f"graph {graph.identifier}:\n{text}")
            violations += count
    return Report(conforms=violations == 0, text="\n".join(texts) or "Conforms: True", violations=violations)


def _validate_one(graph: Graph) -> tuple[bool, str, int]:
    import pyshacl
    from rdflib.namespace import SH

    ontology, shapes = _graphs()
    plain = Graph()
    for triple in graph:
        plain.add(triple)
    conforms, report, text = pyshacl.validate(plain, shacl_graph=shapes, ont_graph=ontology, inference="none")
    return bool(conforms), text, len(set(report.subjects(predicate=SH.resultSeverity)))
