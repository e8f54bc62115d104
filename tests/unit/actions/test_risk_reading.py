"""Risk read by the language model: the safety reply at once, never a lowered level."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.risk_reading import classified_risk, risk_updates
from actions.slot_mappings import ValidateSlotMappings
from tests.unit.actions.conftest import make_tracker, slot_events

CHILD_AT_RISK = {"who": "child", "confidence": 0.81}
USER_IN_CRISIS = {"who": "user", "confidence": 0.77}


def tracker_with(text, risk, intent="describe_incident", slots=None, active_loop=None):
    tracker = make_tracker(text, intent, slots=slots, active_loop=active_loop)
    if risk is not None:
        tracker.latest_message["risk"] = risk
    return tracker


async def run_mappings(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateSlotMappings().run(dispatcher, tracker, domain)
    return dispatcher, events


def responses(dispatcher):
    return [message.get("response") for message in dispatcher.messages]


async def test_a_child_at_risk_in_words_the_ruler_lacks_gets_the_999_reply(domain):
    tracker = tracker_with("she keeps apologising for being a burden to everyone", CHILD_AT_RISK)
    dispatcher, events = await run_mappings(tracker, domain)
    assert slot_events(events)["immediate_risk"] is True
    assert responses(dispatcher)[0] == "utter_emergency"


async def test_risk_is_read_from_a_message_that_is_read_for_nothing_else(domain):
    tracker = tracker_with(
        "are you a bot? she says she'd rather not wake up", CHILD_AT_RISK, "bot_challenge"
    )
    dispatcher, events = await run_mappings(tracker, domain)
    assert slot_events(events) == {"immediate_risk": True, "emergency_notified": True}
    assert "utter_emergency" in responses(dispatcher)


async def test_the_person_typing_in_crisis_gets_support_for_themselves(domain):
    tracker = tracker_with("honestly I don't know how I keep going", USER_IN_CRISIS)
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_user_support" in responses(dispatcher)
    assert slot_events(events).get("immediate_risk") is None


async def test_no_reading_no_reply(domain):
    tracker = tracker_with("two 15 year olds swapped pictures on snapchat", None)
    dispatcher, events = await run_mappings(tracker, domain)
    assert "utter_emergency" not in responses(dispatcher)
    assert slot_events(events).get("immediate_risk") is None


def test_a_hypothetical_or_a_trainer_scenario_is_not_the_case_in_hand():
    for intent in ("what_if", "training_answer", "start_training"):
        message = {"text": "what if she said she wanted to die", "intent": {"name": intent}}
        assert classified_risk({**message, "risk": CHILD_AT_RISK}) is None


def test_a_payload_is_never_read_as_words():
    message = {"text": '/inform{"immediate_risk": false}', "intent": {"name": "inform"}}
    assert classified_risk({**message, "risk": CHILD_AT_RISK}) is None


def test_a_denied_risk_cue_in_the_same_message_wins():
    message = {"text": "she's not suicidal", "intent": {"name": "inform"}, "risk": CHILD_AT_RISK}
    assert risk_updates(message, {}, {}, ("immediate_risk",)) == {}


def test_new_words_of_risk_raise_an_earlier_no():
    message = {"text": "she just said she wants to sleep forever", "intent": {"name": "inform"}}
    message["risk"] = CHILD_AT_RISK
    assert risk_updates(message, {"immediate_risk": False}, {}, ()) == {"immediate_risk": True}
    assert risk_updates(message, {}, {"immediate_risk": False}, ()) == {"immediate_risk": True}


def test_nothing_to_add_when_the_risk_is_already_known():
    message = {
        "text": "she is still saying it",
        "intent": {"name": "inform"},
        "risk": CHILD_AT_RISK,
    }
    assert risk_updates(message, {"immediate_risk": True}, {}, ()) == {}


def test_a_malformed_reading_is_ignored():
    for risk in ({"who": "nobody"}, "child", None, {"confidence": 1.0}):
        message = {"text": "words", "intent": {"name": "inform"}, "risk": risk}
        assert classified_risk(message) is None
