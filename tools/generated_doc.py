"""Blocks of a hand-written document that a command generates, between two markers.

``docs/NLU.md`` holds tables rendered from data (the risk model's threshold table, the
NLU-variant tables, the fallback threshold table). Each generator replaces its block
between its markers and offers ``--write`` and ``--check``; the marker handling, the
command line and the print-write-or-check step are the same for every generator, so they
are written once here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def replace_between(page: str, begin: str, end: str, block: str, doc: str = "docs/NLU.md") -> str:
    """``page`` with what lies between ``begin`` and ``end`` (markers included) replaced by
    ``block``; a page without exactly one of each marker, in that order, is refused."""
    if page.count(begin) != 1 or page.count(end) != 1:
        raise ValueError(f"{doc} must hold {begin} and {end} exactly once")
    start, stop = page.index(begin), page.index(end) + len(end)
    if stop < start:
        raise ValueError(f"{doc}: the end marker {end} comes before its begin marker")
    return page[:start] + block + page[stop:]


def write_or_check(
    path: Path, page: str, updated: str, *, check: bool, what: str, command: str
) -> int:
    """Write ``updated`` over ``page`` at ``path``, or with ``check`` only say whether the
    generated ``what`` is stale (exit status 1) or up to date (0)."""
    doc = f"{path.parent.name}/{path.name}"
    if check:
        if updated != page:
            print(f"{doc}: {what}: stale; run {command}")
            return 1
        print(f"{doc}: {what}: up to date")
        return 0
    if updated != page:
        path.write_text(updated, encoding="utf-8")
    print(f"wrote {path}")
    return 0


def parse_mode(argv: list[str] | None, prog: str, description: str) -> argparse.Namespace:
    """A generator's command line: nothing (print), ``--write`` or ``--check``."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write", action="store_true", help="rewrite the generated part of the page")
    mode.add_argument("--check", action="store_true", help="exit 1 if that part is stale")
    return parser.parse_args(argv)


def print_write_or_check(
    args: argparse.Namespace,
    path: Path,
    preview: str,
    update: Callable[[str], str],
    *,
    what: str,
    command: str,
) -> int:
    """Without ``--write`` or ``--check`` print ``preview``; otherwise bring the page at
    ``path`` up to date with ``update`` (page in, page out), or only check it."""
    if not (args.write or args.check):
        print(preview)
        return 0
    page = path.read_text(encoding="utf-8")
    return write_or_check(path, page, update(page), check=args.check, what=what, command=command)
