"""The words around a cue: its clause, the text just before it and just after it.

The reader works on plain text with character offsets (those of Rasa's entities), so
it needs no tokenizer. A "clause" here is the stretch of text between punctuation or
joining words ("but", "and"): a negation or a person's description rarely crosses one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Where one clause ends and the next begins.
CLAUSE_BREAK = re.compile(
    r"[.;:!?\n,()\[\]]|\s[-–—]\s|"
    r"\b(?:but|however|although|though|whereas|yet|and|then|because|since|so|while|whilst|"
    r"except|also|plus)\b",
    re.I,
)
#: Where a sentence ends (a looser limit, for descriptions of a person).
SENTENCE_BREAK = re.compile(r"[.;!?\n]")
WORD = re.compile(r"[\w']+")


@dataclass(frozen=True)
class Span:
    """A cue located in the text: its label, text and character offsets."""

    label: str
    value: str
    start: int
    end: int


#: "a nude of her self": the reflexive typed as two words.
SELF_SPLIT = re.compile(r"\b(him|her|them|my|your)\s(self|selves)\b", re.I)


def normalise(text: str) -> str:
    """Straighten curly apostrophes and join "her self" (same length, so entity offsets
    stay valid: "her self" becomes "herself ")."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return SELF_SPLIT.sub(lambda found: found[1] + found[2] + " ", text)


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text``, or None."""
    matches = list(pattern.finditer(text))
    return matches[-1] if matches else None


def clause_before(text: str, position: int) -> str:
    """The text from the start of the clause holding ``position`` up to it."""
    head = text[:position]
    last = last_match(CLAUSE_BREAK, head)
    return head[last.end() :] if last else head


def sentence_before(text: str, position: int) -> str:
    """The text from the start of the sentence holding ``position`` up to it."""
    head = text[:position]
    last = last_match(SENTENCE_BREAK, head)
    return head[last.end() :] if last else head


def sentence_after(text: str, position: int) -> str:
    """The text from ``position`` to the end of its sentence."""
    tail = text[position:]
    found = SENTENCE_BREAK.search(tail)
    return tail[: found.start()] if found else tail


def words(text: str) -> list[str]:
    return WORD.findall(text)


def first_words(text: str, count: int) -> str:
    """The first ``count`` words of ``text``, with what lies between them."""
    matches = list(WORD.finditer(text))
    if len(matches) <= count:
        return text
    return text[: matches[count - 1].end()]


def last_words(text: str, count: int) -> str:
    """The last ``count`` words of ``text``, with what lies between them."""
    matches = list(WORD.finditer(text))
    if len(matches) <= count:
        return text
    return text[matches[-count].start() :]
