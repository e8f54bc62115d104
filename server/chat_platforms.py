"""What the Teams and Slack channels share: input guards, refusals and pseudonyms.

The same checks as the guarded REST channel (server/channels.py): control and
bidirectional-override characters removed, empty and over-long messages answered
without the bot. On top of that, for platforms that carry files and group chats:

- attachments (images, files) are refused with the chat page's explanation and
  never reach the bot or the tracker store;
- the bot works only in one-to-one chats: a message from a group chat or a shared
  channel gets a short refusal and never reaches the bot, so a case is never posted
  where others read it;
- the platform's user id is never stored: the conversation id (Rasa's sender id) is
  an HMAC-SHA256 pseudonym of platform, workspace and user under a key of the
  deployment's (43 base64url characters, the same shape as the chat page's random
  ids), so the tracker store, the logs and the retention purge treat it like any
  other conversation, and nobody can link it to a person without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from sanic.request import Request

from actions.presentation.layout import Layout, layout, text_layout
from server import channels
from server.channels import EMPTY_TEXT, max_message_chars, sanitise, too_long_text

logger = logging.getLogger(__name__)

#: Must stay the same as IMAGE_REFUSAL in web/static/app.js (a unit test compares them).
IMAGE_REFUSAL = (
    "This assistant never accepts images or files, and nothing was sent. Do not copy, "
    "forward or upload the image: describe what happened in words instead (no names needed)."
)

PERSONAL_ONLY = (
    "I only work in a one-to-one chat, so that a case is never posted where others can "
    "read it. Open a chat with me directly and describe the case there, without names."
)

PSEUDONYM_KEY_ENV = "CHANNEL_PSEUDONYM_KEY"


class LayoutOutput:
    """What a Teams or Slack output channel does the same way: buttons and the contract's
    custom payloads become the one channel-neutral layout, drawn by the channel's own
    ``send_layout``; an image is never sent (the assistant never shows one)."""

    #: The channel's name in logs ("slack", "botframework").
    platform = "chat platform"

    async def send_layout(self, drawn: Layout) -> None:
        raise NotImplementedError

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self.send_layout(text_layout(text, buttons))

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        drawn = layout(None, None, json_message)
        if drawn is not None:
            await self.send_layout(drawn)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        logger.warning("%s: the assistant never sends images; one was dropped.", self.platform)


def guard_text(raw: object) -> tuple[str | None, str | None]:
    """``(text for the bot, None)`` or ``(None, reply)`` for a message the bot must not see."""
    text = sanitise(raw if isinstance(raw, str) else "")
    if not text.strip():
        return None, EMPTY_TEXT
    limit = max_message_chars()
    if len(text) > limit:
        return None, too_long_text(len(text), limit)
    return text, None


def pseudonym_key(configured: str | None, fallback: str | None) -> bytes:
    """The HMAC key: the channel's ``pseudonym_key``, else $CHANNEL_PSEUDONYM_KEY, else
    the channel's own secret (app password or signing secret)."""
    for candidate in (configured, os.environ.get(PSEUDONYM_KEY_ENV), fallback):
        if candidate:
            return candidate.encode("utf-8")
    raise ValueError("no key for the conversation pseudonyms: set pseudonym_key")


def pseudonym(key: bytes, platform: str, workspace: str | None, user: str) -> str:
    """The conversation id for one user of one platform: 43 base64url characters."""
    message = "\x1f".join((platform, workspace or "", user)).encode("utf-8")
    digest = hmac.new(key, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def watch_action_failures() -> None:
    """Install the REST channel's watch for failed custom actions (idempotent)."""
    channels._watch_action_failures()


async def run_bot(
    on_new_message: Callable[[UserMessage], Awaitable[Any]], message: UserMessage
) -> bool:
    """Give ``message`` to the bot; True when a custom action failed on the way (Rasa
    logs that and goes on, as the REST channel notices)."""
    failures: list[str] = []
    token = channels._failures.set(failures)
    try:
        await on_new_message(message)
    except Exception:
        logger.exception("%s: handling a message failed.", message.input_channel)
        failures.append("exception")
    finally:
        channels._failures.reset(token)
    return bool(failures)


async def action_server_down(request: Request) -> bool:
    """True when the action server does not answer its health check (1 s)."""
    agent = getattr(request.app.ctx, "agent", None)
    endpoint = getattr(agent, "action_endpoint", None)
    if endpoint is None or not endpoint.url:
        return True
    return not await channels.action_server_is_up(channels.health_url(endpoint.url))
