"""The channel-neutral layout, now in :mod:`actions.presentation.layout`.

It moved so the action server can send it beside the contract's payloads (for the web
chat page) without importing the Rasa server's code; this module re-exports it for
the channels (:mod:`server.teams`, :mod:`server.slack`) and the card renderers.
"""

from __future__ import annotations

from actions.presentation.layout import (
    LEVEL_TONES,
    PAYLOAD_KINDS,
    PICTURED_CHILD_LINES,
    PROVISIONAL_HEADING,
    RECORD_COPY_HINT,
    RECORD_TITLE,
    Button,
    Entry,
    Layout,
    Section,
    assessment_layout,
    checklist_layout,
    layout,
    level_label,
    payload_kind,
    pictured_child_line,
    record_layout,
    text_layout,
    topic_layout,
    with_layout,
)

__all__ = [
    "LEVEL_TONES",
    "PAYLOAD_KINDS",
    "PICTURED_CHILD_LINES",
    "PROVISIONAL_HEADING",
    "RECORD_COPY_HINT",
    "RECORD_TITLE",
    "Button",
    "Entry",
    "Layout",
    "Section",
    "assessment_layout",
    "checklist_layout",
    "layout",
    "level_label",
    "payload_kind",
    "pictured_child_line",
    "record_layout",
    "text_layout",
    "topic_layout",
    "with_layout",
]
