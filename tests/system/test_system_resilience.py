"""Faults: the Rasa server restarts mid-case, the action server dies mid-case."""

from __future__ import annotations

from tests.system.conftest import ANSWERS, Stack, has_assessment, new_sender, notices, texts

# No ages: the form has several questions left after the first two answers.
CASE = "a girl sent a nude photo to a boy in her class and he showed his mates"
UNAVAILABLE = (
    "The assistant's reasoning service is not answering right now. Your message was "
    "received; please try again in a minute. If a child is in immediate danger, call 999."
)


def start_case(stack: Stack, sender: str) -> str:
    """Describe a case and answer two questions; the fact asked next."""
    stack.say(sender, CASE)
    for _ in range(2):
        stack.say(sender, ANSWERS.get(stack.requested_slot(sender), "/deny"))
    asked = stack.requested_slot(sender)
    assert asked and asked != "role", f"the case form is not running: {asked!r}"
    return asked


def test_a_case_goes_on_after_the_rasa_server_restarts(stack: Stack) -> None:
    sender = new_sender()
    asked = start_case(stack, sender)
    before = len(stack.events(sender))
    stack.restart_rasa()
    replies = stack.say(sender, ANSWERS.get(asked, "/deny"))
    assert not notices(replies)
    assert stack.requested_slot(sender) != asked  # the answer landed on the asked fact
    assert has_assessment(stack.finish_case(sender, replies))
    asked_after = [
        event["value"]
        for event in stack.events(sender)[before:]
        if event["event"] == "slot" and event["name"] == "requested_slot"
    ]
    assert "role" not in asked_after and asked not in asked_after  # nothing asked twice


def test_the_action_server_dying_mid_case_is_reported_and_recovered(stack: Stack) -> None:
    sender = new_sender()
    asked = start_case(stack, sender)
    answer = ANSWERS.get(asked, "/deny")
    stack.actions.kill()
    try:
        replies = stack.say(sender, answer)
        assert UNAVAILABLE in texts(replies)
        assert notices(replies) == [{"kind": "assistant_unavailable"}]
        assert stack.requested_slot(sender) == asked  # the form still waits for the answer
    finally:
        stack.actions.start()
    replies = stack.say(sender, answer)  # the user simply sends it again
    assert not notices(replies)
    assert stack.requested_slot(sender) != asked
    assert has_assessment(stack.finish_case(sender, replies))
