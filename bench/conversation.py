"""The scripted conversations the benchmark plays over REST, one per bot.

Ours: a full case. The user greets, describes a case in their own words, then answers
what the bot asks the way a hurried user would: the role by its button payload
(``/inform{"role": ...}``), the place by its button, every yes/no question with
``/deny``, and an age with a number. The conversation ends with the reply that carries
``custom.assessment`` (CONTRACT §2). Answering "no" to everything always finishes a case.

Stock: the conversation that ``rasa init`` ships (greet, mood, affirm, goodbye).

The logic here is pure: it reads the bot's replies and returns the next message, so it
is unit-tested without a server, and a reply it cannot answer is reported, never guessed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

Reply = Mapping[str, Any]

#: Case descriptions without immediate risk, so "no" to every question ends the case.
#: They differ in how much they state, hence in how many questions follow.
CASE_NARRATIVES: tuple[str, ...] = (
    "A 15 year old girl sent a topless picture of herself to her boyfriend, who is also 15.",
    "A 14-year-old sent nudes to her 19 year old boyfriend on Snapchat.",
    "a year 9 girl sent a nude to her boyfriend who is 14, he showed his mates",
    "A year 10 lad is being blackmailed by someone online who says they'll send his pics "
    "to his friends unless he pays £100.",
    "Some year 9 boys used a nudify app to make fake nudes of a 13 year old girl in their "
    "class and shared them.",
    "I found out a pupil sent a photo of herself in her underwear to someone.",
)

#: The roles the case conversations answer with, in turn.
ROLES: tuple[str, ...] = ("school", "police", "parent", "trainer")

#: The answer to an age question.
AGE_ANSWER = "15"

#: The stock bot's own conversations (its data/stories.yml): greet, mood, affirm, bye.
STOCK_SCRIPTS: tuple[tuple[str, ...], ...] = (
    ("hello", "I am sad", "yes", "goodbye"),
    ("hi", "I am great", "bye"),
    ("hey there", "not good", "yes", "see you later"),
    ("good morning", "very good", "goodbye"),
)

#: A bound on turns: a case that needs more has got stuck, which is an error.
MAX_CASE_TURNS = 30


class StuckConversation(RuntimeError):
    """The bot replied with something the script cannot answer (or never finished)."""


class Script(Protocol):
    """One conversation: the first message, then the next message for each reply list."""

    def first(self) -> str: ...

    def next(self, replies: Sequence[Reply]) -> str | None: ...


def button_payloads(replies: Iterable[Reply]) -> list[str]:
    """All button payloads among the replies, in order."""
    return [
        str(button.get("payload", ""))
        for reply in replies
        for button in reply.get("buttons") or []
        if isinstance(button, Mapping)
    ]


def has_assessment(replies: Iterable[Reply]) -> bool:
    """Whether a reply carries the assessment payload: the end of a case."""
    return any(
        isinstance(reply.get("custom"), Mapping) and "assessment" in reply["custom"]
        for reply in replies
    )


def notice(replies: Iterable[Reply]) -> dict[str, Any] | None:
    """A channel notice (the guarded REST channel answered without the bot), if any."""
    for reply in replies:
        custom = reply.get("custom")
        if isinstance(custom, Mapping) and isinstance(custom.get("notice"), Mapping):
            return dict(custom["notice"])
    return None


def _inform_value(payload: str, key: str) -> str | None:
    """The value of ``key`` in an ``/inform{...}`` payload, or None."""
    if not payload.startswith("/inform{"):
        return None
    try:
        entities = json.loads(payload[len("/inform") :])
    except json.JSONDecodeError:
        return None
    value = entities.get(key) if isinstance(entities, dict) else None
    return str(value) if value is not None else None


def answer_question(replies: Sequence[Reply], role: str) -> str:
    """The answer to the question the bot asked, chosen from its buttons.

    Raises :class:`StuckConversation` when the replies hold no question the script knows.
    """
    payloads = button_payloads(replies)
    roles = [p for p in payloads if _inform_value(p, "role") is not None]
    if roles:
        chosen = [p for p in roles if _inform_value(p, "role") == role]
        return (chosen or roles)[0]
    places = [p for p in payloads if _inform_value(p, "jurisdiction") is not None]
    if places:
        england = [p for p in places if _inform_value(p, "jurisdiction") == "england"]
        return (england or places)[0]
    if "/deny" in payloads:
        return "/deny"
    if "/dont_know" in payloads:  # the age questions offer only "Not sure"
        return AGE_ANSWER
    texts = " | ".join(str(reply.get("text", "")) for reply in replies)
    raise StuckConversation(f"no question to answer in: {texts[:300]!r}")


@dataclass
class CaseScript:
    """A full case: greeting, narrative, answers, until the assessment arrives."""

    narrative: str
    role: str = "school"
    greeting: str = "hi"
    turns: int = field(default=0, init=False)
    _narrated: bool = field(default=False, init=False)

    def first(self) -> str:
        self.turns = 1
        return self.greeting

    def next(self, replies: Sequence[Reply]) -> str | None:
        """The next message, or None once the assessment has arrived."""
        found = notice(replies)
        if found:
            raise StuckConversation(f"channel notice instead of a reply: {found}")
        if has_assessment(replies):
            return None
        if self.turns >= MAX_CASE_TURNS:
            raise StuckConversation(f"no assessment after {self.turns} turns")
        self.turns += 1
        if not self._narrated:
            self._narrated = True
            return self.narrative
        return answer_question(replies, self.role)


@dataclass
class FixedScript:
    """A fixed list of messages (the stock bot's conversation), whatever the replies."""

    messages: tuple[str, ...]
    turns: int = field(default=0, init=False)

    def first(self) -> str:
        if not self.messages:
            raise ValueError("a fixed script needs at least one message")
        self.turns = 1
        return self.messages[0]

    def next(self, replies: Sequence[Reply]) -> str | None:
        found = notice(replies)
        if found:
            raise StuckConversation(f"channel notice instead of a reply: {found}")
        if not replies:
            raise StuckConversation(f"no reply to {self.messages[self.turns - 1]!r}")
        if self.turns >= len(self.messages):
            return None
        self.turns += 1
        return self.messages[self.turns - 1]


def case_script(user: int, index: int) -> CaseScript:
    """The ``index``-th case of ``user``: narratives and roles rotate, so runs are comparable."""
    position = user * 7 + index
    return CaseScript(
        narrative=CASE_NARRATIVES[position % len(CASE_NARRATIVES)],
        role=ROLES[position % len(ROLES)],
    )


def stock_script(user: int, index: int) -> FixedScript:
    """The ``index``-th stock conversation of ``user``."""
    return FixedScript(STOCK_SCRIPTS[(user * 3 + index) % len(STOCK_SCRIPTS)])


#: Messages whose NLU parse time is measured, for each bot (its own kind of input).
PARSE_TEXTS: dict[str, tuple[str, ...]] = {
    "ours": (*CASE_NARRATIVES, "hi", "yes", "no", "15", "not sure", "should I look at the image?"),
    "stock": ("hello", "I am sad", "yes", "goodbye", "I am great", "are you a bot?", "no way"),
}
