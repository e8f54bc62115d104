"""Trainer mode, the pure part (no Rasa import): the scenario library and the session logic.

See docs/TRAINING.md. The Rasa actions call :func:`present` for a question and
:func:`reveal` for an answer; both return a :class:`Turn` (payload, text, buttons, score).
"""

from actions.training.scenarios import (
    Scenario,
    TeachingPoint,
    load_scenarios,
    scenario_by_id,
    scenario_ids,
)
from actions.training.session import (
    CHOICES,
    QUESTION,
    Turn,
    answer_payload,
    answer_text,
    check_score,
    choice_buttons,
    empty_score,
    is_correct,
    next_scenario,
    parse_choice,
    present,
    question_payload,
    question_text,
    reveal,
    setting,
    update_score,
)

__all__ = [
    "CHOICES",
    "QUESTION",
    "Scenario",
    "TeachingPoint",
    "Turn",
    "answer_payload",
    "answer_text",
    "check_score",
    "choice_buttons",
    "empty_score",
    "is_correct",
    "load_scenarios",
    "next_scenario",
    "parse_choice",
    "present",
    "question_payload",
    "question_text",
    "reveal",
    "scenario_by_id",
    "scenario_ids",
    "setting",
    "update_score",
]
