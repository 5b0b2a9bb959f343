"""Synthetic graphs that follow the kg.network contract, for demos, benchmarks and tests of the page.

The same ``n`` and ``seed`` always give the same graph. Degrees follow preferential attachment (a few hubs, as
with countries in the news), about 1.6 events per actor, some symmetric ones (an edge each way).
"""

from __future__ import annotations

import random

import networkx as nx

ID = "https://kg.example.org/id/"
CLASSES = (("Country", 30), ("Person", 30), ("Organisation", 15), ("ArmedForce", 10), ("Group", 5),
           ("Region", 5), ("City", 5))
# (PLOVER category, CAMEO root, quad class, symmetric?)
TYPES = (("CONSULT", "040", "verbal cooperation", True), ("AGREE", "057", "verbal cooperation", True),
         ("SUPPORT", "051", "verbal cooperation", False), ("AID", "070", "material cooperation", False),
         ("COOPERATE", "060", "material cooperation", True), ("REQUEST", "020", "verbal cooperation", False),
         ("REJECT", "120", "verbal conflict", False), ("THREATEN", "130", "verbal conflict", False),
         ("ACCUSE", "112", "verbal conflict", False), ("SANCTION", "163", "material conflict", False),
         ("MOBILIZE", "150", "material conflict", False), ("ASSAULT", "190", "material conflict", False))
STATUSES = (("occurred", 70), ("planned", 12), ("alleged", 8), ("possible", 6), ("denied", 4))
WORDS = ("northern", "federal", "united", "eastern", "national", "republic", "council", "forces", "ministry",
         "agency", "front", "union", "league", "command", "bureau", "assembly", "guard", "party")


def random_actor_graph(n: int = 200, seed: int = 0, events_per_actor: float = 1.6) -> nx.MultiDiGraph:
    """An actor view with ``n`` actors (see kg.network's contract)."""
    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    classes = [c for c, _ in CLASSES]
    weights = [w for _, w in CLASSES]
    nodes = []
    for i in range(n):
        cls = rng.choices(classes, weights)[0]
        qid = f"Q{100 + i * 7}" if rng.random() < 0.6 else None
        name = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 3))).title() + f" {i}"
        iri = f"{ID}entity/{qid}" if qid else f"{ID}entity/{cls.lower()}/{name.lower().replace(' ', '-')}"
        G.add_node(iri, label=name, cls=cls, wikidata=qid)
        nodes.append(iri)
    if n < 2:
        return G
    ends: list[str] = [nodes[0], nodes[1]]  # preferential attachment: pick ends in proportion to degree
    for k in range(int(n * events_per_actor)):
        a = nodes[k % n] if k < n else rng.choice(ends)
        b = rng.choice(ends) if rng.random() < 0.85 else rng.choice(nodes)
        if a == b:
            b = nodes[(nodes.index(a) + 1) % n]
        kind, cameo, quad, symmetric = rng.choice(TYPES)
        status = rng.choices([s for s, _ in STATUSES], [w for _, w in STATUSES])[0]
        year = rng.choice((2023, 2024, 2025))
        date = rng.choice((f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                           f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None))
        event = f"{ID}event/{seed:x}{k:07x}"
        la, lb = G.nodes[a]["label"], G.nodes[b]["label"]
        attrs = {"event": event, "type": kind, "cameo": cameo, "quad": quad, "date": date, "status": status,
                 "sources": rng.sample(("KCNA", "Reuters", "TASS", "LETA", "The Guardian"), rng.randint(0, 2)),
                 "evidence": f"{la} and {lb}: a sentence about {kind.lower()} number {k}.",
                 "articles": [f"{year}-01-{1 + k % 28:02d}-article-{k % 97}.lv.txt"],
                 "label": f"{la} {kind} {lb}" + (f" ({date})" if date else ""), "place": None, "mentions": 1}
        G.add_edge(a, b, key=event, **attrs)
        if symmetric:
            G.add_edge(b, a, key=event, **attrs)
        ends += [a, b]
    return G
