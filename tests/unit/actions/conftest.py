"""Helpers to run Rasa SDK actions against a hand-built tracker, without a model."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from rasa_sdk import Tracker

from actions.guidance.facts import FACT_KEYS

DOMAIN_SLOTS = [
    *FACT_KEYS,
    "unknown_facts",
    "assessment",
    "emergency_notified",
    "risk_heard",
    "user_support_given",
    "help_first_given",
    "welsh_notified",
    "reask_count",
    "training_scenario",
    "training_seen",
    "training_score",
    "requested_slot",
    "checklist",
    "one_at_a_time",
    "stated_negatives",
    "pictured_choices",
    "shared_place",
]


def make_tracker(
    text: str = "",
    intent: str = "inform",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    active_loop: str | None = None,
    slots_set_this_turn: dict[str, Any] | None = None,
) -> Tracker:
    """A tracker whose latest user message is ``text`` with ``intent`` and ``entities``.

    ``slots_set_this_turn`` become SlotSet events after the user message, which is
    what ``tracker.slots_to_validate()`` reports to validation actions.
    """
    values = dict.fromkeys(DOMAIN_SLOTS)
    values.update(slots or {})
    values.update(slots_set_this_turn or {})
    message = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99},
        "entities": entities or [],
    }
    events: list[dict[str, Any]] = [{"event": "user", "text": text, "parse_data": message}]
    events += [
        {"event": "slot", "name": name, "value": value}
        for name, value in (slots_set_this_turn or {}).items()
    ]
    return Tracker.from_dict(
        {
            "sender_id": "unit-test",
            "slots": values,
            "latest_message": message,
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {"name": active_loop} if active_loop else {},
            "latest_action_name": "action_listen",
        }
    )


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    """The project's domain, as the action server receives it."""
    with open("domain.yml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The slot values that a list of events sets, last one wins."""
    return {event["name"]: event["value"] for event in events if event.get("event") == "slot"}
