"""Smoke test of the benchmark harness: ``python -m bench --quick`` runs every benchmark at tiny sizes.

It runs the real harness as a subprocess (no mocks), so a benchmark that breaks, loses a section or stops
producing numbers fails here instead of rotting until the next full run.
"""

from __future__ import annotations

import json
import numbers
import os
import subprocess
import sys

from tests.conftest import ROOT

SECTIONS = ("extraction", "loading", "queries", "endpoint", "viz", "memory", "notebooks")


def test_quick_bench_runs_every_benchmark(tmp_path):
    out = tmp_path / "results.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "bench", "--quick", "--out", str(out), "--workdir",
                           str(tmp_path / "work")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text())
    assert results["mode"] == "quick"
    for section in SECTIONS:
        assert section in results, f"no {section} section"
        figures = results[section]["figures"]
        if section == "viz" and results[section].get("skipped"):
            continue
        assert figures, f"{section}: no figures"
        assert any(isinstance(f["median"], numbers.Number) for f in figures), f"{section}: no numbers"
    ext = results["extraction"]
    assert ext["extract"]["articles_per_s"] > 0 and ext["floor"]["words_per_s"] > 0
    assert ext["ratio_to_floor"] > 0 and "1" in ext["build_scaling"]
    load = results["loading"]
    assert load["kg_replace_graph"]["quads_per_s"] > 0 and load["pyoxigraph_bulk_load"]["quads_per_s"] > 0
    assert load["data"]["quads"] >= results["config"]["data"]["quads"]
    answered = [q for q in results["queries"]["queries"].values() if not q.get("timeout")]
    assert answered and all(q["api"]["median_s"] > 0 and q["raw"]["median_s"] > 0 for q in answered)
    endpoint = results["endpoint"]
    assert endpoint["requests"] > 0 and endpoint["qps"] > 0 and endpoint["non_200"] == 0
    assert results["notebooks"]["total_s"] > 0 and len(results["notebooks"]["per_notebook"]) >= 2
    assert results["memory"]["build_peak_rss_mb"] > results["memory"]["interpreter_baseline_mb"] > 0
    # the readable table went to standard output
    assert "benchmark" in proc.stdout and "met?" in proc.stdout and "loading" in proc.stdout
