"""Risk of harm read by the language model, next to the ruler's risk cues.

``nlu/risk.py`` adds ``risk: {"who", "confidence"}`` to the parse data of a message whose
words suggest someone may be at risk of harm now, in words the ruler's cue list does not
hold. This module decides what that means for the case:

- ``who == "child"``: ``immediate_risk`` becomes true (never lowered: an unknown or
  earlier "no" does not stop new words of risk from counting), unless the narrative
  reader found a risk cue denied in the same message ("she's not suicidal");
- ``who == "user"``: the person typing gets support for themselves.

A hypothetical ("what if she said she wanted to die?") and the trainer's scenarios are
not the case in hand, so they are not read (``HYPOTHETICAL_INTENTS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

RISK_KEY = "risk"
CHILD = "child"
USER = "user"

#: Intents whose words are not about the case in hand: a what-if, and trainer mode.
HYPOTHETICAL_INTENTS = frozenset({"what_if", "start_training", "training_answer"})


def classified_risk(message: Mapping[str, Any]) -> str | None:
    """``"child"`` or ``"user"`` when the model read a risk in the message, else None."""
    intent = (message.get("intent") or {}).get("name")
    if intent in HYPOTHETICAL_INTENTS or str(message.get("text") or "").startswith("/"):
        return None
    found = message.get(RISK_KEY)
    if not isinstance(found, Mapping):
        return None
    who = found.get("who")
    return who if who in (CHILD, USER) else None


def risk_updates(
    message: Mapping[str, Any],
    known: Mapping[str, Any],
    updates: Mapping[str, Any],
    negated: tuple[str, ...],
) -> dict[str, Any]:
    """``{"immediate_risk": True}`` when the model's reading of a child at risk adds to
    what is known and what the words gave; nothing otherwise."""
    if classified_risk(message) != CHILD or "immediate_risk" in negated:
        return {}
    if updates.get("immediate_risk") is True or (
        known.get("immediate_risk") is True and "immediate_risk" not in updates
    ):
        return {}
    return {"immediate_risk": True}


def user_at_risk(message: Mapping[str, Any]) -> bool:
    """Whether the model read the person typing as the one in crisis."""
    return classified_risk(message) == USER
