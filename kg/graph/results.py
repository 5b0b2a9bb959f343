"""Query results in one Python shape, whichever store answered, and their table/CSV/JSON/Turtle forms.

Both stores hand over pyoxigraph results (the embedded store directly, the remote one after parsing the
SPARQL JSON or N-Triples it received), so the same query gives equal ``Result`` objects from both.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal as Kind

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import KgError
from kg.graph.terms import compact, to_rdflib
from kg.vocab import bind_all

FORMATS = ("table", "csv", "json", "turtle")
_NUMERIC = {str(XSD.integer), str(XSD.int), str(XSD.long), str(XSD.decimal), str(XSD.double), str(XSD.float),
            str(XSD.nonNegativeInteger), str(XSD.positiveInteger)}


@dataclass
class Result:
    """``kind`` is select (``variables`` and ``rows``), ask (``boolean``) or graph (``triples``)."""

    kind: Kind["select", "ask", "graph"]
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)

    @classmethod
    def from_oxigraph(cls, answer) -> "Result":
        if isinstance(answer, ox.QueryBoolean):
            return cls("ask", boolean=bool(answer))
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [tuple(to_rdflib(solution[name]) for name in names) for solution in answer]
            return cls("select", variables=names, rows=rows)
        return cls("graph", triples=[(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                                     for t in answer])

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def records(self) -> list[dict]:
        """SELECT rows as dicts of plain Python values: IRIs as str, numbers as int/float, other literals as str."""
        if self.kind != "select":
            raise ValueError(f"records() needs a SELECT result, not {self.kind}")
        return [{name: python_value(value) for name, value in zip(self.variables, row)} for row in self.rows]

    def column(self, name: str) -> list:
        """The plain values of one variable, in row order."""
        return [record[name] for record in self.records()]

    def graph(self) -> Graph:
        """CONSTRUCT/DESCRIBE triples as an rdflib Graph with the project's prefixes."""
        g = Graph()
        bind_all(g)
        for triple in self.triples:
            g.add(triple)
        return g

    def format(self, fmt: str) -> str:
        """The result as ``table`` (for people), ``csv``, ``json`` (SPARQL 1.1 JSON results) or ``turtle``."""
        if fmt == "turtle":
            if self.kind != "graph":
                raise KgError(f"--format turtle is for CONSTRUCT and DESCRIBE queries; this is {self.kind.upper()}: "
                              "use table, csv or json")
            return self.graph().serialize(format="turtle")
        if self.kind == "graph":
            if fmt == "json":
                return self.graph().serialize(format="json-ld")
            if fmt == "csv":
                return _csv(["subject", "predicate", "object"], self.triples)
            return _table(["subject", "predicate", "object"], self.triples)
        if self.kind == "ask":
            if fmt == "json":
                return json.dumps({"head": {}, "boolean": self.boolean}) + "\n"
            return ("true" if self.boolean else "false") + "\n"
        if fmt == "json":
            return json.dumps(self._json(), ensure_ascii=False, indent=1) + "\n"
        if fmt == "csv":
            return _csv(self.variables, self.rows)
        if fmt == "table":
            return _table(self.variables, self.rows)
        raise KgError(f"unknown result format {fmt!r}; choose from {', '.join(FORMATS)}")

    def _json(self) -> dict:
        bindings = []
        for row in self.rows:
            binding = {}
            for name, value in zip(self.variables, row):
                if value is None:
                    continue
                if isinstance(value, URIRef):
                    binding[name] = {"type": "uri", "value": str(value)}
                elif isinstance(value, BNode):
                    binding[name] = {"type": "bnode", "value": str(value)}
                else:
                    item = {"type": "literal", "value": str(value)}
                    if value.language:
                        item["xml:lang"] = value.language
                    elif value.datatype:
                        item["datatype"] = str(value.datatype)
                    binding[name] = item
            bindings.append(binding)
        return {"head": {"vars": self.variables}, "results": {"bindings": bindings}}


def python_value(value: Node | None):
    if value is None:
        return None
    if isinstance(value, Literal) and value.datatype is not None and str(value.datatype) in _NUMERIC:
        number = Decimal(str(value))
        return int(number) if number == number.to_integral_value() and "e" not in str(value).lower() \
            else float(number)
    if isinstance(value, Literal) and value.datatype == XSD.boolean:
        return str(value) in ("true", "1")
    return str(value)


def _cell(value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return compact(str(value))
    if isinstance(value, BNode):
        return f"_:{value}"
    return str(value).replace("\n", " ")


def _table(header: list[str], rows) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [min(60, max([len(h), *(len(r[i]) for r in cells)])) for i, h in enumerate(header)]

    def line(values):
        return "  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(values, widths)).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def _csv(header: list[str], rows) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["" if v is None else str(v) for v in row])
    return buf.getvalue()
