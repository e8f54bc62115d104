"""The shape of bench/results.json: what a valid run holds, and what is refused."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bench import results


def latency(p95: float) -> dict[str, Any]:
    return {
        "n": 40,
        "mean_ms": p95 / 2,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "max_ms": p95 * 1.5,
        "conversations": 5,
        "mean_turns": 8.0,
        "errors": 0,
        "error_samples": [],
        "wall_s": 12.5,
        "turns_per_s": 3.2,
        "cpu_ms_per_turn": {"rasa_server": 30.0, "action_server": 4.0},
    }


def bot(p95_1: float, p95_16: float, actions: float | None) -> dict[str, Any]:
    return {
        "description": "a bot",
        "model": "/x.tar.gz",
        "latency": {"1": latency(p95_1), "16": latency(p95_16)},
        "parse_ms": {"n": 10, "mean_ms": 9.0, "p50_ms": 9.0, "p95_ms": 12.0, "max_ms": 13.0},
        "training_s": 95.0,
        "memory_mb": {"rasa_server": 1000.0, "action_server": actions},
    }


def sample() -> dict[str, Any]:
    bots = {"ours": bot(40.0, 500.0, 45.0), "stock": bot(50.0, 550.0, None)}
    ratios = results.p95_ratios(bots)
    return {
        "format": results.FORMAT,
        "date": "2026-11-30T02:00:00+00:00",
        "git": {"commit": "abc123", "dirty": False},
        "machine": results.machine_info(),
        "settings": {"conversations_1_user": 24},
        "bots": bots,
        "engine": {"assessments_per_s": 2000.0, "mean_ms": 0.5, "n": 4000, "cases": 35},
        "ratios": {"p95_ours_over_stock": ratios},
        "done_when_met": results.done_when_met(ratios),
    }


def test_a_complete_run_is_valid() -> None:
    results.validate(sample())


def test_machine_info_names_what_the_numbers_depend_on() -> None:
    info = results.machine_info()
    assert info["cpu_count"] >= 1
    assert info["python"].startswith("3.")
    assert len(info["load_avg"]) == 3


def test_ratios_and_done_when() -> None:
    data = sample()
    assert data["ratios"]["p95_ours_over_stock"] == {"1": 0.8, "16": 0.909}
    assert data["done_when_met"] is True
    slower = results.p95_ratios({"ours": bot(60.0, 500.0, 1.0), "stock": bot(50.0, 550.0, None)})
    assert slower == {"1": 1.2, "16": 0.909}
    assert results.done_when_met(slower) is False


def test_done_when_is_unknown_without_the_stock_bot() -> None:
    ratios = results.p95_ratios({"ours": bot(40.0, 500.0, 1.0)})
    assert ratios == {"1": None, "16": None}
    assert results.done_when_met(ratios) is None


def test_one_bot_alone_is_a_valid_partial_run() -> None:
    data = sample()
    del data["bots"]["stock"]
    results.validate(data)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("format",), "bench-results/0"),
        (("bots",), {}),
        (("bots", "robot"), bot(1.0, 1.0, None)),
        (("bots", "ours", "latency", "1", "n"), 0),
        (("bots", "ours", "latency", "1", "p95_ms"), -1.0),
        (("bots", "ours", "memory_mb", "rasa_server"), "a lot"),
        (("engine", "assessments_per_s"), 0),
        (("git", "dirty"), "no"),
    ],
)
def test_broken_results_are_refused_naming_the_place(path: tuple[str, ...], value: Any) -> None:
    data = copy.deepcopy(sample())
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(results.ResultsError, match=r"results\.json at"):
        results.validate(data)


@pytest.mark.parametrize("missing", ["latency", "parse_ms", "training_s", "memory_mb"])
def test_every_bot_entry_needs_all_four_measures(missing: str) -> None:
    data = sample()
    del data["bots"]["ours"][missing]
    with pytest.raises(results.ResultsError):
        results.validate(data)


def test_a_bot_needs_both_user_counts() -> None:
    data = sample()
    del data["bots"]["stock"]["latency"]["16"]
    with pytest.raises(results.ResultsError, match="16"):
        results.validate(data)
