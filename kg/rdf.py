"""Stage 7: turn a processed Doc into RDF (one named graph per article) and into event records.

IRIs are deterministic: an entity's comes from its QID or class and name, an event's from a hash of its
type, actors, date and place, so the same event from two articles is one node and rebuilding adds nothing.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.gazetteer import load_gazetteer
from kg.models import Doc, Entity, Event
from kg.vocab import ID, KG, KGR, KGS, PLOVER, SCHEMA, WD, bind_all


def article_iri(name: str) -> URIRef:
    """``2025-08-15-x.lv.txt`` → ``id:article/2025-08-15-x.lv``."""
    stem = name[:-4] if name.endswith(".txt") else Path(name).stem
    return ID[f"article/{stem}"]


def entity_iri(entity: Entity) -> URIRef:
    return ID[f"entity/{entity.key}"]


def event_key(event: Event) -> str:
    """A hash of what makes two reports the same event: type and CAMEO code, actors with roles, date, place."""
    parts = [event.type, event.cameo, *sorted(f"{a.role}={a.entity.key}" for a in event.actors),
             event.date or "", event.place.key if event.place else ""]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def event_iri(event: Event) -> URIRef:
    return ID[f"event/{event_key(event)}"]


def date_literal(value: str) -> Literal:
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


def _number(value: float) -> Literal:
    return Literal(int(value)) if float(value).is_integer() else Literal(Decimal(str(value)))


def _add_entity(g: Graph, entity: Entity, lang: str, seen: set[str]) -> URIRef:
    iri = entity_iri(entity)
    if entity.key in seen:
        return iri
    seen.add(entity.key)
    g.add((iri, RDF.type, KG[entity.cls]))
    label_lang = "en" if "en" in entity.labels or entity.wikidata else lang
    g.add((iri, RDFS.label, Literal(entity.label, lang=label_lang)))
    for code, name in sorted(entity.labels.items()):
        if name != entity.label or code != label_lang:
            g.add((iri, SKOS.altLabel, Literal(name, lang=code)))
    if entity.wikidata:
        g.add((iri, KG.wikidata, WD[entity.wikidata]))
    if entity.title:
        g.add((iri, KG.title, Literal(entity.title, lang="en")))
    if entity.country and entity.cls != "Country":
        country = load_gazetteer().country(entity.country)
        if country is not None:
            g.add((iri, KG.country, _add_entity(g, country, lang, seen)))
    return iri


def add_doc(dataset: Dataset, doc: Doc) -> Graph:
    """Add the article's named graph to ``dataset`` and return it."""
    art = doc.article
    a_iri = article_iri(art.name)
    g = dataset.graph(a_iri)
    g.add((a_iri, RDF.type, KG.Article))
    g.add((a_iri, SCHEMA.headline, Literal(art.title or art.name)))
    g.add((a_iri, SCHEMA.datePublished, Literal(art.date.isoformat(), datatype=XSD.date)))
    g.add((a_iri, SCHEMA.inLanguage, Literal(art.lang)))
    g.add((a_iri, KG.file, Literal(art.name)))
    seen: set[str] = set()
    done: set[str] = set()
    for event in doc.events:
        _add_event(g, event, doc, a_iri, seen, first=event_key(event) not in done)
        done.add(event_key(event))
    return g


def _add_event(g: Graph, event: Event, doc: Doc, a_iri: URIRef, seen: set[str], first: bool = True) -> None:
    """Add one event; a second report of the same event in the article adds only its mention and sources."""
    lang = doc.article.lang
    key = event_key(event)
    e_iri = ID[f"event/{key}"]
    if first:
        g.add((e_iri, RDF.type, KG.Event))
        g.add((e_iri, RDFS.label, Literal(event_label(event))))
        g.add((e_iri, KG.eventType, PLOVER[event.type]))
        g.add((e_iri, KG.cameo, Literal(event.cameo)))
        g.add((e_iri, KG.status, KGS[event.status]))
    roles = {"actor": KG.actor, "recipient": KG.recipient, "participant": KG.participant}
    iris = {}
    for arg in event.actors:
        iris[arg.entity.key] = _add_entity(g, arg.entity, lang, seen)
        g.add((e_iri, roles[arg.role], iris[arg.entity.key]))
    if event.place is not None:
        g.add((e_iri, KG.place, _add_entity(g, event.place, lang, seen)))
    if event.date:
        g.add((e_iri, KG.date, date_literal(event.date)))
    m_iri = URIRef(f"{a_iri}/m/{event.evidence.start}-{event.evidence.end}-{key[:8]}")
    g.add((e_iri, KG.mention, m_iri))
    g.add((m_iri, RDF.type, KG.Mention))
    g.add((m_iri, KG.article, a_iri))
    g.add((m_iri, KG.text, Literal(event.evidence.text)))
    g.add((m_iri, KG.start, Literal(event.evidence.start)))
    g.add((m_iri, KG.end, Literal(event.evidence.end)))
    for source in event.sources:
        s_iri = _add_entity(g, source, lang, seen)
        g.add((e_iri, KG.source, s_iri))
        g.add((m_iri, KG.source, s_iri))
    for q in event.quantities:
        digest = hashlib.sha1(f"{q.value}|{q.qualifier}|{q.unit}".encode()).hexdigest()[:8]
        q_iri = URIRef(f"{e_iri}/q/{digest}")
        g.add((e_iri, KG.quantity, q_iri))
        g.add((q_iri, RDF.type, KG.Quantity))
        g.add((q_iri, KG.value, _number(q.value)))
        g.add((q_iri, KG.qualifier, Literal(q.qualifier)))
        g.add((q_iri, KG.unit, Literal(q.unit)))
    relation = KGR[event.type.lower()]
    actors = [iris[a.entity.key] for a in event.actors if a.role == "actor"]
    recipients = [iris[a.entity.key] for a in event.actors if a.role == "recipient"]
    participants = [iris[a.entity.key] for a in event.actors if a.role == "participant"]
    for s in actors:
        for o in recipients:
            g.add((s, relation, o))
    for s in participants:
        for o in participants:
            if s != o:
                g.add((s, relation, o))


def event_label(event: Event) -> str:
    """A readable one-line name: "Vyacheslav Volodin CONSULT Kim Jong-un (2025-08-14)". Names are sorted, so
    that the same event told by two articles in another order has one label, like its one IRI."""
    left = sorted(a.entity.label for a in event.actors if a.role in ("actor", "participant"))
    right = sorted(a.entity.label for a in event.actors if a.role == "recipient")
    text = " & ".join(left) or "?"
    text += f" {event.type}"
    if right:
        text += " " + " & ".join(right)
    return text + (f" ({event.date})" if event.date else "")


def doc_dataset(doc: Doc) -> Dataset:
    """A Dataset that holds just this article's named graph."""
    ds = Dataset()
    bind_all(ds)
    add_doc(ds, doc)
    return ds


def event_record(event: Event, doc: Doc) -> dict:
    """One line of the events table (``--format events``)."""
    def ref(entity: Entity) -> dict:
        return {"label": entity.label, "wikidata": entity.wikidata}

    return {
        "event": str(event_iri(event)),
        "article": doc.article.name,
        "type": event.type,
        "cameo": event.cameo,
        "actors": [{"role": a.role, "label": a.entity.label, "wikidata": a.entity.wikidata, "class": a.entity.cls}
                   for a in event.actors],
        "place": ref(event.place) if event.place else None,
        "date": event.date,
        "status": event.status,
        "sources": [ref(s) for s in event.sources],
        "quantities": [{"value": int(q.value) if float(q.value).is_integer() else q.value,
                        "qualifier": q.qualifier, "unit": q.unit} for q in event.quantities],
        "evidence": {"text": event.evidence.text, "start": event.evidence.start, "end": event.evidence.end},
    }
