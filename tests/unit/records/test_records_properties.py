"""Any valid facts make a record that states its level and guidance version (hypothesis)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions.guidance.assessment import assess_mapping
from actions.guidance.facts import AGE_KEYS, BOOL_KEYS, JURISDICTIONS, MAX_AGE, ROLES
from actions.records import build_record

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def facts_objects(draw: st.DrawFn) -> dict[str, Any]:
    """Contract facts objects: each key absent, null or a valid value; no contradictions."""
    values: dict[str, Any] = {}
    options: dict[str, st.SearchStrategy[Any]] = {
        "role": st.sampled_from(ROLES),
        "jurisdiction": st.sampled_from(JURISDICTIONS),
        **{key: st.integers(0, MAX_AGE) for key in AGE_KEYS},
        **{key: st.booleans() for key in BOOL_KEYS},
    }
    for key, strategy in options.items():
        choice = draw(st.sampled_from(["absent", "null", "value"]))
        if choice == "null":
            values[key] = None
        elif choice == "value":
            values[key] = draw(strategy)
    if (values.get("other_age") or 0) >= 18 and values.get("adult_involved") is False:
        values["adult_involved"] = True
    return values


moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(timezone.utc)
)


@SETTINGS
@given(
    facts=facts_objects(),
    role=st.none() | st.sampled_from(ROLES),
    created_at=moments,
    offset=st.integers(-12, 14),
)
def test_any_valid_facts_make_a_record_with_level_and_version(
    facts: dict[str, Any], role: str | None, created_at: datetime, offset: int
) -> None:
    assessment = assess_mapping(facts)
    zone = timezone(timedelta(hours=offset))
    built = build_record(facts, assessment, role, created_at.astimezone(zone))
    assert f"`{assessment['level']}`" in built.markdown
    assert f"`{assessment['guidance_version']}`" in built.markdown
    assert built.data["assessment"]["level"] == assessment["level"]
    assert built.data["guidance_version"] == assessment["guidance_version"]
    assert built.filename_stem == f"case-record-{created_at:%Y%m%dT%H%MZ}"
    assert built.markdown.count("| not known |") == sum(
        1 for value in built.data["facts"].values() if value is None
    )
    assert json.loads(json.dumps(built.to_payload())) == built.to_payload()
