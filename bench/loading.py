"""Loading: a store of about a million quads built the way kg builds it, against a raw pyoxigraph bulk load.

The data: ``config['seed_articles']`` generated articles are extracted once, each article's named graph is
serialised as N-Quads, and the whole set is replicated ``copies`` times with deterministic renaming (the article
IRI, and with it the IRIs of its mentions, and every event IRI get the suffix ``-cK``; entities are shared as
they are between real articles) until there are at least ``config['quads']`` quads. Running the extractor on a
corpus of ~4,000 articles would only measure extraction again, which is benchmark 1.

Timed, each on a fresh store folder, the same quads each time:

* ``kg replace_graph``: ``EmbeddedStore.replace_graph(article, ntriples)`` once per article graph, each its own
  transaction, which is what ``kg build --store`` does (the N-Triples text is prepared before the timing, as the
  extractor would hand it over);
* ``pyoxigraph load per graph``: raw ``pyoxigraph.Store.load(..., to_graph=article)`` per article graph, one
  transaction each; it separates the price of per-article transactions from kg's own overhead;
* ``pyoxigraph bulk_load`` of the N-Quads file: the reference.

The store the last kg run wrote stays at ``WORKDIR/kg.store`` for the query, endpoint and memory benchmarks.
"""

from __future__ import annotations

import gc
import json
import math
import re
import shutil
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from bench.generate import write_corpus
from bench.stats import figure, measure

_RENAME = re.compile(r"(<https://kg\.example\.org/id/(?:article/[^/>]+|event/[0-9a-f]+))")


def dataset(config: dict, workdir: Path) -> dict:
    """Write ``WORKDIR/data.nq`` (once) and return its description: quads, graphs, copies, seed articles."""
    info_path = workdir / "data.json"
    if info_path.exists():
        return json.loads(info_path.read_text())
    from kg.pipeline import extract_file
    from kg.rdf import doc_dataset

    paths = write_corpus(workdir / "load-corpus", config["seed_articles"], seed=11)
    per_article = ["".join(line + "\n" for line in doc_dataset(extract_file(p)).serialize(format="nquads").splitlines()
                           if line.strip()) for p in paths]
    base = sum(text.count("\n") for text in per_article)
    copies = max(1, math.ceil(config["quads"] / base))
    quads = 0
    with open(workdir / "data.nq", "w", encoding="utf-8") as out:
        for k in range(copies):
            for text in per_article:
                renamed = _RENAME.sub(lambda m: f"{m.group(1)}-c{k}", text)
                out.write(renamed)
                quads += renamed.count("\n")
    info = {"seed_articles": len(paths), "copies": copies, "graphs": copies * len(paths), "quads": quads,
            "quads_per_article": round(base / len(paths), 1), "file_mb": round((workdir / "data.nq").stat().st_size / 1e6, 1)}
    info_path.write_text(json.dumps(info))
    return info


def graphs_of(nquads: Path) -> dict[str, str]:
    """N-Quads file → {graph IRI: N-Triples text}, in file order (rdflib writes one graph's quads together)."""
    graphs: dict[str, list[str]] = {}
    with open(nquads, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            triple, graph, _dot = line.rstrip("\n").rsplit(" ", 2)
            graphs.setdefault(graph[1:-1], []).append(triple + " .")
    return {g: "\n".join(lines) + "\n" for g, lines in graphs.items()}


def _fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    return folder


def build_kg(graphs: dict[str, str], folder: Path) -> int:
    """kg's path: one replace_graph transaction per article graph into a fresh store; returns len(store)."""
    from kg.graph.store import EmbeddedStore

    store = EmbeddedStore(_fresh(folder))
    try:
        for graph, text in graphs.items():
            store.replace_graph(graph, text)
        return len(store)
    finally:
        store.close()


def build_ox_per_graph(graphs: dict[str, str], folder: Path) -> None:
    store = ox.Store(str(_fresh(folder)))
    for graph, text in graphs.items():
        store.load(input=text.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    store.flush()
    del store
    gc.collect()


def build_ox_bulk(nquads: Path, folder: Path) -> None:
    store = ox.Store(str(_fresh(folder)))
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    gc.collect()


def run(config: dict, workdir: Path) -> dict:
    info = dataset(config, workdir)
    nquads = workdir / "data.nq"
    graphs = graphs_of(nquads)
    runs = config["runs"]
    quads = info["quads"]
    store_path = workdir / "kg.store"
    scratch = workdir / "scratch.store"
    # one untimed warm-up of each path on a slice: page cache, imports, RocksDB code paths
    sample = dict(list(graphs.items())[:50])
    build_kg(sample, scratch)
    build_ox_per_graph(sample, scratch)
    bulk = measure(lambda: build_ox_bulk(nquads, scratch), runs)
    per_graph = measure(lambda: build_ox_per_graph(graphs, scratch), runs)
    counted = []
    kg = measure(lambda: counted.append(build_kg(graphs, store_path)), runs)
    shutil.rmtree(scratch, ignore_errors=True)
    if counted[-1] != quads:
        raise RuntimeError(f"the kg store holds {counted[-1]} quads, the file {quads}")
    rate = lambda m: round(quads / m["median_s"])  # noqa: E731
    result = {"data": info, "store": str(store_path),
              "kg_replace_graph": {**kg, "quads_per_s": rate(kg)},
              "pyoxigraph_load_per_graph": {**per_graph, "quads_per_s": rate(per_graph)},
              "pyoxigraph_bulk_load": {**bulk, "quads_per_s": rate(bulk)},
              "goal_ratio": 1.5}
    ratio = round(kg["median_s"] / bulk["median_s"], 2)
    result["ratio_to_bulk"] = ratio
    result["ratio_to_per_graph"] = round(kg["median_s"] / per_graph["median_s"], 2)
    result["figures"] = [
        figure("loading", f"kg replace_graph per article, {quads:,} quads", rate(kg), kg["spread"],
               reference=rate(bulk), ratio=ratio, goal="≤ 1.5× bulk_load time", met=ratio <= 1.5, unit="quads/s"),
        figure("loading", "pyoxigraph load per graph (same txns)", rate(per_graph), per_graph["spread"],
               reference=rate(bulk), ratio=round(per_graph["median_s"] / bulk["median_s"], 2), unit="quads/s"),
        figure("loading", "kg replace_graph vs raw per-graph load", rate(kg), kg["spread"],
               reference=rate(per_graph), ratio=result["ratio_to_per_graph"], unit="quads/s"),
    ]
    return result


def main(argv: list[str]) -> None:
    """``python -m bench.loading build NQUADS STORE``: the build the memory benchmark runs in a child."""
    if len(argv) == 3 and argv[0] == "build":
        start = time.perf_counter()
        n = build_kg(graphs_of(Path(argv[1])), Path(argv[2]))
        print(json.dumps({"quads": n, "seconds": round(time.perf_counter() - start, 2)}))
        with open("/proc/self/status") as status:  # peak RSS (KiB), last, for bench.memory
            print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
    else:
        raise SystemExit("usage: python -m bench.loading build NQUADS STORE")


if __name__ == "__main__":
    main(sys.argv[1:])
