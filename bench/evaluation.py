"""The pure parts of ``make eval``: scoring facts read from narratives, scoring scenarios,
and rendering the tables of docs/EVALUATION.md.

Kept apart from ``bench/eval_run.py`` (which runs Rasa) so the arithmetic and the tables
are unit-tested on small hand-made inputs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: In-scope levels from least to most severe: an assessment below the expected one is an
#: under-escalation, the error that matters most.
#: Response levels from least to most: "out of scope" is the least response of all, so
#: the bot saying it when the guidance applies is an under-escalation (the worst kind: no
#: response at all), and saying a level when the case is out of scope is an over-escalation.
SEVERITY = {"out_of_scope": -1, "safeguarding": 0, "referral": 1, "emergency": 2}


@dataclass
class Counts:
    """How facts read from narratives compare with their annotation, for one key (or all).

    Precision is judged on every fact read whose key is annotated (``tp`` right value,
    ``fp`` wrong value); a fact read where the annotation says nothing is ``unjudged``.
    Recall is judged on the facts annotated as stated in the narrative: ``found`` were
    read with the right value, ``missed`` were not (or read wrong).
    """

    tp: int = 0
    fp: int = 0
    unjudged: int = 0
    found: int = 0
    missed: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.unjudged += other.unjudged
        self.found += other.found
        self.missed += other.missed

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.found / (self.found + self.missed) if self.found + self.missed else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)


def compare_facts(
    read: Mapping[str, Any], stated: Mapping[str, Any], truth: Mapping[str, Any]
) -> dict[str, Counts]:
    """Per fact key, the facts read from one narrative against its annotation.

    ``stated``: the facts the narrative states, which must be read (recall). ``truth``:
    everything known about the case, stated or not (precision); it includes ``stated``.
    A scenario's facts are its whole truth but say nothing of what its narrative states,
    so pass ``stated={}`` and only precision is scored.
    """
    known = {**truth, **stated}
    counts: dict[str, Counts] = {}
    for key, value in read.items():
        entry = counts.setdefault(key, Counts())
        if key not in known:
            entry.unjudged += 1
        elif known[key] == value:
            entry.tp += 1
        else:
            entry.fp += 1
    for key, value in stated.items():
        entry = counts.setdefault(key, Counts())
        if key in read and read[key] == value:
            entry.found += 1
        else:
            entry.missed += 1
    return counts


def merge(per_item: Iterable[Mapping[str, Counts]]) -> tuple[dict[str, Counts], Counts]:
    """Sum per-key counts over items; also return the overall (micro) total."""
    by_key: dict[str, Counts] = {}
    total = Counts()
    for counts in per_item:
        for key, entry in counts.items():
            by_key.setdefault(key, Counts()).add(entry)
            total.add(entry)
    return dict(sorted(by_key.items())), total


@dataclass
class ScenarioOutcome:
    """One scenario played through the bot."""

    id: str
    expected_level: str
    expected_outcome_21: str
    level: str | None
    outcome_21: str | None
    questions: int
    ended: str  # "assessed", "stuck", "too_long" or "error: ..."

    @property
    def level_ok(self) -> bool:
        return self.level == self.expected_level

    @property
    def outcome_ok(self) -> bool:
        return self.outcome_21 == self.expected_outcome_21

    @property
    def under_escalated(self) -> bool:
        """The bot gave a lower level than the guidance requires (out of scope included)."""
        got, want = SEVERITY.get(self.level or ""), SEVERITY.get(self.expected_level)
        return got is not None and want is not None and got < want


@dataclass
class ScenarioSummary:
    total: int
    level_correct: int
    outcome_correct: int
    both_correct: int
    under_escalated: int
    not_assessed: int
    mean_questions: float | None
    failures: list[str] = field(default_factory=list)


def summarise_scenarios(outcomes: Sequence[ScenarioOutcome]) -> ScenarioSummary:
    """Accuracy of the scenario library through the bot."""
    assessed = [o for o in outcomes if o.ended == "assessed"]
    return ScenarioSummary(
        total=len(outcomes),
        level_correct=sum(o.level_ok for o in outcomes),
        outcome_correct=sum(o.outcome_ok for o in outcomes),
        both_correct=sum(o.level_ok and o.outcome_ok for o in outcomes),
        under_escalated=sum(o.under_escalated for o in outcomes),
        not_assessed=len(outcomes) - len(assessed),
        mean_questions=(
            round(sum(o.questions for o in assessed) / len(assessed), 1) if assessed else None
        ),
        failures=[
            f"{o.id}: expected {o.expected_level}/{o.expected_outcome_21}, "
            f"got {o.level}/{o.outcome_21} ({o.ended})"
            for o in outcomes
            if not (o.level_ok and o.outcome_ok)
        ],
    )


# --------------------------------------------------------------------------- rendering


def fmt(value: float | None, digits: int = 3) -> str:
    """A score for a table; a dash when there is nothing to score."""
    return "–" if value is None else f"{value:.{digits}f}"


def table(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A Markdown table; numbers are right-aligned."""
    lines = ["| " + " | ".join(header) + " |"]
    lines.append("|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|")
    lines.extend("| " + " | ".join(str(cell) for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def intent_rows(report: Mapping[str, Any], below: float | None = None) -> list[list[str]]:
    """Per-intent rows of a Rasa intent report, weakest F1 first (only F1 < ``below``)."""
    summary_keys = {"accuracy", "macro avg", "weighted avg", "micro avg"}
    rows = [
        (name, scores)
        for name, scores in report.items()
        if name not in summary_keys
        and isinstance(scores, Mapping)
        and (below is None or scores.get("f1-score", 0) < below)
    ]
    rows.sort(key=lambda item: (item[1].get("f1-score", 0), item[0]))
    return [
        [
            f"`{name}`",
            fmt(scores.get("precision")),
            fmt(scores.get("recall")),
            fmt(scores.get("f1-score")),
            str(int(scores.get("support", 0))),
            ", ".join(
                f"{other} ×{count}"
                for other, count in sorted(
                    (scores.get("confused_with") or {}).items(), key=lambda kv: -kv[1]
                )
            )
            or "",
        ]
        for name, scores in rows
    ]


COUNT_HEADER = (
    "fact",
    "read right",
    "read wrong",
    "read, not annotated",
    "stated, missed",
    "precision",
    "recall",
    "F1",
)


def count_rows(by_key: Mapping[str, Counts], total: Counts) -> list[list[str]]:
    """Rows of a precision / recall / F1 table (see COUNT_HEADER), the overall line last."""

    def row(name: str, c: Counts) -> list[str]:
        return [
            name,
            str(c.tp),
            str(c.fp),
            str(c.unjudged),
            str(c.missed),
            fmt(c.precision),
            fmt(c.recall),
            fmt(c.f1),
        ]

    return [*(row(f"`{key}`", c) for key, c in by_key.items()), row("**all (micro)**", total)]


_CV_LINE = re.compile(r"\b(train|test) (Accuracy|F1-score|Precision): ([0-9.]+) \(([0-9.]+)\)")


def cv_fold_means(log: str) -> dict[str, tuple[float, float]]:
    """``{"train Accuracy": (mean, std), ...}`` from the log of a cross-validation.

    Rasa prints the per-fold means only to its log ("test Accuracy: 0.700 (0.014)"); the
    first block is the intents' (entity and response blocks, if any, follow it).
    """
    found: dict[str, tuple[float, float]] = {}
    for split, name, mean, std in _CV_LINE.findall(log):
        found.setdefault(f"{split} {name}", (float(mean), float(std)))
    return found


def mean_std(means: Mapping[str, tuple[float, float]], split: str, name: str) -> str:
    """``0.700 ± 0.014`` for a table, or a dash."""
    value = means.get(f"{split} {name}")
    return "–" if value is None else f"{value[0]:.3f} ± {value[1]:.3f}"


# --------------------------------------------------------------------------- neighbours


@dataclass(frozen=True)
class Neighbours:
    """How close test examples are to training examples, and what that alone predicts."""

    similarity: float  #: mean cosine similarity of each test example to its nearest one
    accuracy: float  #: share of test examples whose nearest training example has their intent
    examples: int


def _nearest(
    vectorizer: Any,
    train: Sequence[str],
    labels: Sequence[str],
    test: Sequence[str],
    truth: Sequence[str],
) -> tuple[list[float], int]:
    """Each test example's similarity to its nearest training example, and how many of
    those nearest examples have the test example's intent."""
    from sklearn.metrics.pairwise import linear_kernel

    similarity = linear_kernel(vectorizer.transform(test), vectorizer.transform(train))
    hits = sum(
        labels[index] == want for index, want in zip(similarity.argmax(axis=1), truth, strict=True)
    )
    return [float(value) for value in similarity.max(axis=1)], hits


def _neighbours(similarities: Sequence[float], hits: int) -> Neighbours:
    count = len(similarities)
    return Neighbours(round(sum(similarities) / count, 3), round(hits / count, 3), count)


def nearest_neighbours(
    texts: Sequence[str],
    intents: Sequence[str],
    heldout_texts: Sequence[str],
    heldout_intents: Sequence[str],
    folds: int = 3,
    seed: int = 0,
) -> dict[str, Neighbours]:
    """A one-nearest-neighbour check of the two intent evaluations.

    Each test example takes the intent of its most similar training example (TF-IDF of
    character 1-4-grams within words, as the pipeline's second featurizer sees text).
    Run on the held-out set against all of ``data/nlu``, and on ``folds`` stratified
    folds of ``data/nlu`` against the others, it shows how much nearer the held-out
    examples are to the training data than each fold is to the rest: the part of the
    gap between the two scores that comes from the test data, not from the model.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.model_selection import StratifiedKFold

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4))
    vectorizer.fit([*texts, *heldout_texts])
    heldout = _nearest(vectorizer, texts, intents, heldout_texts, heldout_intents)
    similarities: list[float] = []
    hits = 0
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train, test in splitter.split(list(texts), list(intents)):
        fold_similarities, fold_hits = _nearest(
            vectorizer,
            [texts[i] for i in train],
            [intents[i] for i in train],
            [texts[i] for i in test],
            [intents[i] for i in test],
        )
        similarities += fold_similarities
        hits += fold_hits
    return {"heldout": _neighbours(*heldout), "cross_validation": _neighbours(similarities, hits)}
