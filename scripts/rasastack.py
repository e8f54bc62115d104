"""Start, watch and stop the assistant's server processes for the load and scale-out checks.

Each process runs in its own process group with its output in a log file, and
``Processes`` stops every group it started when the ``with`` block ends, on
error, Ctrl-C or SIGTERM (``exit_on_sigterm``). Rasa runs from the project
root because config.yml names the spaCy pipeline by a relative path.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "assistant.tar.gz"
CREDENTIALS = ROOT / "credentials.yml"

# The action server, as a `python` argument list (the port is appended).
# (The stock one would be ["-m", "rasa_sdk", "--actions", "actions", "--quiet"].)
ACTION_SERVER = ["-m", "server.action_server"]

# The tracker store class for the temporary stores these checks create.
# (Rasa's own would be "SQL"; the redacting subclass writes the same `events` table.)
TRACKER_STORE_TYPE = "server.tracker_store.RedactingSQLTrackerStore"

RASA_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}


class StackError(Exception):
    """A server did not start or died; the message says which and quotes its log."""


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so ``finally`` blocks stop the servers."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


def free_port() -> int:
    """A loopback TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def read_endpoints(path: Path) -> dict[str, Any]:
    """An endpoints file read exactly as Rasa reads it (``${VAR}`` expanded in plain
    scalars only; an unset variable is an error)."""
    from rasa.shared.exceptions import RasaException
    from rasa.shared.utils.io import read_config_file

    try:
        return read_config_file(str(path)) or {}
    except RasaException as error:
        raise StackError(f"{path}: {error}") from error


def write_endpoints(path: Path, endpoints: dict[str, Any]) -> Path:
    """Write an endpoints file (YAML) and return its path."""
    path.write_text(yaml.safe_dump(endpoints, sort_keys=False), encoding="utf-8")
    return path


def action_server_command(port: int) -> list[str]:
    """The command that starts the project's action server on ``port``."""
    return [sys.executable, *ACTION_SERVER, "--port", str(port)]


def rasa_command(port: int, endpoints: Path) -> list[str]:
    """The command that starts one Rasa server (REST channel only, HTTP API off)."""
    return [
        sys.executable, "-m", "rasa", "run",
        "--model", str(MODEL),
        "--endpoints", str(endpoints),
        "--credentials", str(CREDENTIALS),
        "--interface", "127.0.0.1",
        "--port", str(port),
    ]  # fmt: skip


def log_tail(path: Path, lines: int = 15) -> str:
    """The last lines of a log file, indented, for error messages."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except OSError:
        return "    (no log)"
    return "\n".join("    " + line for line in text)


class Processes:
    """The servers started for one check; all stopped when the ``with`` block ends."""

    def __init__(self, log_dir: Path, env: dict[str, str] | None = None) -> None:
        self.log_dir = log_dir
        self.env = {**os.environ, **RASA_ENV, **(env or {})}
        self.running: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}

    def __enter__(self) -> Processes:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop_all()

    def start(self, name: str, command: list[str], env: dict[str, str] | None = None) -> None:
        """Start ``command`` in its own process group, output to ``<log_dir>/<name>.log``."""
        log = self.log_dir / f"{name}.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env={**self.env, **(env or {})},
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.running[name] = (process, log)

    def wait_ready(self, name: str, url: str, seconds: float) -> float:
        """Poll ``url`` until it answers; seconds waited, or StackError if it died or timed out."""
        process, log = self.running[name]
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            if process.poll() is not None:
                raise StackError(
                    f"{name} exited with status {process.returncode} before it was ready; "
                    f"its log ({log}):\n{log_tail(log)}"
                )
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return time.monotonic() - started
            except (OSError, urllib.error.URLError):
                time.sleep(0.5)
        raise StackError(
            f"{name} did not answer at {url} within {seconds:.0f}s; its log ({log}):\n"
            f"{log_tail(log)}"
        )

    def check_alive(self) -> None:
        """StackError if any server has exited (a crash during the run)."""
        for name, (process, log) in self.running.items():
            if process.poll() is not None:
                raise StackError(
                    f"{name} exited with status {process.returncode} during the run; "
                    f"its log ({log}):\n{log_tail(log)}"
                )

    def log_tails(self, lines: int = 15) -> str:
        """The end of every server's log, to explain a failure."""
        return "\n".join(
            f"--- {name} ({log}):\n{log_tail(log, lines)}"
            for name, (_, log) in self.running.items()
        )

    def save_logs(self, dest: Path) -> Path:
        """Copy every server's log to ``dest`` (kept after the temporary directory goes)."""
        dest.mkdir(parents=True, exist_ok=True)
        for name, (_, log) in self.running.items():
            if log.exists():
                shutil.copyfile(log, dest / f"{name}.log")
        return dest

    def stop_all(self, grace: float = 15.0) -> None:
        """SIGTERM every process group, then SIGKILL whatever is left after ``grace`` s."""
        for process, _ in self.running.values():
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        for process, _ in self.running.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        self.running.clear()
