"""The intent model: one intent per message, from its meaning and from its words.

Each message is represented twice, side by side:

* its **sentence vector** (all-MiniLM-L6-v2, ``nlu/sentence_encoder.py``): questions worded
  in ways nobody wrote into ``data/nlu`` land near the examples that mean the same;
* its **word (1-2) and character (2-5) n-grams** (TF-IDF, scaled by ``NGRAM_WEIGHT``): the
  short answers, shorthand and misspellings ("15", "yr 9", "nah", "outcome21") that a
  sentence vector blurs.

A balanced logistic regression reads both. Chosen by measurement (docs/NLU.md, "Choosing
the language representation"): on 3-fold cross-validation over ``data/nlu`` the vector
alone scored 0.82, the pair 0.85, the n-grams into DIET 0.70; on the blind questions
the pair answered more than either.

Pure Python and scikit-learn, no Rasa: ``nlu/intent_classifier.py`` is the Rasa shell;
the tests and ``python -m nlu.intent_model`` (the fallback threshold table) use this
directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
CONFIG_FILE = ROOT / "config.yml"
NLU_DATA = ROOT / "data" / "nlu"
NLU_DOC = ROOT / "docs" / "NLU.md"
#: Entity markup in Rasa's YAML examples: [text](entity) and [text]{"entity": ...}.
_MARKUP = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")

#: How much the n-grams count beside the unit-length sentence vector. 3-fold CV on
#: data/nlu, C=100: 0 (vector alone) 0.818, 0.3 0.839, 0.5 0.852, 0.6 0.854, 0.7 0.853,
#: 1.0 0.840.
NGRAM_WEIGHT = 0.6
#: The logistic regression's inverse regularisation. Unit vectors underfit at
#: scikit-learn's default of 1 (CV 0.78); 30 to 300 are within 0.005 of each other.
REGULARISATION_C = 100.0


@dataclass
class IntentModel:
    """The fitted n-gram vocabularies and the classifier over [vector, n-grams]."""

    words: TfidfVectorizer
    chars: TfidfVectorizer
    classifier: LogisticRegression
    ngram_weight: float = NGRAM_WEIGHT

    @property
    def intents(self) -> list[str]:
        return [str(label) for label in self.classifier.classes_]

    def features(self, texts: Sequence[str], vectors: np.ndarray) -> csr_matrix:
        weight = self.ngram_weight
        return hstack(
            [
                csr_matrix(vectors),
                weight * self.words.transform(texts),
                weight * self.chars.transform(texts),
            ]
        ).tocsr()

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """One row per text, one column per intent (``intents``), each row summing to 1."""
        return self.classifier.predict_proba(self.features(texts, vectors))


def train(
    texts: Sequence[str],
    vectors: np.ndarray,
    intents: Sequence[str],
    seed: int = 42,
    c: float = REGULARISATION_C,
    ngram_weight: float = NGRAM_WEIGHT,
) -> IntentModel:
    """Fit the n-gram vocabularies on ``texts`` and the classifier on both views."""
    model = IntentModel(
        words=TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True).fit(texts),
        chars=TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2
        ).fit(texts),
        classifier=LogisticRegression(
            C=c, max_iter=3000, class_weight="balanced", random_state=seed
        ),
        ngram_weight=ngram_weight,
    )
    model.classifier.fit(model.features(texts, vectors), list(intents))
    return model


def ranking(model: IntentModel, probabilities: np.ndarray, length: int) -> list[dict]:
    """Rasa's ``intent_ranking`` for one row: the ``length`` likeliest, best first."""
    order = np.argsort(-probabilities)[:length]
    return [{"name": model.intents[i], "confidence": float(probabilities[i])} for i in order]


@dataclass(frozen=True)
class FallbackScore:
    """What FallbackClassifier would do at one setting, over cross-validated predictions."""

    threshold: float
    ambiguity: float
    #: Right answers the fallback would throw away (the user is asked to rephrase).
    right_refused: float
    #: Wrong answers it would let through (the bot acts on a misreading).
    wrong_accepted: float
    #: All messages sent to the fallback.
    refused: float


def cross_validated_probabilities(
    texts: Sequence[str],
    vectors: np.ndarray,
    intents: Sequence[str],
    folds: int = 3,
    seed: int = 42,
) -> tuple[list[str], np.ndarray]:
    """Each example's probabilities from a model that did not see it (stratified folds),
    with the intents of the columns."""
    from sklearn.model_selection import StratifiedKFold

    labels = np.asarray(intents)
    names = sorted(set(labels))
    out = np.zeros((len(labels), len(names)))
    splits = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_index, test_index in splits.split(labels, labels):
        model = train(
            [texts[i] for i in train_index], vectors[train_index], labels[train_index], seed
        )
        columns = [names.index(name) for name in model.intents]
        out[np.ix_(test_index, columns)] = model.probabilities(
            [texts[i] for i in test_index], vectors[test_index]
        )
    return names, out


def accuracy(names: list[str], probabilities: np.ndarray, intents: Sequence[str]) -> float:
    predicted = np.asarray(names)[probabilities.argmax(axis=1)]
    return float(np.mean(predicted == np.asarray(intents)))


def fallback_scores(
    names: list[str],
    probabilities: np.ndarray,
    intents: Sequence[str],
    settings: Sequence[tuple[float, float]],
) -> list[FallbackScore]:
    """FallbackClassifier's effect at each (threshold, ambiguity threshold): a message
    falls back when its top score is under the threshold or the two best are closer than
    the ambiguity threshold (Rasa 3.6's rule)."""
    right = np.asarray(names)[probabilities.argmax(axis=1)] == np.asarray(intents)
    ordered = np.sort(probabilities, axis=1)
    top, second = ordered[:, -1], ordered[:, -2]
    scores = []
    for threshold, ambiguity in settings:
        refused = (top < threshold) | (top - second < ambiguity)
        scores.append(
            FallbackScore(
                threshold,
                ambiguity,
                right_refused=float(np.mean(refused[right])) if right.any() else 0.0,
                wrong_accepted=float(np.mean(~refused[~right])) if (~right).any() else 0.0,
                refused=float(np.mean(refused)),
            )
        )
    return scores


def intent_examples(folder: Path = NLU_DATA) -> list[tuple[str, str]]:
    """(text, intent) for every intent example in ``data/nlu``, entity markup removed, as
    the components get them from Rasa's training data."""
    pairs = []
    for path in sorted(folder.glob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" not in item:
                continue
            for line in str(item.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    pairs.append((_MARKUP.sub(r"\1", line[2:].strip()), str(item["intent"])))
    return pairs


def configured_setting(component: str, key: str, config: Path = CONFIG_FILE) -> float | None:
    """The number ``config.yml`` sets for ``key`` of the pipeline ``component``, if any."""
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    for item in data.get("pipeline") or []:
        if isinstance(item, dict) and item.get("name") == component:
            value = item.get(key)
            return float(value) if value is not None else None
    return None


#: The FallbackClassifier settings the table shows: (threshold, ambiguity threshold).
FALLBACK_SETTINGS = tuple(
    (threshold, ambiguity) for threshold in (0.2, 0.25, 0.3, 0.35, 0.4) for ambiguity in (0.0, 0.05)
)
BEGIN_MARKER = "<!-- intent-cv:begin (generated by python -m nlu.intent_model --write) -->"
END_MARKER = "<!-- intent-cv:end -->"


def render_block(
    count: int, intents: int, cv_accuracy: float, scores: list[FallbackScore], chosen: tuple
) -> str:
    """The generated block of docs/NLU.md, markers included; ``chosen`` (the settings of
    config.yml) in bold."""
    lines = [
        BEGIN_MARKER,
        f"{count:,} examples, {intents} intents. 3-fold stratified cross-validation, seed 42: "
        f"each example classified by a model that did not see it. Accuracy **{cv_accuracy:.3f}**.",
        "",
        "| fallback threshold | ambiguity threshold | right answers refused | "
        "wrong answers let through | all messages refused |",
        "|---:|---:|---:|---:|---:|",
    ]
    for score in scores:
        cells = [
            f"{score.threshold:.2f}",
            f"{score.ambiguity:.2f}",
            f"{score.right_refused:.3f}",
            f"{score.wrong_accepted:.3f}",
            f"{score.refused:.3f}",
        ]
        if (score.threshold, score.ambiguity) == chosen:
            cells = [f"**{cell}**" for cell in cells]
        lines.append(f"| {' | '.join(cells)} |")
    lines += [
        "",
        f"In bold: the settings of `config.yml` ({chosen[0]:.2f}, {chosen[1]:.2f}).",
        END_MARKER,
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m nlu.intent_model``: cross-validate the intent model on ``data/nlu`` and
    show what FallbackClassifier would refuse at each setting.

    Prints the table by default; ``--write`` puts it into docs/NLU.md between the
    intent-cv markers, ``--check`` exits 1 when that block differs from a fresh run.
    Encoding the examples takes about half a minute.
    """
    from nlu.sentence_encoder import load_encoder
    from tools.generated_doc import parse_mode, print_write_or_check, replace_between

    args = parse_mode(argv, prog="python -m nlu.intent_model", description=main.__doc__ or "")
    examples = intent_examples()
    texts, intents = [t for t, _ in examples], [i for _, i in examples]
    vectors = load_encoder().encode_all(texts)
    names, probabilities = cross_validated_probabilities(texts, vectors, intents)
    scores = fallback_scores(names, probabilities, intents, FALLBACK_SETTINGS)
    chosen = (
        configured_setting("FallbackClassifier", "threshold") or 0.0,
        configured_setting("FallbackClassifier", "ambiguity_threshold") or 0.0,
    )
    block = render_block(
        len(texts), len(names), accuracy(names, probabilities, intents), scores, chosen
    )
    return print_write_or_check(
        args,
        NLU_DOC,
        block,
        lambda page: replace_between(page, BEGIN_MARKER, END_MARKER, block),
        what="the intent-cv block",
        command="python -m nlu.intent_model --write",
    )


if __name__ == "__main__":
    raise SystemExit(main())
