"""Real payloads for canned replies: made by the engine and the record builder, not by hand.

Canned replies let a test show the page one exact reply (every level, a record, a
training reveal, a hostile text) without depending on which model is loaded.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from actions.guidance.assessment import assess
from actions.guidance.facts import BOOL_KEYS, parse_facts
from actions.presentation.layout import with_layout

NO = dict.fromkeys(BOOL_KEYS, False)

FACTS_BY_LEVEL: dict[str, dict[str, Any]] = {
    "emergency": {"role": "police", "pictured_age": 15, "immediate_risk": True},
    "referral": {"role": "school", "pictured_age": 14, "other_age": 19},
    "safeguarding": {
        **NO,
        "role": "school",
        "jurisdiction": "england",
        "pictured_age": 15,
        "other_age": 15,
    },
    "out_of_scope": {"role": "other", "pictured_age": 19},
}

TRAINING_BUTTONS = [
    {"title": "Emergency", "payload": '/training_answer{"training_choice": "emergency"}'},
    {"title": "Referral", "payload": '/training_answer{"training_choice": "referral"}'},
    {"title": "Safeguarding", "payload": '/training_answer{"training_choice": "safeguarding"}'},
    {"title": "Out of scope", "payload": '/training_answer{"training_choice": "out_of_scope"}'},
]


def assessment(level: str) -> dict[str, Any]:
    """The engine's assessment of a case at ``level``."""
    result = assess(parse_facts(FACTS_BY_LEVEL[level])).to_dict()
    assert result["level"] == level
    return result


def assessment_custom(data: dict[str, Any]) -> dict[str, Any]:
    """The custom payload the action server sends: the assessment and, beside it, its layout."""
    return with_layout({"assessment": data})


def assessment_replies(level: str) -> list[dict[str, Any]]:
    """What the REST channel sends for an assessment: text with buttons, then the payload."""
    return [
        {
            "recipient_id": "x",
            "text": f"{level.upper()}: the text version of the assessment.\n\nWhy:\n- reasons",
            "buttons": [{"title": "Why this level?", "payload": "/explain_factor"}],
        },
        {"recipient_id": "x", "custom": assessment_custom(assessment(level))},
    ]


def record_payload(level: str = "referral") -> dict[str, Any]:
    """A case record built by the project's own builder (when it exists in this checkout)."""
    from actions.records import build_record

    facts = FACTS_BY_LEVEL[level]
    made = build_record(
        facts,
        assessment(level),
        facts.get("role"),
        datetime(2026, 11, 30, 2, 15, tzinfo=timezone.utc),
    )
    return made.to_payload()


def training_question(score: tuple[int, int] = (0, 0)) -> list[dict[str, Any]]:
    return [
        {
            "recipient_id": "x",
            "text": "Scenario: the text version of the question.",
            "buttons": TRAINING_BUTTONS,
        },
        {
            "recipient_id": "x",
            "custom": {
                "training": {
                    "stage": "question",
                    "scenario_id": "s1",
                    "title": "The Year 8 group chat",
                    "narrative": "A 12-year-old shares a nude of herself with a classmate (12).\nHe forwards it to the class group chat.",
                    "choices": ["emergency", "referral", "safeguarding", "out_of_scope"],
                    "score": {"correct": score[0], "answered": score[1]},
                }
            },
        },
    ]


def training_answer(chosen: str, correct: str, score: tuple[int, int]) -> list[dict[str, Any]]:
    reasons = assessment(correct)["factors"][:2]
    return [
        {
            "recipient_id": "x",
            "text": "Answer: the text version of the reveal.",
            "buttons": [
                {"title": "Next scenario", "payload": "/start_training"},
                {"title": "Stop training", "payload": "/stop"},
            ],
        },
        {
            "recipient_id": "x",
            "custom": with_layout(
                {
                    "training": {
                        "stage": "answer",
                        "scenario_id": "s1",
                        "chosen": chosen,
                        "correct_level": correct,
                        "correct": chosen == correct,
                        "outcome_21": "not_appropriate",
                        "factors": reasons,
                        "score": {"correct": score[0], "answered": score[1]},
                    }
                }
            ),
        },
    ]
