"""A place named in two nations ("Bangor") is asked about by name, never guessed."""

from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.case_form import AskJurisdiction
from actions.slot_mappings import ValidateSlotMappings
from nlp import build_pipeline, entities_from_doc
from tests.unit.actions.conftest import make_tracker, slot_events

NLP = build_pipeline()


def message(text: str):
    return make_tracker(text, "describe_incident", entities=entities_from_doc(NLP(text)))


async def test_a_place_in_two_nations_sets_no_nation_and_is_kept_to_ask_by_name(domain):
    tracker = message("Tutor at a college in Bangor. Two students, both 17, swapped nudes")
    values = slot_events(await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain))
    assert "jurisdiction" not in values
    assert values["shared_place"] == "Bangor"


async def test_the_nation_said_beside_it_wins(domain):
    tracker = message("DSL at a school in Bangor, north Wales. A Year 9 girl")
    values = slot_events(await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain))
    assert values["jurisdiction"] == "wales"
    assert "shared_place" not in values


async def test_the_question_names_the_place_and_its_two_nations(domain):
    dispatcher = CollectingDispatcher()
    await AskJurisdiction().run(dispatcher, make_tracker(slots={"shared_place": "Bangor"}), domain)
    [asked] = dispatcher.messages
    assert asked["text"] == "Bangor is in Wales and in Northern Ireland. Which is it?"
    assert [b["title"] for b in asked["buttons"]] == ["Wales", "Northern Ireland"]
    plain = CollectingDispatcher()
    await AskJurisdiction().run(plain, make_tracker(), domain)
    assert plain.messages[0]["response"] == "utter_ask_jurisdiction"
