"""Who is in the image? The one question asked when two ages are given and nothing says
which of the two people is pictured (``actions.narrative.ages.pictured_choices``).

"A 13 year old and a 16 year old, a nude is going round": the bot does not guess. It
keeps the two readings in the slot ``pictured_choices`` (each ``{"label",
"pictured_age", "other_age"}``, the younger pictured first) and, when the case form
comes to ``pictured_age``, asks "Who is in the image: the 13-year-old or the
16-year-old?" with a button for each, "Both of them" and "Not sure".

The answer settles both ages at once. "Both" and "not sure" take the first reading, the
younger pictured and the older the other person: among the two real possibilities it
is the one that can only raise the level (an age under 13 pictured, an adult as the
other person), so an unknown never lowers it. The user is told, and can correct it.

Pure Python, no Rasa import: the case form calls :func:`read_choice`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

Choice = Mapping[str, Any]

OLDER = re.compile(r"\b(?:older|oldest|elder|eldest|bigger|big\s+one)\b", re.I)
YOUNGER = re.compile(r"\b(?:younger|youngest|little\s+one|smaller)\b", re.I)
BOTH = re.compile(r"\b(?:both|the\s+two\s+of\s+them|each\s+other|all\s+of\s+them)\b", re.I)

#: Said when "not sure" or "both" is taken as the safer reading.
SAFER_READING = (
    "I'll take {label} as the child pictured and {other} as the other person: of the two, "
    "that reading can only raise the level. Tell me if it's the other way round."
)
BOTH_READING = "Understood: both are in the image. I'll take the younger as the child pictured."


#: The two facts a choice settles together.
AGE_KEYS = ("pictured_age", "other_age")


def hold_ages_back(
    facts: Mapping[str, Any], choices: Sequence[Choice], pictured_known: bool
) -> dict[str, Any]:
    """The slot updates for facts read with two ages that nothing places: the reader's
    convention (the younger pictured) is left out and the two readings wait in
    ``pictured_choices`` for the question. Unchanged when there is no choice, or when
    the pictured child's age is already known."""
    if not choices or pictured_known:
        return dict(facts)
    held = {key: value for key, value in facts.items() if key not in AGE_KEYS}
    held["pictured_choices"] = [dict(choice) for choice in choices]
    return held


def choices_from_slot(value: Any) -> list[dict[str, Any]]:
    """The two readings held in the slot, or an empty list for anything malformed."""
    if not isinstance(value, list) or len(value) != 2:
        return []
    keys = {"label", "pictured_age", "other_age"}
    if not all(isinstance(item, dict) and keys <= set(item) for item in value):
        return []
    return [dict(item) for item in value]


def question(choices: Sequence[Choice]) -> str:
    """ "Who is in the image: the 13-year-old or the 16-year-old?" """
    first, second = (str(choice["label"]) for choice in choices)
    return f"Who is in the image: {first} or {second}?"


def understood(choices: Sequence[Choice]) -> str:
    """For "I understood: ...": both people heard, which one is pictured still to ask."""
    first, second = (str(choice["label"]) for choice in choices)
    return f"two people, {first} and {second} (I'll ask which one is in the image)"


def buttons(choices: Sequence[Choice]) -> list[dict[str, str]]:
    """A button per person (capitalised), "Both of them" and "Not sure"."""
    found = [
        {"title": _capitalised(str(c["label"])), "payload": "/inform" + json.dumps(_ages(c))}
        for c in choices
    ]
    found.append({"title": "Both of them", "payload": "/inform" + json.dumps(_ages(choices[0]))})
    found.append({"title": "Not sure", "payload": "/dont_know"})
    return found


def hint(choices: Sequence[Choice]) -> str:
    """The re-ask line after an answer that is not one."""
    first, second = (str(choice["label"]) for choice in choices)
    return f'Please tap one of the buttons, or say "{first}", "{second}", "both" or "not sure".'


def read_choice(
    text: str, intent: str | None, choices: Sequence[Choice], updates: Mapping[str, Any]
) -> tuple[dict[str, Any], str | None] | None:
    """The slot updates an answer to the question gives, and a line to say (or None).

    ``updates`` are the facts already read from the answer: a button or a typed age
    ("the 16 year old", "16") sets ``pictured_age``; the other age then comes from
    the matching reading. Returns None when the message does not answer the question.
    """
    stated = updates.get("pictured_age")
    if isinstance(stated, int):
        match = next((c for c in choices if c["pictured_age"] == stated), None)
        if match is None:
            return {}, None  # a new age: the user's words win, the other age stays open
        return {"other_age": updates.get("other_age", match["other_age"])}, None
    if OLDER.search(text) and not YOUNGER.search(text):
        return _ages(max(choices, key=lambda c: c["pictured_age"])), None
    if YOUNGER.search(text) and not OLDER.search(text):
        return _ages(min(choices, key=lambda c: c["pictured_age"])), None
    if BOTH.search(text):
        return _ages(choices[0]), BOTH_READING
    if intent == "dont_know":
        first, second = choices
        line = SAFER_READING.format(label=first["label"], other=second["label"])
        return _ages(first), line
    return None


def _ages(choice: Choice) -> dict[str, Any]:
    return {"pictured_age": choice["pictured_age"], "other_age": choice["other_age"]}


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]
