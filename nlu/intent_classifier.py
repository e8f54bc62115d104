"""SentenceIntentClassifier: the Rasa shell of ``nlu/intent_model.py``.

It reads the sentence vector that ``MiniLMFeaturizer`` put on each message and the
message's own words, and sets Rasa's ``intent`` and ``intent_ranking`` as Rasa's
classifiers do, so ``FallbackClassifier`` and the policies work unchanged. The fitted
model is saved in the model archive with joblib (``SklearnComponent``).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.intent_model import NGRAM_WEIGHT, REGULARISATION_C, ranking, train
from nlu.minilm_featurizer import sentence_vector
from nlu.sentence_encoder import WIDTH
from nlu.sklearn_component import SklearnComponent


def sentence_vectors(messages: list[Message]) -> np.ndarray:
    """The sentence vector of each message (zeros where a message has none: a message
    with no text, which the n-grams cannot read either)."""
    rows = [sentence_vector(m) for m in messages]
    rows = [np.zeros(WIDTH) if row is None else row for row in rows]
    return np.vstack(rows) if rows else np.zeros((0, WIDTH))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SentenceIntentClassifier(SklearnComponent):
    """One intent per message, from its sentence vector and its n-grams."""

    MODEL_FILE = "intent.joblib"

    @classmethod
    def required_components(cls) -> list[type]:
        return [DenseFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "random_seed": 42,
            "C": REGULARISATION_C,
            "ngram_weight": NGRAM_WEIGHT,
            # As Rasa's classifiers: how many intents the ranking lists.
            "ranking_length": 10,
        }

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get("intent")]
        if len({e.get("intent") for e in examples}) < 2:
            return self._resource
        return self.save(
            train(
                [str(e.get(TEXT)) for e in examples],
                sentence_vectors(examples),
                [str(e.get("intent")) for e in examples],
                seed=int(self._config["random_seed"]),
                c=float(self._config["C"]),
                ngram_weight=float(self._config["ngram_weight"]),
            )
        )

    def process(self, messages: list[Message]) -> list[Message]:
        with_text = [m for m in messages if m.get(TEXT)]
        if self._model is None or not with_text:
            return messages
        probabilities = self._model.probabilities(
            [str(m.get(TEXT)) for m in with_text], sentence_vectors(with_text)
        )
        length = int(self._config["ranking_length"]) or len(self._model.intents)
        for message, row in zip(with_text, probabilities, strict=True):
            ranked = ranking(self._model, row, length)
            message.set("intent", ranked[0], add_to_output=True)
            message.set("intent_ranking", ranked, add_to_output=True)
        return messages
