"""networkx views of the knowledge graph, and analysis helpers on them.

Contract (the HTML visualisation and other code rely on it; change it only together with them):

* ``actor_view(source, ...)`` returns a ``networkx.MultiDiGraph``.
  Node id = entity IRI string. Node attributes: ``label``, ``cls``
  (Country|Person|Organisation|ArmedForce|Group|Region|City), ``wikidata`` (QID or None); degree is NOT stored.
  Edge ``u -> v``, key = event IRI, attributes: ``event`` (IRI), ``type`` (PLOVER), ``cameo``, ``quad``
  ("verbal cooperation"|"material cooperation"|"verbal conflict"|"material conflict"), ``date`` (ISO string or
  None), ``status``, ``sources`` (list of labels), ``evidence`` (the sentence text of one mention),
  ``articles`` (list of article file names), ``label`` (event label).
  Symmetric (participant) events give an edge each way.
* ``event_view(source, ...)`` returns a ``networkx.DiGraph`` with event nodes (``kind="event"``, plus the edge
  attributes above) and actor nodes (``kind="actor"``, plus the node attributes above), edges actor -> event
  with ``role``.
* Both also carry ``place`` (label or None) and ``mentions`` (number of mentions) on edges and event nodes.
* Functions take either a Store, an rdflib Dataset/Graph, or a path to a .trig file (via
  ``kg.graph.store.as_store``), plus filters: ``start``/``end`` (ISO dates; an event is kept when its date,
  possibly just a year or month, overlaps the range; undated events are dropped when a range is given),
  ``types`` (PLOVER categories or quad classes) and ``focus`` (an actor: IRI, QID or label) with ``depth``
  (hops from the focus, ignoring direction).

Edges follow the ``kgr:`` direct edges of the RDF model: actor -> recipient, and every ordered pair of
participants. An actor of an event with no counterpart is still a node, without an edge for that event.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable

import networkx as nx

from kg.errors import KgError
from kg.graph.records import QUADS, EntityRecord, EventRecord, load_events
from kg.graph.store import as_store
from kg.graph.terms import expand, is_qid
from kg.vocab import ID

__all__ = ["actor_view", "event_view", "select_events", "simple_graph", "find_node", "centrality", "ego", "relation_path",
           "communities", "balance", "COOPERATION", "CONFLICT"]

COOPERATION = ("verbal cooperation", "material cooperation")
CONFLICT = ("verbal conflict", "material conflict")
EVENT_ATTRS = ("event", "type", "cameo", "quad", "date", "status", "sources", "evidence", "articles", "label",
               "place", "mentions")


# -- views -------------------------------------------------------------------------------------------------

def actor_view(source, *, start=None, end=None, types=None, focus: str | None = None,
               depth: int = 1) -> nx.MultiDiGraph:
    """Actors as nodes, one edge per event between two of them (see the module docstring).

    >>> from kg.graph.example import example_dataset
    >>> G = actor_view(example_dataset())
    >>> sorted(G.nodes[n]["label"] for n in G)
    ['North Korea', 'Russia', 'Ukraine', 'United States']
    >>> kp = "https://kg.example.org/id/entity/Q423"
    >>> [(d["type"], d["date"], d["sources"]) for _, _, d in G.out_edges(kp, data=True)]
    [('AGREE', '2024', ['Korean Central News Agency', 'The Guardian']), ('AID', '2024', [])]
    >>> actor_view(example_dataset(), start="2025-01-01", types=["verbal conflict"]).number_of_edges()
    1
    """
    kept, entities = select_events(source, start=start, end=end, types=types)
    G = _actor_graph(kept, entities)
    if focus is not None:
        G = G.subgraph(_reach(G, focus, depth)).copy()
    return G


def event_view(source, *, start=None, end=None, types=None, focus: str | None = None,
               depth: int = 1) -> nx.DiGraph:
    """Actors and events as a bipartite DiGraph, actor -> event edges carrying ``role``.

    >>> from kg.graph.example import example_dataset
    >>> B = event_view(example_dataset())
    >>> sum(1 for _, d in B.nodes(data=True) if d["kind"] == "event"), B.number_of_edges()
    (6, 12)
    >>> B.nodes["https://kg.example.org/id/event/treaty"]["articles"]
    ['a.lv.txt', 'b.lv.txt']
    """
    kept, entities = select_events(source, start=start, end=end, types=types, focus=focus, depth=depth)
    B = nx.DiGraph()
    for record in kept:
        B.add_node(record.event, kind="event", **_event_attrs(record))
        for role, x in record.roles:
            if x not in B:
                B.add_node(x, kind="actor", **_node_attrs(x, entities))
            B.add_edge(x, record.event, role=role)
    return B


def select_events(source, *, start=None, end=None, types=None, focus: str | None = None,
                  depth: int = 1) -> tuple[list[EventRecord], dict[str, EntityRecord]]:
    """The event records that pass the filters, and all entities; with ``focus``, the events all of whose
    actors lie within ``depth`` hops of it in the actor view."""
    events, entities = load_events(as_store(source))
    kept = _select(events.values(), start, end, types)
    if focus is not None:
        actors = _reach(_actor_graph(kept, entities), focus, depth)
        kept = [e for e in kept if e.roles and all(x in actors for _, x in e.roles)]
    return kept, entities


def _node_attrs(iri: str, entities: dict[str, EntityRecord]) -> dict:
    e = entities.get(iri)
    if e is None:
        return {"label": iri.rsplit("/", 1)[-1], "cls": None, "wikidata": None}
    return {"label": e.label, "cls": e.cls, "wikidata": e.wikidata}


def _event_attrs(r: EventRecord) -> dict:
    return {"event": r.event, "type": r.type, "cameo": r.cameo, "quad": r.quad, "date": r.date, "status": r.status,
            "sources": list(r.sources), "evidence": r.evidence, "articles": list(r.articles), "label": r.label,
            "place": r.place, "mentions": r.mentions}


def _pairs(record: EventRecord) -> list[tuple[str, str]]:
    actors, recipients, participants = (record.actors(r) for r in ("actor", "recipient", "participant"))
    pairs = [(a, b) for a in actors for b in recipients if a != b]
    pairs += [(a, b) for a in participants for b in participants if a != b]
    return list(dict.fromkeys(pairs))


def _actor_graph(records: list[EventRecord], entities: dict[str, EntityRecord]) -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    for record in records:
        for _, x in record.roles:
            if x not in G:
                G.add_node(x, **_node_attrs(x, entities))
        for u, v in _pairs(record):
            G.add_edge(u, v, key=record.event, **_event_attrs(record))
    return G


# -- filters ---------------------------------------------------------------------------------------------

def _bound(value, last: bool) -> str | None:
    """An ISO date string for a range end; a year or month means its first (or last) day."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if len(text) == 4:
            return f"{int(text):04d}-12-31" if last else f"{int(text):04d}-01-01"
        if len(text) == 7:
            dt.date.fromisoformat(text + "-01")
            return text + ("-31" if last else "-01")
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise KgError(f"not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _interval(date: str) -> tuple[str, str]:
    if len(date) == 4:
        return date + "-01-01", date + "-12-31"
    if len(date) == 7:
        return date + "-01", date + "-31"
    return date, date


def _type_filter(types) -> set[str] | None:
    if types is None:
        return None
    if isinstance(types, str):
        types = [types]
    from kg.graph.records import quad_classes

    plover = quad_classes()
    wanted: set[str] = set()
    for item in types:
        name = str(item).strip()
        if name.upper() in plover:
            wanted.add(name.upper())
        elif name.lower() in QUADS:
            wanted.update(t for t, q in plover.items() if q == name.lower())
        else:
            raise KgError(f"unknown event type {name!r}: use a PLOVER category ({', '.join(plover)}) "
                          f"or a quad class ({', '.join(QUADS)})")
    return wanted


def _select(records: Iterable[EventRecord], start, end, types) -> list[EventRecord]:
    lo, hi = _bound(start, False), _bound(end, True)
    wanted = _type_filter(types)
    kept = []
    for r in records:
        if wanted is not None and r.type not in wanted:
            continue
        if lo or hi:
            if not r.date:
                continue
            first, last = _interval(r.date)
            if (hi and first > hi) or (lo and last < lo):
                continue
        kept.append(r)
    return kept


def find_node(G: nx.Graph, ref: str) -> str:
    """The node meant by ``ref``: a node id (IRI), a prefixed IRI, a QID or a label (case-insensitive).

    >>> from kg.graph.example import example_dataset
    >>> find_node(actor_view(example_dataset()), "north korea")
    'https://kg.example.org/id/entity/Q423'
    """
    if ref in G:
        return ref
    if is_qid(ref) and str(ID[f"entity/{ref}"]) in G:
        return str(ID[f"entity/{ref}"])
    expanded = expand(ref)
    if expanded and expanded in G:
        return expanded
    matches = sorted(n for n, d in G.nodes(data=True)
                     if str(d.get("label", "")).casefold() == ref.casefold() or d.get("wikidata") == ref)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise KgError(f"no actor {ref!r} in the graph")
    raise KgError(f"{ref!r} names {len(matches)} nodes ({', '.join(matches[:4])}); use an IRI")


def _reach(G: nx.Graph, focus: str, depth: int) -> set[str]:
    node = find_node(G, focus)
    if depth < 0:
        raise KgError(f"depth must be 0 or more, not {depth}")
    return set(nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=depth))


# -- analysis --------------------------------------------------------------------------------------------

def simple_graph(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph of a view: one edge per related pair, ``weight`` = number of events.

    Algorithms that do not accept multigraphs (eigenvector, communities) run on this.

    >>> from kg.graph.example import example_dataset
    >>> S = simple_graph(actor_view(example_dataset()))
    >>> S["https://kg.example.org/id/entity/Q159"]["https://kg.example.org/id/entity/Q423"]["weight"]
    2
    """
    S = nx.Graph()
    S.add_nodes_from(G.nodes(data=True))
    seen: dict[tuple[str, str], set] = defaultdict(set)
    if G.is_multigraph():
        edges = ((u, v, k) for u, v, k in G.edges(keys=True))
    else:
        edges = ((u, v, (u, v)) for u, v in G.edges())
    for u, v, key in edges:
        if u != v:
            seen[tuple(sorted((u, v)))].add(key)
    for (u, v), keys in seen.items():
        S.add_edge(u, v, weight=len(keys))
    return S


def centrality(G: nx.Graph, measure: str = "degree", top: int | None = None) -> list[tuple[str, float]]:
    """Actors ranked by centrality, highest first (ties by label): degree, betweenness, pagerank or eigenvector.

    Degree counts distinct counterparts; pagerank and eigenvector weigh a pair by its number of events.

    >>> from kg.graph.example import example_dataset
    >>> G = actor_view(example_dataset())
    >>> [(G.nodes[n]["label"], round(s, 2)) for n, s in centrality(G, "degree", top=2)]
    [('North Korea', 1.0), ('Russia', 1.0)]
    """
    S = simple_graph(G)
    if measure == "degree":
        scores = nx.degree_centrality(S)
    elif measure == "betweenness":
        scores = nx.betweenness_centrality(S)
    elif measure == "pagerank":
        scores = _pagerank(S)
    elif measure == "eigenvector":
        # Power iteration, which (unlike the numpy solver) also answers for disconnected graphs: the
        # largest component dominates and actors outside it score near 0.
        try:
            scores = nx.eigenvector_centrality(S, weight="weight", max_iter=10_000) if S.number_of_edges() else \
                {n: 0.0 for n in S}
        except nx.PowerIterationFailedConvergence:
            raise KgError("eigenvector centrality did not converge on this graph; try pagerank") from None
    else:
        raise KgError(f"unknown centrality {measure!r}: use degree, betweenness, pagerank or eigenvector")
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], str(S.nodes[kv[0]].get("label", "")), kv[0]))
    return ranked[:top] if top is not None else ranked


def _pagerank(S: nx.Graph, damping: float = 0.85, tol: float = 1e-10) -> dict[str, float]:
    """Weighted PageRank by power iteration in plain Python (networkx's own needs scipy)."""
    n = len(S)
    if n == 0:
        return {}
    strength = {u: sum(d["weight"] for d in S[u].values()) for u in S}
    rank = dict.fromkeys(S, 1.0 / n)
    for _ in range(1000):
        dangling = damping * sum(rank[u] for u in S if strength[u] == 0) / n
        new = {u: (1 - damping) / n + dangling
               + damping * sum(rank[v] * d["weight"] / strength[v] for v, d in S[u].items()) for u in S}
        if sum(abs(new[u] - rank[u]) for u in S) < n * tol:
            return new
        rank = new
    return rank


def ego(G: nx.Graph, actor: str, radius: int = 1) -> nx.Graph:
    """The subgraph of everything within ``radius`` hops of ``actor`` (direction ignored), with its edges.

    >>> from kg.graph.example import example_dataset
    >>> E = ego(actor_view(example_dataset()), "United States")
    >>> sorted(E.nodes[n]["label"] for n in E)
    ['North Korea', 'Russia', 'United States']
    """
    return G.subgraph(_reach(G, actor, radius)).copy()


def relation_path(G: nx.Graph, source: str, target: str) -> list[dict]:
    """The shortest chain of relations linking two actors, one hop per pair, with the events of each hop.

    Raises ``networkx.NetworkXNoPath`` when they are not connected.

    >>> from kg.graph.example import example_dataset
    >>> G = actor_view(example_dataset())
    >>> [(G.nodes[h["from"]]["label"], G.nodes[h["to"]]["label"], [e["type"] for e in h["events"]])
    ...  for h in relation_path(G, "United States", "Ukraine")]
    [('United States', 'North Korea', ['SANCTION']), ('North Korea', 'Ukraine', ['ACCUSE'])]
    """
    a, b = find_node(G, source), find_node(G, target)
    nodes = nx.shortest_path(simple_graph(G), a, b)
    hops = []
    for u, v in zip(nodes, nodes[1:]):
        found: dict[str, dict] = {}
        for x, y in ((u, v), (v, u)):
            if G.has_edge(x, y):
                data = G.get_edge_data(x, y)
                items = data.items() if G.is_multigraph() else [((x, y), data)]
                for key, attrs in items:
                    found.setdefault(str(attrs.get("event", key)), dict(attrs))
        hops.append({"from": u, "to": v, "events": [found[k] for k in sorted(found)]})
    return hops


def communities(G: nx.Graph) -> list[set[str]]:
    """Groups of actors more related to each other than to the rest (greedy modularity on event counts),
    largest first.

    >>> from kg.graph.example import example_dataset
    >>> G = actor_view(example_dataset())
    >>> [sorted(G.nodes[n]["label"] for n in c) for c in communities(G)]
    [['North Korea', 'Russia', 'Ukraine', 'United States']]
    """
    S = simple_graph(G)
    if S.number_of_edges() == 0:
        groups = [{n} for n in S]
    else:
        groups = [set(c) for c in nx.community.greedy_modularity_communities(S, weight="weight")]
    return sorted(groups, key=lambda c: (-len(c), min(c)))


def balance(G: nx.Graph, a: str | None = None, b: str | None = None):
    """Cooperation against conflict per actor pair, from the PLOVER quad classes of their events.

    For each unordered pair (the two node ids sorted) a dict: the count of events per quad class,
    ``cooperation``, ``conflict``, ``events`` and ``score`` = (cooperation − conflict) / events, from −1 (only
    conflict) to +1 (only cooperation). With ``a`` and ``b``, just that pair's dict. Each event counts once,
    whatever its number of edges.

    >>> from kg.graph.example import example_dataset
    >>> G = actor_view(example_dataset())
    >>> balance(G, "Russia", "Ukraine")["score"], balance(G, "Russia", "North Korea")["cooperation"]
    (-1.0, 2)
    """
    if not G.is_multigraph():
        raise KgError("balance needs the actor view (a MultiDiGraph keyed by event)")
    pairs: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for u, v, key, quad in G.edges(keys=True, data="quad"):
        if u != v:
            pairs[tuple(sorted((u, v)))][key] = quad

    def summary(events: dict[str, str]) -> dict:
        out = {q: sum(1 for x in events.values() if x == q) for q in QUADS}
        out["cooperation"] = sum(out[q] for q in COOPERATION)
        out["conflict"] = sum(out[q] for q in CONFLICT)
        out["events"] = len(events)
        counted = out["cooperation"] + out["conflict"]
        out["score"] = (out["cooperation"] - out["conflict"]) / counted if counted else 0.0
        return out

    if a is not None or b is not None:
        if a is None or b is None:
            raise KgError("balance: give both actors of the pair, or neither")
        pair = tuple(sorted((find_node(G, a), find_node(G, b))))
        return summary(pairs.get(pair, {}))
    return {pair: summary(events) for pair, events in sorted(pairs.items())}
