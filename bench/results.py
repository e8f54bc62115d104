"""The shape of ``bench/results.json``, its checks, and the machine facts it records.

results.json is read by people (docs/PERFORMANCE.md) and may be compared across runs and
machines, so its shape is fixed by a JSON Schema (``SCHEMA``) and checked before it is
written: a run that measured nothing, or half of something, fails instead of writing a
file that looks fine.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

import jsonschema

from tools.stats import ratio

FORMAT = "bench-results/1"
USER_COUNTS = ("1", "16")
BOTS = ("ours", "stock")

_LATENCY = {
    "type": "object",
    "required": [
        "n",
        "mean_ms",
        "p50_ms",
        "p95_ms",
        "max_ms",
        "conversations",
        "mean_turns",
        "errors",
        "wall_s",
    ],
    "properties": {
        "n": {"type": "integer", "minimum": 1},
        "mean_ms": {"type": "number", "minimum": 0},
        "p50_ms": {"type": "number", "minimum": 0},
        "p95_ms": {"type": "number", "minimum": 0},
        "max_ms": {"type": "number", "minimum": 0},
        "conversations": {"type": "integer", "minimum": 1},
        "mean_turns": {"type": "number", "minimum": 1},
        "errors": {"type": "integer", "minimum": 0},
        "error_samples": {"type": "array", "items": {"type": "string"}},
        "wall_s": {"type": "number", "minimum": 0},
        "turns_per_s": {"type": "number", "minimum": 0},
        "cpu_ms_per_turn": {
            "type": "object",
            "properties": {
                "rasa_server": {"type": ["number", "null"]},
                "action_server": {"type": ["number", "null"]},
            },
        },
    },
}

_NULLABLE_NUMBER = {"type": ["number", "null"], "minimum": 0}

_BOT = {
    "type": "object",
    "required": ["latency", "parse_ms", "training_s", "memory_mb"],
    "properties": {
        "description": {"type": "string"},
        "model": {"type": "string"},
        "latency": {
            "type": "object",
            "required": list(USER_COUNTS),
            "properties": {users: _LATENCY for users in USER_COUNTS},
        },
        "parse_ms": {
            "type": ["object", "null"],
            "required": ["n", "mean_ms", "p50_ms", "p95_ms", "max_ms"],
        },
        "training_s": _NULLABLE_NUMBER,
        "memory_mb": {
            "type": "object",
            "required": ["rasa_server", "action_server"],
            "properties": {"rasa_server": _NULLABLE_NUMBER, "action_server": _NULLABLE_NUMBER},
        },
    },
}

SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["format", "date", "git", "machine", "settings", "bots", "engine", "ratios"],
    "properties": {
        "format": {"const": FORMAT},
        "date": {"type": "string", "format": "date-time"},
        "git": {
            "type": "object",
            "required": ["commit", "dirty"],
            "properties": {"commit": {"type": ["string", "null"]}, "dirty": {"type": "boolean"}},
        },
        "machine": {
            "type": "object",
            "required": ["cpu_count", "cpu_model", "memory_mb", "python", "rasa", "load_avg"],
        },
        "settings": {"type": "object"},
        "bots": {
            "type": "object",
            "minProperties": 1,
            "properties": {bot: _BOT for bot in BOTS},
            "additionalProperties": False,
        },
        "engine": {
            "type": "object",
            "required": ["assessments_per_s", "mean_ms", "n"],
            "properties": {
                "assessments_per_s": {"type": "number", "exclusiveMinimum": 0},
                "mean_ms": {"type": "number", "minimum": 0},
                "n": {"type": "integer", "minimum": 1},
            },
        },
        "ratios": {
            "type": "object",
            "required": ["p95_ours_over_stock"],
            "properties": {
                "p95_ours_over_stock": {
                    "type": "object",
                    "required": list(USER_COUNTS),
                    "properties": {users: _NULLABLE_NUMBER for users in USER_COUNTS},
                }
            },
        },
        "done_when_met": {"type": ["boolean", "null"]},
    },
}


class ResultsError(ValueError):
    """The results do not match the schema."""


def validate(results: dict[str, Any]) -> None:
    """Raise :class:`ResultsError` naming the first place ``results`` breaks the schema."""
    validator = jsonschema.Draft202012Validator(SCHEMA)
    errors = sorted(validator.iter_errors(results), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path) or "(top level)"
        raise ResultsError(f"results.json at {where}: {first.message}")


def p95_ratios(bots: dict[str, Any]) -> dict[str, float | None]:
    """Our p95 over the stock bot's p95, per user count (None when either is missing)."""
    return {
        users: ratio(
            bots.get("ours", {}).get("latency", {}).get(users, {}).get("p95_ms"),
            bots.get("stock", {}).get("latency", {}).get(users, {}).get("p95_ms"),
        )
        for users in USER_COUNTS
    }


def done_when_met(ratios: dict[str, float | None]) -> bool | None:
    """Issue 7's target: our p95 no worse than the stock bot's at 1 and at 16 users."""
    values = [ratios.get(users) for users in USER_COUNTS]
    if any(value is None for value in values):
        return None
    return all(value <= 1.0 for value in values if value is not None)


# --------------------------------------------------------------------------- machine facts


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory_mb() -> int | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _version(package: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def machine_info() -> dict[str, Any]:
    """What the numbers depend on: CPU, memory, versions, and how busy the machine was."""
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        "memory_mb": _memory_mb(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "rasa": _version("rasa"),
        "rasa_sdk": _version("rasa-sdk"),
        "tensorflow": _version("tensorflow"),
        "load_avg": list(os.getloadavg()),
    }


def git_info(root: Path) -> dict[str, Any]:
    """The commit measured, and whether the work tree had changes on top of it."""

    def run(*args: str) -> str | None:
        try:
            done = subprocess.run(
                ["git", *args], cwd=root, capture_output=True, text=True, check=True, timeout=20
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout.strip()

    status = run("status", "--porcelain", "--untracked-files=no")
    return {"commit": run("rev-parse", "HEAD"), "dirty": bool(status)}


def now_iso() -> str:
    """The current time, UTC, ISO 8601 to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
