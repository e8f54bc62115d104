"""The action server sends the channel-neutral layout beside the contract's payloads."""

from __future__ import annotations

import json

from rasa_sdk.executor import CollectingDispatcher

from actions.presentation.layout import assessment_layout, training_answer_layout
from actions.replies import AFTER_ASSESSMENT_BUTTONS, ActionAssess
from actions.trainer_mode import ActionCheckTrainingAnswer
from actions.training import load_scenarios
from tests.unit.actions.conftest import make_tracker


async def test_the_assessment_payload_carries_its_layout(domain):
    slots = {"role": "school", "pictured_age": 15, "other_age": 25}
    dispatcher = CollectingDispatcher()
    await ActionAssess().run(dispatcher, make_tracker(slots=slots), domain)
    custom = dispatcher.messages[0]["custom"]
    assert set(custom) == {"assessment", "layout"}
    assert (
        custom["layout"]
        == assessment_layout(
            custom["assessment"], AFTER_ASSESSMENT_BUTTONS, role="school"
        ).to_dict()
    )
    assert custom["layout"]["extra"]["level"] == custom["assessment"]["level"] == "referral"


async def test_the_training_reveal_carries_its_layout(domain):
    scenario = load_scenarios()[0]
    right = scenario.assessment()["level"]
    tracker = make_tracker(
        "/training_answer",
        intent="training_answer",
        entities=[{"entity": "training_choice", "value": right, "start": 0, "end": 0}],
        slots={"training_scenario": scenario.id, "training_seen": [scenario.id]},
    )
    dispatcher = CollectingDispatcher()
    await ActionCheckTrainingAnswer().run(dispatcher, tracker, domain)
    custom = dispatcher.messages[-1]["custom"]
    assert set(custom) == {"training", "layout"}
    assert custom["layout"] == training_answer_layout(custom["training"]).to_dict()


async def test_a_parent_gets_the_plain_words_layout(domain):
    from actions.replies import ActionAssess
    from tests.unit.actions.conftest import make_tracker

    slots = {"role": "parent", "pictured_age": 15, "other_age": 15}
    dispatcher = CollectingDispatcher()
    await ActionAssess().run(dispatcher, make_tracker(slots=slots), domain)
    layout = dispatcher.messages[0]["custom"]["layout"]
    assert layout["extra"].get("role") == "parent"
    assert "Outcome 21" not in json.dumps(layout["lines"])
