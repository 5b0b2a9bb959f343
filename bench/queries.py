"""Queries: every saved query on the loading benchmark's store, four ways.

* ``kg query`` CLI: ``python -m kg query --store STORE NAME -p … --format csv`` as a subprocess (includes the
  process start and imports, so it is reported on its own, against the Python API);
* Python API: ``saved_query(name).run(store, **params)`` on ``EmbeddedStore`` (binding the parameters, running
  the query, converting every row into rdflib terms);
* raw pyoxigraph: the same bound SPARQL text on the same ``pyoxigraph.Store`` (the one the EmbeddedStore
  wraps), union default graph, every solution read; goal: the API within 1.2× of it;
* rdflib: the same SPARQL on rdflib's default in-memory ``Dataset`` (default graph = union) holding a slice of
  the data (``config['rdflib_quads']`` quads: the first article graphs of the file), against kg's Python API on
  an in-memory store of the same slice; goal: kg at least 20× faster. A query rdflib has not answered within
  ``config['rdflib_timeout']`` seconds is recorded as a timeout and the ratio as "at least" cap/kg time.
  rdflib runs in a child process so that such a query can be stopped.

Every query runs in a child process. In the kg children a query first runs once untimed (warm-up and probe): if
that run takes longer than ``config['query_timeout']`` seconds, the query is recorded as a timeout (the child is
killed and restarted for the rest) and left out of the endpoint and memory runs.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import sys
import time
from pathlib import Path

from bench.loading import dataset
from bench.stats import figure, measure

ROOT = Path(__file__).resolve().parent.parent
PARAMS = {"actor-timeline": {"actor": "Q159"}, "events-between": {"a": "Q159", "b": "Q423"},
          "meetings": {"from": "2000-01-01", "to": "2030-12-31"}, "most-active-actors": {"min_events": "2"}}


def bound_queries(store) -> dict[str, str]:
    """Every saved query with its parameters bound to values present in the generated data."""
    from kg.graph.query import saved_queries

    return {name: q.sparql(PARAMS.get(name, {}), store) for name, q in saved_queries().items()}


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def _cli(store: Path, name: str) -> list[str]:
    cmd = [sys.executable, "-m", "kg", "query", "--store", str(store), name, "--format", "csv", "-o", os.devnull]
    for key, value in PARAMS.get(name, {}).items():
        cmd += ["-p", f"{key}={value}"]
    return cmd


def _child(mode: str, path: str, names: list[str], queries_path: str) -> None:
    """Child: open the data, then print one JSON line per query as it finishes.

    ``rdflib``: load the N-Quads file ``path`` into rdflib's in-memory Dataset (default graph = union) and time
    each query; ``kg``: open the store folder ``path`` and time, alternately so that drift hits both alike, the
    Python API (``saved_query(name).run``) and raw pyoxigraph on the same ``pyoxigraph.Store``.
    """
    from kg.graph.store import with_prefixes

    queries = json.loads(Path(queries_path).read_text())
    runs = int(os.environ.get("BENCH_RUNS", "1"))
    start = time.perf_counter()
    if mode == "rdflib":
        from rdflib import Dataset

        ds = Dataset(default_union=True)
        ds.parse(path, format="nquads")
        print(json.dumps({"load_s": round(time.perf_counter() - start, 3), "quads": len(ds)}), flush=True)
        for name in names:
            times, rows = [], 0
            try:
                for _ in range(runs):
                    t = time.perf_counter()
                    rows = len(list(ds.query(with_prefixes(queries[name])[0])))
                    times.append(time.perf_counter() - t)
            except Exception as err:  # rdflib's evaluator fails on some valid queries: record which and why
                print(json.dumps({"name": name, "error": f"{type(err).__name__}: {err}"[:200]}), flush=True)
                continue
            print(json.dumps({"name": name, "times": times, "rows": rows}), flush=True)
        return
    from kg.graph.query import saved_query
    from kg.graph.store import EmbeddedStore

    store = EmbeddedStore.from_file(path) if path.endswith(".nq") else EmbeddedStore(path, create=False)
    raw_store = store.oxigraph
    print(json.dumps({"load_s": round(time.perf_counter() - start, 3), "quads": len(store)}), flush=True)
    for name in names:
        q, params = saved_query(name), PARAMS.get(name, {})
        text = with_prefixes(queries[name])[0]
        t = time.perf_counter()
        q.run(store, **params)  # the probe: untimed warm-up, and the run the time cap applies to
        print(json.dumps({"probe": name, "s": round(time.perf_counter() - t, 4)}), flush=True)
        api_times, raw_times = [], []
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(q.run(store, **params))
            api_times.append(time.perf_counter() - t)
            t = time.perf_counter()
            raw_rows = sum(1 for solution in raw_store.query(text, use_default_graph_as_union=True)
                           for _ in [tuple(solution)])
            raw_times.append(time.perf_counter() - t)
        print(json.dumps({"name": name, "times": api_times, "raw_times": raw_times, "rows": rows,
                          "raw_rows": raw_rows}), flush=True)
    store.close()


def child_times(mode: str, path: Path, queries: dict[str, str], workdir: Path, timeout: float, runs: int) -> dict:
    """{name: {"times": [...], "rows": n, …} or {"timeout": s}} plus "_load". In ``kg`` mode a query whose first,
    untimed run (the probe) takes longer than ``timeout`` seconds is recorded as a timeout; in ``rdflib`` mode one
    whose runs take longer than ``timeout`` each, the child killed and restarted for the rest."""
    qfile = workdir / "queries.json"
    qfile.write_text(json.dumps(queries))
    pending = list(queries)
    out: dict = {}
    while pending:
        code = ("import sys, json; from bench.queries import _child; "
                "_child(sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4])")
        proc = subprocess.Popen([sys.executable, "-c", code, mode, str(path), json.dumps(pending), str(qfile)],
                                stdout=subprocess.PIPE, text=True, env={**_env(), "BENCH_RUNS": str(runs)},
                                cwd=ROOT)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(x) for x in proc.stdout] + [lines.put(None)], daemon=True).start()
        deadline = None
        while pending:
            try:
                line = lines.get(timeout=max(0.01, deadline - time.monotonic()) if deadline else None)
            except queue.Empty:  # the query at the head of the list ran out of time
                proc.kill()
                out[pending.pop(0)] = {"timeout": timeout}
                break
            if line is None:
                break
            record = json.loads(line)
            if "probe" in record:  # one run was within the cap: give the timed runs (API and raw) room
                deadline = time.monotonic() + timeout * runs * 2 + 60
                continue
            if "load_s" in record:
                out.setdefault("_load", record)
            else:
                out[record["name"]] = record
                pending.remove(record["name"])
            deadline = time.monotonic() + timeout * (1 if mode == "kg" else runs)
        proc.wait()
        if proc.returncode not in (0, -9) and pending:
            raise RuntimeError(f"the {mode} child failed with {proc.returncode}")
    return out


def run(config: dict, workdir: Path) -> dict:
    from kg.graph.store import EmbeddedStore

    info = dataset(config, workdir)
    store_path = workdir / "kg.store"
    if not (store_path / "CURRENT").exists():
        from bench.loading import build_kg, graphs_of

        build_kg(graphs_of(workdir / "data.nq"), store_path)
    runs, cap = config["runs"], config["query_timeout"]
    store = EmbeddedStore(store_path, create=False)
    queries = bound_queries(store)
    store.close()  # an on-disk store takes one process at a time: the children open it themselves
    result: dict = {"store_quads": info["quads"], "params": PARAMS, "timeout_s": cap, "queries": {}}
    figures = []

    # (b) Python API and (c) raw pyoxigraph, in a child that a too-slow query can be stopped in
    big = child_times("kg", store_path, queries, workdir, cap, runs)
    # (a) the CLI, for the queries that finished in the API
    for name in queries:
        entry, rec = big[name], {}
        if "timeout" in entry:
            rec = {"timeout": True}
            figures.append(figure("queries", f"{name} API", None, None, reference="timeout", ratio=None,
                                  goal="≤ 1.2× raw pyoxigraph", met=False, unit="s"))
            figures[-1]["median"] = f"> {cap:g}"
            result["queries"][name] = rec
            continue
        api, rawm = _summary(entry["times"]), _summary(entry["raw_times"])
        if entry["rows"] != entry["raw_rows"]:
            raise RuntimeError(f"{name}: kg gave {entry['rows']} rows, raw pyoxigraph {entry['raw_rows']}")
        try:
            subprocess.run(_cli(store_path, name), check=True, capture_output=True, env=_env(), cwd=ROOT,
                           timeout=cap * 2)
            cli = measure(lambda: subprocess.run(_cli(store_path, name), check=True, capture_output=True,
                                                 env=_env(), cwd=ROOT, timeout=cap * 2), runs)
        except subprocess.TimeoutExpired:
            cli = None
        ratio = round(api["median_s"] / rawm["median_s"], 2) if rawm["median_s"] else None
        rec = {"rows": entry["rows"], "api": api, "raw": rawm, "cli": cli, "ratio_api_to_raw": ratio,
               "ratio_cli_to_api": round(cli["median_s"] / api["median_s"], 1) if cli and api["median_s"] else None}
        result["queries"][name] = rec
        figures.append(figure("queries", f"{name} API ({entry['rows']} rows)", api["median_s"], api["spread"],
                              reference=rawm["median_s"], ratio=ratio, goal="≤ 1.2× raw pyoxigraph",
                              met=ratio is not None and ratio <= 1.2, unit="s"))
        if cli:
            figures.append(figure("queries", f"{name} kg query CLI", cli["median_s"], cli["spread"],
                                  reference=api["median_s"], ratio=rec["ratio_cli_to_api"],
                                  goal="report (process start)", unit="s"))

    # (d) rdflib on a slice, against kg's API on an in-memory store of the same slice
    slice_path = workdir / "slice.nq"
    with open(workdir / "data.nq", encoding="utf-8") as src, open(slice_path, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= config["rdflib_quads"]:
                break
            dst.write(line)
    small = child_times("kg", slice_path, queries, workdir, cap, runs)
    rd = child_times("rdflib", slice_path, queries, workdir, config["rdflib_timeout"], config["rdflib_runs"])
    slice_quads = (small.get("_load") or {}).get("quads")
    result["rdflib"] = {"slice_quads": slice_quads, "load": rd.get("_load"), "timeout_s": config["rdflib_timeout"],
                        "queries": {}}
    for name in queries:
        if "timeout" in small[name]:
            result["rdflib"]["queries"][name] = {"kg_timeout": True}
            figures.append(figure("queries", f"{name} kg vs rdflib, {slice_quads:,} quads", f"> {cap:g}", None,
                                  reference="not run", ratio=None, goal="rdflib ≥ 20× kg time", met=False, unit="s"))
            continue
        kg = _summary(small[name]["times"])
        kg_s = kg["median_s"] or 1e-6
        entry = rd[name]
        if "error" in entry:
            result["rdflib"]["queries"][name] = {"error": entry["error"], "kg": kg}
            figures.append(figure("queries", f"{name} kg vs rdflib, {slice_quads:,} quads", kg["median_s"],
                                  kg["spread"], reference="rdflib error", ratio=None, goal="rdflib ≥ 20× kg time",
                                  met=None, unit="s"))
            continue
        if "timeout" in entry:
            ratio = round(entry["timeout"] / kg_s, 1)
            rec = {"timeout": True, "kg": kg, "ratio_at_least": ratio}
            ref, shown = "timeout", f"≥ {ratio}"
        else:
            summary = _summary(entry["times"])
            ratio = round(summary["median_s"] / kg_s, 1)
            rec = {"rdflib": summary, "rows": entry["rows"], "kg": kg, "ratio": ratio}
            ref, shown = summary["median_s"], ratio
        result["rdflib"]["queries"][name] = rec
        figures.append(figure("queries", f"{name} kg vs rdflib, {slice_quads:,} quads", kg["median_s"],
                              kg["spread"], reference=ref, ratio=shown, goal="rdflib ≥ 20× kg time",
                              met=ratio >= 20, unit="s"))
    result["figures"] = figures
    return result


def _summary(times: list[float]) -> dict:
    import statistics

    median = statistics.median(times)
    return {"median_s": round(median, 4), "min_s": round(min(times), 4), "max_s": round(max(times), 4),
            "spread": round((max(times) - min(times)) / median, 3) if median else 0.0, "runs": len(times)}
