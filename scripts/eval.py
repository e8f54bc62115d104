"""`make eval`: how well the assistant understands, measured, written to docs/EVALUATION.md.

Four measurements:

1. NLU intents, cross-validated on the training data (``rasa test nlu --cross-validation
   --folds 3``): accuracy, F1 per intent, confusion matrix (PNG into docs/img/).
2. NLU intents on the held-out set ``tests/nlu`` with the trained model (the number the
   build promises: at least 0.95).
3. Facts read from narratives, i.e. the spaCy entity ruler (``SpacyEntityExtractor``)
   plus the narrative reader, through the trained model's own NLU: precision and recall
   per fact key against annotated narratives. ``rasa test nlu`` cannot score these
   entities: the training data has no entity annotations, and Rasa leaves out the
   entities of pretrained extractors (spaCy, Duckling) when it evaluates.
4. The project's scenario library (``actions/training/data/scenarios.yml``) played through
   the trained bot with ``tools/play.py``: is the level and Outcome 21 right?

Usage:
    python -m scripts.eval                # everything (about 5 minutes on 2 cores)
    python -m scripts.eval --skip-cv      # without the cross-validation
    python -m scripts.eval --model /tmp/m/variant.tar.gz --out /tmp/EVAL.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.eval_run import evaluate
from tools.stack import ROOT


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "assistant.tar.gz")
    parser.add_argument("--config", type=Path, default=Path("config.yml"))
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--skip-cv", action="store_true", help="no cross-validation")
    parser.add_argument("--skip-bot", action="store_true", help="no facts or scenarios")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "EVALUATION.md")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "eval.json")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return evaluate(parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
