"""Expectations for graph-layer tests, computed from extracted Docs with kg.rdf's IRI functions only.

This is deliberately a second, plain-Python route to the answers (no SPARQL, no store), so a test comparing
a query's answer with it can fail when the query or the store is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.rdf import article_iri, entity_iri, event_iri, event_key


@dataclass
class OracleEvent:
    iri: str
    type: str
    label: str
    date: str | None
    roles: set = field(default_factory=set)          # (role, entity IRI)
    place: str | None = None
    cameos: set = field(default_factory=set)
    statuses: set = field(default_factory=set)
    sources: set = field(default_factory=set)        # source entity IRIs
    articles: set = field(default_factory=set)       # article file names
    mentions: set = field(default_factory=set)
    texts: set = field(default_factory=set)          # evidence sentences

    @property
    def entities(self) -> set[str]:
        return {x for _, x in self.roles}


def merged_events(docs) -> dict[str, OracleEvent]:
    from kg.rdf import event_label

    out: dict[str, OracleEvent] = {}
    for doc in docs:
        name = doc.article.name
        for e in doc.events:
            iri = str(event_iri(e))
            ev = out.setdefault(iri, OracleEvent(iri, e.type, event_label(e), e.date))
            ev.roles |= {(a.role, str(entity_iri(a.entity))) for a in e.actors}
            ev.place = str(entity_iri(e.place)) if e.place else None
            ev.cameos.add(e.cameo)
            ev.statuses.add(e.status)
            ev.sources |= {str(entity_iri(s)) for s in e.sources}
            ev.articles.add(name)
            ev.texts.add(e.evidence.text)
            ev.mentions.add((str(article_iri(name)), e.evidence.start, e.evidence.end, event_key(e)[:8]))
    return out


def entity_labels(docs) -> dict[str, str]:
    labels = {}
    for doc in docs:
        for e in doc.events:
            for ent in [a.entity for a in e.actors] + list(e.sources) + ([e.place] if e.place else []):
                labels[str(entity_iri(ent))] = ent.label
    return labels


def claims(docs) -> dict[str, dict[str, set]]:
    """Source IRI → the events it is cited for and the articles citing it."""
    out: dict[str, dict[str, set]] = {}
    for doc in docs:
        for e in doc.events:
            for s in e.sources:
                entry = out.setdefault(str(entity_iri(s)), {"events": set(), "articles": set()})
                entry["events"].add(str(event_iri(e)))
                entry["articles"].add(doc.article.name)
    return out


def pairs(ev: OracleEvent) -> set[tuple[str, str]]:
    """Directed actor pairs as the RDF model's kgr: edges: actor -> recipient, participant <-> participant."""
    actors = [x for r, x in ev.roles if r == "actor"]
    recipients = [x for r, x in ev.roles if r == "recipient"]
    participants = [x for r, x in ev.roles if r == "participant"]
    out = {(a, b) for a in actors for b in recipients if a != b}
    out |= {(a, b) for a in participants for b in participants if a != b}
    return out


def interval(date: str) -> tuple[str, str]:
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date, date
