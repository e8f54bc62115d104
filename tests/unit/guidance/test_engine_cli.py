"""The command line as docs/API.md §2 fixes it, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
PEER_CASE = {
    "role": "police",
    "jurisdiction": "england",
    "pictured_age": 15,
    "other_age": 15,
    "coercion": False,
}


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actions.guidance", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )


def assert_clean_failure(result: subprocess.CompletedProcess[str], *names: str) -> None:
    """Exit 2, nothing on stdout, one line on stderr naming the problem, no traceback."""
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for name in names:
        assert name in lines[0]


def test_assess_from_stdin_prints_one_assessment() -> None:
    result = run_cli("assess", stdin=json.dumps(PEER_CASE))
    assert result.returncode == 0, result.stderr
    assessment = json.loads(result.stdout)
    assert assessment["level"] == "safeguarding"
    assert assessment["open_questions"][0] == "immediate_risk"
    assert result.stderr == ""


def test_assess_from_file_and_dash_agree(tmp_path: Path) -> None:
    path = tmp_path / "facts.json"
    path.write_text(json.dumps({"pictured_age": 12, "sexual_acts": True}), encoding="utf-8")
    from_file = run_cli("assess", str(path))
    from_stdin = run_cli("assess", "-", stdin=path.read_text(encoding="utf-8"))
    assert from_file.returncode == from_stdin.returncode == 0
    assert json.loads(from_file.stdout) == json.loads(from_stdin.stdout)
    assert json.loads(from_file.stdout)["level"] == "referral"


@pytest.mark.parametrize(
    ("stdin", "names"),
    [
        ('{"pictured_age": 15,', ("invalid JSON",)),
        ("", ("no input",)),
        ('[{"pictured_age": 15}]', ("JSON object",)),
        ('"coercion"', ("JSON object",)),
        ('{"victim_name": "A"}', ("unknown fact key", "victim_name")),
        ('{"pictured_age": "15"}', ("pictured_age",)),
        ('{"coercion": 1}', ("coercion",)),
        ('{"pictured_age": true}', ("pictured_age",)),
        ('{"pictured_age": 150}', ("pictured_age", "out of range")),
        ('{"other_age": -3}', ("other_age", "out of range")),
        ('{"jurisdiction": "france"}', ("jurisdiction",)),
        ('{"adult_involved": false, "other_age": 30}', ("adult_involved", "other_age")),
        ('{"coercion": true, "coercion": false}', ("coercion", "more than once")),
        ('{"pictured_age": NaN}', ("NaN",)),
    ],
)
def test_bad_input_exits_2_with_one_line(stdin: str, names: tuple[str, ...]) -> None:
    assert_clean_failure(run_cli("assess", stdin=stdin), *names)


def test_missing_file_exits_2(tmp_path: Path) -> None:
    assert_clean_failure(run_cli("assess", str(tmp_path / "absent.json")), "absent.json")


def test_jsonl_assesses_good_lines_and_marks_bad_ones() -> None:
    lines = [
        json.dumps({"pictured_age": 30}),
        '{"coercion": "yes"}',
        "not json",
        json.dumps({"pictured_age": 14, "immediate_risk": True}),
    ]
    result = run_cli("assess", "--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 2
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == 4
    assert outputs[0]["level"] == "out_of_scope"
    assert set(outputs[1]) == {"error"} and "coercion" in outputs[1]["error"]
    assert set(outputs[2]) == {"error"} and "line 3" in outputs[2]["error"]
    assert outputs[3]["level"] == "emergency"
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_jsonl_all_good_exits_0() -> None:
    stdin = "\n".join(json.dumps(facts) for facts in ({}, PEER_CASE, {"adult_involved": True}))
    result = run_cli("assess", "--jsonl", stdin=stdin)
    assert result.returncode == 0, result.stderr
    levels = [json.loads(line)["level"] for line in result.stdout.splitlines()]
    assert levels == ["safeguarding", "safeguarding", "referral"]


def test_rules_table_prints_markdown_and_docs_are_fresh() -> None:
    printed = run_cli("rules-table")
    assert printed.returncode == 0
    assert printed.stdout.startswith("# Rules of the guidance engine")
    assert printed.stdout == (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    checked = run_cli("rules-table", "--check")
    assert checked.returncode == 0, checked.stderr
