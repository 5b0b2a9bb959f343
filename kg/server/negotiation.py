"""Content negotiation: the Accept header to a SPARQL results format or an RDF syntax.

SELECT and ASK results: SPARQL JSON (default), XML, CSV, TSV. CONSTRUCT and DESCRIBE graphs (and the service
description): Turtle (default), N-Triples, RDF/XML, JSON-LD, N3. Without an Accept header, or with ``*/*``,
the default is chosen; when nothing acceptable is offered the caller answers 406.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyoxigraph import QueryResultsFormat, RdfFormat


@dataclass(frozen=True)
class Format:
    name: str
    content_type: str                  # sent in the Content-Type header
    media_types: tuple[str, ...]       # accepted in Accept, the first is the canonical one
    oxigraph: object                   # QueryResultsFormat or RdfFormat


RESULT_FORMATS = (
    Format("json", "application/sparql-results+json",
           ("application/sparql-results+json", "application/json"), QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml",
           ("application/sparql-results+xml", "application/xml", "text/xml"), QueryResultsFormat.XML),
    Format("csv", "text/csv; charset=utf-8", ("text/csv",), QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values; charset=utf-8", ("text/tab-separated-values",),
           QueryResultsFormat.TSV),
)

GRAPH_FORMATS = (
    Format("turtle", "text/turtle; charset=utf-8",
           ("text/turtle", "application/turtle", "application/x-turtle"), RdfFormat.TURTLE),
    Format("ntriples", "application/n-triples; charset=utf-8", ("application/n-triples",), RdfFormat.N_TRIPLES),
    Format("rdfxml", "application/rdf+xml", ("application/rdf+xml", "application/xml", "text/xml"),
           RdfFormat.RDF_XML),
    Format("jsonld", "application/ld+json", ("application/ld+json", "application/json"), RdfFormat.JSON_LD),
    Format("n3", "text/n3; charset=utf-8", ("text/n3", "text/rdf+n3", "application/n3"), RdfFormat.N3),
)

BY_NAME = {f.name: f for f in RESULT_FORMATS + GRAPH_FORMATS}


@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def specificity(self, media_type: str) -> int:
        """How precisely this range names ``media_type``: 3 exact, 2 type/*, 1 */*, 0 not at all."""
        mtype, _, msub = media_type.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 1
        if self.type == mtype and self.subtype == "*":
            return 2
        if self.type == mtype and self.subtype == msub:
            return 3
        return 0


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are ignored, a bad q counts as 1."""
    ranges = []
    for part in (header or "").split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        mtype, _, msub = media.partition("/")
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 1.0
        ranges.append(MediaRange(mtype.strip(), msub.strip(), q))
    return ranges


def _quality(ranges: list[MediaRange], fmt: Format) -> tuple[float, int]:
    """The q the client gives this format (from the most specific range naming any of its media types)."""
    best_spec, best_q = 0, 0.0
    for media_type in fmt.media_types:
        for r in ranges:
            spec = r.specificity(media_type)
            if spec > best_spec or (spec == best_spec and spec and r.q > best_q):
                best_spec, best_q = spec, r.q
    return best_q, best_spec


def negotiate(accept: str | None, formats: tuple[Format, ...]) -> Format | None:
    """The format to answer with, or None when the client accepts none of ``formats``."""
    ranges = parse_accept(accept)
    if not ranges:
        return formats[0]
    best, best_key = None, (0.0, 0)
    for index, fmt in enumerate(formats):
        q, spec = _quality(ranges, fmt)
        if q <= 0:
            continue
        key = (q, spec)
        if best is None or key > best_key:
            best, best_key = fmt, key
    return best


def supported(formats: tuple[Format, ...]) -> str:
    return ", ".join(f.media_types[0] for f in formats)
