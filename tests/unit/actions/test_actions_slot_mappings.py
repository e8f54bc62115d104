"""Facts read from every message: prefill, corrections, refusals, the emergency reply."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.case_facts import structured_facts
from actions.slot_mappings import ValidateSlotMappings, reconcile
from tests.unit.actions.conftest import make_tracker, slot_events


async def run_mappings(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateSlotMappings().run(dispatcher, tracker, domain)
    return dispatcher, events


def button(key, value):
    """An entity as Rasa builds it from a payload such as /inform{"role": "police"}."""
    return {
        "entity": key,
        "value": value,
        "start": 7,
        "end": 25,
        "extractor": "RegexMessageHandler",
    }


async def test_a_role_button_fills_the_role(domain):
    tracker = make_tracker('/inform{"role": "police"}', entities=[button("role", "police")])
    _, events = await run_mappings(tracker, domain)
    assert slot_events(events) == {"role": "police"}


async def test_an_out_of_range_value_from_a_payload_is_refused_and_said(domain):
    tracker = make_tracker('/inform{"pictured_age": 999}', entities=[button("pictured_age", 999)])
    dispatcher, events = await run_mappings(tracker, domain)
    assert "pictured_age" not in slot_events(events)
    assert "pictured_age" in dispatcher.messages[0]["text"]


def test_structured_facts_validate_every_value():
    accepted, refused = structured_facts(
        [
            button("jurisdiction", "scotland"),
            button("coercion", "yes"),
            button("other_age", 17),
            button("not_a_fact", 1),
        ]
    )
    assert accepted == {"jurisdiction": "scotland", "other_age": 17}
    assert refused == ["coercion"]


async def test_a_hypothetical_does_not_change_the_case(domain):
    tracker = make_tracker("what if he was 19?", "what_if", entities=[button("other_age", 19)])
    _, events = await run_mappings(tracker, domain)
    assert events == []


async def test_immediate_risk_in_a_payload_sends_the_emergency_reply_once(domain):
    entities = [button("immediate_risk", True)]
    tracker = make_tracker('/inform{"immediate_risk": true}', entities=entities)
    dispatcher, events = await run_mappings(tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_emergency"
    assert slot_events(events)["emergency_notified"] is True
    again = make_tracker(
        "she is still in danger", entities=entities, slots={"emergency_notified": True}
    )
    dispatcher, _ = await run_mappings(again, domain)
    assert dispatcher.messages == []


def test_a_correction_of_age_clears_a_contradicting_adult_answer():
    updates = reconcile({"adult_involved": False, "pictured_age": 15}, {"other_age": 19})
    assert updates == {"other_age": 19, "adult_involved": None}


def test_a_correction_downwards_replaces_what_the_older_age_implied():
    updates = reconcile({"other_age": 19, "adult_involved": True}, {"other_age": 16})
    assert updates == {"other_age": 16, "adult_involved": None}


def test_facts_stated_together_are_both_kept():
    updates = reconcile({}, {"other_age": 16, "adult_involved": True})
    assert updates == {"other_age": 16, "adult_involved": True}


def test_unlinked_facts_are_left_alone():
    assert reconcile({"other_age": 19, "coercion": True}, {"online": True}) == {"online": True}
