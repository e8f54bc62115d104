"""Scoring for `make eval`: facts read against annotations, scenarios, and the tables."""

from __future__ import annotations

import pytest

from bench import evaluation as ev
from bench.evaluation import (
    COUNT_HEADER,
    Counts,
    ScenarioOutcome,
    compare_facts,
    count_rows,
    cv_fold_means,
    intent_rows,
    mean_std,
    merge,
    summarise_scenarios,
    table,
)


def test_a_fact_read_right_counts_for_precision_and_recall() -> None:
    counts = compare_facts({"pictured_age": 15}, {"pictured_age": 15}, {})
    assert counts["pictured_age"] == Counts(tp=1, found=1)


def test_a_wrong_value_is_a_false_positive_and_a_miss() -> None:
    counts = compare_facts({"other_age": 14}, {"other_age": 19}, {})
    assert counts["other_age"] == Counts(fp=1, missed=1)


def test_a_stated_fact_not_read_is_missed() -> None:
    counts = compare_facts({}, {"coercion": True}, {})
    assert counts["coercion"] == Counts(missed=1)


def test_a_fact_true_but_not_stated_is_right_without_touching_recall() -> None:
    counts = compare_facts({"role": "police"}, {}, {"role": "police"})
    assert counts["role"] == Counts(tp=1)


def test_a_fact_the_annotation_says_nothing_about_is_not_judged() -> None:
    counts = compare_facts({"online": True}, {"pictured_age": 15}, {})
    assert counts["online"] == Counts(unjudged=1)
    assert counts["online"].precision is None


def test_merge_sums_per_key_and_overall() -> None:
    first = compare_facts({"pictured_age": 15, "coercion": True}, {"pictured_age": 15}, {})
    second = compare_facts({"pictured_age": 13}, {"pictured_age": 14}, {"coercion": False})
    by_key, total = merge([first, second])
    assert list(by_key) == ["coercion", "pictured_age"]
    assert by_key["pictured_age"] == Counts(tp=1, fp=1, found=1, missed=1)
    assert total == Counts(tp=1, fp=1, unjudged=1, found=1, missed=1)
    assert total.precision == 0.5 and total.recall == 0.5 and total.f1 == 0.5


def test_scores_are_none_when_there_is_nothing_to_score() -> None:
    assert Counts().precision is None and Counts().recall is None and Counts().f1 is None


def outcome(
    level: str, outcome_21: str = "appropriate", ended: str = "assessed"
) -> ScenarioOutcome:
    return ScenarioOutcome(
        id=f"s-{level}",
        expected_level="referral",
        expected_outcome_21="appropriate",
        level=level,
        outcome_21=outcome_21,
        questions=3,
        ended=ended,
    )


def test_scenario_summary_counts_right_wrong_and_under_escalated() -> None:
    summary = summarise_scenarios(
        [
            outcome("referral"),
            outcome("safeguarding"),
            outcome("emergency", "not_appropriate"),
            outcome("referral", ended="stuck"),
        ]
    )
    assert (summary.total, summary.level_correct, summary.outcome_correct) == (4, 2, 3)
    assert summary.both_correct == 2
    assert summary.under_escalated == 1  # safeguarding where referral was due
    assert summary.not_assessed == 1
    assert summary.mean_questions == 3.0
    assert len(summary.failures) == 2


def test_no_assessment_is_not_an_under_escalation() -> None:
    stuck = ScenarioOutcome("x", "emergency", "undetermined", None, None, 0, "stuck")
    assert not stuck.under_escalated and not stuck.level_ok


def test_markdown_table_and_rows() -> None:
    assert table(["a", "b"], [[1, 2]]) == "| a | b |\n|---|---:|\n| 1 | 2 |"
    rows = count_rows({"role": Counts(tp=2, found=1)}, Counts(tp=2, found=1))
    assert len(rows[0]) == len(COUNT_HEADER)
    assert rows[-1][0] == "**all (micro)**" and rows[-1][5] == "1.000"


@pytest.mark.parametrize(("below", "names"), [(None, ["`b`", "`a`"]), (0.9, ["`b`"])])
def test_intent_rows_weakest_first_and_filtered(below: float | None, names: list[str]) -> None:
    report = {
        "accuracy": 0.9,
        "weighted avg": {"f1-score": 0.9},
        "a": {"precision": 1, "recall": 1, "f1-score": 1.0, "support": 5},
        "b": {
            "precision": 0.5,
            "recall": 1,
            "f1-score": 0.667,
            "support": 3,
            "confused_with": {"a": 2},
        },
    }
    rows = intent_rows(report, below=below)
    assert [row[0] for row in rows] == names
    assert rows[0][-1] == "a ×2"


def test_cross_validation_means_are_read_from_rasas_log() -> None:
    log = (
        "INFO rasa.model_testing - Intent evaluation results\n"
        "INFO rasa.nlu.test - train Accuracy: 0.999 (0.000)\n"
        "INFO rasa.nlu.test - test Accuracy: 0.700 (0.014)\n"
        "INFO rasa.nlu.test - test F1-score: 0.693 (0.013)\n"
        "INFO rasa.model_testing - Entity evaluation results\n"
        "INFO rasa.nlu.test - test Accuracy: 0.100 (0.000)\n"
    )
    means = cv_fold_means(log)
    assert means == {
        "train Accuracy": (0.999, 0.0),
        "test Accuracy": (0.7, 0.014),  # the intents' block, not the entities' after it
        "test F1-score": (0.693, 0.013),
    }
    assert mean_std(means, "test", "Accuracy") == "0.700 ± 0.014"
    assert mean_std(means, "train", "Precision") == "–"


NN_TEXTS = [
    "hello there",
    "hi there",
    "good morning",
    "hey",
    "she is 15",
    "he was 19",
    "the girl is 14",
    "aged 16",
    "bye now",
    "goodbye",
    "see you later",
    "cheers bye",
]
NN_INTENTS = ["greet"] * 4 + ["inform"] * 4 + ["goodbye"] * 4


def test_a_heldout_set_of_copies_is_as_near_as_can_be() -> None:
    found = ev.nearest_neighbours(NN_TEXTS, NN_INTENTS, NN_TEXTS[:6], NN_INTENTS[:6], folds=2)
    assert found["heldout"] == ev.Neighbours(similarity=1.0, accuracy=1.0, examples=6)
    folds = found["cross_validation"]
    assert folds.examples == len(NN_TEXTS)
    assert 0 < folds.similarity < 1 and 0 <= folds.accuracy <= 1


def test_a_heldout_example_takes_its_nearest_neighbours_intent() -> None:
    found = ev.nearest_neighbours(
        NN_TEXTS, NN_INTENTS, ["hello there!", "goodbye!"], ["greet", "inform"]
    )
    assert found["heldout"].accuracy == 0.5
