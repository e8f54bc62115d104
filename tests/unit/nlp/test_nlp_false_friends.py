"""Everyday phrases in a conversation that must not read as evidence of a fact."""

from __future__ import annotations

import pytest

from nlp import build_pipeline


@pytest.fixture(scope="module")
def ruler():
    """The project's pipeline, built from nlp/patterns.yml."""
    return build_pipeline()


@pytest.mark.parametrize(
    "text",
    [
        "start again",
        "can you say that again?",
        "what should I do?",
        "what do I do now",
        "I do not know",
        "repeat the question please",
    ],
)
def test_conversation_phrases_carry_no_fact(ruler, text: str) -> None:
    assert [(ent.text, ent.label_) for ent in ruler(text).ents] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("he's done it again", "repeated"),
        ("this is the second time", "repeated"),
        ("I deliver safeguarding training", "role"),
    ],
)
def test_the_intended_phrases_still_count(ruler, text: str, label: str) -> None:
    assert label in {ent.label_ for ent in ruler(text).ents}


@pytest.fixture(scope="module")
def read(ruler):
    """Read facts from text through the real ruler, as the bot does."""
    from actions.narrative import read_facts
    from nlp import entities_from_doc

    return lambda text: read_facts(text, entities_from_doc(ruler(text))).facts


@pytest.mark.parametrize(
    "text",
    [
        "doesnt look like anyone else has them",
        "nothings been posted anywhere",
        "she hasnt shared it with anyone else",
        "he didn\u2019t threaten her",
    ],
)
def test_negation_typed_without_an_apostrophe_sets_nothing(read, text: str) -> None:
    facts = read(text)
    assert not {"widely_shared", "shared_without_consent", "coercion"} & set(facts)
