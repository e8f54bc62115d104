"""Rasa actions that answer: the assessment, explanations, "what if", guidance topics.

Each action reads the case from the tracker, calls the pure engine or knowledge
base, and sends text for people plus the contract's custom payload for clients.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import messages
from actions.case_facts import (
    CONTEXT_FACTS,
    MessageReading,
    assessment_of,
    case_described,
    facts_from_slots,
    facts_in_message,
    is_topic_intent,
    slots_set_this_turn,
    topic_of,
)
from actions.embedded_question import embedded_topic, question_part
from actions.guidance import knowledge
from actions.guidance.assessment import assess, summary, what_would_change
from actions.guidance.facts import FACT_KEYS, parse_facts
from actions.narrative.incident import tells_of_an_incident
from actions.narrative.language import is_welsh
from actions.presentation.layout import with_layout
from actions.risk_reading import STATED_NOW, TRAINING_WORDS, classified_risk, is_hypothetical
from actions.slot_mappings import reconcile
from actions.topic_answers import send_topic_answer
from actions.trainer_mode import ActionStartTraining, own_scenario

AFTER_ASSESSMENT_BUTTONS = [
    {"title": "Why this level?", "payload": "/explain_factor"},
    {"title": "Get a case record", "payload": "/ask_record"},
    {"title": "Start a new case", "payload": "/restart"},
]


def current_assessment(tracker: Tracker) -> dict[str, Any]:
    """Assess the case as the tracker holds it now."""
    return assessment_of(parse_facts(facts_from_slots(tracker.slots))).to_dict()


class ActionAssess(Action):
    """Give the assessment: level, reasons with sources, next steps, contacts, payload."""

    def name(self) -> str:
        return "action_assess"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        assessment = current_assessment(tracker)
        dispatcher.utter_message(
            text=messages.render_assessment(assessment, tracker.get_slot("role")),
            buttons=AFTER_ASSESSMENT_BUTTONS,
            # The contract's object, and beside it the layout every channel draws from
            # (the web page's card; docs/API.md §4).
            json_message=with_layout(
                {"assessment": assessment},
                buttons=AFTER_ASSESSMENT_BUTTONS,
                role=tracker.get_slot("role"),
            ),
        )
        dispatcher.utter_message(
            text='You can ask "why?", ask "what if ...?" about one fact, ask a guidance '
            'question, get a case record, or say "start again".'
        )
        return [SlotSet("assessment", summary(assessment))]


class ActionExplainFactors(Action):
    """Explain which facts drove the result, each with its source."""

    def name(self) -> str:
        return "action_explain_factors"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if not facts_from_slots(tracker.slots):
            dispatcher.utter_message(response="utter_invite_description")
            return []
        facts = parse_facts(facts_from_slots(tracker.slots))
        deciding, raising = what_would_change(facts)
        dispatcher.utter_message(
            text=messages.render_explanation(current_assessment(tracker), deciding, raising)
        )
        return []


class ActionWhatIf(Action):
    """Reassess with one hypothetical change, leaving the case itself unchanged."""

    def name(self) -> str:
        return "action_what_if"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if _a_worry_about_now(tracker):
            return []  # the safety reply was the answer: "what if he wont come out ... hes got a belt"
        known = facts_from_slots(tracker.slots)
        case_open = case_described(known)
        if not case_open and (own := _a_trainers_own_case(tracker, known)):
            # "Running a DSL session tomorrow. Scenario: autistic boy, 11, sends ... What
            # level would you give that?": no case open, so not a change to one but a case
            # to assess (development narratives AJ, 2026-12-07)
            return ActionStartTraining.own_scenario_events(dispatcher, tracker, own)
        changes, _refused, negated = facts_in_message(
            tracker.latest_message, None, known.get("jurisdiction")
        )
        changes.update(hypothetical_negatives(tracker.latest_message.get("text") or "", negated))
        changes = {key: value for key, value in changes.items() if known.get(key) != value}
        if not changes:
            dispatcher.utter_message(
                text='Tell me the one fact to change, for example "what if he was 19?" or '
                '"what if it had been posted online?".'
            )
            return []
        before = current_assessment(tracker)
        after = assess(parse_facts(hypothetical(known, changes))).to_dict()
        dispatcher.utter_message(
            text=messages.render_what_if(changes, before, after, case_open=case_open)
        )
        return []


def _a_trainers_own_case(tracker: Tracker, known: dict[str, Any]) -> MessageReading | None:
    """The reading of a whole case told as a training scenario (asked while no case is open)."""
    message = tracker.latest_message or {}
    if not TRAINING_WORDS.search(str(message.get("text") or "")):
        return None
    return own_scenario(message, known.get("jurisdiction"))


def _a_worry_about_now(tracker: Tracker) -> bool:
    """A what-if that says what a child is doing now and was read as a risk ("what if he
    wont come out of his room, hes got a belt in there"): not a fact to change, and the
    safety reply already went (``risk_reading.is_hypothetical``)."""
    message = tracker.latest_message or {}
    if is_hypothetical(message) or not STATED_NOW.search(str(message.get("text") or "")):
        return False
    return classified_risk(message) is not None or tracker.get_slot("immediate_risk") is True


#: "what if she was ok with it", "what if he agreed": a hypothetical of willing sharing.
WILLING = re.compile(
    r"\b(ok with it|okay with it|fine with it|agreed|consented|wanted to (send|share) it|"
    r"happy to (send|share) it|was willing|by choice|her choice|his choice|no pressure)\b",
    re.IGNORECASE,
)


def hypothetical_negatives(text: str, negated: tuple[str, ...]) -> dict[str, bool]:
    """What a "what if" says was NOT so: "what if it hadn't been shared" (a negated cue),
    "what if she was ok with it" (willing: no pressure, and not shared against her will)."""
    changes = dict.fromkeys(negated, False)
    if WILLING.search(text):
        changes.setdefault("coercion", False)
    return changes


def hypothetical(known: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    """The case with ``changes`` applied, linked facts reconciled as for a correction."""
    merged = {**known, **reconcile(known, changes)}
    return {key: value for key, value in merged.items() if value is not None}


class ActionNextSteps(Action):
    """Answer "what should I do?": assess on what is known, or ask for the case."""

    def name(self) -> str:
        return "action_next_steps"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        started = continue_with_case(dispatcher, tracker, announce=False)
        if started:  # "a 15-year-old sent a nude to ..., what do I do?": gather the case first
            return started
        known = facts_from_slots(tracker.slots)
        if not case_described(known):
            dispatcher.utter_message(response="utter_invite_description")
            return []
        assessment = current_assessment(tracker)
        if tracker.get_slot("assessment") == summary(assessment):
            # Nothing changed since the card: point back to it rather than print it again.
            dispatcher.utter_message(text=messages.render_reminder(assessment))
            return []
        return await ActionAssess().run(dispatcher, tracker, domain)


class ActionAnswerGuidance(Action):
    """Answer a guidance question from the knowledge base, with its sources."""

    def name(self) -> str:
        return "action_answer_guidance"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if not is_topic_intent(intent):
            dispatcher.utter_message(response="utter_please_rephrase")
            return []
        if not _support_answered_it(tracker):
            send_topic_answer(
                dispatcher,
                topic_of(intent),
                tracker.get_slot("role"),
                tracker.get_slot("jurisdiction"),
                tracker.get_slot("pictured_age"),
            )
        return continue_with_case(dispatcher, tracker)


#: Slots set True in the turn that the safety reply, the support for the person typing
#: or the help-first steps were sent (``actions.slot_mappings.emergency_events``).
URGENT_REPLY_SLOTS = ("emergency_notified", "user_support_given", "risk_heard", "help_first_given")


def urgent_reply_this_turn(tracker: Tracker) -> bool:
    """Whether this turn's message has already had a safety or help-first reply.

    "im going to the bridge after tea" gets 999, Samaritans and Childline; the NLU may
    still call it off-topic or not understood, and "Sorry, I can only help with cases of
    nude images" after a crisis line would read as being turned away.
    """
    set_now = slots_set_this_turn(tracker.events)
    return any(set_now.get(slot) is True for slot in URGENT_REPLY_SLOTS)


def _support_answered_it(tracker: Tracker) -> bool:
    """Whether the person typing got support for themselves this turn and asked nothing.

    "my dad said hes going to kill me, hes on his way home" is not a question about
    telling parents, whatever the topic model says: the support reply is the answer. A
    question in the same message ("... is it my fault?") is still answered.
    """
    support_now = slots_set_this_turn(tracker.events).get("user_support_given") is True
    text = str((tracker.latest_message or {}).get("text") or "")
    return support_now and question_part(text) is None


#: Slots that say a message described a case: its facts, the negatives it stated (shown
#: back when the form starts) and two ages waiting for "who is in the image?".
CASE_SLOTS = frozenset((*FACT_KEYS, "stated_negatives", "pictured_choices"))


def continue_with_case(
    dispatcher: CollectingDispatcher, tracker: Tracker, announce: bool = True
) -> list[EventType]:
    """Start the case form when a question also described a case.

    "A year 10 lad is being blackmailed for money, what do I do?" is a question
    and a case: after the answer, the facts it gave are kept and the form asks
    only what is still missing.
    """
    if tracker.active_loop_name:
        return []
    new_facts = set(slots_set_this_turn(tracker.events)) - CONTEXT_FACTS
    details = bool(new_facts & CASE_SLOTS)
    if not details and not _first_telling_of_an_incident(tracker):
        return []
    if announce:
        dispatcher.utter_message(text=NOTED if details else LETS_LOOK)
    return [FollowupAction("case_form")]


NOTED = (
    "I've noted the details of your case. I'll ask only what I still need "
    '(say "stop" to leave the questions).'
)
LETS_LOOK = (
    "Let's look at what happened, so I can say what level of response it needs. I'll ask "
    'only what I need (say "stop" to leave the questions).'
)


def _first_telling_of_an_incident(tracker: Tracker) -> bool:
    """ "My son has been sent a naked photo of a girl, I don't know what to do": a case
    told with no fact the reader fills, before any case was started (a question after an
    assessment must not start the same case again)."""
    text = (tracker.latest_message or {}).get("text") or ""
    known = set(facts_from_slots(tracker.slots)) - CONTEXT_FACTS
    return not known and tells_of_an_incident(text)


class ActionNoteFacts(Action):
    """After a statement outside a case: start the case if it described one."""

    def name(self) -> str:
        return "action_note_facts"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        events = continue_with_case(dispatcher, tracker, announce=False)
        if not events:
            dispatcher.utter_message(response="utter_invite_description")
        return events


class ActionStopCase(Action):
    """Leave the case form cleanly, keeping what the user has said."""

    def name(self) -> str:
        return "action_stop_case"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_stopped")
        return [ActiveLoop(None), SlotSet("requested_slot", None)]


class ActionOutOfScope(Action):
    """Off-topic: say what the assistant is for; a Welsh message has had its own reply."""

    def name(self) -> str:
        return "action_out_of_scope"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if is_welsh((tracker.latest_message or {}).get("text") or ""):
            return []  # answered in Welsh and English already (action_validate_slot_mappings)
        if urgent_reply_this_turn(tracker):
            return []  # the safety reply was the answer: no "I can only help with ..."
        dispatcher.utter_message(response="utter_out_of_scope")
        return []


class ActionNotUnderstood(Action):
    """A message the bot does not recognise: a short answer that points back to the card
    when there is one (never the card again), and never the same words twice in a row."""

    def name(self) -> str:
        return "action_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        if is_welsh(message.get("text") or ""):
            return []  # answered in Welsh and English already (action_validate_slot_mappings)
        # A message the NLU could not name as a whole still had its facts read and any
        # question in it answered (action_validate_slot_mappings): when it stated facts of
        # a case, the case starts instead of being lost; when its question was answered,
        # nothing more is said.
        started = continue_with_case(dispatcher, tracker)
        if started or embedded_topic(message, frozenset(knowledge.topic_ids())):
            return started
        if urgent_reply_this_turn(tracker):
            return []  # the safety or help-first reply was the answer
        summary_slot = tracker.get_slot("assessment")
        level = summary_slot.get("level") if isinstance(summary_slot, dict) else None
        text = messages.not_understood(level, last_bot_text(tracker))
        dispatcher.utter_message(text=text, buttons=likely_topic_buttons(tracker))
        return []


#: At most this many guidance topics are offered when a message is not understood.
LIKELY_TOPICS = 3


def likely_topic_buttons(tracker: Tracker) -> list[dict[str, str]]:
    """The two or three likeliest guidance topics from the NLU's ranking, as buttons, plus
    "Describe a case": a way on instead of a bare "didn't understand". Offering a topic is
    not answering it; the user picks."""
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    topics = [
        str(item.get("name"))
        for item in ranking
        if is_topic_intent(item.get("name")) and float(item.get("confidence") or 0) >= 0.05
    ][:LIKELY_TOPICS]
    buttons = [
        {"title": knowledge.topic_answer(topic_of(intent)).title, "payload": f"/{intent}"}
        for intent in topics
    ]
    if not tracker.active_loop_name and not case_described(facts_from_slots(tracker.slots)):
        # "what should I do?" with no case yet invites the description
        buttons.append({"title": "Describe a case", "payload": "/ask_next_steps"})
    return buttons


def last_bot_text(tracker: Tracker) -> str:
    """The text of the bot's latest message, if any."""
    for event in reversed(tracker.events):
        if event.get("event") == "bot":
            return str(event.get("text") or "")
    return ""
