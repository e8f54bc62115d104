"""The intent model (pure) and its Rasa shell: both views are read, the ranking is Rasa's,
and the fallback table counts what it says it counts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.intent_classifier import SentenceIntentClassifier
from nlu.intent_model import (
    BEGIN_MARKER,
    END_MARKER,
    NLU_DOC,
    FallbackScore,
    accuracy,
    configured_setting,
    cross_validated_probabilities,
    fallback_scores,
    intent_examples,
    ranking,
    render_block,
    train,
)
from nlu.minilm_featurizer import MiniLMFeaturizer

EXAMPLES = {
    "ask_viewing_images": [
        "can I look at the picture",
        "should staff view the image",
        "am I allowed to see the photo",
        "is it ok to open the nude to check",
    ],
    "ask_deleting_images": [
        "should I tell her to delete it",
        "how do we get the pupil to remove the image",
        "must the picture be erased from his phone",
        "do I ask them to wipe the photo",
    ],
    "inform": ["15", "year 9", "she is 14", "on snapchat"],
}


def one_hot_vectors(intents: list[str]) -> np.ndarray:
    """Stand-in sentence vectors that carry the intent, so the pure tests need no encoder."""
    names = sorted(set(intents))
    vectors = np.zeros((len(intents), 8))
    for row, intent in enumerate(intents):
        vectors[row, names.index(intent)] = 1.0
    return vectors


def flat(examples: dict[str, list[str]]) -> tuple[list[str], list[str]]:
    pairs = [(text, intent) for intent, texts in examples.items() for text in texts]
    return [t for t, _ in pairs], [i for _, i in pairs]


def test_probabilities_have_one_column_per_intent_and_sum_to_one():
    texts, intents = flat(EXAMPLES)
    model = train(texts, one_hot_vectors(intents), intents)
    probabilities = model.probabilities(["year 10"], np.zeros((1, 8)))
    assert model.intents == sorted(EXAMPLES)
    assert probabilities.shape == (1, 3)
    assert probabilities.sum() == pytest.approx(1.0)


def test_the_ngrams_are_read_as_well_as_the_vector():
    """With no vector to go by (zeros), the words alone still decide."""
    texts, intents = flat(EXAMPLES)
    model = train(texts, one_hot_vectors(intents), intents)
    row = model.probabilities(["should I delete it"], np.zeros((1, 8)))[0]
    assert model.intents[int(row.argmax())] == "ask_deleting_images"


def test_the_vector_is_read_as_well_as_the_ngrams():
    texts, intents = flat(EXAMPLES)
    model = train(texts, one_hot_vectors(intents), intents)
    vector = np.zeros((1, 8))
    vector[0, sorted(EXAMPLES).index("ask_viewing_images")] = 1.0
    row = model.probabilities(["zzz qqq"], vector)[0]
    assert model.intents[int(row.argmax())] == "ask_viewing_images"


def test_ranking_is_best_first_and_cut_to_length():
    texts, intents = flat(EXAMPLES)
    model = train(texts, one_hot_vectors(intents), intents)
    ranked = ranking(model, np.array([0.2, 0.5, 0.3]), 2)
    assert [r["name"] for r in ranked] == [model.intents[1], model.intents[2]]
    assert ranked[0]["confidence"] == 0.5


def test_fallback_scores_count_right_refused_and_wrong_accepted():
    names = ["a", "b"]
    probabilities = np.array([[0.9, 0.1], [0.55, 0.45], [0.25, 0.75], [0.6, 0.4]])
    truth = ["a", "a", "a", "b"]  # right, right, wrong, wrong
    (loose, strict) = fallback_scores(names, probabilities, truth, [(0.5, 0.0), (0.5, 0.2)])
    assert loose == FallbackScore(0.5, 0.0, right_refused=0.0, wrong_accepted=1.0, refused=0.0)
    # 0.55 vs 0.45 and 0.6 vs 0.4 are within 0.2: one right and one wrong answer refused
    assert strict.right_refused == 0.5
    assert strict.wrong_accepted == 0.5
    assert strict.refused == 0.5
    assert accuracy(names, probabilities, truth) == 0.5


def test_cross_validation_scores_every_example_with_aligned_columns():
    texts, intents = flat(EXAMPLES)
    names, probabilities = cross_validated_probabilities(
        texts * 2, one_hot_vectors(intents * 2), intents * 2, folds=2
    )
    assert names == sorted(EXAMPLES)
    assert probabilities.shape == (24, 3)
    np.testing.assert_allclose(probabilities.sum(axis=1), 1.0)
    assert accuracy(names, probabilities, intents * 2) > 0.9


def test_intent_examples_keep_the_intent_and_drop_entity_markup(tmp_path: Path):
    (tmp_path / "a.yml").write_text(
        "nlu:\n- intent: inform\n  examples: |\n    - she is [15](pictured_age)\n"
        "- synonym: x\n  examples: |\n    - y\n",
        encoding="utf-8",
    )
    assert intent_examples(tmp_path) == [("she is 15", "inform")]


def test_configured_setting_reads_a_components_number(tmp_path: Path):
    config = tmp_path / "config.yml"
    config.write_text(
        "pipeline:\n  - name: FallbackClassifier\n    threshold: 0.3\n", encoding="utf-8"
    )
    assert configured_setting("FallbackClassifier", "threshold", config) == 0.3
    assert configured_setting("FallbackClassifier", "ambiguity_threshold", config) is None
    assert configured_setting("FallbackClassifier", "threshold", tmp_path / "none.yml") is None


def test_the_block_bolds_the_configured_row_and_keeps_its_markers():
    scores = [FallbackScore(0.3, 0.0, 0.01, 0.8, 0.04), FallbackScore(0.4, 0.0, 0.05, 0.6, 0.09)]
    block = render_block(100, 5, 0.85, scores, (0.3, 0.0))
    assert block.startswith(BEGIN_MARKER) and block.endswith(END_MARKER)
    assert "| **0.30** | **0.00** | **0.010** |" in block
    assert "| 0.40 | 0.00 | 0.050 |" in block


def test_docs_nlu_holds_the_intent_block_markers_exactly_once():
    page = NLU_DOC.read_text(encoding="utf-8")
    assert page.count(BEGIN_MARKER) == 1
    assert page.count(END_MARKER) == 1


def test_the_rasa_component_learns_paraphrases_from_the_encoder(tmp_path: Path):
    """Through Rasa: MiniLMFeaturizer's vectors, then the classifier, saved and loaded."""
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent")
    context = ExecutionContext(node_name="intent", graph_schema=None)  # type: ignore[arg-type]
    featurizer = MiniLMFeaturizer.create(
        MiniLMFeaturizer.get_default_config(), storage, Resource("minilm"), context
    )
    messages = [
        Message(data={"text": text, "intent": intent})
        for intent, texts in EXAMPLES.items()
        for text in texts
    ]
    data = featurizer.process_training_data(TrainingData(messages))
    config = {**SentenceIntentClassifier.get_default_config(), "ranking_length": 2}
    SentenceIntentClassifier.create(config, storage, resource, context).train(data)
    loaded = SentenceIntentClassifier.load(config, storage, resource, context)

    asked = featurizer.process([Message(data={"text": "may teachers look at the photo"})])
    (message,) = loaded.process(asked)
    assert message.get("intent")["name"] == "ask_viewing_images"
    assert len(message.get("intent_ranking")) == 2

    empty = Message(data={"text": ""})
    assert loaded.process([empty])[0].get("intent") is None
