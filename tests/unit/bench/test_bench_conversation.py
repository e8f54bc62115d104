"""The scripted conversations: how each reply of the bot is answered, and when a case ends."""

from __future__ import annotations

import pytest

from bench.conversation import (
    AGE_ANSWER,
    CASE_NARRATIVES,
    MAX_CASE_TURNS,
    CaseScript,
    FixedScript,
    StuckConversation,
    answer_question,
    case_script,
    stock_script,
)


def buttons(*payloads: str) -> list[dict]:
    return [{"text": "a question", "buttons": [{"title": p, "payload": p} for p in payloads]}]


ROLE = buttons('/inform{"role": "police"}', '/inform{"role": "school"}', '/inform{"role": "other"}')
PLACE = buttons('/inform{"jurisdiction": "wales"}', '/inform{"jurisdiction": "england"}')
YES_NO = buttons("/affirm", "/deny", "/dont_know")
AGE = buttons("/dont_know")
ASSESSMENT = [{"text": "Level: safeguarding"}, {"custom": {"assessment": {"level": "x"}}}]


def test_the_role_is_answered_with_its_button_payload() -> None:
    assert answer_question(ROLE, "school") == '/inform{"role": "school"}'
    assert answer_question(ROLE, "parent") == '/inform{"role": "police"}'  # not offered: first


def test_the_place_is_england_yes_no_is_deny_and_an_age_is_a_number() -> None:
    assert answer_question(PLACE, "school") == '/inform{"jurisdiction": "england"}'
    assert answer_question(YES_NO, "school") == "/deny"
    assert answer_question(AGE, "school") == AGE_ANSWER


def test_buttons_split_over_several_messages_are_all_read() -> None:
    replies = [{"text": "Thanks."}, *YES_NO]
    assert answer_question(replies, "school") == "/deny"


def test_a_reply_without_a_known_question_is_stuck_not_guessed() -> None:
    with pytest.raises(StuckConversation, match="no question"):
        answer_question([{"text": "Sorry?"}], "school")


def test_a_case_runs_greeting_narrative_answers_until_the_assessment() -> None:
    script = CaseScript(narrative="a year 9 girl sent a nude", role="police")
    assert script.first() == "hi"
    assert script.next([{"text": "Hello"}]) == "a year 9 girl sent a nude"
    assert script.next(ROLE) == '/inform{"role": "police"}'
    assert script.next(YES_NO) == "/deny"
    assert script.next(AGE) == AGE_ANSWER
    assert script.next(ASSESSMENT) is None
    assert script.turns == 5


def test_a_channel_notice_is_an_error() -> None:
    script = CaseScript(narrative="x")
    script.first()
    notice = [{"text": "Too long", "custom": {"notice": {"kind": "message_too_long"}}}]
    with pytest.raises(StuckConversation, match="notice"):
        script.next(notice)


def test_a_case_that_never_ends_is_stopped() -> None:
    script = CaseScript(narrative="x")
    script.first()
    with pytest.raises(StuckConversation, match="no assessment"):
        for _ in range(MAX_CASE_TURNS + 1):
            script.next(YES_NO)


def test_the_stock_script_plays_its_messages_then_ends() -> None:
    script = FixedScript(("hello", "I am sad", "yes", "bye"))
    sent = [script.first()]
    while (message := script.next([{"text": "ok"}])) is not None:
        sent.append(message)
    assert sent == ["hello", "I am sad", "yes", "bye"]


def test_the_stock_bot_saying_nothing_is_an_error() -> None:
    script = FixedScript(("hello", "bye"))
    script.first()
    with pytest.raises(StuckConversation):
        script.next([])


def test_scripts_rotate_deterministically_over_users_and_conversations() -> None:
    assert case_script(0, 0).narrative == CASE_NARRATIVES[0]
    assert case_script(3, 2) == case_script(3, 2)
    assert {case_script(u, i).narrative for u in range(16) for i in range(3)} == set(
        CASE_NARRATIVES
    )
    assert stock_script(1, 1).messages != stock_script(1, 2).messages
