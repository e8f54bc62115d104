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
from rasa_sdk.forms import REQUESTED_SLOT, ValidationAction
from rasa_sdk.types import DomainDict

from actions.case_facts import (
    NON_FACT_INTENTS,
    facts_from_slots,
    is_topic_intent,
    read_message,
    user_in_crisis,
    young_person_typing_in_danger,
)
from actions.checklist import negatives_to_confirm
from actions.embedded_question import answer_embedded_question
from actions.form_answers import form_reads_message
from actions.guidance.facts import ADULT_AGE
from actions.narrative.cues import is_training_material
from actions.narrative.household import child_goes_home_to_the_abuser
from actions.narrative.language import is_welsh
from actions.narrative.negation import negator_before
from actions.narrative.threats import typist_threatens_harm
from actions.pictured_choice import hold_ages_back
from actions.risk_reading import (
    child_risk_heard,
    child_said_safe,
    classified_risk,
    is_hypothetical,
    risk_updates,
    user_at_risk,
)

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
        welsh = welsh_events(dispatcher, tracker, message)
        if welsh:
            return welsh  # an English intent read from Welsh words would mean nothing
        if intent in NON_FACT_INTENTS or (is_topic_intent(intent) and tracker.active_loop_name):
            # Mid-form, a guidance question must reach its rule unchanged; outside
            # the form, details given with a question are the start of a case. Risk of
            # harm is still read from every message.
            return risk_only_events(dispatcher, tracker)
        if form_reads_message(tracker.active_loop_name, intent):
            return []  # validate_case_form reads this answer itself
        updates, negated = message_facts(dispatcher, tracker)
        events: list[EventType] = [SlotSet(key, value) for key, value in updates.items()]
        events += emergency_events(dispatcher, tracker, updates, negated=negated)
        answer_embedded_question(dispatcher, message, {**tracker.slots, **updates})
        return events + pending_negative_events(tracker, negated, updates)


def welsh_events(
    dispatcher: CollectingDispatcher, tracker: Tracker, message: dict[str, Any]
) -> list[EventType]:
    """A message in Welsh gets the fixed Welsh and English reply (each time: the user may
    not read the first), with the 999 line; nothing is read from it as an English fact."""
    text = message.get("text") or ""
    if text.startswith("/") or not is_welsh(text):
        return []
    dispatcher.utter_message(response="utter_welsh")
    return [SlotSet("welsh_notified", True)]


def message_fact_updates(dispatcher: CollectingDispatcher, tracker: Tracker) -> dict[str, Any]:
    """The slot updates the latest message's facts make; a refused value is said."""
    return message_facts(dispatcher, tracker)[0]


def message_facts(
    dispatcher: CollectingDispatcher, tracker: Tracker
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The slot updates the latest message's facts make, and the cues it denies in words
    ("he hasn't shown anyone"), which count only once shown back (``actions.checklist``)."""
    known = facts_from_slots(tracker.slots)
    requested = tracker.get_slot("requested_slot") if tracker.active_loop_name else None
    reading = read_message(
        tracker.latest_message or {}, requested, known.get("jurisdiction"), known.get("role")
    )
    if reading.refused:
        dispatcher.utter_message(text=refused_message(reading.refused))
    changed = {key: value for key, value in reading.facts.items() if known.get(key) != value}
    changed.update(risk_updates(tracker.latest_message or {}, requested, reading.negated))
    # Two ages nothing places wait for "who is in the image?" (actions.pictured_choice);
    # an age that places someone clears that question.
    pictured_known = known.get("pictured_age") is not None
    changed = hold_ages_back(changed, reading.pictured_choices, pictured_known)
    if "pictured_age" in changed and tracker.get_slot("pictured_choices"):
        changed["pictured_choices"] = None
    if reading.shared_place and known.get("jurisdiction") is None:
        changed["shared_place"] = reading.shared_place  # "Bangor": asked by name
    return reconcile(known, changed), reading.negated


def risk_only_events(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """For a message read for nothing else (a follow-up, a question mid-form): the safety
    replies when a risk cue or the model reads a risk of harm in it (every message is read
    for risk, docs/API.md §3). A risk cue the words affirm ("V assessed as at risk - high",
    even when the NLU took it for "why?") sets ``immediate_risk``, as in a description;
    a what-if and the trainer's scenarios are not the case in hand."""
    message = tracker.latest_message or {}
    updates: dict[str, Any] = {}
    if not is_hypothetical(message) and tracker.get_slot("immediate_risk") is not True:
        reading = read_message(
            message, None, tracker.get_slot("jurisdiction"), tracker.get_slot("role")
        )
        if reading.facts.get("immediate_risk") is True and not _risk_named_as_a_term(message):
            updates["immediate_risk"] = True
    events: list[EventType] = [SlotSet(key, value) for key, value in updates.items()]
    return events + emergency_events(dispatcher, tracker, updates)


#: The words for risk itself ("immediate risk", "at risk", "in danger"): in a question
#: ("does sextortion count as an immediate risk?", "what if she's at risk?") they name the
#: idea under discussion, not this child. A concrete sign ("cutting", "missing since
#: 1600hrs", "assessed as at risk - high") is read in a question as anywhere else.
RISK_TERM = re.compile(
    r"^(?:at\s+)?(?:immediate\s+|serious\s+)?(?:risk|danger)(?:\s+of\s+harm)?$|"
    r"^(?:in|at)\s+(?:immediate\s+)?(?:danger|risk)(?:\s+now)?$",
    re.IGNORECASE,
)
ASKING = re.compile(r"\?|^\W*(?:what|how|when|does|do|is|are|can|should|would|could|will)\b", re.I)


def _risk_named_as_a_term(message: dict[str, Any]) -> bool:
    """A question whose only risk words are the words for risk itself."""
    cues = [
        str(e.get("value") or "")
        for e in message.get("entities") or []
        if e.get("entity") == "immediate_risk"
    ]
    text = str(message.get("text") or "")
    return bool(cues) and ASKING.search(text) is not None and all(RISK_TERM.match(c) for c in cues)


def pending_negative_events(
    tracker: Tracker, negated: tuple[str, ...], updates: dict[str, Any] | None = None
) -> list[EventType]:
    """Keep the negatives a message states until the case form shows them back.

    Outside the form nothing is asked yet, so they wait in ``stated_negatives``; the form
    shows them back ("I understood: ... not passed on") when it starts, and only then
    counts them as false (docs/API.md §3).
    """
    known = facts_from_slots(tracker.slots)
    waiting = list(tracker.get_slot("stated_negatives") or [])
    safe = child_said_safe(tracker.latest_message or {}, updates or {}, known)
    confirmable = negatives_to_confirm(negated, {**known, **(updates or {})}, safe_said=safe)
    new = [key for key in confirmable if key not in waiting]
    return [SlotSet("stated_negatives", waiting + new)] if new else []


def refused_message(keys: list[str]) -> str:
    """Say which values were refused, so nothing is silently dropped."""
    names = ", ".join(keys)
    return f"I couldn't use the value given for {names}: it is not a valid answer, so I've left it as unknown."


#: Doubt said with a risk cue ("not sure, she keeps saying she wants to disappear"): the
#: risk still counts (docs/API.md §3), and the user is told they can correct it.
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
    after: list[EventType] | None = None,
    negated: tuple[str, ...] = (),
) -> list[EventType]:
    """The safety replies, in the same turn as the words that need them.

    ``after`` holds the events of an earlier call in the same turn (the form checks the
    message first, then its answer), so nothing is said twice.

    A child at immediate risk gets the 999 reply the first time it shows (and, when the
    user sounded unsure, a line saying the risk was taken as a yes and can be corrected);
    a user in crisis themselves ("I can't cope") gets support for themselves, once; then
    an urgent pattern (threats or sextortion, an adult in contact, an image posted online)
    gets what to do now, once per case, before any question (the order of docs/API.md §3).
    """
    events: list[EventType] = []
    young_person_told = False
    message = tracker.latest_message or {}
    earlier = {e["name"]: e["value"] for e in (after or []) if e.get("event") == "slot"}
    notified = tracker.get_slot("emergency_notified") or earlier.get("emergency_notified")
    if (
        updates.get("immediate_risk") is True
        and not notified
        and not is_training_material(str(message.get("text") or ""))
    ):
        role = updates.get("role") or tracker.get_slot("role")
        if young_person_typing_in_danger(message, role):
            # "i dont want to be here anymore": the 999 reply and support, for them
            dispatcher.utter_message(response="utter_young_person_danger")
            events.append(SlotSet("user_support_given", True))
            young_person_told = True
        else:
            dispatcher.utter_message(response="utter_emergency")
        if DOUBT.search(message.get("text") or "") or read_by_model_alone(message):
            dispatcher.utter_message(response="utter_risk_taken_as_yes")
        events.append(SlotSet("emergency_notified", True))
    elif not notified and risk_heard_now(tracker, updates, negated, earlier):
        dispatcher.utter_message(response="utter_risk_heard")
        events.append(SlotSet("risk_heard", True))
    events += _user_support_events(dispatcher, tracker, message, child_only, young_person_told)
    events += help_first_events(dispatcher, tracker, updates, earlier.get("help_first_given"))
    return events


def _user_support_events(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    message: dict[str, Any],
    child_only: bool,
    young_person_told: bool = False,
) -> list[EventType]:
    """Support for the person typing, once: about to hurt someone ("I'm going round there
    with a hammer") gets "don't go, call 999" first; in crisis themselves ("I can't cope")
    gets support for themselves, unless the 999 reply for a young person has just given it
    (``young_person_told``)."""
    if child_only or tracker.get_slot("user_support_given"):
        return []
    if typist_threatens_harm(str(message.get("text") or "")):
        dispatcher.utter_message(response="utter_user_threat")
    elif young_person_told:
        return []
    elif user_in_crisis(message) or user_at_risk(message):
        dispatcher.utter_message(response="utter_user_support")
    else:
        return []
    return [SlotSet("user_support_given", True)]


def read_by_model_alone(message: dict[str, Any]) -> bool:
    """Whether a risk answer was read by the model with no risk cue in the words: the user
    is told it was taken as a yes and can be corrected, as with "not sure" (docs/API.md §3)."""
    entities = message.get("entities") or []
    cue = any(entity.get("entity") == "immediate_risk" for entity in entities)
    # "her stepdad takes photos of her. She's due home at 3.30": the words say it, no doubt
    told = child_goes_home_to_the_abuser(str(message.get("text") or ""))
    return classified_risk(message) == "child" and not cue and not told


def risk_heard_now(
    tracker: Tracker, updates: dict[str, Any], negated: tuple[str, ...], earlier: dict[str, Any]
) -> bool:
    """Whether the model read a child at risk that this case has not yet been told about
    (``actions.risk_reading``): the safety reply then comes first, once per case."""
    if tracker.get_slot("risk_heard") or earlier.get("risk_heard"):
        return False
    known = {**facts_from_slots(tracker.slots), **updates}
    return child_risk_heard(tracker.latest_message or {}, known, negated)


def help_first_events(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    updates: dict[str, Any],
    given_this_turn: list[str] | None = None,
) -> list[EventType]:
    """What to do now for each urgent pattern this turn made known, once per case."""
    given = list(given_this_turn or tracker.get_slot("help_first_given") or [])
    facts = {**facts_from_slots(tracker.slots), **updates}
    found = [_pressure_or_threats(p, facts, tracker) for p in urgent_patterns(facts)]
    new = [p for p in found if p not in given and _new_this_turn(p, updates)]
    for pattern in new:
        dispatcher.utter_message(response=f"utter_now_{pattern}")
    return [SlotSet("help_first_given", [*given, *new])] if new else []


#: Urgent patterns and the facts that show them (help first, before the intake).
URGENT_PATTERNS: dict[str, tuple[str, ...]] = {
    "threats": ("coercion", "profit_motive"),
    "pressure": ("coercion",),
    "adult": ("adult_involved",),
    "posted_online": ("widely_shared",),
}


def urgent_patterns(facts: dict[str, Any]) -> list[str]:
    """The urgent patterns the facts show, in the order their help is given.

    Threats or a demand for money (sextortion); an adult in contact with or sent images
    by a child, or who sent a child their own image (not an adult pictured in a fake that
    children made or passed on); an image posted or shared widely online now.
    """
    found = []
    if facts.get("coercion") is True or facts.get("profit_motive") is True:
        found.append("threats")
    pictured, other = facts.get("pictured_age"), facts.get("other_age")
    adult_pictured = isinstance(pictured, int) and pictured >= ADULT_AGE
    # an adult's own image sent to a child ("the guy im talking to is 23. he sent me a pic
    # of himself") is an adult in contact; a fake of an adult made by children is not
    made_by_others = facts.get("ai_generated") is True or facts.get("made_without_consent") is True
    own_image_to_child = (
        adult_pictured and isinstance(other, int) and other < ADULT_AGE and not made_by_others
    )
    if facts.get("adult_involved") is True and (not adult_pictured or own_image_to_child):
        found.append("adult")
    if facts.get("widely_shared") is True and facts.get("online") is True:
        found.append("posted_online")
    return found


#: Words of a threat or a demand: sextortion, not only pressure to send.
THREAT_WORDS = re.compile(
    r"\b(?:threat\w*|blackmail\w*|extort\w*|sextort\w*|unless|or\s+else|pay|paid|paying|money|cash|"
    r"gift\s*cards?|vouchers?|bitcoin|crypto|demand\w*|expose|leak\w*|everyone\s+will\s+see|"
    r"(?:send|post|share|put)\s+(?:them|it|the\s+\w+)\s+(?:to|on|online|round|everywhere))\b|£|\$",
    re.IGNORECASE,
)


def _pressure_or_threats(pattern: str, facts: dict[str, Any], tracker: Tracker) -> str:
    """ "Threats" (sextortion: don't pay, stop replying) becomes "pressure" when the
    description says a child was pressed to send an image ("some boy in S3 keeps asking her
    for pics") with no threat, demand or money in its words. A "yes" to the question about
    pressure or threats says no more than that, so it keeps the fuller help."""
    if pattern != "threats" or facts.get("profit_motive") is True:
        return pattern
    if tracker.get_slot(REQUESTED_SLOT) == "coercion":
        return pattern
    text = (tracker.latest_message or {}).get("text") or ""
    return pattern if _threat_said(text) else "pressure"


def _threat_said(text: str) -> bool:
    """A threat or demand in the words, not denied: "she hasn't been threatened" said of a
    teaching assistant's grooming is pressure, not sextortion (person test, 2026-12-07:
    the card opened with "Don't pay or send anything more")."""
    return any(
        # (a condition is not a denial: "if she doesnt get back with him hell put them on
        # instagram" is a threat)
        not negator_before(text, found.start(), demand=True)
        for found in THREAT_WORDS.finditer(text)
    )


def _new_this_turn(pattern: str, updates: dict[str, Any]) -> bool:
    keys = (*URGENT_PATTERNS[pattern], "online", "pictured_age")
    return any(key in updates for key in keys)
