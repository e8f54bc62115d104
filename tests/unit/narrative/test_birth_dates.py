"""Ages from dates of birth: the age on the date the image was made, else today."""

from __future__ import annotations

from datetime import date

import pytest

from actions.narrative.birth_dates import birth_date_ages

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day and month known on both sides: one age
        ("V DOB 12/03/2010. Images sent on 20/03/2024", [(14, 14)]),
        ("V DOB 12/03/2010. Images sent on 11/03/2024", [(13, 13)]),
        # the event's month only: a later or earlier month decides it
        ("V DOB 12/03/2010. Images taken Jan 2024. Sus DOB 05/07/2006", [(13, 13), (17, 17)]),
        ("V DOB 09/2009 took images March 2024, Sus DOB 01/2008", [(14, 14), (16, 16)]),
        # the same month without a day, or a year alone: a range of two
        ("V DOB 11/2011, images sent in Nov 2024", [(12, 13)]),
        ("IP born 2012, images sent to a man", [(13, 14)]),
        # no event date: the age today
        ("born 14th June 2011", [(15, 15)]),
        ("d.o.b: 06/12/2010", [(15, 15)]),
        # the words between, the full name, dots and year-first dates
        ("Her DOB is 03/03/2012", [(14, 14)]),
        ("DOB of the IP 01/10/2011, DOB of Susp 02/02/2004", [(15, 15), (22, 22)]),
        ("Date of birth: 30.11.2009", [(17, 17)]),
        ("DOB 2013-01-31", [(13, 13)]),
        # a season: its last month, so the youngest the child can be
        ("born in the summer of 2012", [(14, 14)]),
        ("born in autumn 2012", [(14, 14)]),
    ],
)
def test_the_age_on_the_date_it_happened(text: str, expected: list[tuple[int, int]]) -> None:
    ages = birth_date_ages(text, today=TODAY)
    assert [(a.low, a.high) for a in ages] == expected


def test_an_event_before_the_birth_is_not_the_event() -> None:
    (age,) = birth_date_ages("referred in 2005. V DOB 2010", today=TODAY)
    assert (age.low, age.high) == (15, 16)


def test_no_date_of_birth_reads_nothing() -> None:
    assert birth_date_ages("images sent Jan 2024 by a boy of 15", today=TODAY) == []
    assert birth_date_ages("DOB 31/13/2010", today=TODAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a birthday today: the image made yesterday was made the day before it
        ("DOB: 05/12/2011. Sent explicit image of self yesterday evening.", [(14, 14)]),
        ("DOB: 05/12/2011. Sent explicit image of self.", [(15, 15)]),
        # a birthday inside a loose span: either age
        ("V DOB 25/11/2011, images sent last week", [(14, 15)]),
        ("V DOB 01/11/2011, images sent last week", [(15, 15)]),
        # a date said in full still wins over the loose words
        ("V DOB 12/03/2010. Images sent on 11/03/2024, reported last week", [(13, 13)]),
    ],
)
def test_the_age_on_a_day_said_from_today(text: str, expected: list[tuple[int, int]]) -> None:
    ages = birth_date_ages(text, today=TODAY)
    assert [(a.low, a.high) for a in ages] == expected
