"""Case records and trainer mode through the trained bot and the real action server."""

from __future__ import annotations

from tests.e2e.conftest import Conversation, customs, texts

MAX_TURNS = 20


async def finish_case(conversation: Conversation, narrative: str) -> dict:
    """Describe a case, answer every question with no / a number, return the assessment."""
    replies = await conversation.say(narrative)
    for _ in range(MAX_TURNS):
        found = [c["assessment"] for c in customs(replies) if "assessment" in c]
        if found:
            return found[0]
        requested = await conversation.slot("requested_slot")
        assert requested, f"no question and no assessment: {texts(replies)}"
        answer = {"role": '/inform{"role": "school"}', "jurisdiction": "England"}.get(
            requested, "15" if requested.endswith("_age") else "no"
        )
        replies = await conversation.say(answer)
    raise AssertionError("the case never reached an assessment")


async def test_record_after_the_assessment_matches_it(conversation: Conversation):
    assessment = await finish_case(
        conversation, "a year 10 girl sent a topless photo to her 15 year old boyfriend"
    )
    replies = await conversation.say("can I have a record of this case")
    [record] = [c["record"] for c in customs(replies) if "record" in c]
    assert record["variant"] == "school"
    assert record["data"]["assessment"]["level"] == assessment["level"] == "safeguarding"
    assert record["data"]["facts"]["pictured_age"] == 14  # year 10 in England: 14 or 15
    assert "Who was informed" in record["markdown"] or "who was informed" in record["markdown"]
    assert (await conversation.tracker()).active_loop_name is None


async def test_record_by_button_in_the_middle_of_the_form_is_provisional_and_form_goes_on(
    conversation: Conversation,
):
    await conversation.say("I'm a police officer. A 14 year old sent nudes to a 19 year old man")
    asked = await conversation.slot("requested_slot")
    assert asked
    replies = await conversation.say("/ask_record")
    [record] = [c["record"] for c in customs(replies) if "record" in c]
    assert record["variant"] == "police"
    assert "provisional" in texts(replies)
    assert await conversation.slot("requested_slot") == asked  # the form goes on


async def test_no_record_before_any_case(conversation: Conversation):
    replies = await conversation.say("download the case record")
    assert not [c for c in customs(replies) if "record" in c]
    assert "no case to record" in texts(replies)


async def test_training_scenario_answer_and_score(conversation: Conversation):
    replies = await conversation.say("start a training scenario")
    [question] = [c["training"] for c in customs(replies) if "training" in c]
    assert question["stage"] == "question"
    buttons = [b for r in replies for b in r.get("buttons", [])]
    assert len(buttons) == 4
    first_id = question["scenario_id"]

    replies = await conversation.say(buttons[1]["payload"])  # referral
    [answer] = [c["training"] for c in customs(replies) if "training" in c]
    assert answer["stage"] == "answer" and answer["scenario_id"] == first_id
    assert answer["score"] == {"correct": int(answer["correct"]), "answered": 1}

    replies = await conversation.say("next scenario")
    [second] = [c["training"] for c in customs(replies) if "training" in c]
    assert second["scenario_id"] != first_id
    replies = await conversation.say("I think safeguarding")
    [answer2] = [c["training"] for c in customs(replies) if "training" in c]
    assert answer2["chosen"] == "safeguarding"
    assert answer2["score"]["answered"] == 2
    assert "Score:" in texts(replies)
    assert await conversation.slot("pictured_age") is None  # training never fills case facts


async def test_training_answer_with_no_scenario_gives_999_line(conversation: Conversation):
    replies = await conversation.say('/training_answer{"training_choice": "referral"}')
    assert "999" in texts(replies)
    assert not customs(replies)
