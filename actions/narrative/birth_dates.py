"""Ages from dates of birth, as police notes give them: "V DOB 12/03/2010", "Sus DOB 01/2008".

An officer often has a date of birth rather than an age. The age that matters is the
age on the date the image was made, when the notes give one ("images taken Jan 2024",
"in Dec 2024", "yesterday evening", "last week"): ``pictured_age`` is the age "when the
image was made" (CONTRACT §1). With no such date, the age is taken today. A day said
loosely ("last week", "a few days ago") is a span of days, and a birthday inside it makes
the age a range of two.

A date with no day (or no month) leaves the age uncertain by a year: it is read as a
range, so :func:`actions.narrative.ages.resolve` takes its low end for the pictured
child and its high end for the other person, the reading that never under-escalates.
Dates are read day first, as in the UK.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

#: The months in English, whatever the machine's locale (``calendar`` follows the locale).
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
#: A month in words, whole or shortened, as an alternation: "March", "Jan", "Sept".
MONTH_WORDS = "|".join(
    [*MONTH_NAMES, "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept?", "Oct", "Nov", "Dec"]
)
#: "jan" .. "dec", the way a month name starts ("Sept" and "September" are both "sep").
MONTHS = tuple(name[:3].lower() for name in MONTH_NAMES)
_MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_NUMERIC = r"(?:(?P<day>\d{1,2})[/.-])?(?:(?P<month>\d{1,2})[/.-])?(?P<year>(?:19|20)\d{2})\b"
#: "2012-07-19": year first, as systems print it.
_ISO = r"(?P<iyear>(?:19|20)\d{2})-(?P<imonth>\d{1,2})-(?P<iday>\d{1,2})\b"
#: "born in summer 2011": the season's last month, so the age read is the youngest it can be.
SEASON_LAST_MONTH = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
_SEASON = (
    r"(?:the\s+)?(?P<season>spring|summer|autumn|fall)\s+(?:of\s+)?(?P<syear>(?:19|20)\d{2})\b"
)
_NAMED = rf"(?:(?P<nday>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<nmonth>{_MONTH_NAME})\s+(?P<nyear>(?:19|20)\d{{2}})\b"
#: "DOB 12/03/2010", "d.o.b: 09/2009", "born March 2010", "b. 2011".
BIRTH = re.compile(
    rf"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born(?:\s+(?:on|in))?|b\.)"
    # "Her DOB is 22/08/2011", "DOB of IP 09/09/2011", "Date of birth: 28.02.2010"
    rf"(?:\s+(?:is|was|of\s+(?:the\s+)?[\w-]+))?\s*[:\-]?\s*(?:{_ISO}|{_SEASON}|{_NUMERIC}|{_NAMED})",
    re.I,
)
#: When it happened: "Jan 2024", "in March 2024", "on 03/02/2024", "in 2023".
EVENT = re.compile(rf"(?:{_NAMED}|\b(?:in|on|during|since|from|dated?)\s+(?:{_NUMERIC}))", re.I)

#: When it happened, said from today: the days back it can have been (nearest, furthest).
DAYS_BACK = {
    "yesterday": (1, 1),
    "last night": (1, 1),
    "the other day": (1, 7),
    "a few days ago": (2, 7),
    "last week": (5, 13),
    "last weekend": (5, 9),
    "a couple of weeks ago": (10, 21),
    "a few weeks ago": (14, 42),
    "last month": (28, 62),
}
RELATIVE_EVENT = re.compile(
    r"\b(?:" + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in DAYS_BACK) + r")\b",
    re.I,
)


@dataclass(frozen=True)
class AgeRange:
    """An age range read whole from its words (a date of birth, "in his 30s", "a year
    older"), with where the words are."""

    start: int
    end: int
    low: int
    high: int
    said: str


@dataclass(frozen=True)
class _Date:
    year: int
    month: int | None
    day: int | None


def birth_date_ages(text: str, today: date | None = None) -> list[AgeRange]:
    """Every date of birth in ``text`` as an age on the event date (else today)."""
    births = [(found, _date(found)) for found in BIRTH.finditer(text)]
    if not births:
        return []
    taken = [(found.start(), found.end()) for found, _ in births]
    events = [
        _date(found)
        for found in EVENT.finditer(text)
        if all(found.end() <= s or found.start() >= e for s, e in taken)
    ]
    now = today or date.today()
    ages: list[AgeRange] = []
    for found, born in births:
        if born is None:
            continue
        when = next((e for e in events if e is not None and e.year >= born.year), None)
        low, high = _age_range(born, when) if when else _age_range_back(born, now, _days_back(text))
        if 0 <= low <= high <= 120:
            ages.append(AgeRange(found.start(), found.end(), low, high, found.group(0)))
    return ages


def _date(found: re.Match[str]) -> _Date | None:
    groups = found.groupdict()
    if groups.get("iyear"):
        parsed = _Date(int(groups["iyear"]), int(groups["imonth"]), int(groups["iday"]))
    elif groups.get("syear"):
        parsed = _Date(int(groups["syear"]), SEASON_LAST_MONTH[groups["season"].lower()], None)
    elif groups.get("year"):
        day, month = groups.get("day"), groups.get("month")
        if day and not month:  # "09/2009": the one number is the month
            day, month = None, day
        parsed = _Date(
            int(groups["year"]), int(month) if month else None, int(day) if day else None
        )
    elif groups.get("nyear"):
        name = groups["nmonth"].lower()[:3]
        day = groups.get("nday")
        parsed = _Date(int(groups["nyear"]), MONTHS.index(name) + 1, int(day) if day else None)
    else:
        return None
    if parsed.month is not None and not 1 <= parsed.month <= 12:
        return None
    if parsed.day is not None and not 1 <= parsed.day <= 31:
        return None
    return parsed


def _days_back(text: str) -> tuple[int, int]:
    """How many days before today the image was made, as far as the words say (0: today)."""
    found = RELATIVE_EVENT.search(text)
    if found is None:
        return 0, 0
    return DAYS_BACK[" ".join(found.group(0).lower().split())]


def _age_range_back(born: _Date, today: date, days_back: tuple[int, int]) -> tuple[int, int]:
    """The youngest and oldest the person can have been between those days before today."""
    nearest, furthest = (today - timedelta(days=days) for days in days_back)
    early = _age_range(born, _Date(furthest.year, furthest.month, furthest.day))
    late = _age_range(born, _Date(nearest.year, nearest.month, nearest.day))
    return early[0], late[1]


def _age_range(born: _Date, when: _Date) -> tuple[int, int]:
    """The youngest and oldest the person can have been on ``when``."""
    years = when.year - born.year
    if born.month is None or when.month is None:
        return years - 1, years
    if when.month != born.month:
        return (years, years) if when.month > born.month else (years - 1, years - 1)
    if born.day is None or when.day is None:
        return years - 1, years
    return (years, years) if when.day >= born.day else (years - 1, years - 1)
