"""SPARQL: every saved query on the bundled articles, answered alike by the embedded store and a real Oxigraph
server and checked against expectations computed in Python from the extracted articles; parameters; the CLI."""

from __future__ import annotations

import calendar
import collections
import csv
import io
import json
import re

import pytest
from rdflib import Dataset, Graph

from kg.errors import KgError
from kg.graph.query import (Param, dollar_variables, parse_query, saved_queries, saved_query, substitute,
                            to_term)
from kg.graph.store import open_store
from kg.rdf import add_doc
from kg.vocab import KG
from tests.conftest import ROOT, run_kg
from tests.oracle import claims, entity_labels, interval, merged_events

QUERIES = saved_queries()


def normalised(result) -> list[tuple]:
    """Rows with the parts of GROUP_CONCAT cells sorted (their order is not defined by SPARQL)."""
    def cell(value):
        if value is None:
            return None
        parts = re.split(r"; |, | \| ", str(value))
        return (type(value).__name__, tuple(sorted(parts)), getattr(value, "datatype", None))

    return [tuple(cell(v) for v in row) for row in result.rows]


def answer(embedded, remote, name: str, **params) -> list[dict]:
    """The saved query's records; the embedded store and the server must give the same rows in the same order."""
    query = saved_query(name)
    mine, theirs = query.run(embedded, **params), query.run(remote, **params)
    assert mine.variables == theirs.variables
    assert normalised(mine) == normalised(theirs)
    return mine.records()


@pytest.fixture(scope="module")
def oracle(bundled_docs):
    return merged_events(bundled_docs)


@pytest.fixture(scope="module")
def labels(bundled_docs):
    return entity_labels(bundled_docs)


def _split(cell) -> set[str]:
    return set(re.split(r"; |, | \| ", cell)) if cell else set()


def _most_active(oracle) -> list[str]:
    counts = collections.Counter(x for e in oracle.values() for x in e.entities)
    return [x for x, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# -- the library itself --------------------------------------------------------------------------------------

def test_saved_queries_cover_what_analysts_ask_and_are_documented():
    assert {"events-between", "actor-timeline", "treaties-alliances", "military-by-place", "meetings",
            "planned-events", "claims-by-source", "wikidata-links", "most-active-actors"} <= set(QUERIES)
    readme = (ROOT / "queries" / "README.md").read_text(encoding="utf-8")
    empty = open_store()
    for name, query in QUERIES.items():
        assert query.title != name and len(query.description) > 40, name
        assert query.examples and all(ex.startswith(f"kg query {name}") for ex in query.examples), name
        assert dollar_variables(query.text) == {p.name for p in query.params}, name
        assert f"`{name}`" in readme, f"{name} is not described in queries/README.md"
        for param in query.params:
            assert f"`{param.name}`" in readme, f"parameter {param.name} of {name} missing from queries/README.md"
        empty.query(query.text)  # valid SPARQL even with its parameters unbound


def test_query_list_prints_one_line_per_saved_query():
    proc = run_kg("query", "--list", check=True)
    lines = proc.stdout.splitlines()
    assert len(lines) == len(QUERIES)
    for line, (name, query) in zip(lines, QUERIES.items()):
        assert line.startswith(name) and query.title in line
    assert "actor=entity" in next(line for line in lines if line.startswith("actor-timeline"))


# -- each saved query on the bundled articles ----------------------------------------------------------------

def test_events_between_two_actors(embedded, remote, oracle):
    together = collections.Counter((a, b) for e in oracle.values() for a in e.entities for b in e.entities if a < b)
    (a, b), _ = max(together.items(), key=lambda kv: (kv[1], kv[0]))
    expected = {e.iri: e for e in oracle.values() if {a, b} <= e.entities}
    qid = a.rsplit("/", 1)[-1]
    rows = answer(embedded, remote, "events-between", a=qid if qid.startswith("Q") else a, b=b)
    assert {r["event"] for r in rows} == set(expected)
    for r in rows:
        e = expected[r["event"]]
        assert (r["type"], r["articles"], r["sources"], r["date"]) == (e.type, len(e.articles), len(e.sources),
                                                                       e.date)
        assert _split(r["status"]) == e.statuses
    dates = [r["date"] or "" for r in rows]
    assert dates == sorted(dates, reverse=True)
    # Order of the two actors does not matter.
    assert {r["event"] for r in answer(embedded, remote, "events-between", a=b, b=a)} == set(expected)


def test_actor_timeline(embedded, remote, oracle, labels):
    actor = _most_active(oracle)[0]
    expected = {(e.iri, role) for e in oracle.values() for role, x in e.roles if x == actor}
    rows = answer(embedded, remote, "actor-timeline", actor=actor)
    assert {(r["event"], r["role"]) for r in rows} == expected
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated) and all(r["date"] for r in rows[: len(dated)])
    for r in rows:
        others = {labels[x] for x in oracle[r["event"]].entities if x != actor}
        assert _split(r["with"]) == others
    # A name resolves to the same entity as its IRI.
    assert answer(embedded, remote, "actor-timeline", actor=labels[actor]) == rows


def test_treaties_and_alliances(embedded, remote, oracle, labels):
    expected = {e.iri: e for e in oracle.values() if e.type == "AGREE" and "057" in e.cameos}
    assert expected, "the bundled articles should report at least one formal agreement"
    rows = answer(embedded, remote, "treaties-alliances")
    assert {r["event"] for r in rows} == set(expected)
    for r in rows:
        assert _split(r["parties"]) == {labels[x] for x in expected[r["event"]].entities}
        assert r["articles"] == len(expected[r["event"]].articles)


def test_troop_deployments_and_military_aid_by_place(embedded, remote, oracle, labels):
    expected = {e.iri: e for e in oracle.values()
                if e.type == "MOBILIZE" or (e.type == "AID" and any(c.startswith("072") for c in e.cameos))}
    assert expected
    rows = answer(embedded, remote, "military-by-place")
    assert {r["event"] for r in rows} == set(expected)
    for r in rows:
        e = expected[r["event"]]
        assert r["placeLabel"] == (labels[e.place] if e.place else "(no place)")
        assert _split(r["from"]) == {labels[x] for role, x in e.roles if role in ("actor", "participant")}
        assert _split(r["to"]) == {labels[x] for role, x in e.roles if role == "recipient"}
    places = [r["placeLabel"] for r in rows]
    assert places == sorted(places)


def test_meetings_visits_and_calls_in_a_date_range(embedded, remote, oracle):
    consults = [e for e in oracle.values() if e.type == "CONSULT" and e.date]
    assert consults
    first = min(interval(e.date)[0] for e in consults)
    last = max(interval(e.date)[1] for e in consults)
    last = f"{last[:8]}{calendar.monthrange(int(last[:4]), int(last[5:7]))[1]:02d}"  # "-31" may not exist
    rows = answer(embedded, remote, "meetings", **{"from": first, "to": last})
    assert {r["event"] for r in rows} == {e.iri for e in consults}
    # A one-day range keeps exactly the events whose (possibly coarse) date overlaps that day.
    day = sorted(e.date for e in consults if len(e.date) == 10)[-1]
    expected = {e.iri for e in consults if interval(e.date)[0] <= day <= interval(e.date)[1]}
    rows = answer(embedded, remote, "meetings", **{"from": day, "to": day})
    assert {r["event"] for r in rows} == expected and expected
    assert all(r["kind"] in ("meeting", "call", "visit", "hosted visit", "meeting elsewhere", "mediation",
                             "negotiation", "consultation") for r in rows)
    assert answer(embedded, remote, "meetings", **{"from": "1900-01-01", "to": "1900-12-31"}) == []


def test_planned_events(embedded, remote, oracle):
    expected = {e.iri for e in oracle.values() if "planned" in e.statuses}
    rows = answer(embedded, remote, "planned-events")
    assert {r["event"] for r in rows} == expected


def test_claims_grouped_by_who_makes_them(embedded, remote, bundled_docs, labels):
    expected = claims(bundled_docs)
    assert expected
    rows = answer(embedded, remote, "claims-by-source")
    assert {r["source"] for r in rows} == set(expected)
    for r in rows:
        assert r["label"] == labels[r["source"]]
        assert (r["claims"], r["articles"]) == (len(expected[r["source"]]["events"]),
                                                len(expected[r["source"]]["articles"]))
    assert [r["claims"] for r in rows] == sorted((r["claims"] for r in rows), reverse=True)


def test_entities_with_wikidata_links(embedded, remote, bundled_docs, oracle):
    dataset = Dataset()
    for doc in bundled_docs:
        add_doc(dataset, doc)
    expected = {str(s): str(o) for s, _, o, _ in dataset.quads((None, KG.wikidata, None, None))}
    rows = answer(embedded, remote, "wikidata-links")
    assert {r["entity"]: r["wikidata"] for r in rows} == expected
    for r in rows:
        assert r["qid"] == r["wikidata"].rsplit("/", 1)[-1] and r["qid"].startswith("Q")
        in_events = {e.iri for e in oracle.values()
                     if r["entity"] in e.entities or r["entity"] == e.place or r["entity"] in e.sources}
        assert r["events"] == len(in_events)


def test_most_active_actors(embedded, remote, oracle):
    events = collections.Counter(x for e in oracle.values() for x in e.entities)
    rows = answer(embedded, remote, "most-active-actors")
    assert {r["actor"]: r["events"] for r in rows} == dict(events)
    assert [r["events"] for r in rows] == sorted(events.values(), reverse=True)
    for r in rows:
        assert r["articles"] == len({a for e in oracle.values() if r["actor"] in e.entities for a in e.articles})
    busy = answer(embedded, remote, "most-active-actors", min_events="2")
    assert {r["actor"] for r in busy} == {x for x, n in events.items() if n >= 2}


def test_event_reports_count_mentions_sources_and_articles(embedded, remote, oracle):
    rows = answer(embedded, remote, "event-reports")
    assert {r["event"] for r in rows} == set(oracle)
    for r in rows:
        e = oracle[r["event"]]
        assert (r["mentions"], r["sources"], r["articles"]) == (len(e.mentions), len(e.sources), len(e.articles))


# -- query forms, formats and errors -------------------------------------------------------------------------

@pytest.mark.parametrize("sparql", [
    "ASK { ?e kg:status kgs:planned }",
    "CONSTRUCT { ?a kgr:consult ?b } WHERE { ?a kgr:consult ?b }",
    "DESCRIBE ?e WHERE { ?e kg:eventType plover:AGREE }",
    "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:eventType ?t } GROUP BY ?t ORDER BY ?t",
])
def test_every_query_form_gives_the_same_answer_from_both_stores(embedded, remote, sparql):
    mine, theirs = embedded.query(sparql), remote.query(sparql)
    assert mine.kind == theirs.kind
    if mine.kind == "graph":
        assert set(mine.triples) == set(theirs.triples) and mine.triples
    else:
        assert (mine.boolean, mine.rows) == (theirs.boolean, theirs.rows)


def test_cli_formats(built_store, oracle):
    store = str(built_store)
    table = run_kg("query", "--store", store, "event-reports", check=True).stdout
    assert table.splitlines()[0].split()[:3] == ["event", "label", "date"] and f"({len(oracle)} rows)" in table
    data = json.loads(run_kg("query", "--store", store, "event-reports", "--format", "json", check=True).stdout)
    assert data["head"]["vars"][0] == "event" and len(data["results"]["bindings"]) == len(oracle)
    rows = list(csv.DictReader(io.StringIO(run_kg("query", "--store", store, "event-reports", "--format", "csv",
                                                  check=True).stdout)))
    assert {r["event"] for r in rows} == set(oracle)
    turtle = run_kg("query", "--store", store, "CONSTRUCT { ?e a kg:Event } WHERE { ?e a kg:Event }",
                    check=True).stdout
    assert len(Graph().parse(data=turtle, format="turtle")) == len(oracle)
    assert run_kg("query", "--store", store, "ASK { ?e a kg:Event }", check=True).stdout == "true\n"


def test_cli_runs_a_query_file_with_parameters_and_reads_rdf_files(tmp_path, built_store, oracle):
    rq = tmp_path / "by-type.rq"
    rq.write_text("# title: Events of one type\n# param: t type  A PLOVER category\n"
                  "SELECT DISTINCT ?e WHERE { ?e kg:eventType $t }\n", encoding="utf-8")
    kind = sorted(e.type for e in oracle.values())[0]
    out = tmp_path / "answer.csv"
    run_kg("query", "--store", built_store, "--file", rq, "--param", f"t={kind.lower()}", "--format", "csv",
           "-o", out, check=True)
    assert {r["e"] for r in csv.DictReader(out.open())} == {e.iri for e in oracle.values() if e.type == kind}
    run_kg("build", ROOT / "data" / "articles", "-o", tmp_path / "out", check=True)
    proc = run_kg("query", "--store", tmp_path / "out" / "graph.trig", "--file", rq, "-p", f"t={kind}", check=True)
    assert f"({sum(e.type == kind for e in oracle.values())} row" in proc.stdout


@pytest.mark.parametrize("args, message", [
    (["ASK {}"], "no store"),
    (["--store", "{store}", "SELECT * WHERE { ?s ?p }"], "malformed SPARQL: error at 1:"),
    (["--store", "{store}", "no-such-query"], "unknown saved query 'no-such-query'"),
    (["--store", "{store}", "actor-timeline"], "needs --param actor="),
    (["--store", "{store}", "meetings", "-p", "from=2025-13-01", "-p", "to=2025-12-31"], "is not a date"),
    (["--store", "{store}", "planned-events", "-p", "x=1"], "declares no parameters"),
    (["--store", "{store}", "actor-timeline", "-p", "actor=Q423", "-p", "who=1"], "unknown parameter 'who'"),
    (["--store", "{store}", "actor-timeline", "-p", "actor=Nobody At All"], "no entity named 'Nobody At All'"),
    (["--store", "{missing}", "ASK {}"], "no store here"),
    (["--store", "{store}"], "give one query"),
    (["--store", "{store}", "ASK {}", "--format", "turtle"], "--format turtle is for CONSTRUCT and DESCRIBE"),
])
def test_cli_errors_are_one_line_with_exit_status_2(tmp_path, built_store, args, message):
    args = [a.replace("{store}", str(built_store)).replace("{missing}", str(tmp_path / "missing.store"))
            for a in args]
    proc = run_kg("query", *args)
    assert proc.returncode == 2, proc.stdout
    assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert proc.stdout == ""


# -- parameters are bound as RDF terms, never pasted ---------------------------------------------------------

def test_parameter_values_become_escaped_terms():
    assert to_term(Param("s", "string"), 'x" } ; DROP ALL ; #') == '"x\\" } ; DROP ALL ; #"'
    assert to_term(Param("n", "integer"), "7") == "7"
    assert to_term(Param("d", "date"), "2025-08-15") == '"2025-08-15"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert to_term(Param("t", "type"), "consult") == "<https://kg.example.org/plover#CONSULT>"
    assert to_term(Param("a", "entity"), "Q423") == "<https://kg.example.org/id/entity/Q423>"
    assert to_term(Param("a", "entity"), "entity:organisation/x") == \
        "<https://kg.example.org/id/entity/organisation/x>"
    for kind, bad in [("iri", "http://a> } UNION { ?s ?p ?o"), ("integer", "1; DROP"), ("type", "BOMB"),
                      ("date", "yesterday"), ("entity", "http://x y")]:
        with pytest.raises(KgError):
            to_term(Param("p", kind), bad)


def test_substitution_skips_strings_iris_and_comments():
    text = 'SELECT * WHERE { ?s ?p $v . FILTER(?o != "$v" && ?o != \'$v\') } # $v\nVALUES ?x { <urn:$v> $v }'
    done = substitute(text, {"v": '"1"'})
    assert done == 'SELECT * WHERE { ?s ?p "1" . FILTER(?o != "$v" && ?o != \'$v\') } # $v\n' \
                   'VALUES ?x { <urn:$v> "1" }'


def test_a_hostile_value_stays_a_literal(embedded, oracle, labels):
    query = parse_query("# param: name string  x\nSELECT DISTINCT ?x WHERE { ?x rdfs:label ?l FILTER(STR(?l) = $name) }")
    hostile = '" || true) } UNION { ?x ?p ?o } #'
    assert query.run(embedded, name=hostile).rows == []
    actor = _most_active(oracle)[0]
    assert query.run(embedded, name=labels[actor]).column("x") == [actor]
