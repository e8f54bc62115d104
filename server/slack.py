"""Slack: Rasa's ``slack`` channel, direct messages only, with Block Kit replies.

Configured in a credentials file as ``server.slack.SlackDirectInput:`` (see
``deploy/credentials.channels.yml`` and docs/CHANNELS.md). Its name is ``slack``, so
the Event Subscriptions and Interactivity URL stays ``/webhooks/slack/webhook``.

Kept from Rasa 3.6.21's ``SlackInput`` (rasa/core/channels/slack.py): the signing
secret is required, and every request's ``X-Slack-Signature`` (HMAC-SHA256 of
``v0:<timestamp>:<body>``) is checked by Rasa's own ``is_request_from_slack_authentic``,
which also refuses requests more than five minutes old; Slack's retries after a
timeout are acknowledged and not handled twice; the bot answers in the background
so that Slack gets its acknowledgement within three seconds.

Changed:

- an unsigned or wrongly signed request gets **401** (Rasa: 400);
- ``api_url`` (default ``https://slack.com/api/``) is configurable, so replies can go
  to a stand-in in tests;
- **direct messages only**: a message in a channel, group or multi-person DM
  (``channel_type`` other than ``im``, or a mention) is not given to the bot; the user
  gets a direct message saying why;
- files are refused with the chat page's explanation; edits, bot messages and other
  subtypes are ignored;
- text is cleaned and limited as on the REST channel; the Slack user id is replaced
  by a keyed pseudonym (server/chat_platforms.py);
- replies are drawn as Block Kit (server/cards/); no ``as_user`` (refused for apps
  created since 2021).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from http import HTTPStatus
from typing import Any

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.channels.slack import SlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from server import logging_filter
from server.cards import blockkit
from server.cards.layout import Layout, layout, text_layout
from server.channels import UNAVAILABLE_TEXT
from server.chat_platforms import (
    IMAGE_REFUSAL,
    PERSONAL_ONLY,
    LayoutOutput,
    action_server_down,
    guard_text,
    pseudonym,
    pseudonym_key,
    run_bot,
    watch_action_failures,
)

logger = logging.getLogger(__name__)

API_URL = "https://slack.com/api/"
IGNORED_SUBTYPES = frozenset(
    {
        "bot_message",
        "message_changed",
        "message_deleted",
        "message_replied",
        "channel_join",
        "channel_leave",
        "thread_broadcast",
    }
)


def unescape(text: str) -> str:
    """Slack sends ``&``, ``<`` and ``>`` typed by a user as ``&amp;``, ``&lt;``, ``&gt;``."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


class SlackBlocksOutput(LayoutOutput, OutputChannel):
    """Replies in one Slack conversation (a DM channel id, or a user id for a new DM)."""

    platform = "slack"

    @classmethod
    def name(cls) -> str:
        return "slack"

    def __init__(self, token: str, channel: str, api_url: str = API_URL) -> None:
        self.channel = channel
        self.client = AsyncWebClient(token=token, base_url=api_url)
        self.sent = 0

    async def post(self, text: str, blocks: list[dict[str, Any]] | None = None) -> bool:
        """``chat.postMessage``; True when Slack accepted it."""
        try:
            if blocks:
                await self.client.chat_postMessage(channel=self.channel, text=text, blocks=blocks)
            else:
                await self.client.chat_postMessage(channel=self.channel, text=text)
        except SlackApiError as error:
            logger.error("slack: chat.postMessage failed: %s", error.response.get("error"))
            return False
        except Exception as error:
            logger.error("slack: chat.postMessage failed: %s", type(error).__name__)
            return False
        self.sent += 1
        return True

    async def send_layout(self, drawn: Layout) -> None:
        await self.post(blockkit.notification_text(drawn), blockkit.blocks(drawn))

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Text, buttons and a contract payload of one bot message become one message."""
        custom = message.get("custom")
        drawn = layout(message.get("text"), message.get("buttons"), custom) if custom else None
        if drawn is not None:
            await self.send_layout(drawn)
        elif message.get("buttons"):
            await self.send_text_with_buttons(recipient_id, message["text"], message["buttons"])
        elif message.get("text"):
            await self.send_text_message(recipient_id, message["text"])

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.post(text, blockkit.blocks(text_layout(text, None)))


class SlackDirectInput(SlackInput):
    """Slack's Events API and interactivity webhook, direct messages only."""

    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SlackDirectInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        channel = cls(
            credentials.get("slack_token"),
            slack_retry_reason_header=credentials.get(
                "slack_retry_reason_header", "x-slack-retry-reason"
            ),
            slack_retry_number_header=credentials.get(
                "slack_retry_number_header", "x-slack-retry-num"
            ),
            errors_ignore_retry=credentials.get("errors_ignore_retry"),
            slack_signing_secret=credentials.get("slack_signing_secret") or "",
        )
        if not channel.slack_token:
            raise ValueError("server.slack.SlackDirectInput needs slack_token")
        channel.api_url = credentials.get("api_url") or API_URL
        channel.key = pseudonym_key(credentials.get("pseudonym_key"), channel.slack_signing_secret)
        return channel

    api_url: str = API_URL
    key: bytes = b""

    def output(self, channel: str) -> SlackBlocksOutput:
        return SlackBlocksOutput(self.slack_token, channel, self.api_url)

    async def _run(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        out: SlackBlocksOutput,
        raw: Any,
        team: str | None,
        user: str,
    ) -> None:
        text, early = guard_text(raw)
        if early is not None:
            await out.send_text_message("", early)
            return
        sender = pseudonym(self.key, "slack", team, user)
        failed = await run_bot(
            on_new_message, UserMessage(text, out, sender, input_channel=self.name())
        )
        if (failed or not out.sent) and await action_server_down(request):
            await out.send_text_message("", UNAVAILABLE_TEXT)

    def _start(self, coroutine: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coroutine)
        self._background_tasks.add(task)
        task.add_done_callback(self._background_tasks.discard)

    def _event(
        self,
        request: Request,
        body: Mapping[str, Any],
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        event = body.get("event") or {}
        kind, subtype = event.get("type"), event.get("subtype")
        user = event.get("user")
        if (
            kind not in ("message", "app_mention")
            or not user
            or event.get("bot_id")
            or subtype in IGNORED_SUBTYPES
        ):
            return
        team = body.get("team_id") or event.get("team")
        if kind != "message" or event.get("channel_type") != "im":
            logger.info("slack: refused a message outside a direct message.")
            self._start(self.output(user).send_text_message("", PERSONAL_ONLY))
            return
        out = self.output(str(event.get("channel")))
        if event.get("files") or subtype == "file_share":
            logger.info("slack: refused a message with a file.")
            self._start(out.send_text_message("", IMAGE_REFUSAL))
            return
        text = unescape(self._sanitize_user_message(event.get("text") or "", []))
        self._start(self._run(request, on_new_message, out, text, team, user))

    def _interaction(
        self,
        request: Request,
        payload: Mapping[str, Any],
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        if payload.get("type") != "block_actions" or not payload.get("actions"):
            return
        user = (payload.get("user") or {}).get("id")
        channel = str((payload.get("channel") or {}).get("id") or "")
        if not user:
            return
        if not channel.startswith("D"):
            self._start(self.output(user).send_text_message("", PERSONAL_ONLY))
            return
        action = payload["actions"][0]
        value = action.get("value") if action.get("type") == "button" else None
        if not isinstance(value, str):
            return
        team = (payload.get("team") or {}).get("id")
        self._start(self._run(request, on_new_message, self.output(channel), value, team, user))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /webhooks/slack/`` (health), ``POST /webhooks/slack/webhook``."""
        logging_filter.install()
        watch_action_failures()
        webhook = Blueprint("slack_direct_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.is_request_from_slack_authentic(request):
                return response.text(
                    "Message is not properly signed with a valid X-Slack-Signature header",
                    status=HTTPStatus.UNAUTHORIZED,
                )
            retry_count = request.headers.get(self.retry_num_header)
            retry_reason = request.headers.get(self.retry_reason_header)
            if retry_count and retry_reason in self.errors_ignore_retry:
                return response.text("", headers={"X-Slack-No-Retry": "1"})
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
            try:
                if content_type == "application/json":
                    body = request.json
                    if not isinstance(body, dict):
                        return response.text("Send a JSON object.", status=400)
                    if body.get("type") == "url_verification":
                        return response.json({"challenge": body.get("challenge")})
                    if body.get("type") == "event_callback":
                        self._event(request, body, on_new_message)
                elif content_type == "application/x-www-form-urlencoded":
                    payload = json.loads(request.form.get("payload") or "{}")
                    if isinstance(payload, dict):
                        self._interaction(request, payload, on_new_message)
            except (ValueError, TypeError, AttributeError):
                return response.text("The request could not be read.", status=400)
            return response.text("")

        return webhook
