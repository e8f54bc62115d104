"""RiskClassifier: read every message for risk of harm, in any words.

The Rasa shell of ``nlu/risk_model.py``. It trains the model on ``nlu/risk_examples.yml``
(not on the intent examples: a message about risk can have any intent) and adds to the
parse data of every message, whatever its intent, ``risk``:
``{"who": "child" | "user", "confidence": p}`` when the likelier of the two reaches the
configured threshold. The action server (``actions.risk``) turns that into the safety
reply at once, as it does for the ruler's risk cues (CONTRACT §3: every message is read
for risk).

The threshold was chosen on the examples by cross-validation, for recall first
(docs/NLU.md, "Risk of harm"). The examples file is part of the fingerprint, so editing
it retrains the component.
"""

from __future__ import annotations

from typing import Any

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.pipeline import Pipeline

from nlu.risk_model import examples_fingerprint, load_examples, read_risk, train

RISK_KEY = "risk"
MODEL_FILE = "risk.joblib"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class RiskClassifier(GraphComponent):
    """Say, for every message, whether it suggests a child or the user is at risk now."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"random_seed": 42, "threshold": 0.55}

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        return examples_fingerprint()

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Pipeline | None = None,
    ) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> RiskClassifier:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> RiskClassifier:
        with model_storage.read_from(resource) as directory:
            model = joblib.load(directory / MODEL_FILE)
        return cls(config, model_storage, resource, model)

    def train(self, training_data: TrainingData) -> Resource:
        self._model = train(load_examples(), int(self._config["random_seed"]))
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(self._model, directory / MODEL_FILE)
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = self.classify(str(message.get("text") or ""))
            if found:
                message.set(RISK_KEY, found, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def classify(self, text: str) -> dict[str, Any] | None:
        """``{"who", "confidence"}`` when a risk reaches the threshold; None otherwise.

        A structured payload ("/inform{...}") is not words, and is never read.
        """
        if self._model is None or not text.strip() or text.startswith("/"):
            return None
        reading = read_risk(self._model, text)
        if reading.confidence < float(self._config["threshold"]):
            return None
        return reading.as_output()
