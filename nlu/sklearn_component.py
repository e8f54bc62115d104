"""The Rasa shell shared by the project's small scikit-learn components.

``EmbeddedQuestionClassifier`` and ``RiskClassifier`` each train one scikit-learn pipeline
and add one key to a message's parse data. What Rasa asks of a graph component around
that (keep the config, storage and resource; create; load the saved model; save it after
training; leave the training data as it is) is the same for both, so it is written once
here. The model is saved in the Rasa model archive with joblib, as Rasa's own
SklearnIntentClassifier does.
"""

from __future__ import annotations

from typing import Any

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.pipeline import Pipeline
from typing_extensions import Self


class SklearnComponent(GraphComponent):
    """A component whose trained state is one scikit-learn pipeline (``self._model``)."""

    #: The file the pipeline is saved to inside the component's resource.
    MODEL_FILE = "model.joblib"

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
    ) -> Self:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Self:
        """The saved pipeline; none when training saved nothing (no data to learn from)."""
        try:
            with model_storage.read_from(resource) as directory:
                return cls(config, model_storage, resource, joblib.load(directory / cls.MODEL_FILE))
        except (ValueError, FileNotFoundError):
            return cls(config, model_storage, resource)

    def save(self, model: Pipeline) -> Resource:
        """Keep ``model`` for this run and save it in the model archive."""
        self._model = model
        with self._model_storage.write_to(self._resource) as directory:
            joblib.dump(model, directory / self.MODEL_FILE)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
