"""Write RDF in the standard syntaxes, byte-identical for the same graph."""

from __future__ import annotations

import json

from rdflib import Dataset, Graph

from kg.vocab import bind_all

FORMATS = ("turtle", "trig", "nt", "nquads", "jsonld")


def union(dataset: Dataset) -> Graph:
    """All named graphs of ``dataset`` as one graph."""
    g = Graph()
    bind_all(g)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def serialize(dataset: Dataset, fmt: str) -> str:
    """The dataset in ``fmt``; line-based and JSON formats are sorted so output never depends on hashing."""
    if fmt == "trig":
        return dataset.serialize(format="trig")
    if fmt == "turtle":
        return union(dataset).serialize(format="turtle")
    if fmt == "nt":
        lines = union(dataset).serialize(format="nt").splitlines()
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())
    if fmt == "nquads":
        lines = dataset.serialize(format="nquads").splitlines()
        return "".join(line + "\n" for line in sorted(set(lines)) if line.strip())
    if fmt == "jsonld":
        data = json.loads(dataset.serialize(format="json-ld"))
        return json.dumps(_sorted(data), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    raise ValueError(f"unknown RDF format {fmt!r}; choose from {', '.join(FORMATS)}")


def _sorted(value):
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in value.items()}
    return value
