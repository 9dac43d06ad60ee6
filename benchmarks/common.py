"""Timing helpers shared by the benchmarks: medians, p95, peak RSS, one JSON line."""

from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out"


def timed(function: Callable[[], Any]) -> float:
    """Seconds one call takes (wall clock, perf_counter)."""
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def summary(samples: list[float]) -> dict[str, float]:
    """Median, p95, min and max of samples in seconds, reported in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p95_ms": round(p95 * 1000, 3),
        "min_ms": round(ordered[0] * 1000, 3),
        "max_ms": round(ordered[-1] * 1000, 3),
        "runs": len(ordered),
    }


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 1024 / (1024 if sys.platform == "darwin" else 1), 1)


def own_peak_rss_mb() -> float:
    """Peak resident memory of this very process, in MB. In a child started for one
    measurement, VmHWM belongs to its own memory map; getrusage's ru_maxrss keeps the
    high-water mark of the (large) benchmark process it was forked from."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return peak_rss_mb()


def report(
    scenario: str, result: dict[str, Any], baseline: dict[str, Any] | None = None, target: str = ""
) -> dict[str, Any]:
    """Print one JSON line: the scenario, its figures, the baseline and their ratio."""
    line: dict[str, Any] = {"scenario": scenario, **result}
    if baseline is not None:
        line["baseline"] = baseline
        if baseline.get("median_ms"):
            line["ratio"] = round(result["median_ms"] / baseline["median_ms"], 2)
    if target:
        line["target"] = target
    line["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(line, ensure_ascii=False), flush=True)
    return line
