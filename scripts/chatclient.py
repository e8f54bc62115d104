"""A small REST client that plays a whole case with the assistant, as a person would.

Used by the load test (``scripts/loadtest.py``) and the scale-out check
(``scripts/scale_check.py``). It talks only to the public channel webhook
(``POST /webhooks/rest/webhook``), never to the HTTP API, so it works against
any deployment a user could reach. It cannot read ``requested_slot``; it
decides each answer from what a person sees: the reply's buttons and text.

Answering policy (always finishes a case): the role question gets
``/inform{"role": "school"}``, the jurisdiction question England, every yes/no
question ``/deny``, an age question ``15``.
"""

from __future__ import annotations

import asyncio
import json
import math
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

WEBHOOK = "/webhooks/rest/webhook"
MAX_TURNS = 25
DEFAULT_TIMEOUT = 60.0

# A case that reliably ends in an assessment (role, then yes/no questions).
NARRATIVE = (
    "a year 10 girl sent a nude selfie to her 15 year old boyfriend and he showed it to his friends"
)

ROLE_ANSWER = '/inform{"role": "school"}'
JURISDICTION_ANSWER = '/inform{"jurisdiction": "england"}'
NO_ANSWER = "/deny"
AGE_ANSWER = "15"


class ChatError(Exception):
    """The server did not answer a message the way the channel promises."""


def new_sender_id() -> str:
    """An unguessable conversation id (43 URL-safe characters).

    The guarded REST channel accepts only 22-128 characters of [A-Za-z0-9_-],
    and anyone who knows a sender id can continue that conversation.
    """
    return secrets.token_urlsafe(32)


def assessment_in(replies: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The ``{"assessment": ...}`` payload among the replies, if one came."""
    found = [
        reply["custom"]["assessment"]
        for reply in replies
        if isinstance(reply.get("custom"), dict) and "assessment" in reply["custom"]
    ]
    return found[-1] if found else None


def notice_in(replies: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """A channel notice (input refused, or the assistant unavailable), if one came."""
    for reply in replies:
        custom = reply.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("notice"), dict):
            return custom["notice"]
    return None


#: The answer to a checklist ("Do any of these apply?"), typed as a user would.
CHECKLIST_ANSWER = "none of these"


def answer_for(replies: Sequence[dict[str, Any]]) -> str | None:
    """What to send next, decided from the last question's buttons or text; None if unsure."""
    # The latest question is the one to answer: look at the last reply with buttons.
    last_buttons = next(
        (
            [button.get("payload", "") for button in reply["buttons"]]
            for reply in reversed(replies)
            if reply.get("buttons")
        ),
        [],
    )
    if any(isinstance(r.get("custom"), dict) and "checklist" in r["custom"] for r in replies):
        return CHECKLIST_ANSWER  # "Do any of these apply?": none of them
    if any(p.startswith('/inform{"role"') for p in last_buttons):
        return ROLE_ANSWER
    if any(p.startswith('/inform{"jurisdiction"') for p in last_buttons):
        return JURISDICTION_ANSWER
    if NO_ANSWER in last_buttons:
        return NO_ANSWER
    if any("how old" in (reply.get("text") or "").lower() for reply in replies):
        return AGE_ANSWER
    return None


@dataclass
class Turn:
    """One message sent and what came back."""

    message: str
    server: str
    latency: float
    replies: list[dict[str, Any]]


@dataclass
class CaseResult:
    """A whole conversation: every turn, the assessment it reached, or what went wrong."""

    sender_id: str
    narrative: str
    turns: list[Turn] = field(default_factory=list)
    assessment: dict[str, Any] | None = None
    error: str | None = None

    @property
    def completed(self) -> bool:
        """Reached an assessment without any error."""
        return self.error is None and self.assessment is not None

    @property
    def messages(self) -> list[str]:
        """The user messages sent, in order."""
        return [turn.message for turn in self.turns]

    @property
    def latencies(self) -> list[float]:
        """Seconds each answered message took, in order."""
        return [turn.latency for turn in self.turns]

    def summary(self) -> dict[str, Any]:
        """A JSON-ready record (no reply texts: they are long and the same for every run)."""
        return {
            "sender_id": self.sender_id,
            "completed": self.completed,
            "error": self.error,
            "turns": len(self.turns),
            "messages": self.messages,
            "servers": [turn.server for turn in self.turns],
            "latencies": [round(latency, 4) for latency in self.latencies],
            "level": (self.assessment or {}).get("level"),
            "outcome_21": (self.assessment or {}).get("outcome_21"),
        }


async def send(
    session: aiohttp.ClientSession, base_url: str, sender_id: str, message: str, timeout: float
) -> list[dict[str, Any]]:
    """Post one message to the REST webhook; the bot's replies, or ChatError."""
    async with session.post(
        base_url.rstrip("/") + WEBHOOK,
        json={"sender": sender_id, "message": message},
        timeout=aiohttp.ClientTimeout(total=timeout),
    ) as response:
        body = await response.text()
        if response.status != 200:
            raise ChatError(f"HTTP {response.status} from {base_url}: {body[:200]}")
    try:
        replies = json.loads(body)
    except json.JSONDecodeError as error:
        raise ChatError(f"not JSON from {base_url}: {body[:200]}") from error
    if not isinstance(replies, list):
        raise ChatError(f"not a list of replies from {base_url}: {body[:200]}")
    return replies


async def warm_up(
    session: aiohttp.ClientSession, base_url: str, timeout: float = DEFAULT_TIMEOUT
) -> None:
    """One message in a throwaway conversation, so that no measured turn pays for the
    server's first-request set-up; ChatError if the server does not answer."""
    try:
        await send(session, base_url, new_sender_id(), "hello", timeout)
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        raise ChatError(
            f"{base_url} did not answer a first message: {type(error).__name__}: {error}"
        ) from error


async def say(
    session: aiohttp.ClientSession,
    result: CaseResult,
    base_url: str,
    message: str,
    timeout: float,
) -> list[dict[str, Any]]:
    """Send ``message`` in ``result``'s conversation and record the turn."""
    started = time.perf_counter()
    replies = await send(session, base_url, result.sender_id, message, timeout)
    result.turns.append(Turn(message, base_url, time.perf_counter() - started, replies))
    notice = notice_in(replies)
    if notice is not None:
        raise ChatError(f"channel notice {notice.get('kind')!r} instead of the bot's reply")
    return replies


async def play_case(
    session: aiohttp.ClientSession,
    base_urls: Sequence[str],
    narrative: str = NARRATIVE,
    sender_id: str | None = None,
    max_turns: int = MAX_TURNS,
    timeout: float = DEFAULT_TIMEOUT,
) -> CaseResult:
    """Describe the case, answer every question, stop at the assessment.

    Message i goes to ``base_urls[i % len(base_urls)]``: with two servers, each
    conversation alternates between them (what a load balancer without sticky
    sessions does). Errors end the conversation and are recorded, never raised.
    """
    result = CaseResult(sender_id or new_sender_id(), narrative)
    message: str | None = narrative
    try:
        for index in range(max_turns):
            replies = await say(
                session, result, base_urls[index % len(base_urls)], message, timeout
            )
            result.assessment = assessment_in(replies)
            if result.assessment is not None:
                return result
            message = answer_for(replies)
            if message is None:
                texts = " | ".join(r.get("text", "") for r in replies if r.get("text"))
                result.error = f"stuck: no question recognised in {texts[:200]!r}"
                return result
        result.error = f"no assessment after {max_turns} turns"
    except (aiohttp.ClientError, asyncio.TimeoutError, ChatError) as error:
        result.error = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return result


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank); 0 if empty."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = min(len(ordered), max(1, math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]
