"""Numbers as people write them: "15", "fifteen", "twenty-five", "14 or 15", "12/13"."""

from __future__ import annotations

import re

_UNIT_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)  # fmt: skip
_TEN_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS: dict[str, int] = {word: value for value, word in enumerate(_UNIT_WORDS)}
_TENS: dict[str, int] = {word: 10 * (index + 2) for index, word in enumerate(_TEN_WORDS)}
NUMBER_WORDS = tuple(_UNITS) + tuple(_TENS)
#: Each number word with its value ("fifteen": 15, "thirty": 30).
WORD_VALUES: dict[str, int] = {**_UNITS, **_TENS}

_TOKEN = re.compile(r"\d+|[a-z]+", re.I)
#: The first number in a piece of text (digits or a number word), for locating it.
FIRST_NUMBER = re.compile(r"\d+|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def parse_numbers(text: str) -> list[int]:
    """Return the numbers in ``text`` in order: digits and English number words.

    "twenty-five" and "twenty five" are one number (25); "14 or 15" and "12/13" are two.
    """
    tokens = [token.lower() for token in _TOKEN.findall(text)]
    numbers: list[int] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.isdigit():
            numbers.append(int(token))
        elif token in _TENS:
            value = _TENS[token]
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if following in _UNITS and 1 <= _UNITS[following] <= 9:
                value += _UNITS[following]
                index += 1
            numbers.append(value)
        elif token in _UNITS:
            numbers.append(_UNITS[token])
        index += 1
    return numbers
