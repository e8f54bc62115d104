"""Channel fixtures: the stand-ins on 127.0.0.1, and the real servers configured for them.

The action server and one Rasa server run as in tests/system (same helpers), with a
credentials file that enables the guarded REST channel, ``server.teams.TeamsInput``
and ``server.slack.SlackDirectInput``, every endpoint pointing at the stand-in.
Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import secrets
import time
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from server.chat_platforms import pseudonym
from tests.channels import standins
from tests.channels.standins import StandIn
from tests.system.conftest import (
    ANSWERS,
    ManagedProcess,
    TrackerReader,
    both_running,
    production_servers,
    require_model,
    server_env,
)
from tools.stack import free_port, sqlite_endpoints, write_endpoints

TEAM_ID = "T0STANDIN"
CASE = "A 15 year old girl sent a nude to her 15 year old boyfriend."


def write_credentials(path: Path, standin_url: str) -> None:
    path.write_text(
        "server.channels.GuardedRestInput:\n"
        "server.teams.TeamsInput:\n"
        f"  app_id: {standins.APP_ID}\n"
        f"  app_password: {standins.APP_PASSWORD}\n"
        f"  tenant_id: {standins.TENANT_ID}\n"
        f"  openid_metadata_url: {standin_url}/teams/openid\n"
        f"  authority_url: {standin_url}/teams/login\n"
        f"  pseudonym_key: {standins.PSEUDONYM_KEY}\n"
        "server.slack.SlackDirectInput:\n"
        f"  slack_token: {standins.SLACK_TOKEN}\n"
        f"  slack_signing_secret: {standins.SLACK_SIGNING_SECRET}\n"
        f"  api_url: {standin_url}/slack/api/\n"
        f"  pseudonym_key: {standins.PSEUDONYM_KEY}\n",
        encoding="utf-8",
    )


@dataclass
class Servers(TrackerReader):
    standin: StandIn
    rasa: ManagedProcess
    actions: ManagedProcess
    rasa_url: str
    db: Path
    session: requests.Session = field(default_factory=requests.Session)

    def answer_for(self, sender: str) -> str:
        return ANSWERS.get(self.requested_slot(sender), "/deny")

    def all_stored_text(self) -> str:
        """Every byte of the tracker database (and its write-ahead log) as text."""
        parts = []
        for path in (self.db, Path(f"{self.db}-wal")):
            if path.exists():
                parts.append(path.read_bytes().decode("utf-8", errors="replace"))
        return "\n".join(parts)


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    require_model("tests/channels")
    work = tmp_path_factory.mktemp("channels")
    standin = StandIn().start()
    actions_port, rasa_port = free_port(), free_port()
    db = work / "trackers.db"
    endpoints = write_endpoints(work / "endpoints.yml", sqlite_endpoints(actions_port, db))
    credentials = work / "credentials.yml"
    write_credentials(credentials, standin.url)
    env = server_env(actions_port, NO_PROXY="127.0.0.1,localhost")
    # Nothing may go through a proxy: every service is the stand-in on 127.0.0.1.
    for name in ("MAX_MESSAGE_CHARS", "CHANNEL_PSEUDONYM_KEY", "HTTP_PROXY", "HTTPS_PROXY"):
        env.pop(name, None)
        env.pop(name.lower(), None)
    ports = (actions_port, rasa_port)
    actions, rasa = production_servers(work, endpoints, env, ports, credentials)
    try:
        with both_running(actions, rasa):
            yield Servers(standin, rasa, actions, f"http://127.0.0.1:{rasa_port}", db)
    finally:
        standin.stop()


# --- Teams -----------------------------------------------------------------------------


@dataclass
class TeamsUser:
    """One Teams user in a personal chat with the bot."""

    servers: Servers
    user_id: str = field(default_factory=lambda: "29:1" + secrets.token_urlsafe(24))
    aad_object_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    conversation_id: str = field(
        default_factory=lambda: "a:1" + secrets.token_urlsafe(30) + ";messageid=1"
    )
    name: str = "Sergeant Stand-In"
    conversation_type: str = "personal"

    @property
    def sender(self) -> str:
        """The conversation id the tracker store sees (the keyed pseudonym)."""
        key = standins.PSEUDONYM_KEY.encode()
        return pseudonym(key, "msteams", standins.TENANT_ID, self.aad_object_id)

    def activity(self, text: str | None = None, **extra: Any) -> dict[str, Any]:
        activity: dict[str, Any] = {
            "type": "message",
            "id": secrets.token_hex(8),
            "channelId": "msteams",
            "serviceUrl": self.servers.standin.service_url,
            "from": {"id": self.user_id, "name": self.name, "aadObjectId": self.aad_object_id},
            "recipient": {"id": f"28:{standins.APP_ID}", "name": "Assistant"},
            "conversation": {
                "id": self.conversation_id,
                "conversationType": self.conversation_type,
                "tenantId": standins.TENANT_ID,
            },
            "channelData": {"tenant": {"id": standins.TENANT_ID}},
            "locale": "en-GB",
        }
        if text is not None:
            activity["text"] = text
        activity.update(extra)
        return activity

    def post(self, activity: dict[str, Any], token: str | None = "sign") -> requests.Response:
        headers = {}
        if token == "sign":
            headers["Authorization"] = "Bearer " + self.servers.standin.signer.token(
                activity.get("serviceUrl", "")
            )
        elif token is not None:
            headers["Authorization"] = token
        return self.servers.session.post(
            f"{self.servers.rasa_url}/webhooks/botframework/webhook",
            json=activity,
            headers=headers,
            timeout=90,
        )

    def send(self, text: str | None = None, **extra: Any) -> list[dict[str, Any]]:
        """Send one signed message; the bot's replies (the webhook answers after them)."""
        before = len(self.servers.standin.activities(self.conversation_id))
        answer = self.post(self.activity(text, **extra))
        assert answer.status_code == 200, answer.text
        return self.servers.standin.activities(self.conversation_id)[before:]

    def click(self, payload: str, title: str = "") -> list[dict[str, Any]]:
        """An Adaptive Card button click: the payload in ``value``, no text."""
        return self.send(None, value={"payload": payload})


def cards(activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Adaptive Cards among the replies."""
    return [
        attachment["content"]
        for activity in activities
        for attachment in activity.get("attachments") or []
        if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive"
    ]


def assessment_cards(activities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [card for card in cards(activities) if "Guidance version" in card["fallbackText"]]


# --- Slack -----------------------------------------------------------------------------


@dataclass
class SlackUser:
    """One Slack user in a direct message with the bot."""

    servers: Servers
    user_id: str = field(default_factory=lambda: "U" + secrets.token_hex(5).upper())
    channel: str = field(default_factory=lambda: "D" + secrets.token_hex(5).upper())

    @property
    def sender(self) -> str:
        return pseudonym(standins.PSEUDONYM_KEY.encode(), "slack", TEAM_ID, self.user_id)

    def event_body(self, text: str, channel_type: str = "im", **event: Any) -> dict[str, Any]:
        return {
            "type": "event_callback",
            "team_id": TEAM_ID,
            "api_app_id": "A0STANDIN",
            "event": {
                "type": "message",
                "user": self.user_id,
                "text": text,
                "ts": f"{time.time():.6f}",
                "channel": self.channel,
                "channel_type": channel_type,
                **event,
            },
            "event_id": "Ev" + secrets.token_hex(5),
            "event_time": int(time.time()),
        }

    def post_raw(
        self, body: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> requests.Response:
        return self.servers.session.post(
            f"{self.servers.rasa_url}/webhooks/slack/webhook",
            data=body,
            headers={"Content-Type": content_type, **(headers or {})},
            timeout=30,
        )

    def post_signed(self, body: bytes, content_type: str) -> requests.Response:
        return self.post_raw(body, content_type, standins.slack_headers(body))

    def _turn_done(self, events_before: int) -> bool:
        """True once the bot's turn is saved: new events ending with ``action_listen``
        (Rasa posts every reply before it saves the turn)."""
        events = self.servers.events(self.sender)
        last = events[-1] if events else {}
        return (
            len(events) > events_before
            and last.get("event") == "action"
            and last.get("name") == "action_listen"
        )

    def _wait(self, channel: str, before: int, events_before: int, seconds: float = 60) -> list:
        """The messages posted to ``channel`` after ``before``, once the bot's turn is saved
        (or, for a reply without the bot, once they stop coming) and 0.5 s pass quietly."""
        deadline = time.monotonic() + seconds
        seen, quiet_since = before, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.servers.standin.slack_messages(channel))
            if count != seen:
                seen, quiet_since = count, time.monotonic()
            quiet = time.monotonic() - quiet_since
            if quiet > 0.5 and self._turn_done(events_before):
                break
            if count > before and quiet > 3:
                break
            time.sleep(0.1)
        return self.servers.standin.slack_messages(channel)[before:]

    def send(self, text: str, channel_type: str = "im", **event: Any) -> list[dict[str, Any]]:
        before = len(self.servers.standin.slack_messages(self.channel))
        events_before = len(self.servers.events(self.sender))
        body = json.dumps(self.event_body(text, channel_type, **event)).encode()
        answer = self.post_signed(body, "application/json")
        assert answer.status_code == 200, answer.text
        return self._wait(self.channel, before, events_before)

    def click(self, value: str, channel: str | None = None) -> list[dict[str, Any]]:
        """A Block Kit button click, as Slack posts it (form-encoded ``payload``)."""
        channel = channel or self.channel
        before = len(self.servers.standin.slack_messages(channel))
        events_before = len(self.servers.events(self.sender))
        payload = {
            "type": "block_actions",
            "user": {"id": self.user_id, "team_id": TEAM_ID},
            "team": {"id": TEAM_ID},
            "channel": {"id": channel},
            "container": {"type": "message", "channel_id": channel},
            "actions": [
                {"type": "button", "action_id": "reply-0", "value": value, "block_id": "b"}
            ],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()
        answer = self.post_signed(body, "application/x-www-form-urlencoded")
        assert answer.status_code == 200, answer.text
        return self._wait(channel, before, events_before)


def slack_assessments(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        message
        for message in messages
        if any(
            block.get("type") == "context" and "Guidance version" in json.dumps(block)
            for block in message.get("blocks") or []
        )
    ]
