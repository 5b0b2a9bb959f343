"""Memory: peak resident set size of a process that builds the store and of one that runs the queries.

Each runs as its own child process (``python -m bench.loading build …`` on a fresh folder; and one that opens the
loading benchmark's store and runs every saved query once through the Python API, skipping those that timed out
in the query benchmark); its peak RSS is the child's own ``VmHWM`` from /proc/self/status, read at its end
(``ru_maxrss`` of a child would include the parent's memory at fork time, which Linux keeps across exec).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bench.stats import figure

ROOT = Path(__file__).resolve().parent.parent

_HWM = """
def _hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""
_QUERY_CHILD = _HWM + """
import json, sys, time
from kg.graph.query import saved_query
from kg.graph.store import EmbeddedStore
from bench.queries import PARAMS
store = EmbeddedStore(sys.argv[1], create=False)
for name in json.loads(sys.argv[2]):
    saved_query(name).run(store, **PARAMS.get(name, {}))
store.close()
print(_hwm())
"""


def _run_child(cmd: list[str], timeout: float) -> tuple[float, float]:
    """Run ``cmd`` (a Python child that prints its VmHWM last) and return (peak RSS MB, seconds)."""
    import time

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])}…: exited with {proc.returncode}: {proc.stderr[-500:]}")
    # the child's own VmHWM (KiB), printed last: ru_maxrss of a child would include this process's memory
    # at fork time, which Linux carries across exec
    return round(int(proc.stdout.split()[-1]) / 1024, 1), round(time.perf_counter() - start, 2)


def run(config: dict, workdir: Path, skip: list[str] | None = None) -> dict:
    from kg.graph.query import saved_queries

    from bench.loading import dataset

    info = dataset(config, workdir)
    scratch = workdir / "memory.store"
    build_mb, build_s = _run_child([sys.executable, "-m", "bench.loading", "build", str(workdir / "data.nq"),
                                    str(scratch)], config["memory_timeout"])
    shutil.rmtree(scratch, ignore_errors=True)
    names = [n for n in saved_queries() if n not in (skip or [])]
    try:
        query_mb, query_s = _run_child([sys.executable, "-c", _QUERY_CHILD, str(workdir / "kg.store"), json.dumps(names)],
                                       config["memory_timeout"])
    except subprocess.TimeoutExpired:  # a pathological query ran (the query benchmark did not run to skip it)
        query_mb, query_s = None, f"> {config['memory_timeout']}"
    base_mb, _ = _run_child([sys.executable, "-c", _HWM + "import kg.graph.store, kg.graph.query\nprint(_hwm())"], 60)
    result = {"quads": info["quads"], "build_peak_rss_mb": build_mb, "build_s": build_s,
              "query_peak_rss_mb": query_mb, "query_s": query_s, "queries": names,
              "interpreter_baseline_mb": base_mb}
    result["figures"] = [
        figure("memory", f"peak RSS, build {info['quads']:,} quads", build_mb, None, reference=base_mb,
               goal="report (reference: interpreter + imports)", unit="MB"),
        figure("memory", f"peak RSS, {len(names)} saved queries", query_mb, None, reference=base_mb,
               goal="report", unit="MB"),
    ]
    return result
