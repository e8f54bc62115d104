"""Rasa actions for trainer mode: present a scenario, mark the trainee's answer, keep score.

The scenarios and the marking are the pure ``actions.training`` package (the
right answer is always the engine's assessment of the scenario's facts). These
actions only keep the session's state in three slots (the scenario on screen,
the scenarios seen, the score) and never touch the case facts, so a real case
and a training session cannot mix.
"""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.case_facts import CONTEXT_FACTS, MessageReading, read_message
from actions.narrative.ages.words import IMAGE_WORD
from actions.pictured_choice import hold_ages_back
from actions.presentation.layout import with_layout
from actions.risk_reading import is_hypothetical
from actions.slot_mappings import pending_negative_events, risk_only_events
from actions.training import CHOICES, parse_choice, present, reveal
from actions.training.session import (
    check_score,
    choice_buttons,
    reveal_without_marking,
    score_text,
    summary_text,
    theme_asked,
)

NO_SCENARIO = (
    'There is no training scenario on screen. Say "start a training scenario" to get one. '
    "If a child is in immediate danger, call 999."
)
PICK_A_LEVEL = (
    "Which level would you give: emergency, referral, safeguarding or out of scope? "
    "Pick one of the buttons."
)


def chosen_level(message: dict[str, Any]) -> str | None:
    """The level the trainee picked: the button's ``training_choice``, else the typed words."""
    for entity in message.get("entities") or []:
        if entity.get("entity") == "training_choice" and entity.get("value") in CHOICES:
            return entity["value"]
    return parse_choice(message.get("text") or "")


def session_score(tracker: Tracker) -> dict[str, int]:
    """The score so far; a slot value that is not a valid score starts again at 0 of 0."""
    try:
        return check_score(tracker.get_slot("training_score"))
    except ValueError:
        return check_score(None)


#: A trainer asking for one of the bot's scenarios in so many words ("give me a sextortion
#: scenario", "next scenario"), whatever else the message says. "A scenario about AI", "a
#: scenario for my staff" or "I want a realistic scenario to test" asks for one of ours only
#: when no case of its own follows (:func:`own_scenario`): "I want a realistic scenario to
#: test. Two boys in P7 ... How should the school respond?" brings its own (development
#: narratives AE, 2026-12-07).
ASKS_FOR_A_SCENARIO = re.compile(
    r"\b(?:give|show|send|start|pick|choose)\s+(?:me\s+|us\s+)?"
    r"(?:(?:a|an|another|one|some|the|new|random|more)\s+)?(?:[\w-]+\s+){0,2}?scenarios?\b|"
    r"\b(?:another|next|new|random|one\s+more)\s+(?:[\w-]+\s+)?scenarios?\b",
    re.IGNORECASE,
)
#: The trainer asks for the level of the case they describe: "How would you grade it?",
#: "what level would this be?", "which response does it need?".
ASKS_FOR_A_LEVEL = re.compile(
    r"\bhow\s+(?:would|should|do|does|will)\s+(?:you|we|i|this|it)\s+(?:grade|rate|assess|classify|score|"
    r"level|be\s+(?:graded|rated|assessed|classified))\b|"
    r"\b(?:what|which)\s+(?:level|grade|grading|response\s+level|level\s+of\s+response)\b",
    re.IGNORECASE,
)
#: A trainer's own scenario states at least this many case facts, an age among them.
OWN_SCENARIO_MIN_FACTS = 3
OWN_SCENARIO = (
    "I'll work through your scenario as a case. It stays fictional: I need no names, and "
    "I'll ask only what it doesn't say. (For one of my own scenarios, say \"give me a "
    'scenario".)'
)


def own_scenario(message: dict[str, Any], jurisdiction: str | None) -> MessageReading | None:
    """The reading of a scenario the trainer describes themselves ("for a training session:
    a Year 12 girl (15) sent a nude to a boy (15), he sent it to 3 friends ... what level
    would this be?"), which is assessed as a case; None when they ask for one of ours."""
    text = str(message.get("text") or "")
    if ASKS_FOR_A_SCENARIO.search(text):
        return None
    reading = read_message(message, None, jurisdiction)
    case = {key: value for key, value in reading.facts.items() if key not in CONTEXT_FACTS}
    aged = "pictured_age" in case or bool(reading.pictured_choices)
    if not aged:
        return None
    if len(case) + len(reading.negated) >= OWN_SCENARIO_MIN_FACTS:
        return reading
    # "Training scenario (Wales): Year 8 boy sends a pic of his bare bum to a Year 8 girl.
    # That's it.": two people with ages and an image are a case, however short
    two_people = "other_age" in case or bool(reading.pictured_choices)
    # "scenario is a 16yo lad in Swansea who gets sent an AI nude of himself by a classmate
    # as a 'joke'. How would you grade it?": a level asked of a case of their own, one age
    # and one more fact (development narratives AK, 2026-12-08)
    level_asked = ASKS_FOR_A_LEVEL.search(text) is not None and len(case) >= 2
    return reading if (two_people or level_asked) and IMAGE_WORD.search(text) else None


class ActionStartTraining(Action):
    """Present the next scenario not yet seen this session, with the four level buttons;
    or, when the trainer described a scenario of their own, assess it as a case."""

    def name(self) -> str:
        return "action_start_training"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = tracker.latest_message or {}
        if not is_hypothetical(message):
            # taken for a request to practise, but asking in no words for it: a risk of
            # harm in it gets the safety reply, and no scenario is started on top of it
            safety = risk_only_events(dispatcher, tracker)
            if safety:
                return safety
        own = own_scenario(message, tracker.get_slot("jurisdiction"))
        if own is not None:
            return self.own_scenario_events(dispatcher, tracker, own)
        seen = list(tracker.get_slot("training_seen") or [])
        theme = theme_asked((tracker.latest_message or {}).get("text") or "")
        turn = present(seen, session_score(tracker), theme)
        if not seen:
            dispatcher.utter_message(
                text="Training mode: fictional cases for practice. They are not real cases and "
                'nothing you answer is recorded outside this conversation. Say "reveal" to '
                'see an answer, "skip" or "next" for another case, "score" for your '
                'score and "stop" to finish.'
            )
        if theme:
            dispatcher.utter_message(text=f"A scenario on {theme}:")
        dispatcher.utter_message(text=turn.text, buttons=turn.buttons, json_message=turn.payload)
        # A case form that was running is left, keeping its facts ("stop" does the same).
        return [
            SlotSet("training_scenario", turn.scenario.id),
            SlotSet("training_seen", [*seen, turn.scenario.id]),
            ActiveLoop(None),
            SlotSet("requested_slot", None),
        ]

    @staticmethod
    def own_scenario_events(
        dispatcher: CollectingDispatcher, tracker: Tracker, own: MessageReading
    ) -> list[EventType]:
        """Assess the trainer's own scenario as a case: its facts, the trainer's role, the form."""
        dispatcher.utter_message(text=OWN_SCENARIO)
        # whoever the scenario names, the person typing trains
        facts = {**own.facts, "role": "trainer"}
        pictured_known = tracker.get_slot("pictured_age") is not None
        facts = hold_ages_back(facts, own.pictured_choices, pictured_known)
        events: list[EventType] = [SlotSet(key, value) for key, value in facts.items()]
        events += pending_negative_events(tracker, own.negated, facts)
        return [*events, SlotSet("training_scenario", None), FollowupAction("case_form")]


class ActionCheckTrainingAnswer(Action):
    """Mark the trainee's level against the guidance, reveal the reasons, update the score."""

    def name(self) -> str:
        return "action_check_training_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        scenario_id = tracker.get_slot("training_scenario")
        if not scenario_id:
            dispatcher.utter_message(text=NO_SCENARIO)
            return []
        level = chosen_level(tracker.latest_message)
        if level is None:
            dispatcher.utter_message(text=PICK_A_LEVEL, buttons=choice_buttons())
            return []
        try:
            turn = reveal(scenario_id, level, session_score(tracker))
        except KeyError:  # the library changed since this scenario was shown
            dispatcher.utter_message(text=NO_SCENARIO)
            return [SlotSet("training_scenario", None)]
        # The reveal's layout beside the contract's payload, for the web page (docs/API.md §4).
        dispatcher.utter_message(
            text=turn.text, buttons=turn.buttons, json_message=with_layout(turn.payload)
        )
        return [SlotSet("training_scenario", None), SlotSet("training_score", turn.score)]


#: What a trainer's command asks for ("reveal", "what's my score"); "next" and "skip" are
#: start_training, "stop" is stop.
REVEAL = re.compile(r"\b(reveal|answer|show|tell me|give up)\b", re.IGNORECASE)


class ActionTrainingCommand(Action):
    """Reveal the scenario on screen without scoring it, or say the score so far."""

    def name(self) -> str:
        return "action_training_command"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        scenario_id = tracker.get_slot("training_scenario")
        if REVEAL.search(text) and scenario_id:
            try:
                turn = reveal_without_marking(scenario_id, session_score(tracker))
            except KeyError:
                dispatcher.utter_message(text=NO_SCENARIO)
                return [SlotSet("training_scenario", None)]
            dispatcher.utter_message(
                text=turn.text, buttons=turn.buttons, json_message=with_layout(turn.payload)
            )
            return [SlotSet("training_scenario", None)]
        if not tracker.get_slot("training_seen"):
            dispatcher.utter_message(text=NO_SCENARIO)
            return []
        dispatcher.utter_message(text=score_text(session_score(tracker)))
        return []


class ActionStopTraining(Action):
    """ "Stop" outside a case: end a training session with its score and summary."""

    def name(self) -> str:
        return "action_stop_training"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        seen = list(tracker.get_slot("training_seen") or [])
        if not seen:
            dispatcher.utter_message(response="utter_anything_else")
            return []
        dispatcher.utter_message(text=summary_text(session_score(tracker), seen))
        return [
            SlotSet("training_scenario", None),
            SlotSet("training_seen", None),
            SlotSet("training_score", None),
        ]
