"""Node positions computed before the page is written, so the browser draws at once instead of simulating.

Each connected component is laid out with igraph's Fruchterman-Reingold (grid-accelerated for large
components: 10,000 nodes take about a second, where networkx's spring_layout needs ten seconds for 2,000),
scaled so that a typical edge is ``EDGE_LENGTH`` pixels long, and the components are packed in rows, largest
first. Randomness comes only from ``seed``: the same graph gives the same positions.
"""

from __future__ import annotations

import math
import random
from statistics import median

import networkx as nx
import numpy as np

EDGE_LENGTH = 140.0   # pixels between the ends of a typical edge
NODE_AREA = 95.0 ** 2  # at least this many square pixels of bounding box per node, so labels have room
GAP = 90.0            # pixels between packed components
SINGLE_CELL = 110.0   # grid cell of isolated nodes


def positions(G: nx.Graph, seed: int = 0) -> dict:
    """``{node: (x, y)}`` in vis-network pixel coordinates, rounded to 0.1 px, centred on (0, 0)."""
    order = sorted(G.nodes, key=str)
    if not order:
        return {}
    index = {n: i for i, n in enumerate(order)}
    simple = nx.Graph()
    simple.add_nodes_from(range(len(order)))
    simple.add_edges_from((index[u], index[v]) for u, v in G.edges() if u != v)
    components = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    rng = np.random.default_rng(seed)
    boxes = []
    singles = []
    for comp in components:
        if len(comp) == 1:
            singles.append(comp[0])
            continue
        coords = _component_layout(simple, comp, rng, seed)
        boxes.append((comp, coords))
    placed = _pack(boxes, singles)
    xs = [p[0] for p in placed.values()]
    ys = [p[1] for p in placed.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {order[i]: (round(x - cx, 1), round(y - cy, 1)) for i, (x, y) in sorted(placed.items())}


def _component_layout(simple: nx.Graph, comp: list[int], rng, seed: int) -> np.ndarray:
    """Positions of one connected component (rows follow ``comp``), scaled to the edge length."""
    n = len(comp)
    if n == 2:
        return np.array([[0.0, 0.0], [EDGE_LENGTH, 0.0]])
    import igraph

    local = {v: i for i, v in enumerate(comp)}
    edges = sorted({tuple(sorted((local[u], local[v]))) for u, v in simple.subgraph(comp).edges()})
    g = igraph.Graph(n=n, edges=edges)
    start = rng.uniform(-math.sqrt(n), math.sqrt(n), size=(n, 2)).tolist()
    # igraph draws its random numbers from a Python generator; give it a private, seeded one.
    igraph.set_random_number_generator(random.Random(seed * 1_000_003 + n))
    try:
        niter = 500 if n <= 2000 else 250  # grid FR converges well enough; halves the time at 10,000 nodes
        coords = np.array(g.layout_fruchterman_reingold(seed=start, niter=niter).coords, dtype=float)
    finally:
        igraph.set_random_number_generator(random)
    lengths = [float(np.hypot(*(coords[a] - coords[b]))) for a, b in edges]
    typical = median(lengths) if lengths else 1.0
    scale = EDGE_LENGTH / (typical or 1.0)
    if n >= 30:  # large components come out of FR dense: spread them so nodes do not overlap
        extent = coords.max(axis=0) - coords.min(axis=0) + typical
        needed = math.sqrt(NODE_AREA * n / float(extent[0] * extent[1]))
        scale = max(scale, min(needed, 4 * scale))
    coords *= scale
    if n >= 200:
        coords = _even_out(coords)
    return coords - coords.min(axis=0)


def _even_out(coords: np.ndarray) -> np.ndarray:
    """Push nodes out from a crowded core: each node's distance from the centre becomes at least what it would
    be if the nodes filled a disc evenly at ``NODE_AREA`` per node. Directions and the order of distances are
    kept (the new distance is the larger of two increasing functions of the rank), so neighbourhoods survive;
    force-directed layouts of hub-heavy graphs otherwise pack most nodes into a small, unreadable centre."""
    n = len(coords)
    centre = np.median(coords, axis=0)
    offset = coords - centre
    radius = np.hypot(offset[:, 0], offset[:, 1])
    order = np.argsort(radius, kind="stable")
    even = np.empty(n)
    even[order] = math.sqrt(n * NODE_AREA / math.pi) * np.sqrt((np.arange(n) + 0.5) / n)
    wanted = np.maximum(radius, even)
    factor = np.divide(wanted, radius, out=np.ones(n), where=radius > 1e-9)
    return centre + offset * factor[:, None]


def _pack(boxes: list[tuple[list[int], np.ndarray]], singles: list[int]) -> dict[int, tuple[float, float]]:
    """Shelf-pack the component boxes (largest first), then isolated nodes in a grid below them."""
    placed: dict[int, tuple[float, float]] = {}
    area = sum((c[:, 0].max() + GAP) * (c[:, 1].max() + GAP) for _, c in boxes) + len(singles) * SINGLE_CELL ** 2
    width = max(math.sqrt(area) * 1.3, max((c[:, 0].max() for _, c in boxes), default=0.0))
    x = y = shelf = 0.0
    for comp, coords in boxes:
        w, h = coords[:, 0].max(), coords[:, 1].max()
        if x > 0 and x + w > width:
            x, y, shelf = 0.0, y + shelf + GAP, 0.0
        for node, (px, py) in zip(comp, coords):
            placed[node] = (float(px + x), float(py + y))
        x += w + GAP
        shelf = max(shelf, h)
    if singles:
        y = y + shelf + GAP if boxes else 0.0
        per_row = max(1, int(width // SINGLE_CELL) or int(math.ceil(math.sqrt(len(singles)))))
        for i, node in enumerate(singles):
            placed[node] = ((i % per_row) * SINGLE_CELL, y + (i // per_row) * SINGLE_CELL)
    return placed
