"""Start, watch and stop the real servers the benchmark measures.

Every server runs in its own process group, so stopping it ends whatever it started and
nothing else. Peak memory is read from ``/proc/<pid>/status`` (``VmHWM``, the kernel's
high-water mark of resident memory), summed over the process and its descendants;
psutil is not a dependency of this project.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class ServerError(RuntimeError):
    """A server did not start, or a port it needs is taken."""


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether nothing listens on ``host:port`` now."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A TCP port nobody listens on now, chosen by the kernel."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pick_port(preferred: int | None, taken: set[int]) -> int:
    """``preferred`` if given and free (else an error), otherwise a free port not in ``taken``."""
    if preferred:
        if preferred in taken or not port_is_free(preferred):
            raise ServerError(f"port {preferred} is in use; choose another with --port-base")
        taken.add(preferred)
        return preferred
    while True:
        port = free_port()
        if port not in taken:
            taken.add(port)
            return port


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


def wait_for(url: str, seconds: float, process: subprocess.Popen[bytes], name: str) -> None:
    """Poll ``url`` until it answers; fail early if the process died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"the {name} exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except (OSError, urllib.error.URLError):
            time.sleep(0.5)
    raise ServerError(f"the {name} did not answer at {url} within {seconds:.0f}s")


def stop(process: subprocess.Popen[bytes], grace_s: float = 20.0) -> None:
    """Stop the process group of ``process``: SIGTERM (SIGINT first), then SIGKILL."""
    if process.poll() is not None:
        return
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace_s / 2)
            return
        except subprocess.TimeoutExpired:
            continue
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        return
    process.wait(timeout=10)


@dataclass
class Server:
    """A started server: its process, the URL it answers on, and its log file."""

    name: str
    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def peak_rss_mb(self) -> float:
        return peak_rss_mb(self.process.pid)

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)


@contextmanager
def running(
    name: str,
    command: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    url: str,
    ready_path: str,
    log: Path,
    ready_s: float = 300.0,
) -> Iterator[Server]:
    """Run ``command`` until the block ends; yield once ``url + ready_path`` answers."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        try:
            process = subprocess.Popen(
                list(command),
                cwd=cwd,
                env=dict(env),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as error:
            raise ServerError(f"cannot start the {name}: {error}") from error
    try:
        wait_for(url + ready_path, ready_s, process, name)
        yield Server(name, process, url, log)
    finally:
        stop(process)


def log_tail(path: Path, lines: int = 15) -> str:
    """The end of a server's log, for an error message."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"
