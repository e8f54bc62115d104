"""Talk to the bot over its REST webhook as a person would: the one "hurried user".

The load test, the scale-out check and the benchmark all play whole cases against
running servers; they share this client so a case is answered one way and a turn is
timed one way. It talks only to the public channel webhook (``POST
/webhooks/rest/webhook``), never to the HTTP API, so it works against any deployment a
user could reach. It cannot read ``requested_slot``: it decides each answer from what a
person sees, the last question's buttons and the reply text.

The hurried user's answers (they always finish a case): a checklist "none of these",
the role question the button of its role (school unless told), the place England,
every yes/no question ``/deny``, an age ``15``. A reply it cannot answer is reported as
a stuck conversation, never guessed.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import aiohttp

Reply = Mapping[str, Any]

WEBHOOK = "/webhooks/rest/webhook"
MAX_TURNS = 25
DEFAULT_TIMEOUT = 60.0

#: A case that reliably ends in an assessment (role, then yes/no questions).
NARRATIVE = (
    "a year 10 girl sent a nude selfie to her 15 year old boyfriend and he showed it to his friends"
)

ROLE_ANSWER = '/inform{"role": "school"}'
JURISDICTION_ANSWER = '/inform{"jurisdiction": "england"}'
NO_ANSWER = "/deny"
AGE_ANSWER = "15"
#: The answer to a checklist ("Do any of these apply?"), typed as a user would.
CHECKLIST_ANSWER = "none of these"
DONT_KNOW = "/dont_know"


class ChatError(Exception):
    """The server did not answer a message the way the channel promises."""


class StuckConversation(ChatError):
    """The bot replied with something the script cannot answer, or never finished."""


def new_sender_id() -> str:
    """An unguessable conversation id (43 URL-safe characters).

    The guarded REST channel accepts only 22-128 characters of [A-Za-z0-9_-],
    and anyone who knows a sender id can continue that conversation.
    """
    return secrets.token_urlsafe(32)


# --------------------------------------------------------------------------- reading replies


def _custom(reply: Reply) -> Mapping[str, Any]:
    custom = reply.get("custom")
    return custom if isinstance(custom, Mapping) else {}


def assessment_in(replies: Sequence[Reply]) -> dict[str, Any] | None:
    """The last ``{"assessment": ...}`` payload among the replies: the end of a case."""
    found = [_custom(reply)["assessment"] for reply in replies if "assessment" in _custom(reply)]
    return found[-1] if found else None


def notice_in(replies: Sequence[Reply]) -> dict[str, Any] | None:
    """A channel notice (input refused, or the assistant unavailable), if one came."""
    for reply in replies:
        notice = _custom(reply).get("notice")
        if isinstance(notice, Mapping):
            return dict(notice)
    return None


def checklist_in(replies: Sequence[Reply]) -> list[str]:
    """The fact keys of the last checklist (``{"checklist": [...]}``, docs/API.md §3) among
    the replies: one question about several yes/no facts; empty if none was asked."""
    found = [
        list(_custom(reply)["checklist"]) for reply in replies if "checklist" in _custom(reply)
    ]
    return found[-1] if found else []


def last_buttons(replies: Sequence[Reply]) -> list[str]:
    """The button payloads of the last reply that has buttons: the question to answer."""
    for reply in reversed(replies):
        if reply.get("buttons"):
            return [
                str(button.get("payload", ""))
                for button in reply["buttons"]
                if isinstance(button, Mapping)
            ]
    return []


def _inform_value(payload: str, key: str) -> str | None:
    """The value of ``key`` in an ``/inform{...}`` payload, or None."""
    if not payload.startswith("/inform{"):
        return None
    try:
        entities = json.loads(payload[len("/inform") :])
    except json.JSONDecodeError:
        return None
    value = entities.get(key) if isinstance(entities, dict) else None
    return str(value) if value is not None else None


def _choose(payloads: Sequence[str], key: str, wanted: str) -> str | None:
    """The button that informs ``key=wanted``, else the first that informs ``key``."""
    offered = [p for p in payloads if _inform_value(p, key) is not None]
    chosen = [p for p in offered if _inform_value(p, key) == wanted]
    return (chosen or offered or [None])[0]


def hurried_answer(replies: Sequence[Reply], role: str = "school") -> str | None:
    """What the hurried user sends next, from the last question; None if it is unsure."""
    if checklist_in(replies):
        return CHECKLIST_ANSWER
    payloads = last_buttons(replies)
    for key, wanted in (("role", role), ("jurisdiction", "england")):
        if answer := _choose(payloads, key, wanted):
            return answer
    if NO_ANSWER in payloads:
        return NO_ANSWER
    texts = " ".join(str(reply.get("text") or "") for reply in replies).lower()
    if DONT_KNOW in payloads or "how old" in texts:  # an age question offers only "Not sure"
        return AGE_ANSWER
    return None


# --------------------------------------------------------------------------- scripts


class Script(Protocol):
    """One conversation: the first message, then the next one for each list of replies
    (None when the conversation is over; StuckConversation when it cannot go on)."""

    def first(self) -> str: ...

    def next(self, replies: Sequence[Reply]) -> str | None: ...


@dataclass
class HurriedUser:
    """A whole case: an optional greeting, the narrative, then the hurried user's
    answers until the reply that carries the assessment."""

    narrative: str = NARRATIVE
    role: str = "school"
    greeting: str | None = None
    max_turns: int = MAX_TURNS
    turns: int = field(default=0, init=False)
    _narrated: bool = field(default=False, init=False)

    def first(self) -> str:
        self.turns = 1
        if self.greeting:
            return self.greeting
        self._narrated = True
        return self.narrative

    def next(self, replies: Sequence[Reply]) -> str | None:
        """The next message, or None once the assessment has arrived."""
        notice = notice_in(replies)
        if notice is not None:
            raise StuckConversation(
                f"channel notice {notice.get('kind')!r} instead of the bot's reply"
            )
        if assessment_in(replies) is not None:
            return None
        if self.turns >= self.max_turns:
            raise StuckConversation(f"no assessment after {self.turns} turns")
        self.turns += 1
        if not self._narrated:
            self._narrated = True
            return self.narrative
        answer = hurried_answer(replies, self.role)
        if answer is None:
            texts = " | ".join(str(r["text"]) for r in replies if r.get("text"))
            raise StuckConversation(f"stuck: no question recognised in {texts[:200]!r}")
        return answer


# --------------------------------------------------------------------------- talking


@dataclass
class Turn:
    """One message sent and what came back."""

    message: str
    server: str
    latency: float  # seconds, until the whole reply list had arrived
    replies: list[dict[str, Any]]


@dataclass
class CaseResult:
    """A whole conversation: every turn, the assessment it reached, or what went wrong."""

    sender_id: str
    narrative: str = ""
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
    session: aiohttp.ClientSession,
    base_url: str,
    sender_id: str,
    message: str,
    timeout: float | None = DEFAULT_TIMEOUT,
    webhook: str = WEBHOOK,
) -> list[dict[str, Any]]:
    """Post one message to the REST webhook; the bot's replies, or ChatError.

    ``timeout=None`` leaves the session's own timeout in force.
    """
    async with session.post(
        base_url.rstrip("/") + webhook,
        json={"sender": sender_id, "message": message},
        timeout=aiohttp.ClientTimeout(total=timeout) if timeout else None,
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


async def play(
    session: aiohttp.ClientSession,
    base_urls: Sequence[str],
    script: Script,
    sender_id: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    webhook: str = WEBHOOK,
) -> CaseResult:
    """Play ``script`` to its end under one fresh sender id, timing every turn.

    Message i goes to ``base_urls[i % len(base_urls)]``: with two servers, each
    conversation alternates between them (what a load balancer without sticky
    sessions does). Errors end the conversation and are recorded, never raised.
    """
    result = CaseResult(sender_id or new_sender_id(), getattr(script, "narrative", ""))
    try:
        message: str | None = script.first()
        while message is not None:
            url = base_urls[len(result.turns) % len(base_urls)]
            started = time.perf_counter()
            replies = await send(session, url, result.sender_id, message, timeout, webhook)
            result.turns.append(Turn(message, url, time.perf_counter() - started, replies))
            result.assessment = assessment_in(replies)
            message = script.next(replies)
    except StuckConversation as error:
        result.error = str(error)
    except (aiohttp.ClientError, asyncio.TimeoutError, ChatError) as error:
        result.error = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return result


async def play_case(
    session: aiohttp.ClientSession,
    base_urls: Sequence[str],
    narrative: str = NARRATIVE,
    sender_id: str | None = None,
    max_turns: int = MAX_TURNS,
    timeout: float = DEFAULT_TIMEOUT,
) -> CaseResult:
    """Describe the case, answer every question as the hurried user, stop at the assessment."""
    script = HurriedUser(narrative, max_turns=max_turns)
    return await play(session, base_urls, script, sender_id, timeout)
