"""Case records: what every variant holds, the police (NDM) and school (log) layouts, safety.

Records are built from real engine assessments of realistic facts, with a fixed time, so
each test states exactly what a user would get.
"""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime, timedelta, timezone
from typing import Any

import markdown as python_markdown
import pytest

from actions.guidance.assessment import assess_mapping
from actions.guidance.facts import BOOL_KEYS, FACT_KEYS
from actions.records import FORMAT, CaseRecord, RecordError, build_record, variant_for
from actions.records.content import (
    DISCLAIMER,
    FACT_LABELS,
    LEVEL_MEANINGS,
    LEVEL_TITLES,
    NO_NAMES,
)
from actions.records.markdown import escape
from actions.records.police import NDM_STAGES

WHEN = datetime(2026, 11, 30, 2, 15, 42, tzinfo=timezone.utc)
NO_FLAGS = dict.fromkeys(BOOL_KEYS, False)
CASES: dict[str, dict[str, Any]] = {
    "consensual_police": {
        **NO_FLAGS,
        "role": "police",
        "jurisdiction": "england",
        "pictured_age": 15,
        "other_age": 15,
    },
    "adult_school": {
        "role": "school",
        "jurisdiction": "england",
        "pictured_age": 14,
        "other_age": 19,
        "online": True,
    },
    "emergency_school_wales": {
        "role": "school",
        "jurisdiction": "wales",
        "pictured_age": 14,
        "immediate_risk": True,
        "coercion": True,
    },
    "safeguarding_school": {
        **NO_FLAGS,
        "role": "school",
        "jurisdiction": "england",
        "pictured_age": 15,
        "other_age": 16,
    },
    "adult_pictured_parent": {"role": "parent", "pictured_age": 19},
    "unknown_role": {"pictured_age": 13},
    "trainer_scotland": {
        **NO_FLAGS,
        "role": "trainer",
        "jurisdiction": "scotland",
        "pictured_age": 16,
        "other_age": 17,
        "repeated": True,
    },
}


def record(name: str, role: str | None = "from facts") -> CaseRecord:
    facts = CASES[name]
    chosen = facts.get("role") if role == "from facts" else role
    return build_record(facts, assess_mapping(facts), chosen, WHEN)


# --------------------------------------------------------------------------- every variant


@pytest.mark.parametrize(
    ("role", "variant"),
    [
        ("police", "police"),
        ("school", "school"),
        ("trainer", "general"),
        ("parent", "general"),
        ("other", "general"),
        (None, "general"),
    ],
)
def test_role_picks_the_variant(role: str | None, variant: str) -> None:
    assert variant_for(role) == variant
    assert record("consensual_police", role).variant == variant


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_record_holds_the_whole_case(name: str) -> None:
    built = record(name)
    text = built.markdown
    assessment = assess_mapping(CASES[name])
    assert "30 November 2026, 02:15 UTC" in text
    assert "`2026-11-30T02:15:42Z`" in text
    assert f"`{assessment['guidance_version']}`" in text
    assert f"`{assessment['level']}`" in text
    assert escape(LEVEL_MEANINGS[assessment["level"]]) in text
    assert f"`{assessment['outcome_21']}`" in text
    assert escape(NO_NAMES) in text
    assert escape(DISCLAIMER) in text
    for factor in assessment["factors"]:
        assert escape(factor["effect"]) in text
        assert escape(factor["source"]) in text
    for action in assessment["actions"]:
        assert escape(action["text"]) in text
        assert escape(action["source"]) in text
    for signpost in assessment["signposts"]:
        assert escape(signpost["name"]) in text
        assert escape(signpost["contact"]) in text


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_fact_is_shown_with_its_label_and_value(name: str) -> None:
    built = record(name)
    facts = built.data["facts"]
    assert list(facts) == list(FACT_KEYS)
    for key in FACT_KEYS:
        row = next(line for line in built.markdown.splitlines() if f"| `{key}` |" in line)
        assert row.startswith(f"| {escape(FACT_LABELS[key])} |")
        if facts[key] is None:
            assert row.endswith("| not known |")
        elif facts[key] is True:
            assert "| yes" in row
        elif facts[key] is False:
            assert "| no" in row
    unknown = sum(1 for value in facts.values() if value is None)
    assert built.markdown.count("| not known |") == unknown


def test_a_derived_fact_says_where_it_came_from() -> None:
    built = record("adult_school")
    assert built.data["facts"]["adult_involved"] is True
    assert built.data["derived_facts"] == ["adult_involved"]
    assert "| yes (from the other person's age) |" in built.markdown


def test_provisional_record_lists_the_open_questions() -> None:
    built = record("unknown_role")
    assessment = assess_mapping(CASES["unknown_role"])
    assert not assessment["complete"]
    assert built.data["status"] == "provisional"
    assert "**Provisional**" in built.markdown
    for key in assessment["open_questions"]:
        assert f"{escape(FACT_LABELS[key])} (`{key}`)" in built.markdown


def test_a_settled_record_never_says_complete_while_facts_are_unknown() -> None:
    built = record("consensual_police")
    unknown = [key for key in FACT_KEYS if key != "role" and built.data["facts"][key] is None]
    if unknown:
        assert built.data["status"] == "settled"
        assert "**Settled**" in built.markdown and "**Complete**" not in built.markdown
    else:
        assert built.data["status"] == "complete"
    assert "**Provisional**" not in built.markdown


def test_a_record_with_every_fact_known_says_complete() -> None:
    facts = {key: False for key in BOOL_KEYS}
    facts.update(role="police", jurisdiction="england", pictured_age=15, other_age=15)
    built = build_record(facts, assess_mapping(facts), "police", WHEN)
    assert built.data["status"] == "complete"
    assert "**Complete**" in built.markdown


# --------------------------------------------------------------------------- police


def test_police_record_follows_the_national_decision_model_in_order() -> None:
    text = record("consensual_police").markdown
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    expected = [
        "## Code of Ethics",
        "## 1. Gather information and intelligence",
        "## 2. Assess threat and risk and develop a working strategy",
        "## 3. Consider powers and policy",
        "## 4. Identify options and contingencies",
        "## 5. Take action and review what happened",
    ]
    assert headings[: len(expected)] == expected
    assert "College of Policing, National Decision Model" in text


def test_police_record_leaves_the_decision_to_the_officer() -> None:
    built = record("consensual_police")
    assert built.markdown.count("(to be completed by the officer) |   |") >= 10
    blanks = [blank for stage in built.data["police"]["ndm"] for blank in stage["to_complete"]]
    assert {blank["field"] for blank in blanks} >= {
        "decision",
        "rationale",
        "reference",
        "reviewer",
    }
    assert all(blank["value"] is None for blank in blanks)


def test_police_stages_in_data_match_the_model() -> None:
    stages = record("consensual_police").data["police"]["ndm"]
    assert [stage["stage"] for stage in stages] == [0, 1, 2, 3, 4, 5]
    assert [stage["name"] for stage in stages] == [name for _n, name, _w in NDM_STAGES]


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("consensual_police", "supported"),
        ("adult_school", "not_supported"),
        ("trainer_scotland", "not_available"),
        ("unknown_role", "undetermined"),
    ],
)
def test_police_options_weigh_outcome_21_as_the_guidance_does(name: str, status: str) -> None:
    options = {item["option"]: item for item in record(name, "police").data["police"]["options"]}
    assert options["outcome_21"]["status"] == status
    assert "Home Office Counting Rules" in options["outcome_21"]["source"]


def test_police_options_indicate_investigation_only_when_the_level_calls_for_it() -> None:
    safe = {o["option"]: o for o in record("consensual_police").data["police"]["options"]}
    refer = {o["option"]: o for o in record("adult_school", "police").data["police"]["options"]}
    assert safe["full_investigation"]["status"] == "not_indicated"
    assert refer["full_investigation"]["status"] == "indicated"
    assert refer["emergency_response"]["status"] == "not_indicated"
    urgent = record("emergency_school_wales", "police").data["police"]["options"]
    assert {o["option"]: o["status"] for o in urgent}["emergency_response"] == "indicated"


def test_police_outcome_22_is_offered_for_repeated_behaviour_in_england_and_wales() -> None:
    facts = {**CASES["trainer_scotland"], "jurisdiction": "england", "role": "police"}
    built = build_record(facts, assess_mapping(facts), "police", WHEN)
    assert "outcome_22" in {o["option"] for o in built.data["police"]["options"]}
    scottish = record("trainer_scotland", "police").data["police"]["options"]
    assert "outcome_22" not in {o["option"] for o in scottish}


# --------------------------------------------------------------------------- school


def informed(built: CaseRecord) -> list[str]:
    return [entry["who"] for entry in built.data["school"]["informed"]]


def test_school_record_is_a_safeguarding_log_entry() -> None:
    text = record("adult_school").markdown
    for section in (
        "## Decision",
        "## Rationale",
        "## Actions",
        "## Who was informed",
        "## Review",
    ):
        assert section in text
    assert "Review date (to be completed by the school) |   |" in text


def test_school_referral_informs_lead_police_social_care_parents_ceop_and_removal() -> None:
    assert informed(record("adult_school")) == [
        "designated_lead",
        "police_101",
        "childrens_social_care",
        "parents_carers",
        "ceop",
        "report_remove",
    ]


def test_school_emergency_informs_police_on_999_with_the_welsh_guidance() -> None:
    built = record("emergency_school_wales")
    assert informed(built)[:3] == ["designated_lead", "police_999", "childrens_social_care"]
    lead = built.data["school"]["informed"][0]
    assert "designated safeguarding person" in lead["name"]
    assert lead["source"].startswith("Welsh Government")


def test_school_safeguarding_records_the_decision_not_to_refer() -> None:
    built = record("safeguarding_school")
    assert informed(built) == ["designated_lead", "parents_carers"]
    assert built.data["school"]["decision_not_to_refer"] is True
    assert "No referral to the police or children" in built.markdown


def test_school_checklist_blanks_are_left_empty() -> None:
    built = record("adult_school")
    for entry in built.data["school"]["informed"]:
        assert entry["date_time"] is None
        assert entry["by_whom"] is None
        assert entry["source"] and entry["url"].startswith("https://")
    rows = [line for line in built.markdown.splitlines() if line.startswith("| Parents or carers")]
    assert rows and rows[0].endswith("|   |   |")


def test_school_out_of_scope_points_to_the_police_for_the_adult() -> None:
    facts = {"role": "school", "pictured_age": 18}
    built = build_record(facts, assess_mapping(facts), "school", WHEN)
    assert informed(built) == ["police_101"]


# --------------------------------------------------------------------------- general


def test_general_record_lists_the_sources_used() -> None:
    built = record("adult_pictured_parent")
    assert "## Sources" in built.markdown
    assert built.data["sources"]
    for item in built.data["sources"]:
        assert escape(item["source"]) in built.markdown


# --------------------------------------------------------------------------- data and time


@pytest.mark.parametrize("name", sorted(CASES))
def test_payload_round_trips_through_json(name: str) -> None:
    payload = record(name).to_payload()
    assert json.loads(json.dumps(payload)) == payload
    assert payload["format"] == FORMAT == "case-record/1"
    assert set(payload) == {"format", "variant", "filename_stem", "markdown", "data"}


@pytest.mark.parametrize("name", sorted(CASES))
def test_data_uses_the_contract_keys_as_they_are(name: str) -> None:
    data = record(name).data
    assert data["assessment"] == assess_mapping(CASES[name])
    assert set(data["facts"]) == set(FACT_KEYS)
    assert data["guidance_version"] == data["assessment"]["guidance_version"]
    assert data["created_at"] == "2026-11-30T02:15:42Z"


def test_same_inputs_give_the_same_record() -> None:
    assert record("adult_school") == record("adult_school")
    assert record("consensual_police").to_payload() == record("consensual_police").to_payload()


def test_time_is_recorded_in_utc_whatever_the_zone_given() -> None:
    facts = CASES["safeguarding_school"]
    local = WHEN.astimezone(timezone(timedelta(hours=5, minutes=30)))
    built = build_record(facts, assess_mapping(facts), "school", local)
    assert built.filename_stem == "case-record-20261130T0215Z"
    assert built.data["created_at"] == "2026-11-30T02:15:42Z"


def test_filename_stem_is_safe_for_any_file_system() -> None:
    assert re.fullmatch(r"case-record-\d{8}T\d{4}Z", record("adult_school").filename_stem)


# --------------------------------------------------------------------------- refusals


def test_naive_time_is_refused() -> None:
    facts = CASES["safeguarding_school"]
    with pytest.raises(RecordError, match="timezone-aware"):
        build_record(facts, assess_mapping(facts), "school", datetime(2026, 11, 30, 2, 15))


def test_stale_assessment_is_refused() -> None:
    before = assess_mapping(CASES["safeguarding_school"])
    changed = {**CASES["safeguarding_school"], "coercion": True}
    with pytest.raises(RecordError, match="does not match the facts"):
        build_record(changed, before, "school", WHEN)


@pytest.mark.parametrize(
    ("facts", "words"),
    [({"pictured_age": "15"}, "pictured_age"), ({"name": "x"}, "unknown fact key")],
)
def test_bad_facts_are_refused_naming_the_key(facts: dict[str, Any], words: str) -> None:
    with pytest.raises(RecordError, match=words):
        build_record(facts, assess_mapping({}), None, WHEN)


def test_broken_assessment_is_refused() -> None:
    facts = CASES["safeguarding_school"]
    broken = assess_mapping(facts)
    del broken["factors"]
    with pytest.raises(RecordError, match="factors"):
        build_record(facts, broken, "school", WHEN)
    with pytest.raises(RecordError, match="level"):
        build_record(facts, {**assess_mapping(facts), "level": "panic"}, "school", WHEN)


def test_unknown_role_is_refused() -> None:
    facts = CASES["safeguarding_school"]
    with pytest.raises(RecordError, match="role"):
        build_record(facts, assess_mapping(facts), "teacher", WHEN)


# --------------------------------------------------------------------------- safe markdown


HOSTILE = "<script>alert(1)</script> **bold** [click](javascript:alert(1)) | cell ` `code` _x_"


@pytest.mark.parametrize("role", ["police", "school", "parent"])
def test_text_from_elsewhere_cannot_change_the_markup(role: str) -> None:
    facts = {**CASES["adult_school"], "role": role}
    assessment = copy.deepcopy(assess_mapping(facts))
    assessment["factors"][0]["effect"] = HOSTILE
    assessment["factors"][0]["url"] = "javascript:alert(1)"
    assessment["actions"][0]["text"] = "# not a heading\n\n- not a list"
    assessment["signposts"][0]["name"] = HOSTILE
    plain = build_record(facts, assess_mapping(facts), role, WHEN)
    hostile = build_record(facts, assessment, role, WHEN)
    html = python_markdown.markdown(hostile.markdown, extensions=["tables"])
    assert "<script" not in html
    assert "javascript:" not in html.replace("[click](javascript:alert(1))", "")
    assert 'href="javascript' not in html
    assert "<strong>bold</strong>" not in html
    assert "<h1>not a heading" not in html
    clean = python_markdown.markdown(plain.markdown, extensions=["tables"])
    for tag in ("<tr>", "<li>", "<h1>", "<h2>", "<table>", "<em>"):
        assert html.count(tag) == clean.count(tag), tag


def test_levels_have_titles_and_meanings() -> None:
    assert (
        set(LEVEL_TITLES)
        == set(LEVEL_MEANINGS)
        == {
            "emergency",
            "referral",
            "safeguarding",
            "out_of_scope",
        }
    )
