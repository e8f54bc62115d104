"""`make blind-eval`: the blind sets in tests/blind through the real bot -> docs/EVALUATION.md.

Four measurements (scoring in ``bench/blind.py``):

1. Guidance questions (``questions/open.yml``): each the first message of a new
   conversation; is the first ``{"topic": ID}`` payload of the reply the label?
2. Risk (``risk.yml``): each utterance the first message of a new conversation; is the
   bot's first reply the safety reply ("Call 999 now")? Recall on risk, false alarms.
3. Who is pictured (``pictured.yml``): the spaCy pipeline in ``models/spacy_pipeline`` and
   ``actions.narrative.read_facts``, as the bot reads a message; both ages right?
4. Case narratives (``narratives.yml``): played through the bot with ``tools/play.py``,
   answering from ``truth``; questions asked, stated facts asked again, level against
   the engine's for the whole truth, under-escalations, stuck conversations.

The trained model is loaded in-process (Rasa ``Agent``) with the action server as a
subprocess, as in tests/e2e; one conversation at a time, each with a fresh random id.
The sealed set ``questions/sealed.yml`` is refused unless ``--sealed`` is given.

Usage:
    python -m scripts.blind_eval                       # the open sets (several minutes)
    python -m scripts.blind_eval --sets pictured,risk  # some of them
    python -m scripts.blind_eval --limit 50            # at most 50 items per set, evenly spread
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.blind_run import (
    BLIND_NARRATIVES,
    BLIND_PICTURED,
    BLIND_RISK,
    OPEN_QUESTIONS,
    SETS,
    evaluate,
)
from tools.stack import ROOT


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "assistant.tar.gz")
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated: {SETS}")
    parser.add_argument("--questions", type=Path, default=OPEN_QUESTIONS)
    parser.add_argument(
        "--narratives",
        type=Path,
        default=BLIND_NARRATIVES,
        help="the narratives file (tests/dev/narratives.yml is a development set: it may be "
        "read and tuned on; use it with --no-doc --json <file>)",
    )
    parser.add_argument(
        "--risk",
        type=Path,
        default=BLIND_RISK,
        help="the risk utterances (a file of nlu/risk_writers/ is training data: scoring it "
        "with --no-doc shows what the bot still misses there, not how it reads a new writer)",
    )
    parser.add_argument(
        "--pictured",
        type=Path,
        default=BLIND_PICTURED,
        help="the who-is-pictured narratives (tests/dev/pictured*.yml are development sets)",
    )
    parser.add_argument(
        "--sealed",
        action="store_true",
        help="score the SEALED question set (once, after all tuning); never for a baseline",
    )
    parser.add_argument("--limit", type=int, default=None, help="at most N items per set")
    parser.add_argument("--label", default="baseline", help="names the section")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "EVALUATION.md")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "blind.json")
    parser.add_argument("--no-doc", action="store_true", help="write only the JSON")
    parser.add_argument(
        "--render-only",
        action="store_true",
        help="measure nothing: rewrite the section of --out from the existing --json",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return evaluate(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
