"""The risk-of-harm model: does a message suggest someone may be at risk of harm now?

The entity ruler (``nlp/patterns.yml``) knows the common words for suicide, self-harm,
going missing and danger, and the narrative reader respects their negation. People also
say it in words no list holds ("she keeps saying sorry for being a burden", "found
blades in his pencil case"). This model reads every message for that, as well as the
ruler: it is trained on ``nlu/risk_examples.yml`` and on one file per writer in
``nlu/risk_writers/`` (utterances with who is at risk: ``child``, ``user`` for the person
typing, or ``none``, with hard negatives such as "dying of embarrassment" and "she's not
suicidal") and answers with the likelier of ``child`` and ``user`` and its probability.

What matters is how it reads a writer it has never seen, so it is measured by writer: each
utterance is scored by a model trained without any utterance of its writer. Measured that
way, the 22 writers' files (development sets until 2026-12-06) raised recall on unseen
writers from 0.939 to 0.975 and cut the false alarms from 0.193 to 0.110, both at 0.35
(``python -m bench.risk_writers``, docs/NLU.md).

The model reads each message twice, as the intent model does (``nlu/intent_model.py``):
its sentence vector (``nlu/sentence_encoder.py``), which carries the same idea in words
that share no n-gram ("won't need her things after Friday", "wants to disappear"), and
its word and character n-grams, which carry misspellings and the short phrases that
change the meaning ("not suicidal"). Measured by cross-validation on the examples, the
vector raised recall at the chosen threshold and lowered the false alarms (docs/NLU.md,
"Risk of harm").

Pure Python, numpy and scikit-learn, no Rasa: the Rasa component (``nlu/risk.py``) trains
it and runs it; the tests and the measurement script use it directly. Its input is one
(text, sentence vector) pair per message.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from sklearn.preprocessing import FunctionTransformer

from actions.guidance.documents import DocumentError, read_checked_yaml
from nlu.intent_model import CONFIG_FILE, NLU_DATA, ROOT, configured_setting, intent_examples
from tools.generated_doc import parse_mode, print_write_or_check, replace_between

EXAMPLES_FILE = Path(__file__).with_name("risk_examples.yml")
SCHEMA_FILE = Path(__file__).with_name("risk_examples.schema.json")
#: One file per writer: the utterances of one person briefed with the labels and the users.
WRITERS_DIR = Path(__file__).with_name("risk_writers")
WRITERS_SCHEMA = Path(__file__).with_name("risk_writers.schema.json")

#: Who may be at risk. ``none`` is the class for "no risk of harm now".
AT_RISK = ("child", "user")
NONE = "none"


#: The risk examples file is missing, unreadable or does not match its schema: the error
#: of the project's one loader for data kept as data.
RiskExamplesError = DocumentError


@dataclass(frozen=True)
class RiskExample:
    """One training utterance and who it says is at risk (``child``, ``user`` or ``none``)."""

    text: str
    who: str
    #: Who wrote it (a ``source`` of the examples file, or a writer's file name): the
    #: cross-validation keeps each writer's utterances together, as a new writer's would be.
    writer: str = ""


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
    data = read_checked_yaml(path, schema)
    return [
        RiskExample(item["text"], item["who"], f"examples:{item.get('source', '')}")
        for item in data["examples"]
    ]


def load_writer(path: Path, schema: Path = WRITERS_SCHEMA) -> list[RiskExample]:
    """One writer's utterances; ``risk`` must agree with ``who`` (a label half-edited is
    refused, never trained on)."""
    data = read_checked_yaml(path, schema)
    for number, item in enumerate(data["utterances"], start=1):
        if item["risk"] is not (item["who"] != NONE):
            raise RiskExamplesError(
                f"{path.name}: utterance {number}: risk is {item['risk']} but who is {item['who']}"
            )
    return [RiskExample(item["text"], item["who"], path.stem) for item in data["utterances"]]


def writer_files(folder: Path = WRITERS_DIR) -> list[Path]:
    """The writers' files, in name order (the training data's order, so training repeats)."""
    return sorted(folder.glob("*.yml"))


def training_examples(path: Path = EXAMPLES_FILE, folder: Path = WRITERS_DIR) -> list[RiskExample]:
    """Everything the model is trained on: the examples file and every writer's file."""
    return load_examples(path) + [e for file in writer_files(folder) for e in load_writer(file)]


def examples_fingerprint(path: Path = EXAMPLES_FILE, folder: Path = WRITERS_DIR) -> str:
    """A hash of all the training utterances, so Rasa retrains the component when any
    file changes, is added or is removed."""
    digest = hashlib.sha256()
    try:
        digest.update(path.read_bytes())
    except OSError:
        return "missing"
    for file in writer_files(folder):
        digest.update(file.name.encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


#: Words that may speak of risk: an intent example holding one is not used as an ordinary
#: "no risk" message (the risk examples file says what such words mean in context).
RISK_WORDS = re.compile(
    r"suicid|self[-\s]?harm|kill|\bdie\b|\bdying\b|\bdead\b|\bdeath|cutting|\bcuts?\b|overdos|"
    r"tablets|pills|missing|run\s*away|ran\s+away|disappear|end\s+it|not\s+safe|danger|"
    r"hurt\w*\s+(?:her|him|them)sel|can'?t\s+cope|harm|\brisk|goodbye|\bnote\b|\bjump",
    re.I,
)


def ordinary_negatives(texts: Iterable[str]) -> list[RiskExample]:
    """Ordinary messages (the intent examples: case descriptions, answers, questions) as
    ``none``, leaving out any with a word that may speak of risk.

    Without them the model has seen few short answers and plain descriptions, and reads
    "I don't know" or a sextortion report as a child at risk (about 1 ordinary message in
    10 at the chosen threshold, where with them it is under 1 in 100).
    """
    kept = {" ".join(text.split()) for text in texts if text and not RISK_WORDS.search(text)}
    return [RiskExample(text, NONE) for text in sorted(kept)]


#: One message as the model reads it: its text and its sentence vector.
Utterance = tuple[str, np.ndarray]
#: Turns texts into sentence vectors (``SentenceEncoder.encode_all``; a stand-in in tests).
Encode = Callable[[Sequence[str]], np.ndarray]


def texts_of(utterances: Sequence[Utterance]) -> list[str]:
    return [text for text, _ in utterances]


def vectors_of(utterances: Sequence[Utterance]) -> csr_matrix:
    return csr_matrix(np.vstack([vector for _, vector in utterances]))


def build_model(seed: int = 42, c: float = 16.0) -> Pipeline:
    """The sentence vector beside word and character n-gram TF-IDF, then a balanced
    logistic regression.

    Character n-grams carry misspellings and shorthand ("sucidal", "od'd"); word pairs
    carry the short phrases that change the meaning ("not suicidal", "kill me"); the
    vector carries meaning in other words.
    """

    def on_text(vectorizer: TfidfVectorizer) -> Pipeline:
        return Pipeline([("text", FunctionTransformer(texts_of)), ("tfidf", vectorizer)])

    features = FeatureUnion(
        [
            ("meaning", FunctionTransformer(vectors_of)),
            ("words", on_text(TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True, min_df=1))),
            (
                "chars",
                on_text(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            ),
        ]
    )
    classifier = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    return Pipeline([("features", features), ("classifier", classifier)])


def utterances(texts: Sequence[str], encode: Encode) -> list[Utterance]:
    return list(zip(texts, encode(list(texts)), strict=True))


def train(
    examples: list[RiskExample],
    encode: Encode,
    seed: int = 42,
    negatives: Sequence[RiskExample] = (),
) -> Pipeline:
    """Fit the model on the examples and the ordinary negatives (every class present)."""
    everything = [*examples, *negatives]
    return build_model(seed).fit(
        utterances([e.text for e in everything], encode), [e.who for e in everything]
    )


def read_risk(model: Pipeline, text: str, vector: np.ndarray) -> RiskReading:
    """The likelier of ``child`` and ``user`` for the whole message, with its probability.

    The whole message, not sentence by sentence: measured by cross-validation on the
    examples, reading each sentence as well found 1% more risks for 5% more false alarms
    (docs/NLU.md, "Risk of harm").
    """
    classes = [str(label) for label in model.classes_]
    probabilities = model.predict_proba([(text, vector)])[0]
    who = max(AT_RISK, key=lambda label: float(probabilities[classes.index(label)]))
    return RiskReading(who, float(probabilities[classes.index(who)]))


@dataclass(frozen=True)
class ThresholdScore:
    """Cross-validated recall of risk and false-alarm rate at one threshold."""

    threshold: float
    recall: float
    false_alarms: float
    right_person: float
    #: On the ordinary messages (intent examples without a risk word), when given.
    ordinary_false_alarms: float | None = None


def cross_validate(
    examples: list[RiskExample],
    thresholds: tuple[float, ...],
    encode: Encode,
    folds: int = 3,
    seed: int = 42,
    negatives: Sequence[RiskExample] = (),
) -> list[ThresholdScore]:
    """Recall and false alarms at each threshold, each example scored by a model that
    did not see it, read as the component reads a message.

    The folds keep each writer's utterances together (``RiskExample.writer``): a model
    never sees the writer it is scored on, as in use it never has. Examples with no writer
    are split in stratified folds.

    The ordinary negatives are split into the same folds and scored on their own:
    ``false_alarms`` is measured on the examples' hard negatives only. ``right_person``
    is the share of risks found whose ``who`` (child or user) is right.
    """
    from sklearn.model_selection import KFold

    vectors = dict(zip([e.text for e in examples], encode([e.text for e in examples]), strict=True))
    vectors.update(
        zip([e.text for e in negatives], encode([e.text for e in negatives]), strict=True)
    )

    def known(texts: Sequence[str]) -> np.ndarray:
        return np.vstack([vectors[text] for text in texts])

    scored: list[RiskReading] = [RiskReading(NONE, 0.0)] * len(examples)
    ordinary: list[RiskReading] = [RiskReading(NONE, 0.0)] * len(negatives)
    splits = example_folds(examples, folds, seed)
    ordinary_splits = (
        KFold(n_splits=folds, shuffle=True, random_state=seed).split(negatives)
        if len(negatives) >= folds
        else [(range(len(negatives)), [])] * folds
    )
    for (train_index, test_index), (ordinary_train, ordinary_test) in zip(
        splits, ordinary_splits, strict=True
    ):
        model = train(
            [examples[i] for i in train_index],
            known,
            seed,
            [negatives[i] for i in ordinary_train],
        )
        for i in test_index:
            scored[i] = read_risk(model, examples[i].text, vectors[examples[i].text])
        for i in ordinary_test:
            ordinary[i] = read_risk(model, negatives[i].text, vectors[negatives[i].text])
    return [_score(examples, scored, ordinary, threshold) for threshold in thresholds]


def example_folds(
    examples: list[RiskExample], folds: int, seed: int
) -> Iterable[tuple[np.ndarray, np.ndarray]]:
    """Folds by writer when the examples name at least ``folds`` writers; stratified by
    class otherwise."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    writers = [example.writer for example in examples]
    if all(writers) and len(set(writers)) >= folds:
        return GroupKFold(n_splits=folds).split(examples, groups=writers)
    labels = [example.who for example in examples]
    return StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(labels, labels)


def writers_of(examples: Sequence[RiskExample]) -> int:
    """How many writers the examples name (for the count line of the table)."""
    return len({example.writer for example in examples if example.writer})


def _score(
    examples: list[RiskExample],
    readings: list[RiskReading],
    ordinary: list[RiskReading],
    threshold: float,
) -> ThresholdScore:
    risks = [(e, r) for e, r in zip(examples, readings, strict=True) if e.who != NONE]
    safe = [r for e, r in zip(examples, readings, strict=True) if e.who == NONE]
    found = [(e, r) for e, r in risks if r.confidence >= threshold]
    return ThresholdScore(
        threshold,
        recall=len(found) / max(len(risks), 1),
        false_alarms=sum(r.confidence >= threshold for r in safe) / max(len(safe), 1),
        right_person=sum(e.who == r.who for e, r in found) / max(len(found), 1),
        ordinary_false_alarms=(
            sum(r.confidence >= threshold for r in ordinary) / len(ordinary) if ordinary else None
        ),
    )


#: The thresholds the cross-validation table shows.
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
NLU_DOC = ROOT / "docs" / "NLU.md"


def intent_example_texts(folder: Path = NLU_DATA) -> list[str]:
    """The text of every intent example in ``data/nlu`` (entity markup removed), as the
    component gets them from Rasa's training data."""
    return [text for text, _ in intent_examples(folder)]


#: The generated block of docs/NLU.md ("Risk of harm in any words"), between these markers.
BEGIN_MARKER = "<!-- risk-cv:begin (generated by python -m nlu.risk_model --write) -->"
END_MARKER = "<!-- risk-cv:end -->"


def configured_threshold(config: Path = CONFIG_FILE) -> float | None:
    """The ``threshold`` of ``nlu.risk.RiskClassifier`` in ``config.yml``, if it sets one."""
    return configured_setting("nlu.risk.RiskClassifier", "threshold", config)


def count_line(examples: list[RiskExample], ordinary: int = 0) -> str:
    """``550 examples by 28 writers: child 235, user 53, none 262; 2,169 ordinary
    messages`` (no writers named: ``550 examples: ...``)."""
    writers = writers_of(examples)
    by = f" by {writers} writers" if writers else ""
    line = f"{len(examples):,} examples{by}: " + ", ".join(
        f"{who} {sum(e.who == who for e in examples):,}" for who in (*AT_RISK, NONE)
    )
    return f"{line}; {ordinary:,} ordinary messages" if ordinary else line


def render_table(scores: list[ThresholdScore], chosen: float | None = None) -> list[str]:
    """The cross-validation table as Markdown lines; the ``chosen`` threshold's row in bold."""
    lines = [
        "| threshold | recall of risk | false alarms, hard negatives | "
        "false alarms, ordinary messages | right person |",
        "|---:|---:|---:|---:|---:|",
    ]
    for score in scores:
        ordinary = (
            "–" if score.ordinary_false_alarms is None else f"{score.ordinary_false_alarms:.3f}"
        )
        cells = [
            f"{score.threshold:.2f}",
            f"{score.recall:.3f}",
            f"{score.false_alarms:.3f}",
            ordinary,
        ]
        if chosen is not None and abs(score.threshold - chosen) < 1e-9:
            cells = [f"**{cell}**" for cell in cells]
        lines.append(f"| {' | '.join(cells)} | {score.right_person:.3f} |")
    return lines


def render_block(count: str, scores: list[ThresholdScore], chosen: float | None = None) -> str:
    """The generated block of docs/NLU.md, markers included."""
    chosen_line = (
        [f"In bold: the threshold `config.yml` sets ({chosen:.2f})."] if chosen is not None else []
    )
    return "\n".join(
        [
            BEGIN_MARKER,
            f"{count}. 3-fold cross-validation by writer: each example scored by a model "
            "trained on none of its writer's examples.",
            "",
            *render_table(scores, chosen),
            "",
            *chosen_line,
            END_MARKER,
        ]
    )


def replace_block(page: str, block: str) -> str:
    """``page`` with its generated block replaced; refuse a page without exactly one."""
    return replace_between(page, BEGIN_MARKER, END_MARKER, block)


def main(argv: list[str] | None = None) -> int:
    """``python -m nlu.risk_model``: the cross-validated table that chose the threshold.

    Prints it by default; ``--write`` puts it into docs/NLU.md between the risk-cv
    markers, ``--check`` exits 1 when that block differs from a fresh run.
    """
    from nlu.sentence_encoder import load_encoder

    args = parse_mode(
        argv,
        prog="python -m nlu.risk_model",
        description="Cross-validate the risk-of-harm model at several thresholds.",
    )
    examples = training_examples()
    negatives = ordinary_negatives(intent_example_texts())
    scores = cross_validate(examples, THRESHOLDS, load_encoder().encode_all, negatives=negatives)
    count = count_line(examples, len(negatives))
    return print_write_or_check(
        args,
        NLU_DOC,
        "\n".join([count, *render_table(scores)]),
        lambda page: replace_block(page, render_block(count, scores, configured_threshold())),
        what="the risk-cv block",
        command="python -m nlu.risk_model --write",
    )


if __name__ == "__main__":
    raise SystemExit(main())
