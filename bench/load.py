"""The benchmark's load: scripted conversations against a bot's REST webhook, timed.

Each simulated user plays its conversations one after another with no think time (a
closed loop), each conversation under a fresh ``secrets.token_urlsafe(32)`` sender id.
A turn is one POST to the webhook, sent and timed by ``tools.client`` (the client the
load test uses too); its latency is the wall time until the full reply list has
arrived, which is what a chat client waits for. All users run concurrently in one
asyncio loop, so the client costs little next to the servers it measures. What is
bench-only lives here: blocks of runs, their merging, and NLU parse timing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import aiohttp

from tools import client
from tools.client import Script

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


async def user_loop(
    session: aiohttp.ClientSession,
    url: str,
    user: int,
    conversations: int,
    make_script: ScriptFactory,
    result: RunResult,
    webhook: str = client.WEBHOOK,
) -> None:
    """One user's conversations, back to back; an error ends only that conversation,
    which then adds its error and none of its turns."""
    for index in range(conversations):
        played = await client.play(
            session, [url], make_script(user, index), timeout=None, webhook=webhook
        )
        if played.error is not None:
            result.errors.append(f"user {user} conversation {index}: {played.error}"[:400])
            continue
        result.latencies_ms.extend(latency * 1000 for latency in played.latencies)
        result.turns_per_conversation.append(len(played.turns))


async def run_load(
    url: str,
    users: int,
    conversations_per_user: int,
    make_script: ScriptFactory,
    webhook: str = client.WEBHOOK,
) -> RunResult:
    """Run ``users`` concurrent users, each playing ``conversations_per_user`` conversations."""
    result = RunResult(users=users)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S)
    connector = aiohttp.TCPConnector(limit=max(users, 1) * 2)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        start = time.perf_counter()
        await asyncio.gather(
            *(
                user_loop(session, url, user, conversations_per_user, make_script, result, webhook)
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
