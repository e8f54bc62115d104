"""Read case facts from every user message, in or out of the case form.

Rasa runs ``action_validate_slot_mappings`` after each user message (inside its
``action_extract_slots``), so a fact stated anywhere, in the first description
or in a later correction, is filled at once and never asked again. When a
message reveals that a child is in immediate danger, the emergency reply is sent
from here, before any further question. An answer to the case form's question is
the exception: ``validate_case_form`` reads it with :func:`message_fact_updates`
itself (``actions.form_answers``).
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.case_facts import (
    NON_FACT_INTENTS,
    facts_from_slots,
    facts_in_message,
    is_topic_intent,
    user_in_crisis,
)
from actions.form_answers import form_reads_message

#: Facts that describe the same thing from two sides: ``other_age`` is the oldest
#: other person's age, so it settles ``adult_involved`` and the other way round.
LINKED_FACTS = {"other_age": "adult_involved", "adult_involved": "other_age"}


def reconcile(known: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Slot updates that apply ``new`` facts over ``known`` ones.

    A newer statement of one linked fact replaces what an older statement of the
    other implied: after "actually he's 16, not 19" the earlier "an adult is
    involved" (read from the 19) must not survive, or a correction downwards would
    never take effect. The engine derives the cleared fact again from the new one.
    """
    updates = dict(new)
    for key in new:
        linked = LINKED_FACTS.get(key)
        if linked and linked not in new and known.get(linked) is not None:
            updates[linked] = None
    return updates


class ValidateSlotMappings(ValidationAction):
    """Fill fact slots from the words of each message (Rasa's global slot validation)."""

    def name(self) -> str:
        return "action_validate_slot_mappings"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        intent = (message.get("intent") or {}).get("name")
        if intent in NON_FACT_INTENTS or (is_topic_intent(intent) and tracker.active_loop_name):
            # Mid-form, a guidance question must reach its rule unchanged; outside
            # the form, details given with a question are the start of a case.
            return []
        if form_reads_message(tracker.active_loop_name, intent):
            return []  # validate_case_form reads this answer itself
        updates = message_fact_updates(dispatcher, tracker)
        events: list[EventType] = [SlotSet(key, value) for key, value in updates.items()]
        events += emergency_events(dispatcher, tracker, updates)
        return events


def message_fact_updates(dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """The slot updates the latest message's facts make; a refused value is said."""
    known = facts_from_slots(tracker.slots)
    requested = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
    new, refused, _negated = facts_in_message(
        tracker.latest_message or {}, requested, known.get("jurisdiction")
    )
    if refused:
        dispatcher.utter_message(text=refused_message(refused))
    changed = {key: value for key, value in new.items() if known.get(key) != value}
    return reconcile(known, changed)


def refused_message(keys: list[str]) -> str:
    """Say which values were refused, so nothing is silently dropped."""
    names = ", ".join(keys)
    return f"I couldn't use the value given for {names}: it is not a valid answer, so I've left it as unknown."


#: Doubt said with a risk cue ("not sure, she keeps saying she wants to disappear"): the
#: risk still counts (CONTRACT §3), and the user is told they can correct it.
DOUBT = re.compile(
    r"\b(not sure|unsure|not certain|possibly|maybe|perhaps|might be|could be|"
    r"don'?t know|do not know|dunno|no idea)\b",
    re.IGNORECASE,
)


def emergency_events(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    updates: dict[str, Any],
    *,
    child_only: bool = False,
) -> list[EventType]:
    """The safety replies, in the same turn as the words that need them.

    A child at immediate risk gets the 999 reply the first time it shows (and, when the
    user sounded unsure, a line saying the risk was taken as a yes and can be corrected);
    a user in crisis themselves ("I can't cope") gets support for themselves, once.
    """
    events: list[EventType] = []
    message = tracker.latest_message or {}
    if updates.get("immediate_risk") is True and not tracker.get_slot("emergency_notified"):
        dispatcher.utter_message(response="utter_emergency")
        if DOUBT.search(message.get("text") or ""):
            dispatcher.utter_message(response="utter_risk_taken_as_yes")
        events.append(SlotSet("emergency_notified", True))
    if child_only:
        return events
    if not tracker.get_slot("user_support_given") and user_in_crisis(message):
        dispatcher.utter_message(response="utter_user_support")
        events.append(SlotSet("user_support_given", True))
    return events
