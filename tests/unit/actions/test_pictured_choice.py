"""Who is in the image: two ages with nothing to say whose is whose are asked, not guessed."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.case_form import AskPicturedAge, ValidateCaseForm
from actions.pictured_choice import (
    buttons,
    choices_from_slot,
    hold_ages_back,
    question,
    read_choice,
)
from actions.slot_mappings import ValidateSlotMappings
from nlp import build_pipeline, entities_from_doc
from tests.unit.actions.conftest import make_tracker, slot_events

NLP = build_pipeline()
CHOICES = [
    {"label": "the 13-year-old", "pictured_age": 13, "other_age": 16},
    {"label": "the 16-year-old", "pictured_age": 16, "other_age": 13},
]
ASKING = {"role": "school", "jurisdiction": "england", "requested_slot": "pictured_age"}


def message(text: str, intent: str = "describe_incident", **tracker_args):
    """A tracker whose latest message is ``text``, with the entities the ruler finds in it."""
    return make_tracker(text, intent, entities=entities_from_doc(NLP(text)), **tracker_args)


def test_the_question_names_both_people_with_a_button_each():
    assert question(CHOICES) == "Who is in the image: the 13-year-old or the 16-year-old?"
    titles = [button["title"] for button in buttons(CHOICES)]
    assert titles == ["The 13-year-old", "The 16-year-old", "Both of them", "Not sure"]
    assert '"pictured_age": 16, "other_age": 13' in buttons(CHOICES)[1]["payload"]


@pytest.mark.parametrize(
    ("text", "intent", "updates", "want"),
    [
        ("the 16 year old", "inform", {"pictured_age": 16}, {"other_age": 13}),
        ("13", "inform", {"pictured_age": 13}, {"other_age": 16}),
        ("the older one", "inform", {}, {"pictured_age": 16, "other_age": 13}),
        ("the younger one I think", "inform", {}, {"pictured_age": 13, "other_age": 16}),
        ("both of them", "inform", {}, {"pictured_age": 13, "other_age": 16}),
        ("not sure", "dont_know", {}, {"pictured_age": 13, "other_age": 16}),
    ],
)
def test_an_answer_settles_both_ages(text, intent, updates, want):
    answer = read_choice(text, intent, CHOICES, updates)
    assert answer is not None and answer[0] == want


def test_not_sure_takes_the_reading_that_can_only_raise_the_level_and_says_so():
    settled, line = read_choice("/dont_know", "dont_know", CHOICES, {})  # type: ignore[misc]
    assert settled == {"pictured_age": 13, "other_age": 16}
    assert line and "13-year-old as the child pictured" in line


def test_words_that_are_no_answer_are_not_taken_as_one():
    assert read_choice("what do you mean", "inform", CHOICES, {}) is None


def test_a_malformed_slot_is_no_question():
    assert choices_from_slot([{"label": "x"}]) == []
    assert choices_from_slot(None) == []


async def test_a_narrative_that_does_not_say_who_is_pictured_holds_both_ages_back(domain):
    tracker = message("Got a call about a 13 year old and a 16 year old, a nude is going round")
    events = await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain)
    values = slot_events(events)
    assert "pictured_age" not in values and "other_age" not in values
    assert [c["pictured_age"] for c in values["pictured_choices"]] == [13, 16]


async def test_a_narrative_that_says_who_sent_what_is_read_not_asked(domain):
    tracker = message("A 16 year old boy sent a nude of himself to a 13 year old girl")
    values = slot_events(await ValidateSlotMappings().run(CollectingDispatcher(), tracker, domain))
    assert values["pictured_age"] == 16 and values["other_age"] == 13
    assert "pictured_choices" not in values


@pytest.mark.parametrize(
    "text",
    [
        # development narratives M: who asked and who sent, said without the ages beside them
        "M14, S3, keeps asking girls in his year for nudes. She's 13, also S3, and eventually "
        "sent one.",
        "Two pupils, 13 and 15. He was pestering her for pics and she finally sent one.",
        # development sets P and W: asked to send pictures (Scots "tae"), an adult grooming
        "ma lassie's 13 an there's a boy fae her school, he's in S4, been on at her fir weeks "
        "tae send him pictures, she finally did it on snapchat",
        "Adult male, believed mid to late twenties, grooming a 12 y/o boy on Roblox, moved him "
        "to Snapchat and obtained several indecent imgs.",
        # development narratives W and others: asked to do a video, an exchange, police
        # shorthand for who filmed whom, whose photo it was made from
        "My niece is 13. A lad online, says he's 19, asked her to do a video in her bra.",
        "Two Year 10s, 14 and 15, have exchanged semi-nude images for a few weeks.",
        "IPs M10 and F9. M10 filmed F9 in the bath on his tablet.",
        "Scenario: a pupil used an app on a classmate's photo (classmate is 14). The pupil is 15.",
    ],
)
async def test_who_asked_and_who_sent_said_apart_from_the_ages_is_not_asked(domain, text):
    values = slot_events(
        await ValidateSlotMappings().run(CollectingDispatcher(), message(text), domain)
    )
    assert "pictured_choices" not in values


async def test_the_form_asks_who_is_in_the_image(domain):
    tracker = make_tracker(slots={"pictured_choices": CHOICES})
    dispatcher = CollectingDispatcher()
    await AskPicturedAge().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["text"].startswith("Who is in the image: the 13-year-old")
    without = CollectingDispatcher()
    await AskPicturedAge().run(without, make_tracker(), domain)
    assert without.messages[0]["response"] == "utter_ask_pictured_age"


async def test_the_answer_sets_both_ages_and_clears_the_question(domain):
    tracker = message(
        "the 16 year old",
        "inform",
        slots={**ASKING, "pictured_choices": CHOICES},
        active_loop="case_form",
    )
    values = slot_events(await ValidateCaseForm().run(CollectingDispatcher(), tracker, domain))
    assert (values["pictured_age"], values["other_age"]) == (16, 13)
    assert values["pictured_choices"] is None
    assert values["requested_slot"] != "pictured_age"


async def test_a_non_answer_is_asked_again_naming_both(domain):
    tracker = make_tracker(
        "hmm", "inform", slots={**ASKING, "pictured_choices": CHOICES}, active_loop="case_form"
    )
    dispatcher = CollectingDispatcher()
    values = slot_events(await ValidateCaseForm().run(dispatcher, tracker, domain))
    assert values["requested_slot"] == "pictured_age"
    assert '"the 16-year-old"' in dispatcher.messages[0]["text"]


async def test_what_was_understood_names_both_people_while_the_question_waits(domain):
    tracker = message(
        "DSL in England. A 13 year old and a 16 year old, a nude is going round",
        slots_set_this_turn={
            "role": "school",
            "jurisdiction": "england",
            "pictured_choices": CHOICES,
        },
    )
    dispatcher = CollectingDispatcher()
    await ValidateCaseForm().run(dispatcher, tracker, domain)
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "two people, the 13-year-old and the 16-year-old" in said


def test_holding_ages_back_leaves_other_facts_and_keeps_both_readings():
    facts = {"role": "school", "pictured_age": 13, "other_age": 16, "online": True}
    held = hold_ages_back(facts, CHOICES, pictured_known=False)
    assert held == {"role": "school", "online": True, "pictured_choices": CHOICES}
    assert hold_ages_back(facts, CHOICES, pictured_known=True) == facts
    assert hold_ages_back(facts, [], pictured_known=False) == facts
