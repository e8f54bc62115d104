"""Microsoft Teams through the Bot Framework: Rasa's ``botframework`` channel, made usable.

Configured in a credentials file as ``server.teams.TeamsInput:`` (see
``deploy/credentials.channels.yml`` and docs/CHANNELS.md). Its name is
``botframework``, so the messaging endpoint stays ``/webhooks/botframework/webhook``.

What it changes from Rasa 3.6.21's ``BotFrameworkInput`` (rasa/core/channels/botframework.py):

- **No network in the constructor.** Rasa downloads Microsoft's OpenID configuration
  when the channel is built, so a server without outbound HTTPS cannot even start.
  Here the signing keys are fetched on the first request, cached for a day, and
  fetched again when a token names a key that is not in the cache (at most every
  five minutes).
- **Configurable endpoints, real ones by default**: ``openid_metadata_url``
  (``https://login.botframework.com/v1/.well-known/openidconfiguration``),
  ``authority_url`` (``https://login.microsoftonline.com``) or a whole ``token_url``,
  ``token_scope`` (``https://api.botframework.com/.default``),
  ``issuer`` (``https://api.botframework.com``). Tests point them at a stand-in.
- **Single-tenant registrations**: with ``tenant_id`` set, reply tokens come from
  ``https://login.microsoftonline.com/<tenant_id>/oauth2/v2.0/token``; without it,
  from the multi-tenant ``botframework.com`` authority, as in Rasa.
- **Stricter token checks**: RS256 only (Rasa takes the algorithm from the token's own
  header); audience = app id; issuer; expiry with five minutes' leeway; the key's
  ``endorsements`` must include the activity's ``channelId``; the token's
  ``serviceurl`` claim must equal the activity's ``serviceUrl`` (the bot's own token is
  sent there). A token without ``kid``, or any malformed token, is a 401 (Rasa: 500).
- **Card buttons work**: an ``Action.Submit`` click arrives with the payload in
  ``value`` and often no text; Rasa drops it, this channel reads ``value.payload``.
- **Guards** (server/chat_platforms.py): personal chats only, attachments refused,
  text cleaned and limited, the Teams user id replaced by a keyed pseudonym.
- **Replies drawn as Adaptive Cards** (server/cards/) for the assessment, guidance
  answers, checklists (tick boxes: :func:`checklist_answer` reads them) and questions
  with buttons; the case record as a card and its
  text in a code block to copy. Tokens are cached per app and authority, not in a
  class attribute shared by every registration.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, ClassVar

import aiohttp
import jwt
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from server import logging_filter
from server.cards import adaptive
from server.cards.adaptive import CHECKLIST_INPUT
from server.cards.layout import Layout, layout
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

OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
AUTHORITY_URL = "https://login.microsoftonline.com"
MULTI_TENANT = "botframework.com"
TOKEN_SCOPE = "https://api.botframework.com/.default"
ISSUER = "https://api.botframework.com"
ALGORITHMS = ["RS256"]
LEEWAY_SECONDS = 300
KEYS_MAX_AGE_SECONDS = 24 * 3600
KEYS_MIN_REFRESH_SECONDS = 300
HTTP_TIMEOUT_SECONDS = 10
BEARER = re.compile(r"Bearer\s+(\S+)\s*$")


def token_url_for(tenant_id: str | None, authority_url: str = AUTHORITY_URL) -> str:
    """The OAuth 2.0 token endpoint of a tenant (multi-tenant: ``botframework.com``)."""
    return f"{authority_url.rstrip('/')}/{tenant_id or MULTI_TENANT}/oauth2/v2.0/token"


@dataclass(frozen=True)
class TeamsSettings:
    """Everything the channel reads from its credentials."""

    app_id: str
    app_password: str
    tenant_id: str | None = None
    openid_metadata_url: str = OPENID_METADATA_URL
    token_url: str = ""
    token_scope: str = TOKEN_SCOPE
    issuer: str = ISSUER
    pseudonym_key: bytes = b""

    @classmethod
    def from_credentials(cls, credentials: Mapping[str, Any]) -> TeamsSettings:
        app_id = str(credentials.get("app_id") or "").strip()
        app_password = str(credentials.get("app_password") or "").strip()
        if not app_id or not app_password:
            raise ValueError("server.teams.TeamsInput needs app_id and app_password")
        tenant_id = str(credentials.get("tenant_id") or "").strip() or None
        return cls(
            app_id=app_id,
            app_password=app_password,
            tenant_id=tenant_id,
            openid_metadata_url=credentials.get("openid_metadata_url") or OPENID_METADATA_URL,
            token_url=credentials.get("token_url")
            or token_url_for(tenant_id, credentials.get("authority_url") or AUTHORITY_URL),
            token_scope=credentials.get("token_scope") or TOKEN_SCOPE,
            issuer=credentials.get("issuer") or ISSUER,
            pseudonym_key=pseudonym_key(credentials.get("pseudonym_key"), app_password),
        )


class AuthError(Exception):
    """A request that is not from the Bot Framework for this bot."""


# --- the output channel ------------------------------------------------------------

_SOFT_BREAK = re.compile(r"\n(?!\n|[-*] |\d+\. )")


def teams_markdown(text: str) -> str:
    """The bot's text for a Teams markdown message: Teams joins lines split by a single
    line break, so each becomes a paragraph, except between list items."""
    return _SOFT_BREAK.sub("\n\n", text)


class TeamsOutput(LayoutOutput, OutputChannel):
    """Replies to one Bot Framework conversation through the connector's ``serviceUrl``."""

    _tokens: ClassVar[dict[tuple[str, str], tuple[str, float]]] = {}
    _token_lock: ClassVar[asyncio.Lock | None] = None

    platform = "botframework"

    @classmethod
    def name(cls) -> str:
        return "botframework"

    def __init__(
        self,
        settings: TeamsSettings,
        conversation_id: str,
        bot: Mapping[str, Any],
        user: Mapping[str, Any],
        service_url: str,
    ) -> None:
        self.settings = settings
        self.conversation_id = conversation_id
        self.bot = dict(bot)
        self.user = {"id": user.get("id")}
        self.activities_url = (
            f"{service_url.rstrip('/')}/v3/conversations/"
            f"{urllib.parse.quote(conversation_id, safe='')}/activities"
        )
        self.sent = 0

    async def _token(self) -> str | None:
        key = (self.settings.token_url, self.settings.app_id)
        cached = self._tokens.get(key)
        if cached and cached[1] > time.time():
            return cached[0]
        if TeamsOutput._token_lock is None:
            TeamsOutput._token_lock = asyncio.Lock()
        async with TeamsOutput._token_lock:
            cached = self._tokens.get(key)
            if cached and cached[1] > time.time():
                return cached[0]
            form = {
                "grant_type": "client_credentials",
                "client_id": self.settings.app_id,
                "client_secret": self.settings.app_password,
                "scope": self.settings.token_scope,
            }
            timeout = aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS)
            try:
                async with (
                    aiohttp.ClientSession(timeout=timeout) as session,
                    session.post(self.settings.token_url, data=form) as answer,
                ):
                    body = await answer.json(content_type=None)
                    if answer.status != 200 or "access_token" not in body:
                        logger.error(
                            "botframework: no reply token from %s (HTTP %s, %s).",
                            self.settings.token_url,
                            answer.status,
                            body.get("error") if isinstance(body, dict) else "?",
                        )
                        return None
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                logger.error("botframework: token request failed: %s", type(error).__name__)
                return None
            expires = time.time() + max(60, int(body.get("expires_in", 3600)) - 300)
            self._tokens[key] = (body["access_token"], expires)
            return body["access_token"]

    async def post_activity(self, activity: dict[str, Any]) -> bool:
        """Send one activity to the conversation; True when the connector accepted it."""
        token = await self._token()
        if token is None:
            return False
        message = {
            "type": "message",
            "from": self.bot,
            "recipient": self.user,
            "conversation": {"id": self.conversation_id},
            **activity,
        }
        timeout = aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS)
        headers = {"Authorization": f"Bearer {token}"}
        try:
            async with (
                aiohttp.ClientSession(timeout=timeout) as session,
                session.post(self.activities_url, json=message, headers=headers) as answer,
            ):
                if answer.status >= 300:
                    logger.error("botframework: the connector answered HTTP %s.", answer.status)
                    return False
        except (aiohttp.ClientError, asyncio.TimeoutError) as error:
            logger.error("botframework: sending a reply failed: %s", type(error).__name__)
            return False
        self.sent += 1
        return True

    async def send_layout(self, drawn: Layout) -> None:
        """One card; for a record, then its text in a code block to copy."""
        await self.post_activity({"attachments": [adaptive.attachment(drawn)]})
        if drawn.preformatted:
            await self.post_activity(
                {"text": adaptive.record_text(drawn), "textFormat": "markdown"}
            )

    async def send_response(self, recipient_id: str, message: dict[str, Any]) -> None:
        """Text, buttons and a contract payload of one bot message become one card."""
        custom = message.get("custom")
        drawn = layout(message.get("text"), message.get("buttons"), custom) if custom else None
        if drawn is not None:
            await self.send_layout(drawn)
            return
        if message.get("buttons"):
            await self.send_text_with_buttons(recipient_id, message["text"], message["buttons"])
        elif message.get("text"):
            await self.send_text_message(recipient_id, message["text"])
        if custom:
            logger.debug("botframework: a custom payload without a Teams layout was not sent.")

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.post_activity({"text": teams_markdown(text), "textFormat": "markdown"})


# --- the input channel ---------------------------------------------------------------


def carries_files(activity: Mapping[str, Any]) -> bool:
    """True when a message brings an image or a file (Teams adds a ``text/html`` copy
    of every formatted message; that one counts only when it holds an image)."""
    for item in activity.get("attachments") or ():
        if not isinstance(item, Mapping):
            return True
        if item.get("contentType") == "text/html":
            if "<img" in str(item.get("content", "")).lower():
                return True
            continue
        return True
    return False


def is_personal(activity: Mapping[str, Any]) -> bool:
    """True for a one-to-one chat (Teams' personal scope)."""
    conversation = activity.get("conversation") or {}
    kind = conversation.get("conversationType")
    if kind is not None:
        return kind == "personal"
    return not conversation.get("isGroup", False)


def button_payload(activity: Mapping[str, Any]) -> str | None:
    """The payload of an Adaptive Card button click (``value.payload``), if any; for a
    checklist's "These apply", the ticked facts as the page sends them
    (:func:`checklist_answer`)."""
    value = activity.get("value")
    if isinstance(value, Mapping) and isinstance(value.get("payload"), str):
        return value["payload"]
    if isinstance(value, Mapping) and isinstance(value.get("checklist"), list):
        return checklist_answer(value["checklist"], value.get(CHECKLIST_INPUT))
    return None


def checklist_answer(keys: list[Any], ticked: Any) -> str:
    """``/inform{...}``: every ticked fact true and the others false, as the page's tick
    boxes answer (docs/API.md §3). Nothing ticked is "not sure", never "none of these":
    an unknown must not become a no."""
    chosen = {part.strip() for part in str(ticked or "").split(",") if part.strip()}
    listed = [str(key) for key in keys if isinstance(key, str)]
    if not chosen & set(listed):
        return "not sure"
    return "/inform" + json.dumps({key: key in chosen for key in listed})


def tenant_of(activity: Mapping[str, Any]) -> str | None:
    channel_data = activity.get("channelData") or {}
    tenant = channel_data.get("tenant") or {}
    return tenant.get("id") or (activity.get("conversation") or {}).get("tenantId")


class TeamsInput(InputChannel):
    """The Bot Framework webhook for Teams, with the checks described in the module."""

    @classmethod
    def name(cls) -> str:
        return "botframework"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> TeamsInput:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(TeamsSettings.from_credentials(credentials))

    def __init__(self, settings: TeamsSettings) -> None:
        self.settings = settings
        self._keys: dict[str, dict[str, Any]] = {}
        self._keys_time = 0.0
        self._keys_lock = asyncio.Lock()

    # --- signing keys and tokens ---

    async def _fetch_keys(self) -> None:
        timeout = aiohttp.ClientTimeout(total=HTTP_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(self.settings.openid_metadata_url) as answer:
                answer.raise_for_status()
                metadata = await answer.json(content_type=None)
            async with session.get(metadata["jwks_uri"]) as answer:
                answer.raise_for_status()
                keys = await answer.json(content_type=None)
        self._keys = {key["kid"]: key for key in keys["keys"] if "kid" in key}
        self._keys_time = time.time()

    async def _signing_key(self, kid: str) -> dict[str, Any] | None:
        async with self._keys_lock:
            age = time.time() - self._keys_time
            stale = age > KEYS_MAX_AGE_SECONDS
            missing = kid not in self._keys and age > KEYS_MIN_REFRESH_SECONDS
            if stale or missing:
                try:
                    await self._fetch_keys()
                except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as error:
                    logger.error(
                        "botframework: could not fetch the signing keys from %s: %s",
                        self.settings.openid_metadata_url,
                        type(error).__name__,
                    )
        return self._keys.get(kid)

    async def check_token(self, header: str | None, activity: Mapping[str, Any]) -> None:
        """Raise :class:`AuthError` unless ``header`` carries a valid Bot Framework token
        for this bot and this activity."""
        if not header:
            raise AuthError("No authorization header provided.")
        match = BEARER.match(header)
        if not match:
            raise AuthError("No Bearer token provided in Authorization header.")
        token = match.group(1)
        try:
            unverified = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise AuthError("Could not validate JWT token.") from error
        kid = unverified.get("kid")
        if not isinstance(kid, str) or unverified.get("alg") not in ALGORITHMS:
            raise AuthError("Could not validate JWT token.")
        key = await self._signing_key(kid)
        if key is None:
            raise AuthError("Could not validate JWT token.")
        endorsements = key.get("endorsements")
        if isinstance(endorsements, list) and activity.get("channelId") not in endorsements:
            raise AuthError("Could not validate JWT token.")
        try:
            claims = jwt.decode(
                token,
                key=jwt.PyJWK(key).key,
                algorithms=ALGORITHMS,
                audience=self.settings.app_id,
                issuer=self.settings.issuer,
                leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iss", "aud"]},
            )
        except (jwt.PyJWTError, ValueError, TypeError) as error:
            logger.info("botframework: refused a token (%s).", type(error).__name__)
            raise AuthError("Could not validate JWT token.") from error
        if claims.get("serviceurl") != activity.get("serviceUrl"):
            raise AuthError("Could not validate JWT token.")

    # --- messages ---

    def output_channel(self, activity: Mapping[str, Any]) -> TeamsOutput:
        return TeamsOutput(
            self.settings,
            str(activity["conversation"]["id"]),
            activity.get("recipient") or {},
            activity.get("from") or {},
            str(activity["serviceUrl"]),
        )

    async def handle(
        self,
        request: Request,
        activity: Mapping[str, Any],
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        out = self.output_channel(activity)
        if not is_personal(activity):
            logger.info("botframework: refused a message from a group chat or channel.")
            await out.send_text_message("", PERSONAL_ONLY)
            return
        if carries_files(activity):
            logger.info("botframework: refused a message with an attachment.")
            await out.send_text_message("", IMAGE_REFUSAL)
            return
        raw = activity.get("text") or button_payload(activity) or ""
        text, early = guard_text(raw)
        if early is not None:
            await out.send_text_message("", early)
            return
        user = activity.get("from") or {}
        sender = pseudonym(
            self.settings.pseudonym_key,
            "msteams",
            tenant_of(activity),
            str(user.get("aadObjectId") or user.get("id")),
        )
        failed = await run_bot(
            on_new_message, UserMessage(text, out, sender, input_channel=self.name())
        )
        if (failed or not out.sent) and await action_server_down(request):
            await out.send_text_message("", UNAVAILABLE_TEXT)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        """``GET /webhooks/botframework/`` (health), ``POST /webhooks/botframework/webhook``."""
        logging_filter.install()
        watch_action_failures()
        webhook = Blueprint("teams_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                activity = request.json
            except Exception:
                activity = None
            if not isinstance(activity, dict):
                activity = {}
            try:
                await self.check_token(request.headers.get("Authorization"), activity)
            except AuthError as error:
                return response.text(str(error), status=HTTPStatus.UNAUTHORIZED)
            if activity.get("type") != "message":
                return response.text("", status=HTTPStatus.OK)
            if not all(activity.get(key) for key in ("conversation", "serviceUrl", "from")):
                return response.text("Not a Bot Framework activity.", status=400)
            await self.handle(request, activity, on_new_message)
            return response.text("", status=HTTPStatus.OK)

        return webhook
