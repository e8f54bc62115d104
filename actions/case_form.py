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

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT, FormValidationAction
from rasa_sdk.types import DomainDict

from actions import messages, pictured_choice
from actions.case_facts import (
    facts_from_slots,
    facts_in_message,
    next_ask,
    slots_set_this_turn,
    valid_facts,
)
from actions.checklist import (
    CHECKLIST_KEYS,
    ChecklistAnswer,
    negatives_to_confirm,
    read_checklist_answer,
)
from actions.embedded_question import answer_embedded_question
from actions.form_answers import form_reads_message
from actions.guidance.facts import ADULT_AGE, BOOL_KEYS, FACT_KEYS
from actions.guidance.jurisdictions import jurisdiction
from actions.intents import DIGRESSION_INTENTS, is_topic_intent
from actions.narrative.frustration import frustrated_with_a_service
from actions.narrative.vocabulary import SHARED_PLACES
from actions.pictured_choice import choices_from_slot, read_choice
from actions.risk_reading import child_said_safe
from actions.slot_mappings import emergency_events, message_facts

ANSWER_VALUES = {"affirm": True, "deny": False}

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
        negated: tuple[str, ...] = ()
        if form_reads_message(tracker.active_loop_name, intent):
            read, negated = message_facts(dispatcher, tracker)
            updates.update(read)
        # Safety first, in this same turn, whatever else the message is (docs/API.md §3);
        # then the answer to a question the message also asks.
        safety = emergency_events(dispatcher, tracker, updates, negated=negated)
        # On the turn the form starts (no question asked yet), action_validate_slot_mappings
        # has already answered the question (it ran first, with no form active): answering
        # here too would say it twice in a row.
        if form_reads_message(tracker.active_loop_name, intent) and requested is not None:
            answer_embedded_question(
                dispatcher, tracker.latest_message, {**tracker.slots, **updates}
            )
        said = stated_this_turn(tracker, updates, activating)
        checklist = tuple(tracker.get_slot("checklist") or ())
        answered: tuple[str, ...] = ()

        if not activating and requested:
            text = tracker.latest_message.get("text") or ""
            if requested in checklist:
                reply = read_checklist_answer(text, intent, checklist, updates, negated)
                answered = tuple(reply.facts) if reply.understood else ()
                outcome = self._checklist_outcome(reply, checklist, updates, unknown, tracker)
            elif requested == "pictured_age" and choices_from_slot(
                tracker.get_slot("pictured_choices")
            ):
                answered = ("pictured_age", "other_age")
                outcome = self._choice_outcome(dispatcher, intent, text, updates, tracker)
            else:
                answered = (requested,)
                outcome = self._single_outcome(intent, requested, text, updates, unknown, tracker)
            if outcome is not None:
                return self._reject_or_reask(
                    dispatcher, tracker, intent, requested, safety, outcome
                )
            if tracker.get_slot("reask_count"):
                updates["reask_count"] = 0

        confirm = self._negatives_to_show(tracker, updates, negated, intent, answered)
        shown = {key: value for key, value in said.items() if key not in answered}
        shown.update(dict.fromkeys(confirm, False))
        updates.update(dict.fromkeys(confirm, False))
        if tracker.get_slot("stated_negatives"):
            updates["stated_negatives"] = None
        facts = facts_from_slots({**tracker.slots, **updates})
        events: list[EventType] = [SlotSet(key, value) for key, value in updates.items()]
        events += safety
        events += emergency_events(dispatcher, tracker, updates, child_only=True, after=safety)
        also = _choices_heard(tracker, updates, activating)
        opening = _opening(tracker, updates) if requested is None else None
        if confirm or len(shown) + len(also) >= UNDERSTOOD_MIN_FACTS:
            understood = messages.render_understood(shown, also)
            dispatcher.utter_message(text=f"{opening} {understood}" if opening else understood)
        elif opening:
            dispatcher.utter_message(text=opening)
        one_at_a_time = bool(updates.get("one_at_a_time") or tracker.get_slot("one_at_a_time"))
        risk_first = bool(tracker.get_slot("risk_heard")) or any(
            event.get("name") == "risk_heard" for event in safety
        )
        ask = next_ask(facts, unknown, one_at_a_time=one_at_a_time, risk_first=risk_first)
        events.append(SlotSet("checklist", list(ask.checklist) or None))
        events.append(SlotSet(REQUESTED_SLOT, ask.requested))
        return events

    @staticmethod
    def _single_outcome(
        intent: str | None,
        requested: str,
        text: str,
        updates: dict[str, Any],
        unknown: list[str],
        tracker: Tracker,
    ) -> str | None:
        """Apply an answer to one question; ``"unanswered"`` when the message isn't one."""
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
            return "unanswered"
        return None

    @staticmethod
    def _choice_outcome(
        dispatcher: CollectingDispatcher,
        intent: str | None,
        text: str,
        updates: dict[str, Any],
        tracker: Tracker,
    ) -> str | None:
        """Apply an answer to "who is in the image?" (``actions.pictured_choice``)."""
        choices = choices_from_slot(tracker.get_slot("pictured_choices"))
        answer = read_choice(text, intent, choices, updates)
        if answer is None:
            return "unanswered"
        settled, line = answer
        updates.update(settled)
        updates["pictured_choices"] = None
        if line:
            dispatcher.utter_message(text=line)
        return None

    @staticmethod
    def _checklist_outcome(
        reply: ChecklistAnswer,
        checklist: tuple[str, ...],
        updates: dict[str, Any],
        unknown: list[str],
        tracker: Tracker,
    ) -> str | None:
        """Apply an answer to a checklist: the facts it settles, the ones not known, the
        wish for one question at a time; ``"which"`` after a bare "yes"."""
        if reply.which:
            return "which"
        if not reply.understood:
            return None if any(key in FACT_KEYS for key in updates) else "unanswered"
        updates.update(reply.facts)
        new_unknown = [key for key in reply.unknown if key not in unknown]
        if new_unknown:
            unknown.extend(new_unknown)
            updates["unknown_facts"] = unknown
        if reply.one_at_a_time:
            updates["one_at_a_time"] = True
        return None

    def _reject_or_reask(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        intent: str | None,
        requested: str,
        safety: list[EventType],
        outcome: str,
    ) -> list[EventType]:
        """A message that does not answer the question: a digression goes to its rule (the
        form rejects); otherwise the question is asked again, at most ``MAX_REASKS`` times,
        and then left unknown so no conversation is stuck on it."""
        checklist = list(tracker.get_slot("checklist") or ())
        if outcome == "unanswered" and (intent in DIGRESSION_INTENTS or is_topic_intent(intent)):
            return safety  # the form rejects; a rule handles the digression
        if outcome == "unanswered" and safety:  # the safety reply answered this message
            return [*safety, SlotSet(requested, None), SlotSet(REQUESTED_SLOT, requested)]
        reasks = int(tracker.get_slot("reask_count") or 0) + 1
        if reasks <= MAX_REASKS:
            if outcome == "unanswered":
                choices = choices_from_slot(tracker.get_slot("pictured_choices"))
                hint = messages.CHECKLIST_HINT if checklist else hint_for(requested)
                if requested == "pictured_age" and choices:
                    hint = pictured_choice.hint(choices)
                dispatcher.utter_message(text=f"Sorry, I didn't get that. {hint}")
            return [
                *safety,
                SlotSet("reask_count", reasks),
                SlotSet(requested, None),
                SlotSet(REQUESTED_SLOT, requested),
            ]
        dispatcher.utter_message(text="I'll leave that as unknown for now; you can tell me later.")
        unknown = list(tracker.get_slot("unknown_facts") or [])
        unknown += [key for key in (checklist or [requested]) if key not in unknown]
        facts = facts_from_slots(tracker.slots)
        ask = next_ask(
            facts,
            unknown,
            one_at_a_time=bool(tracker.get_slot("one_at_a_time")),
            risk_first=bool(tracker.get_slot("risk_heard")),
        )
        return [
            *safety,
            SlotSet("unknown_facts", unknown),
            SlotSet("reask_count", 0),
            SlotSet("checklist", list(ask.checklist) or None),
            SlotSet(REQUESTED_SLOT, ask.requested),
        ]

    @staticmethod
    def _negatives_to_show(
        tracker: Tracker,
        updates: dict[str, Any],
        negated: tuple[str, ...],
        intent: str | None,
        answered: tuple[str, ...],
    ) -> list[str]:
        """The stated negatives to show back now and count as false from now on: those of
        this message, and those kept from a message before the form started. One that would
        contradict a known fact (no adult, with an adult's age) is left to be asked."""
        known = facts_from_slots({**tracker.slots, **updates})
        waiting = tuple(tracker.get_slot("stated_negatives") or ())
        safe = "immediate_risk" in waiting or child_said_safe(
            tracker.latest_message or {}, updates, known
        )
        candidates = negatives_to_confirm(
            (*waiting, *negated), known, correcting=intent == "correct_fact", safe_said=safe
        )
        confirm = []
        for key in candidates:
            if key in answered:
                continue
            if valid_facts({**known, **dict.fromkeys((*confirm, key), False)}):
                confirm.append(key)
        return confirm


#: A message stating at least this many facts is a description, and is shown back.
UNDERSTOOD_MIN_FACTS = 2


def _opening(tracker: Tracker, updates: dict[str, Any]) -> str | None:
    """What is said first when a description starts the case (no question asked yet):
    ``messages.acknowledgement`` for the words of the description and the role it gave, or
    one given before. Said once in a conversation: a correction or a second case later
    starts the form again, and hearing it twice would ring hollow."""
    text = tracker.latest_message.get("text") or ""
    role = updates.get("role") or tracker.get_slot("role")
    opening = messages.acknowledgement(role, frustrated_with_a_service(text))
    if opening is None:
        return None
    bot_texts = (e.get("text") or "" for e in tracker.events if e.get("event") == "bot")
    return None if any(opening in said for said in bot_texts) else opening


def stated_this_turn(tracker: Tracker, updates: dict[str, Any], activating: bool) -> dict[str, Any]:
    """The facts this message stated (for "I understood: ..."), in contract order.

    When the form starts, the global slot validation has already read the message: its
    facts are the slots set this turn.
    """
    source = dict(updates)
    if activating:
        source = {**slots_set_this_turn(tracker.events), **source}
    return {key: source[key] for key in FACT_KEYS if source.get(key) is not None}


def _choices_heard(tracker: Tracker, updates: dict[str, Any], activating: bool) -> list[str]:
    """The two ages held back this turn, for "I understood: ..." (``actions.pictured_choice``)."""
    source = {**slots_set_this_turn(tracker.events), **updates} if activating else updates
    choices = choices_from_slot(source.get("pictured_choices"))
    return [pictured_choice.understood(choices)] if choices else []


class AskAdultInvolved(Action):
    """The case form's question for ``adult_involved``, worded for who is pictured.

    With a child pictured it asks whether anyone 18 or over is involved. With an adult
    pictured the question that decides the case is different (docs/API.md §2): whether an adult
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


class AskPicturedAge(Action):
    """The case form's question for ``pictured_age``.

    When two ages were given and nothing said which person is pictured (slot
    ``pictured_choices``), it asks who is in the image, naming both, with a button each
    (``actions.pictured_choice``); otherwise the usual age question.
    """

    def name(self) -> str:
        return "action_ask_case_form_pictured_age"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        choices = choices_from_slot(tracker.get_slot("pictured_choices"))
        if not choices:
            dispatcher.utter_message(response="utter_ask_pictured_age")
            return []
        dispatcher.utter_message(
            text=pictured_choice.question(choices), buttons=pictured_choice.buttons(choices)
        )
        return []


class AskJurisdiction(Action):
    """The case form's question for ``jurisdiction``, naming a place said that is in two
    nations ("Bangor is in Wales and in Northern Ireland. Which is it?", slot
    ``shared_place``); otherwise the usual question with the four nations."""

    def name(self) -> str:
        return "action_ask_case_form_jurisdiction"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        place = tracker.get_slot("shared_place")
        nations = SHARED_PLACES.get(str(place or "").lower())
        if not nations:
            dispatcher.utter_message(response="utter_ask_jurisdiction")
            return []
        names = [jurisdiction(nation).name for nation in nations]
        dispatcher.utter_message(
            text=f"{place} is in {' and in '.join(names)}. Which is it?",
            buttons=[
                {"title": name, "payload": "/inform" + json.dumps({"jurisdiction": nation})}
                for name, nation in zip(names, nations, strict=True)
            ],
        )
        return []


class AskCheckableFact(Action):
    """The case form's question for a fact that may be asked in a checklist.

    Rasa's form asks for ``requested_slot`` with ``action_ask_case_form_<key>``. While a
    checklist is pending (slot ``checklist``, set by ``validate_case_form``) this sends it:
    one message with every listed fact, a button for each, "None of these", "Not sure" and
    "One at a time", and the payload ``{"checklist": [...]}`` (docs/API.md §3). Otherwise it
    asks the one fact with its usual question.
    """

    key = ""

    def name(self) -> str:
        return f"action_ask_case_form_{self.key}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        keys = [str(key) for key in tracker.get_slot("checklist") or ()]
        if self.key not in keys or len(keys) < 2:
            dispatcher.utter_message(response=f"utter_ask_{self.key}")
            return []
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        dispatcher.utter_message(
            text=messages.render_checklist(keys, again=intent == "affirm"),
            buttons=checklist_buttons(keys),
            json_message=checklist_payload(keys),
        )
        return []


def checklist_buttons(keys: list[str]) -> list[dict[str, str]]:
    """A button per fact (it applies), then "None of these", "Not sure", "One at a time"."""
    buttons = [
        {"title": messages.checklist_item(key), "payload": "/inform" + json.dumps({key: True})}
        for key in keys
    ]
    none = "/inform" + json.dumps(dict.fromkeys(keys, False))
    buttons.append({"title": "None of these", "payload": none})
    buttons.append({"title": "Not sure", "payload": "/dont_know"})
    buttons.append({"title": "One at a time", "payload": "one at a time"})
    return buttons


def checklist_payload(keys: list[str]) -> dict[str, Any]:
    """``{"checklist": [fact keys]}`` (docs/API.md §3), with each fact's line for a client
    that draws its own tick boxes."""
    return {
        "checklist": keys,
        "items": [{"key": key, "label": messages.checklist_item(key)} for key in keys],
    }


#: One ask action per checkable fact, all the same class: Rasa finds them by name.
ASK_CHECKABLE_ACTIONS = tuple(
    type(f"AskCheckable_{key}", (AskCheckableFact,), {"key": key}) for key in CHECKLIST_KEYS
)
