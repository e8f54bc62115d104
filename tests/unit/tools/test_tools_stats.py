"""Percentile maths and the latency summary of bench/results.json."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tools.stats import percentile, ratio, summarize


def test_percentile_of_one_value_is_that_value() -> None:
    assert percentile([42.0], 0) == percentile([42.0], 50) == percentile([42.0], 100) == 42.0


def test_percentile_interpolates_between_ranks_like_numpy_linear() -> None:
    values = [10.0, 20.0, 30.0, 40.0]
    assert percentile(values, 0) == 10.0
    assert percentile(values, 100) == 40.0
    assert percentile(values, 50) == 25.0  # halfway between 20 and 30
    assert percentile(values, 95) == pytest.approx(38.5)  # rank 2.85 -> 30 + 0.85 * 10


def test_percentile_ignores_input_order() -> None:
    assert percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0


def test_p95_of_1_to_100() -> None:
    assert percentile([float(v) for v in range(1, 101)], 95) == pytest.approx(95.05)


@pytest.mark.parametrize("q", [-1, 100.5, math.nan])
def test_percentile_outside_0_100_is_refused(q: float) -> None:
    with pytest.raises(ValueError):
        percentile([1.0, 2.0], q)


def test_percentile_of_nothing_is_an_error_not_zero() -> None:
    with pytest.raises(ValueError):
        percentile([], 50)


@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=50))
def test_percentiles_are_ordered_and_bounded(values: list[float]) -> None:
    p50, p95 = percentile(values, 50), percentile(values, 95)
    assert min(values) <= p50 <= p95 <= max(values)


def test_summarize_reports_n_mean_percentiles_and_max() -> None:
    summary = summarize([10.0, 20.0, 30.0, 40.0])
    assert summary == {"n": 4, "mean_ms": 25.0, "p50_ms": 25.0, "p95_ms": 38.5, "max_ms": 40.0}


def test_summarize_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        summarize([])


def test_ratio_is_none_when_a_side_is_missing_or_zero() -> None:
    assert ratio(50.0, 40.0) == 1.25
    assert ratio(None, 40.0) is None
    assert ratio(50.0, None) is None
    assert ratio(50.0, 0) is None
