"""Whose age is it? Ages and school years -> ``pictured_age`` and ``other_age``.

Every ``age`` or ``school_year`` entity becomes a :class:`Mention`: a range of ages
(one age is a range of one; "14 or 15" and "Year 9" are ranges) and the person it is
said of, decided from the words around it, in this order:

1. a claimed age ("claiming to be 16", "pretending to be a 15 year old") is dropped:
   it says nothing true about anyone;
2. "both 15", "two 14 year olds", "they're both in year 9": both people;
3. "a picture of a 14 year old", "nudes of his ex who's in year 11": the pictured child;
4. "in the photo", "the victim is 15", "she was 13 when it was taken": the pictured child;
5. an adult or partner noun next to it ("a 25-year-old man", "her 19 year old
   boyfriend", "the man is about 40", "the recipient is 18"): the other person;
6. "sent it to a 15 year old", "sexting with a 22 year old", "asked by a 17 year old":
   the other person ("sent by a girl aged 13" and "got a nude from a girl 13": the
   pictured child, who sent her own image); then "the older lad is 19", "another
   15 year old": the other person;
7. what the person did next: sent a nude / took a photo of herself / was pressured or
   groomed -> pictured child; asked for, received, shared, holds the image, threatened
   -> the other person.

Then: the pictured age is the YOUNGEST age said of the pictured child, the other age
the OLDEST said of the other person (never under-escalate). An age given in years
beats a school year for the same person. Ages said of nobody in particular go: to the
slot being asked (``requested_slot``) when there is one such age; otherwise the
youngest to the pictured child and the oldest to the other person, except that a lone
age of 18 or more goes to the other person (an adult is then involved, which is the
safe reading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from actions.narrative.context import (
    Span,
    clause_before,
    first_words,
    sentence_after,
    sentence_before,
)
from actions.narrative.numbers import FIRST_NUMBER, parse_numbers
from actions.narrative.school_years import school_year_ages
from actions.narrative.vocabulary import (
    ADULT_AGE,
    IMAGE_NOUNS,
    MAX_AGE,
    MIN_AGE,
    NEUTRAL_PERSON_NOUNS,
    OTHER_PERSON_NOUNS,
    PICTURED_PERSON_NOUNS,
)

Person = Literal["pictured", "other", "both", "skip"] | None

DET = r"(?:a|an|the|her|his|their|this|that|some|my|our|your|another)"
ADJ = r"(?:older|younger|adult|male|female|teenage|young|grown)"
LINK = r"(?:who\s*(?:'s|is|was)|that\s+(?:is|was)|is|was|'s|aged?|in|from|at|of|also|now|about|around|only|just|,|\()"
_I = re.I

# 1. Claimed ages.
CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?|pos(?:es|ed|ing)\s+as|supposedly|"
    r"profile\s+(?:said|says)|(?:said|says|saying)\s+(?:he|she|they)\s*(?:was|were|is|are|'s|'re)\s+only|"
    r"thought\s+(?:he|she|they)\s+(?:was|were)|lied\s+about\s+(?:his|her|their)\s+age)"
    r"(?:\s+to\s+be)?(?:\s+(?:a|an|only|just|about|around))*\s*(?:'s|is|was|aged?)?\s*$",
    _I,
)
# 2. Both people.
BOTH = re.compile(
    r"\b(?:both|two|2|all)\s+(?:(?:of\s+them|are|were|aged?|in|being|just|about|around|now)\s+)*$",
    _I,
)
BOTH_VALUE = re.compile(r"^\s*(?:both|two|2|all)\b", _I)
# 3. The picture is of them.
IMAGE_OF = re.compile(
    rf"\b(?:{IMAGE_NOUNS})\s+of\s+(?:{DET}\s+)?"
    rf"(?:(?!(?:to|by|with|for|and|or|from|sent|shared)\b)[\w'-]+\s+){{0,2}}?"
    rf"(?:{LINK}\s*)*$",
    _I,
)
# 4. The pictured child, named as such.
PICTURED_HEAD = re.compile(
    rf"\b(?:{PICTURED_PERSON_NOUNS})\s*(?:{LINK}\s*)*$|"
    rf"\b(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE_NOUNS})\s*(?:{LINK}\s*)*$|"
    rf"\bpictured\s*(?:{LINK}\s*)*$",
    _I,
)
OWN_BODY = (
    r"(?:her|his|their)\s+(?:own|breasts?|boobs|chest|body|bottom|bum|backside|genitals|"
    r"genitalia|privates|private\s+parts|penis|vagina|willy|dick|bits|nipples?|underwear|bra|"
    r"knickers|pants|boxers|naked|nude|top\s+half|face)"
)
PICTURED_NEXT = re.compile(
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s+)?(?:{PICTURED_PERSON_NOUNS})\b|"
    rf"^\W*(?:(?:{NEUTRAL_PERSON_NOUNS})\s*)?'s\s+(?:[\w-]+\s+){{0,2}}?(?:{IMAGE_NOUNS})\b|"
    rf"^\W*(?:[\w']+\s+){{0,3}}?(?:in|pictured\s+in|shown\s+in)\s+the\s+(?:{IMAGE_NOUNS})\b|"
    rf"^\W*(?:[\w']+\s+){{0,2}}?when\s+(?:(?:the|her|his|it|she|he|they|this|that)\s+)?"
    rf"(?:(?:{IMAGE_NOUNS})\s+)?(?:was|were)\s+(?:taken|made|sent|filmed|recorded)\b|"
    rf"^\W*(?:[\w']+\s+){{0,2}}?when\s+(?:she|he|they)\s+(?:took|sent|made|filmed)\b",
    _I,
)
# 5. The other person, named as such.
OTHER_NEXT = re.compile(rf"^\W*(?:{ADJ}\s+)?(?:{OTHER_PERSON_NOUNS})\b", _I)
OTHER_HEAD = re.compile(rf"\b(?:{OTHER_PERSON_NOUNS})\s*(?:{LINK}\s*)*$", _I)
OTHER_ADJECTIVE_HEAD = re.compile(
    rf"\b(?:older|other|another|oldest|eldest)\s+(?:(?:{NEUTRAL_PERSON_NOUNS})\s+)?(?:{LINK}\s*)*$",
    _I,
)
# 6. Prepositions.
PREPOSITION = re.compile(
    rf"\b(?P<prep>to|by|from|with)\s+(?:{DET}\s+)?(?:{ADJ}\s+)?"
    rf"(?:(?:{NEUTRAL_PERSON_NOUNS})\s+(?:{LINK}\s*)*)?$",
    _I,
)
SENT_BEFORE = re.compile(r"\b(?:sent|send|sending|given|shown)\b", _I)
RECEIVED_BEFORE = re.compile(
    r"\b(?:received|receiving|got|getting|gets|(?:was|been|being)\s+sent|has\s+(?:a|an|the|some))\b",
    _I,
)
# 7. What they did.
SELF_IMAGE = re.compile(
    r"\b(?:of|at)\s+(?:herself|himself|themselves|themself)\b|\b(?:her|his|their)\s+own\b|"
    r"\bselfies?\b|\b(?:film(?:ed|s|ing)?|record(?:ed|s|ing)?|livestream(?:ed|s|ing)?|"
    r"photograph(?:ed|s|ing)?|strip(?:ped|s|ping)?)\s+(?:herself|himself|themselves)\b",
    _I,
)
PASSIVE_VICTIM = re.compile(
    r"\b(?:was|were|been|being|is|are|got|gets|get)\s+(?:(?:repeatedly|also|then|being)\s+)?"
    r"(?:pressured|pressurised|coerced|groomed|threatened|blackmailed|forced|tricked|persuaded|"
    r"manipulated|bullied|asked|exploited|extorted|sextorted|targeted|approached|contacted|"
    r"filmed|photographed|recorded|hacked|catfished)\b",
    _I,
)
HAD_IMAGE_MADE = re.compile(
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE_NOUNS})"
    rf"(?:\s+of\s+(?:her|him|them|herself|himself|themselves))?\s+(?:made|shared|posted|leaked|"
    rf"sent|spread|taken|created|put|uploaded|circulated)\b|"
    rf"\bha(?:s|d|ve)\s+had\s+(?:[\w'-]+\s+){{0,4}}?(?:{IMAGE_NOUNS})\s+of\s+(?:her|him|them)\b",
    _I,
)
PASSIVE_RECEIPT = re.compile(
    r"\b(?:was|were|been|being|got|gets|get)\s+(?:sent|given|shown|forwarded|airdropped)\b", _I
)
SENT_OTHERS_IMAGE = re.compile(
    rf"\b(?:sent|sends|sending|shared|shares|sharing|posted|posting|forwarded|showed|shown|"
    rf"uploaded|airdropped|made|makes|making|created|creates|creating|generated|edited|took|"
    rf"taking|taken|takes|filmed|filming|films|recorded|recording|photographed)\s+"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{IMAGE_NOUNS})\s+of\s+"
    rf"(?!herself|himself|themselves|themself|{OWN_BODY}\b)",
    _I,
)
SENT_OWN_IMAGE = re.compile(
    rf"\b(?:sent|sends|sending|send|took|takes|taking|made|makes|making|filmed|films|filming|"
    rf"recorded|livestream\w*|swapped|swapping|exchanged|exchanging|sexting|shared|sharing|"
    rf"shares)\b"
    rf"(?:\s+[\w'-]+){{0,4}}?\s+(?:{IMAGE_NOUNS}|semi\s+nudes?)\b",
    _I,
)
OTHER_ACTION = re.compile(
    r"\b(?:asked|asks|asking|requested|requests|requesting|demanded|demanding|received|receives|"
    r"receiving|got|gets|getting|shared|shares|sharing|forwarded|forwards|forwarding|showed|"
    r"shows|showing|posted|posts|posting|uploaded|screenshotted|threatened|threatening|threatens|"
    r"blackmailed|blackmailing|pressured|pressuring|groomed|grooming|coerced|coercing|"
    r"(?:has|had|have|holds|held|kept|keeps|possess(?:es|ed)?)\s+(?:got\s+)?(?:a|an|the|some|"
    r"several|nudes|pics|pictures|images|photos|videos|indecent|explicit|naked)|"
    r"(?:was|been)\s+caught\s+with|made\s+(?:a\s+|an\s+)?(?:fake|ai|deepfake|nudified))\b",
    _I,
)
AFTER_STOP = re.compile(
    r"[.;:!?,()]|\b(?:but|because|although|though|whereas|so|while|whilst)\b|"
    r"\b(?:says|said|told|tells|reports|reported|thinks|thought|claims|explained|"
    r"disclosed|admits|admitted)\b|"
    rf"(?<=\s)(?:a|an|the|his|her|their|another|some)\s+"
    rf"(?:{ADJ}\s+)?(?:{NEUTRAL_PERSON_NOUNS}|{OTHER_PERSON_NOUNS})\b|"
    r"\band\s+(?:he|she|they|i|we|it|the|her|his|a|an|then|now)\b|"
    r"\b(?:he|she|they)\s+(?:'s|is|was|has|had|sent|asked|then)\b",
    _I,
)
UNIT_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:photos?|pictures?|pics?|images?|videos?|nudes?|times?|days?|weeks?|"
    r"months?|hours?|minutes?|mins?|seconds?|people|kids|pupils|students|friends|boys|girls|"
    r"others|of\b|%|percent|pm\b|am\b|o'clock|messages?|texts?|snaps?|followers|schools?|"
    r"quid|pounds?|miles?|(?:years?|yrs?)\s+(?:ago|back|before|later|earlier|since))",
    _I,
)
UNDER = re.compile(r"\bunder\b", _I)
#: "turns 16 next month", "she'll be 14 in June": a year younger now.
NOT_YET = re.compile(r"\b(?:turns|turning|will\s+be|'ll\s+be|going\s+to\s+be)\s*$", _I)
OVER = re.compile(r"\bover\b|\+", _I)


@dataclass(frozen=True)
class Mention:
    """An age range said of someone; ``exact`` is False for a school year."""

    low: int
    high: int
    start: int
    exact: bool
    person: Person = None


def mentions(text: str, spans: list[Span], jurisdiction: str) -> list[Mention]:
    """Age and school-year mentions, with the person each is said of (None: unknown)."""
    found: list[Mention] = []
    for span in spans:
        mention = _mention(text, span, jurisdiction)
        if mention is not None:
            found.append(replace(mention, person=_person(text, span, mention)))
    return [mention for mention in found if mention.person != "skip"]


def _mention(text: str, span: Span, jurisdiction: str) -> Mention | None:
    if span.label == "school_year":
        ages = school_year_ages(span.value, jurisdiction)
        return Mention(ages[0], ages[1], span.start, exact=False) if ages else None
    if span.label != "age":
        return None
    if UNIT_AFTER.match(text[span.end :]):
        return None  # "is 3 weeks", "was 2 photos": not an age
    value = span.value
    both_prefix = BOTH_VALUE.match(value)
    if both_prefix and len(parse_numbers(value)) > 1:
        value = value[both_prefix.end() :]
    numbers = parse_numbers(value)
    if not numbers or any(not MIN_AGE <= number <= MAX_AGE for number in numbers):
        return None
    low, high = min(numbers), max(numbers)
    if UNDER.search(value):
        low = high = max(MIN_AGE, low - 1)
    elif OVER.search(value):
        high = low
    first = FIRST_NUMBER.search(value)
    number_start = span.start + (span.value.find(value) if value != span.value else 0)
    number_start += first.start() if first else 0
    if NOT_YET.search(text[:number_start]):
        low = max(MIN_AGE, low - 1)
    return Mention(low, high, number_start, exact=True)


def _person(text: str, span: Span, mention: Mention) -> Person:
    head = sentence_before(text, mention.start)
    near_head = clause_before(text, mention.start)
    after = _after(text, span.end)
    both = BOTH.search(near_head) or BOTH_VALUE.match(span.value)
    if CLAIMED.search(head):
        return "skip"
    if both:
        return "both"
    if IMAGE_OF.search(head):
        return "pictured"
    if PICTURED_HEAD.search(head) or PICTURED_NEXT.search(after):
        return "pictured"
    if OTHER_NEXT.search(after) or OTHER_HEAD.search(head):
        return "other"
    if preposition := _by_preposition(head):
        return preposition
    if OTHER_ADJECTIVE_HEAD.search(head):
        return "other"
    return _by_action(after)


def _after(text: str, end: int) -> str:
    if text[end : end + 1] == "." and text[max(0, end - 3) : end].lower() == "y.o":
        end += 1  # "13 y.o. daughter": the abbreviation's full stop ends no sentence
    tail = first_words(sentence_after(text, end), 10)
    stop = AFTER_STOP.search(tail)
    return tail[: stop.start()] if stop else tail


def _by_preposition(head: str) -> Person:
    found = PREPOSITION.search(head)
    if not found:
        return None
    before = head[: found.start()]
    preposition = found["prep"].lower()
    if preposition in ("to", "with"):
        return "other"
    if preposition == "by":
        return "pictured" if SENT_BEFORE.search(before) else "other"
    return "pictured" if RECEIVED_BEFORE.search(before) else None


def _by_action(after: str) -> Person:
    if SELF_IMAGE.search(after) or PASSIVE_VICTIM.search(after) or HAD_IMAGE_MADE.search(after):
        return "pictured"
    if PASSIVE_RECEIPT.search(after) or SENT_OTHERS_IMAGE.search(after):
        return "other"
    if SENT_OWN_IMAGE.search(after):
        return "pictured"
    if OTHER_ACTION.search(after):
        return "other"
    return None


# --------------------------------------------------------------------------- resolution


def resolve(found: list[Mention], requested_slot: str | None) -> dict[str, int]:
    """Turn mentions into ``pictured_age`` / ``other_age`` (see the module docstring)."""
    pictured = [m for m in found if m.person in ("pictured", "both")]
    other = [m for m in found if m.person in ("other", "both")]
    loose = [m for m in found if m.person is None]
    pictured, other = _place_loose(pictured, other, loose, requested_slot)
    facts: dict[str, int] = {}
    if chosen := _prefer_exact(pictured):
        facts["pictured_age"] = min(m.low for m in chosen)
    if chosen := _prefer_exact(other):
        facts["other_age"] = max(m.high for m in chosen)
    return facts


def adult_among(found: list[Mention]) -> bool:
    """True when anyone is said to be 18 or over (an adult pictured counts too)."""
    return any(m.exact and m.low >= ADULT_AGE for m in found if m.person != "skip")


def _place_loose(
    pictured: list[Mention],
    other: list[Mention],
    loose: list[Mention],
    requested_slot: str | None,
) -> tuple[list[Mention], list[Mention]]:
    if not loose:
        return pictured, other
    if requested_slot == "pictured_age" and len(loose) == 1 and not pictured:
        return loose, other
    if requested_slot == "other_age" and len(loose) == 1 and not other:
        return pictured, loose
    adults = [m for m in loose if m.low >= ADULT_AGE]
    if pictured and other:
        return pictured, other + adults
    if pictured:
        return pictured, other + loose
    if other:
        children = [m for m in loose if m.low < ADULT_AGE]
        return children, other + adults
    if len(loose) == 1:
        return ([], loose) if adults else (loose, [])
    youngest = min(loose, key=lambda m: m.low)
    oldest = max(loose, key=lambda m: m.high)
    return [youngest], [oldest]


def _prefer_exact(found: list[Mention]) -> list[Mention]:
    """An age in years beats a school year for the same person."""
    exact = [m for m in found if m.exact]
    return exact or found
