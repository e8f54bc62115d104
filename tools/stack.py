"""Start, wait for and stop the action server and Rasa server processes: one harness.

The load and scale checks, the benchmark, the in-process player and the system,
channel, browser and end-to-end fixtures all start the same servers; they do it here,
so a server is started, found ready, logged and stopped one way. Each server runs in
its own process group from the project root (config.yml names the spaCy pipeline by a
relative path), with its output in a log file, and stopping it ends whatever it started
and nothing else.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "assistant.tar.gz"
CREDENTIALS = ROOT / "credentials.yml"

#: The venv's ``rasa`` console script (the fixtures start Rasa as a user would).
RASA_SCRIPT = str(Path(sys.executable).parent / "rasa")

#: ``rasa`` as a module of this interpreter (the load and scale checks start it so).
RASA_MODULE = (sys.executable, "-m", "rasa")

#: The tracker store class for the temporary stores the checks create.
#: (Rasa's own would be "SQL"; the redacting subclass writes the same ``events`` table.)
TRACKER_STORE_TYPE = "server.tracker_store.RedactingSQLTrackerStore"

#: No telemetry, no TensorFlow or SQLAlchemy chatter, no .pyc files in the tree.
QUIET_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}

#: Seconds between two polls of a server that is starting.
POLL_S = 0.5


class StackError(RuntimeError):
    """A server did not start or died; the message says which and quotes its log."""


# --------------------------------------------------------------------------- ports


def free_port() -> int:
    """A loopback TCP port nobody listens on now, chosen by the kernel."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether nothing listens on ``host:port`` now."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def pick_port(preferred: int | None, taken: set[int]) -> int:
    """``preferred`` if given and free (else StackError), otherwise a free port not in
    ``taken``; the port is added to ``taken`` so two servers never get the same one."""
    if preferred:
        if preferred in taken or not port_is_free(preferred):
            raise StackError(f"port {preferred} is in use")
        taken.add(preferred)
        return preferred
    while True:
        port = free_port()
        if port not in taken:
            taken.add(port)
            return port


# --------------------------------------------------------------------------- commands and files


def action_server_command(port: int, *, stock: bool = False) -> list[str]:
    """The project's action server on ``port`` (loopback only, quiet), or with ``stock``
    the SDK's own (``python -m rasa_sdk``)."""
    if stock:
        return [
            sys.executable,
            "-m",
            "rasa_sdk",
            "--actions",
            "actions",
            "--quiet",
            "--port",
            str(port),
        ]
    return [sys.executable, "-m", "server.action_server", "--port", str(port)]


def rasa_command(
    port: int,
    endpoints: Path | str,
    *,
    model: Path | str = MODEL,
    credentials: Path | str = CREDENTIALS,
    launcher: Sequence[str] = RASA_MODULE,
    extra: Sequence[str] = (),
) -> list[str]:
    """``rasa run`` on 127.0.0.1:``port`` (REST and whatever ``credentials`` enables);
    ``extra`` adds options such as ``--cors`` or ``--enable-api``."""
    return [
        *launcher, "run",
        "--model", str(model),
        "--endpoints", str(endpoints),
        "--credentials", str(credentials),
        "--interface", "127.0.0.1",
        "--port", str(port),
        *extra,
    ]  # fmt: skip


def read_endpoints(path: Path) -> dict[str, Any]:
    """An endpoints file read exactly as Rasa reads it (``${VAR}`` expanded in plain
    scalars only; an unset variable is an error)."""
    from rasa.shared.exceptions import RasaException
    from rasa.shared.utils.io import read_config_file

    try:
        return read_config_file(str(path)) or {}
    except RasaException as error:
        raise StackError(f"{path}: {error}") from error


def write_endpoints(path: Path, endpoints: Mapping[str, Any]) -> Path:
    """Write an endpoints file (YAML) and return its path."""
    path.write_text(yaml.safe_dump(dict(endpoints), sort_keys=False), encoding="utf-8")
    return path


def write_results(path: Path, data: Mapping[str, Any]) -> Path:
    """Write a run's results as indented JSON (folders made as needed); return the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return path


def sqlite_endpoints(actions_port: int, db: Path) -> dict[str, Any]:
    """Endpoints for one check or test session: this session's action server and a
    throwaway SQLite tracker store (the redacting one production uses)."""
    return {
        "action_endpoint": {"url": f"http://127.0.0.1:{actions_port}/webhook"},
        "tracker_store": {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": str(db)},
    }


def log_tail(path: Path | None, lines: int = 25) -> str:
    """The last lines of a log file, for error messages."""
    if path is None:
        return "(output not captured)"
    try:
        text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
    except OSError:
        return "(no log)"
    return "\n".join(text)


@contextlib.contextmanager
def in_project_root() -> Iterator[Path]:
    """Run the block from the project root (Rasa resolves the spaCy pipeline from it)."""
    previous = Path.cwd()
    os.chdir(ROOT)
    try:
        yield ROOT
    finally:
        os.chdir(previous)


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so ``finally`` blocks stop the servers."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))


# --------------------------------------------------------------------------- one server


@dataclass
class Server:
    """One server process in its own process group, with its output in ``log``.

    ``ready_url`` answers once the server can take work; ``start()`` waits for it
    (``ready_seconds``) unless told not to. ``log=None`` leaves the output where ours
    goes; ``append_log`` keeps the output of earlier starts (a restarted server).
    ``stop_signals`` are sent in turn, sharing ``stop_grace`` seconds, before SIGKILL.
    """

    name: str
    command: list[str]
    env: Mapping[str, str] = field(default_factory=lambda: dict(os.environ))
    log: Path | None = None
    ready_url: str | None = None
    ready_seconds: float = 60.0
    cwd: Path = ROOT
    append_log: bool = False
    stop_grace: float = 15.0
    stop_signals: tuple[signal.Signals, ...] = (signal.SIGTERM,)
    process: subprocess.Popen[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def pid(self) -> int:
        if self.process is None:
            raise StackError(f"the {self.name} has not been started")
        return self.process.pid

    def start(self, wait: bool = True) -> Server:
        """Start the command; unless ``wait`` is False, wait until it is ready (a server
        that never gets ready is stopped, and StackError says why)."""
        try:
            if self.log is None:
                self.process = self._popen(None)
            else:
                self.log.parent.mkdir(parents=True, exist_ok=True)
                with self.log.open("ab" if self.append_log else "wb") as out:
                    self.process = self._popen(out)
        except OSError as error:
            raise StackError(f"cannot start the {self.name}: {error}") from error
        if wait and self.ready_url:
            try:
                self.wait_ready()
            except BaseException:
                self.stop()
                raise
        return self

    def _popen(self, out: Any) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env=dict(self.env),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=None if out is None else subprocess.STDOUT,
            start_new_session=True,
        )

    def wait_ready(self, url: str | None = None, seconds: float | None = None) -> float:
        """Poll ``url`` (default ``ready_url``) until it answers; the seconds waited.

        StackError, quoting the log, if the process exits first or time runs out.
        """
        url = url or self.ready_url
        seconds = self.ready_seconds if seconds is None else seconds
        if url is None:
            raise StackError(f"the {self.name} has no URL to wait for")
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            self.check_alive("before it was ready")
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return time.monotonic() - started
            except (OSError, urllib.error.URLError):
                time.sleep(POLL_S)
        raise StackError(
            f"the {self.name} did not answer at {url} within {seconds:.0f}s; "
            f"its log ({self.log}):\n{self.tail()}"
        )

    def check_alive(self, when: str = "during the run") -> None:
        """StackError if the process has exited (a crash), quoting its log."""
        if self.process is not None and self.process.poll() is not None:
            raise StackError(
                f"the {self.name} exited with status {self.process.returncode} {when}; "
                f"its log ({self.log}):\n{self.tail()}"
            )

    def signal(self, signum: int) -> None:
        """Send ``signum`` to the whole process group (nothing if it is gone)."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signum)

    def stop(self) -> None:
        """Stop the process group: ``stop_signals`` in turn, then SIGKILL."""
        stop_all([self])

    def kill(self) -> None:
        """Kill without warning, as a crash would."""
        if self.process is not None:
            self.signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def text(self) -> str:
        """Everything the server has logged (empty when nothing was captured)."""
        if self.log is None or not self.log.exists():
            return ""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def tail(self, lines: int = 25) -> str:
        """The end of the server's log, for error messages."""
        return log_tail(self.log, lines)


def stop_all(servers: Iterable[Server]) -> None:
    """Stop several servers at once: each signal goes to every group still running, the
    waits share one grace period, and SIGKILL then ends whatever is left in each group
    (a leader that ignored us, or children it left behind)."""
    started = [server for server in servers if server.process is not None]
    if not started:
        return
    signals = max((server.stop_signals for server in started), key=len)
    grace = max(server.stop_grace for server in started)
    for signum in signals:
        for server in started:
            if server.process is not None and server.process.poll() is None:
                server.signal(signum)
        deadline = time.monotonic() + grace / len(signals)
        for server in started:
            assert server.process is not None
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.process.wait(timeout=max(0.1, deadline - time.monotonic()))
    for server in started:
        assert server.process is not None
        server.signal(signal.SIGKILL)
        server.process.wait(timeout=10)


@contextlib.contextmanager
def running(server: Server) -> Iterator[Server]:
    """``server`` started and ready for the block, stopped when it ends."""
    server.start()
    try:
        yield server
    finally:
        server.stop()


# --------------------------------------------------------------------------- several servers


class Processes:
    """The servers started for one check, logs in ``log_dir``; all stopped when the
    ``with`` block ends, on error, Ctrl-C or SIGTERM (``exit_on_sigterm``)."""

    def __init__(self, log_dir: Path, env: Mapping[str, str] | None = None) -> None:
        self.log_dir = log_dir
        self.env = {**os.environ, **QUIET_ENV, **(env or {})}
        self.running: dict[str, Server] = {}

    def __enter__(self) -> Processes:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop_all()

    def start(self, name: str, command: list[str], env: Mapping[str, str] | None = None) -> Server:
        """Start ``command`` (without waiting), output to ``<log_dir>/<name>.log``."""
        server = Server(name, command, {**self.env, **(env or {})}, self.log_dir / f"{name}.log")
        self.running[name] = server
        return server.start(wait=False)

    def wait_ready(self, name: str, url: str, seconds: float) -> float:
        """Poll ``url`` until it answers; seconds waited, or StackError."""
        return self.running[name].wait_ready(url, seconds)

    def check_alive(self) -> None:
        """StackError if any server has exited (a crash during the run)."""
        for server in self.running.values():
            server.check_alive()

    def log_tails(self, lines: int = 15) -> str:
        """The end of every server's log, to explain a failure."""
        return "\n".join(
            f"--- {name} ({server.log}):\n{server.tail(lines)}"
            for name, server in self.running.items()
        )

    def save_logs(self, dest: Path) -> Path:
        """Copy every server's log to ``dest`` (kept after the temporary directory goes)."""
        dest.mkdir(parents=True, exist_ok=True)
        for name, server in self.running.items():
            if server.log is not None and server.log.exists():
                shutil.copyfile(server.log, dest / f"{name}.log")
        return dest

    def stop_all(self) -> None:
        """SIGTERM every process group, then SIGKILL whatever is left after 15 s."""
        stop_all(self.running.values())
        self.running.clear()
