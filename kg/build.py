"""Build one graph from many articles: ``graph.trig``, ``graph.ttl`` and ``events.jsonl`` in a folder, and/or
into a persistent store (kg.graph), one named graph per article, each article in its own transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.models import Doc
from kg.pipeline import extract_file
from kg.rdf import add_doc, article_iri, doc_dataset, event_record
from kg.serialize import serialize
from kg.vocab import bind_all


@dataclass
class Summary:
    articles: int = 0
    events: int = 0
    empty: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    triples: int = 0
    changes: dict[str, int] = field(default_factory=lambda: {"added": 0, "replaced": 0, "unchanged": 0,
                                                             "removed": 0})
    store_quads: int = 0
    store_graphs: int = 0


def collect_articles(inputs: Iterable[str | Path]) -> list[Path]:
    """Article files named directly or found (``*.txt``, recursively) in the folders named."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise KgError(f"{path}: no such file or directory")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise KgError(f"no articles (*.txt) in {', '.join(str(i) for i in inputs)}")
    return unique


def extract_all(paths: list[Path], skip_bad: bool = False, progress: Callable[[Path], None] | None = None,
                summary: Summary | None = None) -> Iterable[Doc]:
    """Process each article; a bad one stops everything unless ``skip_bad``."""
    for path in paths:
        try:
            doc = extract_file(path)
        except KgError as err:
            if not skip_bad:
                raise
            if summary is not None:
                summary.failed.append(str(err))
            doc = None
        if progress:
            progress(path)
        if doc is not None:
            yield doc


def build(inputs: Iterable[str | Path], out_dir: str | Path | None = None, skip_bad: bool = False,
          progress: Callable[[Path], None] | None = None, store=None,
          on_article: Callable[[str, str], None] | None = None, prune: bool = False) -> Summary:
    """Extract every article once; write the files to ``out_dir`` (all or nothing) and/or put each article
    into ``store`` (a kg.graph Store, a store folder or a SPARQL URL) as its own transaction.

    ``on_article(file_name, change)`` is called after each article is committed to the store, with change
    "added", "replaced" or "unchanged" (or "removed", for the graphs ``prune`` drops: articles in the store
    that this build did not read, when the store holds one collection that has lost files).
    """
    if out_dir is None and store is None:
        raise KgError("nowhere to build to: give an output folder (-o) or a store (--store)")
    paths = collect_articles(inputs)
    out = Path(out_dir) if out_dir is not None else None
    if out is not None and out.exists() and not out.is_dir():
        raise KgError(f"{out}: exists and is not a folder")
    target = None
    if store is not None:
        from kg.graph.store import open_store

        target = open_store(store, create=True)
    try:
        summary = _build(paths, out, skip_bad, progress, target, on_article, prune)
    finally:
        if target is not None and target is not store:
            target.close()
    return summary


def _build(paths, out, skip_bad, progress, store, on_article, prune=False) -> Summary:
    summary = Summary()
    dataset = Dataset()
    bind_all(dataset)
    records: list[dict] = []
    for doc in extract_all(paths, skip_bad, progress, summary):
        if out is not None:
            add_doc(dataset, doc)
        if store is not None:
            name = str(article_iri(doc.article.name))
            change = store.replace_graph(name, doc_dataset(doc).graph(article_iri(doc.article.name)))
            summary.changes[change] += 1
            if on_article:
                on_article(doc.article.name, change)
        summary.articles += 1
        summary.events += len(doc.events)
        if not doc.events:
            summary.empty.append(doc.article.name)
        records.extend(event_record(e, doc) for e in doc.events)
    if store is not None and prune:
        kept = {str(article_iri(p.name)) for p in paths}
        for graph in store.graphs():
            if graph.startswith(str(article_iri(""))) and graph not in kept and store.remove_graph(graph):
                summary.changes["removed"] += 1
                if on_article:
                    on_article(graph.rsplit("/", 1)[-1], "removed")
    if store is not None:
        summary.store_quads = len(store)
        summary.store_graphs = len(store.graphs())
    if out is None:
        return summary
    contents = {
        "graph.trig": serialize(dataset, "trig"),
        "graph.ttl": serialize(dataset, "turtle"),
        "events.jsonl": "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records),
    }
    for name, text in contents.items():
        with atomic_write(out / name) as fh:
            fh.write(text)
    summary.triples = len(dataset)
    return summary
