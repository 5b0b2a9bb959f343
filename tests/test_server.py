"""``kg serve`` end to end: the real command on a free loopback port, serving a store built from the bundled
articles. Protocol, formats, service description, the page, and every safety limit."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import httpx
import pyoxigraph
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.vocab import sparql_prefixes
from tests.conftest import run_kg
from tests.server_helpers import Canary, build_kg_store, running_server

JSON = "application/sparql-results+json"
EVENTS = sparql_prefixes() + """
SELECT ?event ?label WHERE { ?event a kg:Event ; rdfs:label ?label } ORDER BY ?event
"""
# 333 triples, four times over: ~10^10 combinations, far past any time limit used here
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def kg_store(tmp_path_factory):
    return build_kg_store(tmp_path_factory.mktemp("kgstore"))


@pytest.fixture(scope="module")
def queries_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("queries")
    (folder / "events-by-type.rq").write_text(
        "# title: Events by type\n# description: How many events of each PLOVER type.\n"
        "SELECT ?type (COUNT(?e) AS ?n) WHERE { ?e kg:eventType ?type } GROUP BY ?type\n", encoding="utf-8")
    (folder / "actor.rq").write_text(
        "# title: What one actor did\n# param: actor — the entity IRI of the actor\n"
        "SELECT ?e WHERE { ?e kg:actor ?actor }\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def server(kg_store, queries_dir, tmp_path_factory):
    log = tmp_path_factory.mktemp("logs") / "server.log"
    with running_server(kg_store, "--queries", queries_dir, log=log) as srv:
        yield srv


@pytest.fixture(scope="module")
def limited(kg_store, tmp_path_factory):
    """A server with tight limits, CORS for one origin, and one worker."""
    log = tmp_path_factory.mktemp("logs") / "limited.log"
    with running_server(kg_store, "--timeout", "1", "--max-rows", "5", "--max-body", "2000", "--workers", "1",
                        "--max-concurrent", "3", "--cors-origin", "http://allowed.test", log=log) as srv:
        yield srv


@pytest.fixture(scope="module")
def expected_events(kg_store):
    store = pyoxigraph.Store.read_only(str(kg_store))
    rows = [(s["event"].value, s["label"].value) for s in store.query(EVENTS, use_default_graph_as_union=True)]
    assert len(rows) >= 12
    return rows


def _bindings(response) -> list[tuple[str, str]]:
    data = response.json()
    return [(b["event"]["value"], b["label"]["value"]) for b in data["results"]["bindings"]]


def assert_error(response, status: int, *words: str):
    """An error status with a short complete text body: never results, never a truncated document."""
    assert response.status_code == status, (response.status_code, response.text[:500])
    assert response.headers["content-type"].startswith("text/plain")
    assert int(response.headers["content-length"]) == len(response.content) < 5000
    for word in words:
        assert word in response.text


# --- the protocol ------------------------------------------------------------------------------------------

def test_query_by_get_post_form_and_post_direct_agree(server, expected_events):
    get = httpx.get(server.endpoint, params={"query": EVENTS}, headers={"Accept": JSON})
    form = httpx.post(server.endpoint, data={"query": EVENTS}, headers={"Accept": JSON})
    direct = httpx.post(server.endpoint, content=EVENTS.encode(), headers={
        "Content-Type": "application/sparql-query", "Accept": JSON})
    for response in (get, form, direct):
        assert response.status_code == 200 and response.headers["content-type"] == JSON
        assert _bindings(response) == expected_events


def test_default_graph_is_the_union_of_article_graphs_unless_a_dataset_is_given(server, kg_store):
    store = pyoxigraph.Store.read_only(str(kg_store))
    graph = next(iter(store.named_graphs())).value
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

    def n(response):
        assert response.status_code == 200, response.text
        return int(response.json()["results"]["bindings"][0]["n"]["value"])

    union = n(httpx.get(server.endpoint, params={"query": count}))
    assert union == len(store) > 300
    own = len(list(store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(graph))))
    assert n(httpx.get(server.endpoint, params={"query": count, "default-graph-uri": graph})) == own > 0
    assert n(httpx.get(server.endpoint, params={"query": count, "default-graph-uri": "http://nowhere.test/g"})) == 0
    from_query = f"SELECT (COUNT(*) AS ?n) FROM <http://nowhere.test/g> WHERE {{ ?s ?p ?o }}"
    assert n(httpx.get(server.endpoint, params={"query": from_query})) == 0
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert n(httpx.get(server.endpoint, params={"query": named})) == len(list(store.named_graphs())) >= 1
    assert n(httpx.get(server.endpoint, params={"query": named, "named-graph-uri": "http://nowhere.test/g"})) == 0


@pytest.mark.parametrize("accept, content_type", [
    (JSON, JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
])
def test_select_results_in_every_format(server, expected_events, accept, content_type):
    response = httpx.post(server.endpoint, data={"query": EVENTS}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"] == content_type
    if accept == JSON:
        rows = _bindings(response)
    elif "xml" in accept:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(response.content)
        rows = [(r.find("r:binding[@name='event']/r:uri", ns).text, r.find("r:binding[@name='label']/r:literal", ns).text)
                for r in root.iterfind("r:results/r:result", ns)]
    elif accept == "text/csv":
        table = list(csv.reader(io.StringIO(response.text)))
        assert table[0] == ["event", "label"]
        rows = [tuple(r) for r in table[1:]]
    else:
        lines = response.text.splitlines()
        assert lines[0] == "?event\t?label"
        rows = [(e.strip("<>"), json.loads(label)) for e, label in (line.split("\t") for line in lines[1:])]
    assert rows == expected_events


@pytest.mark.parametrize("accept, fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld"),
])
def test_construct_and_describe_in_every_graph_format(server, kg_store, accept, fmt):
    store = pyoxigraph.Store.read_only(str(kg_store))
    construct = sparql_prefixes() + "CONSTRUCT { ?e kg:eventType ?t ; kg:actor ?a } WHERE { ?e kg:eventType ?t ; kg:actor ?a }"
    describe = sparql_prefixes() + "DESCRIBE ?e WHERE { ?e a kg:Event }"
    for query in (construct, describe):
        expected = rdflib.Graph().parse(data=pyoxigraph.serialize(
            store.query(query, use_default_graph_as_union=True), format=pyoxigraph.RdfFormat.N_TRIPLES), format="nt")
        response = httpx.post(server.endpoint, data={"query": query}, headers={"Accept": accept})
        assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
        got = rdflib.Graph().parse(data=response.text, format=fmt)
        assert len(got) == len(expected) > 10 and isomorphic(got, expected)


def test_ask_in_json_and_xml(server):
    yes = sparql_prefixes() + "ASK { ?e a kg:Event }"
    no = sparql_prefixes() + "ASK { ?e a kg:NoSuchClass }"
    assert httpx.get(server.endpoint, params={"query": yes}).json() == {"head": {}, "boolean": True}
    assert httpx.get(server.endpoint, params={"query": no}).json()["boolean"] is False
    xml = httpx.get(server.endpoint, params={"query": yes}, headers={"Accept": "application/sparql-results+xml"})
    assert xml.headers["content-type"] == "application/sparql-results+xml"
    assert ET.fromstring(xml.content).find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


def test_unacceptable_format_is_406(server):
    response = httpx.get(server.endpoint, params={"query": "ASK {}"}, headers={"Accept": "image/png"})
    assert_error(response, 406, "application/sparql-results+json")


def test_service_description_at_the_endpoint(server):
    response = httpx.get(server.endpoint)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle", publicID=server.endpoint)
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef(server.endpoint)
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.resultFormat, rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON")) in graph
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    assert (service, sd.feature, sd.BasicFederatedQuery) not in graph
    names = set(graph.objects(None, sd.name))
    assert rdflib.URIRef("https://kg.example.org/id/article/2025-08-15-putin-dprk-soldiers-heroes.lv") in names
    jsonld = httpx.get(server.endpoint, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"] == "application/ld+json"
    assert len(rdflib.Graph().parse(data=jsonld.text, format="json-ld")) == len(graph)


def test_graph_store_reads(server):
    graph = "https://kg.example.org/id/article/2025-08-15-putin-dprk-soldiers-heroes.lv"
    response = httpx.get(server.url + "/store", params={"graph": graph}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200 and len(response.text.splitlines()) > 300
    assert_error(httpx.get(server.url + "/store", params={"graph": "http://nowhere.test/g"}), 404)
    assert_error(httpx.get(server.url + "/store"), 400)


# --- the page ----------------------------------------------------------------------------------------------

class _Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href", "action", "poster", "data", "srcset") and value:
                self.urls.append(value)
        if tag == "script":
            self.scripts.append(dict(attrs))


def test_page_is_offline_and_lists_the_saved_queries(server):
    response = httpx.get(server.url + "/")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    csp = response.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "unsafe-inline" not in csp
    html = response.text
    parser = _Resources()
    parser.feed(html)
    assert parser.urls == []                              # no scripts, styles, images or links to load
    assert all("src" not in s for s in parser.scripts)
    assert "@import" not in html and "url(" not in html
    assert "Events by type" in html and "What one actor did" in html and "the entity IRI of the actor" in html
    assert "innerHTML" not in html


def test_page_works_without_saved_queries(kg_store, tmp_path):
    with running_server(kg_store, "--queries", tmp_path / "none", "--workers", "1", log=tmp_path / "log") as srv:
        response = httpx.get(srv.url + "/")
        assert response.status_code == 200 and 'id="saved-data">[]<' in response.text


# --- safety ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("method, kwargs", [
    ("POST", {"content": b"INSERT DATA { <http://a> <http://b> <http://c> }",
              "headers": {"Content-Type": "application/sparql-update"}}),
    ("POST", {"data": {"update": "CLEAR ALL"}}),
    ("GET", {"params": {"update": "CLEAR ALL"}}),
    ("POST", {"data": {"query": "DROP ALL"}}),
    ("GET", {"params": {"query": "PREFIX ex: <http://ex/> DELETE WHERE { ?s ?p ?o }"}}),
    ("PUT", {"params": {"graph": "http://ex/g"}, "content": b"<http://a> <http://b> <http://c> .",
             "headers": {"Content-Type": "application/n-triples"}}),
    ("DELETE", {"params": {"default": ""}}),
    ("POST", {"params": {"graph": "http://ex/g"}, "content": b"<http://a> <http://b> <http://c> .",
              "headers": {"Content-Type": "text/turtle"}}),
    ("PATCH", {"params": {"default": ""}, "content": b"", "headers": {"Content-Type": "text/turtle"}}),
])
def test_updates_and_graph_store_writes_are_refused_with_403(server, method, kwargs):
    for path in ("/sparql", "/store"):
        response = httpx.request(method, server.url + path, **kwargs)
        if path == "/store" and method == "GET":
            continue  # reads are allowed on the graph store
        assert_error(response, 403, "read-only")
    assert httpx.get(server.endpoint, params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


@pytest.fixture
def canary():
    c = Canary()
    yield c
    c.close()


def test_service_queries_are_refused_and_the_canary_sees_nothing(server, canary):
    queries = [
        f"SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ BIND('# not a comment' AS ?x) SERVICE SILENT <{canary.url}> {{ ?s ?p ?o }} }}",
        f"PREFIX : <http://127.0.0.1:{canary.port}/> SELECT * WHERE {{ BIND(1 AS ?a) FILTER(?a<?a)SERVICE:canary#>\n{{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER EXISTS {{ service <{canary.url}> {{ }} }} }}",
    ]
    for query in queries:
        for response in (httpx.get(server.endpoint, params={"query": query}),
                         httpx.post(server.endpoint, data={"query": query}),
                         httpx.post(server.endpoint, content=query.encode(),
                                    headers={"Content-Type": "application/sparql-query"})):
            assert_error(response, 400, "SERVICE")
    allowed = f'SELECT ?text WHERE {{ BIND("SERVICE <{canary.url}> {{ ?s ?p ?o }}" AS ?text) }}'
    response = httpx.get(server.endpoint, params={"query": allowed})
    assert response.status_code == 200
    assert response.json()["results"]["bindings"][0]["text"]["value"].startswith("SERVICE <http://127.0.0.1:")
    time.sleep(0.2)
    assert canary.hits == []


def test_workers_run_with_the_network_sandbox(server):
    assert "network sandbox on" in server.output()


def test_malformed_query_is_400_with_the_parser_message(server):
    response = httpx.get(server.endpoint, params={"query": "SELECT * WHERE { ?s ?p "})
    assert_error(response, 400, "malformed query", "error at 1:")
    response = httpx.post(server.endpoint, content="ASK {".encode(), headers={"Content-Type": "application/sparql-query"})
    assert_error(response, 400, "error at 1:")


@pytest.mark.parametrize("kwargs, status", [
    ({"content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ({"content": b"query=ASK%20%7B%7D"}, 415),
    ({"content": "ASK {}".encode("utf-16"), "headers": {"Content-Type": "application/sparql-query; charset=UTF-16"}}, 400),
    ({"content": b"ASK { \xff }", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ({"content": b"query=ASK%20%7B%7D&query=ASK%20%7B%7D",
      "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
    ({"content": b"", "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
])
def test_bad_requests_get_4xx(server, kwargs, status):
    assert_error(httpx.post(server.endpoint, **kwargs), status)


def test_bad_get_requests_get_400(server):
    assert_error(httpx.get(server.endpoint, params={"query": "ASK {}", "default-graph-uri": "not an iri"}), 400,
                 "default-graph-uri")
    assert_error(httpx.get(server.endpoint + "?query=ASK%20%7B%7D&query=ASK%20%7B%7D"), 400, "more than one")
    assert_error(httpx.get(server.endpoint + "?query=ASK%20%7B%20%FF%20%7D"), 400, "UTF-8")
    assert_error(httpx.get(server.endpoint, params={"query": "  "}), 400, "empty")


def test_a_query_past_the_time_limit_is_stopped_with_504_and_the_server_recovers(limited):
    before = limited.worker_pids()
    assert len(before) == 1
    started = time.monotonic()
    response = httpx.post(limited.endpoint, data={"query": SLOW}, headers={"Accept": JSON}, timeout=30)
    elapsed = time.monotonic() - started
    assert_error(response, 504, "time limit")
    assert 0.9 < elapsed < 10
    deadline = time.monotonic() + 30
    while True:  # the server answers at once; 503 only while the replacement worker starts
        ok = httpx.get(limited.endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert ok.status_code in (200, 503) and time.monotonic() < deadline
        if ok.status_code == 200:
            break
        time.sleep(0.2)
    assert ok.json()["boolean"] is True
    after = limited.worker_pids()
    assert len(after) == 1 and not (before & after)   # the busy worker was killed and replaced


def test_a_query_needing_more_memory_than_the_limit_is_stopped_and_the_server_recovers(kg_store, tmp_path):
    doublings = " ".join(f"BIND(CONCAT(?a{i}, ?a{i}) AS ?a{i + 1})" for i in range(26))
    bomb = f'SELECT (STRLEN(?a26) AS ?n) WHERE {{ BIND("xxxxxxxxxxxxxxxx" AS ?a0) {doublings} }}'  # 1 GiB string
    with running_server(kg_store, "--max-memory", "600", "--timeout", "60", "--workers", "1",
                        log=tmp_path / "log") as srv:
        started = time.monotonic()
        response = httpx.post(srv.endpoint, data={"query": bomb}, timeout=90)
        assert_error(response, 500, "memory")
        assert time.monotonic() - started < 30
        ok = httpx.get(srv.endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=60)
        assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_more_rows_than_the_limit_is_422_and_limit_within_it_is_200(limited):
    response = httpx.get(limited.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert_error(response, 422, "more than 5 rows")
    response = httpx.get(limited.endpoint, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    assert_error(response, 422, "more than 5 triples")
    response = httpx.get(limited.endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert response.status_code == 200 and len(response.json()["results"]["bindings"]) == 5


def test_an_oversized_body_is_413(limited):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 3000
    assert_error(httpx.post(limited.endpoint, content=big.encode(),
                            headers={"Content-Type": "application/sparql-query"}), 413, "2000 bytes")
    assert_error(httpx.post(limited.endpoint, data={"query": big}), 413)

    def chunks():  # no Content-Length: the limit holds while reading
        for _ in range(10):
            yield b"#" + b"x" * 499

    assert_error(httpx.post(limited.endpoint, content=chunks(), headers={"Content-Type": "application/sparql-query"}),
                 413)
    assert_error(httpx.get(limited.endpoint, params={"query": big}), 414)
    ok = httpx.post(limited.endpoint, content=b"ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert ok.status_code == 200


def test_cors_is_off_by_default_and_on_for_the_allowed_origin(server, limited):
    origin = {"Origin": "http://allowed.test"}
    assert "access-control-allow-origin" not in httpx.get(server.endpoint, params={"query": "ASK {}"},
                                                          headers=origin).headers
    response = httpx.get(limited.endpoint, params={"query": "ASK {}"}, headers=origin)
    assert response.headers["access-control-allow-origin"] == "http://allowed.test"
    other = httpx.get(limited.endpoint, params={"query": "ASK {}"}, headers={"Origin": "http://evil.test"})
    assert "access-control-allow-origin" not in other.headers
    preflight = httpx.options(limited.endpoint, headers={**origin, "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200


def test_200_concurrent_queries_get_200_or_503_and_the_server_keeps_answering(server, expected_events):
    async def one(client):
        return await client.post(server.endpoint, data={"query": EVENTS}, headers={"Accept": JSON})

    async def burst():
        limits = httpx.Limits(max_connections=200, max_keepalive_connections=0)
        async with httpx.AsyncClient(limits=limits, timeout=60) as client:
            return await asyncio.wait_for(asyncio.gather(*(one(client) for _ in range(200))), 120)

    responses = asyncio.run(burst())
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 503}, statuses
    ok = [r for r in responses if r.status_code == 200]
    busy = [r for r in responses if r.status_code == 503]
    assert len(ok) >= 16
    for r in ok:
        assert _bindings(r) == expected_events
    for r in busy:
        assert r.headers["retry-after"] == "1" and r.headers["content-type"].startswith("text/plain")
    after = httpx.post(server.endpoint, data={"query": EVENTS}, headers={"Accept": JSON})
    assert after.status_code == 200 and _bindings(after) == expected_events


def test_an_answer_waiting_for_a_client_that_does_not_read_keeps_its_slot(kg_store, tmp_path):
    """Results held for slow readers count against the concurrency bound, so they cannot pile up in memory."""
    import socket
    from urllib.parse import quote

    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 40000"  # ~14 MB of JSON, more than socket buffers hold
    with running_server(kg_store, "--max-concurrent", "1", "--workers", "1", log=tmp_path / "log") as srv:
        started = time.monotonic()
        full = httpx.get(srv.endpoint, params={"query": big}, timeout=60)
        assert full.status_code == 200 and len(full.content) > 10_000_000
        duration = time.monotonic() - started
        host, port = srv.url.removeprefix("http://").split(":")
        reader = socket.create_connection((host, int(port)))
        reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        reader.sendall(f"GET /sparql?query={quote(big)} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
        time.sleep(2 * duration + 1)  # evaluated and serialised by now; the answer waits for the reader
        assert_error(httpx.get(srv.endpoint, params={"query": "ASK {}"}), 503, "busy")
        reader.close()
        deadline = time.monotonic() + 20
        while httpx.get(srv.endpoint, params={"query": "ASK {}"}).status_code == 503:
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert httpx.get(srv.endpoint, params={"query": "ASK {}"}).json()["boolean"] is True


def test_binds_to_loopback_by_default(server):
    assert server.url.startswith("http://127.0.0.1:")


# --- the command -------------------------------------------------------------------------------------------

def test_serve_help_has_examples():
    proc = run_kg("serve", "--help")
    assert proc.returncode == 0 and "Examples:" in proc.stdout and "kg serve --store" in proc.stdout


def test_a_port_in_use_is_one_line_and_exit_2(kg_store):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        proc = run_kg("serve", "--store", kg_store, "--port", port)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"kg: error: cannot listen on 127.0.0.1:{port}: Address already in use"


@pytest.mark.parametrize("make", ["missing", "file", "empty dir"])
def test_a_missing_or_wrong_store_is_one_line_and_exit_2(tmp_path, make):
    path = tmp_path / "store"
    if make == "file":
        path.write_text("not a store")
    elif make == "empty dir":
        path.mkdir()
    proc = run_kg("serve", "--store", path, "--port", "0")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: ") and str(path) in lines[0]


# --- the page in a real browser ----------------------------------------------------------------------------

def _chromium_dom(url: str) -> str:
    import shutil
    import subprocess

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.skip("chromium is not installed (scripts/system-packages.sh installs it)")
    proc = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                           "--no-proxy-server", "--virtual-time-budget=15000", "--dump-dom", url],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_page_runs_a_saved_query_in_a_browser_and_shows_a_table(server):
    dom = _chromium_dom(server.url + "/?saved=events-by-type")
    assert "rows in" in dom                                 # the status line after a successful run
    assert "<th>?type</th><th>?n</th>" in dom
    assert '<td class="uri">plover:CONSULT</td>' in dom     # IRIs shortened with the kg prefixes


def test_page_shows_result_text_as_text_and_errors_as_errors(server):
    from urllib.parse import quote

    markup = '<img src=x onerror="document.title=1">'
    dom = _chromium_dom(server.url + "/?query=" + quote(f"SELECT ?x WHERE {{ BIND('{markup}' AS ?x) }}"))
    assert '<td class="literal">&lt;img src=x onerror="document.title=1"&gt;</td>' in dom
    assert "<img" not in dom
    dom = _chromium_dom(server.url + "/?query=" + quote("SELECT * WHERE {"))
    assert "400 Bad Request" in dom and "malformed query" in dom
