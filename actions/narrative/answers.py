"""Short answers to the age questions: "15", "fifteen", "about 14", "14 or 15".

Used only while the form asks for ``pictured_age`` or ``other_age`` and the message
has no age entity. A range answers with its LOWER end for the pictured child and its
HIGHER end for the other person: never under-escalate. Numbers that are plainly not
ages ("3 photos", "£50", "rang 101") and long messages are ignored: a long message is
a description, read by the entity rules, not an answer.
"""

from __future__ import annotations

import re

from actions.narrative.ages.person import NOT_YET
from actions.narrative.ages.words import UNIT_AFTER
from actions.narrative.context import words
from actions.narrative.numbers import NUMBER_WORDS, parse_numbers
from actions.narrative.vocabulary import MAX_AGE, MIN_AGE

MAX_ANSWER_WORDS = 8
NUMBER = re.compile(
    r"\d+|\b(?:"
    + "|".join(NUMBER_WORDS)
    + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?\b",
    re.I,
)
NOT_AN_AGE_BEFORE = re.compile(
    r"(?:[£$€]|\b(?:rang|ring|call(?:ed)?|dial(?:led)?|phoned?|year|yr|y|p|s|top|number|no\.?|"
    r"claim(?:s|ed|ing)?\s+to\s+be|pretend(?:s|ed|ing)?\s+to\s+be))\s*$",
    re.I,
)


def bare_age_answer(text: str, requested_slot: str) -> dict[str, int]:
    """``{requested_slot: age}`` when ``text`` is a short age answer, else ``{}``."""
    if len(words(text)) > MAX_ANSWER_WORDS:
        return {}
    numbers: list[int] = []
    for found in NUMBER.finditer(text):
        if NOT_AN_AGE_BEFORE.search(text[: found.start()]) or UNIT_AFTER.match(text[found.end() :]):
            continue
        if found.group().lower() == "one":
            continue  # "just the one person": a count, not an age
        parsed = parse_numbers(found.group())
        if NOT_YET.search(text[: found.start()]):
            parsed = [max(MIN_AGE, parsed[0] - 1), *parsed]
        numbers.extend(parsed)
    if not numbers or any(not MIN_AGE <= number <= MAX_AGE for number in numbers):
        return {}
    age = min(numbers) if requested_slot == "pictured_age" else max(numbers)
    return {requested_slot: age}
