"""The first conversation: greeting with the safety line, role, help, bot, goodbye, restart, fallback."""

from __future__ import annotations

from tests.e2e.conftest import Conversation, texts


async def test_greeting_gives_the_safety_line_and_asks_the_role(conversation: Conversation):
    replies = await conversation.say("hello")
    said = texts(replies)
    assert "999" in said
    assert "Never send me an image" in said
    assert "no names" in said
    buttons = [b["payload"] for r in replies for b in r.get("buttons", [])]
    assert '/inform{"role": "police"}' in buttons
    assert '/inform{"role": "school"}' in buttons


async def test_role_button_sets_the_role_and_invites_a_description(conversation: Conversation):
    await conversation.say("hi")
    replies = await conversation.say('/inform{"role": "school"}')
    assert await conversation.slot("role") == "school"
    assert "Tell me what happened" in texts(replies)


async def test_role_in_words_is_understood(conversation: Conversation):
    await conversation.say("good morning")
    await conversation.say("I'm the designated safeguarding lead at a secondary school")
    assert await conversation.slot("role") == "school"


async def test_bot_challenge_says_it_is_automated(conversation: Conversation):
    said = texts(await conversation.say("am I talking to a real person?"))
    assert "automated assistant, not a person" in said
    assert "999" in said


async def test_help_explains_what_it_does(conversation: Conversation):
    said = texts(await conversation.say("what can you do?"))
    assert "proportionate response" in said
    assert "start again" in said


async def test_goodbye(conversation: Conversation):
    assert "Goodbye" in texts(await conversation.say("that is all for now, bye"))


async def test_restart_clears_the_case(conversation: Conversation):
    await conversation.say('/inform{"role": "police"}')
    replies = await conversation.say("start again please")
    assert "Starting again" in texts(replies)
    assert await conversation.slot("role") is None


async def test_unknown_text_gets_a_clear_answer(conversation: Conversation):
    said = texts(await conversation.say("what's the weather like in Leeds tomorrow?"))
    assert "999" in said
    assert "can only help" in said or "didn't understand" in said


async def test_an_offered_image_is_refused(conversation: Conversation):
    said = texts(await conversation.say("can I send you the picture so you can check it?"))
    assert "never accept images" in said
