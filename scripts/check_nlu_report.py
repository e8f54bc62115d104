"""Fail a build when the NLU intent classifier is below the accuracy we promise.

`rasa test nlu` always exits 0, whatever its scores, so a regression in the
training data would pass unnoticed. This script reads the intent report that
`rasa test nlu` writes and exits 1 when the accuracy or the weighted-average
F1 is below a threshold, listing the weakest intents so the reader knows
which examples to work on.

Usage:
    python scripts/check_nlu_report.py [REPORT] [--threshold 0.95] [--intent-threshold 0.9]

REPORT defaults to results/intent_report.json. Exit status: 0 when both
scores reach the threshold, 1 when either is below it, 2 when the report
cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_REPORT = Path("results/intent_report.json")
DEFAULT_THRESHOLD = 0.95
DEFAULT_INTENT_THRESHOLD = 0.9

# Keys of the report that summarise all intents rather than naming one.
SUMMARY_KEYS = frozenset({"accuracy", "macro avg", "weighted avg", "micro avg"})


class ReportError(Exception):
    """The report is missing or is not an intent report written by Rasa."""


@dataclass(frozen=True)
class IntentScore:
    """One intent's line of the report: what the reader needs to fix it."""

    name: str
    f1: float
    support: int
    confused_with: dict[str, int]


@dataclass(frozen=True)
class Summary:
    """The two scores the build is judged on, and the per-intent lines."""

    accuracy: float
    weighted_f1: float
    intents: list[IntentScore]


def load_report(path: Path) -> dict[str, Any]:
    """Read the JSON report, turning every way it can be unusable into one error."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ReportError(f"cannot read {path}: {error.strerror or error}") from error
    try:
        report = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReportError(f"{path} is not valid JSON: {error.msg} (line {error.lineno})") from error
    if not isinstance(report, dict):
        raise ReportError(f"{path} is not an intent report: expected a JSON object")
    return report


def _number(value: Any, where: str) -> float:
    """A score as a float; booleans and strings are not scores."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ReportError(f"{where} is missing or not a number")
    return float(value)


def summarise(report: dict[str, Any]) -> Summary:
    """Pick the accuracy, weighted F1 and per-intent scores out of a Rasa report."""
    accuracy = _number(report.get("accuracy"), "'accuracy'")
    weighted = report.get("weighted avg")
    if not isinstance(weighted, dict):
        raise ReportError("'weighted avg' is missing from the report")
    weighted_f1 = _number(weighted.get("f1-score"), "'weighted avg' f1-score")
    intents = [
        IntentScore(
            name=name,
            f1=_number(scores.get("f1-score"), f"f1-score of intent '{name}'"),
            support=int(_number(scores.get("support", 0), f"support of intent '{name}'")),
            confused_with=dict(scores.get("confused_with") or {}),
        )
        for name, scores in report.items()
        if name not in SUMMARY_KEYS and isinstance(scores, dict)
    ]
    return Summary(accuracy=accuracy, weighted_f1=weighted_f1, intents=intents)


def weak_intent_lines(summary: Summary, intent_threshold: float) -> list[str]:
    """One readable line per intent below the per-intent bar, weakest first."""
    weak = sorted(
        (score for score in summary.intents if score.f1 < intent_threshold),
        key=lambda score: (score.f1, score.name),
    )
    lines = []
    for score in weak:
        confusions = ", ".join(
            f"{other} x{count}"
            for other, count in sorted(score.confused_with.items(), key=lambda item: -item[1])
        )
        suffix = f"; confused with {confusions}" if confusions else ""
        lines.append(f"  {score.name}: F1 {score.f1:.3f} (support {score.support}){suffix}")
    return lines


def failures(summary: Summary, threshold: float) -> list[str]:
    """The scores below the threshold, each as a sentence; empty when all pass."""
    problems = []
    if summary.accuracy < threshold:
        problems.append(f"accuracy {summary.accuracy:.3f} is below {threshold:.3f}")
    if summary.weighted_f1 < threshold:
        problems.append(f"weighted-average F1 {summary.weighted_f1:.3f} is below {threshold:.3f}")
    return problems


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Exit 1 when Rasa's NLU intent report is below a threshold."
    )
    parser.add_argument(
        "report",
        nargs="?",
        type=Path,
        default=DEFAULT_REPORT,
        help=f"intent_report.json written by `rasa test nlu` (default: {DEFAULT_REPORT})",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"minimum accuracy and weighted-average F1 (default: {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--intent-threshold",
        type=float,
        default=DEFAULT_INTENT_THRESHOLD,
        help=f"list intents whose F1 is below this (default: {DEFAULT_INTENT_THRESHOLD})",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        summary = summarise(load_report(args.report))
    except ReportError as error:
        print(f"check_nlu_report: {error}", file=sys.stderr)
        return 2
    print(
        f"NLU intents: accuracy {summary.accuracy:.3f}, "
        f"weighted-average F1 {summary.weighted_f1:.3f} "
        f"({len(summary.intents)} intents, threshold {args.threshold:.3f})"
    )
    weak = weak_intent_lines(summary, args.intent_threshold)
    if weak:
        print(f"Intents with F1 below {args.intent_threshold:.2f}:")
        print("\n".join(weak))
    problems = failures(summary, args.threshold)
    if problems:
        print("FAIL: " + "; ".join(problems), file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
