"""The scripted conversations the benchmark plays over REST, one per bot.

Ours: a full case. The user greets, describes a case in their own words, then answers
what the bot asks as ``tools.client.HurriedUser`` does (the load test's user too): the
role by its button payload (``/inform{"role": ...}``, roles rotate), the place by its
button, a checklist "none of these", every yes/no question with ``/deny``, and an age
with a number. The conversation ends with the reply that carries ``custom.assessment``
(docs/API.md §2). Answering "no" to everything always finishes a case.

Stock: the conversation that ``rasa init`` ships (greet, mood, affirm, goodbye).

The logic here is pure: it reads the bot's replies and returns the next message, so it
is unit-tested without a server, and a reply it cannot answer is reported, never guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tools.client import HurriedUser, Reply, StuckConversation, notice_in

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

#: The stock bot's own conversations (its data/stories.yml): greet, mood, affirm, bye.
STOCK_SCRIPTS: tuple[tuple[str, ...], ...] = (
    ("hello", "I am sad", "yes", "goodbye"),
    ("hi", "I am great", "bye"),
    ("hey there", "not good", "yes", "see you later"),
    ("good morning", "very good", "goodbye"),
)

#: A bound on turns: a case that needs more has got stuck, which is an error.
MAX_CASE_TURNS = 30


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
        found = notice_in(replies)
        if found:
            raise StuckConversation(f"channel notice instead of a reply: {found}")
        if not replies:
            raise StuckConversation(f"no reply to {self.messages[self.turns - 1]!r}")
        if self.turns >= len(self.messages):
            return None
        self.turns += 1
        return self.messages[self.turns - 1]


def case_script(user: int, index: int) -> HurriedUser:
    """The ``index``-th case of ``user``: narratives and roles rotate, so runs are comparable."""
    position = user * 7 + index
    return HurriedUser(
        narrative=CASE_NARRATIVES[position % len(CASE_NARRATIVES)],
        role=ROLES[position % len(ROLES)],
        greeting="hi",
        max_turns=MAX_CASE_TURNS,
    )


def stock_script(user: int, index: int) -> FixedScript:
    """The ``index``-th stock conversation of ``user``."""
    return FixedScript(STOCK_SCRIPTS[(user * 3 + index) % len(STOCK_SCRIPTS)])


#: Messages whose NLU parse time is measured, for each bot (its own kind of input).
PARSE_TEXTS: dict[str, tuple[str, ...]] = {
    "ours": (*CASE_NARRATIVES, "hi", "yes", "no", "15", "not sure", "should I look at the image?"),
    "stock": ("hello", "I am sad", "yes", "goodbye", "I am great", "are you a bot?", "no way"),
}
