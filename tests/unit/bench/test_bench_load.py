"""The benchmark's load runs: the order of blocks, splitting and merging them."""

from __future__ import annotations

from bench import load


def test_blocks_alternate_a_b_b_a_so_a_drift_weighs_on_both_bots() -> None:
    assert load.block_order(["ours", "stock"]) == ["ours", "stock", "stock", "ours"]
    assert load.block_order(["ours"]) == ["ours", "ours"]
    assert load.block_order(["a", "b"], rounds=3) == ["a", "b", "b", "a", "a", "b"]


def test_conversations_are_split_evenly_over_blocks() -> None:
    assert load.split_conversations(24, 2) == [12, 12]
    assert load.split_conversations(5, 2) == [3, 2]
    assert load.split_conversations(1, 2) == [1, 1]  # every block measures something


def test_merged_blocks_keep_every_turn() -> None:
    first = load.RunResult(users=1, latencies_ms=[1.0, 2.0], turns_per_conversation=[2], wall_s=1)
    second = load.RunResult(users=1, latencies_ms=[3.0], turns_per_conversation=[1], wall_s=2)
    second.errors.append("x")
    first.merge(second)
    assert first.latencies_ms == [1.0, 2.0, 3.0]
    assert first.conversations == 2 and first.errors == ["x"] and first.wall_s == 3
