"""Load test: N concurrent users, each a complete case over REST, and nothing lost.

    .venv/bin/python scripts/loadtest.py [--users 32] [--out results/loadtest.json]
    .venv/bin/python scripts/loadtest.py --url http://127.0.0.1:5005 [--tracker-db URL]

Without ``--url`` it starts one action server and one Rasa server
(models/assistant.tar.gz) on free loopback ports, with a temporary SQLite
tracker store, so the repo's trackers.db is untouched. With ``--url`` it uses a
running server; give ``--tracker-db`` (an SQLAlchemy URL of its tracker store)
to check the stored conversations too.

Every user starts at once and plays one whole case (describe, answer each
question, until the reply that carries ``custom.assessment``). Reported:
completed conversations, errors (HTTP errors, timeouts, conversations that
never reached an assessment), lost trackers (a conversation the store does not
hold whole: every message once and in order, the ``assessment`` slot set),
turn latency p50/p95/max and total time. Exit status 1 on any error or lost
tracker.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp

from scripts import rasastack, trackercheck
from scripts.chatclient import (
    DEFAULT_TIMEOUT,
    NARRATIVE,
    CaseResult,
    ChatError,
    percentile,
    play_case,
    warm_up,
)

DEFAULT_OUT = rasastack.ROOT / "results" / "loadtest.json"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32, help="concurrent conversations")
    parser.add_argument("--url", help="use this running Rasa server instead of starting one")
    parser.add_argument("--tracker-db", help="SQLAlchemy URL of --url's tracker store")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="s per message")
    parser.add_argument("--narrative", default=NARRATIVE, help="the case every user describes")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


async def run_users(url: str, users: int, narrative: str, timeout: float) -> list[CaseResult]:
    """Warm the server with one message, then play ``users`` cases at once."""
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        await warm_up(session, url, timeout)
        return list(
            await asyncio.gather(
                *(play_case(session, [url], narrative, timeout=timeout) for _ in range(users))
            )
        )


def lost_trackers(db_url: Any, results: list[CaseResult]) -> dict[str, list[str]]:
    """Completed conversations the store does not hold whole, with what is wrong in each.

    A conversation that ended in an error is already counted as an error; what the
    store holds of it is undefined (the server may have handled the last message)."""
    completed = [result for result in results if result.completed]
    events = trackercheck.load_events(db_url, [r.sender_id for r in completed])
    lost: dict[str, list[str]] = {}
    for result in completed:
        problems = trackercheck.conversation_problems(
            events[result.sender_id], result.messages, result.assessment
        )
        if problems:
            lost[result.sender_id] = problems
    return lost


def report(
    results: list[CaseResult],
    lost: dict[str, list[str]] | None,
    seconds: float,
    context: dict[str, Any],
) -> dict[str, Any]:
    """The JSON-ready results: counts, latency percentiles, each conversation."""
    latencies = [latency for result in results for latency in result.latencies]
    errors = [r for r in results if not r.completed]
    return {
        **context,
        "users": len(results),
        "completed": len(results) - len(errors),
        "errors": len(errors),
        "error_samples": sorted({r.error or "no assessment" for r in errors})[:10],
        "lost_trackers": None if lost is None else len(lost),
        "lost_tracker_problems": lost,
        "turns": len(latencies),
        "latency_seconds": {
            "p50": round(percentile(latencies, 0.50), 3),
            "p95": round(percentile(latencies, 0.95), 3),
            "max": round(max(latencies, default=0.0), 3),
            "mean": round(sum(latencies) / len(latencies), 3) if latencies else 0.0,
        },
        "total_seconds": round(seconds, 2),
        "turns_per_second": round(len(latencies) / seconds, 2) if seconds else 0.0,
        "conversations": [r.summary() for r in results],
    }


def print_table(data: dict[str, Any]) -> None:
    """The results as a short table a person can read."""
    lat = data["latency_seconds"]
    lost = "not checked" if data["lost_trackers"] is None else data["lost_trackers"]
    rows = [
        ("concurrent users", data["users"]),
        ("completed (reached an assessment)", data["completed"]),
        ("errors", data["errors"]),
        ("lost trackers (of those completed)", lost),
        ("turns (messages answered)", data["turns"]),
        ("turn latency p50 / p95 / max (s)", f"{lat['p50']} / {lat['p95']} / {lat['max']}"),
        ("total time (s)", data["total_seconds"]),
        ("throughput (turns/s)", data["turns_per_second"]),
        ("load average before / after", f"{data['loadavg_before']} / {data['loadavg_after']}"),
    ]
    width = max(len(name) for name, _ in rows)
    print(f"\nLoad test against {data['url']}")
    for name, value in rows:
        print(f"  {name:<{width}}  {value}")
    for sample in data["error_samples"]:
        print(f"  error: {sample}")
    for sender, problems in (data["lost_tracker_problems"] or {}).items():
        print(f"  lost tracker {sender[:8]}...: {'; '.join(problems)}")


def start_servers(processes: rasastack.Processes, tmp: Path) -> tuple[str, Any]:
    """One action server and one Rasa server with a temporary SQLite store."""
    actions_port, rasa_port = rasastack.free_port(), rasastack.free_port()
    tracker_store = {
        "type": rasastack.TRACKER_STORE_TYPE,
        "dialect": "sqlite",
        "db": str(tmp / "trackers.db"),
    }
    endpoints = rasastack.write_endpoints(
        tmp / "endpoints.yml",
        {
            "action_endpoint": {"url": f"http://127.0.0.1:{actions_port}/webhook"},
            "tracker_store": tracker_store,
        },
    )
    env = {"ACTIONS_PORT": str(actions_port)}
    processes.start("actions", rasastack.action_server_command(actions_port), env)
    processes.start("rasa", rasastack.rasa_command(rasa_port, endpoints), env)
    processes.wait_ready("actions", f"http://127.0.0.1:{actions_port}/health", 90)
    url = f"http://127.0.0.1:{rasa_port}"
    ready = processes.wait_ready("rasa", f"{url}/", 240)
    print(f"servers ready in {ready:.0f}s (logs in {tmp})", flush=True)
    return url, trackercheck.store_url(tracker_store)


def run(args: argparse.Namespace, url: str, db_url: Any) -> dict[str, Any]:
    """Play the users against ``url``, check the store, return the results."""
    context = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "url": url,
        "model": str(rasastack.MODEL.relative_to(rasastack.ROOT)),
        "cpus": os.cpu_count(),
        "loadavg_before": round(os.getloadavg()[0], 2),
    }
    print(f"playing {args.users} concurrent conversations against {url} ...", flush=True)
    started = time.perf_counter()
    results = asyncio.run(run_users(url, args.users, args.narrative, args.timeout))
    seconds = time.perf_counter() - started
    context["loadavg_after"] = round(os.getloadavg()[0], 2)
    lost = lost_trackers(db_url, results) if db_url is not None else None
    return report(results, lost, seconds, context)


def run_started(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """Start the servers, run the users, keep the logs if anything failed."""
    with rasastack.Processes(tmp) as processes:
        url, db_url = start_servers(processes, tmp)
        data = run(args, url, db_url)
        processes.check_alive()
        if data["errors"] or data["lost_trackers"]:
            print(processes.log_tails(), file=sys.stderr)
            logs = processes.save_logs(args.out.with_name("loadtest-logs"))
            print(f"server logs kept in {logs}", file=sys.stderr)
    return data


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.users < 1:
        print("error: --users must be at least 1", file=sys.stderr)
        return 2
    rasastack.exit_on_sigterm()
    try:
        if args.url:
            data = run(args, args.url.rstrip("/"), args.tracker_db)
        else:
            with tempfile.TemporaryDirectory(prefix="loadtest-") as tmp_name:
                data = run_started(args, Path(tmp_name))
    except (rasastack.StackError, ChatError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print_table(data)
    print(f"  results written to {args.out}")
    failed = data["errors"] or data["lost_trackers"]
    print("FAILED" if failed else "OK: every conversation completed and was stored whole")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
