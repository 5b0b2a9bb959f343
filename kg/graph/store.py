"""Persistent stores of article graphs: embedded Oxigraph on disk (or in memory) and remote SPARQL 1.1 stores.

Both give one interface so that building, querying, analysis and export never care where the data lives:

* ``replace_graph(graph_iri, triples)`` swaps one article's named graph in a single transaction (a SPARQL
  Update ``DROP SILENT GRAPH …; INSERT DATA …`` sent as one request, which Oxigraph runs as one transaction)
  and does nothing when the content is unchanged;
* ``query(sparql)`` runs SELECT/ASK/CONSTRUCT/DESCRIBE on Oxigraph's engine with the default graph being the
  union of all named graphs, so that queries see every article at once;
* ``graphs()``, ``len(store)`` (quads in named graphs), ``nquads()``, ``remove_graph(graph_iri)``.

``open_store(location)`` picks the implementation: ``None``/``":memory:"`` (in memory), an ``http(s)://`` URL
(remote), an RDF file (.trig, .nq, .ttl, … loaded into memory), or a folder (Oxigraph on disk).
"""

from __future__ import annotations

import gc
import re
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.errors import KgError
from kg.graph.results import Result
from kg.graph.terms import QUERY_PREFIXES, iri, ntriples

RDF_SUFFIXES = {".trig": ox.RdfFormat.TRIG, ".nq": ox.RdfFormat.N_QUADS, ".ttl": ox.RdfFormat.TURTLE,
                ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML}

_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_POSITION = re.compile(r"\b1:(\d+)")


def with_prefixes(sparql: str) -> tuple[str, int]:
    """The query with PREFIX declarations for the project's prefixes it does not declare itself.

    They go on the query's first line so that line numbers in parser messages stay right; the second value is
    how many columns line 1 moved.
    """
    declared = {m.group(1) or "" for m in _DECLARED.finditer(sparql)}
    head = "".join(f"PREFIX {p}: <{ns}> " for p, ns in QUERY_PREFIXES.items() if p not in declared)
    return head + sparql, len(head)


def _syntax_error(message: str, shift: int) -> KgError:
    first = message.strip().splitlines()[0] if message.strip() else "syntax error"
    first = _POSITION.sub(lambda m: f"1:{max(1, int(m.group(1)) - shift)}", first, count=1)
    if len(first) > 160:
        first = first[:159] + "…"
    return KgError(f"malformed SPARQL: {first}")


def _as_lines(triples: Graph | Iterable | str) -> set[str]:
    """Canonical N-Triples lines of an rdflib graph, an iterable of rdflib triples or N-Triples text."""
    if isinstance(triples, str):
        try:
            return {str(ox.Triple(q.subject, q.predicate, q.object))
                    for q in ox.parse(triples.encode(), format=ox.RdfFormat.N_TRIPLES)}
        except SyntaxError as err:
            raise KgError(f"not valid N-Triples: {err}") from None
    return ntriples(triples)


class Store(ABC):
    """What every store offers; see the module docstring."""

    location: str

    # -- what implementations provide
    @abstractmethod
    def _query(self, sparql: str):
        """Run a query with prefixes already added; return a pyoxigraph result (solutions, boolean or triples)."""

    @abstractmethod
    def _update(self, sparql: str) -> None:
        """Run a SPARQL Update as one transaction."""

    @abstractmethod
    def graphs(self) -> list[str]:
        """The IRIs of the named graphs, sorted."""

    def close(self) -> None:
        """Release the store (for an embedded store: its lock on the folder)."""

    # -- shared behaviour
    def query(self, sparql: str) -> Result:
        """Evaluate a SPARQL 1.1 query over the union of all named graphs."""
        text, shift = with_prefixes(sparql)
        try:
            return Result.from_oxigraph(self._query(text))
        except SyntaxError as err:
            raise _syntax_error(str(err), shift) from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction)."""
        text, shift = with_prefixes(sparql)
        try:
            self._update(text)
        except SyntaxError as err:
            raise _syntax_error(str(err), shift) from None

    def graph_lines(self, graph: str) -> set[str]:
        """The triples of one named graph as canonical N-Triples lines."""
        answer = self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri(graph)} {{ ?s ?p ?o }} }}")
        return {str(ox.Triple(t.subject, t.predicate, t.object)) for t in answer}

    def replace_graph(self, graph: str, triples: Graph | Iterable | str) -> str:
        """Make named graph ``graph`` hold exactly ``triples``, atomically.

        Returns ``"added"``, ``"replaced"`` or ``"unchanged"`` (then nothing is written).
        """
        new = _as_lines(triples)
        old = self.graph_lines(graph)
        if new == old:
            return "unchanged"
        name = iri(graph)
        body = "\n".join(f"  {line} ." for line in sorted(new))
        update = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}" if new \
            else f"DROP SILENT GRAPH {name}"
        try:
            self._update(update)
        except SyntaxError as err:  # a server that does not take standard SPARQL Update
            raise KgError(f"{self.location}: the store rejected the update of {graph}: "
                          f"{str(err).strip().splitlines()[0] if str(err).strip() else 'bad request'}") from None
        return "replaced" if old else "added"

    def remove_graph(self, graph: str) -> bool:
        """Drop one named graph; False if it was not there."""
        if graph not in self.graphs():
            return False
        self._update(f"DROP SILENT GRAPH {iri(graph)}")
        return True

    def __len__(self) -> int:
        """The number of quads in named graphs (the same triple in two articles counts twice)."""
        answer = self._query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(answer))["n"].value)

    def nquads(self) -> str:
        """Every quad of every named graph as sorted N-Quads lines."""
        answer = self._query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        lines = {str(ox.Quad(row["s"], row["p"], row["o"], row["g"])) for row in answer}
        return "".join(f"{line} .\n" for line in sorted(lines))

    def dataset(self) -> Dataset:
        """A copy of the store as an rdflib Dataset (one named graph per article)."""
        from kg.vocab import bind_all

        ds = Dataset()
        bind_all(ds)
        ds.parse(data=self.nquads(), format="nquads")
        return ds

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.location!r})"


class EmbeddedStore(Store):
    """Oxigraph (RocksDB) in a folder, or in memory when ``path`` is None.

    Only one process may open a folder at a time; a second one gets a clear error instead of waiting.
    """

    def __init__(self, path: str | Path | None = None, *, create: bool = True):
        self.location = ":memory:" if path is None else str(path)
        if path is None:
            self._store = ox.Store()
            return
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise KgError(f"{path}: is a file, not a store folder")
        if path.is_dir() and not (path / "CURRENT").exists() and any(path.iterdir()):
            raise KgError(f"{path}: not an Oxigraph store (the folder holds other files)")
        if not create and not (path / "CURRENT").exists():
            raise KgError(f"{path}: no store here; build one with: kg build ARTICLES --store {path}")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._store = ox.Store(str(path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise KgError(f"{path}: the store is in use by another process (a build or query still running?)") \
                    from None
            raise KgError(f"{path}: cannot open the store: {err}") from None

    @classmethod
    def from_file(cls, path: str | Path) -> "EmbeddedStore":
        """An in-memory store holding an RDF file (TriG and N-Quads keep their named graphs)."""
        path = Path(path)
        fmt = RDF_SUFFIXES.get(path.suffix)
        if fmt is None:
            raise KgError(f"{path}: unknown RDF syntax; use {', '.join(RDF_SUFFIXES)}")
        store = cls()
        try:
            store._store.load(path=str(path), format=fmt)
        except (SyntaxError, ValueError) as err:
            raise KgError(f"{path}: not valid {path.suffix[1:]}: {str(err).splitlines()[0]}") from None
        store.location = str(path)
        return store

    @classmethod
    def from_rdflib(cls, data: Dataset | Graph) -> "EmbeddedStore":
        """An in-memory store holding an rdflib Dataset (named graphs kept) or Graph."""
        store = cls()
        fmt = "nquads" if isinstance(data, Dataset) else "nt"
        text = data.serialize(format=fmt)
        store._store.load(input=text.encode() if isinstance(text, str) else text,
                          format=ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.N_TRIPLES)
        store.location = f"<{type(data).__name__}>"
        return store

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store``."""
        if self._store is None:
            raise KgError(f"{self.location}: the store is closed")
        return self._store

    def as_rdflib(self) -> Dataset:
        """The same data through rdflib's API (oxrdflib); SPARQL on it still runs on Oxigraph's engine."""
        from oxrdflib import OxigraphStore

        return Dataset(store=OxigraphStore(store=self.oxigraph))

    def _query(self, sparql: str):
        return self.oxigraph.query(sparql, use_default_graph_as_union=True)

    def _update(self, sparql: str) -> None:
        self.oxigraph.update(sparql)

    def graph_lines(self, graph: str) -> set[str]:
        quads = self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(graph))
        return {str(ox.Triple(q.subject, q.predicate, q.object)) for q in quads}

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        """Flush and let go of the folder. Views from ``as_rdflib`` hold it too: drop them first."""
        if getattr(self, "_store", None) is not None and self.location != ":memory:":
            self._store.flush()
            self._store = None
            gc.collect()  # rdflib objects that referenced the store sit in reference cycles
        self._store = None


class RemoteStore(Store):
    """A SPARQL 1.1 server: queries by the SPARQL Protocol, writes by SPARQL Update, over plain HTTP.

    Endpoints come from the URL:

    * ``http://host:7878`` (no path): an Oxigraph server, ``/query`` and ``/update``, asking for the union
      default graph with Oxigraph's ``union-default-graph`` parameter;
    * ``…/query`` (Fuseki ``/ds/query``): updates go to the sibling ``…/update``;
    * ``…/repositories/NAME`` (GraphDB, RDF4J): updates go to ``…/statements``;
    * anything else (Virtuoso or Neptune ``/sparql``, Fuseki ``/ds``): one URL for both.

    Servers other than Oxigraph must treat the default graph as the union of named graphs (Fuseki:
    ``tdb2:unionDefaultGraph true``; GraphDB, Virtuoso and Neptune do by default).
    """

    def __init__(self, url: str, *, update_url: str | None = None, timeout: float = 120.0):
        self.location = url
        self.timeout = timeout
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise KgError(f"{url}: not an http(s) URL")
        base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))
        path = parts.path.rstrip("/")
        if not path:
            self.query_url = base + "/query?" + (parts.query + "&" if parts.query else "") + "union-default-graph"
            self.update_url = base + "/update"
        elif path.endswith("/query"):
            self.query_url = url
            self.update_url = base[: -len("/query")] + "/update"
        elif re.search(r"/repositories/[^/]+$", path):
            self.query_url, self.update_url = url, base + "/statements"
        else:
            self.query_url = self.update_url = url
        if update_url:
            self.update_url = update_url

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> tuple[str, bytes]:
        headers = {"Content-Type": f"{content_type}; charset=utf-8"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            message = err.read().decode("utf-8", "replace").strip()
            if err.code == 400:
                raise SyntaxError(message or "bad request") from None
            raise KgError(f"{self.location}: HTTP {err.code} {err.reason}: "
                          f"{message.splitlines()[0] if message else ''}".rstrip(": ")) from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise KgError(f"cannot reach the store at {self.location}: {reason}") from None

    def _query(self, sparql: str):
        content_type, body = self._post(
            self.query_url, sparql, "application/sparql-query",
            accept="application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8")
        mime = content_type.split(";")[0].strip().lower()
        if mime in ("application/sparql-results+json", "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if mime in ("application/n-triples", "text/plain"):
            return ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        if mime == "text/turtle":
            return ox.parse(body, format=ox.RdfFormat.TURTLE)
        raise KgError(f"{self.location}: unexpected answer of type {content_type or 'unknown'}")

    def _update(self, sparql: str) -> None:
        self._post(self.update_url, sparql, "application/sparql-update")

    def graphs(self) -> list[str]:
        answer = self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(row["g"].value for row in answer if isinstance(row["g"], ox.NamedNode))


def open_store(location: "str | Path | Store | None" = None, *, create: bool = False) -> Store:
    """The store at ``location``: None or ``":memory:"``, an http(s) URL, an RDF file or a store folder.

    ``create`` allows a new folder (building); reading commands leave it False so a typo is an error.
    """
    if isinstance(location, Store):
        return location
    if location is None or str(location) == ":memory:":
        return EmbeddedStore()
    text = str(location)
    if text.startswith(("http://", "https://")):
        return RemoteStore(text)
    path = Path(text)
    if path.is_file():
        return EmbeddedStore.from_file(path)
    if path.suffix in RDF_SUFFIXES and not path.exists():
        raise KgError(f"{path}: no such file")
    return EmbeddedStore(path, create=create)


def as_store(source) -> Store:
    """Any graph source as a Store: a Store, an rdflib Dataset/Graph, a .trig (or other RDF) file, a store
    folder or URL. Analysis and export take all of them through this one helper."""
    if isinstance(source, (Dataset, Graph)):
        return EmbeddedStore.from_rdflib(source)
    return open_store(source)
