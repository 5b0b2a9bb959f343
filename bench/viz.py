"""Load-to-interactive time of kg.viz pages in headless Chromium, for generated graphs.

    python -m bench.viz                      # 200, 2,000 and 10,000 nodes, 5 runs each
    python -m bench.viz --sizes 200 --runs 3

For each size: a seeded synthetic actor graph (kg.viz.sample, the kg.network contract), the page rendered
by kg.viz (timed), then loaded ``runs`` times from a file in headless Chromium with the network offline.
"load to interactive" is the time from navigation start to the page's first frame drawn with the layout
final (``kgNetwork.readyAt``: vis-network's first 'afterDrawing' once physics, if any, is done); "frame" is
the time of one full redraw afterwards, which is what panning and zooming cost. Results are printed as a
table and written to bench/viz-results.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from pathlib import Path

from kg.atomic import atomic_write
from kg.viz import write
from kg.viz.headless import Browser
from kg.viz.sample import random_actor_graph

SIZES = (200, 2000, 10_000)
OUT = Path(__file__).resolve().parent / "viz-results.json"


def _summary(values: list[float]) -> dict:
    return {"median_s": round(statistics.median(values), 3), "min_s": round(min(values), 3),
            "max_s": round(max(values), 3), "runs_s": [round(v, 3) for v in values]}


def run(sizes=SIZES, runs: int = 5, out: Path | None = OUT, workdir: Path | None = None,
        echo=lambda line: None) -> dict:
    results: dict = {"machine": f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}",
                     "runs": runs, "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="kg-bench-viz-") as tmp, Browser(timeout=300) as browser:
        folder = Path(workdir or tmp)
        results["browser"] = browser.send("Runtime.evaluate", {"expression": "navigator.userAgent",
                                                                "returnByValue": True})["result"]["value"]
        for n in sizes:
            graph = random_actor_graph(n, seed=1)
            start = time.perf_counter()
            page = write(graph, folder / f"bench-{n}.html", title=f"bench {n}")
            render_s = time.perf_counter() - start
            loads, frames = [], []
            for _ in range(runs):
                browser.open(page, timeout=300)
                loads.append(browser.evaluate("kgNetwork.readyAt") / 1000.0)
                frames.append(browser.evaluate("(() => { const t = performance.now(); kgNetwork.network.redraw();"
                                               " return performance.now() - t; })()") / 1000.0)
            errors = browser.errors()
            if errors:
                raise RuntimeError(f"{n} nodes: the page logged errors: {errors[:3]}")
            entry = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                     "html_mb": round(page.stat().st_size / 1e6, 2), "render_s": round(render_s, 3),
                     **_summary(loads), "frame_median_s": round(statistics.median(frames), 3)}
            results["sizes"][str(n)] = entry
            echo(f"{n:>7,} {entry['edges']:>7,} {entry['html_mb']:>7.1f} {entry['render_s']:>9.2f} "
                 f"{entry['median_s']:>9.2f} {entry['min_s']:>6.2f}–{entry['max_s']:<6.2f} "
                 f"{entry['frame_median_s']:>7.2f}")
    if out:
        with atomic_write(out) as fh:
            json.dump(results, fh, indent=2, sort_keys=True)
            fh.write("\n")
    return results


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=lambda s: [int(x) for x in s.split(",")], default=list(SIZES))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    print(f"{'nodes':>7} {'edges':>7} {'MB':>7} {'render s':>9} {'load→int':>9} {'spread':>13} {'frame s':>7}")
    run(args.sizes, args.runs, args.out, echo=lambda line: print(line, flush=True))
    print(f"→ {args.out}")


if __name__ == "__main__":
    main()
