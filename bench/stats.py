"""Timing helpers: median and spread over repeated runs."""

from __future__ import annotations

import statistics
import time
from typing import Callable


def measure(fn: Callable[[], object], runs: int) -> dict:
    """Run ``fn`` ``runs`` times; seconds as median, min, max and the relative spread (max-min)/median."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return {"median_s": round(median, 4), "min_s": round(min(times), 4), "max_s": round(max(times), 4),
            "spread": round((max(times) - min(times)) / median, 3) if median else 0.0, "runs": runs}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation between the nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def figure(benchmark: str, metric: str, median, spread=None, *, reference=None, ratio=None, goal: str = "",
           met: bool | None = None, unit: str = "") -> dict:
    """One row of the results table: a measured median with its spread, the reference measured in the same
    run, the ratio to it, the goal and whether it is met (None when there is no goal)."""
    return {"benchmark": benchmark, "metric": metric, "median": median, "spread": spread, "unit": unit,
            "reference": reference, "ratio": ratio, "goal": goal, "met": met}
