"""The W3C SPARQL 1.1 Protocol test suite (../shared/conformance/sparql11-protocol/manifest.ttl) against the
real ``kg serve``.

Every test of the manifest becomes one pytest case, run request by request as the manifest describes it
(method, path with ``/sparql/`` replaced by the endpoint's path, headers, body in its character encoding) and
checked for the expected status class, result format and boolean. The store holds data1.nt..data3.nt in the
graphs the manifest names. Update tests that expect the update to succeed do not apply to a read-only endpoint
and are skipped with the reason; their update requests are instead checked to be refused with 403 and to
leave the data unchanged. The bad_update_* tests expect a 4xx and run as they are.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import httpx
import pyoxigraph
import pytest
import rdflib
from rdflib import RDF, RDFS, Namespace
from rdflib.collection import Collection

from tests.server_helpers import CONFORMANCE, load_store, running_server

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"

MANIFEST = CONFORMANCE / "manifest.ttl"

RESULT_TYPES = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int]                  # expected status classes: 2, 3, 4, 5
    format: str | None = None           # "boolean", "tabular" or "RDF"
    boolean: bool | None = None

    @property
    def is_update(self) -> bool:
        content_type = self.headers.get("content-type", "")
        text = (self.body or b"").decode("utf-8", errors="replace")
        return ("sparql-update" in content_type or text.startswith("update=") or "update=" in self.path
                or "using-graph-uri" in self.path or "using-named-graph-uri" in self.path)


@dataclass
class ProtocolTest:
    id: str
    name: str
    requests: list[Request]
    graphs: list[tuple[str, str]] = field(default_factory=list)  # (file name, graph IRI)

    @property
    def successful_update(self) -> bool:
        """An update the test expects to succeed: not something a read-only endpoint can do."""
        return any(r.is_update and r.statuses & {2, 3} for r in self.requests)


def _read_manifest() -> list[ProtocolTest]:
    if not MANIFEST.is_file():
        raise RuntimeError(f"the W3C SPARQL 1.1 Protocol suite is missing: no {MANIFEST} "
                           "(shared/conformance/ is expected beside the repository)")
    graph = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(graph.subjects(RDF.type, MF.Manifest))
    tests = []
    for entry in Collection(graph, graph.value(manifest, MF.entries)):
        action = graph.value(entry, MF.action)
        requests = []
        for node in Collection(graph, graph.value(action, HT.requests)):
            headers = {}
            header_list = graph.value(node, HT.headers)
            if header_list is not None:
                for header in Collection(graph, header_list):
                    headers[str(graph.value(header, HT.fieldName)).lower()] = str(graph.value(header, HT.fieldValue))
            body = None
            body_node = graph.value(node, HT.body)
            if body_node is not None:
                encoding = str(graph.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(graph.value(body_node, CNT.chars)).encode(encoding)
            resp = graph.value(node, HT.resp)
            statuses = {int(str(s)[len(HTS)]) for s in graph.objects(resp, MF.expectedStatus)}
            fmt = graph.value(resp, MF.expectedFormat)
            boolean = graph.value(resp, MF.expectedBoolean)
            requests.append(Request(str(graph.value(node, HT.methodName)), str(graph.value(node, HT.absolutePath)),
                                    headers, body, statuses, str(fmt) if fmt else None,
                                    boolean.toPython() if boolean is not None else None))
        graphs = [(str(graph.value(d, UT.graph)).rsplit("/", 1)[-1], str(graph.value(d, RDFS.label)))
                  for d in graph.objects(entry, UT.graphData)]
        tests.append(ProtocolTest(str(entry).rsplit("#", 1)[-1], str(graph.value(entry, MF.name)), requests, graphs))
    return tests


TESTS = _read_manifest()


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    graphs = sorted({g for test in TESTS for g in test.graphs})
    assert graphs == [("data1.nt", "http://kasei.us/2009/09/sparql/data/data1.rdf"),
                      ("data2.nt", "http://kasei.us/2009/09/sparql/data/data2.rdf"),
                      ("data3.nt", "http://kasei.us/2009/09/sparql/data/data3.rdf")]
    work = tmp_path_factory.mktemp("conformance")
    store = load_store(work / "store", [(CONFORMANCE / name, "nt", iri) for name, iri in graphs])
    with running_server(store, "--workers", "1", log=work / "server.log") as server:
        yield server.endpoint


def send(endpoint: str, request: Request) -> httpx.Response:
    assert request.path.startswith("/sparql/")
    url = endpoint + request.path[len("/sparql/"):]  # the manifest's /sparql/ is our /sparql
    return httpx.request(request.method, url, headers=request.headers, content=request.body, timeout=30)


def _base_type(response: httpx.Response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def check(response: httpx.Response, request: Request) -> None:
    assert response.status_code // 100 in request.statuses, (response.status_code, response.text[:300])
    media = _base_type(response)
    if request.format == "boolean":
        assert media in ("application/sparql-results+json", "application/sparql-results+xml"), media
        if media.endswith("json"):
            value = json.loads(response.content)["boolean"]
        else:
            text = ET.fromstring(response.content).find("{http://www.w3.org/2005/sparql-results#}boolean").text
            value = {"true": True, "false": False}[text.strip()]
        if request.boolean is not None:
            assert value is request.boolean
    elif request.format == "tabular":
        assert media in RESULT_TYPES, media
        fmt = {"json": pyoxigraph.QueryResultsFormat.JSON, "xml": pyoxigraph.QueryResultsFormat.XML,
               "csv": pyoxigraph.QueryResultsFormat.CSV, "tsv": pyoxigraph.QueryResultsFormat.TSV}[RESULT_TYPES[media]]
        if fmt != pyoxigraph.QueryResultsFormat.CSV:  # Oxigraph reads back all but CSV
            results = pyoxigraph.parse_query_results(response.content, format=fmt)
            assert len(list(results)) == 1
        else:
            assert response.text.splitlines()[0] == "value"
    elif request.format == "RDF":
        assert media in RDF_TYPES, media
        rdflib.Graph().parse(data=response.text, format=RDF_TYPES[media])


@pytest.mark.parametrize("test", TESTS, ids=[t.id for t in TESTS])
def test_protocol(endpoint, test):
    if test.successful_update:
        pytest.skip("SPARQL Update test: kg serve is a read-only endpoint and answers updates with 403 "
                    "(see test_protocol_update_requests_are_refused_with_403)")
    for request in test.requests:
        check(send(endpoint, request), request)


UPDATES = [t for t in TESTS if t.successful_update]


@pytest.mark.parametrize("test", UPDATES, ids=[t.id for t in UPDATES])
def test_protocol_update_requests_are_refused_with_403(endpoint, test):
    for request in test.requests:
        if request.is_update:
            response = send(endpoint, request)
            assert response.status_code == 403 and "read-only" in response.text
    for number in (1, 2, 3):
        iri = f"http://kasei.us/2009/09/sparql/data/data{number}.rdf"
        ask = f"ASK {{ GRAPH <{iri}> {{ <{iri}> a <http://xmlns.com/foaf/0.1/Document> }} }}"
        assert httpx.get(endpoint, params={"query": ask}).json()["boolean"] is True


def test_the_manifest_was_read_whole():
    assert len(TESTS) == 34
    assert len(UPDATES) == 7
    assert sum(1 for t in TESTS if t.id.startswith("query_")) == 13
