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
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from tools.stack import (
    CREDENTIALS,
    MODEL,
    QUIET_ENV,
    RASA_SCRIPT,
    ROOT,
    Server,
    StackError,
    action_server_command,
    free_port,
    rasa_command,
    sqlite_endpoints,
    write_endpoints,
)

PAGE_ORIGINS = ("http://localhost:8080", "http://127.0.0.1:8080")
RASA_READY_SECONDS = 300
ACTIONS_READY_SECONDS = 60

# Answers that always finish a case: school role, England, 15-year-olds, "no" to the rest.
ANSWERS = {
    "role": '/inform{"role": "school"}',
    "jurisdiction": '/inform{"jurisdiction": "england"}',
    "pictured_age": "15",
    "other_age": "15",
}


def new_sender() -> str:
    """A conversation id like the chat page's: 32 random bytes, base64url (43 characters)."""
    return secrets.token_urlsafe(32)


class ManagedProcess(Server):
    """A server the tests stop, kill and restart: ``start()`` waits until it answers
    and fails the test if it never does; its log keeps the output of every start."""

    def start(self, wait: bool = True) -> ManagedProcess:
        try:
            super().start(wait)
        except StackError as error:
            pytest.fail(str(error))
        return self


def server_env(actions_port: int, **extra: str) -> dict[str, str]:
    """The servers' environment: quiet, INFO logs, this session's action server, and the
    default message limit (a MAX_MESSAGE_CHARS of the caller's is dropped)."""
    env = {
        **os.environ,
        **QUIET_ENV,
        "ACTIONS_PORT": str(actions_port),
        "PYTHONPATH": str(ROOT),
        "LOG_LEVEL": "INFO",
        **extra,
    }
    env.pop("MAX_MESSAGE_CHARS", None)
    return env


def production_servers(
    work: Path,
    endpoints: Path,
    env: Mapping[str, str],
    ports: tuple[int, int],
    credentials: Path = CREDENTIALS,
    rasa_options: Sequence[str] = (),
) -> tuple[ManagedProcess, ManagedProcess]:
    """The action server and a Rasa server (on ``ports``) started as production starts
    them, with the project's logging config; logs in ``work``. Nothing runs yet."""
    actions_port, rasa_port = ports
    model = work / "assistant.tar.gz"
    shutil.copyfile(MODEL, model)  # a retrain during the session must not change the model
    common: dict[str, Any] = {"env": env, "append_log": True, "stop_grace": 30}
    actions = ManagedProcess(
        "action server",
        action_server_command(actions_port),
        log=work / "actions.log",
        ready_url=f"http://127.0.0.1:{actions_port}/health",
        ready_seconds=ACTIONS_READY_SECONDS,
        **common,
    )
    options = ("--logging-config-file", "server/logging.yml", *rasa_options)
    rasa = ManagedProcess(
        "Rasa server",
        rasa_command(
            rasa_port,
            endpoints,
            model=model,
            credentials=credentials,
            launcher=[RASA_SCRIPT],
            extra=options,
        ),
        log=work / "rasa.log",
        ready_url=f"http://127.0.0.1:{rasa_port}/",
        ready_seconds=RASA_READY_SECONDS,
        **common,
    )
    return actions, rasa


@contextmanager
def both_running(actions: ManagedProcess, rasa: ManagedProcess) -> Iterator[None]:
    """The action server, then Rasa, started and ready; both stopped when the block ends."""
    try:
        actions.start()
        rasa.start()
        yield
    finally:
        rasa.stop()
        actions.stop()


def require_model(suite: str) -> None:
    """Fail (never skip) without a trained model."""
    if not MODEL.exists():
        pytest.fail(f"{MODEL.relative_to(ROOT)} is missing: run `make train` before {suite}")


class TrackerReader:
    """Reads conversations back from the session's SQLite tracker store (``self.db``)."""

    db: Path

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


@dataclass
class Stack(TrackerReader):
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


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """The action server and the Rasa server, started once for the session."""
    require_model("tests/system")
    work = tmp_path_factory.mktemp("system")
    actions_port, rasa_port = free_port(), free_port()
    db = work / "trackers.db"
    endpoints = write_endpoints(work / "endpoints.yml", sqlite_endpoints(actions_port, db))
    actions, rasa = production_servers(
        work,
        endpoints,
        server_env(actions_port),
        (actions_port, rasa_port),
        rasa_options=("--cors", *PAGE_ORIGINS),
    )
    with both_running(actions, rasa):
        stack = Stack(rasa, actions, f"http://127.0.0.1:{rasa_port}", actions_port, db)
        yield stack
        stack.close()


def has_assessment(replies: list[dict[str, Any]]) -> bool:
    """True when the replies carry the assessment payload."""
    return any("assessment" in reply.get("custom", {}) for reply in replies)


def texts(replies: list[dict[str, Any]]) -> str:
    """All reply texts joined."""
    return "\n".join(reply["text"] for reply in replies if reply.get("text"))


def notices(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The channel notices among the replies."""
    return [reply["custom"]["notice"] for reply in replies if "notice" in reply.get("custom", {})]
