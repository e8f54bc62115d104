"""The case form's validation: answers become facts, questions follow the engine."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.case_facts import assessment_of, next_question
from actions.case_form import ValidateCaseForm
from actions.guidance.assessment import assess
from actions.guidance.facts import parse_facts
from nlp import build_pipeline, entities_from_doc
from tests.unit.actions.conftest import make_tracker, slot_events

NLP = build_pipeline()


def entities_of(text: str) -> list[dict]:
    """The entities Rasa's SpacyEntityExtractor would give for ``text``."""
    return entities_from_doc(NLP(text))


CASE = {"role": "school", "jurisdiction": "england", "pictured_age": 15}


async def run_form(tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await ValidateCaseForm().run(dispatcher, tracker, domain)
    return dispatcher, events


async def test_yes_answers_the_requested_fact_and_moves_on(domain):
    asked = next_question(CASE, [])
    tracker = make_tracker(
        "yes", "affirm", slots={**CASE, "requested_slot": asked}, active_loop="case_form"
    )
    _, events = await run_form(tracker, domain)
    values = slot_events(events)
    assert values[asked] is True
    assert values["requested_slot"] != asked


async def test_no_answers_the_requested_fact_with_false(domain):
    asked = next_question(CASE, [])
    tracker = make_tracker(
        "no", "deny", slots={**CASE, "requested_slot": asked}, active_loop="case_form"
    )
    _, events = await run_form(tracker, domain)
    assert slot_events(events)[asked] is False


async def test_not_sure_is_recorded_and_not_asked_again(domain):
    asked = next_question(CASE, [])
    tracker = make_tracker(
        "not sure", "dont_know", slots={**CASE, "requested_slot": asked}, active_loop="case_form"
    )
    _, events = await run_form(tracker, domain)
    values = slot_events(events)
    assert values["unknown_facts"] == [asked]
    assert asked not in values
    assert values["requested_slot"] != asked


async def test_a_guidance_question_mid_form_is_left_to_the_rules(domain):
    tracker = make_tracker(
        "should I look at the picture?",
        "ask_viewing_images",
        slots={**CASE, "requested_slot": "coercion"},
        active_loop="case_form",
    )
    dispatcher, events = await run_form(tracker, domain)
    assert events == []
    assert dispatcher.messages == []


async def test_an_answer_that_is_not_one_is_asked_again_with_an_example(domain):
    tracker = make_tracker(
        "purple", "inform", slots={**CASE, "requested_slot": "other_age"}, active_loop="case_form"
    )
    dispatcher, events = await run_form(tracker, domain)
    assert "for example 16" in dispatcher.messages[0]["text"]
    values = slot_events(events)
    assert values["other_age"] is None
    assert values["requested_slot"] == "other_age"


async def test_yes_to_immediate_risk_sends_the_emergency_reply_at_once(domain):
    tracker = make_tracker(
        "yes", "affirm", slots={**CASE, "requested_slot": "immediate_risk"}, active_loop="case_form"
    )
    dispatcher, events = await run_form(tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_emergency"
    assert slot_events(events)["emergency_notified"] is True


async def test_the_form_ends_when_nothing_unknown_can_change_the_result(domain):
    settled = {**CASE, "adult_involved": True, "immediate_risk": False}
    remaining = []
    facts = dict(settled)
    # answer every question "no" until the engine has nothing left to ask
    while (question := next_question(facts, remaining)) is not None:
        if question in {"pictured_age", "other_age", "jurisdiction", "role"}:
            remaining.append(question)
        else:
            facts[question] = False
    tracker = make_tracker(
        "", "deny", slots={**facts, "unknown_facts": remaining}, active_loop="case_form"
    )
    _, events = await run_form(tracker, domain)
    assert slot_events(events)["requested_slot"] is None


async def test_role_is_asked_first_when_unknown():
    assert next_question({"pictured_age": 14}, []) == "role"
    assert next_question({"pictured_age": 14}, ["role"]) != "role"


async def test_a_denial_in_words_answers_the_question_with_no(domain):
    text = "no, there was no money involved"
    entities = [
        {
            "entity": "profit_motive",
            "value": "money",
            "start": 17,
            "end": 22,
            "extractor": "SpacyEntityExtractor",
        }
    ]
    tracker = make_tracker(
        text,
        "inform",
        entities=entities,
        slots={**CASE, "requested_slot": "profit_motive"},
        active_loop="case_form",
    )
    dispatcher, events = await run_form(tracker, domain)
    assert slot_events(events)["profit_motive"] is False
    assert dispatcher.messages == []


def test_the_remembered_assessment_is_the_engines_and_cannot_be_changed_by_a_caller():
    facts = parse_facts({**CASE, "other_age": 15, "coercion": False})
    first = assessment_of(facts)
    assert first == assess(facts)
    assert assessment_of(parse_facts({**CASE, "other_age": 15, "coercion": False})) is first
    payload = first.to_dict()
    payload["factors"].clear()
    payload["level"] = "changed"
    assert assessment_of(facts).to_dict() == assess(facts).to_dict()


async def test_unsure_with_risk_words_counts_as_risk_and_says_it_can_be_corrected(domain):
    text = "not sure, she keeps saying she wants to disappear"
    tracker = make_tracker(
        text,
        "dont_know",
        entities=entities_of(text),
        slots={**CASE, "requested_slot": "immediate_risk"},
        active_loop="case_form",
    )
    dispatcher, events = await run_form(tracker, domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert responses[:2] == ["utter_emergency", "utter_risk_taken_as_yes"]
    values = slot_events(events)
    assert values["immediate_risk"] is True and values["emergency_notified"] is True


async def test_a_parent_in_crisis_gets_support_for_themselves_once(domain):
    text = "I can't cope with this"
    tracker = make_tracker(
        text,
        "inform",
        entities=entities_of(text),
        slots={**CASE, "requested_slot": "coercion"},
        active_loop="case_form",
    )
    dispatcher, events = await run_form(tracker, domain)
    assert "utter_user_support" in [m.get("response") for m in dispatcher.messages]
    assert slot_events(events)["user_support_given"] is True
    again = make_tracker(
        text,
        "inform",
        entities=entities_of(text),
        slots={**CASE, "requested_slot": "coercion", "user_support_given": True},
        active_loop="case_form",
    )
    dispatcher, _ = await run_form(again, domain)
    assert "utter_user_support" not in [m.get("response") for m in dispatcher.messages]


async def test_yes_to_pressure_or_threats_gives_what_to_do_now_once(domain):
    tracker = make_tracker(
        "yes", "affirm", slots={**CASE, "requested_slot": "coercion"}, active_loop="case_form"
    )
    dispatcher, events = await run_form(tracker, domain)
    responses = [m.get("response") for m in dispatcher.messages]
    assert responses.count("utter_now_threats") == 1
    assert slot_events(events)["help_first_given"] == ["threats"]


def _with_embedded_question(tracker, topic: str):
    tracker.latest_message["embedded_question"] = {"topic": topic, "confidence": 0.9}
    return tracker


async def test_a_question_in_the_first_description_is_answered_once(domain):
    """On the turn the form starts, action_validate_slot_mappings has answered it already;
    the form's own validation, run straight after, must not answer it again."""
    text = "Year 10 boy sent a pic to a Year 10 girl. Can I use outcome 21?"
    tracker = _with_embedded_question(
        make_tracker(text, "describe_incident", entities_of(text), active_loop="case_form"),
        "outcome_21",
    )
    dispatcher, _ = await run_form(tracker, domain)
    assert not any(m.get("custom", {}).get("topic") for m in dispatcher.messages)


async def test_a_question_inside_a_later_answer_is_answered(domain):
    text = "she's 14 by the way. can I use outcome 21?"
    tracker = _with_embedded_question(
        make_tracker(
            text,
            "inform",
            entities_of(text),
            slots={**CASE, "requested_slot": "other_age"},
            active_loop="case_form",
        ),
        "outcome_21",
    )
    dispatcher, _ = await run_form(tracker, domain)
    assert any(m.get("custom", {}).get("topic") == "outcome_21" for m in dispatcher.messages)
