"""``python -m bench``: generate the inputs, run every benchmark, print the table, write bench/results.json.

    python -m bench                      # the full run (sizes in FULL), about 10-15 minutes on 2 cores
    python -m bench --quick              # tiny sizes: the smoke test (tests/test_bench.py)
    python -m bench --only loading,queries --out /tmp/r.json

Each benchmark is a module with ``run(config, workdir) -> dict`` whose ``figures`` are the table's rows.
Generated data lives in a temporary folder (``--workdir`` keeps it) and is never committed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from kg.atomic import atomic_write

ORDER = ("extraction", "loading", "queries", "endpoint", "viz", "memory", "notebooks")
OUT = Path(__file__).resolve().parent / "results.json"

FULL = {
    "extraction": {"articles": 1000, "runs": 5, "build_runs": 2},
    "data": {"seed_articles": 250, "quads": 1_000_000},
    "loading": {"runs": 2},
    "queries": {"runs": 3, "query_timeout": 15, "rdflib_quads": 50_000, "rdflib_timeout": 30, "rdflib_runs": 1},
    "endpoint": {"clients": 16, "duration": 20, "server_timeout": 30},
    "viz": {"sizes": [200, 2000, 10_000], "runs": 3},
    "memory": {"memory_timeout": 300},
    "notebooks": {},
}
QUICK = {
    "extraction": {"articles": 20, "runs": 2, "build_runs": 1},
    "data": {"seed_articles": 10, "quads": 3_000},
    "loading": {"runs": 2},
    "queries": {"runs": 2, "query_timeout": 3, "rdflib_quads": 2_000, "rdflib_timeout": 5, "rdflib_runs": 1},
    "endpoint": {"clients": 16, "duration": 2, "server_timeout": 10},
    "viz": {"sizes": [200], "runs": 1},
    "memory": {"memory_timeout": 120},
    "notebooks": {},
}


def _fmt(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table(figures: list[dict]) -> str:
    head = ("benchmark", "metric", "median", "unit", "spread", "reference", "ratio", "goal", "met?")
    rows = [head] + [(f["benchmark"], f["metric"], _fmt(f["median"]), f["unit"],
                      "–" if f["spread"] is None else f"±{f['spread'] * 50:.0f}%", _fmt(f["reference"]),
                      _fmt(f["ratio"]), f["goal"] or "–", _fmt(f["met"]) if f["met"] is not None else "–")
                     for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _viz(config: dict, workdir: Path) -> dict:
    from bench import viz
    from bench.stats import figure
    from kg.viz.headless import find_chromium

    if not find_chromium():
        return {"skipped": "no Chromium on this machine", "figures": []}
    result = viz.run(config["sizes"], config["runs"], out=None, workdir=workdir)
    result["figures"] = [
        figure("viz", f"load to interactive, {int(n):,} nodes", e["median_s"],
               round((e["max_s"] - e["min_s"]) / e["median_s"], 3) if e["median_s"] else 0.0,
               goal="report", unit="s") for n, e in result["sizes"].items()]
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (the smoke test)")
    parser.add_argument("--only", type=lambda s: [x.strip() for x in s.split(",") if x.strip()], default=list(ORDER),
                        help=f"comma-separated subset of {','.join(ORDER)}")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--workdir", type=Path, help="keep generated data here instead of a temporary folder")
    args = parser.parse_args(argv)
    unknown = set(args.only) - set(ORDER)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    sizes = QUICK if args.quick else FULL
    results: dict = {"mode": "quick" if args.quick else "full", "config": sizes,
                     "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                                 "python": platform.python_version()},
                     "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    total = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        skip: list[str] = []
        slow: list[str] = []
        for name in ORDER:
            if name not in args.only:
                continue
            config = {**sizes["data"], **sizes[name]}
            print(f"[bench] {name} …", file=sys.stderr, flush=True)
            start = time.perf_counter()
            if name == "viz":
                (workdir / "viz").mkdir(exist_ok=True)
                section = _viz(config, workdir / "viz")
            else:
                module = __import__(f"bench.{name}", fromlist=["run"])
                kwargs = {"skip": slow if name == "endpoint" else skip} if name in ("endpoint", "memory") else {}
                section = module.run(config, workdir, **kwargs)
            if name == "queries":
                skip = [q for q, r in section["queries"].items() if r.get("timeout")]
                # the endpoint load is the interactive queries: those the API answers within a second
                slow = skip + [q for q, r in section["queries"].items()
                               if not r.get("timeout") and r["api"]["median_s"] > 1.0]
            section["seconds"] = round(time.perf_counter() - start, 1)
            results[name] = section
            print(f"[bench] {name}: {section['seconds']} s", file=sys.stderr, flush=True)
    results["total_s"] = round(time.perf_counter() - total, 1)
    figures = [f for name in ORDER if name in results for f in results[name]["figures"]]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_write(args.out) as fh:
        json.dump(results, fh, indent=2, ensure_ascii=False, default=str)
        fh.write("\n")
    print(table(figures))
    print(f"\ntotal {results['total_s']} s → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
