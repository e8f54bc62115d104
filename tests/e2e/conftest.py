"""End-to-end fixtures: the trained model, loaded in-process, with the real action server.

The model is trained once if needed (``make train`` is a no-op when nothing
changed) and loaded with ``rasa.core.agent.Agent``; the action server runs as a
subprocess on a free port. Rasa resolves the spaCy pipeline path from the
current directory, so the session works from the project root.
"""

from __future__ import annotations

import logging
import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tools.stack import (
    MODEL,
    Server,
    StackError,
    action_server_command,
    free_port,
    in_project_root,
    running,
)


@pytest.fixture(scope="session", autouse=True)
def project_root() -> Iterator[Path]:
    """Run from the project root: the spaCy pipeline path in config.yml is relative."""
    with in_project_root() as root:
        yield root


@pytest.fixture(scope="session")
def trained_model(project_root: Path) -> Path:
    """The trained model, trained now only if its inputs changed."""
    subprocess.run(["make", "--no-print-directory", "train"], cwd=project_root, check=True)
    assert MODEL.exists(), "make train did not produce models/assistant.tar.gz"
    return MODEL


@pytest.fixture(scope="session")
def action_server_url(project_root: Path) -> Iterator[str]:
    """The project's action server, started for this test session (its output is ours)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = Server(
        "action server",
        action_server_command(port),
        ready_url=f"{url}/health",
        ready_seconds=60,
        cwd=project_root,
        stop_grace=20,
    )
    try:
        with running(server):
            yield url
    except StackError as error:
        pytest.fail(str(error))


@pytest.fixture(scope="session")
def rasa_patched() -> Iterator[None]:
    """Rasa with the project's patches (server/rasa_patches.py), as the Rasa server runs it:
    the tests see the production path."""
    from server import rasa_patches

    with rasa_patches.patched():
        yield


@pytest.fixture(scope="session")
def agent(trained_model: Path, action_server_url: str, rasa_patched: None) -> Any:
    """The trained assistant, loaded in-process (about 20 s, once per session)."""
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    return Agent.load(
        str(trained_model), action_endpoint=EndpointConfig(url=f"{action_server_url}/webhook")
    )


class Conversation:
    """One user's conversation with the loaded assistant."""

    def __init__(self, agent: Any) -> None:
        self.agent = agent
        self.sender_id = uuid.uuid4().hex

    async def say(self, text: str) -> list[dict[str, Any]]:
        """Send ``text`` and return the bot's replies (REST-channel shape)."""
        return await self.agent.handle_text(text, sender_id=self.sender_id) or []

    async def tracker(self) -> Any:
        """The conversation's tracker, to read slots such as ``requested_slot``."""
        return await self.agent.processor.get_tracker(self.sender_id)

    async def slot(self, name: str) -> Any:
        """The value of one slot now."""
        return (await self.tracker()).get_slot(name)


@pytest.fixture
def conversation(agent: Any) -> Conversation:
    """A fresh conversation with its own unguessable sender id."""
    return Conversation(agent)


def texts(replies: list[dict[str, Any]]) -> str:
    """All reply texts joined, for assertions on wording."""
    return "\n".join(reply.get("text", "") for reply in replies if reply.get("text"))


def customs(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The custom payloads among the replies."""
    return [reply["custom"] for reply in replies if "custom" in reply]
