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
    """Validate each named graph (one article each) against the shapes, with the ontology for subclasses."""
    import pyshacl

    ontology, shapes = _graphs()
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    from rdflib.namespace import SH

    violations = len(set(report.subjects(predicate=SH.resultSeverity)))
    return Report(conforms=bool(conforms), text=text, violations=violations)
