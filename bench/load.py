"""Play scripted conversations against a bot's REST webhook and time every turn.

Each simulated user plays its conversations one after another with no think time (a
closed loop), each conversation under a fresh ``secrets.token_urlsafe(32)`` sender id.
A turn is one POST to the webhook; its latency is the wall time until the full reply
list has arrived, which is what a chat client waits for. All users run concurrently in
one asyncio loop, so the client costs little next to the servers it measures.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bench.conversation import Script, StuckConversation

ScriptFactory = Callable[[int, int], Script]

#: A turn slower than this is an error, not a latency: the server is stuck.
REQUEST_TIMEOUT_S = 120.0


@dataclass
class RunResult:
    """Everything one load run measured."""

    users: int
    latencies_ms: list[float] = field(default_factory=list)
    turns_per_conversation: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def conversations(self) -> int:
        return len(self.turns_per_conversation)

    def merge(self, other: RunResult) -> None:
        """Add another block's measurements to this one (same number of users)."""
        self.latencies_ms.extend(other.latencies_ms)
        self.turns_per_conversation.extend(other.turns_per_conversation)
        self.errors.extend(other.errors)
        self.wall_s += other.wall_s


def block_order(names: list[str], rounds: int = 2) -> list[str]:
    """The order of measuring blocks: A B B A (A B B A ...), so a drift of the machine's
    speed during the run weighs on every bot alike."""
    order: list[str] = []
    for round_index in range(rounds):
        order.extend(names if round_index % 2 == 0 else reversed(names))
    return order


def split_conversations(total: int, blocks: int) -> list[int]:
    """``total`` conversations over ``blocks`` blocks, as evenly as possible (each >= 1)."""
    total = max(total, blocks)
    return [total // blocks + (1 if index < total % blocks else 0) for index in range(blocks)]


async def post_message(
    session: aiohttp.ClientSession, url: str, sender: str, message: str
) -> tuple[list[dict[str, Any]], float]:
    """Send one message; return the replies and the latency in milliseconds."""
    start = time.perf_counter()
    async with session.post(url, json={"sender": sender, "message": message}) as response:
        body = await response.json(content_type=None)
        elapsed_ms = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise StuckConversation(f"HTTP {response.status}: {str(body)[:200]}")
    if not isinstance(body, list):
        raise StuckConversation(f"webhook answered {type(body).__name__}, not a list")
    return body, elapsed_ms


async def play(session: aiohttp.ClientSession, url: str, script: Script, result: RunResult) -> None:
    """Play one conversation to its end, recording each turn's latency."""
    sender = secrets.token_urlsafe(32)
    message: str | None = script.first()
    turns = 0
    latencies: list[float] = []
    while message is not None:
        replies, elapsed_ms = await post_message(session, url, sender, message)
        latencies.append(elapsed_ms)
        turns += 1
        message = script.next(replies)
    result.latencies_ms.extend(latencies)
    result.turns_per_conversation.append(turns)


async def user_loop(
    session: aiohttp.ClientSession,
    url: str,
    user: int,
    conversations: int,
    make_script: ScriptFactory,
    result: RunResult,
) -> None:
    """One user's conversations, back to back; an error ends only that conversation."""
    for index in range(conversations):
        try:
            await play(session, url, make_script(user, index), result)
        except (StuckConversation, aiohttp.ClientError, asyncio.TimeoutError) as error:
            result.errors.append(f"user {user} conversation {index}: {error!r}"[:400])


async def run_load(
    url: str, users: int, conversations_per_user: int, make_script: ScriptFactory
) -> RunResult:
    """Run ``users`` concurrent users, each playing ``conversations_per_user`` conversations."""
    result = RunResult(users=users)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=max(users, 1) * 2)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        start = time.perf_counter()
        await asyncio.gather(
            *(
                user_loop(session, url, user, conversations_per_user, make_script, result)
                for user in range(users)
            )
        )
        result.wall_s = time.perf_counter() - start
    return result


async def time_parse(
    url: str, token: str, texts: Sequence[str], rounds: int
) -> tuple[list[float], list[str]]:
    """Time ``rounds`` passes of ``/model/parse`` over ``texts``: latencies and errors.

    The HTTP API is enabled for the benchmark only, behind a random ``--auth-token``.
    """
    latencies: list[float] = []
    errors: list[str] = []
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for _ in range(rounds):
            for text in texts:
                start = time.perf_counter()
                async with session.post(
                    f"{url}/model/parse", params={"token": token}, json={"text": text}
                ) as response:
                    body = await response.json(content_type=None)
                    elapsed_ms = (time.perf_counter() - start) * 1000
                if response.status == 200 and isinstance(body, dict) and "intent" in body:
                    latencies.append(elapsed_ms)
                else:
                    errors.append(f"parse {text!r}: HTTP {response.status}")
    return latencies, errors
