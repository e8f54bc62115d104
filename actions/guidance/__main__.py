"""Command line: ``python -m actions.guidance assess [FILE|-] [--jsonl]`` and ``rules-table``.

docs/API.md §2: the assessment goes to standard output as JSON with exit status 0. Bad input
gives exit status 2 and ONE readable line on standard error naming what is wrong, with no
traceback and nothing on standard output. With ``--jsonl`` each input line gets one output
line, a bad line gets ``{"error": "..."}`` in its place, and the exit status is then 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from actions.guidance.assessment import assess_mapping
from actions.guidance.documents import DocumentError
from actions.guidance.facts import FactError
from actions.guidance.rules_table import (
    RULES_MARKDOWN_PATH,
    is_stale,
    render_rules_markdown,
    write_rules_markdown,
)

EXIT_OK = 0
EXIT_BROKEN = 1  # the knowledge base itself is broken (not the user's input)
EXIT_BAD_INPUT = 2


class InputError(ValueError):
    """The input cannot be read or is not a valid facts object."""


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A repeated key would silently let the last value win; refuse it instead."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise InputError(f"{key}: the key appears more than once")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise InputError(f"invalid JSON: {name} is not allowed")


def decode_facts(text: str) -> Any:
    """Decode one JSON value strictly (no duplicate keys, no NaN or Infinity)."""
    try:
        return json.loads(
            text, object_pairs_hook=_reject_duplicates, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as error:
        raise InputError(
            f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except InputError:
        raise
    except (ValueError, RecursionError) as error:  # e.g. an integer with too many digits
        raise InputError(f"invalid JSON: {_one_line(str(error))[:120]}") from None


def assess_text(text: str) -> dict[str, Any]:
    """Assess one JSON facts object given as text; InputError or FactError when bad."""
    if not text.strip():
        raise InputError("no input: expected one JSON facts object")
    return assess_mapping(decode_facts(text))


def read_input(file: str) -> str:
    """Read FILE, or standard input for ``-``, as UTF-8."""
    try:
        if file == "-":
            return sys.stdin.buffer.read().decode("utf-8-sig")
        return Path(file).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{file}: not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"cannot read {file}: {error.strerror or error}") from None


def _dump(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


def run_assess(file: str) -> int:
    result = assess_text(read_input(file))
    sys.stdout.write(_dump(result, indent=2) + "\n")
    return EXIT_OK


def run_assess_jsonl(file: str) -> int:
    """One assessment (or error object) per input line, in order."""
    lines = read_input(file).splitlines()
    outputs: list[str] = []
    errors: list[str] = []
    for number, line in enumerate(lines, start=1):
        try:
            outputs.append(_dump(assess_text(line)))
        except (InputError, FactError) as error:
            message = f"line {number}: {_one_line(str(error))}"
            errors.append(message)
            outputs.append(_dump({"error": message}))
    if outputs:
        sys.stdout.write("\n".join(outputs) + "\n")
    if errors:
        print(
            f"error: {len(errors)} of {len(lines)} lines could not be assessed; first: {errors[0]}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    return EXIT_OK


def run_rules_table(check: bool, write: bool) -> int:
    if check:
        if is_stale():
            print(
                f"error: {RULES_MARKDOWN_PATH.name} is stale; run "
                "`python -m actions.guidance rules-table --write`",
                file=sys.stderr,
            )
            return EXIT_BROKEN
        return EXIT_OK
    if write:
        print(f"wrote {write_rules_markdown()}")
        return EXIT_OK
    sys.stdout.write(render_rules_markdown())
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m actions.guidance",
        description="Assess a case of under-18s' nude or semi-nude images (docs/API.md §2).",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    assess = commands.add_parser("assess", help="assess one facts object (JSON) or --jsonl")
    assess.add_argument("file", nargs="?", default="-", help="JSON file, or - for stdin")
    assess.add_argument("--jsonl", action="store_true", help="one facts object per line")
    table = commands.add_parser("rules-table", help="print the rules as markdown")
    mode = table.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="fail if docs/rules.md is stale")
    mode.add_argument("--write", action="store_true", help="rewrite docs/rules.md")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # JSON output is UTF-8 whatever the locale
    try:
        if args.command == "rules-table":
            return run_rules_table(args.check, args.write)
        if args.jsonl:
            return run_assess_jsonl(args.file)
        return run_assess(args.file)
    except (InputError, FactError) as error:
        print(f"error: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except DocumentError as error:
        print(f"error: knowledge base: {_one_line(str(error))}", file=sys.stderr)
        return EXIT_BROKEN


if __name__ == "__main__":
    sys.exit(main())
