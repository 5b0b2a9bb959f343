"""Events and entities read back from a store as plain records, merged across articles.

The networkx views and the CSV export both start here. An event reported by several articles is one record:
its sources, articles and mentions are the union over those articles; where articles disagree on a value
that is not part of the event's identity (status, CAMEO code), the value most articles give wins, ties going
to the first in ``STATUS_ORDER`` or the smallest code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KgError
from kg.graph.store import Store
from kg.vocab import KG, ONTOLOGY_DIR, PLOVER

ENTITY_CLASSES = ("Country", "Person", "Organisation", "ArmedForce", "Group", "Region", "City")
QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
STATUS_ORDER = ("occurred", "planned", "possible", "alleged", "denied")
ROLES = ("actor", "recipient", "participant")


@dataclass
class EntityRecord:
    iri: str
    label: str
    cls: str | None
    wikidata: str | None


@dataclass
class EventRecord:
    event: str
    label: str
    type: str
    cameo: str | None
    quad: str | None
    date: str | None
    status: str | None
    sources: list[str] = field(default_factory=list)      # labels, sorted
    source_iris: list[str] = field(default_factory=list)
    evidence: str | None = None
    articles: list[str] = field(default_factory=list)     # article file names, sorted
    mentions: int = 0
    place: str | None = None                              # label
    place_iri: str | None = None
    roles: list[tuple[str, str]] = field(default_factory=list)   # (role, entity IRI), sorted
    quantities: list[str] = field(default_factory=list)   # "more_than 10000 soldier"

    def actors(self, role: str | None = None) -> list[str]:
        return [iri for r, iri in self.roles if role is None or r == role]


@functools.cache
def quad_classes() -> dict[str, str]:
    """PLOVER category → quad class, read from the ontology (plover:X kg:quadClass "…")."""
    quads = ox.parse(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    predicate = str(KG.quadClass)
    out = {q.subject.value[len(str(PLOVER)):]: q.object.value for q in quads
           if q.predicate.value == predicate and q.subject.value.startswith(str(PLOVER))}
    if len(out) != 16:
        raise KgError(f"{ONTOLOGY_DIR / 'kg.ttl'}: expected 16 PLOVER categories with kg:quadClass, found {len(out)}")
    return out


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _pick(counts: dict[str, int], order: tuple[str, ...] = ()) -> str | None:
    if not counts:
        return None
    rank = {v: i for i, v in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(rank)), v))


def load_entities(store: Store) -> dict[str, EntityRecord]:
    """Every typed entity: its preferred label (English first), class and QID.

    Each pattern is its own DISTINCT sub-query: the union graph repeats an entity's triples once per article.
    """
    classes = " ".join(f"kg:{c}" for c in ENTITY_CLASSES)
    rows = store.query(f"""
        SELECT ?x ?cls ?label ?wd WHERE {{
          {{ SELECT DISTINCT ?x ?cls WHERE {{ VALUES ?cls {{ {classes} }} ?x a ?cls }} }}
          OPTIONAL {{ SELECT DISTINCT ?x ?label WHERE {{ ?x rdfs:label ?label }} }}
          OPTIONAL {{ SELECT DISTINCT ?x ?wd WHERE {{ ?x kg:wikidata ?wd }} }}
        }}""").rows
    labels: dict[str, list] = {}
    out: dict[str, EntityRecord] = {}
    for x, cls, label, wd in rows:
        x = str(x)
        record = out.setdefault(x, EntityRecord(x, _local(x), None, None))
        name = _local(str(cls))
        if record.cls is None or ENTITY_CLASSES.index(name) < ENTITY_CLASSES.index(record.cls):
            record.cls = name
        if wd is not None:
            record.wikidata = _local(str(wd))
        if label is not None:
            labels.setdefault(x, []).append(label)
    for x, values in labels.items():
        best = min(values, key=lambda lit: (lit.language != "en", lit.language or "", str(lit)))
        out[x].label = str(best)
    return out


def load_events(store: Store) -> tuple[dict[str, EventRecord], dict[str, EntityRecord]]:
    """All events (by IRI) and the entities they mention, merged over every article in ``store``."""
    entities = load_entities(store)
    quads = quad_classes()
    events: dict[str, EventRecord] = {}
    for e, t, label, date in store.query("""
            SELECT ?e ?t (MIN(STR(?l)) AS ?label) (MIN(STR(?d)) AS ?date) WHERE {
              { SELECT DISTINCT ?e ?t WHERE { ?e a kg:Event ; kg:eventType ?t } }
              OPTIONAL { SELECT DISTINCT ?e ?l WHERE { ?e a kg:Event ; rdfs:label ?l } }
              OPTIONAL { SELECT DISTINCT ?e ?d WHERE { ?e kg:date ?d } }
            } GROUP BY ?e ?t""").rows:
        kind = _local(str(t))
        events[str(e)] = EventRecord(event=str(e), label=str(label) if label else _local(str(e)), type=kind,
                                     cameo=None, quad=quads.get(kind), date=str(date) if date else None, status=None)

    def votes(prop: str) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for e, v, n in store.query(f"""
                SELECT ?e ?v (COUNT(DISTINCT ?g) AS ?n) WHERE {{
                  ?e a kg:Event ; {prop} ?v . OPTIONAL {{ GRAPH ?g {{ ?e {prop} ?v }} }}
                }} GROUP BY ?e ?v""").rows:
            value = _local(str(v)) if prop == "kg:status" else str(v)
            out.setdefault(str(e), {})[value] = int(n)
        return out

    for e, counts in votes("kg:status").items():
        if e in events:
            events[e].status = _pick(counts, STATUS_ORDER)
    for e, counts in votes("kg:cameo").items():
        if e in events:
            events[e].cameo = _pick(counts)

    for e, role, x in store.query("""
            SELECT DISTINCT ?e ?role ?x WHERE {
              VALUES ?role { kg:actor kg:recipient kg:participant } ?e a kg:Event ; ?role ?x }""").rows:
        if str(e) in events:
            events[str(e)].roles.append((_local(str(role)), str(x)))
    for e, p in store.query("SELECT DISTINCT ?e ?p WHERE { ?e a kg:Event ; kg:place ?p }").rows:
        record = events.get(str(e))
        if record is not None and (record.place_iri is None or str(p) < record.place_iri):
            record.place_iri = str(p)
            record.place = entities[str(p)].label if str(p) in entities else _local(str(p))
    for e, s in store.query("SELECT DISTINCT ?e ?s WHERE { ?e a kg:Event ; kg:source ?s }").rows:
        if str(e) in events:
            events[str(e)].source_iris.append(str(s))
    mentions: dict[str, list] = {}
    for e, m, a, file, text, start in store.query("""
            SELECT DISTINCT ?e ?m ?a ?file ?text ?start WHERE {
              ?e a kg:Event ; kg:mention ?m .
              OPTIONAL { ?m kg:article ?a OPTIONAL { ?a kg:file ?file } }
              OPTIONAL { ?m kg:text ?text } OPTIONAL { ?m kg:start ?start }
            }""").rows:
        article = str(file) if file is not None else (_local(str(a)) if a is not None else None)
        mentions.setdefault(str(e), []).append((article or "", int(start) if start is not None else 0,
                                                str(text) if text is not None else None, str(m)))
    for e, v, qual, unit in store.query("""
            SELECT DISTINCT ?e ?v ?qual ?unit WHERE {
              ?e a kg:Event ; kg:quantity ?q . ?q kg:value ?v .
              OPTIONAL { ?q kg:qualifier ?qual } OPTIONAL { ?q kg:unit ?unit } }""").rows:
        if str(e) in events:
            events[str(e)].quantities.append(" ".join(str(x) for x in (qual, v, unit) if x is not None))

    for e, record in events.items():
        record.roles.sort(key=lambda r: (ROLES.index(r[0]) if r[0] in ROLES else 9, r[1]))
        record.source_iris.sort()
        record.sources = sorted({entities[s].label if s in entities else _local(s) for s in record.source_iris})
        record.quantities.sort()
        found = sorted(mentions.get(e, []))
        record.mentions = len({m[3] for m in found})
        record.articles = sorted({m[0] for m in found if m[0]})
        record.evidence = next((m[2] for m in found if m[2]), None)
    return dict(sorted(events.items())), entities
