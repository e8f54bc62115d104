"""Judging a stored tracker (tools/trackercheck.py), as the load and scale-out checks do."""

from __future__ import annotations

from actions.guidance.assessment import SUMMARY_KEYS
from tools.trackercheck import (
    conversation_problems,
    sequence_problems,
    slots_after,
    turn_problems,
)


def user(text: str) -> dict:
    return {"event": "user", "text": text}


def listen() -> dict:
    return {"event": "action", "name": "action_listen"}


def slot(name: str, value: object) -> dict:
    return {"event": "slot", "name": name, "value": value}


def test_lost_duplicated_and_reordered_messages_are_named() -> None:
    assert sequence_problems(["a", "b"], ["a", "b"]) == []
    assert sequence_problems(["a"], ["a", "b"]) == ["lost message 'b' x1"]
    assert sequence_problems(["a", "a", "b"], ["a", "b"]) == [
        "duplicated or unknown message 'a' x1"
    ]
    assert "out of order" in sequence_problems(["b", "a"], ["a", "b"])[0]


def test_a_turn_that_starts_before_the_last_ended_is_found() -> None:
    assert turn_problems([listen(), user("a"), listen(), user("b"), listen()]) == []
    assert turn_problems([listen(), user("a"), user("b"), listen()]) == [
        "user message at event 2 arrived mid-turn"
    ]
    assert turn_problems([listen(), user("a")]) == ["the last turn never reached action_listen"]


def test_slots_replay_up_to_a_turn_and_restart_clears_them() -> None:
    events = [user("a"), slot("role", "school"), listen(), user("b"), slot("role", "police")]
    assert slots_after(events, 1) == {"role": "school"}
    assert slots_after(events) == {"role": "police"}
    assert slots_after([*events, {"event": "restart"}]) == {}


ASSESSMENT = {
    "level": "referral",
    "outcome_21": "not_appropriate",
    "complete": True,
    "open_questions": [],
    "factors": [{"fact": "adult_involved", "effect": "referral", "source": {}}],
    "actions": [],
    "signposts": [],
    "pictured_child": "victim",
    "guidance_version": "2026-11-28",
}
STORED = {key: ASSESSMENT[key] for key in SUMMARY_KEYS}


def test_a_whole_conversation_passes_and_a_missing_assessment_slot_fails() -> None:
    assessment = ASSESSMENT
    events = [listen(), user("a"), slot("assessment", STORED), listen()]
    assert conversation_problems(events, ["a"], assessment) == []
    assert conversation_problems(events[:2] + events[3:], ["a"], assessment) == [
        "the assessment slot is not set in the store"
    ]
    assert conversation_problems([], ["a"], assessment) == [
        "lost: no events stored for this conversation"
    ]


def test_a_stored_slot_that_differs_from_what_the_user_got_fails() -> None:
    told_otherwise = dict(STORED, level="safeguarding")
    events = [listen(), user("a"), slot("assessment", told_otherwise), listen()]
    assert conversation_problems(events, ["a"], ASSESSMENT) == [
        "the stored assessment slot differs from the assessment the user got"
    ]


def test_simultaneous_messages_may_be_stored_in_either_order_but_once_each() -> None:
    assessment = ASSESSMENT
    base = [listen(), user("a"), slot("assessment", STORED), listen()]
    swapped = [*base, user("/greet"), listen(), user("/thank"), listen()]
    assert conversation_problems(swapped, ["a"], assessment, ("/thank", "/greet")) == []
    lost = [*base, user("/greet"), listen()]
    assert conversation_problems(lost, ["a"], assessment, ("/thank", "/greet")) == [
        "lost message '/thank' x1"
    ]
