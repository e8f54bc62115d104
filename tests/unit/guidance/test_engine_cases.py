"""Table of cases: each JSON file in ``cases/`` is facts plus what the guidance says must follow.

The expected values come from the guidance (UKCIS triggers, College of Policing aggravating
factors, jurisdiction branches), not from running the engine. Together the cases must make
every rule fire at least once and cover every jurisdiction and role.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from actions.guidance.assessment import assess
from actions.guidance.facts import JURISDICTIONS, ROLES, parse_facts
from actions.guidance.rules import RULES
from actions.messages import headline_for

CASES_DIR = Path(__file__).parent / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))
EXPECTATION_KEYS = {
    "level",
    "outcome_21",
    "complete",
    "open_questions",
    "open_questions_start",
    "open_questions_exclude",
    "signposts_include",
    "signposts_exclude",
    "first_signpost",
    "first_action_contains",
    "actions_contain",
    "actions_exclude",
    "fired_rules",
    "factor_facts_include",
    "factor_text_contains",
    "pictured_child",
    "full_investigation",
    "headline_contains",
}


def load_case(path: Path) -> dict[str, Any]:
    case = json.loads(path.read_text(encoding="utf-8"))
    assert set(case) == {"description", "facts", "expected"}, path.name
    assert set(case["expected"]) <= EXPECTATION_KEYS, path.name
    return case


def run_case(path: Path):
    case = load_case(path)
    facts = parse_facts(case["facts"])
    return case["expected"], facts, assess(facts)


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_case(path: Path) -> None:
    expected, _facts, assessment = run_case(path)
    result = assessment.to_dict()
    assert result["level"] == expected["level"]
    assert result["outcome_21"] == expected["outcome_21"]
    if "complete" in expected:
        assert result["complete"] is expected["complete"]
    if "open_questions" in expected:
        assert result["open_questions"] == expected["open_questions"]
    start = expected.get("open_questions_start", [])
    assert result["open_questions"][: len(start)] == start
    assert not set(expected.get("open_questions_exclude", [])) & set(result["open_questions"])

    signpost_ids = [s["id"] for s in result["signposts"]]
    assert set(expected.get("signposts_include", [])) <= set(signpost_ids)
    assert not set(expected.get("signposts_exclude", [])) & set(signpost_ids)
    if "first_signpost" in expected:
        assert signpost_ids[0] == expected["first_signpost"]

    texts = [action["text"] for action in result["actions"]]
    if "first_action_contains" in expected:
        assert expected["first_action_contains"] in texts[0]
    for phrase in expected.get("actions_contain", []):
        assert any(phrase in text for text in texts), phrase
    for phrase in expected.get("actions_exclude", []):
        assert not any(phrase in text for text in texts), phrase

    if "pictured_child" in expected:
        assert result["pictured_child"] == expected["pictured_child"]
    if "full_investigation" in expected:
        assert result["full_investigation"] is expected["full_investigation"]
    if "headline_contains" in expected:
        headline = headline_for(result)
        for phrase in expected["headline_contains"]:
            assert phrase in headline, phrase

    fired = {factor.rule for factor in assessment.factors}
    assert set(expected.get("fired_rules", [])) <= fired
    assert set(expected.get("factor_facts_include", [])) <= {f["fact"] for f in result["factors"]}
    effects = " ".join(f["effect"] for f in result["factors"])
    for phrase in expected.get("factor_text_contains", []):
        assert phrase in effects, phrase


def test_cases_make_every_rule_fire() -> None:
    """A rule no case exercises is a rule nobody has checked against the guidance."""
    fired: set[str] = set()
    for path in CASE_FILES:
        _expected, facts, assessment = run_case(path)
        fired |= {
            factor.rule
            for factor in assessment.factors
            if next(r for r in RULES if r.name == factor.rule).test(facts) is True
        }
    assert {rule.name for rule in RULES} - fired == set()


def test_cases_cover_every_jurisdiction_role_and_level() -> None:
    cases = [load_case(path) for path in CASE_FILES]
    assert {c["facts"].get("jurisdiction") for c in cases} >= {*JURISDICTIONS, None}
    assert {c["facts"].get("role") for c in cases} >= set(ROLES)
    assert {c["expected"]["level"] for c in cases} == {
        "emergency",
        "referral",
        "safeguarding",
        "out_of_scope",
    }
    assert {c["expected"]["outcome_21"] for c in cases} == {
        "appropriate",
        "not_appropriate",
        "not_applicable",
        "undetermined",
    }
