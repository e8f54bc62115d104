"""Measure what each patch of ``server/rasa_patches.py`` saves: Rasa CPU per turn.

    python -m server.patch_timing [--rounds 12] [--cases 2] [--focused] [--out timing.json]

The trained model (``models/assistant.tar.gz``) is loaded in this process with the
project's tracker store (``RedactingSQLTrackerStore`` on a temporary SQLite file, as in
production) and the project's action server as a subprocess. The bench's case
conversations (``bench.conversation.case_script``: greeting, narrative, every question
answered, until the assessment) are played through ``Agent.handle_text``, and the CPU
time of this process (``time.process_time``: the Rasa server's work, every thread;
the action server is another process) is taken around each turn.

Arms: all patches; all but one, for each patch; none (Rasa as shipped). Each round plays
the same ``--cases`` cases in every arm (the next cases of the bench's rotation in the
next round), the arms in a rotated order, so the machine's drift
falls on all arms alike; the first round is a warm-up and is not counted. The gain of a
patch is the mean CPU per turn without it minus with all patches, paired by round.
It takes 2-4 minutes (most of it loading the model); ``nice -n 10`` on a shared machine.

A whole turn is noisy on a shared machine (the patches of 1-3 ms move a 20 ms turn), so
``--focused`` also measures each patched method alone, on the same cases: the CPU of
every call of ``_validate_action_result`` and ``_execute_validation_action`` with Rasa's
method and with the patch (taken around each call), and for ``resolve_by_type`` the
calls per turn (counted) times the time per call of each lookup (``timeit`` over the
type names those turns asked for).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from tools.stack import Server, action_server_command, free_port, running

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "assistant.tar.gz"
ALL = "all patches"
NONE = "none (Rasa as shipped)"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m server.patch_timing", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--rounds", type=int, default=12, help="counted rounds (default 12; 0: --focused only)"
    )
    parser.add_argument("--cases", type=int, default=2, help="cases per arm per round")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    parser.add_argument(
        "--focused", action="store_true", help="also time each patched method alone"
    )
    return parser.parse_args(argv)


def _load_agent(model: Path, action_url: str, db: Path) -> Any:
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    from server.tracker_store import RedactingSQLTrackerStore

    configure_structlog(logging.WARNING)
    for name in ("rasa", "tensorflow", "absl", "sanic", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)
    store = RedactingSQLTrackerStore(None, dialect="sqlite", db=str(db))
    return Agent.load(
        str(model), action_endpoint=EndpointConfig(url=action_url), tracker_store=store
    )


async def play_case(agent: Any, user: int, index: int, sender: str) -> list[float]:
    """One bench case; the Rasa CPU seconds of each turn."""
    from bench.conversation import case_script

    script = case_script(user, index)
    message: str | None = script.first()
    cpu: list[float] = []
    while message is not None:
        start = time.process_time()
        replies = await agent.handle_text(message, sender_id=sender) or []
        cpu.append(time.process_time() - start)
        message = script.next(replies)
    return cpu


def arms() -> list[tuple[str, list[str] | None]]:
    """(label, patches left out; ``None`` for no patches at all)."""
    from server import rasa_patches

    names = [patch.name for patch in rasa_patches.PATCHES]
    return [(ALL, []), *((f"without {name}", [name]) for name in names), (NONE, None)]


async def measure(agent: Any, rounds: int, cases: int) -> dict[str, list[float]]:
    """Per arm, the mean CPU ms per turn of each counted round."""
    from server import rasa_patches

    plan = arms()
    per_round: dict[str, list[float]] = {label: [] for label, _ in plan}
    for round_ in range(rounds + 1):
        shift = round_ % len(plan)
        for position, (label, without) in enumerate(plan[shift:] + plan[:shift]):
            if without is None:
                rasa_patches.uninstall()
            else:
                rasa_patches.install(without=without)
            turns: list[float] = []
            for case in range(cases):
                sender = f"timing-{round_}-{position}-{case}-{os.getpid()}-padding-id"
                # every arm of a round plays the same cases: paired, turn for turn
                turns += await play_case(agent, 0, round_ * cases + case, sender)
            if round_ > 0:  # round 0 warms every arm up
                per_round[label].append(1000 * statistics.fmean(turns))
            print(
                f"round {round_}{' (warm-up)' if round_ == 0 else ''}: {label}: "
                f"{1000 * statistics.fmean(turns):.1f} ms/turn over {len(turns)} turns",
                flush=True,
            )
    rasa_patches.install()
    return per_round


class MethodTimer:
    """CPU seconds spent in some Rasa methods, and their calls, for the current turn."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self.type_names: list[str] = []

    def reset(self) -> dict[str, Any]:
        turn = {"cpu": dict(self.cpu), "calls": dict(self.calls)}
        self.cpu.clear()
        self.calls.clear()
        return turn

    def add(self, name: str, seconds: float) -> None:
        self.cpu[name] = self.cpu.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1

    def wrap(self, validate: Any, execute: Any) -> None:
        """Put timed versions of the two methods (``validate``, ``execute``: Rasa's or the
        patch's) and a counting ``resolve_by_type`` (the patch's) in place."""
        from rasa.core.actions.action import ActionExtractSlots, RemoteAction
        from rasa.shared.core.events import Event

        from server import rasa_patches as rp

        timer = self

        def timed_validate(action: Any, result: Any) -> bool:
            start = time.process_time()
            try:
                return validate(action, result)
            finally:
                timer.add("_validate_action_result", time.process_time() - start)

        async def timed_execute(action: Any, *args: Any) -> Any:
            start = time.process_time()
            try:
                return await execute(action, *args)
            finally:
                timer.add("_execute_validation_action", time.process_time() - start)

        def counted_resolve(type_name: str, default: Any = None) -> Any:
            timer.calls["resolve_by_type"] = timer.calls.get("resolve_by_type", 0) + 1
            timer.type_names.append(type_name)
            return rp.resolve_by_type(type_name, default)

        RemoteAction._validate_action_result = timed_validate  # type: ignore[method-assign]
        ActionExtractSlots._execute_validation_action = timed_execute  # type: ignore[method-assign]
        Event.resolve_by_type = staticmethod(counted_resolve)  # type: ignore[method-assign]


def lookup_seconds(type_names: list[str], repeat: int = 5) -> dict[str, float]:
    """Seconds per call of Rasa's ``resolve_by_type`` and of the patch's, over the names
    the played turns asked for (best of ``repeat``)."""
    import timeit

    from server import rasa_patches as rp

    rp._classes_by_name.clear()
    result = {}
    for label, resolve in (("rasa", rp.RASA_RESOLVE), ("patched", rp.resolve_by_type)):
        best = min(
            timeit.repeat(
                lambda resolve=resolve: [resolve(name) for name in type_names],
                number=3,
                repeat=repeat,
            )
        )
        result[label] = best / 3 / len(type_names)
    return result


async def measure_focused(agent: Any, cases: int) -> dict[str, Any]:
    """Per patch: Rasa CPU per turn in its method, Rasa's and patched, on the same cases.

    Arms: every method patched; only ``_validate_action_result`` Rasa's; only
    ``_execute_validation_action`` Rasa's (so that neither's time holds the other's).
    """
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    from bench.conversation import case_script
    from server import rasa_patches as rp

    validate, execute = "_validate_action_result", "_execute_validation_action"
    plan = {
        "patched": (rp.validate_action_result, rp.execute_validation_action),
        validate: (rp._RASA_VALIDATE_ACTION_RESULT, rp.execute_validation_action),
        execute: (rp.validate_action_result, rp._RASA_EXECUTE_VALIDATION_ACTION),
    }
    timer = MethodTimer()
    turns: dict[str, list[dict[str, Any]]] = {label: [] for label in plan}
    for round_ in range(2):
        for label, methods in plan.items():
            rp.install()
            timer.wrap(*methods)
            for case in range(cases):
                sender = f"focused-{round_}-{label}-{case}-{os.getpid()}-padding"
                script = case_script(0, 100 + case)
                message: str | None = script.first()
                while message is not None:
                    timer.reset()
                    replies = await agent.handle_text(message, sender_id=sender) or []
                    turns[label].append(timer.reset())
                    message = script.next(replies)
    rp.install()

    def cpu_ms(label: str, method: str) -> float:
        return 1000 * statistics.fmean(turn["cpu"].get(method, 0.0) for turn in turns[label])

    per_turn: dict[str, dict[str, Any]] = {}
    for method in (validate, execute):
        per_turn[method] = {
            "rasa": cpu_ms(method, method),
            "patched": cpu_ms("patched", method),
            "calls_per_turn": statistics.fmean(
                turn["calls"].get(method, 0) for turn in turns[method]
            ),
        }
    calls = statistics.fmean(turn["calls"].get("resolve_by_type", 0) for turn in turns["patched"])
    seconds = lookup_seconds(timer.type_names)
    per_turn["resolve_by_type"] = {
        "rasa": 1000 * calls * seconds["rasa"],
        "patched": 1000 * calls * seconds["patched"],
        "calls_per_turn": calls,
        "us_per_call": {label: 1e6 * value for label, value in seconds.items()},
        "event_classes": len(all_subclasses(Event)),
    }
    for values in per_turn.values():
        values["gain"] = values["rasa"] - values["patched"]
    return {"turns": len(turns["patched"]), "per_turn_ms": per_turn}


def summarise(per_round: dict[str, list[float]]) -> dict[str, Any]:
    """Mean per arm; per patch the paired gain (mean, standard error) and its share."""
    base = per_round[ALL]
    summary: dict[str, Any] = {
        "ms_per_turn": {label: statistics.fmean(v) for label, v in per_round.items()},
        "gains": {},
    }
    for label, values in per_round.items():
        if label == ALL:
            continue
        diffs = [without - with_all for without, with_all in zip(values, base, strict=True)]
        spread = statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else 0.0
        summary["gains"][label] = {
            "ms_per_turn": statistics.fmean(diffs),
            "standard_error": spread,
            "share_of_turn_without": statistics.fmean(diffs) / statistics.fmean(values),
        }
    return summary


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.chdir(ROOT)  # config.yml names the spaCy pipeline by a relative path
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="patch-timing-") as folder:
        actions = Server(
            "action server",
            action_server_command(port),
            log=Path(folder) / "actions.log",
            ready_url=f"http://127.0.0.1:{port}/health",
            ready_seconds=90,
            stop_grace=20,
        )
        with running(actions):
            webhook = f"http://127.0.0.1:{port}/webhook"
            agent = _load_agent(args.model, webhook, Path(folder) / "t.db")
            per_round = asyncio.run(measure(agent, args.rounds, args.cases)) if args.rounds else {}
            focused = asyncio.run(measure_focused(agent, args.cases)) if args.focused else None
    summary = summarise(per_round) if per_round else {}
    if per_round:
        print(f"\nRasa CPU per turn, mean of {args.rounds} rounds x {args.cases} cases per arm:")
        for label, value in summary["ms_per_turn"].items():
            print(f"  {label:60s} {value:7.1f} ms")
        print("Gain of each patch (without it minus all patches, paired by round):")
        for label, gain in summary["gains"].items():
            print(
                f"  {label:60s} {gain['ms_per_turn']:+7.2f} ms +- {gain['standard_error']:.2f}"
                f" ({100 * gain['share_of_turn_without']:.0f} % of a turn without it)"
            )
    if focused:
        print(f"Each patched method alone, Rasa CPU per turn ({focused['turns']} turns per arm):")
        for method, values in focused["per_turn_ms"].items():
            print(
                f"  {method:30s} Rasa's {values['rasa']:7.2f} ms, patched {values['patched']:6.2f}"
                f" ms, gain {values['gain']:6.2f} ms ({values['calls_per_turn']:.1f} calls/turn)"
            )
        lookup = focused["per_turn_ms"]["resolve_by_type"]
        print(
            f"  (resolve_by_type: {lookup['us_per_call']['rasa']:.1f} us per call with Rasa's"
            f" walk over {lookup['event_classes']} event classes,"
            f" {lookup['us_per_call']['patched']:.2f} us patched)"
        )
        summary["focused"] = focused
    if args.out:
        args.out.write_text(
            json.dumps({"per_round": per_round, **summary}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
