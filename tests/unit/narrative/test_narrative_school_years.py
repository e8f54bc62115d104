"""School years -> age ranges, per jurisdiction (docs/NARRATIVE.md has the tables)."""

from __future__ import annotations

import pytest

from actions.narrative.school_years import school_year_ages

TABLE = [
    # England and Wales: Year N = N+4 .. N+5
    ("year 1", "england", (5, 6)),
    ("year 7", "england", (11, 12)),
    ("Year 9", "england", (13, 14)),
    ("yr 10", "wales", (14, 15)),
    ("Y11", "england", (15, 16)),
    ("year13", "wales", (17, 18)),
    ("year 12/13", "england", (16, 18)),
    ("years 9 and 10", "england", (13, 15)),
    ("year nine", "england", (13, 14)),
    ("in reception", "england", (4, 5)),
    ("primary school", "england", (4, 11)),
    # Northern Ireland: Year N = N+3 .. N+4, P1-P7 are Years 1-7
    ("year 8", "northern_ireland", (11, 12)),
    ("year 10", "northern_ireland", (13, 14)),
    ("year 14", "northern_ireland", (17, 18)),
    ("P7", "northern_ireland", (10, 11)),
    ("primary school", "northern_ireland", (4, 11)),
    # a year of secondary by its ordinal: S N in Scotland, Year N+6 in England and Wales,
    # Year N+7 in Northern Ireland (secondary starts in Year 8); "S.3" is S3
    ("fourth year at high school", "scotland", (14, 16)),
    ("second year pupil", "scotland", (12, 14)),
    ("second year at secondary", "england", (12, 13)),
    ("first year at secondary", "northern_ireland", (11, 12)),
    ("S.3", "scotland", (13, 15)),
    # Scotland: P N = N+3 .. N+5, S N = N+10 .. N+12
    ("P1", "scotland", (4, 6)),
    ("P7", "scotland", (10, 12)),
    ("primary 6", "scotland", (9, 11)),
    ("S1", "scotland", (11, 13)),
    ("S3", "scotland", (13, 15)),
    ("S6", "scotland", (16, 18)),
    ("primary school", "scotland", (4, 12)),
    ("year 9", "scotland", (13, 14)),  # not a Scottish term: read as England's
    # sixth form, whatever the jurisdiction
    ("sixth form", "england", (16, 17)),
    ("6th former", "northern_ireland", (16, 17)),
    ("lower sixth", "england", (16, 17)),
    ("upper sixth", "wales", (17, 18)),
]


@pytest.mark.parametrize(("value", "jurisdiction", "ages"), TABLE)
def test_school_year_gives_the_ages_of_the_children_in_it(value, jurisdiction, ages):
    assert school_year_ages(value, jurisdiction) == ages


@pytest.mark.parametrize(
    ("value", "jurisdiction"),
    [
        ("year 14", "england"),  # England stops at Year 13
        ("year 15", "northern_ireland"),
        ("S7", "scotland"),
        ("P8", "scotland"),
        ("year 0", "england"),
        ("year 12/14", "england"),  # one impossible end spoils the range
        ("form", "england"),
    ],
)
def test_a_stage_outside_the_table_gives_no_age(value, jurisdiction):
    assert school_year_ages(value, jurisdiction) is None


@pytest.mark.parametrize("number", range(1, 14))
def test_england_and_wales_agree_and_northern_ireland_is_a_year_younger(number):
    england = school_year_ages(f"year {number}", "england")
    assert school_year_ages(f"year {number}", "wales") == england
    assert school_year_ages(f"year {number}", "northern_ireland") == (
        england[0] - 1,
        england[1] - 1,
    )
