"""Adaptive Cards (schema 1.5, what Microsoft Teams draws) from a :class:`Layout`.

The level comes first in a coloured band, then the lines, the numbered steps, the
contacts and a "Why" section that opens with a button (``Action.ToggleVisibility``).
Buttons are ``Action.Submit`` with Teams' ``messageBack``: the chat shows the button's
title as the user's message and the bot receives its payload as text (and as
``value.payload``, which :mod:`server.teams` also reads).
"""

from __future__ import annotations

import json
from typing import Any

from actions import messages
from server.cards.layout import Button, Layout, Section

#: The id of a checklist's tick boxes; Teams sends the ticked fact keys under it, and
#: ``server.teams.button_payload`` turns them into the page's structured answer.
CHECKLIST_INPUT = "applies"
#: The button that sends the ticked facts (the page's words).
CHECKLIST_SUBMIT = "These apply"

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
    keys = [str(key) for key in layout.extra.get("checklist") or ()]
    checklist = layout.kind == "checklist" and bool(keys)
    for section in layout.sections:
        if checklist and section.key == "checklist":
            body.append(_tick_boxes(keys))
        else:
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
    buttons = [b for b in layout.buttons if not (checklist and _one_fact(b, keys))]
    actions = [submit_action(button) for button in buttons]
    if checklist:
        actions.insert(0, _tick_submit(keys))
    if actions:
        result["actions"] = actions
    return result


def _tick_boxes(keys: list[str]) -> dict[str, Any]:
    """The checklist as tick boxes (multi-select), one per fact, as on the page."""
    return {
        "type": "Input.ChoiceSet",
        "id": CHECKLIST_INPUT,
        "isMultiSelect": True,
        "style": "expanded",
        "choices": [{"title": messages.checklist_item(key), "value": key} for key in keys],
    }


def _tick_submit(keys: list[str]) -> dict[str, Any]:
    """ "These apply": Teams sends the ticked keys with the checklist's keys."""
    return {"type": "Action.Submit", "title": CHECKLIST_SUBMIT, "data": {"checklist": keys}}


def _one_fact(button: Button, keys: list[str]) -> bool:
    """A button answering one fact of the checklist, which a tick box replaces."""
    if not button.payload.startswith("/inform{"):
        return False
    try:
        answer = json.loads(button.payload[len("/inform") :])
    except ValueError:
        return False
    return isinstance(answer, dict) and len(answer) == 1 and set(answer) <= set(keys)


def attachment(layout: Layout) -> dict[str, Any]:
    """The card as a Bot Framework attachment."""
    return {"contentType": CONTENT_TYPE, "content": card(layout)}


def record_text(layout: Layout) -> str:
    """The record's Markdown in a code block, which Teams shows with a copy button."""
    fence = "```"
    text = (layout.preformatted or "").replace(fence, "'''")
    return f"{fence}\n{text}\n{fence}"
