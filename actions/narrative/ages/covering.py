"""An age in years beats a school year for the same person.

"Jake, 15, in Year 10": the school year is covered by the age and leaves the reading
(:func:`_cover_school_years`), decided by name, sex and side, or by the same person said
again; a school year that could not be the age's (too young for the year) stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from actions.narrative.ages.mention import _I, Mention, _said, _same_side
from actions.narrative.ages.words import (
    AFTER_STOP,
    IMAGE,
    NAME_BEFORE,
    NOT_A_NAME,
    PERSON_WORD,
    _by_action,
)
from actions.narrative.vocabulary import ADULT_AGE

#: The name right after a school year: "Year 11 student Jordan", "a girl in Year 8, Sophie".
NAME_AFTER = re.compile(r"^\W*(?:[a-z-]+\s+){0,2}?(?P<name>[A-Z][a-z]{2,})\b")
#: The name right before its school year: "Megan in Year 8", "Leo (Year 7", "Amir, Year 9".
NAME_BEFORE_YEAR = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s*(?:,\s*|\(\s*|\s+(?:is\s+|who\s+is\s+|was\s+)?(?:in\s+|from\s+)?)$"
)


#: Between a school year and an age of one person: no sentence break, deed or preposition
#: ("Two Year 7 pupils, a boy and a girl who are both 12", "a Year 10 girl (15)").
SAME_PERSON_GAP = 90
OTHER_PERSON_BETWEEN = re.compile(
    # (not the person typing: "a girl in Year 10 came to me today (she's 15)"; development
    # pictured set BA, 2026-12-07)
    r"[.;!?\n]|\b(?:to|with|by|w/)\b(?!\s+(?:me|us)\b)|\bfrom\b(?!\s*$)|"
    # "on my 15 yr olds phone of a girl in year 9": the one an image is of, someone else
    # (development pictured set AZ, 2026-12-07)
    rf"\bof\s+(?:a|an|another|some|two|three)\s+(?:[\w-]+\s+)?(?:{PERSON_WORD})\b|"
    # "my little brother is 11 and someone in year 8 sent him a nude": someone new named
    # (development pictured sets, 2026-12-07)
    r"\b(?:someone|somebody|some1|sum1)\b|"
    rf"\b(?:and|but)\s+(?:a|an|another)\s+(?:[\w-]+\s+)?(?:{PERSON_WORD})\s+(?:in|from)\s*$",
    _I,
)


def _cover_school_years(text: str, found: list[Mention], ends: dict[int, int]) -> list[Mention]:
    """Mark school years said of the same person as an age in years (it then wins).

    The same person: the two are on the same side and nothing between them (at most a
    short stretch of one sentence) says what someone did or names someone else by a
    preposition. "a 16-year-old boy ... shared them with a group of year 12s": the
    year 12s are other people, and their school year still counts. An age said of nobody
    right beside a year placed on one side takes that side (:func:`_placed_like`).
    """
    covered: list[Mention] = []
    sides: dict[int, Mention] = {}  # an age said of nobody -> the placed year it is said with
    groups = [_group_that_got_it(text, m) for m in found]  # read once, used twice
    found = [
        replace(m, person="other", weak=False) if m.person is None and group else m
        for m, group in zip(found, groups, strict=True)
    ]
    for mention, group in zip(found, groups, strict=True):
        same = (
            None if mention.exact or group else _age_of_the_same_person(text, found, mention, ends)
        )
        if same is not None:
            if (
                same.person is None
                and mention.person is not None
                and (
                    (not mention.weak and _next_to(found, mention, same))
                    or _said_again_by_sex(text, found, mention, same)
                )
            ):
                sides[same.start] = mention
            mention = replace(mention, covered=True)
        covered.append(mention)
    covered = [_placed_like(m, sides[m.start]) if m.start in sides else m for m in covered]
    covered = _cover_by_an_age_said_of_both(text, covered)
    covered = _cover_a_year_said_of_both(covered)
    return _cover_the_same_year_said_again(text, covered, ends)


#: A school year said in the plural: "Y11s", "year 12s", "S4's".
PLURAL_YEAR = re.compile(r"\d\s*['’]?s$", _I)
#: Where the image went, right before that year: "shared to a groupchat of about 20 Y11s",
#: "sent round the year 10s".
GOT_IT_BEFORE = re.compile(
    r"\b(?:to|with|round|around|among|amongst)\s+(?:the\s+|a\s+|all\s+(?:the\s+)?)?"
    r"(?:(?:group\s*chat|groupchat|gc|chat|group)\s+(?:of\s+)?)?"
    r"(?:(?:approx\.?|about|around|over|some|like|nearly|roughly)\s+)?(?:\d+\s+)?(?:other\s+)?$",
    _I,
)


def _group_that_got_it(text: str, year: Mention) -> bool:
    """ "shared to a groupchat of 20 Y11s": a year said in the plural, as those the image
    went to, is a group on the other side, never the one person whose age is said near it
    (development pictured sets, 2026-12-08)."""
    return (
        not year.exact
        and PLURAL_YEAR.search(year.said) is not None
        and GOT_IT_BEFORE.search(text[: year.start]) is not None
    )


#: An age said of everyone at once: "both 14", "they're both 15", "all 16" (in the age's
#: words), or "Both aged 13" (the "both" before them).
SAID_OF_BOTH = re.compile(r"^(?:(?:is|are|were|'re|’re)\s+)?(?:both|all)\b", _I)
BOTH_BEFORE = re.compile(r"\b(?:both|all)\s+(?:(?:are|were)\s+)?(?:aged?\s+)?$", _I)


def _cover_by_an_age_said_of_both(text: str, found: list[Mention]) -> list[Mention]:
    """ "S2 girl ... sent it to her boyfriend, also S2 ... Both aged 13": an age said of
    both people covers their school year, however far apart, when every school year
    it could be is the same one ("two yr 9s ..., both 14"). With two different years that
    fit ("Year 10 boys, both 14, ... a Year 9 girl") the age may be of one of them only,
    and nothing is covered."""
    for age in found:
        if not age.exact or age.person != "both":
            continue
        if not (SAID_OF_BOTH.match(age.said) or BOTH_BEFORE.search(text[: age.start])):
            continue
        years = [m for m in found if not m.exact and m.low <= age.low <= m.high]
        if years and len({_said(m) for m in years}) == 1:
            found = [replace(m, covered=True) if m in years else m for m in found]
    return found


def _cover_a_year_said_of_both(found: list[Mention]) -> list[Mention]:
    """ "juv F 13 has sent topless pic to bf M 13. Both yr 8": a school year said of both
    people is covered when each side already has an age in years that fits it (one of
    them may be said of nobody yet); the ages say exactly what the year only brackets
    (Year 8 is 12-13)."""
    for year in found:
        if year.exact or year.covered or year.person != "both":
            continue
        ages = [m for m in found if m.exact and not m.covered and year.low <= m.low <= year.high]
        fitting = {m.person for m in ages}
        # "Son (P7) and a girl in his class sent pics to each other. He's 11, she's 11 too":
        # two ages said of nobody, or one beside one placed, are the two sides
        if (
            {"pictured", "other"} <= fitting
            or (None in fitting and len(ages) >= 2 and fitting <= {None, "pictured", "other"})
            # "2 S4 pupils swapped nudes ..., she's 15 and he's 16": each said of both sides
            or (fitting == {"both"} and len({m.low for m in ages}) >= 2)
        ):
            found = [replace(m, covered=True) if m is year else m for m in found]
    return found


def _age_of_the_same_person(
    text: str, found: list[Mention], year: Mention, ends: dict[int, int]
) -> Mention | None:
    """The age in years said of the person a school year is said of, if any: it fits the
    year, is not of the other sex, and the words tie the two together."""
    return next(
        (
            age
            for age in found
            if age.exact
            and _fits(year, age)
            and not (year.sex and age.sex and year.sex != age.sex)
            and (
                _same_person(text, year, age, ends)
                or _both_of_the_typist(text, year, age)
                or _same_name(text, year, age, ends)
                or _same_sex_and_side(found, year, age)
                or _said_again_by_sex(text, found, year, age)
            )
        ),
        None,
    )


#: The person typing gives their own school year and age, in either order and apart: "im
#: in s2 ... im 13", "I'm 14 and in Year 9". Not in a message that tells of a time gone by
#: ("I was in Year 8 ... I'm 14 now"), nor one with many "I'm"s to tell apart.
_I_AM = r"\b(?:i['’]?m|im|i\s+am)"
TYPIST_YEAR_BEFORE = re.compile(rf"{_I_AM}\s+(?:(?:now|only|just)\s+)?(?:in\s+)?(?:an?\s+)?$", _I)
TYPIST_AGE_BEFORE = re.compile(rf"{_I_AM}\s+(?:(?:now|only|just|nearly|almost)\s+)?$", _I)
I_AM = re.compile(rf"{_I_AM}\b", _I)
#: "I was in Year 8 ...": a time gone by told in the same message.
I_WAS = re.compile(r"\bi\s+was\b", _I)
#: More "I'm"s than this and the year and the age may be said of different times.
MOST_SAID_OF_SELF = 3


def _both_of_the_typist(text: str, year: Mention, age: Mention) -> bool:
    """ "im in s2 and my big sister is 19 ... im 13": the typist's year and age."""
    if not (
        TYPIST_YEAR_BEFORE.search(text[: year.start])
        and TYPIST_AGE_BEFORE.search(text[: age.start])
    ):
        return False
    return len(I_AM.findall(text)) <= MOST_SAID_OF_SELF and I_WAS.search(text) is None


#: How far apart an age and its school year may be for the age to take the year's side.
NEXT_TO_GAP = 30


def _next_to(found: list[Mention], year: Mention, age: Mention) -> bool:
    """Said side by side: nobody else's age or year between them, and close."""
    low, high = sorted((year.start, age.start))
    return high - low <= NEXT_TO_GAP and not any(low < m.start < high for m in found)


def _placed_like(age: Mention, year: Mention) -> Mention:
    """ "Jake, 15, Year 10, sent a nude": the age said of nobody takes the side its own
    school year was placed on, since the year now gives way to it."""
    return replace(age, person=year.person, weak=year.weak, sex=age.sex or year.sex, deed=year.deed)


#: "another year 7", "a different Year 9", "his girlfriend (also Y6)": someone else in the
#: same year.
ANOTHER_BEFORE = re.compile(r"\b(?:another|other|different|also)\s+$", _I)
#: "The girls are all in Y10 too": the same year, said of someone else.
TOO_AFTER = re.compile(r"^\W*(?:too|as\s+well|also)\b", _I)
#: Where an image went: "the S3 chat", "the Year 9 group chat".
_CHAT = r"group\s*chat|gc|chat|whats\s*app\s+group|snap\s*chat\s+group|group"
#: "the whole S3 group chat", "the Year 9 boys": the year's group, not one person.
GROUP_AFTER = re.compile(
    rf"^\s*(?:{_CHAT}|year\s+group|boys|girls|lads|pupils|students|kids|class)\b", _I
)


def _a_years_group(text: str, year: Mention, ends: dict[int, int]) -> bool:
    """ "to the whole S3 group chat": the year's group got it, not the one person of that
    year whose age is said (a group placed in the image stays there)."""
    after = text[ends.get(year.start, year.start) :]
    return year.person != "pictured" and GROUP_AFTER.match(after) is not None


CHAT_AFTER = re.compile(rf"^\s*(?:{_CHAT})\b", _I)


def _a_years_chat(text: str, year: Mention, ends: dict[int, int]) -> bool:
    """ "posted in the S3 chat": its members got the image; they are the other side."""
    return CHAT_AFTER.match(text[ends.get(year.start, year.start) :]) is not None


def _cover_the_same_year_said_again(
    text: str, found: list[Mention], ends: dict[int, int]
) -> list[Mention]:
    """ "an image of an S2 pupil on his phone. The S2 pupil is 13": the same school year
    said again of the same side is the same person, covered by the age said with it; not
    "another year 7", nor "all in Y10 too", nor a pupil of the other sex, nor the year's
    group ("the whole S3 group chat"), which is on the other side."""
    covered = [m for m in found if not m.exact and m.covered]
    ages = [m for m in found if m.exact]
    found = [
        replace(m, person="other", weak=False)
        if m.person is None and _a_years_chat(text, m, ends)
        else m
        for m in found
    ]
    return [
        replace(m, covered=True)
        if not m.exact
        and not ANOTHER_BEFORE.search(text[: m.start])
        and not TOO_AFTER.match(text[ends.get(m.start, m.start) :])
        and not _a_years_group(text, m, ends)
        and any(_said(c) == _said(m) and _same_side(c, m) for c in covered)
        and any(_same_side(a, m) and _same_sex(a, m) and m.low <= a.low <= m.high for a in ages)
        else m
        for m in found
    ]


#: An age said with a pronoun: "She's 14", "he is 13".
PRONOUN_AGE = re.compile(r"^(?:she|he)\b|^['’]s\b|^is\b", re.I)


def _same_sex(age: Mention, year: Mention) -> bool:
    """Not told apart by sex: in "S3 girl ... a boy in S3 ... She's 14" her age, said with
    her pronoun, does not cover his school year."""
    if not PRONOUN_AGE.match(age.said.strip()):
        return True
    return age.sex is None or year.sex is None or age.sex == year.sex


#: How much older than its school year an adult's age may be and still be that pupil's
#: ("18 and still in Year 12"). An adult's age beside a Year 10 is someone else's.
OLDER_THAN_THE_YEAR = 2


def _fits(year: Mention, age: Mention) -> bool:
    """An age too young for the school year, by more than a year, is someone else's: "almost
    13 ... a lad in year 13" are two people; so is an age far older than the year ("An
    18-year-old ... has been messaging a Year 10 girl"). (A younger age with an older
    stage may tell of a time gone by: "aged 15 in Year 12, skipped a year in primary".)"""
    adult_beside_a_child = age.low >= ADULT_AGE and age.low > year.high + OLDER_THAN_THE_YEAR
    return year.low - 1 <= age.high and not adult_beside_a_child


def _same_sex_and_side(found: list[Mention], year: Mention, age: Mention) -> bool:
    """ "Year 10 lad sent a pic of himself to a Year 9 girl ... He's 15, she's 14": the only
    school year said of someone of that sex on that side, and an age in years of the same
    sex and side that fits the year, are one person."""
    if year.sex is None or year.person is None:
        return False
    if (age.sex, age.person) != (year.sex, year.person) or not year.low <= age.low <= year.high:
        return False
    same = [m for m in found if not m.exact and (m.sex, m.person) == (year.sex, year.person)]
    return len(same) == 1


#: The person a school year was said of, named again by a pronoun or a bare noun as the
#: subject of a new clause, right before their age: "... a Year 12 boy. Girl is thirteen",
#: "She's just turned 13", "she's 15".
SUBJECT_SAID_AGAIN = re.compile(
    r"(?:^|[.;!?]\s*|,\s*|\b(?:and|but|so|oh)\s+)"
    r"(?:she|he|(?:the\s+)?(?:girl|boy|lad|lass|lassie|laddie))\s*"
    r"(?:(?:is|was|['’]s)\s*)?(?:(?:only|just|actually)\s+)?(?:turned\s+)?$",
    _I,
)


def _said_again_by_sex(text: str, found: list[Mention], year: Mention, age: Mention) -> bool:
    """ "a Year 9 girl has been sending pictures to a Year 12 boy ... Girl is thirteen": an
    age said later of "she" or "the girl" is the age of the one school year said of
    someone of that sex, when it fits that year and nobody else of that sex has an age or
    a year; or, with the year's sex unsaid, of the one school year on the side the age
    was placed on ("sent nudes to an S5 pupil. He is sixteen."). The age then takes the
    year's side (an age in years beats a school year)."""
    if year.exact or not age.exact or age.later or age.person not in (None, year.person):
        return False
    if not _one_persons_year(found, year, age):
        return False
    if age.start < year.start or not year.low <= age.low <= year.high:
        return False
    if not SUBJECT_SAID_AGAIN.search(text[: age.start]):
        return False
    sex = year.sex or age.sex
    return not any(m.sex == sex for m in found if m is not year and m is not age)


def _one_persons_year(found: list[Mention], year: Mention, age: Mention) -> bool:
    """The school year is said of one person whom the later age may name: not a year said
    of two people ("a boy in her class"), nor a year placed on no side with nobody else in
    the message ("my daughter is in year 9 ... a boy in her class ... she's 13"); with the
    year's sex unsaid, the only school year on the side the age was placed on, and the
    age's sex said; with it said, the age's sex the same."""
    if year.person == "both" or (year.person is None and len(found) == 2):
        return False
    if year.sex is not None:
        return age.sex == year.sex
    if age.person is None and year.person is not None:
        # "A student in Year 11 has sent me a nude on Instagram. She's 16.": the only
        # school year in the message, placed by what that pupil did, said again by a
        # pronoun whose sex nobody else has (the caller checks that)
        return age.sex is not None and not any(not m.exact for m in found if m is not year)
    if age.person is None or age.sex is None:
        return False
    return not any(not m.exact and m.person == year.person for m in found if m is not year)


def _same_name(text: str, year: Mention, age: Mention, ends: dict[int, int]) -> bool:
    """The same first name beside the year and before the age: before its year ("Megan in
    Year 8 ... Megan is 12"), or after it on the same side ("Year 11 student Jordan ...
    Jordan is 16")."""
    before = NAME_BEFORE.search(text[: age.start])
    if before is None or before["name"] in NOT_A_NAME:
        return False
    if NAME_BEFORE_YEAR.search(text[: year.start]) and re.search(
        rf"\b{re.escape(before['name'])}\s+(?:\w+\s+){{0,2}}?$", text[: year.start]
    ):
        return True  # "Megan in Year 8 disclosed ... Megan is 12": the name said before its year
    if year.person != age.person:
        return False
    after = NAME_AFTER.match(text[ends.get(year.start, year.start) :])
    return bool(after and after["name"] == before["name"])


YEAR_NOUN = re.compile(rf"^\s*(?:{PERSON_WORD})\b", _I)
#: Between a school year and an age of the same person: "(he is", ", who is", "who's".
AGE_OF_THE_SAME = re.compile(
    r"^\s*(?:\(\s*(?:(?:he|she|they)\s*(?:is|['’]s|was|are|were)?|aged?|now)?|,?\s*(?:who\s+is|who['’]s|"
    r"who\s+was|aged?)|,|"
    # "the S4 girl who sent it is 15", "the S6 boy who got it is 17"
    r"who\s+(?:[\w'’]+\s+){1,3}?(?:is|was)(?:\s+(?:now|only|just))?)\s*$",
    _I,
)


#: Only a comma, a closing bracket or a date of birth in brackets between an age and a
#: school year: "Jake, 15, Year 10", "V is M/13 (DOB 22/06/2013), Year 9".
APPOSITION = re.compile(
    r"\s*(?:\(\s*(?:dob|d\.o\.b\.?|born)\b[^()]*)?\)?\s*,\s*"
    # "his ex, 14, who's in S3", "Ella, 12, in Year 7"
    r"(?:(?:who\s+is|who['’]s|who\s+was)\s+)?(?:in\s+)?",
    _I,
)


def _same_person(text: str, year: Mention, age: Mention, ends: dict[int, int]) -> bool:
    sides = {year.person, age.person}
    first, second = sorted((year, age), key=lambda m: m.start)
    between = text[ends.get(first.start, first.start) : second.start]
    # "the Year 10 boy (he is 15)", "a Y11 student who is 16": the year's own noun, then its age
    if not first.exact and AGE_OF_THE_SAME.match(YEAR_NOUN.sub("", between)):
        return _same_side(year, age)
    if first.exact and re.fullmatch(r"\s*\(\s*", between):
        return _same_side(year, age)  # "F15 (S4) sent ...": the year in brackets after the age
    if sides == {None} and first.exact and APPOSITION.fullmatch(between):
        return True  # "A pupil, 16, in Y11, sent ...": one person, placed on no side yet
    if None in sides and len(sides) == 2:  # "is in Year 10 and turned 15": one person
        if second is age and age.said.startswith("(") and between.rstrip().endswith("("):
            between = between.rstrip()[:-1]  # "a girl in my S4 class (15)": the age's bracket
        if APPOSITION.fullmatch(between):
            return True  # "Jake, 15, Year 10, sent ...", "M/13 (DOB 22/06/2013), Year 9"
        return not (
            re.search(rf"\b(?:{PERSON_WORD}|{IMAGE})\b", between, _I)
            or AFTER_STOP.search(between)
            or _by_action(between) is not None
        )
    if len(sides) > 1 and "both" not in sides:
        return False
    return (
        len(between) <= SAME_PERSON_GAP
        and not OTHER_PERSON_BETWEEN.search(between)
        and _by_action(between) is None
    )
