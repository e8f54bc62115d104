"""A guidance question inside a case description: found, classified, answered first."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa_sdk.executor import CollectingDispatcher

from actions.embedded_question import (
    EMBEDDED_KEY,
    MIN_CONFIDENCE,
    answer_embedded_question,
    embedded_topic,
    question_part,
)
from actions.guidance import knowledge
from nlu.embedded_question import NO_TOPIC, build_model, training_pairs

TOPICS = frozenset(knowledge.topic_ids())


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("PC here. Two 15yos swapped pics. Can I use Outcome 21?", "Can I use Outcome 21?"),
        (
            "year 9 lad won't hand his phone over after a nude went round, can I make him?",
            "year 9 lad won't hand his phone over after a nude went round, can I make him?",
        ),
        ("my girl is 13 and sent a pic. will she get a record", "will she get a record"),
    ],
)
def test_the_question_sentence_is_found(text: str, question: str) -> None:
    assert question_part(text) == question


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # an indirect question, said as not knowing
        (
            "Two Year 9s swapped pics. We aren't sure whether we have to tell both sets of parents.",
            "We aren't sure whether we have to tell both sets of parents.",
        ),
        # run on, with no stop before it
        (
            "im 15 hes 17 is it illegal to send him one",
            "im 15 hes 17 is it illegal to send him one",
        ),
        (
            "hiya is it true the school has to ring the police",
            "hiya is it true the school has to ring the police",
        ),
        (
            "Advice on how to speak to the boy's parents please.",
            "Advice on how to speak to the boy's parents please.",
        ),
    ],
)
def test_an_indirect_or_run_on_question_is_found(text: str, question: str) -> None:
    assert question_part(text) == question


@pytest.mark.parametrize(
    "text",
    [
        # a statement with "did it", "who is", "when": no question in it
        "Son says he did it because the mate dared him, not to hurt her.",
        "She sent it to a boy in Y10 who forwarded it, half the year have seen it.",
        "When her mum found out she rang us.",
        "He knows what happened and is sorry.",
    ],
)
def test_a_statement_with_a_question_word_inside_asks_nothing(text: str) -> None:
    """Development narratives X (2026-12-06): "he did it because ..." was read as a
    question and answered with a topic nobody asked about."""
    assert question_part(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "a 15 year old sent a nude to her boyfriend",
        "two year 10s swapped pics on snapchat, what do I do?",
        "my son is 14 and a man is blackmailing him. what should we do now",
        '/inform{"role": "police"}',
    ],
)
def test_a_plain_description_or_a_request_for_next_steps_asks_no_topic(text: str) -> None:
    assert question_part(text) is None


def message(intent: str, topic: str | None, confidence: float) -> dict:
    found = {"topic": topic, "confidence": confidence} if topic else None
    return {"text": "x?", "intent": {"name": intent}, EMBEDDED_KEY: found}


def test_only_a_confident_topic_in_a_description_is_answered() -> None:
    assert embedded_topic(message("describe_incident", "outcome_21", 0.8), TOPICS) == "outcome_21"
    low = MIN_CONFIDENCE - 0.01
    assert embedded_topic(message("describe_incident", "outcome_21", low), TOPICS) is None
    assert embedded_topic(message("ask_outcome_21", "outcome_21", 0.9), TOPICS) is None
    assert embedded_topic(message("describe_incident", "no_such_topic", 0.9), TOPICS) is None
    assert embedded_topic(message("describe_incident", None, 0.0), TOPICS) is None


def test_the_answer_is_the_topic_answer_for_the_case_nation_with_its_payload() -> None:
    dispatcher = CollectingDispatcher()
    facts = {"role": "police", "jurisdiction": "scotland"}
    answer_embedded_question(dispatcher, message("describe_incident", "outcome_21", 0.9), facts)
    [sent] = dispatcher.messages
    assert sent["custom"]["topic"] == "outcome_21"
    assert sent["custom"]["sources"]
    assert "Scotland" in sent["text"]


def test_the_topic_model_learns_topics_and_no_topic_from_the_nlu_examples() -> None:
    examples = {
        "ask_outcome_21": ["can I use outcome 21", "is outcome 21 ok here", "outcome 21?"],
        "ask_devices": [
            "can I take his phone",
            "should I seize the phone",
            "can we keep the device",
        ],
        "describe_incident": [
            "a girl sent a pic to a boy",
            "two pupils swapped nudes",
            "a lad shared it",
        ],
    }
    data = TrainingData(
        [
            Message(data={"text": text, "intent": intent})
            for intent, texts in examples.items()
            for text in texts
        ]
    )
    texts, labels = training_pairs(data, frozenset({"ask_outcome_21", "ask_devices"}))
    assert sorted(set(labels)) == ["devices", NO_TOPIC, "outcome_21"]
    model = build_model(42).fit(texts, labels)
    assert model.predict(["can I take the phone off him"])[0] == "devices"
    assert model.predict(["would outcome 21 be ok"])[0] == "outcome_21"


def test_not_knowing_who_to_tell_is_not_a_guidance_question() -> None:
    """ "I don't know who else to tell": a feeling, not a question the topics answer (the
    development set's statements; "not sure how to log this" still asks)."""
    assert question_part("I don't know who else to tell. My daughter is 16.") is None
    assert question_part("Not sure how to log this. He's 15.") == "Not sure how to log this."
    assert (
        question_part("Not sure who to contact first. He's 15.") == "Not sure who to contact first."
    )


@pytest.mark.parametrize(
    ("pictured_age", "noted"), [(34, True), (18, True), (17, False), (None, False)]
)
def test_an_adult_pictured_gets_the_topics_note_for_that_case(
    pictured_age: int | None, noted: bool
) -> None:
    """ "I'm a teacher (34). Some of my Year 9s have made a deepfake nude of me. What do I
    do?": the AI-images answer is about images of children, so with the person pictured an
    adult it says what that means, with the note's own sources (topics.yml ``adult_pictured``)."""
    dispatcher = CollectingDispatcher()
    facts = {"role": "school", "pictured_age": pictured_age}
    answer_embedded_question(dispatcher, message("describe_incident", "ai_images", 0.9), facts)
    [sent] = dispatcher.messages
    note = "the person pictured is an adult"
    assert (note in sent["text"]) is noted
    if noted:  # first, under the title: the answer below it is about children
        assert sent["text"].split("\n")[1].startswith("Here the person pictured is an adult")
    helpline = any("Revenge Porn Helpline" in source for source in sent["custom"]["sources"])
    assert helpline is noted
