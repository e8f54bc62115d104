"""Slack Block Kit from a :class:`Layout`.

A header with the level, the lines, the numbered steps, the contacts and "Why"
(Slack cannot fold a section, so it comes last, before the buttons), the footer as
context, and the buttons in an ``actions`` block (their ``value`` is the payload the
bot receives when one is clicked). Text is escaped for Slack's mrkdwn (``&``, ``<``,
``>``) and cut into pieces within Slack's limits.
"""

from __future__ import annotations

from typing import Any

from server.cards.layout import Layout, Section

MAX_BLOCKS = 50
HEADER_CHARS = 150
SECTION_CHARS = 3000
BUTTON_TEXT_CHARS = 75
BUTTON_VALUE_CHARS = 2000
BUTTONS_PER_BLOCK = 25

_TONE_MARKS = {"attention": "🔴", "warning": "🟠", "good": "🟢", "neutral": "⚪", "accent": ""}


def escape(text: str) -> str:
    """Text safe for Slack mrkdwn: the three characters Slack wants escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chunks(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """``text`` in pieces of at most ``limit`` characters, cut at line ends where possible."""
    pieces: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            if current:
                pieces.append(current)
                current = ""
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces or [""]


def _section_blocks(text: str) -> list[dict[str, Any]]:
    return [{"type": "section", "text": {"type": "mrkdwn", "text": part}} for part in chunks(text)]


def _list_blocks(section: Section) -> list[dict[str, Any]]:
    items = [
        f"{index}. {escape(item)}" if section.numbered else f"• {escape(item)}"
        for index, item in enumerate(section.items, 1)
    ]
    return _section_blocks(f"*{escape(section.heading)}*\n" + "\n".join(items))


def _button_blocks(layout: Layout) -> list[dict[str, Any]]:
    elements = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": _clip(button.title, BUTTON_TEXT_CHARS)},
            "value": button.payload[:BUTTON_VALUE_CHARS],
            "action_id": f"reply-{index}",
        }
        for index, button in enumerate(layout.buttons)
    ]
    return [
        {"type": "actions", "elements": elements[start : start + BUTTONS_PER_BLOCK]}
        for start in range(0, len(elements), BUTTONS_PER_BLOCK)
    ]


def blocks(layout: Layout) -> list[dict[str, Any]]:
    """The Block Kit blocks for one layout (at most 50)."""
    result: list[dict[str, Any]] = []
    if layout.title:
        mark = _TONE_MARKS.get(layout.tone, "") if layout.kind == "assessment" else ""
        title = f"{mark} {layout.title}".strip()
        result.append(
            {
                "type": "header",
                "text": {"type": "plain_text", "text": _clip(title, HEADER_CHARS), "emoji": True},
            }
        )
    for line in layout.lines:
        result.extend(_section_blocks(escape(line)))
    unfolded = [section for section in layout.sections if not section.folded]
    folded = [section for section in layout.sections if section.folded]
    for section in unfolded + folded:
        result.append({"type": "divider"})
        result.extend(_list_blocks(section))
    if layout.preformatted:
        fence = "```"
        body = escape(layout.preformatted.replace(fence, "'''"))
        result.extend(
            {"type": "section", "text": {"type": "mrkdwn", "text": f"{fence}{part}{fence}"}}
            for part in chunks(body, SECTION_CHARS - 2 * len(fence))
        )
    if layout.footer:
        result.append(
            {"type": "context", "elements": [{"type": "mrkdwn", "text": escape(layout.footer)}]}
        )
    buttons = _button_blocks(layout) if layout.buttons else []
    room = MAX_BLOCKS - len(buttons)
    return result[:room] + buttons


def notification_text(layout: Layout) -> str:
    """The message's ``text``: what Slack shows in notifications and screen readers."""
    return _clip(layout.plain_text(), 3000) or " "
