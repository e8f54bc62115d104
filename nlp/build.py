"""Build the spaCy pipeline that Rasa's SpacyNLP loads: ``python -m nlp.build [--out DIR]``.

No model can be downloaded in this project, so the pipeline is ``spacy.blank("en")``
plus an entity ruler whose patterns come from ``nlp/patterns.yml`` (validated first).
It is written with spaCy's Python API (``nlp.to_disk``), never the spaCy CLI.

Idempotent: the pipeline is written to a fresh directory beside the target and then
swapped in, so a rebuild leaves no stale files and an interrupted build never leaves a
half-written pipeline where Rasa would load it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from nlp import PATTERNS_PATH, PatternsError, build_pipeline

DEFAULT_OUT = Path("models/spacy_pipeline")


def save_pipeline(out: Path, patterns_path: Path = PATTERNS_PATH) -> Path:
    """Build the pipeline from ``patterns_path`` and save it at ``out``; return ``out``."""
    nlp = build_pipeline(patterns_path)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        nlp.to_disk(staging)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return out


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m nlp.build",
        description="Build the blank-English + entity-ruler spaCy pipeline from nlp/patterns.yml.",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help=f"directory to write the pipeline to (default: {DEFAULT_OUT})",
    )
    parser.add_argument(
        "--patterns",
        type=Path,
        default=PATTERNS_PATH,
        help="patterns file to build from (default: nlp/patterns.yml)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build and save; exit status 2 with one readable line when the patterns are bad."""
    args = parse_args(argv)
    try:
        out = save_pipeline(args.out, args.patterns)
    except PatternsError as error:
        print(f"nlp.build: {error}", file=sys.stderr)
        return 2
    print(f"nlp.build: wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
