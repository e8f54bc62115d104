"""Trainer mode's session logic: order, payloads in the contract's shapes, texts, score."""

from __future__ import annotations

import json
from typing import Any

import pytest

from actions.guidance.assessment import assess_mapping
from actions.records.content import LEVEL_TITLES
from actions.training import (
    CHOICES,
    QUESTION,
    answer_payload,
    answer_text,
    check_score,
    choice_buttons,
    empty_score,
    is_correct,
    load_scenarios,
    next_scenario,
    parse_choice,
    present,
    question_payload,
    question_text,
    reveal,
    scenario_by_id,
    setting,
    update_score,
)

SCENARIOS = load_scenarios()
IDS = [scenario.id for scenario in SCENARIOS]
FIRST = SCENARIOS[0]
REFERRAL = next(s for s in SCENARIOS if s.expected_level == "referral")


# --------------------------------------------------------------------------- order


def test_first_scenario_comes_first() -> None:
    assert next_scenario([]) is FIRST


def test_scenarios_come_in_library_order_without_repeats() -> None:
    seen: list[str] = []
    for _ in SCENARIOS:
        seen.append(next_scenario(seen).id)
    assert seen == IDS


def test_order_skips_what_was_seen_out_of_order() -> None:
    assert next_scenario([IDS[0], IDS[2]]).id == IDS[1]


def test_when_all_are_seen_it_wraps_around_in_order() -> None:
    assert next_scenario(IDS).id == IDS[0]
    cycling = [*IDS, IDS[0]]
    assert next_scenario(cycling).id == IDS[1]
    assert next_scenario([*IDS, *IDS[:5]]).id == IDS[5]


def test_unknown_ids_are_ignored() -> None:
    assert next_scenario(["retired-scenario", 7]).id == IDS[0]  # type: ignore[list-item]


# --------------------------------------------------------------------------- score


def test_score_starts_at_nothing_and_counts_answers() -> None:
    assert check_score(None) == empty_score() == {"correct": 0, "answered": 0}
    once = update_score(None, True)
    twice = update_score(once, False)
    assert once == {"correct": 1, "answered": 1}
    assert twice == {"correct": 1, "answered": 2}


def test_update_score_does_not_change_its_input() -> None:
    before = {"correct": 2, "answered": 3}
    update_score(before, True)
    assert before == {"correct": 2, "answered": 3}


@pytest.mark.parametrize(
    "score",
    [
        {"correct": 2, "answered": 1},
        {"correct": -1, "answered": 1},
        {"correct": True, "answered": 1},
        {"correct": 1.0, "answered": 1},
        {"correct": 0},
        {"correct": 0, "answered": 0, "extra": 1},
        [0, 0],
    ],
)
def test_broken_scores_are_refused(score: Any) -> None:
    with pytest.raises(ValueError, match="score"):
        check_score(score)


# --------------------------------------------------------------------------- question


def test_question_payload_has_the_contract_shape() -> None:
    payload = question_payload(FIRST, {"correct": 1, "answered": 2})
    assert payload == {
        "training": {
            "stage": "question",
            "scenario_id": FIRST.id,
            "title": FIRST.title,
            "narrative": FIRST.narrative,
            "role": FIRST.role,
            "jurisdiction": FIRST.jurisdiction,
            "setting": setting(FIRST),
            "choices": ["emergency", "referral", "safeguarding", "out_of_scope"],
            "score": {"correct": 1, "answered": 2},
        }
    }
    assert json.loads(json.dumps(payload)) == payload


@pytest.mark.parametrize("scenario", SCENARIOS, ids=IDS)
def test_question_text_ends_with_the_question(scenario: Any) -> None:
    text = question_text(scenario, None)
    assert text.endswith(QUESTION)
    assert QUESTION == "What level of response would you give?"
    assert scenario.title in text and scenario.narrative in text
    assert "Score" not in text


def test_question_text_shows_the_score_once_something_is_answered() -> None:
    assert "Score so far: 3 of 4." in question_text(FIRST, {"correct": 3, "answered": 4})


def test_choice_buttons_send_the_training_answer_payloads() -> None:
    buttons = choice_buttons()
    assert [b["payload"] for b in buttons] == [
        '/training_answer{"training_choice": "emergency"}',
        '/training_answer{"training_choice": "referral"}',
        '/training_answer{"training_choice": "safeguarding"}',
        '/training_answer{"training_choice": "out_of_scope"}',
    ]
    assert all(b["title"] for b in buttons)


def test_present_gives_the_next_question_with_buttons() -> None:
    turn = present([IDS[0]], {"correct": 1, "answered": 1})
    assert turn.scenario.id == IDS[1]
    assert turn.payload == question_payload(turn.scenario, {"correct": 1, "answered": 1})
    assert turn.text == question_text(turn.scenario, {"correct": 1, "answered": 1})
    assert turn.buttons == choice_buttons()


# --------------------------------------------------------------------------- answer


@pytest.mark.parametrize("scenario", SCENARIOS, ids=IDS)
def test_answer_payload_has_the_contract_shape(scenario: Any) -> None:
    score = {"correct": 1, "answered": 1}
    training = answer_payload(scenario, scenario.expected_level, score)["training"]
    assessment = assess_mapping(dict(scenario.facts))
    assert set(training) == {
        "stage",
        "scenario_id",
        "chosen",
        "correct_level",
        "correct",
        "outcome_21",
        "factors",
        "teaching_points",
        "score",
    }
    assert training["stage"] == "answer"
    assert training["scenario_id"] == scenario.id
    assert training["correct_level"] == scenario.expected_level
    assert training["correct"] is True
    assert training["outcome_21"] == scenario.expected_outcome_21
    assert training["factors"] == assessment["factors"]
    assert all({"fact", "effect", "source"} <= set(f) for f in training["factors"])
    assert [t["text"] for t in training["teaching_points"]] == [
        p.text for p in scenario.teaching_points
    ]
    assert training["score"] == score


@pytest.mark.parametrize("chosen", CHOICES)
def test_only_the_engines_level_is_correct(chosen: str) -> None:
    training = answer_payload(REFERRAL, chosen, {"correct": 0, "answered": 1})["training"]
    assert training["chosen"] == chosen
    assert training["correct"] is (chosen == "referral")
    assert is_correct(REFERRAL, chosen) is (chosen == "referral")


def test_a_choice_that_is_not_a_level_is_refused() -> None:
    with pytest.raises(ValueError, match="training_choice"):
        answer_payload(FIRST, "maybe", None)
    with pytest.raises(ValueError, match="training_choice"):
        reveal(FIRST.id, "", None)


def test_right_answer_text() -> None:
    text = answer_text(REFERRAL, "referral", {"correct": 4, "answered": 5})
    assert text.startswith("Right: Referral.")
    assert "The guidance-based answer: REFERRAL." in text
    assert text.endswith("Score: 4 of 5.")


def test_wrong_answer_text_gives_the_guidance_based_answer_with_reasons() -> None:
    text = answer_text(REFERRAL, "safeguarding", {"correct": 0, "answered": 1})
    assert text.startswith("Not quite: you chose Safeguarding response;")
    assert "the guidance-based answer is Referral" in text
    for factor in assess_mapping(dict(REFERRAL.facts))["factors"]:
        assert f"{factor['effect']} ({factor['source']})" in text
    for point in REFERRAL.teaching_points:
        assert point.text in text
    assert "Outcome 21:" in text
    assert text.endswith("Score: 0 of 1.")


def test_reveal_marks_the_answer_and_moves_the_score_on() -> None:
    right = reveal(REFERRAL.id, "referral", {"correct": 2, "answered": 2})
    wrong = reveal(REFERRAL.id, "emergency", {"correct": 2, "answered": 2})
    assert right.score == {"correct": 3, "answered": 3}
    assert wrong.score == {"correct": 2, "answered": 3}
    assert right.payload["training"]["score"] == right.score
    assert right.text.endswith("Score: 3 of 3.")
    assert [b["payload"] for b in right.buttons] == ["/start_training", "/stop"]
    assert json.loads(json.dumps(wrong.payload)) == wrong.payload


def test_reveal_refuses_an_unknown_scenario() -> None:
    with pytest.raises(KeyError):
        reveal("no-such-case", "referral", None)
    assert scenario_by_id(REFERRAL.id) is REFERRAL


# --------------------------------------------------------------------------- typed answers


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("referral", "referral"),
        ("I'd refer it to the police", "referral"),
        ("call 999", "emergency"),
        ("Emergency", "emergency"),
        ("safeguarding response", "safeguarding"),
        ("out of scope", "out_of_scope"),
        ("out_of_scope", "out_of_scope"),
        ("safeguarding referral", None),
        ("no idea", None),
        ("", None),
    ],
)
def test_parse_choice_reads_one_level_or_none(text: str, level: str | None) -> None:
    assert parse_choice(text) == level


# --------------------------------------------------------------------------- trainer commands


def test_a_wrong_answer_names_what_decides_the_level() -> None:
    from actions.training.session import answer_text, deciding_factor

    for scenario in load_scenarios():
        level = scenario.assessment()["level"]
        wrong = next(choice for choice in CHOICES if choice != level)
        text = answer_text(scenario, wrong, None)
        assert "What decides it: " + deciding_factor(scenario) in text, scenario.id


def test_a_theme_picks_a_scenario_that_shows_it() -> None:
    from actions.training.session import THEMES, has_theme, next_scenario, theme_asked

    assert theme_asked("give me a sextortion scenario") == "sextortion"
    assert theme_asked("something on AI images please") == "ai images"
    assert theme_asked("a Scottish one") == "Scotland"
    assert theme_asked("another scenario") is None
    for theme in THEMES:
        scenario = next_scenario([], theme)
        assert has_theme(scenario, theme), theme


def test_stop_gives_the_final_score_and_what_was_covered() -> None:
    from actions.training.session import summary_text

    scenarios = load_scenarios()[:2]
    text = summary_text({"correct": 1, "answered": 2}, [s.id for s in scenarios])
    assert "Final score: 1 of 2" in text
    for scenario in scenarios:
        assert scenario.title in text


def test_reveal_shows_the_answer_without_scoring() -> None:
    from actions.training.session import reveal_without_marking

    scenario = load_scenarios()[0]
    turn = reveal_without_marking(scenario.id, {"correct": 1, "answered": 1})
    assert turn.score == {"correct": 1, "answered": 1}
    assert turn.payload["training"]["revealed"] is True
    level = scenario.assessment()["level"]
    assert f"The guidance-based answer: {LEVEL_TITLES[level].upper()}" in turn.text
    assert "not scored" in turn.text
