"""Bad input through the real REST channel: every message gets a sensible reply, and the
conversation goes on."""

from __future__ import annotations

from tests.system.conftest import Stack, has_assessment, new_sender, notices, texts

CASE = "a year 9 girl sent a nude to her boyfriend who is 14, he showed his mates"
TOO_LONG = "Your message is 20,000 characters long; the limit is 2,000. Please send it in parts."
HOSTILE = [
    "/nonexistent_intent",
    "/inform{bad json",
    '/inform{"role": "emperor"}',
    "'; DROP TABLE events; --",
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "😀🙈🔥👩\u200d👧",
    "hello\x00\x07\x1b[31m \u202eevil\u202c \u2066there\u2069",
    "???",
]


def test_hostile_messages_get_replies_and_a_case_still_completes(stack: Stack) -> None:
    sender = new_sender()
    for message in HOSTILE:
        replies = stack.say(sender, message)
        assert texts(replies).strip(), f"no text reply to {message!r}: {replies}"
        assert not notices(replies), f"{message!r} was answered with a notice: {replies}"
    stored_texts = [event["text"] for event in stack.events(sender) if event["event"] == "user"]
    assert "'; DROP TABLE events; --" in stored_texts  # stored as text, the table is intact
    assert "hello[31m evil there" in stored_texts  # control and bidi characters stripped
    replies = stack.say(sender, CASE)
    assert texts(replies)
    assert has_assessment(stack.finish_case(sender, replies))


def test_empty_and_over_long_messages_never_reach_the_bot(stack: Stack) -> None:
    sender = new_sender()
    for empty in ("", "   \n\t ", "\u202e\u200b"):
        replies = stack.say(sender, empty)
        assert [notice["kind"] for notice in notices(replies)] == ["empty_message"]
    replies = stack.say(sender, "x" * 20_000)
    assert texts(replies) == TOO_LONG
    assert notices(replies) == [{"kind": "message_too_long", "limit": 2000, "length": 20_000}]
    assert stack.events(sender) == []  # none of them started a conversation
    assert has_assessment(stack.finish_case(sender, stack.say(sender, CASE)))


def test_an_out_of_range_age_never_reaches_the_engine(stack: Stack) -> None:
    sender = new_sender()
    stack.say(sender, "a girl sent a nude photo to a boy in her class and he showed his mates")
    for _ in range(10):
        asked = stack.requested_slot(sender)
        if asked == "pictured_age":
            break
        stack.say(sender, '/inform{"role": "school"}' if asked == "role" else "/deny")
    assert stack.requested_slot(sender) == "pictured_age"
    for payload in ('/inform{"pictured_age": 999}', '/inform{"age": 999}'):
        replies = stack.say(sender, payload)
        assert "age in years" in texts(replies)  # asked again, with what is expected
        assert stack.requested_slot(sender) == "pictured_age"
    assert 999 not in stack.slot_values(sender, "pictured_age")
    replies = stack.say(sender, "14")
    assert stack.slot_values(sender, "pictured_age")[-1] == 14
    assert has_assessment(stack.finish_case(sender, replies))
    assert 999 not in stack.slot_values(sender, "pictured_age")
