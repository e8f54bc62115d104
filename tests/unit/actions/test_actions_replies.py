"""Replies: the assessment payload, guidance answers, and questions that describe a case."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.replies import (
    ActionAnswerGuidance,
    ActionAssess,
    ActionExplainFactors,
    ActionNextSteps,
    ActionNoteFacts,
    ActionNotUnderstood,
    ActionWhatIf,
    hypothetical,
)
from nlp import build_pipeline, entities_from_doc
from tests.unit.actions.conftest import make_tracker, slot_events

NLP = build_pipeline()


def entities_of(text: str) -> list[dict]:
    return entities_from_doc(NLP(text))


def followups(events):
    """The actions an action asked Rasa to run next."""
    return [event["name"] for event in events if event.get("event") == "followup"]


async def run(action, tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return dispatcher, events


async def test_the_assessment_carries_the_contract_payload(domain):
    slots = {"role": "school", "pictured_age": 15, "other_age": 25}
    dispatcher, events = await run(ActionAssess(), make_tracker(slots=slots), domain)
    payload = dispatcher.messages[0]["custom"]["assessment"]
    assert payload["level"] == "referral"
    assert set(payload) == {
        "level",
        "outcome_21",
        "complete",
        "open_questions",
        "factors",
        "actions",
        "signposts",
        "pictured_child",
        "guidance_version",
        # additions documented in docs/API.md
        "full_investigation",
        "local_contacts",
    }
    assert slot_events(events)["assessment"] == {
        key: payload[key]
        for key in ("level", "outcome_21", "complete", "pictured_child", "guidance_version")
    }


async def test_a_guidance_answer_carries_topic_and_sources(domain):
    tracker = make_tracker("should I look at it?", "ask_viewing_images", slots={"role": "school"})
    dispatcher, events = await run(ActionAnswerGuidance(), tracker, domain)
    custom = dispatcher.messages[0]["custom"]
    assert custom["topic"] == "viewing_images"
    assert custom["sources"]
    assert events == []


async def test_a_question_that_also_describes_a_case_starts_the_form(domain):
    tracker = make_tracker(
        "a year 10 lad is being blackmailed for money, what do I do?",
        "ask_sextortion",
        slots_set_this_turn={"coercion": True, "profit_motive": True},
    )
    dispatcher, events = await run(ActionAnswerGuidance(), tracker, domain)
    assert followups(events) == ["case_form"]
    assert "noted the details" in dispatcher.messages[-1]["text"]


async def test_an_incident_told_with_no_fact_read_starts_the_form_after_the_answer(domain):
    text = "My son has been sent a naked photo of a girl and I don't know what to do"
    tracker = make_tracker(text, "ask_cyberflashing", slots_set_this_turn={"role": "parent"})
    dispatcher, events = await run(ActionAnswerGuidance(), tracker, domain)
    assert dispatcher.messages[0]["custom"]["topic"] == "cyberflashing"
    assert followups(events) == ["case_form"]
    assert "Let's look at what happened" in dispatcher.messages[-1]["text"]


async def test_a_question_in_general_or_after_a_case_does_not_start_one(domain):
    general = make_tracker("what do I do if my son is sent a nude?", "ask_cyberflashing")
    _, events = await run(ActionAnswerGuidance(), general, domain)
    assert followups(events) == []
    text = "my daughter sent a nude, will she be in trouble?"
    after = make_tracker(text, "ask_getting_in_trouble", slots={"pictured_age": 14})
    _, events = await run(ActionAnswerGuidance(), after, domain)
    assert followups(events) == []


async def test_a_role_alone_invites_the_description(domain):
    tracker = make_tracker("I'm a police officer", slots_set_this_turn={"role": "police"})
    dispatcher, events = await run(ActionNoteFacts(), tracker, domain)
    assert events == []
    assert dispatcher.messages[0]["response"] == "utter_invite_description"


async def test_facts_about_an_incident_start_the_form_at_once(domain):
    tracker = make_tracker(
        "she's 14 and it's on snapchat", slots_set_this_turn={"pictured_age": 14}
    )
    dispatcher, events = await run(ActionNoteFacts(), tracker, domain)
    assert followups(events) == ["case_form"]
    assert dispatcher.messages == []


async def test_what_if_without_a_fact_asks_for_one(domain):
    tracker = make_tracker("what if?", "what_if", slots={"pictured_age": 15})
    dispatcher, events = await run(ActionWhatIf(), tracker, domain)
    assert "Tell me the one fact to change" in dispatcher.messages[0]["text"]
    assert events == []


async def test_a_training_scenario_told_as_a_what_if_with_no_case_open_is_assessed(domain):
    """Development narratives AJ (2026-12-07): "Running a DSL session tomorrow. Scenario:
    ... What level would you give that?" was answered as a change to no case at all."""
    text = (
        "Running a session for staff on Friday. Scenario: a girl with learning difficulties, "
        "12, sends a naked photo of herself to a 15 year old boy who kept on at her. What "
        "level would that be?"
    )
    tracker = make_tracker(text, "what_if", entities=entities_of(text))
    dispatcher, events = await run(ActionWhatIf(), tracker, domain)
    assert followups(events) == ["case_form"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["role"] == "trainer"
    assert slots["pictured_age"] == 12
    assert "your case is unchanged" not in " ".join(
        m.get("text") or "" for m in dispatcher.messages
    )


async def test_a_what_if_with_no_case_open_compares_with_nothing(domain):
    tracker = make_tracker(
        "what if he was 19?", "what_if", entities=entities_of("what if he was 19?")
    )
    dispatcher, _events = await run(ActionWhatIf(), tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "on those facts alone" in text
    assert "(now " not in text


def test_a_hypothetical_younger_age_drops_the_adult_it_implied():
    case = {"pictured_age": 15, "other_age": 19, "adult_involved": True}
    assert hypothetical(case, {"other_age": 16}) == {"pictured_age": 15, "other_age": 16}


def test_a_hypothetical_age_replaces_a_contradicting_answer():
    assert hypothetical({"adult_involved": False, "pictured_age": 15}, {"other_age": 19}) == {
        "pictured_age": 15,
        "other_age": 19,
    }


async def test_what_should_i_do_with_a_new_case_gathers_it_first(domain):
    tracker = make_tracker(
        "a 15 year old sent a nude to her boyfriend, what do I do?",
        "ask_next_steps",
        slots_set_this_turn={"pictured_age": 15},
    )
    dispatcher, events = await run(ActionNextSteps(), tracker, domain)
    assert followups(events) == ["case_form"]
    assert dispatcher.messages == []


async def test_what_should_i_do_on_a_known_case_gives_the_assessment(domain):
    tracker = make_tracker("what should I do?", "ask_next_steps", slots={"pictured_age": 15})
    dispatcher, _ = await run(ActionNextSteps(), tracker, domain)
    assert "assessment" in dispatcher.messages[0]["custom"]


async def test_why_names_what_decides_the_level_and_what_would_change_it(domain):
    slots = {
        "role": "school",
        "pictured_age": 14,
        "other_age": 14,
        "shared_without_consent": True,
        "coercion": False,
    }
    tracker = make_tracker("does it really need police?", "explain_factor", slots=slots)
    dispatcher, _ = await run(ActionExplainFactors(), tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert text.startswith("What makes it referral: The image was passed on")
    assert "Without that, it would be safeguarding." in text
    assert "What would raise it:" in text


async def test_what_if_understands_a_hypothetical_negative(domain):
    slots = {"role": "school", "pictured_age": 14, "other_age": 14, "shared_without_consent": True}
    text = "what if it hadn't been shared"
    tracker = make_tracker(text, "what_if", entities=entities_of(text), slots=slots)
    dispatcher, _ = await run(ActionWhatIf(), tracker, domain)
    said = dispatcher.messages[0]["text"]
    assert said.startswith("If ") and "referral" in said


async def test_a_what_if_about_a_child_at_risk_now_gets_no_hypothetical_answer(domain):
    """The safety reply answered it; "If spread widely ...: the level would be ..." after
    it was noise to a frightened parent (twenty-sixth round person test)."""
    slots = {"role": "parent", "pictured_age": 14, "immediate_risk": True}
    text = "what if she wont unlock the bathroom door, shes taken the pics thing really badly"
    tracker = make_tracker(text, "what_if", entities=entities_of(text), slots=slots)
    dispatcher, events = await run(ActionWhatIf(), tracker, domain)
    assert dispatcher.messages == []
    assert events == []


async def test_a_what_if_in_a_case_at_risk_is_still_answered(domain):
    slots = {"role": "parent", "pictured_age": 14, "other_age": 15, "immediate_risk": True}
    text = "what if he was 19"
    tracker = make_tracker(text, "what_if", entities=entities_of(text), slots=slots)
    dispatcher, _ = await run(ActionWhatIf(), tracker, domain)
    assert dispatcher.messages[0]["text"].startswith("If ")


async def test_what_should_i_do_again_points_back_to_the_card(domain):
    slots = {"role": "school", "pictured_age": 15, "other_age": 25}
    _, events = await run(ActionAssess(), make_tracker(slots=slots), domain)
    stored = slot_events(events)["assessment"]
    tracker = make_tracker(
        "what should I do?", "ask_next_steps", slots={**slots, "assessment": stored}
    )
    dispatcher, _ = await run(ActionNextSteps(), tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert text.startswith("Nothing has changed since the assessment above.")
    assert "custom" not in dispatcher.messages[0] or not dispatcher.messages[0]["custom"]


async def test_not_understood_points_back_to_the_card_and_never_repeats_itself(domain):
    slots = {"assessment": {"level": "referral"}}
    dispatcher, _ = await run(
        ActionNotUnderstood(), make_tracker("blah", "nlu_fallback", slots=slots), domain
    )
    first = dispatcher.messages[0]["text"]
    assert "Your assessment (referral) is above" in first
    from actions.messages import not_understood

    assert not_understood("referral", first) != first
    assert not_understood(None, not_understood(None, "")) != not_understood(None, "")


async def test_an_account_the_nlu_could_not_name_still_starts_the_case(domain):
    tracker = make_tracker(
        "long story about two 15 year olds and some pictures",
        "nlu_fallback",
        slots_set_this_turn={"pictured_age": 15, "other_age": 15},
    )
    dispatcher, events = await run(ActionNotUnderstood(), tracker, domain)
    assert any(e.get("event") == "followup" and e.get("name") == "case_form" for e in events)
    assert "noted the details of your case" in dispatcher.messages[0]["text"]


async def test_a_message_with_only_a_role_is_not_a_case(domain):
    tracker = make_tracker("erm police", "nlu_fallback", slots_set_this_turn={"role": "police"})
    _, events = await run(ActionNotUnderstood(), tracker, domain)
    assert not any(e.get("event") == "followup" for e in events)


async def test_off_topic_says_what_it_is_for_unless_the_message_was_welsh(domain):
    from actions.replies import ActionOutOfScope

    dispatcher, _ = await run(ActionOutOfScope(), make_tracker("weather?", "out_of_scope"), domain)
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"
    welsh = make_tracker("Shwmae, dw i angen help gyda fy merch", "out_of_scope")
    dispatcher, _ = await run(ActionOutOfScope(), welsh, domain)
    assert dispatcher.messages == []


@pytest.mark.parametrize(
    "slot", ["emergency_notified", "user_support_given", "risk_heard", "help_first_given"]
)
async def test_no_off_topic_or_not_understood_line_after_a_safety_reply_this_turn(domain, slot):
    from actions.replies import ActionOutOfScope

    text = "im going to the bridge after tea"
    after_reply = make_tracker(text, "out_of_scope", slots_set_this_turn={slot: True})
    dispatcher, _ = await run(ActionOutOfScope(), after_reply, domain)
    assert dispatcher.messages == []
    after_reply = make_tracker(text, "nlu_fallback", slots_set_this_turn={slot: True})
    dispatcher, _ = await run(ActionNotUnderstood(), after_reply, domain)
    assert dispatcher.messages == []
    # a reply given in an earlier turn does not silence this one
    earlier = make_tracker(text, "out_of_scope", slots={slot: True})
    dispatcher, _ = await run(ActionOutOfScope(), earlier, domain)
    assert dispatcher.messages[0]["response"] == "utter_out_of_scope"


async def test_support_for_the_typist_replaces_a_topic_answer_nobody_asked_for(domain):
    from actions.replies import ActionAnswerGuidance

    statement = "my dad said hes going to kill me when he gets in, hes on his way home"
    tracker = make_tracker(
        statement, "ask_informing_parents", slots_set_this_turn={"user_support_given": True}
    )
    dispatcher, _ = await run(ActionAnswerGuidance(), tracker, domain)
    assert dispatcher.messages == []
    # a question in the same message is still answered
    asked = make_tracker(
        "i cant cope, is it my fault?",
        "ask_blame",
        slots_set_this_turn={"user_support_given": True},
    )
    dispatcher, _ = await run(ActionAnswerGuidance(), asked, domain)
    assert dispatcher.messages[0]["custom"]["topic"] == "blame"
    # without the support reply the topic model's answer is given as before
    dispatcher, _ = await run(
        ActionAnswerGuidance(), make_tracker(statement, "ask_informing_parents"), domain
    )
    assert dispatcher.messages[0]["custom"]["topic"] == "informing_parents"


async def test_not_understood_offers_the_likeliest_topics_and_describe_a_case(domain):
    tracker = make_tracker("hmm the thing with the pics", "nlu_fallback")
    tracker.latest_message["intent_ranking"] = [
        {"name": "nlu_fallback", "confidence": 0.6},
        {"name": "ask_deleting_images", "confidence": 0.2},
        {"name": "greet", "confidence": 0.1},
        {"name": "ask_devices", "confidence": 0.08},
        {"name": "ask_law", "confidence": 0.01},
    ]
    dispatcher, _ = await run(ActionNotUnderstood(), tracker, domain)
    payloads = [button["payload"] for button in dispatcher.messages[0]["buttons"]]
    assert payloads == ["/ask_deleting_images", "/ask_devices", "/ask_next_steps"]
