"""Safe Markdown building blocks for case records.

A record is saved, printed, pasted into a force's case system or a school's safeguarding
log, and rendered by whatever viewer the user has. None of its text comes from the user,
but much of it comes from elsewhere (the knowledge base, the engine), so every piece of
text is escaped on the way in: a stray ``*``, ``|`` or ``<script>`` in a source title
must never change the layout, break a table or run as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote

# Characters with a meaning anywhere in a line: emphasis, code, links and images (which need
# ``[``), tables, strikethrough, escapes. Backslash-escaped (CommonMark and Python-Markdown
# both honour these). Parentheses stay as they are: without ``[...]`` they are plain text.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# Characters HTML would read: written as entities, never as themselves.
_HTML_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# A line that starts like a block (heading, quote, list item, numbered item, rule).
_BLOCK_MARK = re.compile(r"^([-=>+#])")
_NUMBERED = re.compile(r"^(\d+)([.)])")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$")


def escape(text: object, *, line_start: bool = True) -> str:
    """``text`` as one line of Markdown that renders exactly as written.

    Whitespace (newlines included) collapses to single spaces, so a value can never start
    a new block; inline markup characters are backslash-escaped; HTML characters become
    entities. With ``line_start`` (the default, for text that may begin a line) a leading
    block marker (``-``, ``1.``, ``#``) is escaped too; a heading's text needs no such escape.
    """
    line = " ".join(str(text).split())
    line = _INLINE_SPECIAL.sub(r"\\\1", line)
    line = "".join(_HTML_ENTITIES.get(char, char) for char in line)
    if not line_start:
        return line
    line = _BLOCK_MARK.sub(r"\\\1", line)
    return _NUMBERED.sub(r"\1\\\2", line)


def safe_url(url: object) -> str | None:
    """``url`` if it is a plain http(s) address, with parentheses and spaces encoded; else None.

    Anything else (``javascript:``, ``data:``, relative paths, odd characters) is refused,
    so a bad address in the knowledge base shows as text, never as a live link.
    """
    if not isinstance(url, str):
        return None
    candidate = url.strip()
    if not _SAFE_URL.match(candidate):
        return None
    return quote(candidate, safe=":/?#[]@!$&'*+,;=%-._~")


def link(text: object, url: object) -> str:
    """``[text](url)`` when the url is safe, else the escaped text alone."""
    address = safe_url(url)
    if address is None:
        return escape(text)
    return f"[{escape(text)}]({address})"


def code(value: object) -> str:
    """A contract value (``referral``, ``not_appropriate``) in a code span, as it is spelt."""
    text = " ".join(str(value).split()).replace("`", "'")
    return f"`{text}`"


def heading(level: int, text: str) -> str:
    """A heading line (the text is escaped)."""
    return f"{'#' * level} {escape(text, line_start=False)}"


def bullets(items: Iterable[str], numbered: bool = False) -> str:
    """Already-safe item strings as a list."""
    return "\n".join(
        f"{index}. {item}" if numbered else f"- {item}" for index, item in enumerate(items, 1)
    )


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A pipe table of already-safe cells; an empty cell is a blank to fill in by hand."""
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines.extend("| " + " | ".join(cell if cell else " " for cell in row) + " |" for row in rows)
    return "\n".join(lines)
