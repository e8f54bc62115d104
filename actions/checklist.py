"""Ask less: several yes/no facts as one checklist, and negatives shown back (docs/API.md §3).

Pure Python, no Rasa import: the case form (``actions.case_form``) calls these to decide
what to ask next and to read the answer to a checklist; the wording is in
``actions.messages``.

- **What is asked next.** The engine's ``open_questions`` decide the order. A fact that
  may be checked with others (:data:`CHECKLIST_KEYS`) is asked together with every other
  such fact still open, as one "Do any of these apply?" message, unless the user asked
  for one question at a time or only one is open. ``immediate_risk``, ``adult_involved``
  and ``coercion`` are never in a checklist: each decides too much to be one tick among
  many, so each is asked on its own (docs/API.md §3).
- **Reading the answer.** "None of these" (or "no") sets every listed fact false; "not
  sure" leaves them all unknown; naming the ones that apply, in words or by number
  ("1 and 3"), sets those true and the rest are asked again, unless the user adds
  "nothing else"; a structured answer (``/inform{...}``) sets exactly what it names.
- **Negatives shown back.** "no pressure" or "he hasn't shown anyone" counts as false only
  once the bot has shown it back for correction (:func:`negatives_to_confirm`). A doubt
  about a risk of harm, or a denial of one form of it ("she's not suicidal"), is never
  read as a "no"; only the child's safety said in general words ("she's at home, safe")
  answers the risk question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from actions.guidance.facts import BOOL_KEYS

#: Facts never put in a checklist: each is asked on its own (docs/API.md §3).
ALWAYS_ASKED_ALONE = frozenset({"immediate_risk", "adult_involved", "coercion"})

#: The yes/no facts that may be asked together.
CHECKLIST_KEYS: tuple[str, ...] = tuple(key for key in BOOL_KEYS if key not in ALWAYS_ASKED_ALONE)

#: A stated negative of these is shown back but never counts as a "no": "she's not
#: suicidal" does not rule out every risk of harm, so the risk question is still asked.
NEVER_FALSE_FROM_WORDS = frozenset({"immediate_risk"})

#: The smallest checklist worth sending; one fact is asked as its own question.
MIN_CHECKLIST = 2

NONE_OF_THESE = re.compile(
    r"^\s*(?:no+|nope|nah|none(?:\s+of\s+(?:these|those|them|the\s+above))?|neither|"
    r"nothing(?:\s+like\s+that)?|no\s+to\s+all|not\s+any(?:\s+of\s+(?:these|those|them))?|"
    r"none\s+apply|none\s+of\s+that|no,?\s+none(?:\s+of\s+(?:these|those|them))?)"
    r"(?:\s+appl(?:y|ies))?\s*[.!]*\s*$",
    re.IGNORECASE,
)
REST_DO_NOT_APPLY = re.compile(
    r"\b(?:nothing\s+else|none\s+of\s+the\s+(?:others|rest)|no\s+others?|the\s+rest\s+(?:no|don'?t)|"
    r"(?:only|just)\s+(?:that|those|this|these|them)|that'?s\s+(?:all|it))\b",
    re.IGNORECASE,
)
ONE_AT_A_TIME = re.compile(
    r"\b(?:one\s+(?:at\s+a\s+time|by\s+one|question\s+at\s+a\s+time)|separately|"
    r"individually|each\s+in\s+turn)\b",
    re.IGNORECASE,
)
#: An answer made only of item numbers: "1 and 3", "2", "1, 4 & 5", "number 2",
#: "the first one", "first and third", "the last one".
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ITEM = rf"(?:\d{{1,2}}|{'|'.join(ORDINALS)}|last)"
NUMBERS_ONLY = re.compile(
    rf"^\s*(?:(?:the|number|no\.?|just|only)\s+)*(?:{_ITEM}(?:\s+one)?\s*(?:,|and|&|\+|/)?\s*"
    rf"(?:the\s+|number\s+)?)+[.!]?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NextAsk:
    """What the form asks next: one fact (``checklist`` empty) or several at once.

    ``requested`` is the fact key Rasa's ``requested_slot`` holds while it waits; for a
    checklist it is the first of ``checklist`` (docs/API.md §3). ``None``: nothing to ask.
    """

    requested: str | None
    checklist: tuple[str, ...] = ()


def plan_next_ask(open_questions: Sequence[str], one_at_a_time: bool = False) -> NextAsk:
    """The next question in the engine's order, with the other checkable facts beside it.

    The first open fact decides: when it may go in a checklist, every checkable fact still
    open goes with it, so the facts asked on their own (risk, an adult, pressure) keep
    their place before or after it.
    """
    if not open_questions:
        return NextAsk(None)
    first = open_questions[0]
    checkable = tuple(key for key in open_questions if key in CHECKLIST_KEYS)
    if one_at_a_time or first not in CHECKLIST_KEYS or len(checkable) < MIN_CHECKLIST:
        return NextAsk(first)
    return NextAsk(first, checkable)


@dataclass(frozen=True)
class ChecklistAnswer:
    """What an answer to a checklist settles.

    ``facts`` are the values to set; ``unknown`` the facts the user does not know;
    ``one_at_a_time`` asks for single questions from now on; ``which`` means "yes" without
    saying which (the checklist is asked again, as "which of these?"). An answer that
    settles nothing (``understood`` False) is left to the form's usual handling.
    """

    facts: dict[str, bool] = field(default_factory=dict)
    unknown: tuple[str, ...] = ()
    one_at_a_time: bool = False
    which: bool = False

    @property
    def understood(self) -> bool:
        return bool(self.facts or self.unknown or self.one_at_a_time or self.which)


def read_checklist_answer(
    text: str,
    intent: str | None,
    checklist: Sequence[str],
    stated: Mapping[str, Any],
    denied: Iterable[str] = (),
) -> ChecklistAnswer:
    """Read an answer to the checklist ``checklist``.

    ``stated`` holds the facts the message states in words or as a structured answer
    (already read by the narrative reader); ``denied`` the checklist facts it denies in
    words ("it wasn't shared"), which, as an answer to this very question, are a "no".
    """
    keys = tuple(checklist)
    if ONE_AT_A_TIME.search(text):
        return ChecklistAnswer(one_at_a_time=True)
    named = {key: value for key, value in stated.items() if key in keys and isinstance(value, bool)}
    named.update({key: False for key in denied if key in keys and key not in named})
    named.update({key: True for key in numbered_items(text, keys) if key not in named})
    if named:
        if REST_DO_NOT_APPLY.search(text):
            named.update({key: False for key in keys if key not in named})
        return ChecklistAnswer(facts=named)
    if text.startswith("/"):
        return _intent_answer(intent, keys)
    if NONE_OF_THESE.match(text) or intent == "deny":
        return ChecklistAnswer(facts={key: False for key in keys})
    return _intent_answer(intent, keys)


def _intent_answer(intent: str | None, keys: tuple[str, ...]) -> ChecklistAnswer:
    if intent == "deny":
        return ChecklistAnswer(facts={key: False for key in keys})
    if intent == "dont_know":
        return ChecklistAnswer(unknown=keys)
    if intent == "affirm":
        return ChecklistAnswer(which=True)
    return ChecklistAnswer()


def numbered_items(text: str, keys: Sequence[str]) -> list[str]:
    """The items picked by number in an answer such as "1 and 3" (numbers out of range
    are ignored; a message with anything but numbers is not a numbered answer)."""
    if not NUMBERS_ONLY.match(text):
        return []
    picked = []
    for item in re.findall(_ITEM, text, re.IGNORECASE):
        lowered = item.lower()
        if lowered == "last":
            picked.append(len(keys))
        elif lowered in ORDINALS:
            picked.append(ORDINALS.index(lowered) + 1)
        else:
            picked.append(int(item))
    return [keys[number - 1] for number in picked if 1 <= number <= len(keys)]


def negatives_to_confirm(
    negated: Iterable[str],
    known: Mapping[str, Any],
    *,
    correcting: bool = False,
    answered: str | None = None,
    safe_said: bool = False,
) -> list[str]:
    """The stated negatives to show back and then count as false.

    Only yes/no facts still unknown (or, in a correction, any: "actually he didn't
    share it"), never one that is never false from words, and not the fact the message
    answered directly (its "no" needs no showing back). ``safe_said``: the user said in
    general words that the child is safe now ("she's at home with mum, safe",
    ``actions.risk_reading.child_said_safe``), which does answer the risk question; a
    denial of one form of harm ("not suicidal") does not.
    """
    found = []
    for key in (*negated, *(("immediate_risk",) if safe_said else ())):
        never = key in NEVER_FALSE_FROM_WORDS and not (safe_said and key == "immediate_risk")
        if key not in BOOL_KEYS or never or key == answered:
            continue
        if known.get(key) is not None and not correcting:
            continue
        if key not in found:
            found.append(key)
    return found
