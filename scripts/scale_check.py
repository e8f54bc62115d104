"""Scale-out check: two Rasa servers, one PostgreSQL tracker store, one Redis lock store.

    .venv/bin/python -m scripts.scale_check --endpoints deploy/endpoints.scale.yml

Run by ``scripts/test-scale.sh``, which starts PostgreSQL and Redis and sets the
environment variables the endpoints file names (DB_*, REDIS_*); this driver
starts one action server and ``--servers`` Rasa servers with that same file, then:

1. reference: each case script once against a single server;
2. scale-out: ``--conversations`` cases at once, each conversation's messages
   alternating between the servers (a load balancer without sticky sessions);
3. collision: in every conversation, three times, two messages sent at the same
   moment to two different servers, which only an atomic shared lock keeps apart.
   Rasa Open Source's own ``redis`` lock store is not atomic across servers
   (RasaHQ/rasa#9213: it loses one such message now and then), so with it this
   phase is off unless ``--collisions on``; ``server.lock_store.AtomicRedisLockStore``
   turns it on.

It then reads every conversation back from PostgreSQL and fails, naming the
conversation and the problem, unless each one: reached an assessment equal to
the single-server run's; asked the same questions; holds every user message
exactly once and in order (the collision pair in either order); never started a
turn before the previous one ended; has slots equal to the single-server run's
at the assessment, an ``assessment`` slot equal to the summary of what the user received, and
fact slots from which the engine computes that same assessment.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from tools import stack
from tools.client import ChatError
from tools.scale import run_check

DEFAULT_OUT = stack.ROOT / "results" / "scale.json"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoints", type=Path, required=True, help="shared endpoints file")
    parser.add_argument("--servers", type=int, default=2, help="Rasa server processes")
    parser.add_argument("--conversations", type=int, default=12, help="concurrent cases")
    parser.add_argument(
        "--without-lock-store",
        action="store_true",
        help="drop lock_store (each server locks only in memory): the check should then fail",
    )
    parser.add_argument(
        "--collisions",
        choices=("auto", "on", "off"),
        default="auto",
        help="send two messages of a conversation to two servers at once (auto: unless the "
        "lock store is Rasa's own non-atomic `redis`)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stack.exit_on_sigterm()
    # The endpoints file names the action server by ${ACTIONS_HOST}:${ACTIONS_PORT}; always a
    # free port here, so a `make run` on the default port does not answer for this check.
    os.environ.setdefault("ACTIONS_HOST", "127.0.0.1")
    os.environ["ACTIONS_PORT"] = str(stack.free_port())
    with tempfile.TemporaryDirectory(prefix="scale-check-") as tmp_name:
        try:
            data = run_check(args, Path(tmp_name))
        except (stack.StackError, ChatError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    stack.write_results(args.out, data)
    print(
        f"{data['completed']}/{data['conversations']} conversations across {data['servers']} "
        f"servers ({data['lock_store']} lock store, {data['collision_rounds']} collision "
        f"rounds), {data['turns']} turns in {data['run_seconds']}s; "
        f"levels {sorted(set(data['levels'].values()))}"
    )
    for label, found in data["problems"].items():
        for problem in found:
            print(f"FAIL {label}: {problem}", file=sys.stderr)
    if data["problems"]:
        print(
            f"scale-out check FAILED ({len(data['problems'])} conversations wrong)", file=sys.stderr
        )
        return 1
    print(
        "scale-out check passed: every conversation whole in PostgreSQL, in order, once each, "
        "and equal to the single-server run"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
