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
