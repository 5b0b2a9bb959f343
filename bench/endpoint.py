"""Endpoint: queries per second and latency percentiles of ``kg serve`` under concurrent clients.

``python -m kg serve`` is started on the loading benchmark's store on a free loopback port (``--port 0``, its
"ready" line gives the URL), with ``--max-concurrent`` above the client count so that no request is turned away
for being over the limit. ``config['clients']`` threads, each with its own HTTP connection, send the saved
queries that answer within the query timeout (parameters bound, round-robin from different starting points) for
``config['duration']`` seconds; every answer is read completely. Reported: answers per second, p50/p90/p99
latency and the count of answers that were not 200.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from bench.stats import figure, percentile

ROOT = Path(__file__).resolve().parent.parent
_READY = re.compile(r"kg serve: SPARQL endpoint (http://\S+)/sparql")


def start_server(store: Path, log: Path, *args: str) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
    fh = open(log, "wb")
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *args],
                            cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        match = _READY.search(log.read_text(errors="replace"))
        if match:
            return proc, match.group(1) + "/sparql"
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with {proc.returncode}: {log.read_text()[-2000:]}")
        time.sleep(0.1)
    proc.terminate()
    raise RuntimeError(f"kg serve did not become ready: {log.read_text()[-2000:]}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run(config: dict, workdir: Path, skip: list[str] | None = None) -> dict:
    from bench.queries import bound_queries
    from kg.graph.store import EmbeddedStore

    store_path = workdir / "kg.store"
    store = EmbeddedStore(store_path, create=False)
    queries = {n: q for n, q in bound_queries(store).items() if n not in (skip or [])}
    store.close()
    names = sorted(queries)
    clients, duration = config["clients"], config["duration"]
    proc, url = start_server(store_path, workdir / "serve.log", "--max-concurrent", str(clients * 4),
                             "--timeout", str(config["server_timeout"]), "--workers", str(os.cpu_count() or 1))
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    try:
        with httpx.Client(timeout=60, trust_env=False) as warm:  # every query once, untimed
            for name in names:
                warm.post(url, data={"query": queries[name]}, headers={"Accept": "application/sparql-results+json"})
        stop_at = time.monotonic() + duration

        def client(k: int) -> None:
            mine, codes = [], {}
            with httpx.Client(timeout=120, trust_env=False) as http:
                i = k
                while time.monotonic() < stop_at:
                    sparql = queries[names[i % len(names)]]
                    i += 1
                    t = time.perf_counter()
                    answer = http.post(url, data={"query": sparql},
                                       headers={"Accept": "application/sparql-results+json"})
                    _ = answer.content
                    mine.append(time.perf_counter() - t)
                    codes[str(answer.status_code)] = codes.get(str(answer.status_code), 0) + 1
            with lock:
                latencies.extend(mine)
                for code, n in codes.items():
                    statuses[code] = statuses.get(code, 0) + n

        start = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
    finally:
        stop_server(proc)
    qps = round(len(latencies) / elapsed, 1)
    bad = sum(n for code, n in statuses.items() if code != "200")
    pct = {f"p{q}_ms": round(percentile(latencies, q) * 1000, 1) for q in (50, 90, 99)}
    result = {"clients": clients, "duration_s": round(elapsed, 2), "queries": names, "requests": len(latencies),
              "qps": qps, **pct, "statuses": statuses, "non_200": bad}
    result["figures"] = [
        figure("endpoint", f"queries/s, {clients} clients", qps, None, goal="report", unit="q/s"),
        figure("endpoint", "latency p50 / p90 / p99", f"{pct['p50_ms']} / {pct['p90_ms']} / {pct['p99_ms']}",
               None, goal="report", unit="ms"),
        figure("endpoint", "answers not 200", bad, None, goal="0", met=bad == 0, unit=""),
    ]
    return result
