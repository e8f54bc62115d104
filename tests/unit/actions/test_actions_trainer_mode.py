"""Trainer mode actions: scenarios in order, answers marked by the engine, score kept."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.guidance.facts import FACT_KEYS
from actions.trainer_mode import (
    ASKS_FOR_A_SCENARIO,
    ActionCheckTrainingAnswer,
    ActionStartTraining,
    ActionStopTraining,
    ActionTrainingCommand,
    chosen_level,
    own_scenario,
)
from actions.training import load_scenarios
from nlp import build_pipeline, entities_from_doc
from tests.unit.actions.conftest import make_tracker, slot_events


async def run(action, tracker, domain):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain)
    return dispatcher, events


def button_entity(level):
    return [{"entity": "training_choice", "value": level, "start": 0, "end": 0}]


async def test_first_scenario_is_presented_with_the_four_level_buttons(domain):
    dispatcher, events = await run(ActionStartTraining(), make_tracker("quiz me"), domain)
    first = load_scenarios()[0]
    question = dispatcher.messages[-1]
    assert question["custom"]["training"]["stage"] == "question"
    assert question["custom"]["training"]["scenario_id"] == first.id
    payloads = [button["payload"] for button in question["buttons"]]
    assert payloads == [
        '/training_answer{"training_choice": "' + level + '"}'
        for level in ("emergency", "referral", "safeguarding", "out_of_scope")
    ]
    slots = slot_events(events)
    assert slots["training_scenario"] == first.id
    assert slots["training_seen"] == [first.id]
    assert not set(slots) & set(FACT_KEYS), "training never touches the case facts"


async def test_next_scenario_skips_those_already_seen(domain):
    scenarios = load_scenarios()
    seen = [scenarios[0].id]
    tracker = make_tracker("next scenario", slots={"training_seen": seen})
    _, events = await run(ActionStartTraining(), tracker, domain)
    assert slot_events(events)["training_scenario"] == scenarios[1].id
    assert slot_events(events)["training_seen"] == [scenarios[0].id, scenarios[1].id]


async def test_starting_training_in_a_case_leaves_the_form_and_keeps_the_facts(domain):
    tracker = make_tracker(
        "quiz me", slots={"pictured_age": 15, "requested_slot": "coercion"}, active_loop="case_form"
    )
    _, events = await run(ActionStartTraining(), tracker, domain)
    assert any(e["event"] == "active_loop" and e["name"] is None for e in events)
    assert slot_events(events)["requested_slot"] is None
    assert "pictured_age" not in slot_events(events)


async def test_right_answer_by_button_scores_one_of_one(domain):
    scenario = load_scenarios()[0]
    right = scenario.assessment()["level"]
    tracker = make_tracker(
        "/training_answer",
        intent="training_answer",
        entities=button_entity(right),
        slots={"training_scenario": scenario.id, "training_seen": [scenario.id]},
    )
    dispatcher, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    answer = dispatcher.messages[-1]["custom"]["training"]
    assert answer["stage"] == "answer" and answer["correct"] is True
    assert answer["correct_level"] == right
    assert slot_events(events) == {
        "training_scenario": None,
        "training_score": {"correct": 1, "answered": 1},
    }
    assert "Score: 1 of 1" in dispatcher.messages[-1]["text"]


async def test_wrong_typed_answer_adds_to_answered_only(domain):
    scenario = next(s for s in load_scenarios() if s.assessment()["level"] != "safeguarding")
    tracker = make_tracker(
        "I think safeguarding",
        intent="training_answer",
        slots={"training_scenario": scenario.id, "training_score": {"correct": 2, "answered": 3}},
    )
    dispatcher, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    assert dispatcher.messages[-1]["custom"]["training"]["correct"] is False
    assert slot_events(events)["training_score"] == {"correct": 2, "answered": 4}


async def test_an_answer_with_no_scenario_on_screen_points_to_training_and_999(domain):
    tracker = make_tracker("referral", intent="training_answer")
    dispatcher, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    assert events == []
    assert "start a training scenario" in dispatcher.messages[0]["text"]
    assert "999" in dispatcher.messages[0]["text"]


async def test_an_answer_naming_no_level_is_asked_again_without_scoring(domain):
    tracker = make_tracker(
        "hmm not sure", intent="training_answer", slots={"training_scenario": "x"}
    )
    dispatcher, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    assert events == []
    assert len(dispatcher.messages[0]["buttons"]) == 4


async def test_a_scenario_id_no_longer_in_the_library_is_cleared(domain):
    tracker = make_tracker(
        "referral", intent="training_answer", slots={"training_scenario": "withdrawn-scenario"}
    )
    dispatcher, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    assert slot_events(events) == {"training_scenario": None}
    assert "no training scenario" in dispatcher.messages[0]["text"]


def test_button_value_wins_over_words_and_bad_values_are_ignored():
    message = {"text": "emergency", "entities": button_entity("referral")}
    assert chosen_level(message) == "referral"
    assert chosen_level({"text": "out of scope", "entities": button_entity("bogus")}) == (
        "out_of_scope"
    )
    assert chosen_level({"text": "no idea", "entities": []}) is None


async def test_a_broken_score_slot_starts_again_from_zero(domain):
    scenario = load_scenarios()[0]
    tracker = make_tracker(
        "referral",
        intent="training_answer",
        slots={"training_scenario": scenario.id, "training_score": {"correct": 5, "answered": 1}},
    )
    _, events = await run(ActionCheckTrainingAnswer(), tracker, domain)
    assert slot_events(events)["training_score"]["answered"] == 1


async def test_reveal_shows_the_answer_and_leaves_the_score(domain):
    first = load_scenarios()[0]
    tracker = make_tracker(
        "reveal",
        "training_command",
        slots={
            "training_scenario": first.id,
            "training_seen": [first.id],
            "training_score": {"correct": 2, "answered": 3},
        },
    )
    dispatcher, events = await run(ActionTrainingCommand(), tracker, domain)
    assert "not scored" in dispatcher.messages[0]["text"]
    assert "training_score" not in slot_events(events)
    assert slot_events(events)["training_scenario"] is None


async def test_score_says_the_score_so_far(domain):
    tracker = make_tracker(
        "what's my score",
        "training_command",
        slots={"training_seen": ["x"], "training_score": {"correct": 2, "answered": 3}},
    )
    dispatcher, _ = await run(ActionTrainingCommand(), tracker, domain)
    assert "2 of 3" in dispatcher.messages[0]["text"]


async def test_stop_ends_training_with_the_final_score_and_summary(domain):
    first = load_scenarios()[0]
    tracker = make_tracker(
        "stop",
        "stop",
        slots={"training_seen": [first.id], "training_score": {"correct": 1, "answered": 1}},
    )
    dispatcher, events = await run(ActionStopTraining(), tracker, domain)
    text = dispatcher.messages[0]["text"]
    assert "Final score: 1 of 1" in text and first.title in text
    assert slot_events(events)["training_seen"] is None


async def test_stop_with_no_training_says_anything_else(domain):
    dispatcher, _ = await run(ActionStopTraining(), make_tracker("stop", "stop"), domain)
    assert dispatcher.messages[0]["response"] == "utter_anything_else"


async def test_a_themed_request_gets_a_scenario_of_that_theme(domain):
    tracker = make_tracker("give me a sextortion scenario", "start_training")
    dispatcher, events = await run(ActionStartTraining(), tracker, domain)
    scenario_id = slot_events(events)["training_scenario"]
    from actions.training.scenarios import scenario_by_id
    from actions.training.session import has_theme

    assert has_theme(scenario_by_id(scenario_id), "sextortion")
    assert any("sextortion" in (m.get("text") or "") for m in dispatcher.messages)


async def test_a_trainers_own_scenario_is_assessed_as_a_case(domain):
    text = (
        "For a training session: scenario is a Year 12 girl (15) who sent a nude to a boy "
        "(15), he sent it to 3 friends, no adults. What level would this be?"
    )
    nlp = build_pipeline()
    tracker = make_tracker(text, "start_training", entities=entities_from_doc(nlp(text)))
    dispatcher = CollectingDispatcher()
    events = await ActionStartTraining().run(dispatcher, tracker, domain)
    values = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert values["role"] == "trainer"
    assert values["pictured_age"] == 15
    assert any(e.get("name") == "case_form" for e in events if e.get("event") == "followup")
    assert "work through your scenario" in dispatcher.messages[0]["text"]


async def test_asking_for_a_scenario_about_something_still_gets_one_of_ours(domain):
    text = "give me a scenario about a 14 year old being sextorted for money"
    tracker = make_tracker(
        text, "start_training", entities=entities_from_doc(build_pipeline()(text))
    )
    dispatcher = CollectingDispatcher()
    events = await ActionStartTraining().run(dispatcher, tracker, domain)
    assert any(e.get("name") == "training_scenario" and e.get("value") for e in events)


def test_a_trainers_own_scenario_is_told_from_a_request_for_one_of_ours():
    own = "For a session with new designated teachers: scenario is a Year 12 girl (15) who sent"
    assert not ASKS_FOR_A_SCENARIO.search(own)
    nlp = build_pipeline()
    for ask in (
        "give me a scenario about AI images",
        "next scenario",
        "a sextortion scenario with an adult",
    ):
        message = {"text": ask, "entities": entities_from_doc(nlp(ask))}
        assert own_scenario(message, None) is None, ask


def test_wanting_a_scenario_to_test_then_telling_it_is_the_trainers_own():
    """Development narratives AE (2026-12-07): "want a realistic scenario to test" followed
    by a whole case had started one of ours and dropped the trainer's."""
    nlp = build_pipeline()
    own = (
        "I deliver child protection training to staff in Fife primaries and want a realistic "
        "scenario to test. Two boys in P7, both 11, hold down a younger boy of 9 in the "
        "playground toilets, pull his trousers down and film him on a phone while he cries. "
        "They send the clip to a group chat of about 20 children in their class. How should "
        "the school respond?"
    )
    reading = own_scenario({"text": own, "entities": entities_from_doc(nlp(own))}, None)
    assert reading is not None
    assert reading.facts["pictured_age"] == 9
    for ask in ("I want a scenario for my staff", "can we try a scenario"):
        message = {"text": ask, "entities": entities_from_doc(nlp(ask))}
        assert own_scenario(message, None) is None, ask


async def test_a_trainers_scenario_for_an_audience_is_assessed_as_their_case(domain):
    """ "building a scenario for primary school staff: <a case>" describes the trainer's own
    case; "scenario for" is not a request for one of ours when a case follows."""
    text = (
        "Trainer here, building a scenario for primary school staff in Cardiff. A 10-year-old "
        "boy sends a 10-year-old girl an image of himself engaged in sexual acts. How should "
        "the scenario be graded?"
    )
    tracker = make_tracker(
        text, "start_training", entities=entities_from_doc(build_pipeline()(text))
    )
    dispatcher = CollectingDispatcher()
    events = await ActionStartTraining().run(dispatcher, tracker, domain)
    assert not any(e.get("name") == "training_scenario" and e.get("value") for e in events)
    assert any(e.get("name") == "case_form" for e in events if e.get("event") == "followup")


def test_a_level_asked_of_a_short_scenario_of_their_own_is_assessed():
    """Development narratives AK (2026-12-08): a short scenario with one age and what the
    image is, then "How would you grade it?", had started one of ours instead."""
    nlp = build_pipeline()
    own = (
        "Prepping a session for governors - scenario is a 15yo girl in Leeds whose face is put "
        "on a fake nude by someone in her class. What level would you give it?"
    )
    reading = own_scenario({"text": own, "entities": entities_from_doc(nlp(own))}, None)
    assert reading is not None
    assert reading.facts["pictured_age"] == 15
    ask = "what level would you give a scenario like that"
    assert own_scenario({"text": ask, "entities": entities_from_doc(nlp(ask))}, None) is None
