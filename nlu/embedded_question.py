"""EmbeddedQuestionClassifier: the guidance question inside a case description.

Rasa gives a message one intent. "Year 9 lad won't hand over his phone after a nude went
round, can I make him?" is a description and a question; DIET says ``describe_incident``
and the question would be lost. This component reads the question part of such a
message (``actions.embedded_question.question_part``) and classifies it on its own among
the guidance topics, with a small linear model trained on the same NLU examples: the
topic intents' examples, and, as "no topic", the descriptions, next-steps and what-if
questions. The result goes out with the parse data as ``embedded_question``
(``{"topic": id, "confidence": p}``); the action server answers it before the case goes
on (the order of docs/API.md §3).

Only messages whose intent is a description and whose words ask something are read, so
any other message costs nothing. The model is saved in the Rasa model archive with
joblib, as Rasa's own SklearnIntentClassifier does.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from actions.embedded_question import EMBEDDED_KEY, question_part, question_tail
from actions.intents import (
    DESCRIPTION_INTENTS,
    NO_TOPIC_INTENTS,
    TOPIC_INTENT_PREFIX,
    topic_of,
)
from nlu.sklearn_component import SklearnComponent

NO_TOPIC = "none"


def build_model(seed: int) -> Pipeline:
    """Word and character n-gram TF-IDF, then a balanced logistic regression."""
    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            (
                "chars",
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ),
        ]
    )
    classifier = LogisticRegression(
        C=5.0, max_iter=2000, class_weight="balanced", random_state=seed
    )
    return Pipeline([("features", features), ("classifier", classifier)])


def training_pairs(
    training_data: TrainingData, topic_intents: frozenset[str]
) -> tuple[list[str], list[str]]:
    """(text, label) for every topic example, and "none" for the no-topic intents."""
    texts, labels = [], []
    for example in training_data.intent_examples:
        intent = str(example.get("intent") or "")
        text = str(example.get("text") or "")
        if intent in topic_intents:
            texts.append(text)
            labels.append(topic_of(intent))
        elif intent in NO_TOPIC_INTENTS:
            texts.append(text)
            labels.append(NO_TOPIC)
    return texts, labels


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class EmbeddedQuestionClassifier(SklearnComponent):
    """Classify the question inside a description among the guidance topics."""

    MODEL_FILE = "embedded_question.joblib"

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"random_seed": 42}

    def train(self, training_data: TrainingData) -> Resource:
        topic_intents = (
            frozenset(
                intent for intent in training_data.intents if intent.startswith(TOPIC_INTENT_PREFIX)
            )
            - NO_TOPIC_INTENTS
        )
        texts, labels = training_pairs(training_data, topic_intents)
        if len(set(labels)) < 2:
            return self._resource
        return self.save(build_model(int(self._config["random_seed"])).fit(texts, labels))

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            found = self.classify(message)
            if found:
                message.set(EMBEDDED_KEY, found, add_to_output=True)
        return messages

    def classify(self, message: Message) -> dict[str, Any] | None:
        """``{"topic", "confidence"}`` for a description's question; None otherwise."""
        intent = (message.get("intent") or {}).get("name")
        if self._model is None or intent not in DESCRIPTION_INTENTS:
            return None
        question = question_part(str(message.get("text") or ""))
        if not question:
            return None
        # The whole question sentence, and its last clause alone: "two 15yos swapped pics,
        # can I use Outcome 21?" is clearest without the story in front of it.
        candidates = [question, question_tail(question)]
        best_topic, best_confidence = None, 0.0
        for probabilities in self._model.predict_proba(candidates):
            index = int(probabilities.argmax())
            topic = str(self._model.classes_[index])
            if topic != NO_TOPIC and float(probabilities[index]) > best_confidence:
                best_topic, best_confidence = topic, float(probabilities[index])
        if best_topic is None:
            return None
        return {"topic": best_topic, "confidence": round(best_confidence, 3)}
