"""The SPARQL 1.1 Service Description returned by a GET on the endpoint without a query."""

from __future__ import annotations

from pyoxigraph import BlankNode, NamedNode, Triple, serialize

from kg.server.negotiation import Format

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

RESULT_FORMAT_IRIS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                      "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N3")


def _sd(name: str) -> NamedNode:
    return NamedNode(SD + name)


def service_description(endpoint: str, graph_names: list[str], union_default_graph: bool, fmt: Format) -> bytes:
    """Describe the endpoint at ``endpoint`` (its absolute URL) in the format ``fmt``."""
    service, dataset, default_graph = BlankNode("service"), BlankNode("dataset"), BlankNode("defaultGraph")
    triples = [
        Triple(service, RDF_TYPE, _sd("Service")),
        Triple(service, _sd("endpoint"), NamedNode(endpoint)),
        Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        Triple(service, _sd("defaultEntailmentRegime"), NamedNode("http://www.w3.org/ns/entailment/Simple")),
        Triple(service, _sd("defaultDataset"), dataset),
        Triple(dataset, RDF_TYPE, _sd("Dataset")),
        Triple(dataset, _sd("defaultGraph"), default_graph),
        Triple(default_graph, RDF_TYPE, _sd("Graph")),
    ]
    if union_default_graph:
        triples.append(Triple(service, _sd("feature"), _sd("UnionDefaultGraph")))
    for name in RESULT_FORMAT_IRIS:
        triples.append(Triple(service, _sd("resultFormat"), NamedNode(FORMATS + name)))
    for index, name in enumerate(graph_names):
        node = BlankNode(f"g{index}")
        triples.append(Triple(dataset, _sd("namedGraph"), node))
        triples.append(Triple(node, RDF_TYPE, _sd("NamedGraph")))
        triples.append(Triple(node, _sd("name"), NamedNode(name)))
    prefixes = {"sd": SD, "fmt": FORMATS} if fmt.name in ("turtle", "n3", "rdfxml") else None
    return serialize(triples, format=fmt.oxigraph, prefixes=prefixes)
