"""Play a case through the trained bot in-process: the narrative, then each question answered.

The projector demo (``tools/demo.py``) and the evaluations (``bench/eval_run.py``,
``bench/blind_run.py``) play cases this way. The trained model is loaded in-process
with Rasa's ``Agent`` (conversations stay in memory; nothing is written to trackers.db)
and the stock action server (``rasa_sdk``) runs as a subprocess on a free port. A
conversation sends the narrative, then answers each question from the case's true
facts, read from ``requested_slot`` (the fact key being asked): the role with its button
payload, yes/no facts with "yes" or "no", ages with the number, and "not sure" for
anything the truth does not know. A checklist (``{"checklist": [...]}``) is answered as
the page's tick boxes answer it, with one structured answer; it counts as one question,
recorded in ``asked`` as its keys joined by "+". It stops at the assessment, when the
bot asks nothing more (stuck), or after 25 answers.

        from tools.play import Bot, play

    async def main():
        async with Bot() as bot:
            result = await play(bot, narrative, facts)
            print(result.assessment["level"])
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import tempfile
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from actions.guidance.jurisdictions import jurisdiction
from tools.client import assessment_in, checklist_in
from tools.stack import MODEL, QUIET_ENV, ROOT, Server, StackError, action_server_command, free_port

MAX_TURNS = 25
#: How the facts of one checklist are joined into one entry of ``PlayResult.asked``
#: (a checklist is one question, about several facts).
CHECKLIST_JOIN = "+"
#: Seconds the action server has to answer /health.
ACTIONS_READY_S = 90


class PlayError(RuntimeError):
    """The bot could not be started (no model, the action server did not come up)."""


@dataclass(frozen=True)
class Exchange:
    """One message: the user's, or one of the bot's replies (REST-channel shape)."""

    speaker: str  # "user" or "bot"
    text: str
    buttons: list[dict[str, Any]] = field(default_factory=list)
    custom: dict[str, Any] | None = None
    asked: str | None = None  # for a user answer: the fact key it answers

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "buttons": self.buttons,
            "custom": self.custom,
            "asked": self.asked,
        }


@dataclass
class PlayResult:
    """A played conversation: what was said, what was asked, and how it ended."""

    transcript: list[Exchange]
    assessment: dict[str, Any] | None
    asked: list[str]
    outcome: str  # "assessed", "stuck" or "too_long"

    def to_dict(self) -> dict[str, Any]:
        return {
            "transcript": [exchange.to_dict() for exchange in self.transcript],
            "assessment": self.assessment,
            "asked": self.asked,
            "outcome": self.outcome,
        }


# --------------------------------------------------------------------------- answers


def answer_for(fact: str, truth: Mapping[str, Any]) -> str:
    """What a user types (or which button they press) to answer the question about ``fact``."""
    value = truth.get(fact)
    if value is None:
        return "not sure"
    if fact == "role":
        return "/inform" + json.dumps({"role": value})
    if fact == "jurisdiction":
        return jurisdiction(str(value)).name  # the nation's name, from jurisdictions.yml
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def checklist_answer(keys: list[str], truth: Mapping[str, Any]) -> str:
    """The answer to a checklist from the truth, as the page's tick boxes send it: a
    structured answer naming every fact the truth knows; "not sure" when it knows none."""
    known = {key: truth[key] for key in keys if isinstance(truth.get(key), bool)}
    return "/inform" + json.dumps(known) if known else "not sure"


def bot_exchanges(replies: list[dict[str, Any]]) -> list[Exchange]:
    """The bot's replies as exchanges (a reply may carry text, buttons and custom)."""
    return [
        Exchange(
            speaker="bot",
            text=str(reply.get("text") or ""),
            buttons=list(reply.get("buttons") or []),
            custom=reply.get("custom"),
        )
        for reply in replies
    ]


# --------------------------------------------------------------------------- the bot


class Bot:
    """The trained assistant in this process, with its action server as a subprocess.

    Use as ``async with Bot() as bot:``; leaving the block stops the action server (its
    whole process group). Loading takes 30 s to 2 min (2 busy cores) and about 1 GB.
    """

    def __init__(self, model: Path = MODEL, port: int | None = None) -> None:
        self.model = Path(model)
        self.port = port
        self.agent: Any = None
        self.actions: Server | None = None
        self.log_path: Path | None = None

    async def __aenter__(self) -> Bot:
        self.start()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start the action server, then load the model (from the project root)."""
        if not self.model.exists():
            raise PlayError(f"no trained model at {self.model}: run `make train` first")
        os.chdir(ROOT)  # config.yml names the spaCy pipeline by a relative path
        os.environ.update(QUIET_ENV)
        port = self.port or free_port()
        handle, name = tempfile.mkstemp(prefix="play-actions-", suffix=".log")
        os.close(handle)
        self.log_path = Path(name)
        url = f"http://127.0.0.1:{port}"
        self.actions = Server(
            "action server",
            action_server_command(port, stock=True),
            env=dict(os.environ),
            log=self.log_path,
            ready_url=f"{url}/health",
            ready_seconds=ACTIONS_READY_S,
            stop_grace=20,
        )
        try:
            self.actions.start()
            self.agent = load_agent(self.model, f"{url}/webhook")
        except StackError as error:
            self.stop()
            raise PlayError(str(error)) from error
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the action server's process group (only the one this object started)."""
        actions, self.actions = self.actions, None
        if actions is not None:
            actions.stop()
        if self.log_path is not None:
            self.log_path.unlink(missing_ok=True)
            self.log_path = None

    def log_tail(self, lines: int = 20) -> str:
        """The end of the action server's log, for error messages."""
        if self.actions is None:
            return ""
        return self.actions.tail(lines)

    async def say(self, sender_id: str, text: str) -> list[dict[str, Any]]:
        """Send one message; return the bot's replies (REST-channel shape)."""
        return await self.agent.handle_text(text, sender_id=sender_id) or []

    async def slot(self, sender_id: str, name: str) -> Any:
        """A slot's value in this conversation now (e.g. ``requested_slot``)."""
        tracker = await self.agent.processor.get_tracker(sender_id)
        return tracker.get_slot(name)


def load_agent(model: Path, action_url: str) -> Any:
    """Rasa's Agent with the model and the action server; structlog quietened first."""
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    for name in ("rasa", "tensorflow", "absl", "sanic", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)
    return Agent.load(str(model), action_endpoint=EndpointConfig(url=action_url))


# --------------------------------------------------------------------------- playing

OnExchange = Callable[[Exchange], Awaitable[None] | None]


async def _emit(on_exchange: OnExchange | None, exchange: Exchange) -> None:
    if on_exchange is None:
        return
    result = on_exchange(exchange)
    if inspect.isawaitable(result):
        await result


async def play(
    bot: Bot,
    narrative: str,
    truth: Mapping[str, Any],
    *,
    on_exchange: OnExchange | None = None,
    max_turns: int = MAX_TURNS,
    sender_id: str | None = None,
) -> PlayResult:
    """Send ``narrative``, then answer every question from ``truth`` until the assessment.

    ``on_exchange`` (plain or async) is called with each message as it happens, so a
    caller can show the conversation live. A fresh random sender id is used unless given.
    """
    sender = sender_id or uuid.uuid4().hex
    transcript: list[Exchange] = []
    asked: list[str] = []

    async def send(text: str, fact: str | None) -> list[dict[str, Any]]:
        user = Exchange(speaker="user", text=text, asked=fact)
        transcript.append(user)
        await _emit(on_exchange, user)
        replies = await bot.say(sender, text)
        for exchange in bot_exchanges(replies):
            transcript.append(exchange)
            await _emit(on_exchange, exchange)
        return replies

    replies = await send(narrative, None)
    for _ in range(max_turns):
        assessment = assessment_in(replies)
        if assessment is not None:
            return PlayResult(transcript, assessment, asked, "assessed")
        requested = await bot.slot(sender, "requested_slot")
        if not requested:
            return PlayResult(transcript, None, asked, "stuck")
        checklist = checklist_in(replies)
        if str(requested) in checklist:  # one question, several facts
            asked.append(CHECKLIST_JOIN.join(checklist))
            replies = await send(checklist_answer(checklist, truth), str(requested))
            continue
        asked.append(str(requested))
        replies = await send(answer_for(str(requested), truth), str(requested))
    assessment = assessment_in(replies)
    outcome = "assessed" if assessment is not None else "too_long"
    return PlayResult(transcript, assessment, asked, outcome)
