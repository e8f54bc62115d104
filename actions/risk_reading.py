"""Risk of harm read by the language model, next to the ruler's risk cues.

``nlu/risk.py`` adds ``risk: {"who", "confidence"}`` to the parse data of a message whose
words suggest someone may be at risk of harm now, in words the ruler's cue list does not
hold. The model is a probability, not a statement, so it does less than a cue:

- ``who == "child"``: the safety reply is sent at once (999, Samaritans, SHOUT, Childline:
  ``utter_risk_heard``), once per case, and the risk question, first in the interview
  order, settles the fact. Only when the message answers that very question ("is any
  child at immediate risk?" -> "she said she'd rather not wake up") does the model's
  reading set ``immediate_risk`` true, as a cue with "not sure" does (docs/API.md §3).
  A risk cue denied in the same message ("she's not suicidal") wins.
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
    message: Mapping[str, Any], requested_slot: str | None, negated: tuple[str, ...]
) -> dict[str, Any]:
    """``{"immediate_risk": True}`` when the message answers the risk question in words the
    model reads as a child at risk; nothing otherwise."""
    if requested_slot != "immediate_risk" or "immediate_risk" in negated:
        return {}
    return {"immediate_risk": True} if classified_risk(message) == CHILD else {}


def child_risk_heard(
    message: Mapping[str, Any], known: Mapping[str, Any], negated: tuple[str, ...]
) -> bool:
    """Whether the model read a child at risk that no answer or cue has settled as true."""
    return (
        classified_risk(message) == CHILD
        and "immediate_risk" not in negated
        and known.get("immediate_risk") is not True
    )


def user_at_risk(message: Mapping[str, Any]) -> bool:
    """Whether the model read the person typing as the one in crisis."""
    return classified_risk(message) == USER
