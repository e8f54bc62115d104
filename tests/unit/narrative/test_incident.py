"""A message that tells of a real incident starts the case, even with no fact read."""

from __future__ import annotations

import pytest

from actions.narrative.incident import tells_of_an_incident


@pytest.mark.parametrize(
    "text",
    [
        "My son has been sent a naked photo of a girl and I don't know what to do",
        "my daughter sent a nude to her boyfriend",
        "I found nudes on his phone last night",
        "one of our pupils has shared a video",
    ],
)
def test_an_incident_of_the_person_typing_or_theirs(text: str) -> None:
    assert tells_of_an_incident(text)


@pytest.mark.parametrize(
    "text",
    [
        "what do I do if my son is sent a nude?",
        "when a pupil has sent an image what should we do",
        "can a school search a phone for images?",
        "will my son get in trouble with the police",
        "is it illegal to have a nude of your gf",
    ],
)
def test_a_condition_or_a_general_question_is_not_one(text: str) -> None:
    assert not tells_of_an_incident(text)
