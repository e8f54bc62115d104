"""The pure parts of the load and scale-out checks: answering, and judging a stored tracker."""

from __future__ import annotations

from actions.guidance.assessment import SUMMARY_KEYS
from scripts.chatclient import (
    AGE_ANSWER,
    CHECKLIST_ANSWER,
    JURISDICTION_ANSWER,
    NO_ANSWER,
    ROLE_ANSWER,
    answer_for,
    assessment_in,
    new_sender_id,
    notice_in,
    percentile,
)
from scripts.trackercheck import (
    conversation_problems,
    sequence_problems,
    slots_after,
    turn_problems,
)

YES_NO = [{"title": t, "payload": p} for t, p in (("Yes", "/affirm"), ("No", "/deny"))]


def user(text: str) -> dict:
    return {"event": "user", "text": text}


def listen() -> dict:
    return {"event": "action", "name": "action_listen"}


def slot(name: str, value: object) -> dict:
    return {"event": "slot", "name": name, "value": value}


def test_sender_ids_pass_the_guarded_channel_rule() -> None:
    ids = {new_sender_id() for _ in range(50)}
    assert len(ids) == 50
    assert all(22 <= len(i) <= 128 and i.replace("-", "").replace("_", "").isalnum() for i in ids)


def test_answers_follow_the_last_question_asked() -> None:
    role = {"text": "Who are you?", "buttons": [{"payload": '/inform{"role": "police"}'}]}
    place = {"text": "Where?", "buttons": [{"payload": '/inform{"jurisdiction": "wales"}'}]}
    assert answer_for([role]) == ROLE_ANSWER
    assert answer_for([role, place]) == JURISDICTION_ANSWER
    assert answer_for([{"text": "Sorry"}, {"text": "Any threats?", "buttons": YES_NO}]) == NO_ANSWER
    age = {"text": "How old was the youngest child?", "buttons": [{"payload": "/dont_know"}]}
    assert answer_for([age]) == AGE_ANSWER
    assert answer_for([{"text": "Hello."}]) is None
    checklist = [
        {"text": "Do any of these apply?", "buttons": [{"payload": "/dont_know"}]},
        {"custom": {"checklist": ["widely_shared", "repeated"]}},
    ]
    assert answer_for(checklist) == CHECKLIST_ANSWER


def test_payloads_are_found_among_the_replies() -> None:
    replies = [{"text": "x"}, {"custom": {"assessment": {"level": "referral"}}}]
    assert assessment_in(replies) == {"level": "referral"}
    assert assessment_in([{"custom": {"topic": "law"}}]) is None
    assert notice_in([{"custom": {"notice": {"kind": "assistant_unavailable"}}}]) == {
        "kind": "assistant_unavailable"
    }


def test_percentile_is_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([3.0], 0.95) == 3.0
    assert percentile([], 0.5) == 0.0


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
