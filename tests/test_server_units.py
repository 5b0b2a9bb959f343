"""The parts of ``kg serve`` that need no running server: the query guard, content negotiation, saved queries,
the worker's serialisation and the network sandbox."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from kg.server import negotiation
from kg.server.guard import Refused, check_query, is_update, operation_keyword, tokens
from kg.server.page import load_saved_queries, render_page, with_prefixes
from tests.conftest import ROOT
from tests.server_helpers import Canary

CANARY = "http://127.0.0.1:9/canary"

FEDERATED = {
    "plain": f"SELECT * WHERE {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    "silent lower case": f"select * where {{ service silent <{CANARY}> {{ ?s ?p ?o }} }}",
    "in optional in subquery": f"SELECT * WHERE {{ {{ SELECT * WHERE {{ OPTIONAL {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} }} }} }} }}",
    "in filter exists": f"ASK {{ FILTER EXISTS {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} }} }}",
    "after a comment-like string": f'SELECT * WHERE {{ BIND("# not a comment" AS ?x) SERVICE <{CANARY}> {{ ?s ?p ?o }} }}',
    "after a string with escaped quote": f'SELECT * WHERE {{ BIND("a \\" # b" AS ?x) SERVICE <{CANARY}> {{ ?s ?p ?o }} }}',
    "after a long string": f"SELECT * WHERE {{ BIND('''it's # here''' AS ?x) SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    "after a real comment line": f"SELECT * WHERE {{ # a comment \"\n SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    "no spaces": f"SELECT*{{SERVICE<{CANARY}>{{?s ?p ?o}}}}",
    "default prefix glued": "PREFIX : <http://127.0.0.1:9/> SELECT * { SERVICE:canary { ?s ?p ?o } }",
    "less-than read as an IRI": ("PREFIX : <http://127.0.0.1:9/> SELECT * WHERE { BIND(1 AS ?a) BIND(2 AS ?b) "
                                 "FILTER(?a<?b)SERVICE:canary#>\n{ ?s ?p ?o } }"),
    "construct": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    "describe": f"DESCRIBE ?s WHERE {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    # SERVICE all the same, though Oxigraph would not call out for these
    "variable endpoint": "SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }",
    "unparseable with the word": f"SELECT * WHERE {{ SERVICE <{CANARY}> {{ ?s ?p ?o }} ",
}
LIVE = [name for name in FEDERATED if name not in ("variable endpoint", "unparseable with the word")]

ALLOWED = {
    "word in a string": f'SELECT ("SERVICE <{CANARY}> {{ ?s ?p ?o }}" AS ?text) WHERE {{}}',
    "word in a long string": f"SELECT ('''\nSERVICE <{CANARY}> {{ }}\n''' AS ?text) WHERE {{}}",
    "word in a comment": f"SELECT * WHERE {{ ?s ?p ?o }} # SERVICE <{CANARY}> {{ }}",
    "word in an IRI": "SELECT * WHERE { ?s a <https://schema.org/Service> }",
    "word as a variable": "SELECT ?service WHERE { ?service ?p ?o }",
    "word as a local name": "PREFIX schema: <https://schema.org/> SELECT * WHERE { ?s a schema:Service }",
    "word as a language tag": 'SELECT * WHERE { ?s ?p "x"@service }',
}


@pytest.mark.parametrize("name", FEDERATED)
def test_guard_refuses_federated_queries_with_400(name):
    with pytest.raises(Refused) as refused:
        check_query(FEDERATED[name])
    assert refused.value.status == 400 and "SERVICE" in refused.value.message


def test_the_federated_cases_are_real_attacks_on_an_unguarded_oxigraph():
    """Without the guard, Oxigraph itself calls the canary for every live case: the cases above test something."""
    import pyoxigraph

    canary = Canary()
    try:
        store = pyoxigraph.Store()
        for name in LIVE:
            before = len(canary.hits)
            result = store.query(FEDERATED[name].replace("http://127.0.0.1:9/", f"http://127.0.0.1:{canary.port}/"))
            if not isinstance(result, pyoxigraph.QueryBoolean):
                list(result)
            assert len(canary.hits) == before + 1, name
    finally:
        canary.close()


@pytest.mark.parametrize("name", ALLOWED)
def test_guard_allows_the_word_service_outside_the_keyword(name):
    info = check_query(ALLOWED[name])
    assert info.form == "SELECT"


@pytest.mark.parametrize("text", [
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "PREFIX ex: <http://ex/> BASE <http://b/> delete where { ?s ?p ?o }",
    "# a comment\nCLEAR ALL",
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_guard_refuses_updates_with_403(text):
    assert is_update(text)
    with pytest.raises(Refused) as refused:
        check_query(text)
    assert refused.value.status == 403


def test_operation_keyword_skips_the_prologue_and_comments():
    assert operation_keyword("# c\nPREFIX a: <http://a/>\nPREFIX : <http://b/>\nBASE <http://c/>\nask {}") == "ASK"
    assert operation_keyword('SELECT ("INSERT" AS ?x) {}') == "SELECT"


def test_dataset_clause_is_detected_only_as_a_keyword():
    assert check_query("SELECT * FROM <http://g> WHERE { ?s ?p ?o }").has_dataset_clause
    assert check_query("SELECT * FROM NAMED <http://g> WHERE { GRAPH ?g { ?s ?p ?o } }").has_dataset_clause
    assert not check_query('SELECT * WHERE { ?s ?p "FROM" }').has_dataset_clause
    assert not check_query("SELECT * WHERE { ?s ?p ?o } # FROM <http://g>").has_dataset_clause


def test_tokenizer_keeps_strings_iris_and_comments_whole():
    kinds = [(t.kind, t.text) for t in tokens('SELECT ?x { <http://a#b> ex:p "s # t" } # end')]
    assert kinds == [("word", "SELECT"), ("var", "?x"), ("other", "{"), ("iri", "<http://a#b>"),
                     ("pname", "ex:p"), ("string", '"s # t"'), ("other", "}")]


@pytest.mark.parametrize("accept, expected", [
    (None, "json"),
    ("*/*", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "xml"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "xml"),
    ("application/sparql-results+json;q=0, */*", "xml"),
    ("text/xml", "xml"),
    ("text/*;q=0.5, text/tab-separated-values", "tsv"),
    ("image/png", None),
])
def test_negotiation_of_result_formats(accept, expected):
    fmt = negotiation.negotiate(accept, negotiation.RESULT_FORMATS)
    assert (fmt.name if fmt else None) == expected


@pytest.mark.parametrize("accept, expected", [
    (None, "turtle"),
    ("application/rdf+xml", "rdfxml"),
    ("application/n-triples", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/turtle,text/turtle", "turtle"),
    ("text/n3", "n3"),
    ("application/sparql-results+json", None),
])
def test_negotiation_of_graph_formats(accept, expected):
    fmt = negotiation.negotiate(accept, negotiation.GRAPH_FORMATS)
    assert (fmt.name if fmt else None) == expected


def test_saved_queries_are_read_with_their_header(tmp_path):
    (tmp_path / "b-actors.rq").write_text(
        "# title: Actors of a country\n# description: Everyone affiliated with a country,\n"
        "# description: with their labels.\n# param: country — Wikidata entity of the country\n"
        "SELECT ?a WHERE { ?a kg:country ?country }\n", encoding="utf-8")
    (tmp_path / "a-plain.rq").write_text("PREFIX kg: <https://kg.example.org/ontology#>\nASK { ?e a kg:Event }\n")
    (tmp_path / "notes.txt").write_text("not a query")
    saved = load_saved_queries(tmp_path)
    assert [q.name for q in saved] == ["a-plain", "b-actors"]
    assert saved[0].title == "a plain" and saved[0].query.count("PREFIX kg:") == 1
    actors = saved[1]
    assert actors.title == "Actors of a country"
    assert actors.description == "Everyone affiliated with a country, with their labels."
    assert actors.params == [{"name": "country", "meaning": "Wikidata entity of the country"}]
    assert actors.query.splitlines()[4] == "PREFIX kg: <https://kg.example.org/ontology#>"
    assert actors.query.startswith("# title: Actors of a country\n")
    assert load_saved_queries(tmp_path / "missing") == [] and load_saved_queries(None) == []


def test_with_prefixes_adds_only_missing_kg_prefixes():
    assert with_prefixes("ASK { ?s a <http://x/y> }") == "ASK { ?s a <http://x/y> }"
    text = with_prefixes('SELECT * { ?e kg:actor ?a ; rdfs:label "kgr:x" . ?x foo:bar ?y }')
    assert text.splitlines()[:2] == ["PREFIX kg: <https://kg.example.org/ontology#>",
                                     "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"]
    assert "PREFIX kgr" not in text and "PREFIX foo" not in text


def test_page_embeds_saved_queries_as_inert_data(tmp_path):
    (tmp_path / "x.rq").write_text('# title: </script><script>alert(1)</script>\nASK { ?s ?p "<b>" }\n')
    html = render_page(load_saved_queries(tmp_path))
    assert "<script>alert(1)" not in html and "\\u003c/script\\u003e" in html
    assert "innerHTML" not in html and "outerHTML" not in html and "insertAdjacentHTML" not in html
    assert "document.write" not in html and "eval(" not in html


def test_worker_serialises_solutions_as_valid_sparql_json():
    import pyoxigraph

    from kg.server.worker import Job, run_job

    store = pyoxigraph.Store()
    query = ('SELECT ?a ?b ?c ?d WHERE { VALUES (?a ?b) { (1 UNDEF) ("x"@en <http://x>) ("y" UNDEF) } '
             'BIND(<<( <http://a> <http://b> "z"@lv )>> AS ?c) BIND(BNODE() AS ?d) }')
    reply = run_job(store, Job(query=query))
    assert reply.status == 200
    doc = json.loads(reply.body)
    assert doc["head"]["vars"] == ["a", "b", "c", "d"]
    rows = doc["results"]["bindings"]
    assert rows[0]["a"] == {"type": "literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}
    assert "b" not in rows[0] and rows[1]["b"] == {"type": "uri", "value": "http://x"}
    assert rows[1]["a"] == {"type": "literal", "value": "x", "xml:lang": "en"}
    assert rows[2]["a"] == {"type": "literal", "value": "y"} and rows[2]["d"]["type"] == "bnode"
    assert rows[0]["c"]["type"] == "triple" and rows[0]["c"]["value"]["object"]["xml:lang"] == "lv"
    # Oxigraph reads it back to the same solutions
    again = pyoxigraph.parse_query_results(reply.body, format=pyoxigraph.QueryResultsFormat.JSON)
    direct = list(store.query(query))
    assert [list(s)[:3] for s in again] == [list(s)[:3] for s in direct]


def test_worker_refuses_more_rows_than_the_limit_without_a_partial_body():
    import pyoxigraph

    from kg.server.worker import Job, run_job

    store = pyoxigraph.Store()
    query = "SELECT ?n WHERE { VALUES ?n { 1 2 3 4 5 6 } }"
    assert run_job(store, Job(query=query, max_rows=6)).status == 200
    reply = run_job(store, Job(query=query, max_rows=5))
    assert reply.status == 422 and reply.content_type.startswith("text/plain") and b"5 rows" in reply.body
    reply = run_job(store, Job(query="CONSTRUCT { ?n ?n ?n } WHERE { VALUES ?n { <http://a> <http://b> } }",
                               max_rows=1))
    assert reply.status == 422 and b"triples" in reply.body


def test_network_sandbox_stops_oxigraph_from_calling_a_service():
    """Even a SERVICE query that reached Oxigraph could not make the sandboxed worker call anything."""
    canary = Canary()
    try:
        script = textwrap.dedent(f"""
            import socket, pyoxigraph
            from kg.server.sandbox import deny_ip_sockets
            assert deny_ip_sockets()
            try:
                socket.create_connection(("127.0.0.1", {canary.port}), timeout=5)
                print("connected")
            except OSError as err:
                print("refused", err.errno)
            try:
                list(pyoxigraph.Store().query("SELECT * WHERE {{ SERVICE <{canary.url}> {{ ?s ?p ?o }} }}"))
                print("query answered")
            except Exception as err:
                print("query failed")
            a, b = socket.socketpair()
            a.sendall(b"ok")
            print(b.recv(2).decode())
        """)
        proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.split() == ["refused", "13", "query", "failed", "ok"]
        assert canary.hits == []
    finally:
        canary.close()
