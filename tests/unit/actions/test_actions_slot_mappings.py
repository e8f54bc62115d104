"""Facts read from every message: prefill, corrections, refusals, the emergency reply."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.case_facts import structured_facts
from actions.slot_mappings import ValidateSlotMappings, reconcile
from nlp import build_pipeline, entities_from_doc
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


# --------------------------------------------------------------------------- help first

NLP = build_pipeline()


def described(text: str, intent: str = "describe_incident", **slots):
    return make_tracker(text, intent, entities=entities_from_doc(NLP(text)), slots=slots)


async def test_a_frightened_parent_gets_what_to_do_now_before_any_question(domain):
    text = (
        "my son is 14 and someone on instagram says they'll send his pics to everyone "
        "unless he pays £100 tonight"
    )
    dispatcher, events = await run_mappings(described(text), domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert responses == ["utter_now_threats"]
    assert slot_events(events)["help_first_given"] == ["threats"]


async def test_risk_comes_before_what_to_do_now(domain):
    text = "someone is blackmailing my daughter for money and she says she wants to disappear"
    dispatcher, _ = await run_mappings(described(text), domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert responses[0] == "utter_emergency"
    assert "utter_now_threats" in responses


async def test_an_adult_in_contact_gets_the_adult_help(domain):
    text = "a man he met on roblox has been asking my 12 year old for pictures"
    dispatcher, _ = await run_mappings(described(text), domain)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_now_adult"]


async def test_help_is_given_once_per_case(domain):
    text = "someone is threatening to share her nudes unless she sends more"
    tracker = described(text, help_first_given=["threats"], coercion=True)
    dispatcher, _ = await run_mappings(tracker, domain)
    assert "utter_now_threats" not in [m.get("response") for m in dispatcher.messages]


async def test_a_plain_peer_case_gets_no_urgent_help(domain):
    text = "a 15 year old girl sent a topless picture to her 15 year old boyfriend on snapchat"
    dispatcher, _ = await run_mappings(described(text), domain)
    assert not [m for m in dispatcher.messages if str(m.get("response")).startswith("utter_now")]


async def test_facts_in_a_message_the_bot_did_not_recognise_are_still_kept(domain):
    text = "he threatened her and posted it online"
    tracker = described(text, intent="out_of_scope", pictured_age=15)
    _, events = await run_mappings(tracker, domain)
    values = slot_events(events)
    assert values.get("coercion") is True
    assert values.get("online") is True


async def test_a_welsh_message_gets_the_welsh_and_english_reply_and_no_facts(domain):
    text = "Mae fy mab yn 14 oed ac mae wedi anfon llun noeth at ferch yn yr ysgol"
    dispatcher, events = await run_mappings(described(text, intent="out_of_scope"), domain)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_welsh"]
    assert slot_events(events) == {"welsh_notified": True}


def test_welsh_is_told_from_english_with_welsh_place_names() -> None:
    from actions.narrative.language import is_welsh

    assert is_welsh("Shwmae, dw i angen help gyda fy merch")
    assert not is_welsh("I live in Cardiff and the school is Ysgol Glan Ceubal")
    assert not is_welsh("hi, can you help me with my daughter")


async def test_pressure_to_send_gets_help_without_the_sextortion_steps(domain):
    """ "some boy in S3 keeps asking her for pics": pressure, with no threat, demand or
    money in the words; the help says she need not send anything, not "don't pay"."""
    text = "my wee sister's 12 and some boy in S3 keeps asking her for pics, she hasnae sent any"
    dispatcher, events = await run_mappings(described(text), domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert "utter_now_pressure" in responses
    assert "utter_now_threats" not in responses
    assert slot_events(events)["help_first_given"] == ["pressure"]


async def test_a_threat_in_the_words_keeps_the_sextortion_steps(domain):
    text = (
        "a lad at school keeps asking her for pics and says he'll post the old ones unless she does"
    )
    dispatcher, _ = await run_mappings(described(text), domain)
    assert "utter_now_threats" in [m.get("response") for m in dispatcher.messages]


async def test_a_threat_denied_is_pressure_not_sextortion(domain):
    """Person test (2026-12-07): a teaching assistant's grooming, "she hasn't been
    threatened", opened with "Don't pay or send anything more"."""
    text = (
        "A 15 year old girl has shown our DSL messages from a 27 year old teaching assistant "
        "asking her for a pic and saying it would be their secret. She hasn't been threatened."
    )
    dispatcher, _ = await run_mappings(described(text), domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert "utter_now_threats" not in responses
    assert "utter_now_pressure" in responses


async def test_a_threat_with_its_condition_keeps_the_sextortion_steps(domain):
    """Person test (2026-12-08): "if she doesnt get back with him hell put them on
    instagram" is a threat, not a denial of one."""
    text = (
        "my daughter is 16, she sent her ex some pics, her choice. now hes saying if she "
        "doesnt get back with him hell put them on instagram"
    )
    dispatcher, _ = await run_mappings(described(text), domain)
    assert "utter_now_threats" in [m.get("response") for m in dispatcher.messages]


async def test_an_adult_who_sent_a_child_his_own_image_gets_the_adult_help(domain):
    """The adult is the one pictured (docs/API.md §1), and still an adult in contact."""
    text = "im 15. the guy im talking to on snap is 23. he sent me a pic of himself"
    dispatcher, _ = await run_mappings(described(text), domain)
    assert "utter_now_adult" in [m.get("response") for m in dispatcher.messages]


async def test_a_fake_of_an_adult_made_by_children_gets_no_adult_help(domain):
    text = "a Year 9 boy made an AI nude of our PE teacher (34) and sent it round Year 9"
    dispatcher, _ = await run_mappings(described(text), domain)
    assert "utter_now_adult" not in [m.get("response") for m in dispatcher.messages]
