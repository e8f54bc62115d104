"""Does a new writer's risk get found? Leave one writer out, with and without the others.

``python -m bench.risk_writers`` (about 20 minutes on two cores) reads the risk model alone,
without the ruler's cues, on each file of ``nlu/risk_writers/`` in turn:

- **examples only**: the model trained on ``nlu/risk_examples.yml`` and the ordinary
  messages, as it was before 2026-12-06, when the writers' files were development sets;
- **with the other writers**: the same, plus every writer's file but the one scored.

Both score the held-out writer, whom neither model saw, at each threshold; the totals
over all writers are what docs/NLU.md ("Risk of harm", "Training on the writers' files")
reports. ``--json FILE`` also writes the per-writer counts.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from nlu.risk_model import (
    NONE,
    RiskExample,
    intent_example_texts,
    load_examples,
    load_writer,
    ordinary_negatives,
    read_risk,
    train,
    writer_files,
)

THRESHOLDS = (0.3, 0.35, 0.45, 0.55)


def counts(model, examples: Sequence[RiskExample], vectors: dict[str, np.ndarray]) -> dict:
    """Risks found and false alarms at each threshold."""
    readings = [read_risk(model, e.text, vectors[e.text]).confidence for e in examples]
    result = {}
    for threshold in THRESHOLDS:
        hits = [(e, p >= threshold) for e, p in zip(examples, readings, strict=True)]
        result[str(threshold)] = {
            "found": sum(hit for e, hit in hits if e.who != NONE),
            "false_alarms": sum(hit for e, hit in hits if e.who == NONE),
        }
    return result


def main(argv: list[str] | None = None) -> int:
    from nlu.sentence_encoder import load_encoder

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the per-writer counts here")
    args = parser.parse_args(argv)
    examples = load_examples()
    negatives = ordinary_negatives(intent_example_texts())
    writers = {path.stem: load_writer(path) for path in writer_files()}
    texts = list(
        dict.fromkeys(e.text for group in (examples, negatives, *writers.values()) for e in group)
    )
    vectors = dict(zip(texts, load_encoder().encode_all(texts), strict=True))

    def known(batch: Sequence[str]) -> np.ndarray:
        return np.vstack([vectors[text] for text in batch])

    alone = train(examples, known, 42, negatives)
    per_writer = {}
    for name, held in writers.items():
        others = [e for other, group in writers.items() if other != name for e in group]
        per_writer[name] = {
            "risks": sum(e.who != NONE for e in held),
            "look_alikes": sum(e.who == NONE for e in held),
            "examples_only": counts(alone, held, vectors),
            "with_other_writers": counts(
                train(examples + others, known, 42, negatives), held, vectors
            ),
        }
        print(name, flush=True)
    risks = sum(w["risks"] for w in per_writer.values())
    look_alikes = sum(w["look_alikes"] for w in per_writer.values())
    print(f"{len(writers)} writers held out in turn: {risks} risks, {look_alikes} look-alikes")
    for model in ("examples_only", "with_other_writers"):
        for threshold in map(str, THRESHOLDS):
            found = sum(w[model][threshold]["found"] for w in per_writer.values())
            alarms = sum(w[model][threshold]["false_alarms"] for w in per_writer.values())
            print(
                f"{model:20} {threshold:>5}  found {found}/{risks}  false alarms {alarms}/{look_alikes}"
            )
    if args.json:
        args.json.write_text(json.dumps(per_writer, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
