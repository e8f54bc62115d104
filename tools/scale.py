"""The scale-out check's work: servers sharing stores, conversations that alternate
between them, and every conversation read back and compared.

``scripts/scale_check.py`` (run by ``scripts/test-scale.sh``) parses the command line
and calls ``run_check`` here; what is checked, and why, is in its docstring.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import aiohttp

from actions.guidance.assessment import assess
from actions.guidance.facts import FACT_KEYS, parse_facts
from tools import stack, trackercheck
from tools.client import NARRATIVE, CaseResult, play_case, send, warm_up

# One case for each level (referral, safeguarding, emergency, out of scope), so that
# equal results are not equal by accident; each reaches an assessment when every
# yes/no question is answered "no".
SCRIPTS: tuple[str, ...] = (
    NARRATIVE,
    "A 15 year old girl sent a topless picture of herself to her boyfriend, who is also 15.",
    "A 14 year old girl says she wants to kill herself after her nude was shared round "
    "the whole school",
    "A nude of an 18 year old woman was shared by her ex boyfriend",
)

# Sent at the same moment to two different servers after the assessment, in
# COLLISION_ROUNDS rounds per conversation.
COLLISION = ("/thank", "/greet")
COLLISION_ROUNDS = 3

# Rasa Open Source's own Redis lock store issues tickets with GET then SET, so two
# servers taking a ticket for one conversation at the same moment can both go ahead
# (RasaHQ/rasa#9213): with it, messages are safe only when they come one at a time.
NON_ATOMIC_LOCK_STORES = {"redis"}


def prepare_endpoints(args: argparse.Namespace, tmp: Path) -> tuple[Path, dict[str, Any], str]:
    """The endpoints file the servers use, its tracker_store section (env expanded) and
    the lock store type."""
    endpoints = stack.read_endpoints(args.endpoints)
    for section in ("action_endpoint", "tracker_store"):
        if section not in endpoints:
            raise stack.StackError(f"{args.endpoints} has no {section} section")
    if args.without_lock_store:
        endpoints.pop("lock_store", None)
        path = stack.write_endpoints(tmp / "endpoints.yml", endpoints)
        return path, endpoints["tracker_store"], "in_memory"
    lock_type = str((endpoints.get("lock_store") or {}).get("type") or "in_memory")
    if lock_type == "in_memory":
        raise stack.StackError(f"{args.endpoints} has no shared lock_store")
    return args.endpoints.resolve(), endpoints["tracker_store"], lock_type


def collision_rounds(args: argparse.Namespace, lock_type: str) -> int:
    """How many collision rounds to play; says why when there are none."""
    if args.collisions == "off" or (
        args.collisions == "auto" and lock_type in NON_ATOMIC_LOCK_STORES
    ):
        print(
            f"collision check off: lock store {lock_type!r} is not atomic across servers "
            "(RasaHQ/rasa#9213); use server.lock_store.AtomicRedisLockStore to turn it on",
            flush=True,
        )
        return 0
    return COLLISION_ROUNDS


def start_servers(processes: stack.Processes, endpoints: Path, servers: int) -> list[str]:
    """One action server (on ACTIONS_PORT) and ``servers`` Rasa servers; their URLs."""
    actions_port = int(processes.env["ACTIONS_PORT"])
    processes.start("actions", stack.action_server_command(actions_port))
    urls = []
    for index in range(servers):
        port = stack.free_port()
        processes.start(f"rasa{index + 1}", stack.rasa_command(port, endpoints))
        urls.append(f"http://127.0.0.1:{port}")
    processes.wait_ready("actions", f"http://127.0.0.1:{actions_port}/health", 90)
    started = time.monotonic()
    for index, url in enumerate(urls):
        processes.wait_ready(f"rasa{index + 1}", f"{url}/", 300)
    print(f"{servers} Rasa servers ready in {time.monotonic() - started:.0f}s", flush=True)
    return urls


async def collide(
    session: aiohttp.ClientSession, result: CaseResult, urls: Sequence[str], rounds: int
) -> None:
    """Send the collision pair ``rounds`` times, both messages at once, each to a
    different server; record failures in ``result.error``."""
    for _ in range(rounds):
        sends = [
            send(session, urls[index % len(urls)], result.sender_id, message, 60)
            for index, message in enumerate(COLLISION)
        ]
        for outcome in await asyncio.gather(*sends, return_exceptions=True):
            if isinstance(outcome, BaseException) and result.error is None:
                result.error = f"collision message failed: {type(outcome).__name__}: {outcome}"


async def play_all(
    urls: list[str], conversations: int, rounds: int
) -> tuple[list[CaseResult], list[CaseResult]]:
    """Reference runs on one server, then the concurrent alternating runs and collisions."""
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        for url in urls:
            await warm_up(session, url)
        reference = [await play_case(session, [urls[0]], script) for script in SCRIPTS]
        rotations = [urls[i % len(urls) :] + urls[: i % len(urls)] for i in range(conversations)]
        scaled = await asyncio.gather(
            *(
                play_case(session, rotations[i], SCRIPTS[i % len(SCRIPTS)])
                for i in range(conversations)
            )
        )
        await asyncio.gather(*(collide(session, r, urls, rounds) for r in scaled if r.completed))
        return reference, list(scaled)


def engine_assessment(slots: dict[str, Any]) -> dict[str, Any]:
    """What the engine says for the fact slots as stored."""
    facts = {key: slots[key] for key in FACT_KEYS if slots.get(key) is not None}
    return assess(parse_facts(facts)).to_dict()


def same(a: Any, b: Any) -> bool:
    """Equal as JSON (the store and the REST channel serialise differently)."""
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def slot_differences(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    """Names of the slots whose values differ."""
    return sorted(key for key in set(got) | set(want) if not same(got.get(key), want.get(key)))


def reference_problems(
    reference: list[CaseResult], events: dict[str, list[trackercheck.Event]]
) -> list[str]:
    """The single-server runs must themselves be whole, or nothing can be compared."""
    problems = []
    for result in reference:
        if not result.completed:
            problems.append(f"reference {result.narrative[:40]!r}: {result.error}")
            continue
        for problem in trackercheck.conversation_problems(
            events[result.sender_id], result.messages, result.assessment
        ):
            problems.append(f"reference {result.narrative[:40]!r}: {problem}")
    return problems


def scaled_problems(
    result: CaseResult,
    ref: CaseResult,
    events: dict[str, list[trackercheck.Event]],
    urls: Sequence[str],
    collisions: Sequence[str],
) -> list[str]:
    """Everything that makes one alternating conversation differ from its reference."""
    if not result.completed:
        return [result.error or "no assessment"]
    problems = trackercheck.conversation_problems(
        events[result.sender_id], result.messages, result.assessment, concurrent_tail=collisions
    )
    if len({turn.server for turn in result.turns}) < min(len(urls), len(result.turns)):
        problems.append("its messages did not alternate between the servers")
    if result.messages != ref.messages:
        problems.append(f"asked differently: sent {result.messages} vs {ref.messages}")
    if not same(result.assessment, ref.assessment):
        problems.append("assessment differs from the single-server run")
    slots = trackercheck.slots_after(events[result.sender_id], len(result.messages))
    ref_slots = trackercheck.slots_after(events[ref.sender_id], len(ref.messages))
    if differing := slot_differences(slots, ref_slots):
        problems.append(f"slots differ from the single-server run: {differing}")
    if not same(engine_assessment(slots), result.assessment):
        problems.append("the stored fact slots do not give the assessment the user got")
    return problems


def check(
    reference: list[CaseResult],
    scaled: list[CaseResult],
    tracker_store: dict[str, Any],
    urls: Sequence[str],
    rounds: int,
) -> dict[str, list[str]]:
    """Problems per conversation (label -> list), read back from the shared store."""
    everyone = [*reference, *scaled]
    events = trackercheck.load_events(
        trackercheck.store_url(tracker_store), [r.sender_id for r in everyone]
    )
    found: dict[str, list[str]] = {}
    if problems := reference_problems(reference, events):
        found["reference runs"] = problems
        return found
    for index, result in enumerate(scaled):
        ref = reference[index % len(reference)]
        if problems := scaled_problems(result, ref, events, urls, COLLISION * rounds):
            found[f"conversation {index + 1} ({result.sender_id[:8]}...)"] = problems
    return found


def summary(
    reference: list[CaseResult],
    scaled: list[CaseResult],
    problems: dict[str, list[str]],
    seconds: float,
    lock_type: str,
    rounds: int,
) -> dict[str, Any]:
    """The JSON-ready results."""
    latencies = [latency for r in scaled for latency in r.latencies]
    return {
        "servers": len({turn.server for r in scaled for turn in r.turns}),
        "lock_store": lock_type,
        "collision_rounds": rounds,
        "conversations": len(scaled),
        "completed": sum(r.completed for r in scaled),
        "turns": len(latencies),
        "max_turn_seconds": round(max(latencies, default=0.0), 3),
        "run_seconds": round(seconds, 2),
        "levels": {r.narrative[:50]: (r.assessment or {}).get("level") for r in reference},
        "problems": problems,
        "reference": [r.summary() for r in reference],
        "scaled": [r.summary() for r in scaled],
    }


def run_check(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """Start the servers, play every conversation, read them back: the results."""
    endpoints, tracker_store, lock_type = prepare_endpoints(args, tmp)
    rounds = collision_rounds(args, lock_type)
    with stack.Processes(tmp) as processes:
        urls = start_servers(processes, endpoints, args.servers)
        started = time.perf_counter()
        reference, scaled = asyncio.run(play_all(urls, args.conversations, rounds))
        seconds = time.perf_counter() - started
        processes.check_alive()
        problems = check(reference, scaled, tracker_store, urls, rounds)
        if problems:
            print(processes.log_tails(), file=sys.stderr)
            logs = processes.save_logs(args.out.with_name("scale-logs"))
            print(f"server logs kept in {logs}", file=sys.stderr)
    return summary(reference, scaled, problems, seconds, lock_type, rounds)
