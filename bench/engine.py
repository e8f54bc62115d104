"""How many assessments per second the pure engine makes, on the engine's own test cases.

The engine runs on every case-form turn (to choose the next question) and for every
assessment reply, so its cost is part of each turn; measured here in-process, without
Rasa, it says how much of a turn's latency the engine can explain.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).resolve().parents[1] / "tests" / "unit" / "guidance" / "cases"

#: Cases with nothing known cost most: every unknown fact is probed for open questions.
EXTRA_CASES: tuple[dict[str, Any], ...] = (
    {},
    {"role": "school"},
    {"role": "police", "pictured_age": 15, "other_age": 15},
)


def engine_cases(cases_dir: Path = CASES_DIR) -> list[dict[str, Any]]:
    """The facts of every engine test case, plus a few sparse ones."""
    cases = [json.loads(path.read_text())["facts"] for path in sorted(cases_dir.glob("*.json"))]
    return [*cases, *EXTRA_CASES]


def assessments_per_second(seconds: float = 2.0) -> dict[str, Any]:
    """Assess the cases round-robin for about ``seconds``; return rate, mean time and count."""
    from actions.guidance.assessment import assess
    from actions.guidance.facts import parse_facts

    cases = engine_cases()
    for facts in cases:  # load the knowledge base and warm caches outside the clock
        assess(parse_facts(facts)).to_dict()
    count = 0
    start = time.perf_counter()
    deadline = start + seconds
    while time.perf_counter() < deadline:
        for facts in cases:
            assess(parse_facts(facts)).to_dict()
        count += len(cases)
    elapsed = time.perf_counter() - start
    return {
        "assessments_per_s": round(count / elapsed, 1),
        "mean_ms": round(elapsed / count * 1000, 3),
        "n": count,
        "cases": len(cases),
    }
