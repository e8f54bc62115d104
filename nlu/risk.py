"""RiskClassifier: read every message for risk of harm, in any words.

The Rasa shell of ``nlu/risk_model.py``. It trains the model on ``nlu/risk_examples.yml``
and the writers' files in ``nlu/risk_writers/`` (not on the intent examples: a message
about risk can have any intent) and adds to the
parse data of every message, whatever its intent, ``risk``:
``{"who": "child" | "user", "confidence": p}`` when the likelier of the two reaches the
configured threshold. The action server (``actions.risk``) turns that into the safety
reply at once, as it does for the ruler's risk cues (docs/API.md §3: every message is read
for risk).

The threshold was chosen on the examples by cross-validation, for recall first
(docs/NLU.md, "Risk of harm"). The training files are part of the fingerprint, so editing
any of them retrains the component.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from nlu.minilm_featurizer import MiniLMFeaturizer, sentence_vector
from nlu.risk_model import (
    examples_fingerprint,
    ordinary_negatives,
    read_risk,
    train,
    training_examples,
)
from nlu.sentence_encoder import load_encoder
from nlu.sklearn_component import SklearnComponent

RISK_KEY = "risk"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RiskClassifier(SklearnComponent):
    """Say, for every message, whether it suggests a child or the user is at risk now."""

    MODEL_FILE = "risk.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"random_seed": 42, "threshold": 0.30}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return examples_fingerprint()

    @classmethod
    def required_components(cls) -> list[type]:
        return [MiniLMFeaturizer]

    def train(self, training_data: TrainingData) -> Resource:
        ordinary = ordinary_negatives(
            str(e.get("text") or "") for e in training_data.intent_examples
        )
        return self.save(
            train(
                training_examples(),
                load_encoder().encode_all,
                int(self._config["random_seed"]),
                ordinary,
            )
        )

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = self.classify(str(message.get("text") or ""), sentence_vector(message))
            if found:
                message.set(RISK_KEY, found, add_to_output=True)
        return messages

    def classify(self, text: str, vector: np.ndarray | None) -> dict[str, Any] | None:
        """``{"who", "confidence"}`` when a risk reaches the threshold; None otherwise.

        A structured payload ("/inform{...}") is not words, and is never read. A message
        the featurizer gave no vector (none should reach here) is encoded now.
        """
        if self._model is None or not text.strip() or text.startswith("/"):
            return None
        if vector is None:
            vector = load_encoder().encode(text)
        reading = read_risk(self._model, text, vector)
        if reading.confidence < float(self._config["threshold"]):
            return None
        return reading.as_output()
