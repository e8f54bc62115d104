"""The case form asks less: stated negatives shown back, checklists asked and read."""

from __future__ import annotations

import json

from rasa_sdk.executor import CollectingDispatcher

from actions.case_facts import next_ask
from actions.case_form import ASK_CHECKABLE_ACTIONS, ValidateCaseForm
from actions.checklist import ALWAYS_ASKED_ALONE, CHECKLIST_KEYS
from tests.unit.actions.conftest import make_tracker, slot_events

#: A clear-cut peer case, everything asked alone already answered.
PEER = {
    "role": "police",
    "jurisdiction": "england",
    "pictured_age": 15,
    "other_age": 15,
    "immediate_risk": False,
    "coercion": False,
}


def pending_checklist(known: dict) -> tuple[str, ...]:
    """The checklist the form would ask next for ``known`` facts."""
    ask = next_ask(known, [])
    assert len(ask.checklist) >= 2, ask
    return ask.checklist


async def answer_checklist(text: str, intent: str, known: dict = PEER, entities=None):
    checklist = pending_checklist(known)
    tracker = make_tracker(
        text,
        intent,
        entities=entities,
        slots={**known, "requested_slot": checklist[0], "checklist": list(checklist)},
        active_loop="case_form",
    )
    dispatcher = CollectingDispatcher()
    events = await ValidateCaseForm().run(dispatcher, tracker, {})
    return checklist, dispatcher, slot_events(events)


async def test_none_of_these_answers_every_listed_fact_with_no_in_one_turn():
    checklist, dispatcher, values = await answer_checklist("none of these", "deny")
    assert all(values[key] is False for key in checklist)
    assert values["requested_slot"] not in checklist
    assert dispatcher.messages == []


async def test_the_none_of_these_button_is_a_structured_answer_naming_every_fact():
    checklist = pending_checklist(PEER)
    payload = "/inform" + json.dumps(dict.fromkeys(checklist, False))
    entities = [{"entity": key, "value": False} for key in checklist]
    _, _, values = await answer_checklist(payload, "inform", entities=entities)
    assert all(values[key] is False for key in checklist)


async def test_one_item_that_applies_is_set_and_only_the_others_stay_open():
    checklist = pending_checklist(PEER)
    last = checklist[-1]
    _, _, values = await answer_checklist(str(len(checklist)), "inform")
    assert values[last] is True
    assert all(values.get(key) is None for key in checklist[:-1])
    assert last not in (values["checklist"] or [values["requested_slot"]])


async def test_a_bare_yes_asks_which_without_an_apology_and_sets_nothing():
    checklist, dispatcher, values = await answer_checklist("yes", "affirm")
    assert values["requested_slot"] == checklist[0]
    assert not any(values.get(key) is not None for key in checklist)
    assert dispatcher.messages == []


async def test_not_sure_leaves_the_listed_facts_unknown_and_moves_on():
    checklist, _, values = await answer_checklist("not sure", "dont_know")
    assert set(checklist) <= set(values["unknown_facts"])
    assert values["requested_slot"] not in checklist


async def test_one_at_a_time_turns_checklists_off_for_the_rest_of_the_case():
    checklist, _, values = await answer_checklist("one at a time please", "out_of_scope")
    assert values["one_at_a_time"] is True
    assert values["checklist"] is None
    assert values["requested_slot"] == checklist[0]


async def test_a_guidance_question_while_a_checklist_waits_goes_to_its_rule():
    _, _, values = await answer_checklist("can I look at the image?", "ask_viewing_images")
    assert "requested_slot" not in values  # the form rejects; the rule answers


async def test_stated_negatives_are_shown_back_when_the_form_starts_then_count_as_no():
    said = {"role": "police", "pictured_age": 15, "other_age": 15, "online": True}
    tracker = make_tracker(
        "PC here. two 15yos swapped nudes on snap, no pressure, neither sent them on",
        "describe_incident",
        slots={"stated_negatives": ["coercion", "shared_without_consent"]},
        slots_set_this_turn=said,
    )
    dispatcher = CollectingDispatcher()
    values = slot_events(await ValidateCaseForm().run(dispatcher, tracker, {}))
    assert values["coercion"] is False
    assert values["shared_without_consent"] is False
    assert values["stated_negatives"] is None
    text = dispatcher.messages[0]["text"]
    assert text.startswith("I understood:")
    for words in ("you're police", "the child pictured is 15", "no pressure", "not passed on"):
        assert words in text
    assert values["requested_slot"] not in ("coercion", "shared_without_consent")


async def test_a_stated_no_adult_that_contradicts_an_adults_age_is_not_shown_as_a_no():
    tracker = make_tracker(
        "he's 19",
        "inform",
        slots={"stated_negatives": ["adult_involved"], "other_age": 19, "pictured_age": 14},
    )
    values = slot_events(await ValidateCaseForm().run(CollectingDispatcher(), tracker, {}))
    assert values.get("adult_involved") is not False


async def test_the_ask_action_sends_the_checklist_with_its_payload_and_buttons():
    checklist = list(pending_checklist(PEER))
    action = next(a() for a in ASK_CHECKABLE_ACTIONS if a.key == checklist[0])
    assert action.name() == f"action_ask_case_form_{checklist[0]}"
    tracker = make_tracker("no", "deny", slots={**PEER, "checklist": checklist})
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    [message] = dispatcher.messages
    assert message["custom"]["checklist"] == checklist
    assert message["text"].startswith("Do any of these apply?")
    titles = [button["title"] for button in message["buttons"]]
    assert titles[-3:] == ["None of these", "Not sure", "One at a time"]
    none = json.loads(message["buttons"][-3]["payload"].removeprefix("/inform"))
    assert none == dict.fromkeys(checklist, False)
    assert not ALWAYS_ASKED_ALONE & set(message["custom"]["checklist"])


async def test_without_a_checklist_the_ask_action_asks_its_one_question():
    action = ASK_CHECKABLE_ACTIONS[0]()
    tracker = make_tracker("no", "deny", slots={**PEER, "checklist": None})
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["response"] == f"utter_ask_{action.key}"


def test_every_checkable_fact_has_its_ask_action_in_the_domain(domain):
    names = {action().name() for action in ASK_CHECKABLE_ACTIONS}
    assert names == {f"action_ask_case_form_{key}" for key in CHECKLIST_KEYS}
    assert names <= set(domain["actions"])
    for slot in ("checklist", "one_at_a_time", "stated_negatives"):
        assert slot in domain["slots"]


def test_when_risk_was_heard_the_risk_question_comes_before_the_role():
    from actions.case_facts import next_ask

    facts = {"pictured_age": 15, "other_age": 15}
    assert next_ask(facts, []).requested == "role"
    assert next_ask(facts, [], risk_first=True).requested == "immediate_risk"
    settled = {**facts, "immediate_risk": False}
    assert next_ask(settled, [], risk_first=True).requested == "role"


async def first_messages(text: str, said: dict) -> list[str]:
    """What the case form says when ``text`` starts the case with ``said`` read from it."""
    tracker = make_tracker(text, "describe_incident", slots_set_this_turn=said)
    dispatcher = CollectingDispatcher()
    await ValidateCaseForm().run(dispatcher, tracker, {})
    return [message["text"] for message in dispatcher.messages]


async def test_a_parent_is_told_they_did_the_right_thing_before_what_was_understood():
    said = {"role": "parent", "pictured_age": 14, "online": True}
    replies = await first_messages("my daughter is 14 and sent a nude on snap", said)
    assert replies[0].startswith("You've done the right thing by asking. I understood:")
    assert "the child pictured is 14" in replies[0]


async def test_a_professional_gets_straight_to_what_was_understood():
    said = {"role": "police", "pictured_age": 14, "online": True}
    replies = await first_messages("PC here, F14 sent a nude on snap", said)
    assert replies[0].startswith("I understood:")


async def test_anyone_let_down_by_a_service_hears_sorry_first():
    said = {"role": "parent", "pictured_age": 14}
    text = "three weeks and nobody has rung me back about my daughter's photos, she's 14"
    replies = await first_messages(text, said)
    assert replies[0].startswith("I'm sorry it has been so hard to get answers.")
    assert "done the right thing" not in replies[0]


async def test_the_opening_is_said_alone_when_too_little_was_understood_to_show():
    replies = await first_messages("I'm a parent and I need help", {"role": "parent"})
    assert replies[0] == "You've done the right thing by asking."


async def test_the_opening_is_said_once_in_a_conversation():
    """A correction or a second case later starts the form again: the opening is not
    repeated."""
    said = {"role": "parent", "pictured_age": 14, "online": True}
    tracker = make_tracker(
        "actually she's 14 and it was on snap", "inform", slots_set_this_turn=said
    )
    tracker.events.insert(0, {"event": "bot", "text": "You've done the right thing by asking."})
    dispatcher = CollectingDispatcher()
    await ValidateCaseForm().run(dispatcher, tracker, {})
    assert dispatcher.messages[0]["text"].startswith("I understood:")


async def test_no_opening_while_a_question_is_waiting():
    said = {"role": "parent", "pictured_age": 14, "online": True}
    tracker = make_tracker(
        "she's 14, it was on snap",
        "inform",
        slots={"requested_slot": "pictured_age"},
        active_loop="case_form",
        slots_set_this_turn=said,
    )
    dispatcher = CollectingDispatcher()
    await ValidateCaseForm().run(dispatcher, tracker, {})
    assert all("done the right thing" not in m.get("text", "") for m in dispatcher.messages)
