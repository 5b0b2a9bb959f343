"""kg.network on the bundled articles: the view contract, the three kinds of source, filters, the analysis
helpers, and the runnable examples in the docstrings."""

from __future__ import annotations

import collections
import doctest
import re

import networkx as nx
import pytest
from rdflib import Dataset

import kg.graph
import kg.graph.network
import kg.network
from kg.errors import KgError
from kg.graph.records import quad_classes
from kg.network import (actor_view, balance, centrality, communities, ego, event_view, find_node, relation_path,
                        simple_graph)
from tests.conftest import ARTICLES, run_kg
from tests.oracle import entity_labels, interval, merged_events, pairs

CONTRACT = {"event", "type", "cameo", "quad", "date", "status", "sources", "evidence", "articles", "label"}
CLASSES = {"Country", "Person", "Organisation", "ArmedForce", "Group", "Region", "City"}


@pytest.fixture(scope="module")
def oracle(bundled_docs):
    return merged_events(bundled_docs)


@pytest.fixture(scope="module")
def labels(bundled_docs):
    return entity_labels(bundled_docs)


@pytest.fixture(scope="module")
def G(built_store):
    from kg.graph.store import EmbeddedStore

    with EmbeddedStore(built_store, create=False) as store:
        return actor_view(store)


def neighbours(oracle) -> dict[str, set[str]]:
    out = collections.defaultdict(set)
    for e in oracle.values():
        for u, v in pairs(e):
            out[u].add(v)
            out[v].add(u)
    return out


def test_actor_view_follows_the_contract(G, oracle, labels):
    assert isinstance(G, nx.MultiDiGraph)
    assert set(G) == set().union(*(e.entities for e in oracle.values()))
    assert set(G.edges(keys=True)) == {(u, v, e.iri) for e in oracle.values() for u, v in pairs(e)}
    assert G.number_of_edges() > 5
    for node, data in G.nodes(data=True):
        assert set(data) == {"label", "cls", "wikidata"}  # degree is not stored
        assert data["label"] == labels[node] and data["cls"] in CLASSES
        assert data["wikidata"] is None or (re.fullmatch(r"Q\d+", data["wikidata"]) and node.endswith(data["wikidata"]))
    quads = quad_classes()
    for u, v, key, d in G.edges(keys=True, data=True):
        e = oracle[key]
        assert CONTRACT <= set(d)
        assert (d["event"], d["type"], d["quad"], d["date"], d["label"]) == (key, e.type, quads[e.type], e.date, e.label)
        assert d["cameo"] in e.cameos and d["status"] in e.statuses and d["evidence"] in e.texts
        assert d["sources"] == sorted({labels[s] for s in e.sources}) and d["articles"] == sorted(e.articles)
        if ("participant", u) in e.roles:
            assert G.has_edge(v, u, key=key)  # symmetric events go both ways
    assert set(quads.values()) == {"verbal cooperation", "material cooperation", "verbal conflict",
                                   "material conflict"}


def test_event_view_is_bipartite_actor_to_event(embedded, oracle, labels):
    B = event_view(embedded)
    assert isinstance(B, nx.DiGraph) and not B.is_multigraph()
    events = {n for n, d in B.nodes(data=True) if d["kind"] == "event"}
    actors = {n for n, d in B.nodes(data=True) if d["kind"] == "actor"}
    assert events == set(oracle) and actors == set().union(*(e.entities for e in oracle.values()))
    assert {(u, v, d["role"]) for u, v, d in B.edges(data=True)} == \
        {(x, e.iri, role) for e in oracle.values() for role, x in e.roles}
    for n in events:
        assert CONTRACT <= set(B.nodes[n]) and B.nodes[n]["type"] == oracle[n].type
    for n in actors:
        assert B.nodes[n]["label"] == labels[n] and B.nodes[n]["cls"] in CLASSES


def test_views_load_from_a_store_a_dataset_or_a_trig_file(tmp_path, G):
    run_kg("build", ARTICLES, "-o", tmp_path, check=True)
    trig = tmp_path / "graph.trig"
    dataset = Dataset()
    dataset.parse(trig, format="trig")
    for source in (trig, str(trig), dataset):
        H = actor_view(source)
        assert dict(H.nodes(data=True)) == dict(G.nodes(data=True))
        assert sorted(H.edges(keys=True, data=True), key=str) == sorted(G.edges(keys=True, data=True), key=str)


def test_date_and_type_filters(embedded, oracle):
    dated = sorted({e.date for e in oracle.values() if e.date})
    assert len(dated) >= 2
    for start, end in [(dated[len(dated) // 2], None), (None, dated[0]), (dated[0], dated[-1])]:
        view = actor_view(embedded, start=start, end=end)
        lo = interval(start)[0] if start else "0000"
        hi = interval(end)[1] if end else "9999"
        expected = {e.iri for e in oracle.values() if e.date and pairs(e)
                    and interval(e.date)[0] <= hi and interval(e.date)[1] >= lo}
        assert {k for _, _, k in view.edges(keys=True)} == expected
    common = collections.Counter(e.type for e in oracle.values() if pairs(e)).most_common(1)[0][0]
    view = actor_view(embedded, types=[common.lower()])
    assert {d["type"] for _, _, d in view.edges(data=True)} == {common}
    quad = quad_classes()[common]
    assert {d["quad"] for _, _, d in actor_view(embedded, types=quad).edges(data=True)} == {quad}
    with pytest.raises(KgError, match="unknown event type"):
        actor_view(embedded, types=["WAR"])
    with pytest.raises(KgError, match="not a date"):
        actor_view(embedded, start="last week")


def test_focus_and_depth(embedded, G, oracle):
    near = neighbours(oracle)
    focus = max(near, key=lambda n: (len(near[n]), n))
    assert set(actor_view(embedded, focus=focus, depth=0)) == {focus}
    one = actor_view(embedded, focus=focus)
    assert set(one) == {focus} | near[focus]
    two = set(actor_view(embedded, focus=focus, depth=2))
    assert two == {focus} | near[focus] | set().union(*(near[n] for n in near[focus]))
    B = event_view(embedded, focus=focus, depth=1)
    kept = {n for n, d in B.nodes(data=True) if d["kind"] == "event"}
    assert kept == {e.iri for e in oracle.values() if e.entities and e.entities <= set(one)}
    label = G.nodes[focus]["label"]
    assert find_node(G, label.upper()) == focus
    with pytest.raises(KgError, match="no actor"):
        actor_view(embedded, focus="Nobody At All")


def test_centrality_ranks_the_best_connected_actor_first(G, oracle):
    near = neighbours(oracle)
    for measure in ("degree", "betweenness", "pagerank", "eigenvector"):
        ranking = centrality(G, measure)
        assert {n for n, _ in ranking} == set(G)
        scores = [s for _, s in ranking]
        assert scores == sorted(scores, reverse=True)
    assert sum(s for _, s in centrality(G, "pagerank")) == pytest.approx(1.0)
    top_degree = max(len(v) for v in near.values())
    assert len(near[centrality(G, "degree", top=1)[0][0]]) == top_degree
    with pytest.raises(KgError):
        centrality(G, "fame")


def test_ego_path_and_communities(G, oracle):
    near = neighbours(oracle)
    focus = max(near, key=lambda n: (len(near[n]), n))
    E = ego(G, focus, radius=1)
    assert set(E) == {focus} | near[focus]
    assert all(E.has_edge(u, v, k) for u, v, k in G.edges(keys=True) if u in E and v in E)
    S = simple_graph(G)
    lengths = dict(nx.all_pairs_shortest_path_length(S))
    a, b = max(((x, y) for x in lengths for y in lengths[x] if x < y), key=lambda p: (lengths[p[0]][p[1]], p))
    hops = relation_path(G, a, b)
    assert len(hops) == lengths[a][b] >= 1
    assert hops[0]["from"] == a and hops[-1]["to"] == b
    for hop in hops:
        between = {e.iri for e in oracle.values() if (hop["from"], hop["to"]) in pairs(e)
                   or (hop["to"], hop["from"]) in pairs(e)}
        assert {ev["event"] for ev in hop["events"]} == between and between
    apart = [(x, y) for x in S for y in S if y not in lengths[x]]
    if apart:
        with pytest.raises(nx.NetworkXNoPath):
            relation_path(G, *apart[0])
    groups = communities(G)
    assert set().union(*groups) == set(G) and sum(map(len, groups)) == len(G)
    assert [len(g) for g in groups] == sorted((len(g) for g in groups), reverse=True)


def test_balance_counts_each_event_once_per_pair(G, oracle):
    quads = quad_classes()
    expected = collections.defaultdict(collections.Counter)
    for e in oracle.values():
        for pair in {tuple(sorted(p)) for p in pairs(e)}:
            expected[pair][quads[e.type]] += 1
    result = balance(G)
    assert set(result) == set(expected)
    for pair, counts in expected.items():
        got = result[pair]
        for quad in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict"):
            assert got[quad] == counts[quad]
        coop = counts["verbal cooperation"] + counts["material cooperation"]
        conflict = counts["verbal conflict"] + counts["material conflict"]
        assert (got["cooperation"], got["conflict"], got["events"]) == (coop, conflict, sum(counts.values()))
        assert got["score"] == pytest.approx((coop - conflict) / (coop + conflict))
    pair = next(iter(expected))
    assert balance(G, *pair) == result[pair]


def test_docstring_examples_run():
    for module in (kg.graph.network, kg.graph):
        result = doctest.testmod(module)
        assert result.failed == 0 and result.attempted > 0, module.__name__
    assert doctest.testmod(kg.graph.network).attempted >= 15


def test_kg_network_is_the_documented_module():
    assert kg.network.actor_view is kg.graph.network.actor_view
    assert "Contract" in kg.network.__doc__ and "MultiDiGraph" in kg.network.__doc__
    assert set(kg.network.__all__) >= {"actor_view", "event_view", "centrality", "ego", "relation_path",
                                       "communities", "balance"}


def test_the_graph_layer_does_not_import_the_extractors():
    import subprocess
    import sys

    from tests.conftest import ROOT

    code = ("import sys, kg.graph, kg.graph.query, kg.graph.export, kg.network; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('kg'))))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                            env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout.split()
    assert "kg.graph.network" in loaded
    assert not {"kg.events", "kg.entities", "kg.pipeline", "kg.models", "kg.rdf"} & set(loaded), loaded
