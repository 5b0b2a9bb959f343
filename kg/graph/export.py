"""Export a store: RDF in the standard syntaxes, GraphML and GEXF (Gephi, Cytoscape), and a GDELT-like CSV.

Every file is written atomically (kg.atomic): a failed export never leaves half a file behind.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.graph.network import actor_view, event_view, select_events
from kg.graph.records import QUADS, EventRecord
from kg.graph.store import Store, as_store
from kg.serialize import serialize

RDF_FORMATS = ("trig", "nquads", "turtle", "nt", "jsonld")
GRAPH_FORMATS = ("graphml", "gexf")
FORMATS = (*RDF_FORMATS, *GRAPH_FORMATS, "csv")
SUFFIXES = {".trig": "trig", ".nq": "nquads", ".ttl": "turtle", ".nt": "nt", ".jsonld": "jsonld",
            ".graphml": "graphml", ".gexf": "gexf", ".csv": "csv"}
# GDELT 2.0 event-table names where the meaning is the same; kg's own names otherwise.
CSV_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Date",
               "Actor1Name", "Actor1Wikidata", "Actor1Class", "Actor2Name", "Actor2Wikidata", "Actor2Class",
               "EventCode", "EventBaseCode", "EventRootCode", "PloverType", "QuadClass", "QuadClassName", "Status",
               "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName", "ActionGeo_Wikidata",
               "Quantities", "Sources", "SOURCEURL", "Evidence", "EventIRI")
GDELT_QUAD = {q: i + 1 for i, q in enumerate(QUADS)}


def format_for(path: str | Path, fmt: str | None) -> str:
    """The export format: ``fmt`` if given, else guessed from the file's extension."""
    if fmt:
        if fmt not in FORMATS:
            raise KgError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
        return fmt
    guessed = SUFFIXES.get(Path(path).suffix.lower())
    if guessed is None:
        raise KgError(f"{path}: cannot tell the format from the extension; give --format ({', '.join(FORMATS)})")
    return guessed


def export(source, path: str | Path, fmt: str | None = None, *, view: str = "actor", **filters) -> str:
    """Write ``source`` (a Store or anything ``as_store`` takes) to ``path``; return a one-line summary.

    ``filters`` (start, end, types, focus, depth) select the events of GraphML, GEXF and CSV exports;
    RDF exports are always complete.
    """
    fmt = format_for(path, fmt)
    store = as_store(source)
    active = {k: v for k, v in filters.items() if v not in (None, (), []) and k != "depth"}
    if fmt in RDF_FORMATS:
        if active:
            raise KgError(f"filters ({', '.join(sorted(active))}) apply to graphml, gexf and csv, not to {fmt}")
        text = rdf_text(store, fmt)
        with atomic_write(path) as fh:
            fh.write(text)
        return f"{len(store)} quads in {len(store.graphs())} graphs → {path}"
    if fmt == "csv":
        events, entities = select_events(store, **filters)
        with atomic_write(path) as fh:
            fh.write(events_csv(events, entities))
        return f"{len(events)} events → {path}"
    if view not in ("actor", "event"):
        raise KgError(f"unknown view {view!r}: use actor or event")
    G = actor_view(store, **filters) if view == "actor" else event_view(store, **filters)
    write_graph(G, path, fmt)
    return f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges ({view} view) → {path}"


def rdf_text(store: Store, fmt: str) -> str:
    """The whole store in an RDF syntax, deterministic (the same store gives the same bytes)."""
    return serialize(store.dataset(), fmt)


def flat(G: nx.Graph) -> nx.Graph:
    """A copy whose attribute values GraphML and GEXF can hold: lists joined with "; ", None dropped."""
    def clean(attrs: dict) -> dict:
        out = {}
        for key, value in attrs.items():
            if value is None:
                continue
            out[key] = "; ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else value
        return out

    H = G.__class__()
    H.add_nodes_from((n, clean(d)) for n, d in G.nodes(data=True))
    if G.is_multigraph():
        H.add_edges_from((u, v, k, clean(d)) for u, v, k, d in G.edges(keys=True, data=True))
    else:
        H.add_edges_from((u, v, clean(d)) for u, v, d in G.edges(data=True))
    return H


def write_graph(G: nx.Graph, path: str | Path, fmt: str) -> None:
    """GraphML or GEXF of a view; both read back with networkx (``read_graphml``, ``read_gexf``)."""
    H = flat(G)
    with atomic_write(path, "wb") as fh:
        if fmt == "graphml":
            nx.write_graphml(H, fh, encoding="utf-8")
        elif fmt == "gexf":
            nx.write_gexf(H, fh, encoding="utf-8")
        else:
            raise KgError(f"unknown graph format {fmt!r}; use graphml or gexf")


def _side(record: EventRecord, entities) -> tuple[list[str], list[str]]:
    left = record.actors("actor")
    right = record.actors("recipient")
    participants = record.actors("participant")
    if participants and not left:
        left, right = participants[:1], participants[1:] + right
    else:
        left = left + participants
    return left, right


def events_csv(events: list[EventRecord], entities) -> str:
    """One row per event, GDELT-like: Actor1 is the actor side (or the first participant), Actor2 the
    recipients (or the other participants); several entities in one cell are joined with "; "."""
    def names(iris, what):
        values = []
        for iri in iris:
            e = entities.get(iri)
            values.append(getattr(e, what) or "" if e else (iri if what == "label" else ""))
        return "; ".join(values)

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in events:
        left, right = _side(r, entities)
        date = r.date or ""
        digits = date.replace("-", "")
        cameo = r.cameo or ""
        place = entities.get(r.place_iri) if r.place_iri else None
        writer.writerow([
            r.event.rsplit("/", 1)[-1], digits if len(digits) == 8 else "", digits[:6] if len(digits) >= 6 else "",
            digits[:4], date,
            names(left, "label"), names(left, "wikidata"), names(left, "cls"),
            names(right, "label"), names(right, "wikidata"), names(right, "cls"),
            cameo, cameo[:3], cameo[:2], r.type, GDELT_QUAD.get(r.quad or "", ""), r.quad or "", r.status or "",
            r.mentions, len(r.source_iris), len(r.articles), r.place or "", (place.wikidata or "") if place else "",
            "; ".join(r.quantities), "; ".join(r.sources), "; ".join(r.articles), r.evidence or "", r.event,
        ])
    return buf.getvalue()
