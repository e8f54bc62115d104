"""The case form: ask only what is still missing, in the engine's order.

``validate_case_form`` runs after each answer while the form is active. It reads the
facts an answer states (``actions.form_answers``: the global slot validation leaves
answers to the form), turns a short answer ("yes", "no", "not sure", "15") into the
requested fact, then asks
next whatever the engine's ``open_questions`` puts first, and ends the form as
soon as nothing unknown can change the result. A guidance question asked in the
middle is left to the rules (the form rejects, the question is answered, the
form resumes).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions.case_facts import facts_from_slots, facts_in_message, is_topic_intent, next_question
from actions.form_answers import form_reads_message
from actions.guidance.facts import ADULT_AGE, BOOL_KEYS
from actions.slot_mappings import emergency_events, message_fact_updates

ANSWER_VALUES = {"affirm": True, "deny": False}

#: Intents that leave the form to something else (a rule answers them, then the
#: form resumes or stops); the form must not treat them as a failed answer.
DIGRESSION_INTENTS = frozenset(
    {
        "stop",
        "restart",
        "help",
        "bot_challenge",
        "what_if",
        "explain_factor",
        "ask_next_steps",
        "offer_image",
        "ask_record",
        "start_training",
        "training_answer",
        "greet",
        "goodbye",
        "thank",
        "out_of_scope",
        "nlu_fallback",
    }
)

#: What a valid answer looks like, for the re-ask after an answer that isn't one.
ANSWER_HINTS = {
    "role": 'Please pick one of the buttons, or say for example "I\'m a police officer" or "I\'m the DSL".',
    "jurisdiction": "Please say England, Wales, Scotland or Northern Ireland.",
    "pictured_age": 'Please give an age in years, for example 14, or a school year such as "year 9"; or say "not sure".',
    "other_age": 'Please give an age in years, for example 16 or 25; or say "not sure".',
}
BOOL_HINT = "Please answer yes, no or not sure."

#: After this many answers that are not answers, the fact is left unknown and the
#: form moves on, so no conversation is ever stuck on one question.
MAX_REASKS = 2

#: Words for "none of the roles offered".
OTHER_ROLE_WORDS = ("someone else", "something else", "other", "none of those", "neither")


def other_role(text: str) -> dict[str, Any] | None:
    """``role: other`` for answers such as "someone else" to the role question."""
    lowered = text.lower()
    return {"role": "other"} if any(word in lowered for word in OTHER_ROLE_WORDS) else None


def answer_to_requested(intent: str | None, requested: str | None) -> dict[str, Any] | None:
    """The fact value a yes/no answer gives the requested fact, if it is a yes/no fact."""
    if requested in BOOL_KEYS and intent in ANSWER_VALUES:
        return {requested: ANSWER_VALUES[intent]}
    return None


def hint_for(requested: str) -> str:
    """The re-ask text for ``requested``."""
    return ANSWER_HINTS.get(requested, BOOL_HINT)


def denied_in_words(tracker: Tracker, requested: str) -> dict[str, Any] | None:
    """``False`` for the asked fact when the answer denies it in words.

    "There was no money involved", in answer to the question about money, is a
    no. A negated cue is never evidence on its own (the narrative reader leaves
    it unknown), but as the answer to that very question it is the user's answer.
    """
    if requested not in BOOL_KEYS:
        return None
    jurisdiction = tracker.get_slot("jurisdiction")
    _, _, negated = facts_in_message(tracker.latest_message, requested, jurisdiction)
    return {requested: False} if requested in negated else None


class ValidateCaseForm(FormValidationAction):
    """Validation and question order for ``case_form``."""

    def name(self) -> str:
        return "validate_case_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        requested = tracker.get_slot(REQUESTED_SLOT)
        activating = tracker.active_loop_name != self.form_name()
        unknown = list(tracker.get_slot("unknown_facts") or [])
        updates = dict(tracker.slots_to_validate())
        if form_reads_message(tracker.active_loop_name, intent):
            updates.update(message_fact_updates(dispatcher, tracker))
        # Safety first, in this same turn, whatever else the message is (CONTRACT §3).
        safety = emergency_events(dispatcher, tracker, updates)

        if not activating and requested:
            text = tracker.latest_message.get("text") or ""
            answer = answer_to_requested(intent, requested)
            if requested == "role" and not updates:
                answer = other_role(text)
            elif answer is None and not updates:
                answer = denied_in_words(tracker, requested)
            if answer and requested not in updates:
                updates.update(answer)
            elif intent == "dont_know" and requested not in unknown:
                unknown.append(requested)
                updates["unknown_facts"] = unknown
            elif not updates:
                if intent in DIGRESSION_INTENTS or is_topic_intent(intent):
                    return safety  # the form rejects; a rule handles the digression
                if safety:  # the safety reply was the answer to this message: ask again
                    return [*safety, SlotSet(requested, None), SlotSet(REQUESTED_SLOT, requested)]
                reasks = int(tracker.get_slot("reask_count") or 0) + 1
                if reasks <= MAX_REASKS:
                    dispatcher.utter_message(
                        text=f"Sorry, I didn't get that. {hint_for(requested)}"
                    )
                    return [
                        SlotSet("reask_count", reasks),
                        SlotSet(requested, None),
                        SlotSet(REQUESTED_SLOT, requested),
                    ]
                dispatcher.utter_message(
                    text="I'll leave that as unknown for now; you can tell me later."
                )
                unknown.append(requested)
                updates["unknown_facts"] = unknown
            if tracker.get_slot("reask_count"):
                updates["reask_count"] = 0

        facts = facts_from_slots({**tracker.slots, **updates})
        events: list[EventType] = [SlotSet(key, value) for key, value in updates.items()]
        events += safety
        events += emergency_events(dispatcher, tracker, updates, child_only=True, after=safety)
        events.append(SlotSet(REQUESTED_SLOT, next_question(facts, unknown)))
        return events


class AskAdultInvolved(Action):
    """The case form's question for ``adult_involved``, worded for who is pictured.

    With a child pictured it asks whether anyone 18 or over is involved. With an adult
    pictured the question that decides the case is different (CONTRACT §2): whether an adult
    sent, showed or asked a child for the image, which is child sexual abuse whoever is
    pictured. The form asks it before any card.
    """

    def name(self) -> str:
        return "action_ask_adult_involved"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        pictured_age = tracker.get_slot("pictured_age")
        adult_pictured = isinstance(pictured_age, int) and pictured_age >= ADULT_AGE
        response = "utter_ask_adult_involved_adult_pictured" if adult_pictured else None
        dispatcher.utter_message(response=response or "utter_ask_adult_involved")
        return []
