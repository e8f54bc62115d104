"""The benchmark's work (``make bench``): start both bots, measure them, time training.

``scripts/bench.py`` parses the command line and calls ``run`` here; what is measured,
and how, is in its docstring. Bench-only, so it lives in bench/ beside the scripted
conversations and the results schema; the servers are started through ``tools.stack``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench import conversation, load, results
from bench.engine import assessments_per_second
from tools import proc, stack
from tools.stats import summarize

ROOT = stack.ROOT
BENCH_DIR = ROOT / "bench"
STOCK_DIR = BENCH_DIR / ".stock"
STOCK_STAMP = STOCK_DIR / ".made-with-rasa"
RASA = stack.RASA_SCRIPT
#: Servers stop on SIGINT (as after Ctrl-C), then SIGTERM, within 20 s in all.
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class BenchError(RuntimeError):
    """The benchmark cannot run or measured nothing usable."""


@dataclass
class Bot:
    """One bot as the benchmark runs it."""

    name: str
    description: str
    cwd: Path
    model: Path
    endpoints: Path
    credentials: Path
    make_script: load.ScriptFactory
    parse_texts: tuple[str, ...]
    actions_command: Callable[[int], list[str]] | None = None
    train_args: list[str] = field(default_factory=list)


def log(message: str) -> None:
    """Progress on stderr, so stdout keeps only the summary."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def env_with(**extra: str) -> dict[str, str]:
    return {**os.environ, **stack.QUIET_ENV, **extra}


# --------------------------------------------------------------------------- the stock bot


def rasa_version() -> str:
    return results.machine_info()["rasa"] or "unknown"


def stock_model() -> Path | None:
    """The stock bot's trained model, if it was made with this Rasa version."""
    if not STOCK_STAMP.exists() or STOCK_STAMP.read_text().strip() != rasa_version():
        return None
    models = sorted((STOCK_DIR / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    return models[-1] if models else None


def ensure_stock_bot() -> Path:
    """Make and train the stock bot once (``rasa init --no-prompt``); reuse it after."""
    existing = stock_model()
    if existing:
        return existing
    log(f"making the stock bot in {STOCK_DIR.relative_to(ROOT)} (rasa init, trains once)")
    shutil.rmtree(STOCK_DIR, ignore_errors=True)
    STOCK_DIR.mkdir(parents=True)
    done = subprocess.run(
        [RASA, "init", "--no-prompt", "--init-dir", str(STOCK_DIR)],
        cwd=ROOT,
        env=env_with(),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise BenchError(f"rasa init failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    STOCK_STAMP.write_text(rasa_version() + "\n")
    model = stock_model()
    if model is None:
        raise BenchError("rasa init did not leave a trained model in bench/.stock/models")
    return model


# --------------------------------------------------------------------------- the two bots


def our_endpoints(tmp: Path, tracker_store: str) -> Path:
    """Our endpoints.yml, with its SQLite tracker store moved to a fresh temporary file."""
    config = yaml.safe_load((ROOT / "endpoints.yml").read_text()) or {}
    store = config.get("tracker_store")
    if tracker_store == "memory":
        config.pop("tracker_store", None)
    elif isinstance(store, dict) and store.get("dialect") == "sqlite":
        store["db"] = str(tmp / "bench-trackers.db")
    path = tmp / "endpoints-ours.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def make_bots(args: argparse.Namespace, tmp: Path) -> list[Bot]:
    bots: list[Bot] = []
    if "ours" in args.bots:
        bots.append(
            Bot(
                name="ours",
                description="full case conversation: greeting, narrative, answers, assessment",
                cwd=ROOT,
                model=args.model.resolve(),
                endpoints=our_endpoints(tmp, args.tracker_store),
                credentials=ROOT / "credentials.yml",
                make_script=conversation.case_script,
                parse_texts=conversation.PARSE_TEXTS["ours"],
                actions_command=stack.action_server_command,
                train_args=[
                    *("--config", str(args.config), "--domain", "domain.yml", "--data", "data"),
                ],
            )
        )
    if "stock" in args.bots:
        bots.append(
            Bot(
                name="stock",
                description="rasa init --no-prompt: greet, mood, affirm, goodbye",
                cwd=STOCK_DIR,
                model=ensure_stock_bot(),
                endpoints=STOCK_DIR / "endpoints.yml",
                credentials=STOCK_DIR / "credentials.yml",
                make_script=conversation.stock_script,
                parse_texts=conversation.PARSE_TEXTS["stock"],
            )
        )
    return bots


# --------------------------------------------------------------------------- measuring


def latency_entry(run: load.RunResult) -> dict[str, Any]:
    """One run's numbers for results.json; an empty run is an error, not a zero."""
    if not run.latencies_ms:
        raise BenchError(
            f"no turn completed with {run.users} user(s): " + "; ".join(run.errors[:3])
        )
    entry: dict[str, Any] = summarize(run.latencies_ms)
    turns = run.turns_per_conversation
    entry.update(
        conversations=len(turns),
        mean_turns=round(sum(turns) / len(turns), 2),
        errors=len(run.errors),
        error_samples=run.errors[:5],
        wall_s=round(run.wall_s, 2),
        turns_per_s=round(len(run.latencies_ms) / run.wall_s, 2) if run.wall_s else 0,
    )
    return entry


def cpu_snapshot(watched: dict[str, stack.Server | None]) -> dict[str, float | None]:
    """CPU seconds used so far by each watched server (None for a server not stack.running)."""
    return {
        role: proc.cpu_seconds(server.pid) if server else None for role, server in watched.items()
    }


def cpu_per_turn(
    before: dict[str, float | None], after: dict[str, float | None], turns: int
) -> dict[str, float | None]:
    """stack.Server CPU milliseconds per turn between two snapshots."""
    return {
        role: None
        if before[role] is None or after[role] is None or not turns
        else round((after[role] - before[role]) * 1000 / turns, 1)
        for role in before
    }


@dataclass
class Running:
    """A bot whose servers are up: where to reach it and what to watch."""

    bot: Bot
    url: str
    api_token: str
    watched: dict[str, stack.Server | None]


@contextlib.contextmanager
def running_bot(
    bot: Bot, args: argparse.Namespace, tmp: Path, taken: set[int]
) -> Iterator[Running]:
    """Start the bot's action server (if any) and Rasa server; stop both afterwards."""
    offset = {"ours": 0, "stock": 10}[bot.name]
    base = args.port_base + offset if args.port_base else None
    try:
        rasa_port = stack.pick_port(base, taken)
        actions_port = stack.pick_port(base + 1 if base else None, taken)
    except stack.StackError as error:
        raise BenchError(f"{error}; choose another with --port-base") from error
    api_token = secrets.token_hex(24)  # hex: never starts with "-"
    # TRACKER_DB: our SQLite tracker store's file when endpoints.yml names none.
    env = env_with(ACTIONS_PORT=str(actions_port), TRACKER_DB=str(tmp / "bench-trackers.db"))
    with _maybe_actions(bot, actions_port, env, tmp) as action_server:
        log(f"{bot.name}: starting the Rasa server on port {rasa_port}")
        command = stack.rasa_command(
            rasa_port,
            bot.endpoints,
            model=bot.model,
            credentials=bot.credentials,
            launcher=args.rasa_command,
            extra=("--enable-api", "--auth-token", api_token),
        )
        url = f"http://127.0.0.1:{rasa_port}"
        rasa_log = tmp / f"rasa-{bot.name}.log"
        rasa = bench_server(f"{bot.name} Rasa server", command, bot, env, rasa_log, f"{url}/", 300)
        try:
            with stack.running(rasa):
                watched = {"rasa_server": rasa, "action_server": action_server}
                yield Running(bot, url, api_token, watched)
        except stack.StackError as error:
            raise BenchError(str(error)) from error


def measure_latency(live: list[Running], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Per bot and user count: latency and CPU per turn, measured in interleaved blocks."""
    for bot in live:
        log(f"{bot.bot.name}: warming up ({args.warmup} conversations)")
        warm = asyncio.run(
            load.run_load(bot.url, 1, args.warmup, bot.bot.make_script, args.webhook)
        )
        if warm.errors and not warm.latencies_ms:
            raise BenchError(f"{bot.bot.name}: warm-up failed: {warm.errors[0]}")
    by_name = {bot.bot.name: bot for bot in live}
    order = load.block_order(list(by_name))
    out: dict[str, dict[str, Any]] = {name: {} for name in by_name}
    for users, total in (("1", args.conversations), ("16", args.conversations_per_user)):
        shares = load.split_conversations(total, order.count(order[0]))
        merged = {name: load.RunResult(users=int(users)) for name in by_name}
        cpu = {name: {"rasa_server": 0.0, "action_server": 0.0} for name in by_name}
        seen: dict[str, int] = {name: 0 for name in by_name}
        for name in order:
            bot, share = by_name[name], shares[seen[name]]
            seen[name] += 1
            log(f"{name}: {users} user(s) x {share} conversations")
            before = cpu_snapshot(bot.watched)
            run = asyncio.run(
                load.run_load(bot.url, int(users), share, bot.bot.make_script, args.webhook)
            )
            used = cpu_per_turn(before, cpu_snapshot(bot.watched), 1)
            for role, value in used.items():
                cpu[name][role] = None if value is None else cpu[name][role] + value
            merged[name].merge(run)
        for name, run in merged.items():
            entry = latency_entry(run)
            entry["cpu_ms_per_turn"] = {
                role: None if value is None else round(value / len(run.latencies_ms), 1)
                for role, value in cpu[name].items()
            }
            out[name][users] = entry
            log(
                f"{name}: {users} user(s): p50 {entry['p50_ms']} ms, p95 {entry['p95_ms']} ms, "
                f"{entry['n']} turns, {entry['errors']} errors, "
                f"server CPU per turn {entry['cpu_ms_per_turn']} ms"
            )
    return out


def measure_parse(bot: Running, args: argparse.Namespace) -> dict[str, Any] | None:
    """NLU parse time through ``/model/parse`` (after one warm-up pass)."""
    if not args.parse_rounds:
        return None
    log(f"{bot.bot.name}: NLU parse time")
    asyncio.run(load.time_parse(bot.url, bot.api_token, bot.bot.parse_texts, 1))
    times, errors = asyncio.run(
        load.time_parse(bot.url, bot.api_token, bot.bot.parse_texts, args.parse_rounds)
    )
    if errors and not times:
        raise BenchError(f"{bot.bot.name}: /model/parse failed: {errors[0]}")
    return summarize(times) if times else None


def measure_bots(bots: list[Bot], args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """Start every bot's servers side by side, measure them in turns, stop them."""
    taken: set[int] = set()
    with contextlib.ExitStack() as stack:
        live = [stack.enter_context(running_bot(bot, args, tmp, taken)) for bot in bots]
        latency = measure_latency(live, args)
        out: dict[str, Any] = {}
        for bot in live:
            rasa, actions = bot.watched["rasa_server"], bot.watched["action_server"]
            out[bot.bot.name] = {
                "description": bot.bot.description,
                "model": str(bot.bot.model),
                "latency": latency[bot.bot.name],
                "parse_ms": measure_parse(bot, args),
                "memory_mb": {
                    "rasa_server": proc.peak_rss_mb(rasa.pid) if rasa else None,
                    "action_server": proc.peak_rss_mb(actions.pid) if actions else None,
                },
            }
    return out


def bench_server(
    name: str,
    command: list[str],
    bot: Bot,
    env: dict[str, str],
    log: Path,
    ready_url: str,
    ready_seconds: float,
) -> stack.Server:
    """A server of ``bot``'s, run from its folder, stopped with SIGINT then SIGTERM."""
    return stack.Server(
        name,
        command,
        env,
        log,
        ready_url=ready_url,
        ready_seconds=ready_seconds,
        cwd=bot.cwd,
        stop_grace=20,
        stop_signals=STOP_SIGNALS,
    )


def _maybe_actions(bot: Bot, port: int, env: dict[str, str], tmp: Path) -> Any:
    """The bot's action server while the block runs; nothing for a bot without one."""
    if bot.actions_command is None:
        return contextlib.nullcontext()
    log(f"{bot.name}: starting the action server on port {port}")
    command = bot.actions_command(port)
    log_file = tmp / f"actions-{bot.name}.log"
    health = f"http://127.0.0.1:{port}/health"
    return stack.running(
        bench_server(f"{bot.name} action server", command, bot, env, log_file, health, 90)
    )


def training_seconds(bot: Bot, tmp: Path) -> float:
    """Wall time of a full ``rasa train --force`` into a temporary folder, empty cache."""
    out = tmp / f"train-{bot.name}"
    env = env_with(RASA_CACHE_DIRECTORY=str(tmp / f"cache-{bot.name}"))
    command = [
        *(RASA, "train", *bot.train_args, "--out", str(out)),
        *("--fixed-model-name", f"bench-{bot.name}", "--force"),
    ]
    log(f"{bot.name}: timing rasa train (into {out})")
    start = time.perf_counter()
    done = subprocess.run(command, cwd=bot.cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or not (out / f"bench-{bot.name}.tar.gz").exists():
        raise BenchError(f"{bot.name}: rasa train failed:\n{done.stdout[-1500:]}")
    log(f"{bot.name}: trained in {elapsed:.1f} s")
    return round(elapsed, 1)


# --------------------------------------------------------------------------- reporting


def summary_lines(data: dict[str, Any]) -> list[str]:
    """A short table for the terminal."""
    lines = ["bot    users  p50 ms  p95 ms  max ms  turns  errors  CPU ms/turn (rasa+actions)"]
    for name, bot in data["bots"].items():
        for users, lat in bot["latency"].items():
            cpu = lat.get("cpu_ms_per_turn") or {}
            cpu_text = f"{cpu.get('rasa_server')}+{cpu.get('action_server') or 0}"
            lines.append(
                f"{name:<6} {users:>5} {lat['p50_ms']:>7.1f} {lat['p95_ms']:>7.1f} "
                f"{lat['max_ms']:>7.1f} {lat['n']:>6} {lat['errors']:>7}  {cpu_text}"
            )
    for name, bot in data["bots"].items():
        parse = bot["parse_ms"]
        parse_text = f"{parse['p50_ms']:.1f}/{parse['p95_ms']:.1f}" if parse else "-"
        memory = bot["memory_mb"]
        lines.append(
            f"{name}: parse p50/p95 {parse_text} ms; training {bot['training_s'] or '-'} s; "
            f"memory rasa {memory['rasa_server']} MB, actions {memory['action_server'] or '-'} MB"
        )
    lines.append(f"engine: {data['engine']['assessments_per_s']} assessments/s")
    ratios = data["ratios"]["p95_ours_over_stock"]
    lines.append(f"p95 ours/stock: 1 user {ratios['1']}, 16 users {ratios['16']}")
    lines.append(f"done-when met (p95 ours <= stock at 1 and 16 users): {data['done_when_met']}")
    return lines


def run(args: argparse.Namespace) -> dict[str, Any]:
    if "ours" in args.bots and not args.model.exists():
        raise BenchError(f"{args.model} does not exist: run `make train` first")
    started = results.machine_info()
    log("engine: assessments per second")
    engine = assessments_per_second()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp_name:
        tmp = Path(tmp_name)
        bots = make_bots(args, tmp)
        bots_out = measure_bots(bots, args, tmp)
        for bot in bots:
            bots_out[bot.name]["training_s"] = (
                None if args.skip_training else training_seconds(bot, tmp)
            )
    ended = results.machine_info()
    ratios = results.p95_ratios(bots_out)
    return {
        "format": results.FORMAT,
        "date": results.now_iso(),
        "git": results.git_info(ROOT),
        "machine": {**started, "load_avg_end": ended["load_avg"]},
        "settings": {
            "bots": list(args.bots),
            "conversations_1_user": args.conversations,
            "conversations_per_user_16_users": args.conversations_per_user,
            "warmup_conversations": args.warmup,
            "order": "both bots served side by side, measured in blocks A B B A",
            "parse_rounds": args.parse_rounds,
            "tracker_store_ours": args.tracker_store,
            "config": str(args.config),
            "sender_ids": "secrets.token_urlsafe(32)",
        },
        "bots": bots_out,
        "engine": engine,
        "ratios": {"p95_ours_over_stock": ratios},
        "done_when_met": results.done_when_met(ratios),
    }
