"""The guarded REST channel: Rasa's REST webhook with input checks and fault notices.

Configured in ``credentials.yml`` as ``server.channels.GuardedRestInput:``
instead of ``rest:``. Its name is still ``rest``, so the URL stays
``POST /webhooks/rest/webhook`` and replies keep Rasa's REST shape (a list of
``{recipient_id, text | buttons | custom}``).

Before the bot sees a message:

- the ``sender`` (the conversation id) must be 22-128 characters of
  ``[A-Za-z0-9_-]``, else HTTP 400 with a JSON error: whoever knows a sender id
  can continue that conversation and read its replies, so ids must be long
  random strings (the chat page sends 43 base64url characters, 256 bits);
- control characters (except newline and tab), lone surrogates, zero-width
  and bidirectional-override characters are removed;
- an empty or whitespace-only message, or one longer than ``MAX_MESSAGE_CHARS``
  (default 2000), gets a reply with a ``notice`` and never reaches the bot;
- client ``metadata`` and ``input_channel`` are ignored (they would be stored
  with the conversation).

After the bot has answered: if the reply list is empty, or Rasa logged that a
custom action failed during this message, the action server's ``/health`` is
checked (1 s timeout); if it does not answer the user gets the
``assistant_unavailable`` notice with the 999 line.

Building the channel (Rasa does it from ``credentials.yml`` before it serves) installs
the project's patches of Rasa, ``server.rasa_patches``; importing this module does not.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import re
import unicodedata
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from server import logging_filter, rasa_patches

logger = logging.getLogger(__name__)

DEFAULT_MAX_MESSAGE_CHARS = 2000
MAX_MESSAGE_CHARS_ENV = "MAX_MESSAGE_CHARS"
HEALTH_TIMEOUT_SECONDS = 1.0

SENDER_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,128}")
SENDER_RULE = (
    "The conversation id ('sender') must be 22 to 128 characters of A-Z, a-z, 0-9, "
    "'_' or '-', generated at random (the chat page uses 32 random bytes in base64url, "
    "43 characters), so that nobody can guess it and read the conversation."
)

EMPTY_TEXT = (
    "Your message was empty. Describe what happened in your own words, or ask a "
    "question about the guidance. If a child is in immediate danger, call 999."
)
UNAVAILABLE_TEXT = (
    "The assistant's reasoning service is not answering right now. Your message was "
    "received; please try again in a minute. If a child is in immediate danger, call 999."
)

# Removed before the bot sees the text: invisible characters that can hide or
# reorder what a message says ("Trojan Source" bidi overrides, zero-width spaces).
_BIDI_AND_INVISIBLE = frozenset(
    [0x061C, 0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_LINE_BREAK_PATTERN = re.compile("|".join(map(re.escape, _LINE_BREAKS)))


# --- pure checks (unit-tested) ------------------------------------------------------


def max_message_chars() -> int:
    """The message size limit: $MAX_MESSAGE_CHARS if it is a positive integer, else 2000."""
    raw = os.environ.get(MAX_MESSAGE_CHARS_ENV, "").strip()
    if raw.isdigit() and int(raw) > 0:
        return int(raw)
    return DEFAULT_MAX_MESSAGE_CHARS


def is_valid_sender(sender: Any) -> bool:
    """True for a string of 22-128 characters of ``[A-Za-z0-9_-]``."""
    return isinstance(sender, str) and SENDER_PATTERN.fullmatch(sender) is not None


def _keep(char: str) -> bool:
    if char in "\n\t":
        return True
    return ord(char) not in _BIDI_AND_INVISIBLE and unicodedata.category(char) not in ("Cc", "Cs")


def sanitise(text: str) -> str:
    """``text`` without control, surrogate, zero-width or bidi-override characters.

    Newlines and tabs stay (a description may have paragraphs); CR/LF variants
    become ``\\n``.
    """
    text = _LINE_BREAK_PATTERN.sub(lambda match: _LINE_BREAKS[match.group()], text)
    return "".join(char for char in text if _keep(char))


def notice_reply(sender: str, text: str, notice: dict[str, Any]) -> list[dict[str, Any]]:
    """A reply in the REST channel's shape: the text, then ``{"notice": ...}`` as custom."""
    return [
        {"recipient_id": sender, "text": text},
        {"recipient_id": sender, "custom": {"notice": notice}},
    ]


def too_long_text(length: int, limit: int) -> str:
    """The reply to a message over the limit, with both numbers."""
    return (
        f"Your message is {length:,} characters long; the limit is {limit:,}. "
        "Please send it in parts."
    )


def early_reply(sender: str, text: str, limit: int) -> list[dict[str, Any]] | None:
    """The reply for a message the bot must not see (empty, too long), else None.

    ``text`` is already sanitised.
    """
    if not text.strip():
        return notice_reply(sender, EMPTY_TEXT, {"kind": "empty_message"})
    if len(text) > limit:
        notice = {"kind": "message_too_long", "limit": limit, "length": len(text)}
        return notice_reply(sender, too_long_text(len(text), limit), notice)
    return None


def unavailable_reply(sender: str) -> list[dict[str, Any]]:
    """What the user sees when the action server is down."""
    return notice_reply(sender, UNAVAILABLE_TEXT, {"kind": "assistant_unavailable"})


def invalid_sender_body() -> dict[str, Any]:
    """The JSON body of the HTTP 400 answer to a bad sender id (which is not echoed)."""
    return {
        "error": "invalid_sender",
        "message": SENDER_RULE,
        "notice": {"kind": "invalid_sender", "min_length": 22, "max_length": 128},
    }


def health_url(action_webhook_url: str) -> str:
    """``http://host:port/webhook`` -> ``http://host:port/health``."""
    base = action_webhook_url.rstrip("/")
    if base.endswith("/webhook"):
        base = base[: -len("/webhook")]
    return f"{base}/health"


# --- noticing that a custom action failed ---------------------------------------------

_failures: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "guarded_rest_action_failures", default=None
)
#: Rasa's own wording when a custom action fails, by the logger (= module) that logs it at
#: WARNING or above. Rasa 3.6 says so only in its log; tests/unit/server/
#: test_rasa_patches.py reads the installed Rasa's source to check the wording is there.
ACTION_FAILURE_LOGS: dict[str, tuple[str, ...]] = {
    "rasa.core.actions.action": ("Failed to execute custom action", "Failed to run custom action"),
    "rasa.core.processor": ("Encountered an exception while running action",),
}
_FAILURE_MARKERS = tuple(marker for markers in ACTION_FAILURE_LOGS.values() for marker in markers)
_WATCHED_LOGGERS = tuple(ACTION_FAILURE_LOGS)


class ActionFailureWatch(logging.Filter):
    """Notes, for the message being handled, that Rasa logged a failed custom action.

    Rasa 3.6 does not tell a channel that an action failed: it logs it and goes
    on. Each request runs in its own asyncio task, so a context variable set by
    the webhook is what the log call sees.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        seen = _failures.get()
        if seen is not None and record.levelno >= logging.WARNING:
            message = str(record.msg)
            if any(marker in message for marker in _FAILURE_MARKERS):
                seen.append(record.name)
        return True


def _watch_action_failures() -> None:
    for name in _WATCHED_LOGGERS:
        watched = logging.getLogger(name)
        if not any(isinstance(item, ActionFailureWatch) for item in watched.filters):
            watched.addFilter(ActionFailureWatch())


def _keep_user_text_out_of_warnings() -> None:
    """Rasa warns "Failed to parse arguments in line '<the user's message>'" for a
    malformed ``/intent{...}`` message: that would print user text, so it is dropped;
    other warnings go through logging, and so through the redacting filter."""
    warnings.filterwarnings("ignore", message="Failed to parse arguments in line")
    logging.captureWarnings(True)


async def action_server_is_up(url: str, timeout: float = HEALTH_TIMEOUT_SECONDS) -> bool:
    """True when ``GET url`` answers 200 within ``timeout`` seconds."""
    try:
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        async with (
            aiohttp.ClientSession(timeout=client_timeout) as session,
            session.get(url) as answer,
        ):
            return answer.status == 200
    except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
        return False


# --- the channel ---------------------------------------------------------------------


class GuardedRestInput(RestInput):
    """Rasa's REST channel with sender, size and character checks and fault notices."""

    def __init__(self) -> None:
        # Rasa builds its channels from credentials.yml before it serves, and every Rasa
        # server of this project names this one: so the patches are in force from the
        # first message of any `rasa run` (idempotent; refuses another Rasa version).
        rasa_patches.install()
        super().__init__()

    @classmethod
    def name(cls) -> str:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> GuardedRestInput:
        return cls()

    async def _action_server_down(self, request: Request) -> bool:
        agent = getattr(request.app.ctx, "agent", None)
        endpoint = getattr(agent, "action_endpoint", None)
        if endpoint is None or not endpoint.url:
            return True
        url = health_url(endpoint.url)
        if await action_server_is_up(url):
            return False
        logger.warning("The action server is not answering at %s.", url)
        return True

    async def _handle(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        try:
            body = request.json
        except Exception:
            body = None
        if not isinstance(body, dict):
            return response.json(
                {"error": "invalid_request", "message": "Send a JSON object."}, status=400
            )
        sender = body.get("sender")
        if not is_valid_sender(sender):
            logger.info("rest: rejected a request with an invalid sender id.")
            return response.json(invalid_sender_body(), status=400)
        message = body.get("message")
        if message is not None and not isinstance(message, str):
            return response.json(
                {"error": "invalid_request", "message": "'message' must be a string."},
                status=400,
            )
        text = sanitise(message or "")
        early = early_reply(sender, text, max_message_chars())
        if early is not None:
            logger.info("rest: answered a message without the bot (%s).", early[1]["custom"])
            return response.json(early)
        return response.json(await self._run_bot(request, on_new_message, sender, text))

    async def _run_bot(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        sender: str,
        text: str,
    ) -> list[dict[str, Any]]:
        collector = CollectingOutputChannel()
        failures: list[str] = []
        token = _failures.set(failures)
        try:
            await on_new_message(UserMessage(text, collector, sender, input_channel=self.name()))
        except asyncio.CancelledError:
            logger.error("rest: handling a message timed out.")
        except Exception:
            logger.exception("rest: handling a message failed.")
        finally:
            _failures.reset(token)
        replies = list(collector.messages)
        if (not replies or failures) and await self._action_server_down(request):
            return replies + unavailable_reply(sender)
        return replies

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /webhooks/rest/`` (health) and ``POST /webhooks/rest/webhook``."""
        logging_filter.install()
        _watch_action_failures()
        _keep_user_text_out_of_warnings()
        webhook = Blueprint("guarded_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            return await self._handle(request, on_new_message)

        return webhook
