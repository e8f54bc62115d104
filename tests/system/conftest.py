"""System fixtures: the real action server and Rasa server, started as they are in production.

One Rasa server for the session (``rasa run`` with the trained model, the
project's credentials and logging file, and an endpoints file of its own that
points at a temporary SQLite database), on free ports. Tests that stop or
restart a server leave it running again. Server output goes to log files that
the privacy tests read.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "assistant.tar.gz"
PAGE_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
RASA_READY_SECONDS = 300

# Answers that always finish a case: school role, England, 15-year-olds, "no" to the rest.
ANSWERS = {
    "role": '/inform{"role": "school"}',
    "jurisdiction": '/inform{"jurisdiction": "england"}',
    "pictured_age": "15",
    "other_age": "15",
}


def free_port() -> int:
    """A TCP port nobody listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def new_sender() -> str:
    """A conversation id like the chat page's: 32 random bytes, base64url (43 characters)."""
    return secrets.token_urlsafe(32)


@dataclass
class ManagedProcess:
    """A server process in its own process group, with its output appended to a log file."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    ready_url: str
    ready_seconds: float
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("ab") as output:
            self.process = subprocess.Popen(
                self.argv,
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_ready()

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.ready_seconds
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                pytest.fail(f"the {self.name} exited at start:\n{self.tail()}")
            try:
                if requests.get(self.ready_url, timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.5)
        self.stop()
        pytest.fail(
            f"the {self.name} did not answer within {self.ready_seconds:.0f}s:\n{self.tail()}"
        )

    def _signal(self, signum: int) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signum)
        except ProcessLookupError:
            return

    def stop(self) -> None:
        """Terminate the process group, then kill it if it lingers."""
        if self.process is None:
            return
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def kill(self) -> None:
        """Kill without warning, as a crash would."""
        if self.process is not None:
            self._signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.text().splitlines()[-lines:])

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


@dataclass
class Stack:
    """The running servers and what the tests need to talk to them and inspect them."""

    rasa: ManagedProcess
    actions: ManagedProcess
    rasa_url: str
    actions_port: int
    db: Path
    session: requests.Session = field(default_factory=requests.Session)

    def post(self, body: Any, **kwargs: Any) -> requests.Response:
        return self.session.post(
            f"{self.rasa_url}/webhooks/rest/webhook", json=body, timeout=90, **kwargs
        )

    def say(self, sender: str, message: str) -> list[dict[str, Any]]:
        """Send one message through the REST channel; the replies (HTTP 200 expected)."""
        answer = self.post({"sender": sender, "message": message})
        assert answer.status_code == 200, answer.text
        replies = answer.json()
        assert isinstance(replies, list)
        return replies

    def events(self, sender: str) -> list[dict[str, Any]]:
        """The stored events of one conversation, as Rasa wrote them."""
        with sqlite3.connect(self.db) as connection:
            rows = connection.execute(
                "SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
            ).fetchall()
        return [json.loads(data) for (data,) in rows]

    def slot_values(self, sender: str, name: str) -> list[Any]:
        """Every value the slot was set to, in order."""
        return [
            event["value"]
            for event in self.events(sender)
            if event.get("event") == "slot" and event.get("name") == name
        ]

    def requested_slot(self, sender: str) -> Any:
        values = self.slot_values(sender, "requested_slot")
        return values[-1] if values else None

    def finish_case(
        self, sender: str, replies: list[dict[str, Any]] | None = None, max_turns: int = 30
    ) -> list[dict[str, Any]]:
        """Answer the case form until the assessment arrives; its replies.

        ``replies``: the latest replies, in case they already hold the assessment.
        """
        replies = replies or []
        for _ in range(max_turns):
            if has_assessment(replies):
                return replies
            replies = self.say(sender, ANSWERS.get(self.requested_slot(sender), "/deny"))
        if has_assessment(replies):
            return replies
        pytest.fail(f"no assessment after {max_turns} answers; last replies: {replies}")

    def restart_rasa(self) -> None:
        self.close()
        self.rasa.stop()
        self.rasa.start()

    def close(self) -> None:
        """Drop kept-alive connections, or Sanic waits 15 s for them when it stops."""
        self.session.close()
        self.session = requests.Session()


def write_endpoints(path: Path, actions_port: int, db: Path) -> None:
    path.write_text(
        f"action_endpoint:\n  url: http://127.0.0.1:{actions_port}/webhook\n"
        "tracker_store:\n  type: server.tracker_store.RedactingSQLTrackerStore\n"
        f"  dialect: sqlite\n  db: {db}\n",
        encoding="utf-8",
    )


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The action server and the Rasa server, started once for the session."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL.relative_to(ROOT)} is missing: run `make train` before tests/system")
    work = tmp_path_factory.mktemp("system")
    model = work / "assistant.tar.gz"
    shutil.copyfile(MODEL, model)  # a retrain during the session must not change the model
    actions_port, rasa_port = free_port(), free_port()
    db = work / "trackers.db"
    endpoints = work / "endpoints.yml"
    write_endpoints(endpoints, actions_port, db)
    env = dict(os.environ)
    env.update(
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="2",
        SQLALCHEMY_SILENCE_UBER_WARNING="1",
        ACTIONS_PORT=str(actions_port),
        PYTHONPATH=str(ROOT),
        LOG_LEVEL="INFO",
    )
    env.pop("MAX_MESSAGE_CHARS", None)
    actions = ManagedProcess(
        "action server",
        [sys.executable, "-m", "server.action_server", "--port", str(actions_port)],
        env,
        work / "actions.log",
        f"http://127.0.0.1:{actions_port}/health",
        60,
    )
    rasa = ManagedProcess(
        "Rasa server",
        [
            str(Path(sys.executable).parent / "rasa"),
            "run",
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--credentials",
            "credentials.yml",
            "--interface",
            "127.0.0.1",
            "--port",
            str(rasa_port),
            "--logging-config-file",
            "server/logging.yml",
            "--cors",
            *PAGE_ORIGINS,
        ],
        env,
        work / "rasa.log",
        f"http://127.0.0.1:{rasa_port}/",
        RASA_READY_SECONDS,
    )
    actions.start()
    try:
        rasa.start()
        stack = Stack(rasa, actions, f"http://127.0.0.1:{rasa_port}", actions_port, db)
        yield stack
        stack.close()
    finally:
        rasa.stop()
        actions.stop()


def has_assessment(replies: list[dict[str, Any]]) -> bool:
    """True when the replies carry the assessment payload."""
    return any("assessment" in reply.get("custom", {}) for reply in replies)


def texts(replies: list[dict[str, Any]]) -> str:
    """All reply texts joined."""
    return "\n".join(reply["text"] for reply in replies if reply.get("text"))


def notices(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The channel notices among the replies."""
    return [reply["custom"]["notice"] for reply in replies if "notice" in reply.get("custom", {})]
