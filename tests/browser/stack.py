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
import sys
import tempfile
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.stack import (
    MODEL,
    QUIET_ENV,
    RASA_SCRIPT,
    ROOT,
    Server,
    StackError,
    action_server_command,
    free_port,
    log_tail,
    rasa_command,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Seconds each server has to answer: the page, the action server, Rasa.
READY_SECONDS = {"page": 20, "actions": 60, "rasa": 180}


@dataclass(frozen=True)
class Stack:
    """Where the running servers answer."""

    page_url: str
    rasa_url: str
    actions_url: str

    @property
    def webhook(self) -> str:
        return f"{self.rasa_url}/webhooks/rest/webhook"


def check_prerequisites() -> None:
    """Fail with a clear message (never skip) when the browser or the model is missing."""
    if not CHROMIUM.exists():
        raise StackError(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium). "
            "The browser tests never download a browser."
        )
    if not MODEL.exists():
        raise StackError(f"{MODEL.relative_to(ROOT)} is missing: run make train")


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


def server_env(actions_port: int, tracker_db: Path) -> dict[str, str]:
    """Quiet, private servers (no telemetry) that find the action server and the temp db."""
    return {
        **os.environ,
        **QUIET_ENV,
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
        raise StackError(
            f"Rasa did not answer a first message: {error}\n{log_tail(log)}"
        ) from error
    if not replies:
        raise StackError(
            f"Rasa gave no reply to 'hello': is the action server up?\n{log_tail(log)}"
        )


@contextlib.contextmanager
def running_stack(keep_logs: bool = False) -> Iterator[Stack]:
    """Action server, Rasa and the chat page on free ports; all stopped on exit."""
    check_prerequisites()
    folder = Path(tempfile.mkdtemp(prefix="browser-stack-"))
    actions_port, rasa_port, page_port = free_port(), free_port(), free_port()
    env = server_env(actions_port, folder / "trackers.db")
    page_origins = [f"http://127.0.0.1:{page_port}", f"http://localhost:{page_port}"]
    endpoints = endpoints_file(folder, actions_port)
    commands = {
        "actions": action_server_command(actions_port),
        "rasa": rasa_command(
            rasa_port, endpoints, launcher=[RASA_SCRIPT], extra=("--cors", *page_origins)
        ),
        "page": [
            sys.executable, "-m", "web.server", "--port", str(page_port),
            "--rasa-url", f"http://127.0.0.1:{rasa_port}", "--quiet",
        ],
    }  # fmt: skip
    stack = Stack(
        page_url=f"http://127.0.0.1:{page_port}",
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        actions_url=f"http://127.0.0.1:{actions_port}",
    )
    ready = {
        "page": f"{stack.page_url}/config.json",
        "actions": f"{stack.actions_url}/health",
        "rasa": f"{stack.rasa_url}/",
    }
    servers = {
        name: Server(name, command, env, folder / f"{name}.log", ready[name], READY_SECONDS[name])
        for name, command in commands.items()
    }
    try:
        for server in servers.values():
            server.start(wait=False)
        for name in ("page", "actions", "rasa"):
            servers[name].wait_ready()
        warm_up(stack, folder / "rasa.log")
        yield stack
    finally:
        for server in reversed(servers.values()):
            server.stop()
        if not keep_logs:
            shutil.rmtree(folder, ignore_errors=True)
