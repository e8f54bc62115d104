"""Whole cases through the trained bot: narrative, questions, assessment.

Each case is typed as a user would, then every question the bot asks is
answered from the case's true facts, read from ``requested_slot``, as the
acceptance harness does. The test checks the level and Outcome 21 in the
``{"assessment": ...}`` payload, that facts stated in the narrative are not
asked again, and that the conversation never gets stuck.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.e2e.conftest import Conversation, customs, texts
from tools.client import checklist_in

MAX_TURNS = 25


@dataclass(frozen=True)
class Case:
    """A narrative, the facts it states, the truth behind it and the expected result."""

    name: str
    narrative: str
    stated: dict[str, Any]
    truth: dict[str, Any] = field(default_factory=dict)
    level: str = "safeguarding"
    outcome_21: str | None = None


def answer_for(fact: str, truth: dict[str, Any]) -> str:
    """What a user would type to answer the question about ``fact``."""
    value = truth.get(fact)
    if value is None:
        return "not sure"
    if fact == "role":
        return {
            "police": "I'm a police officer",
            "school": "I'm the DSL",
            "trainer": "I'm a trainer",
            "parent": "I'm her mum",
            "other": "someone else",
        }[value]
    if fact == "jurisdiction":
        return {"england": "England", "wales": "Wales", "scotland": "Scotland"}.get(
            value, "Northern Ireland"
        )
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def checklist_words(keys: list[str], truth: dict[str, Any]) -> str:
    """What a user types to a checklist: "none of these", the numbers of those that apply
    (the rest then asked again), or "not sure" when the truth knows none of them."""
    applies = [str(number) for number, key in enumerate(keys, 1) if truth.get(key) is True]
    if applies:
        return " and ".join(applies)
    if any(truth.get(key) is False for key in keys):
        return "none of these"
    return "not sure"


async def run_case(conversation: Conversation, case: Case) -> tuple[dict[str, Any], list[str]]:
    """Play the case through; return the assessment payload and the facts asked."""
    replies = await conversation.say(case.narrative)
    return await answer_until_assessed(conversation, replies, {**case.stated, **case.truth})


async def answer_until_assessed(
    conversation: Conversation, replies: list[dict[str, Any]], truth: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Answer each question from ``truth`` until the assessment comes."""
    asked: list[str] = []
    for _ in range(MAX_TURNS):
        payloads = [c["assessment"] for c in customs(replies) if "assessment" in c]
        if payloads:
            return payloads[-1], asked
        requested = await conversation.slot("requested_slot")
        assert requested, f"stuck: no question and no assessment after {texts(replies)!r}"
        checklist = checklist_in(replies)
        if requested in checklist:  # several facts in one question, answered in words
            asked.append("+".join(checklist))
            replies = await conversation.say(checklist_words(checklist, truth))
            continue
        asked.append(requested)
        replies = await conversation.say(answer_for(requested, truth))
    pytest.fail(f"no assessment after {MAX_TURNS} turns; asked {asked}")


CASES = [
    Case(
        "consensual pair, school",
        "I'm the DSL. A 15 year old girl sent a topless picture of herself to her boyfriend, who is also 15.",
        stated={"role": "school", "pictured_age": 15, "other_age": 15},
        truth={"jurisdiction": "england"},
        level="safeguarding",
        outcome_21="appropriate",
    ),
    Case(
        "adult boyfriend",
        "A 14-year-old sent nudes to her 19 year old boyfriend on Snapchat.",
        stated={"pictured_age": 14, "other_age": 19},
        truth={"role": "police", "jurisdiction": "england"},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "sextortion",
        "A year 10 lad is being blackmailed by someone online who says they'll send his pics to his friends unless he pays £100.",
        stated={"coercion": True, "profit_motive": True},
        truth={"role": "police", "jurisdiction": "england", "pictured_age": 15},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "self-harm risk",
        "A 15 year old girl's nude has gone round the whole year group and she has told her friend she wants to kill herself.",
        stated={"pictured_age": 15, "widely_shared": True, "immediate_risk": True},
        truth={"role": "school", "jurisdiction": "england"},
        level="emergency",
    ),
    Case(
        "revenge after break-up",
        "Police here. After they split up, a 16 year old boy posted his ex-girlfriend's nude in a group chat to humiliate her. She is 16 too.",
        stated={"role": "police", "malicious": True},
        truth={"jurisdiction": "england", "pictured_age": 16, "other_age": 16},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "under 13 sexual acts",
        "Two year 7 pupils, both 12, filmed themselves doing a sex act and sent the video to each other.",
        stated={"pictured_age": 12, "sexual_acts": True},
        truth={"role": "school", "jurisdiction": "england", "other_age": 12},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "Scotland consensual",
        "I'm a police officer in Glasgow. A 16 year old girl sent a picture to her 17 year old boyfriend; they've been together a year.",
        stated={"role": "police", "jurisdiction": "scotland", "pictured_age": 16, "other_age": 17},
        level="safeguarding",
        outcome_21="not_applicable",
    ),
    Case(
        "adult pictured",
        "A 19 year old woman's intimate photos were shared by her ex.",
        # A lone adult age is read as the other person's (never the safe-looking
        # reading), so the bot asks the pictured age and then finds it out of scope.
        stated={},
        truth={"role": "other", "pictured_age": 19},
        level="out_of_scope",
        outcome_21="not_applicable",
    ),
    Case(
        "SEN and pressure",
        "A 14 year old boy with learning difficulties was pressured into sending a nude to an older pupil.",
        stated={"pictured_age": 14, "capacity_concern": True, "coercion": True},
        truth={"role": "school", "jurisdiction": "england"},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "AI nudified image",
        "Some year 9 boys used a nudify app to make fake nudes of a 13 year old girl in their class and shared them.",
        stated={"ai_generated": True, "made_without_consent": True, "pictured_age": 13},
        truth={"role": "school", "jurisdiction": "england", "shared_without_consent": True},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "covert filming",
        "I'm the DSL. A 15 year old boy secretly filmed a 15 year old girl in the changing room.",
        stated={"role": "school", "made_without_consent": True, "pictured_age": 15},
        truth={"jurisdiction": "england", "other_age": 15},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "adult pictured, child holds it",
        "A 13 year old has a nude of a 30 year old on her phone.",
        # Ages go youngest-to-pictured (issue 13 will read who is who); the safe reading
        # makes the adult the other person, a referral either way.
        stated={},
        truth={
            "role": "parent",
            "jurisdiction": "england",
            "pictured_age": 30,
            "other_age": 13,
            "adult_involved": True,
        },
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "repeated behaviour",
        "This is the third time this year a 15 year old lad has asked girls for nudes; this time a 14 year old sent him one.",
        stated={"repeated": True},
        truth={"role": "police", "jurisdiction": "wales", "pictured_age": 14, "other_age": 15},
        level="referral",
        outcome_21="not_appropriate",
    ),
    Case(
        "Northern Ireland consensual",
        "I'm a teacher in Belfast. A 17 year old sent a semi-nude to her 17 year old girlfriend, nobody else has it.",
        stated={"role": "school", "jurisdiction": "northern_ireland", "pictured_age": 17},
        truth={"other_age": 17},
        level="safeguarding",
        outcome_21="not_applicable",
    ),
    Case(
        "parent, unknown details",
        "I'm a mum. My daughter is 13 and I found out she sent a photo of herself in her underwear to someone.",
        stated={"role": "parent", "pictured_age": 13},
        truth={"jurisdiction": "england"},
        level="safeguarding",
    ),
]

SAFE_NO = {
    "immediate_risk": False,
    "adult_involved": False,
    "coercion": False,
    "capacity_concern": False,
    "sexual_acts": False,
    "atypical_or_violent": False,
    "profit_motive": False,
    "shared_without_consent": False,
    "malicious": False,
    "widely_shared": False,
    "repeated": False,
    "ai_generated": False,
    "made_without_consent": False,
    "online": False,
}


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_a_case_reaches_the_right_level_without_asking_what_was_said(
    agent: Any, case: Case
) -> None:
    conversation = Conversation(agent)
    truth = {**SAFE_NO, **case.truth}
    played = Case(case.name, case.narrative, case.stated, truth, case.level, case.outcome_21)
    assessment, asked = await run_case(conversation, played)
    assert assessment["level"] == case.level, (asked, assessment["factors"])
    if case.outcome_21:
        assert assessment["outcome_21"] == case.outcome_21
    again = {fact for question in asked for fact in question.split("+")} & set(case.stated)
    assert not again, f"asked again: {again}"
    assert all(factor["source"] for factor in assessment["factors"])
    for fact, value in case.stated.items():
        assert await conversation.slot(fact) == value, fact


async def test_immediate_danger_gets_the_999_reply_before_any_question(agent: Any) -> None:
    conversation = Conversation(agent)
    replies = await conversation.say(
        "A 14 year old boy is self-harming after his nude was shared, he's in danger right now."
    )
    said = [reply.get("text", "") for reply in replies]
    assert "Call 999 now" in said[0]
    assert await conversation.slot("immediate_risk") is True


async def test_a_guidance_question_mid_form_is_answered_and_the_form_resumes(agent: Any) -> None:
    conversation = Conversation(agent)
    await conversation.say("A 15 year old girl sent a nude to her 15 year old boyfriend.")
    asked_before = await conversation.slot("requested_slot")
    replies = await conversation.say("should I look at the image?")
    topics = [c["topic"] for c in customs(replies) if "topic" in c]
    assert topics == ["viewing_images"]
    assert await conversation.slot("requested_slot") == asked_before
    assert await conversation.tracker() is not None
    assert (await conversation.tracker()).active_loop_name == "case_form"


async def test_stop_leaves_the_form_and_keeps_the_facts(agent: Any) -> None:
    conversation = Conversation(agent)
    await conversation.say("A 15 year old girl sent a nude to her 15 year old boyfriend.")
    replies = await conversation.say("stop")
    assert "stopped the questions" in texts(replies)
    tracker = await conversation.tracker()
    assert tracker.active_loop_name is None
    assert tracker.get_slot("pictured_age") == 15


async def test_a_correction_after_the_assessment_reassesses(agent: Any) -> None:
    conversation = Conversation(agent)
    case = CASES[0]
    truth = {**SAFE_NO, **case.truth}
    first, _ = await run_case(conversation, Case(case.name, case.narrative, case.stated, truth))
    assert first["level"] == "safeguarding"
    replies = await conversation.say("actually the boyfriend is 19")
    payloads = [c["assessment"] for c in customs(replies) if "assessment" in c]
    assert payloads and payloads[-1]["level"] == "referral"
    assert await conversation.slot("other_age") == 19


async def test_what_if_leaves_the_case_unchanged(agent: Any) -> None:
    conversation = Conversation(agent)
    case = CASES[0]
    truth = {**SAFE_NO, **case.truth}
    await run_case(conversation, Case(case.name, case.narrative, case.stated, truth))
    replies = await conversation.say("what if he was 19?")
    said = texts(replies)
    assert "referral" in said
    assert "your case is unchanged" in said
    assert await conversation.slot("other_age") == 15


async def test_a_correction_downwards_lowers_the_level_again(agent: Any) -> None:
    conversation = Conversation(agent)
    case = CASES[1]  # a 14-year-old and her 19-year-old boyfriend
    truth = {**SAFE_NO, **case.truth}
    first, _ = await run_case(conversation, Case(case.name, case.narrative, case.stated, truth))
    assert first["level"] == "referral"
    replies = await conversation.say("actually the boyfriend is 16")
    # With no adult, the peer-sharing questions now matter, and are asked.
    second, asked = await answer_until_assessed(conversation, replies, {**truth, "other_age": 16})
    assert second["level"] == "safeguarding"
    assert "coercion" in asked
    assert await conversation.slot("other_age") == 16
