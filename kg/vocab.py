"""The namespaces of the kg ontology (ontology/kg.ttl), shared by the RDF builder and the graph layer."""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://kg.example.org/ontology#")
PLOVER = Namespace("https://kg.example.org/plover#")
KGR = Namespace("https://kg.example.org/relation/")
KGS = Namespace("https://kg.example.org/status#")
ID = Namespace("https://kg.example.org/id/")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

# kg/share links to the top-level ontology/ and queries/ folders, so an installed wheel carries them too.
SHARE_DIR = Path(__file__).resolve().parent / "share"
ONTOLOGY_DIR = SHARE_DIR / "ontology"

PREFIXES = {
    "kg": KG, "plover": PLOVER, "kgr": KGR, "kgs": KGS, "id": ID, "wd": WD, "schema": SCHEMA,
    "sem": SEM, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "skos": SKOS, "xsd": XSD,
}


def sparql_prefixes() -> str:
    """PREFIX lines for every namespace above, to put before a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def bind_all(graph) -> None:
    """Bind the project's prefixes on an rdflib graph or dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
