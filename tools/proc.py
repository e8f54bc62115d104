"""Memory and CPU of a server and everything it started, read from /proc.

The benchmark reports what a server costs (peak memory, CPU per turn), and a server is
a tree of processes, so both are summed over the process and its descendants. Read
from ``/proc`` (Linux) because psutil is not a dependency of this project. Peak memory
is ``VmHWM``, the kernel's high-water mark of resident memory.
"""

from __future__ import annotations

import os
from pathlib import Path


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` (all its threads' children), from /proc."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            text = (task / "children").read_text()
        except OSError:
            continue
        found.extend(int(child) for child in text.split())
    return found


def descendants(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    seen: list[int] = []
    queue = [pid]
    while queue:
        current = queue.pop()
        if current in seen:
            continue
        seen.append(current)
        queue.extend(_children(current))
    return seen


def status_kib(pid: int, field: str) -> int:
    """A ``kB`` field of ``/proc/<pid>/status`` (0 when the process is gone)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    for line in lines:
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of ``pid`` and its descendants, in MB (MiB)."""
    return round(sum(status_kib(p, "VmHWM") for p in descendants(pid)) / 1024, 1)


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) used so far by ``pid`` and its descendants, in seconds.

    Less disturbed than wall time by other work on a shared machine, so the benchmark
    records it next to latency: it says what a turn costs the servers.
    """
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for process in descendants(pid):
        try:
            text = Path(f"/proc/{process}/stat").read_text()
        except OSError:
            continue
        fields = text.rsplit(")", 1)[1].split()  # after "pid (comm)"; comm may hold spaces
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks
