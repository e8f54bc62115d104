"""School years and stages -> the ages of the children in them, per jurisdiction.

Each stage gives a range of ages (whole years) that a child in it can have at some
point of the school year, birthday cut-offs and the usual deferred entry included.
The reader then takes the YOUNGEST age for the pictured child (so the "under 13"
trigger is never missed) and the OLDEST for the other person (so an adult is never
missed). Tables (docs/NARRATIVE.md explains them):

- England and Wales (year starts in September, cut-off 1 September): Reception = 4-5,
  Year N = N+4 .. N+5 (Year 9 = 13-14, Year 13 = 17-18).
- Northern Ireland (cut-off 1 July, pupils start a year earlier): Year N (P1-P7 are
  Years 1-7) = N+3 .. N+4 (Year 8 = 11-12, Year 12 = 15-16, Year 14 = 17-18).
- Scotland (year starts in August, cut-off end of February, deferral common):
  P1-P7 = N+3 .. N+5 (P7 = 10-12), S1-S6 = N+10 .. N+12 (S1 = 11-13, S3 = 13-15).
- "Sixth form" with no year: 16-17; "lower sixth" 16-17, "upper sixth" 17-18.
- "Primary school": the whole primary range (England/Wales/NI 4-11, Scotland 4-12).

"Year N" is not a Scottish term: in Scotland it is read with the England table.
"P N" and "S N" are read with the Scottish table except "P N" in Northern Ireland.
A stage outside the table (Year 15, S7, P9) gives no age at all.
"""

from __future__ import annotations

import re

from actions.narrative.numbers import parse_numbers

AgeRange = tuple[int, int]

SIXTH_FORM: AgeRange = (16, 17)
LOWER_SIXTH: AgeRange = (16, 17)
UPPER_SIXTH: AgeRange = (17, 18)
RECEPTION: AgeRange = (4, 5)


def _england_year(number: int) -> AgeRange | None:
    return (number + 4, number + 5) if 1 <= number <= 13 else None


def _northern_ireland_year(number: int) -> AgeRange | None:
    return (number + 3, number + 4) if 1 <= number <= 14 else None


def _scottish_primary(number: int) -> AgeRange | None:
    return (number + 3, number + 5) if 1 <= number <= 7 else None


def _scottish_secondary(number: int) -> AgeRange | None:
    return (number + 10, number + 12) if 1 <= number <= 6 else None


def _year(number: int, jurisdiction: str) -> AgeRange | None:
    if jurisdiction == "northern_ireland":
        return _northern_ireland_year(number)
    return _england_year(number)


def _primary_stage(number: int, jurisdiction: str) -> AgeRange | None:
    if jurisdiction == "northern_ireland":
        return _northern_ireland_year(number) if number <= 7 else None
    return _scottish_primary(number)


def _primary_school(jurisdiction: str) -> AgeRange:
    if jurisdiction == "scotland":
        return (4, 12)
    return (4, 11)


ORDINALS = {
    word: number
    for number, words in enumerate(
        (
            ("first", "1st"),
            ("second", "2nd"),
            ("third", "3rd"),
            ("fourth", "4th"),
            ("fifth", "5th"),
            ("sixth", "6th"),
        ),
        start=1,
    )
    for word in words
}
_ORDINAL_YEAR = re.compile(rf"^(?P<ordinal>{'|'.join(ORDINALS)})\s+year\b", re.I)
_YEAR = re.compile(r"^(?:years?|yrs?\.?|y|blwyddyn)\s*\.?\s*(?P<numbers>.+?)s?$", re.I)
_STAGE = re.compile(r"^(?P<stage>[sp])\s*(?P<number>\d)s?$", re.I)
_PRIMARY_N = re.compile(r"^primary\s+(?P<number>\w+)$", re.I)


def school_year_ages(value: str, jurisdiction: str) -> AgeRange | None:
    """The age range of a school year or stage ("year 9", "S3", "sixth form"), or None."""
    text = re.sub(r"\s+", " ", value.strip().lower())
    if ordinal := _ORDINAL_YEAR.match(text):  # "fourth year at high school": S4, or Year 10
        number = ORDINALS[ordinal["ordinal"]]
        if jurisdiction == "scotland":
            return _scottish_secondary(number)
        return _years(
            [number + 6 if jurisdiction != "northern_ireland" else number + 7], jurisdiction
        )
    text = re.sub(r"^s\.\s*(?=\d)", "s", text)  # "S.3"
    if "sixth" in text or "6th" in text:
        if "lower" in text:
            return LOWER_SIXTH
        return UPPER_SIXTH if "upper" in text else SIXTH_FORM
    if "reception" in text:
        return RECEPTION
    if "gcse" in text:  # "in her GCSE year", "taking his GCSEs": Year 11 (Year 12 in NI)
        return _years([12 if jurisdiction == "northern_ireland" else 11], jurisdiction)
    if stage := _STAGE.match(text):
        number = int(stage["number"])
        if stage["stage"] == "s":
            return _scottish_secondary(number)
        return _primary_stage(number, jurisdiction)
    primary_n = _PRIMARY_N.match(text)
    numbers = parse_numbers(primary_n["number"]) if primary_n else []
    if numbers:
        return _primary_stage(numbers[0], jurisdiction)
    if "primary" in text:
        return _primary_school(jurisdiction)
    if year := _YEAR.match(text):
        return _years(parse_numbers(year["numbers"]), jurisdiction)
    return None


def _years(numbers: list[int], jurisdiction: str) -> AgeRange | None:
    ranges = [_year(number, jurisdiction) for number in numbers]
    if not ranges or any(found is None for found in ranges):
        return None
    return (min(low for low, _ in ranges), max(high for _, high in ranges))  # type: ignore[misc]
