"""Acceptance: SPARQLWrapper runs SELECT, ASK, CONSTRUCT and DESCRIBE against the real ``kg serve`` and gets
correct results in each format it offers (expected results come from Oxigraph on the same store)."""

from __future__ import annotations

import csv
import io

import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.vocab import sparql_prefixes
from tests.server_helpers import build_kg_store, running_server

SELECT = sparql_prefixes() + """
SELECT ?event ?type ?label WHERE { ?event a kg:Event ; kg:eventType ?type ; rdfs:label ?label } ORDER BY ?event
"""
ASK_TRUE = sparql_prefixes() + "ASK { ?e a kg:Event ; kg:actor ?a }"
ASK_FALSE = sparql_prefixes() + "ASK { ?e a kg:Event ; kg:actor kg:nobody }"
CONSTRUCT = sparql_prefixes() + """
CONSTRUCT { ?actor kgr:related ?recipient ; rdfs:label ?name } WHERE {
  ?event kg:actor ?actor ; kg:recipient ?recipient . ?actor rdfs:label ?name
}"""
DESCRIBE = sparql_prefixes() + "DESCRIBE ?e WHERE { ?e a kg:Event ; kg:eventType plover:CONSULT }"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return build_kg_store(tmp_path_factory.mktemp("kgstore"))


@pytest.fixture(scope="module")
def oxigraph(store_path):
    return pyoxigraph.Store.read_only(str(store_path))


@pytest.fixture(scope="module")
def endpoint(store_path, tmp_path_factory):
    with running_server(store_path, log=tmp_path_factory.mktemp("logs") / "server.log") as server:
        yield server.endpoint


def wrapper(endpoint: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


def _expected_select(oxigraph) -> list[tuple[str, str, str]]:
    rows = [(s["event"].value, s["type"].value, s["label"].value)
            for s in oxigraph.query(SELECT, use_default_graph_as_union=True)]
    assert len(rows) >= 12
    return rows


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select(endpoint, oxigraph, fmt, method):
    expected = _expected_select(oxigraph)
    result = wrapper(endpoint, SELECT, fmt, method).query()
    converted = result.convert()
    if fmt == JSON:
        assert converted["head"]["vars"] == ["event", "type", "label"]
        rows = [(b["event"]["value"], b["type"]["value"], b["label"]["value"]) for b in converted["results"]["bindings"]]
    elif fmt == XML:  # a DOM document
        rows = []
        for result_node in converted.getElementsByTagName("result"):
            values = {}
            for binding in result_node.getElementsByTagName("binding"):
                value_node = [n for n in binding.childNodes if n.nodeType == n.ELEMENT_NODE][0]
                values[binding.getAttribute("name")] = value_node.firstChild.data
            rows.append((values["event"], values["type"], values["label"]))
    elif fmt == CSV:
        table = list(csv.reader(io.StringIO(converted.decode("utf-8"))))
        assert table[0] == ["event", "type", "label"]
        rows = [tuple(r) for r in table[1:]]
    else:
        lines = converted.decode("utf-8").splitlines()
        assert lines[0].split("\t") == ["?event", "?type", "?label"]
        rows = []
        for line in lines[1:]:
            event, type_, label = line.split("\t")
            rows.append((event.strip("<>"), type_.strip("<>"), label[1:-1]))
    assert rows == expected


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_ask(endpoint, fmt):
    for query, expected in ((ASK_TRUE, True), (ASK_FALSE, False)):
        converted = wrapper(endpoint, query, fmt).query().convert()
        if fmt == JSON:
            assert converted["boolean"] is expected
        elif fmt == XML:
            assert converted.getElementsByTagName("boolean")[0].firstChild.data == str(expected).lower()
        else:
            assert converted.decode("utf-8").strip() == str(expected).lower()


def _expected_graph(oxigraph, query: str) -> rdflib.Graph:
    data = pyoxigraph.serialize(oxigraph.query(query, use_default_graph_as_union=True),
                                format=pyoxigraph.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph().parse(data=data, format="nt")
    assert len(graph) > 5
    return graph


@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE], ids=["construct", "describe"])
@pytest.mark.parametrize("fmt", [RDFXML, XML, TURTLE, N3, JSONLD])
def test_construct_and_describe(endpoint, oxigraph, query, fmt):
    expected = _expected_graph(oxigraph, query)
    result = wrapper(endpoint, query, fmt, "POST").query()
    converted = result.convert()
    if fmt in (TURTLE, N3):  # SPARQLWrapper hands back the bytes
        graph = rdflib.Graph().parse(data=converted.decode("utf-8"), format="turtle")
    else:  # RDF/XML and JSON-LD are parsed by SPARQLWrapper into rdflib graphs
        graph = rdflib.Graph()
        for triple in converted.triples((None, None, None)):
            graph.add(triple)
    assert isomorphic(graph, expected)


def test_a_bad_query_is_reported_as_such(endpoint):
    with pytest.raises(QueryBadFormed) as error:
        wrapper(endpoint, "SELECT * WHERE { ?s ?p", JSON).query()
    assert "error at 1:" in str(error.value)
