"""The risk-of-harm model: does a message suggest someone may be at risk of harm now?

The entity ruler (``nlp/patterns.yml``) knows the common words for suicide, self-harm,
going missing and danger, and the narrative reader respects their negation. People also
say it in words no list holds ("she keeps saying sorry for being a burden", "found
blades in his pencil case"). This model reads every message for that, as well as the
ruler: it is trained on ``nlu/risk_examples.yml`` (utterances with who is at risk:
``child``, ``user`` for the person typing, or ``none``, with hard negatives such as
"dying of embarrassment" and "she's not suicidal") and answers with the likelier of
``child`` and ``user`` and its probability.

Pure Python and scikit-learn, no Rasa: the Rasa component (``nlu/risk.py``) trains it
and runs it; the tests and the measurement script use it directly.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

EXAMPLES_FILE = Path(__file__).with_name("risk_examples.yml")
SCHEMA_FILE = Path(__file__).with_name("risk_examples.schema.json")

#: Who may be at risk. ``none`` is the class for "no risk of harm now".
AT_RISK = ("child", "user")
NONE = "none"


class RiskExamplesError(ValueError):
    """The risk examples file is missing, unreadable or does not match its schema."""


@dataclass(frozen=True)
class RiskExample:
    """One training utterance and who it says is at risk (``child``, ``user`` or ``none``)."""

    text: str
    who: str


@dataclass(frozen=True)
class RiskReading:
    """The model's answer for one message: who may be at risk, and how likely."""

    who: str
    confidence: float

    def as_output(self) -> dict[str, Any]:
        """The parse-data value (``{"who", "confidence"}``) the action server reads."""
        return {"who": self.who, "confidence": round(self.confidence, 3)}


def load_examples(path: Path = EXAMPLES_FILE, schema: Path = SCHEMA_FILE) -> list[RiskExample]:
    """Read and validate the examples; a bad edit is refused with the first bad place."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = yaml.safe_load(schema.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RiskExamplesError(f"{path.name}: cannot read: {error}") from error
    errors = sorted(
        jsonschema.Draft202012Validator(rules).iter_errors(data),
        key=lambda e: list(e.absolute_path),
    )
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path) or "(top level)"
        raise RiskExamplesError(f"{path.name}: at {where}: {errors[0].message}")
    return [RiskExample(item["text"], item["who"]) for item in data["examples"]]


def examples_fingerprint(path: Path = EXAMPLES_FILE) -> str:
    """A hash of the examples, so Rasa retrains the component when they change."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def build_model(seed: int = 42, c: float = 4.0) -> Pipeline:
    """Word and character n-gram TF-IDF, then a balanced logistic regression.

    Character n-grams carry misspellings and shorthand ("sucidal", "od'd"); word pairs
    carry the short phrases that change the meaning ("not suicidal", "kill me").
    """
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, min_df=1)),
            (
                "chars",
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ),
        ]
    )
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    return Pipeline([("features", features), ("classifier", classifier)])


def train(examples: list[RiskExample], seed: int = 42) -> Pipeline:
    """Fit the model on the examples (every class must be present)."""
    return build_model(seed).fit([e.text for e in examples], [e.who for e in examples])


def read_risk(model: Pipeline, text: str) -> RiskReading:
    """The likelier of ``child`` and ``user`` for the whole message, with its probability.

    The whole message, not sentence by sentence: measured by cross-validation on the
    examples, reading each sentence as well found 1% more risks for 5% more false alarms
    (docs/NLU.md, "Risk of harm").
    """
    classes = [str(label) for label in model.classes_]
    probabilities = model.predict_proba([text])[0]
    who = max(AT_RISK, key=lambda label: float(probabilities[classes.index(label)]))
    return RiskReading(who, float(probabilities[classes.index(who)]))


@dataclass(frozen=True)
class ThresholdScore:
    """Cross-validated recall of risk and false-alarm rate at one threshold."""

    threshold: float
    recall: float
    false_alarms: float
    right_person: float


def cross_validate(
    examples: list[RiskExample], thresholds: tuple[float, ...], folds: int = 3, seed: int = 42
) -> list[ThresholdScore]:
    """Recall and false alarms at each threshold, each example scored by a model that
    did not see it (stratified folds), read as the component reads a message.

    ``right_person`` is the share of risks found whose ``who`` (child or user) is right.
    """
    from sklearn.model_selection import StratifiedKFold

    labels = [e.who for e in examples]
    readings: list[RiskReading] = [RiskReading(NONE, 0.0)] * len(examples)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_index, test_index in splitter.split(labels, labels):
        model = train([examples[i] for i in train_index], seed)
        for i in test_index:
            readings[i] = read_risk(model, examples[i].text)
    return [_score(examples, readings, threshold) for threshold in thresholds]


def _score(
    examples: list[RiskExample], readings: list[RiskReading], threshold: float
) -> ThresholdScore:
    risks = [(e, r) for e, r in zip(examples, readings, strict=True) if e.who != NONE]
    safe = [r for e, r in zip(examples, readings, strict=True) if e.who == NONE]
    found = [(e, r) for e, r in risks if r.confidence >= threshold]
    return ThresholdScore(
        threshold,
        recall=len(found) / max(len(risks), 1),
        false_alarms=sum(r.confidence >= threshold for r in safe) / max(len(safe), 1),
        right_person=sum(e.who == r.who for e, r in found) / max(len(found), 1),
    )


def main() -> None:
    """``python -m nlu.risk_model``: the cross-validated table that chose the threshold."""
    examples = load_examples()
    print(
        f"{len(examples)} examples: "
        + ", ".join(f"{who} {sum(e.who == who for e in examples)}" for who in (*AT_RISK, NONE))
    )
    print("| threshold | recall of risk | false alarms | right person |")
    print("|---:|---:|---:|---:|")
    for score in cross_validate(examples, (0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)):
        print(
            f"| {score.threshold:.2f} | {score.recall:.3f} | {score.false_alarms:.3f} "
            f"| {score.right_person:.3f} |"
        )


if __name__ == "__main__":
    main()
