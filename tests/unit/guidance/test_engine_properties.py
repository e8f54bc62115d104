"""Safety properties of the engine, checked on generated cases (hypothesis).

The order of severity is safeguarding < referral < emergency for cases in scope.
``out_of_scope`` is not on that scale: only an adult pictured (and no adult known to have
sent or shown it to a child) decides it, so monotonicity is stated for cases that stay in
scope (pictured age under 18 or unknown), and out of scope is checked separately.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.guidance import knowledge
from actions.guidance.assessment import (
    ASSESSMENT_KEYS,
    IN_SCOPE_SEVERITY,
    adult_pictured_unsettled,
    assess,
    decide,
)
from actions.guidance.facts import (
    AGE_KEYS,
    BOOL_KEYS,
    FACT_KEYS,
    JURISDICTIONS,
    MAX_AGE,
    ROLES,
    FactError,
    Facts,
    parse_facts,
)
from actions.guidance.rules import RULES, age_thresholds

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CONTRACT_ASSESSMENT_KEYS = {
    "level",
    "outcome_21",
    "complete",
    "open_questions",
    "factors",
    "actions",
    "signposts",
    "pictured_child",
    "guidance_version",
}
#: Keys the project adds to the contract's assessment (docs/API.md).
ADDED_ASSESSMENT_KEYS = {"full_investigation", "local_contacts"}
ages = st.integers(min_value=0, max_value=MAX_AGE)
child_ages = st.integers(min_value=0, max_value=17)


def value_strategy(key: str, *, in_scope: bool = False) -> st.SearchStrategy[Any]:
    """Any valid known value for ``key`` (a child's age when the case must stay in scope)."""
    if key == "role":
        return st.sampled_from(ROLES)
    if key == "jurisdiction":
        return st.sampled_from(JURISDICTIONS)
    if key == "pictured_age":
        return child_ages if in_scope else ages
    if key in AGE_KEYS:
        return ages
    return st.booleans()


@st.composite
def facts_strategy(draw: st.DrawFn, *, in_scope: bool = False) -> Facts:
    """Valid facts with each key unknown or known; unknowns are common on purpose."""
    values = {key: draw(st.none() | value_strategy(key, in_scope=in_scope)) for key in FACT_KEYS}
    if (
        values["other_age"] is not None
        and values["other_age"] >= 18
        and values["adult_involved"] is False
    ):
        values["adult_involved"] = draw(st.sampled_from([None, True]))
    return Facts(**values)


def severity(facts: Facts) -> int:
    return IN_SCOPE_SEVERITY[decide(facts)[0]]


def set_fact(facts: Facts, key: str, value: Any) -> Facts | None:
    """The facts with one more value, or None when it contradicts what is known."""
    try:
        return replace(facts, **{key: value})
    except FactError:
        return None


@SETTINGS
@given(facts_strategy(in_scope=True), st.sampled_from(BOOL_KEYS))
def test_turning_a_fact_true_never_lowers_the_level(facts: Facts, key: str) -> None:
    raised = set_fact(facts, key, True)
    assert raised is not None
    assert severity(raised) >= severity(facts)


@SETTINGS
@given(facts_strategy(in_scope=True), st.data())
def test_filling_any_unknown_never_lowers_the_level(facts: Facts, data: st.DataObject) -> None:
    unknown = facts.unknown_keys()
    if not unknown:
        return
    key = data.draw(st.sampled_from(unknown))
    filled = set_fact(facts, key, data.draw(value_strategy(key, in_scope=True)))
    if filled is not None:
        assert severity(filled) >= severity(facts)


@SETTINGS
@given(facts_strategy(in_scope=True), st.data())
def test_answering_the_interview_in_order_never_lowers_the_level_and_ends_complete(
    facts: Facts, data: st.DataObject
) -> None:
    """The conversation asks the first open question next; simulate that to the end."""
    for _ in range(len(FACT_KEYS) + 1):
        assessment = assess(facts)
        if assessment.complete:
            break
        key = assessment.open_questions[0]
        answered = set_fact(facts, key, data.draw(value_strategy(key, in_scope=True)))
        if answered is None:  # a contradiction a real user would be asked to correct
            answered = set_fact(facts, key, 17 if key in AGE_KEYS else True)
        assert answered is not None
        assert severity(answered) >= severity(facts)
        facts = answered
    assert assess(facts).complete


@SETTINGS
@given(facts_strategy())
def test_open_questions_are_exactly_the_unknowns_that_can_change_the_result(
    facts: Facts,
) -> None:
    """Checked against every age 0..120, so the engine's probe ages cannot hide a threshold."""
    assessment = assess(facts)
    current = (assessment.level, assessment.outcome_21)
    all_values: dict[str, Any] = {
        **{key: (True, False) for key in BOOL_KEYS},
        **{key: range(MAX_AGE + 1) for key in AGE_KEYS},
        "role": ROLES,
        "jurisdiction": JURISDICTIONS,
    }
    assert set(assessment.open_questions) <= set(facts.unknown_keys())
    assert assessment.complete == (not assessment.open_questions)
    if adult_pictured_unsettled(facts):
        # docs/API.md §2: provisional out_of_scope; adult_involved first, then the other age.
        assert assessment.level == "out_of_scope" and not assessment.complete
        expected = [k for k in ("adult_involved", "other_age") if getattr(facts, k) is None]
        assert list(assessment.open_questions) == expected
        return
    for key in facts.unknown_keys():
        variants = [set_fact(facts, key, value) for value in all_values[key]]
        if key == "pictured_age" and facts.other_age is None:
            # the two ages together (an adult pictured and an adult other person)
            variants += [
                set_fact(facts, "pictured_age", age)
                and set_fact(
                    set_fact(facts, "pictured_age", age),
                    "other_age",
                    other,  # type: ignore[arg-type]
                )
                for age in (17, 18, 30)
                for other in (5, 17, 18, 40)
            ]
        changes = any(v is not None and decide(v) != current for v in variants)
        assert changes == (key in assessment.open_questions), key


@SETTINGS
@given(facts_strategy(), st.data())
def test_complete_means_nothing_left_unknown_can_change_the_result(
    facts: Facts, data: st.DataObject
) -> None:
    assessment = assess(facts)
    if not assessment.complete:
        return
    filled = facts
    for key in facts.unknown_keys():
        filled = set_fact(filled, key, data.draw(value_strategy(key))) or filled
    assert decide(filled) == (assessment.level, assessment.outcome_21)


@SETTINGS
@given(facts_strategy(), st.sampled_from((None, *ROLES)))
def test_role_never_changes_level_outcome_or_questions(facts: Facts, role: str | None) -> None:
    before, after = assess(facts), assess(replace(facts, role=role))
    assert (after.level, after.outcome_21, after.open_questions) == (
        before.level,
        before.outcome_21,
        before.open_questions,
    )


@SETTINGS
@given(facts_strategy())
def test_assessment_shape_sources_and_determinism(facts: Facts) -> None:
    result = assess(facts).to_dict()
    assert set(result) == CONTRACT_ASSESSMENT_KEYS | ADDED_ASSESSMENT_KEYS
    assert json.loads(json.dumps(result)) == result == assess(facts).to_dict()
    assert result["guidance_version"] == knowledge.GUIDANCE_VERSION
    assert result["factors"], "every result has at least one reason"
    for factor in result["factors"]:
        assert set(factor) == {"fact", "effect", "source", "url"}
        assert factor["fact"] in FACT_KEYS
        assert factor["effect"].strip() and factor["source"].strip()
        assert factor["url"].startswith(("https://", "http://"))
    assert result["actions"]
    for action in result["actions"]:
        assert set(action) == {"text", "source", "url"}
        assert action["text"].strip() and action["source"].strip()
        assert action["url"].startswith(("https://", "http://"))
    ids = [signpost["id"] for signpost in result["signposts"]]
    assert ids and len(ids) == len(set(ids)) and set(ids) <= set(knowledge.signpost_ids())
    for signpost in result["signposts"]:
        assert set(signpost) == {"id", "name", "contact", "audience"}


@SETTINGS
@given(facts_strategy())
def test_out_of_scope_and_not_applicable_follow_only_their_facts(facts: Facts) -> None:
    level, outcome = decide(facts)
    adult_pictured = facts.pictured_age is not None and facts.pictured_age >= 18
    child_present = facts.other_age is not None and facts.other_age < 18
    adult_to_child = adult_pictured and facts.adult_involved is True and child_present
    out_of_scope = adult_pictured and not adult_to_child
    assert (level == "out_of_scope") == out_of_scope
    if adult_to_child:
        assert level in ("referral", "emergency"), "an adult's image sent to a child is abuse"
    abroad = facts.jurisdiction in ("scotland", "northern_ireland")
    acr = 12 if facts.jurisdiction == "scotland" else 10
    nobody_can_offend = (
        facts.pictured_age is not None
        and facts.pictured_age < acr
        and facts.other_age is not None
        and facts.other_age < acr
        and not facts.adult_involved
    )
    assert (outcome == "not_applicable") == (out_of_scope or abroad or nobody_can_offend)


@SETTINGS
@given(facts_strategy(in_scope=True))
def test_emergency_always_starts_with_999(facts: Facts) -> None:
    assessment = assess(replace(facts, immediate_risk=True))
    assert assessment.level == "emergency"
    assert "999" in assessment.actions[0].text
    assert assessment.signposts[0]["id"] == "police_999"


@SETTINGS
@given(facts_strategy(in_scope=True))
def test_immediate_risk_alone_never_decides_outcome_21(facts: Facts) -> None:
    with_risk = replace(facts, immediate_risk=True)
    without_risk = replace(facts, immediate_risk=False)
    assert decide(with_risk)[1] == decide(without_risk)[1]


def test_the_published_assessment_keys_are_the_keys_it_gives():
    result = assess(parse_facts({"pictured_age": 15})).to_dict()
    assert set(result) == set(ASSESSMENT_KEYS) | ADDED_ASSESSMENT_KEYS
    assert set(ASSESSMENT_KEYS) == CONTRACT_ASSESSMENT_KEYS


@SETTINGS
@given(facts_strategy(), st.sampled_from(AGE_KEYS))
def test_every_age_where_a_rule_changes_its_answer_is_a_declared_threshold(
    facts: Facts, key: str
) -> None:
    """The probe ages come from the rules' declared ``ages``: no rule may change its answer
    at an age it does not declare (checked against every age 1..60)."""
    thresholds = set(age_thresholds())
    previous = None
    for age in range(0, 61):
        variant = set_fact(facts, key, age)
        if variant is None:
            previous = None
            continue
        answers = [rule.test(variant) for rule in RULES]
        if previous is not None and answers != previous:
            changed = [r.name for r, a, b in zip(RULES, answers, previous, strict=True) if a != b]
            assert age in thresholds, (key, age, changed)
        previous = answers
