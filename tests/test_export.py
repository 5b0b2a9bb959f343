"""kg export: RDF in every syntax with nothing lost, GraphML and GEXF that networkx reads back, the GDELT-like
CSV, determinism, the same bytes from the embedded store and a real server, and atomic failure."""

from __future__ import annotations

import csv

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.graph.export import CSV_COLUMNS
from kg.graph.records import quad_classes
from kg.graph.store import EmbeddedStore
from kg.network import actor_view, event_view
from tests.conftest import run_kg
from tests.oracle import merged_events
from tests.test_store import ARTICLE_A, ARTICLE_B


@pytest.fixture(scope="module")
def oracle(bundled_docs):
    return merged_events(bundled_docs)


@pytest.fixture(scope="module")
def exports(built_store, tmp_path_factory):
    """Every format exported once by the real command from the store ``kg build`` wrote."""
    folder = tmp_path_factory.mktemp("exports")
    files = {}
    for name in ("kg.trig", "kg.nq", "kg.ttl", "kg.nt", "kg.jsonld", "actors.graphml", "actors.gexf", "events.csv"):
        run_kg("export", "--store", built_store, "-o", folder / name, check=True)
        files[name] = folder / name
    for name, fmt in (("events.graphml", "graphml"), ("events.gexf", "gexf")):
        run_kg("export", "--store", built_store, "--format", fmt, "--view", "event", "-o", folder / name,
               check=True)
        files[name] = folder / name
    with EmbeddedStore(built_store, create=False) as store:
        quads = set(store.nquads().splitlines())
        views = actor_view(store), event_view(store)
    return files, quads, views


def _quads(path, fmt) -> set[str]:
    return {f"{q} ." for q in ox.parse(path=str(path), format=fmt)}


def test_rdf_exports_hold_every_quad(exports):
    files, quads, _ = exports
    assert len(quads) > 300
    assert _quads(files["kg.trig"], ox.RdfFormat.TRIG) == quads
    assert _quads(files["kg.nq"], ox.RdfFormat.N_QUADS) == quads
    assert _quads(files["kg.jsonld"], ox.RdfFormat.JSON_LD) == quads
    triples = {" ".join(q.split(" ")[:-2]) for q in quads}  # drop the graph name
    union = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(path=str(files["kg.ttl"]),
                                                                                   format=ox.RdfFormat.TURTLE)}
    assert union == {str(ox.Triple(q.subject, q.predicate, q.object))
                     for q in ox.parse("\n".join(quads).encode(), format=ox.RdfFormat.N_QUADS)}
    assert len(_quads(files["kg.nt"], ox.RdfFormat.N_TRIPLES)) == len(union) <= len(triples)


def test_exports_are_deterministic_and_the_server_gives_the_same_bytes(exports, built_store, oxigraph_server,
                                                                        tmp_path):
    files, _, _ = exports
    run_kg("export", "--store", built_store, "-o", tmp_path / "again.trig", check=True)
    run_kg("export", "--store", oxigraph_server.url, "-o", tmp_path / "remote.trig", check=True)
    assert (tmp_path / "again.trig").read_bytes() == files["kg.trig"].read_bytes()
    assert (tmp_path / "remote.trig").read_bytes() == files["kg.trig"].read_bytes()
    run_kg("export", "--store", oxigraph_server.url, "-o", tmp_path / "remote.csv", check=True)
    assert (tmp_path / "remote.csv").read_bytes() == files["events.csv"].read_bytes()


def test_graphml_and_gexf_open_in_networkx_again(exports):
    files, _, (G, B) = exports
    for name in ("actors.graphml", "actors.gexf"):
        H = nx.read_graphml(files[name], force_multigraph=True) if name.endswith("graphml") \
            else nx.read_gexf(files[name])
        assert set(H) == set(G) and H.number_of_edges() == G.number_of_edges(), name
        for node, data in G.nodes(data=True):
            assert H.nodes[node]["label"] == data["label"] and H.nodes[node]["cls"] == data["cls"]
    H = nx.read_graphml(files["actors.graphml"], force_multigraph=True)
    assert set(H.edges(keys=True)) == set(G.edges(keys=True))
    for u, v, k, d in G.edges(keys=True, data=True):
        back = H.edges[u, v, k]
        assert back["type"] == d["type"] and back["quad"] == d["quad"] and back["label"] == d["label"]
        assert back.get("sources", "") == "; ".join(d["sources"])
        assert back["articles"] == "; ".join(d["articles"])
    for name in ("events.graphml", "events.gexf"):
        H = nx.read_graphml(files[name]) if name.endswith("graphml") else nx.read_gexf(files[name])
        assert set(H) == set(B) and H.number_of_edges() == B.number_of_edges(), name
        assert {n for n, d in H.nodes(data=True) if d.get("kind") == "event"} == \
            {n for n, d in B.nodes(data=True) if d["kind"] == "event"}


def test_events_csv_has_gdelt_like_columns(exports, oracle):
    files, _, _ = exports
    rows = list(csv.DictReader(files["events.csv"].open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert {r["EventIRI"] for r in rows} == set(oracle)
    quads = quad_classes()
    gdelt = {"verbal cooperation": "1", "material cooperation": "2", "verbal conflict": "3", "material conflict": "4"}
    for r in rows:
        e = oracle[r["EventIRI"]]
        assert r["PloverType"] == e.type and r["QuadClass"] == gdelt[quads[e.type]]
        assert r["EventCode"] in e.cameos and r["EventRootCode"] == r["EventCode"][:2]
        assert (int(r["NumMentions"]), int(r["NumSources"]), int(r["NumArticles"])) == \
            (len(e.mentions), len(e.sources), len(e.articles))
        assert r["Date"] == (e.date or "") and r["Year"] == (e.date or "")[:4]
        assert r["SQLDATE"] == (e.date.replace("-", "") if e.date and len(e.date) == 10 else "")
        assert r["Evidence"] in e.texts


def test_csv_of_two_articles_reporting_one_event(tmp_path):
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "2025-03-01-a.lv.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "2025-07-10-b.lv.txt").write_text(ARTICLE_B, encoding="utf-8")
    run_kg("build", folder, "--store", tmp_path / "kg.store", check=True)
    run_kg("export", "--store", tmp_path / "kg.store", "-o", tmp_path / "e.csv", "--type", "AGREE", check=True)
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(rows) == 1
    row = rows[0]
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"]) == ("2", "2", "2")
    assert row["SOURCEURL"] == "2025-03-01-a.lv.txt; 2025-07-10-b.lv.txt"
    assert row["Sources"] == "Korean Central News Agency; The Guardian"
    assert {row["Actor1Wikidata"], row["Actor2Wikidata"]} == {"Q159", "Q423"}


def test_export_errors_are_one_line_and_leave_files_alone(tmp_path, built_store):
    target = tmp_path / "kept.csv"
    target.write_text("before\n")
    for args, message in [
        (["-o", tmp_path / "x.unknown"], "cannot tell the format"),
        (["-o", tmp_path / "x.trig", "--type", "AID"], "filters (types) apply to graphml, gexf and csv"),
        (["-o", target, "--focus", "Nobody At All"], "no actor 'Nobody At All'"),
        (["-o", target, "--from", "someday"], "not a date"),
    ]:
        proc = run_kg("export", "--store", built_store, *args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert target.read_text() == "before\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.csv"]
    proc = run_kg("export", "-o", tmp_path / "x.trig")
    assert proc.returncode == 2 and "no store" in proc.stderr
