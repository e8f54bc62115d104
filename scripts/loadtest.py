"""Load test: N concurrent users, each a complete case over REST, and nothing lost.

    .venv/bin/python -m scripts.loadtest [--users 32] [--out results/loadtest.json]
    .venv/bin/python -m scripts.loadtest --url http://127.0.0.1:5005 [--tracker-db URL]

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
turn latency p50/p95/max (``tools.stats.percentile``, as the benchmark) and total
time. Exit status 1 on any error or lost tracker.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tools import stack
from tools.client import DEFAULT_TIMEOUT, NARRATIVE, ChatError
from tools.loadtest import print_table, run, run_started

DEFAULT_OUT = stack.ROOT / "results" / "loadtest.json"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=32, help="concurrent conversations")
    parser.add_argument("--url", help="use this running Rasa server instead of starting one")
    parser.add_argument("--tracker-db", help="SQLAlchemy URL of --url's tracker store")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="s per message")
    parser.add_argument("--narrative", default=NARRATIVE, help="the case every user describes")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.users < 1:
        print("error: --users must be at least 1", file=sys.stderr)
        return 2
    stack.exit_on_sigterm()
    try:
        if args.url:
            data = run(args, args.url.rstrip("/"), args.tracker_db)
        else:
            with tempfile.TemporaryDirectory(prefix="loadtest-") as tmp_name:
                data = run_started(args, Path(tmp_name))
    except (stack.StackError, ChatError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stack.write_results(args.out, data)
    print_table(data)
    print(f"  results written to {args.out}")
    failed = data["errors"] or data["lost_trackers"]
    print("FAILED" if failed else "OK: every conversation completed and was stored whole")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
