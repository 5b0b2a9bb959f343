"""The visual encoding: which colour, shape and line style each kind of node and edge gets.

These tables are the single place to change the look; the page, the legend and the tests read them.
"""

from __future__ import annotations

import math

# Node classes of the contract (``cls`` on actor nodes), grouped into the kinds the legend shows.
KIND_OF_CLASS = {
    "Country": "country",
    "Person": "person",
    "Organisation": "organisation",
    "ArmedForce": "armed force",
    "Group": "group",
    "Region": "place",
    "City": "place",
}

# kind -> (fill colour, border colour, vis-network shape). Shapes with the label below the node, so that the
# size can encode degree.
NODE_STYLE = {
    "country": ("#4e79a7", "#2f4b69", "dot"),
    "person": ("#f28e2b", "#a55d16", "triangle"),
    "organisation": ("#76b7b2", "#3f7a75", "square"),
    "armed force": ("#59a14f", "#356130", "star"),
    "group": ("#b07aa1", "#6f4765", "triangleDown"),
    "place": ("#edc948", "#9c8423", "hexagon"),
    "event": ("#ffffff", "#555555", "diamond"),
    "other": ("#bab0ac", "#6f6764", "dot"),
}

# PLOVER quad classes ordered from cooperation to conflict, with a diverging green -> red scale.
QUAD_ORDER = ("material cooperation", "verbal cooperation", "verbal conflict", "material conflict")
QUAD_COLOUR = {
    "material cooperation": "#1a9850",
    "verbal cooperation": "#66bd63",
    "verbal conflict": "#f46d43",
    "material conflict": "#d73027",
}
UNKNOWN_QUAD_COLOUR = "#888888"

# Event statuses -> vis-network ``dashes`` (False = solid line). Planned and alleged events are dashed.
STATUS_ORDER = ("occurred", "planned", "alleged", "possible", "denied")
STATUS_DASHES: dict[str, bool | list[int]] = {
    "occurred": False,
    "planned": [10, 6],
    "alleged": [4, 4],
    "possible": [2, 5],
    "denied": [12, 4, 2, 4],
}
UNKNOWN_STATUS_DASHES = [2, 5]

# Node size (vis-network ``size``, in pixels at zoom 1) by degree: grows with the square root, capped.
MIN_SIZE, MAX_SIZE = 10.0, 42.0


def node_kind(attrs: dict) -> str:
    """The legend kind of a node from its attributes (``kind="event"`` or the actor class ``cls``)."""
    if attrs.get("kind") == "event":
        return "event"
    return KIND_OF_CLASS.get(attrs.get("cls") if isinstance(attrs.get("cls"), str) else "", "other")


def node_size(degree: int) -> float:
    return round(min(MAX_SIZE, MIN_SIZE + 4.0 * math.sqrt(max(degree, 0))), 1)


def quad_colour(quad) -> str:
    return QUAD_COLOUR.get(quad, UNKNOWN_QUAD_COLOUR) if isinstance(quad, str) else UNKNOWN_QUAD_COLOUR


def status_dashes(status):
    if not isinstance(status, str):
        return False
    return STATUS_DASHES.get(status, UNKNOWN_STATUS_DASHES)


def legend() -> dict:
    """What the page's legend lists, as plain data (the page builds it with DOM text nodes)."""
    return {
        "nodes": [{"kind": k, "colour": c, "border": b, "shape": s} for k, (c, b, s) in NODE_STYLE.items()],
        "quads": [{"quad": q, "colour": QUAD_COLOUR[q]} for q in QUAD_ORDER],
        "statuses": [{"status": s, "dashes": STATUS_DASHES[s]} for s in STATUS_ORDER],
    }
