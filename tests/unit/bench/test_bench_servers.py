"""Reading memory and CPU from /proc, and choosing ports, for the servers the bench runs."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from bench import load, servers


def test_peak_memory_and_cpu_of_this_process_are_read_from_proc() -> None:
    assert servers.peak_rss_mb(os.getpid()) > 1
    assert servers.cpu_seconds(os.getpid()) > 0


def test_a_child_process_counts_towards_its_parent() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; print(flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE,
    )
    try:
        child.stdout.readline()  # the child is running Python, so it has a resident size
        assert child.pid in servers.descendants(os.getpid())
        alone = servers.status_kib(os.getpid(), "VmHWM") / 1024
        assert servers.peak_rss_mb(os.getpid()) > alone
    finally:
        child.kill()
        child.wait()


def test_a_gone_process_reads_as_zero() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert servers.peak_rss_mb(child.pid) == 0
    assert servers.cpu_seconds(child.pid) == 0


def test_a_taken_port_is_refused_and_free_ports_are_not_reused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        taken_port = sock.getsockname()[1]
        assert not servers.port_is_free(taken_port)
        with pytest.raises(servers.ServerError, match="in use"):
            servers.pick_port(taken_port, set())
    taken: set[int] = set()
    first, second = servers.pick_port(None, taken), servers.pick_port(None, taken)
    assert first != second and taken == {first, second}


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
