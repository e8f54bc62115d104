"""`make bench`: measure the assistant against a stock Rasa bot, on this machine, in one run.

What it measures (issue 7), for our bot and for the bot ``rasa init --no-prompt`` makes:

- per-turn latency over REST (p50, p95, max, mean) of a whole conversation, with 1 user
  and with 16 concurrent users, each user playing several conversations back to back
  (ours: a full case, from greeting to assessment; stock: its greet / mood / goodbye);
- NLU parse time (``/model/parse``, the HTTP API enabled for the benchmark only, behind a
  random token);
- training time (``rasa train --force`` into a temporary folder with an empty cache);
- peak resident memory of the Rasa server and of the action server;
- assessments per second of the pure engine, in-process.

It writes ``bench/results.json`` (checked against ``bench.results.SCHEMA``) and
``bench/latency.png``. The stock bot is made and trained once into ``bench/.stock/``
(ignored by git) and reused while the Rasa version stays the same.

Both bots run the same way (``rasa run`` on 127.0.0.1, REST channel, warmed up first,
free ports). Our bot runs with its own endpoints.yml, except that its SQLite tracker
store is a fresh file in a temporary folder, so the benchmark never touches trackers.db.

Usage:
    python scripts/bench.py                  # everything (about 15 minutes on 2 cores)
    python scripts/bench.py --skip-training  # latency, parse and memory only
    python scripts/bench.py --quick          # a short smoke run (fewer conversations)
    python scripts/bench.py --bots ours --model /tmp/m/variant.tar.gz --out /tmp/v.json
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make the project importable
    sys.path.insert(0, str(ROOT))

from bench import conversation, load, results, servers  # noqa: E402
from bench.engine import assessments_per_second  # noqa: E402
from bench.plot import plot_latency  # noqa: E402
from bench.stats import summarize  # noqa: E402

BENCH_DIR = ROOT / "bench"
STOCK_DIR = BENCH_DIR / ".stock"
STOCK_STAMP = STOCK_DIR / ".made-with-rasa"
VENV_BIN = Path(sys.executable).parent
RASA = str(VENV_BIN / "rasa")

BASE_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}


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
    return {**os.environ, **BASE_ENV, **extra}


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


def actions_command(port: int) -> list[str]:
    """The project's action server: its own entry point when present, else the SDK's."""
    if (ROOT / "server" / "action_server.py").exists():
        return [sys.executable, "-m", "server.action_server", "--port", str(port)]
    return [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(port)]


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
                actions_command=actions_command,
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


def cpu_snapshot(watched: dict[str, servers.Server | None]) -> dict[str, float | None]:
    """CPU seconds used so far by each watched server (None for a server not running)."""
    return {role: server.cpu_seconds() if server else None for role, server in watched.items()}


def cpu_per_turn(
    before: dict[str, float | None], after: dict[str, float | None], turns: int
) -> dict[str, float | None]:
    """Server CPU milliseconds per turn between two snapshots."""
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
    watched: dict[str, servers.Server | None]


@contextlib.contextmanager
def running_bot(
    bot: Bot, args: argparse.Namespace, tmp: Path, taken: set[int]
) -> Iterator[Running]:
    """Start the bot's action server (if any) and Rasa server; stop both afterwards."""
    offset = {"ours": 0, "stock": 10}[bot.name]
    base = args.port_base + offset if args.port_base else None
    rasa_port = servers.pick_port(base, taken)
    actions_port = servers.pick_port(base + 1 if base else None, taken)
    api_token = secrets.token_hex(24)  # hex: never starts with "-"
    # TRACKER_DB: our SQLite tracker store's file when endpoints.yml names none.
    env = env_with(ACTIONS_PORT=str(actions_port), TRACKER_DB=str(tmp / "bench-trackers.db"))
    with _maybe_actions(bot, actions_port, env, tmp) as action_server:
        log(f"{bot.name}: starting the Rasa server on port {rasa_port}")
        command = [
            *args.rasa_command,
            *("run", "--model", str(bot.model), "--endpoints", str(bot.endpoints)),
            *("--credentials", str(bot.credentials), "--interface", "127.0.0.1"),
            *("--port", str(rasa_port), "--enable-api", "--auth-token", api_token),
        ]
        rasa_log = tmp / f"rasa-{bot.name}.log"
        try:
            with servers.running(
                f"{bot.name} Rasa server",
                command,
                cwd=bot.cwd,
                env=env,
                url=f"http://127.0.0.1:{rasa_port}",
                ready_path="/",
                log=rasa_log,
            ) as rasa:
                watched = {"rasa_server": rasa, "action_server": action_server}
                yield Running(bot, rasa.url, api_token, watched)
        except servers.ServerError as error:
            raise BenchError(f"{error}\n{servers.log_tail(rasa_log)}") from error


def measure_latency(live: list[Running], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Per bot and user count: latency and CPU per turn, measured in interleaved blocks."""
    for bot in live:
        log(f"{bot.bot.name}: warming up ({args.warmup} conversations)")
        warm = asyncio.run(
            load.run_load(bot.url + args.webhook, 1, args.warmup, bot.bot.make_script)
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
                load.run_load(bot.url + args.webhook, int(users), share, bot.bot.make_script)
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
                    "rasa_server": rasa.peak_rss_mb() if rasa else None,
                    "action_server": actions.peak_rss_mb() if actions else None,
                },
            }
    return out


def _maybe_actions(bot: Bot, port: int, env: dict[str, str], tmp: Path) -> Any:
    """The bot's action server while the block runs; nothing for a bot without one."""
    if bot.actions_command is None:
        return contextlib.nullcontext()
    log(f"{bot.name}: starting the action server on port {port}")
    return servers.running(
        f"{bot.name} action server",
        bot.actions_command(port),
        cwd=bot.cwd,
        env=env,
        url=f"http://127.0.0.1:{port}",
        ready_path="/health",
        log=tmp / f"actions-{bot.name}.log",
        ready_s=90,
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


def _absolute(part: str) -> str:
    """A relative path in a command made absolute, as the stock bot runs from its own folder."""
    path = ROOT / part
    return str(path) if not part.startswith("-") and path.exists() else part


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bots",
        default="ours,stock",
        type=lambda s: s.split(","),
        help="which bots to measure (default: ours,stock)",
    )
    parser.add_argument(
        "--model",
        type=Path,
        default=ROOT / "models" / "assistant.tar.gz",
        help="our trained model (default: models/assistant.tar.gz)",
    )
    parser.add_argument(
        "--config", type=Path, default=Path("config.yml"), help="our config, for training time"
    )
    parser.add_argument("--conversations", type=int, default=24, help="with 1 user")
    parser.add_argument(
        "--conversations-per-user", type=int, default=4, help="each of the 16 users"
    )
    parser.add_argument("--warmup", type=int, default=3, help="conversations before measuring")
    parser.add_argument(
        "--parse-rounds", type=int, default=5, help="passes of /model/parse (0: none)"
    )
    parser.add_argument("--skip-training", action="store_true", help="no training time")
    parser.add_argument("--quick", action="store_true", help="a smoke run: few conversations")
    parser.add_argument(
        "--tracker-store",
        choices=("project", "memory"),
        default="project",
        help="ours: the tracker store of endpoints.yml (SQLite, in a temp file) or in memory",
    )
    parser.add_argument(
        "--webhook", default="/webhooks/rest/webhook", help="the REST channel's path"
    )
    parser.add_argument(
        "--rasa-command",
        default=[RASA],
        type=str.split,
        help="how to start Rasa (default: the venv's rasa), e.g. to try a patched launcher",
    )
    parser.add_argument(
        "--port-base", type=int, default=0, help="fixed ports from here (default: free ports)"
    )
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results.json", help="JSON")
    parser.add_argument("--plot", type=Path, default=BENCH_DIR / "latency.png", help="PNG")
    args = parser.parse_args(argv)
    unknown = set(args.bots) - set(results.BOTS)
    if unknown:
        parser.error(f"unknown bot(s) {sorted(unknown)}; choose from {list(results.BOTS)}")
    args.rasa_command = [_absolute(part) for part in args.rasa_command]
    if args.quick:
        args.conversations, args.conversations_per_user, args.warmup = 4, 1, 1
        args.parse_rounds = min(args.parse_rounds, 2)
    return args


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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.chdir(ROOT)
    try:
        data = run(args)
        results.validate(data)
    except (BenchError, servers.ServerError, results.ResultsError) as error:
        print(f"bench: {error}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=2) + "\n")
    if set(args.bots) == set(results.BOTS):
        plot_latency(data, args.plot)
        log(f"wrote {args.out} and {args.plot}")
    else:
        log(f"wrote {args.out}")
    print("\n".join(summary_lines(data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
