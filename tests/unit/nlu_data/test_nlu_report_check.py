"""scripts/check_nlu_report.py: the build gate on Rasa's intent report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import check_nlu_report as check


def _intent(f1: float, support: int = 10, confused: dict[str, int] | None = None) -> dict:
    return {
        "precision": f1,
        "recall": f1,
        "f1-score": f1,
        "support": support,
        "confused_with": confused or {},
    }


def _write_report(tmp_path: Path, accuracy: float, weighted_f1: float, **intents: dict) -> Path:
    report = {
        **intents,
        "accuracy": accuracy,
        "macro avg": _intent(weighted_f1, 100),
        "weighted avg": _intent(weighted_f1, 100),
    }
    path = tmp_path / "intent_report.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return path


def test_passes_when_both_scores_reach_the_threshold(tmp_path, capsys):
    path = _write_report(tmp_path, 0.97, 0.96, greet=_intent(1.0), inform=_intent(0.95))
    assert check.main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "accuracy 0.970" in out
    assert "OK" in out


def test_fails_when_accuracy_is_below_the_default_threshold(tmp_path, capsys):
    path = _write_report(tmp_path, 0.94, 0.96, greet=_intent(1.0))
    assert check.main([str(path)]) == 1
    assert "accuracy 0.940 is below 0.950" in capsys.readouterr().err


def test_fails_when_weighted_f1_is_below_the_threshold(tmp_path, capsys):
    path = _write_report(tmp_path, 0.96, 0.93, greet=_intent(1.0))
    assert check.main([str(path)]) == 1
    assert "weighted-average F1 0.930 is below 0.950" in capsys.readouterr().err


def test_threshold_comes_from_the_command_line(tmp_path):
    path = _write_report(tmp_path, 0.91, 0.91, greet=_intent(1.0))
    assert check.main([str(path), "--threshold", "0.9"]) == 0
    assert check.main([str(path), "--threshold", "0.92"]) == 1


def test_lists_weak_intents_weakest_first_with_their_confusions(tmp_path, capsys):
    path = _write_report(
        tmp_path,
        0.97,
        0.97,
        greet=_intent(1.0),
        deny=_intent(0.85, confused={"dont_know": 2}),
        what_if=_intent(0.6, confused={"correct_fact": 1, "inform": 3}),
    )
    assert check.main([str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    weak = [line for line in lines if line.startswith("  ")]
    assert weak == [
        "  what_if: F1 0.600 (support 10); confused with inform x3, correct_fact x1",
        "  deny: F1 0.850 (support 10); confused with dont_know x2",
    ]


def test_missing_report_is_exit_2_with_one_readable_line(tmp_path, capsys):
    assert check.main([str(tmp_path / "nope.json")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("check_nlu_report: cannot read")
    assert "\n" not in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"weighted avg": {"f1-score": 0.9}}', "'accuracy' is missing or not a number"),
        ('{"accuracy": 0.9}', "'weighted avg' is missing"),
        ('{"accuracy": "high", "weighted avg": {"f1-score": 0.9}}', "'accuracy' is missing"),
    ],
)
def test_unusable_report_is_exit_2(tmp_path, capsys, content, message):
    path = tmp_path / "intent_report.json"
    path.write_text(content, encoding="utf-8")
    assert check.main([str(path)]) == 2
    assert message in capsys.readouterr().err
