"""Ask less (issue 14): stated negatives shown back, the rest asked as one checklist."""

from __future__ import annotations

from tests.e2e.conftest import Conversation, customs, texts
from tools.client import checklist_in

PEER_CASE = (
    "PC here. Two 15 year olds in England swapped nudes on snapchat, no pressure either way, "
    "and neither has sent them on to anyone"
)


async def answer_until_checklist(conversation: Conversation, replies: list[dict]) -> list[dict]:
    """Answer the single questions ("no") until the checklist comes."""
    for _ in range(5):
        if checklist_in(replies):
            return replies
        requested = await conversation.slot("requested_slot")
        assert requested, texts(replies)
        replies = await conversation.say("no")
    raise AssertionError(f"no checklist: {texts(replies)}")


async def test_stated_negatives_are_shown_back_and_never_asked(conversation: Conversation):
    replies = await conversation.say(PEER_CASE)
    said = texts(replies)
    assert "I understood:" in said
    assert "no pressure, threats or grooming" in said
    assert "not passed on without the child's agreement" in said
    assert await conversation.slot("coercion") is False
    assert await conversation.slot("shared_without_consent") is False
    replies = await answer_until_checklist(conversation, replies)
    listed = checklist_in(replies)
    assert "shared_without_consent" not in listed and "coercion" not in listed
    assert await conversation.slot("requested_slot") == listed[0]


async def test_none_of_these_settles_the_whole_checklist_in_one_answer(conversation: Conversation):
    replies = await answer_until_checklist(conversation, await conversation.say(PEER_CASE))
    listed = checklist_in(replies)
    assert len(listed) >= 2
    assert not {"immediate_risk", "adult_involved", "coercion"} & set(listed)
    replies = await conversation.say("none of these")
    for key in listed:
        assert await conversation.slot(key) is False, key
    [assessment] = [c["assessment"] for c in customs(replies) if "assessment" in c]
    assert assessment["level"] == "safeguarding"
    assert assessment["complete"] is True


async def test_one_item_that_applies_is_set_and_the_rest_asked_again(conversation: Conversation):
    replies = await answer_until_checklist(conversation, await conversation.say(PEER_CASE))
    listed = checklist_in(replies)
    replies = await conversation.say(str(len(listed)))  # the last item, by its number
    assert await conversation.slot(listed[-1]) is True
    for key in listed[:-1]:
        assert await conversation.slot(key) is None, key


async def test_one_at_a_time_asks_single_questions_from_then_on(conversation: Conversation):
    replies = await answer_until_checklist(conversation, await conversation.say(PEER_CASE))
    listed = checklist_in(replies)
    replies = await conversation.say("one at a time please")
    assert not checklist_in(replies)
    assert await conversation.slot("requested_slot") == listed[0]
    assert await conversation.slot("one_at_a_time") is True


async def test_two_ages_with_nothing_to_say_who_is_pictured_are_asked_about_once(
    conversation: Conversation,
):
    """Who is who (issue 13): one short question naming both, never a guess."""
    replies = await conversation.say(
        "DSL in England. A 13 year old and a 16 year old, there's a nude going round the school"
    )
    assert await conversation.slot("pictured_age") is None
    assert "two people, the 13-year-old and the 16-year-old" in texts(replies)
    for _ in range(6):
        if await conversation.slot("requested_slot") == "pictured_age":
            break
        replies = await conversation.say("no")
    said = texts(replies)
    assert "Who is in the image: the 13-year-old or the 16-year-old?" in said
    await conversation.say("the 16 year old")
    assert await conversation.slot("pictured_age") == 16
    assert await conversation.slot("other_age") == 13
    assert await conversation.slot("requested_slot") != "pictured_age"


async def test_a_place_in_two_nations_is_asked_by_name(conversation: Conversation):
    replies = await conversation.say(
        "Tutor at a college in Bangor. Two students, both 17, have been sending each other nudes"
    )
    for _ in range(8):
        if await conversation.slot("requested_slot") == "jurisdiction":
            break
        replies = await conversation.say("no")
    assert "Bangor is in Wales and in Northern Ireland. Which is it?" in texts(replies)
    await conversation.say('/inform{"jurisdiction": "wales"}')
    assert await conversation.slot("jurisdiction") == "wales"
