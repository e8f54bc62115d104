"""The load test's work: N concurrent users, each a whole case, and nothing lost.

``scripts/loadtest.py`` (``make loadtest``) parses the command line and calls ``run``
or ``run_started`` here. Kept out of scripts/ so the entry point stays a thin command
and this code sits beside the harness (``tools.stack``), the client (``tools.client``)
and the tracker check (``tools.trackercheck``) it is made of.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import aiohttp

from tools import stack, trackercheck
from tools.client import CaseResult, play_case, warm_up
from tools.stats import percentile


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
            "p50": round(percentile(latencies, 50), 3) if latencies else 0.0,
            "p95": round(percentile(latencies, 95), 3) if latencies else 0.0,
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


def start_servers(processes: stack.Processes, tmp: Path) -> tuple[str, Any]:
    """One action server and one Rasa server with a temporary SQLite store."""
    actions_port, rasa_port = stack.free_port(), stack.free_port()
    config = stack.sqlite_endpoints(actions_port, tmp / "trackers.db")
    endpoints = stack.write_endpoints(tmp / "endpoints.yml", config)
    env = {"ACTIONS_PORT": str(actions_port)}
    processes.start("actions", stack.action_server_command(actions_port), env)
    processes.start("rasa", stack.rasa_command(rasa_port, endpoints), env)
    processes.wait_ready("actions", f"http://127.0.0.1:{actions_port}/health", 90)
    url = f"http://127.0.0.1:{rasa_port}"
    ready = processes.wait_ready("rasa", f"{url}/", 240)
    print(f"servers ready in {ready:.0f}s (logs in {tmp})", flush=True)
    return url, trackercheck.store_url(config["tracker_store"])


def run(args: argparse.Namespace, url: str, db_url: Any) -> dict[str, Any]:
    """Play the users against ``url``, check the store, return the results."""
    context = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "url": url,
        "model": str(stack.MODEL.relative_to(stack.ROOT)),
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
    with stack.Processes(tmp) as processes:
        url, db_url = start_servers(processes, tmp)
        data = run(args, url, db_url)
        processes.check_alive()
        if data["errors"] or data["lost_trackers"]:
            print(processes.log_tails(), file=sys.stderr)
            logs = processes.save_logs(args.out.with_name("loadtest-logs"))
            print(f"server logs kept in {logs}", file=sys.stderr)
    return data
