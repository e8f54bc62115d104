"""Adaptive Cards (schema 1.5, what Microsoft Teams draws) from a :class:`Layout`.

The level comes first in a coloured band, then the lines, the numbered steps, the
contacts and a "Why" section that opens with a button (``Action.ToggleVisibility``).
Buttons are ``Action.Submit`` with Teams' ``messageBack``: the chat shows the button's
title as the user's message and the bot receives its payload as text (and as
``value.payload``, which :mod:`server.teams` also reads).
"""

from __future__ import annotations

from typing import Any

from server.cards.layout import Button, Layout, Section

SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"

_CONTAINER_STYLES = {
    "attention": "attention",
    "warning": "warning",
    "good": "good",
    "neutral": "emphasis",
    "accent": "accent",
}


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def submit_action(button: Button) -> dict[str, Any]:
    """A button that sends its payload back as the user's message."""
    return {
        "type": "Action.Submit",
        "title": button.title,
        "data": {
            "payload": button.payload,
            "msteams": {
                "type": "messageBack",
                "displayText": button.title,
                "text": button.payload,
            },
        },
    }


def _section(section: Section) -> list[dict[str, Any]]:
    items = [
        _text(f"{index}. {item}" if section.numbered else f"• {item}", spacing="Small")
        for index, item in enumerate(section.items, 1)
    ]
    heading = _text(section.heading, weight="Bolder", separator=True, spacing="Medium")
    if not section.folded:
        return [heading, *items]
    element_id = f"section-{section.key}"
    toggle = {
        "type": "ActionSet",
        "separator": True,
        "spacing": "Medium",
        "actions": [
            {
                "type": "Action.ToggleVisibility",
                "title": f"{section.heading} (show or hide)",
                "targetElements": [element_id],
            }
        ],
    }
    return [toggle, {"type": "Container", "id": element_id, "isVisible": False, "items": items}]


def card(layout: Layout) -> dict[str, Any]:
    """The Adaptive Card for one layout."""
    body: list[dict[str, Any]] = []
    if layout.title:
        band = [_text(layout.title, weight="Bolder", size="Large")]
        if layout.kind == "assessment" and layout.lines:
            band.append(_text(layout.lines[0], spacing="Small"))
            lines = layout.lines[1:]
        else:
            lines = layout.lines
        body.append(
            {
                "type": "Container",
                "style": _CONTAINER_STYLES.get(layout.tone, "accent"),
                "bleed": True,
                "items": band,
            }
        )
    else:
        lines = layout.lines
    body.extend(_text(line) for line in lines)
    for section in layout.sections:
        body.extend(_section(section))
    if layout.footer:
        body.append(_text(layout.footer, size="Small", isSubtle=True, separator=True))
    result: dict[str, Any] = {
        "type": "AdaptiveCard",
        "$schema": SCHEMA_URL,
        "version": VERSION,
        "fallbackText": layout.plain_text() or " ",
        "body": body or [_text(" ")],
    }
    if layout.buttons:
        result["actions"] = [submit_action(button) for button in layout.buttons]
    return result


def attachment(layout: Layout) -> dict[str, Any]:
    """The card as a Bot Framework attachment."""
    return {"contentType": CONTENT_TYPE, "content": card(layout)}


def record_text(layout: Layout) -> str:
    """The record's Markdown in a code block, which Teams shows with a copy button."""
    fence = "```"
    text = (layout.preformatted or "").replace(fence, "'''")
    return f"{fence}\n{text}\n{fence}"
