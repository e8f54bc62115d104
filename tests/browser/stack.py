"""Start the whole stack for a browser: action server, Rasa (REST, CORS) and the chat page.

Shared by the pytest fixtures (tests/browser/conftest.py) and the screenshot script
(``python -m tests.browser.screenshots``). Every server runs in its own process group
on a free port and is stopped with its children; Rasa keeps conversations in a
temporary SQLite file, never in the repository's trackers.db.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "assistant.tar.gz"
CHROMIUM = Path("/usr/bin/chromium")
RASA = ROOT / ".venv" / "bin" / "rasa"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class StackError(RuntimeError):
    """The stack could not be started; the message says what to do."""


@dataclass(frozen=True)
class Stack:
    """Where the running servers answer."""

    page_url: str
    rasa_url: str
    actions_url: str

    @property
    def webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def check_prerequisites() -> None:
    """Fail with a clear message (never skip) when the browser or the model is missing."""
    if not CHROMIUM.exists():
        raise StackError(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium). "
            "The browser tests never download a browser."
        )
    if not MODEL.exists():
        raise StackError(f"{MODEL.relative_to(ROOT)} is missing: run make train")


def wait_for(url: str, seconds: float, process: subprocess.Popen[bytes], log: Path) -> None:
    """Poll ``url`` until it answers; raise with the log's tail if the process dies or stalls."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StackError(f"{url}: the server exited ({process.returncode}).\n{tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not with 200
        except OSError:
            time.sleep(0.3)
    raise StackError(f"{url} did not answer within {seconds:.0f}s.\n{tail(log)}")


def tail(log: Path, lines: int = 25) -> str:
    """The end of a server's log, for failure messages."""
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def start(command: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start ``command`` from the project root in a new process group, output to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process group: SIGTERM, then SIGKILL after 15 s."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def endpoints_file(folder: Path, actions_port: int) -> Path:
    """A temporary copy of endpoints.yml: this session's action server, a throwaway database.

    The repository's tracker store type is kept (so the tests use the real one); only
    its ``db`` moves to the temporary folder, never the repository's trackers.db.
    """
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text()) or {}
    endpoints["action_endpoint"] = {"url": f"http://127.0.0.1:{actions_port}/webhook"}
    store = endpoints.get("tracker_store") or {"type": "SQL", "dialect": "sqlite"}
    store["db"] = str(folder / "trackers.db")
    endpoints["tracker_store"] = store
    path = folder / "endpoints.yml"
    path.write_text(yaml.safe_dump(endpoints, sort_keys=False))
    return path


def action_server_command(port: int) -> list[str]:
    """The project's action server (loopback only) if this checkout has it, else rasa_sdk's."""
    if (ROOT / "server" / "action_server.py").exists():
        return [sys.executable, "-m", "server.action_server", "--port", str(port)]
    return [
        sys.executable,
        "-m",
        "rasa_sdk",
        "--actions",
        "actions",
        "--port",
        str(port),
        "--quiet",
    ]


def server_env(actions_port: int, tracker_db: Path) -> dict[str, str]:
    """Quiet, private servers (no telemetry) that find the action server and the temp db."""
    return {
        **os.environ,
        "RASA_TELEMETRY_ENABLED": "false",
        "TF_CPP_MIN_LOG_LEVEL": "2",
        "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
        "ACTIONS_PORT": str(actions_port),
        "TRACKER_DB": str(tracker_db),
        "PYTHONPATH": str(ROOT),
    }


def warm_up(stack: Stack, log: Path) -> None:
    """One message through Rasa and the action server, so the first test is not the slow one."""
    body = json.dumps({"sender": secrets.token_urlsafe(32), "message": "hello"}).encode()
    request = urllib.request.Request(
        stack.webhook, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            replies = json.loads(response.read())
    except OSError as error:
        raise StackError(f"Rasa did not answer a first message: {error}\n{tail(log)}") from error
    if not replies:
        raise StackError(f"Rasa gave no reply to 'hello': is the action server up?\n{tail(log)}")


@contextlib.contextmanager
def running_stack(keep_logs: bool = False) -> Iterator[Stack]:
    """Action server, Rasa and the chat page on free ports; all stopped on exit."""
    check_prerequisites()
    folder = Path(tempfile.mkdtemp(prefix="browser-stack-"))
    actions_port, rasa_port, page_port = free_port(), free_port(), free_port()
    env = server_env(actions_port, folder / "trackers.db")
    page_origins = [f"http://127.0.0.1:{page_port}", f"http://localhost:{page_port}"]
    commands = {
        "actions": action_server_command(actions_port),
        "rasa": [
            str(RASA), "run", "--model", str(MODEL),
            "--endpoints", str(endpoints_file(folder, actions_port)),
            "--credentials", "credentials.yml",
            "--interface", "127.0.0.1", "--port", str(rasa_port),
            "--cors", *page_origins,
        ],
        "page": [
            sys.executable, "-m", "web.server", "--port", str(page_port),
            "--rasa-url", f"http://127.0.0.1:{rasa_port}", "--quiet",
        ],
    }  # fmt: skip
    processes: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, command in commands.items():
            processes[name] = start(command, folder / f"{name}.log", env)
        stack = Stack(
            page_url=f"http://127.0.0.1:{page_port}",
            rasa_url=f"http://127.0.0.1:{rasa_port}",
            actions_url=f"http://127.0.0.1:{actions_port}",
        )
        wait_for(f"{stack.page_url}/config.json", 20, processes["page"], folder / "page.log")
        wait_for(f"{stack.actions_url}/health", 60, processes["actions"], folder / "actions.log")
        wait_for(f"{stack.rasa_url}/", 180, processes["rasa"], folder / "rasa.log")
        warm_up(stack, folder / "rasa.log")
        yield stack
    finally:
        for process in reversed(list(processes.values())):
            stop(process)
        if not keep_logs:
            shutil.rmtree(folder, ignore_errors=True)
