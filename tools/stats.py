"""Latency statistics: one percentile for every report, and the benchmark's summary.

The benchmark (bench/results.json) and the load test (results/loadtest.json) report
latency percentiles; they compute them here, one way, so their numbers compare.
Percentiles use linear interpolation between the closest ranks (NumPy's default
``linear`` method), written out so the numbers do not depend on a library version and
so the maths has its own tests.
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def percentile(values: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0-100) of ``values``, interpolating between ranks.

    Raises ValueError for an empty sequence or a ``q`` outside 0-100: a benchmark that
    measured nothing must fail loudly rather than report a zero.
    """
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100 or math.isnan(q):
        raise ValueError(f"percentile must be within 0-100, got {q}")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    fraction = position - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def summarize(latencies_ms: Sequence[float]) -> dict[str, float | int]:
    """``{n, mean_ms, p50_ms, p95_ms, max_ms}`` for a list of latencies in milliseconds."""
    if not latencies_ms:
        raise ValueError("no latencies to summarise")
    return {
        "n": len(latencies_ms),
        "mean_ms": round(sum(latencies_ms) / len(latencies_ms), 2),
        "p50_ms": round(percentile(latencies_ms, 50), 2),
        "p95_ms": round(percentile(latencies_ms, 95), 2),
        "max_ms": round(max(latencies_ms), 2),
    }


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    """``numerator / denominator`` rounded to 3 places, or None when either is missing or 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return round(numerator / denominator, 3)
