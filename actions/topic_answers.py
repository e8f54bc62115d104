"""One guidance answer, as every part of the bot sends it: text with sources, and the
``{"topic": ID, "sources": [...]}`` payload (docs/API.md §3)."""

from __future__ import annotations

from typing import Any

from actions import messages
from actions.guidance import knowledge


def send_topic_answer(
    dispatcher: Any, topic: str, role: str | None, jurisdiction: str | None
) -> None:
    """Send the answer to ``topic``, worded for ``role`` and noted for ``jurisdiction``."""
    answer = knowledge.topic_answer(topic, role, jurisdiction)
    dispatcher.utter_message(
        text=messages.render_topic(
            answer.title, answer.text, answer.sources, answer.jurisdiction_note
        ),
        json_message=answer.payload(),
    )
