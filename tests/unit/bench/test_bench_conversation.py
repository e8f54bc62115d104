"""The benchmark's scripted conversations: its cases (answered by tools.client's hurried
user), the stock bot's fixed script, and how both rotate over users."""

from __future__ import annotations

import pytest

from bench.conversation import (
    CASE_NARRATIVES,
    MAX_CASE_TURNS,
    ROLES,
    FixedScript,
    case_script,
    stock_script,
)
from tools.client import StuckConversation


def test_a_case_greets_first_and_gives_up_after_its_turns() -> None:
    script = case_script(0, 1)
    assert script.first() == "hi"
    assert script.max_turns == MAX_CASE_TURNS
    assert script.role in ROLES


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
