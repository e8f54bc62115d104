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

Usage (from the project root):
    python -m scripts.bench                  # everything (about 15 minutes on 2 cores)
    python -m scripts.bench --skip-training  # latency, parse and memory only
    python -m scripts.bench --quick          # a short smoke run (fewer conversations)
    python -m scripts.bench --bots ours --model /tmp/m/variant.tar.gz --out /tmp/v.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bench import results
from bench.plot import plot_latency
from bench.run import BENCH_DIR, RASA, BenchError, log, run, summary_lines
from tools.stack import ROOT, StackError


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


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    os.chdir(ROOT)
    try:
        data = run(args)
        results.validate(data)
    except (BenchError, StackError, results.ResultsError) as error:
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
