"""The case record action: a record of the case as the tracker holds it, never of nothing."""

from __future__ import annotations

import json

from rasa_sdk.executor import CollectingDispatcher

from actions.case_facts import is_topic_intent
from actions.case_record import ActionCaseRecord
from tests.unit.actions.conftest import make_tracker


async def run(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ActionCaseRecord().run(dispatcher, tracker, domain)
    return dispatcher, events


async def test_a_police_case_gets_the_police_record_with_the_level_and_no_events(domain):
    slots = {"role": "police", "pictured_age": 14, "other_age": 19, "jurisdiction": "wales"}
    dispatcher, events = await run(make_tracker(intent="ask_record", slots=slots), domain)
    assert events == []
    [message] = dispatcher.messages
    record = message["custom"]["record"]
    assert record["format"] == "case-record/1"
    assert record["variant"] == "police"
    assert record["filename_stem"].startswith("case-record-")
    assert record["data"]["assessment"]["level"] == "referral"
    assert "**Referral**" in record["markdown"]
    assert json.loads(json.dumps(record["data"])) == record["data"]
    assert "provisional" in message["text"]  # immediate_risk is still unknown


async def test_a_school_case_gets_the_school_layout(domain):
    slots = {"role": "school", "pictured_age": 15, "other_age": 15}
    dispatcher, _ = await run(make_tracker(intent="ask_record", slots=slots), domain)
    assert dispatcher.messages[0]["custom"]["record"]["variant"] == "school"


async def test_a_parent_gets_the_general_layout(domain):
    slots = {"role": "parent", "pictured_age": 13, "other_age": 13}
    dispatcher, _ = await run(make_tracker(intent="ask_record", slots=slots), domain)
    assert dispatcher.messages[0]["custom"]["record"]["variant"] == "general"


async def test_no_record_without_a_case(domain):
    slots = {"role": "school", "jurisdiction": "england"}  # who and where, but no incident
    dispatcher, events = await run(make_tracker(intent="ask_record", slots=slots), domain)
    assert events == []
    [message] = dispatcher.messages
    assert "custom" not in message or not message.get("custom")
    assert "no case to record" in message["text"]


def test_ask_record_and_ask_next_steps_are_not_guidance_topics():
    assert is_topic_intent("ask_viewing_images")
    assert is_topic_intent("ask_recording")
    assert not is_topic_intent("ask_record")
    assert not is_topic_intent("ask_next_steps")
    assert not is_topic_intent(None)
