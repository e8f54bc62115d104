"""Play a training scenario through the real bot in the terminal, for a projector.

    make demo                      # the first scenario
    make demo SCENARIO=older-boyfriend
    .venv/bin/python -m scripts.demo --list
    .venv/bin/python -m scripts.demo --scenario nudify-app --pace 3

Shows the scenario as a trainee reads it, then the conversation (the narrative typed to
the assistant, its questions, answers from the scenario's facts) in large, clearly marked
blocks wrapped to the terminal, with a pause between turns; then the assistant's level,
highlighted, beside the scenario's guidance-based answer and its teaching points. Colour
only when standard output is a terminal (and NO_COLOR is not set).

Exit status: 0 when the assistant reached the scenario's expected level and Outcome 21,
1 when it did not (or got stuck), 2 when it could not run (unknown scenario, no model).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tools.demo import run
from tools.play import MODEL


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scenario", help="scenario id (default: the first); see --list")
    parser.add_argument("--pace", type=float, default=1.5, help="seconds between turns (1.5)")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument("--model", type=Path, default=MODEL, help="trained model to load")
    parser.add_argument("--port", type=int, help="action server port (default: a free one)")
    parser.add_argument(
        "--verbose", action="store_true", help="show Rasa's own messages on standard error"
    )
    args = parser.parse_args(argv)
    if args.pace < 0:
        parser.error("--pace must be 0 or more")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    return run(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
