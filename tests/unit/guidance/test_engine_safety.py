"""Safety properties added after the December 2026 guidance review (generated cases).

- Age monotonicity (docs/API.md §2): with a child pictured, a younger pictured child never
  lowers the level, and neither does an older other person who is at least as old as the
  pictured child.
- Role never changes the level (and, with it, the result).
- Every nation's steps name that nation's own route.
- No step promises a full criminal investigation unless one of the College of Policing's four
  factors is present, and never when nobody old enough to be prosecuted can be responsible.
- No child under the age of criminal responsibility is treated as a suspect.
- An adult sending, showing or asking a child for an image is never out of scope.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.guidance.assessment import IN_SCOPE_SEVERITY, assess, decide
from actions.guidance.documents import load_document
from actions.guidance.facts import BOOL_KEYS, JURISDICTIONS, ROLES, FactError, Facts
from actions.guidance.jurisdictions import jurisdiction
from actions.guidance.rules import (
    age_of_criminal_responsibility,
    full_investigation_called_for,
    no_child_can_have_offended,
    possible_suspect_over_acr,
)
from actions.guidance.steps import load_steps

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
STEPS = {step.id: step for step in load_steps()}
PROMISE = re.compile(
    r"\b(calls for|needs|requires|call for)\b[^.]*\bfull criminal investigation", re.I
)


@st.composite
def child_case(draw: st.DrawFn) -> Facts:
    """Valid facts with a child pictured; other facts known or not."""
    values = {key: draw(st.none() | st.booleans()) for key in BOOL_KEYS}
    values["role"] = draw(st.none() | st.sampled_from(ROLES))
    values["jurisdiction"] = draw(st.none() | st.sampled_from(JURISDICTIONS))
    values["pictured_age"] = draw(st.integers(min_value=0, max_value=17))
    values["other_age"] = draw(st.none() | st.integers(min_value=0, max_value=60))
    if values["other_age"] is not None and values["other_age"] >= 18:
        values["adult_involved"] = draw(st.sampled_from([None, True]))
    return Facts(**values)


@st.composite
def any_case(draw: st.DrawFn) -> Facts:
    values = {key: draw(st.none() | st.booleans()) for key in BOOL_KEYS}
    values["role"] = draw(st.none() | st.sampled_from(ROLES))
    values["jurisdiction"] = draw(st.none() | st.sampled_from(JURISDICTIONS))
    values["pictured_age"] = draw(st.none() | st.integers(min_value=0, max_value=60))
    values["other_age"] = draw(st.none() | st.integers(min_value=0, max_value=60))
    if values["other_age"] is not None and values["other_age"] >= 18:
        values["adult_involved"] = draw(st.sampled_from([None, True]))
    return Facts(**values)


def severity(facts: Facts) -> int:
    return IN_SCOPE_SEVERITY[decide(facts)[0]]


def steps_shown(facts: Facts) -> list[str]:
    return [action.step for action in assess(facts).actions]


# --------------------------------------------------------------------------- ages


@SETTINGS
@given(child_case(), st.integers(min_value=1, max_value=17))
def test_a_younger_pictured_child_never_lowers_the_level(facts: Facts, drop: int) -> None:
    assert facts.pictured_age is not None
    younger_age = max(0, facts.pictured_age - drop)
    younger = replace(facts, pictured_age=younger_age)
    assert severity(younger) >= severity(facts)


@SETTINGS
@given(child_case(), st.integers(min_value=1, max_value=40))
def test_an_older_other_person_at_least_as_old_never_lowers_the_level(
    facts: Facts, rise: int
) -> None:
    assert facts.pictured_age is not None
    if facts.other_age is None or facts.other_age < facts.pictured_age:
        facts = replace(facts, other_age=facts.pictured_age)
    try:
        older = replace(facts, other_age=facts.other_age + rise)  # type: ignore[operator]
    except FactError:  # adult_involved stated false and the other person now an adult
        older = replace(facts, other_age=facts.other_age + rise, adult_involved=None)  # type: ignore[operator]
        facts = replace(facts, adult_involved=None)
    assert severity(older) >= severity(facts)


@pytest.mark.parametrize(("pictured", "other"), [(12, 17), (17, 12), (12, 12), (9, 15)])
def test_any_child_under_13_with_another_child_is_a_referral(pictured: int, other: int) -> None:
    assessment = assess(Facts(pictured_age=pictured, other_age=other))
    assert assessment.level == "referral"
    assert assessment.outcome_21 in ("not_appropriate", "not_applicable")


@SETTINGS
@given(any_case(), st.sampled_from((None, *ROLES)))
def test_role_never_changes_the_level(facts: Facts, role: str | None) -> None:
    assert decide(replace(facts, role=role)) == decide(facts)


@SETTINGS
@given(st.integers(min_value=18, max_value=90), st.integers(min_value=0, max_value=17), any_case())
def test_an_adult_sending_a_child_an_image_is_never_out_of_scope(
    pictured: int, child: int, facts: Facts
) -> None:
    case = replace(facts, pictured_age=pictured, other_age=child, adult_involved=True)
    assert assess(case).level in ("referral", "emergency")


@SETTINGS
@given(st.integers(min_value=18, max_value=90), st.none() | st.integers(min_value=0, max_value=17))
def test_an_adult_pictured_with_a_child_is_only_provisionally_out_of_scope(
    pictured: int, child: int | None
) -> None:
    assessment = assess(Facts(pictured_age=pictured, other_age=child))
    assert assessment.level == "out_of_scope"
    assert not assessment.complete
    assert assessment.open_questions[0] == "adult_involved"
    assert "adult_image_if_sent_to_child" in [a.step for a in assessment.actions]
    assert {"police_101", "ceop"} <= {s["id"] for s in assessment.signposts}


# --------------------------------------------------------------------------- routes


@pytest.mark.parametrize("nation", JURISDICTIONS)
@pytest.mark.parametrize("role", ["school", "other", "parent"])
def test_every_nations_referral_steps_name_its_own_route(nation: str, role: str) -> None:
    facts = Facts(role=role, jurisdiction=nation, pictured_age=15, other_age=15, coercion=True)
    texts = " ".join(action.text for action in assess(facts).actions)
    words = jurisdiction(nation).words
    assert words["police"] in texts or words["social_care"] in texts
    if role == "school":
        route = " ".join(jurisdiction(nation).referral_route.text.split())
        assert route in texts
    others = [jurisdiction(n) for n in JURISDICTIONS if n != nation]
    for other in others:
        if other.words["social_care"] != words["social_care"]:
            assert other.words["social_care"] not in texts, other.id


@pytest.mark.parametrize("nation", JURISDICTIONS)
def test_every_nations_peer_case_follows_its_own_route(nation: str) -> None:
    facts = Facts(role="school", jurisdiction=nation, pictured_age=15, other_age=15)
    shown = steps_shown(facts)
    entry = jurisdiction(nation)
    if entry.duty_applies("school"):
        assert "school_duty_to_report" in shown
        assert "school_peer_route" not in shown
    else:
        assert "school_peer_route" in shown
    texts = " ".join(action.text for action in assess(facts).actions)
    if not entry.school_may_handle:
        assert "without police" not in texts
        assert "school_dsl_deletion" not in shown


# --------------------------------------------------------------------------- investigation


def test_only_tagged_steps_promise_a_full_investigation() -> None:
    for entry in load_document("steps")["steps"]:
        promises = bool(PROMISE.search(entry.get("text", "")))
        assert promises == bool(entry.get("promises_full_investigation")), entry["id"]
        if entry.get("promises_full_investigation"):
            assert entry.get("full_investigation") is True, entry["id"]


@SETTINGS
@given(any_case())
def test_no_step_promises_a_full_investigation_without_the_four_factors(facts: Facts) -> None:
    promised = [s for s in steps_shown(facts) if STEPS[s].promises_full_investigation]
    if promised:
        four = (facts.adult_involved, facts.coercion, facts.profit_motive)
        assert any(value is True for value in four), promised
        assert full_investigation_called_for(facts)
        assert possible_suspect_over_acr(facts)


@SETTINGS
@given(any_case())
def test_no_full_investigation_for_children_under_the_age_of_criminal_responsibility(
    facts: Facts,
) -> None:
    acr = age_of_criminal_responsibility(facts)
    if facts.other_age is not None and facts.other_age < acr and not facts.adult_involved:
        assert not assess(facts).full_investigation
        assert not any(STEPS[s].promises_full_investigation for s in steps_shown(facts))


@SETTINGS
@given(any_case())
def test_no_child_under_the_age_of_criminal_responsibility_is_treated_as_a_suspect(
    facts: Facts,
) -> None:
    assessment = assess(facts)
    acr = age_of_criminal_responsibility(facts)
    if no_child_can_have_offended(facts):
        assert not any(STEPS[a.step].about_suspects for a in assessment.actions)
        assert assessment.outcome_21 == "not_applicable"
    if facts.pictured_age is not None and facts.pictured_age < acr:
        assert assessment.pictured_child in ("victim", "below_criminal_responsibility")


@SETTINGS
@given(any_case())
def test_a_victim_is_told_so_and_never_given_outcome_21_as_involved(facts: Facts) -> None:
    assessment = assess(facts)
    if assessment.pictured_child == "victim" and assessment.level != "out_of_scope":
        assert "victim_not_suspect" in [a.step for a in assessment.actions]
        assert assessment.outcome_21 != "appropriate"
