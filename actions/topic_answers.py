"""One guidance answer, as every part of the bot sends it: text with sources, and the
``{"topic": ID, "sources": [...]}`` payload (docs/API.md §3)."""

from __future__ import annotations

from typing import Any

from actions import messages
from actions.guidance import knowledge
from actions.guidance.facts import ADULT_AGE


def send_topic_answer(
    dispatcher: Any,
    topic: str,
    role: str | None,
    jurisdiction: str | None,
    pictured_age: Any = None,
) -> None:
    """Send the answer to ``topic``, worded for ``role``, noted for ``jurisdiction`` and for
    an adult pictured (``pictured_age`` 18 or over: the answers are about children)."""
    adult = isinstance(pictured_age, (int, float)) and pictured_age >= ADULT_AGE
    answer = knowledge.topic_answer(topic, role, jurisdiction, adult_pictured=adult)
    dispatcher.utter_message(
        text=messages.render_topic(
            answer.title, answer.text, answer.sources, answer.jurisdiction_note, answer.case_note
        ),
        json_message=answer.payload(),
    )
