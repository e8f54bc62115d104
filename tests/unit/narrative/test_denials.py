"""Negatives said without a negation word are stated negatives, like a negated cue."""

from __future__ import annotations

import pytest

from actions.narrative.denials import denied_facts

DENIED = [
    ("he kept it to himself", {"shared_without_consent"}),
    ("the pics stayed between the two of them", {"shared_without_consent", "widely_shared"}),
    ("only the boy has seen them", {"shared_without_consent", "widely_shared"}),
    ("she's the only one who has it", {"shared_without_consent"}),
    ("no one else has seen it", {"shared_without_consent"}),
    ("she sent it willingly", {"coercion"}),
    ("she sent it of her own accord", {"coercion"}),
    ("he was happy to send it", {"coercion"}),
    ("it was her own idea", {"coercion"}),
    ("she took it of herself", {"made_without_consent"}),
    ("a self-generated image", {"made_without_consent"}),
    ("it's the first time", {"repeated"}),
    ("first time anything like this has happened", {"repeated"}),
    ("it was a one-off", {"repeated"}),
]

NOT_DENIED = [
    "he sent it to his mates",
    "she sent it",
    "the first time he asked she said no, then he kept asking",
    "they were in a relationship",
    "he took a photo of her",
    "it's not the first time",
]


@pytest.mark.parametrize(("text", "keys"), DENIED)
def test_a_negative_in_plain_words_is_read(text, keys):
    assert keys <= set(denied_facts(text))


@pytest.mark.parametrize("text", NOT_DENIED)
def test_words_that_deny_nothing_are_not_read_as_a_negative(text):
    assert denied_facts(text) == ()
