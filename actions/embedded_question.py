"""A guidance question inside a case description, answered before the case goes on.

"Police Scotland - can I use outcome 21 for two 15yos who swapped pics?" is a case and a
question. The NLU gives the message one intent; when that intent is a guidance question,
a rule answers it and the case then starts (``actions.replies.continue_with_case``).
When the description wins (``describe_incident``, ``inform``, ``correct_fact``), the
question would be lost: the NLU component ``nlu.embedded_question`` classifies the
question part on its own, and this module answers it first, before the confirmation and
the next question (the order of docs/API.md §3).

No Rasa import: the message is the plain dict Rasa gives, and the dispatcher anything
with ``utter_message``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from actions.guidance import knowledge
from actions.intents import DESCRIPTION_INTENTS
from actions.topic_answers import send_topic_answer

#: Where the NLU component (``nlu.embedded_question``) puts what it found in the parse
#: data: ``{"topic": id, "confidence": p}``.
EMBEDDED_KEY = "embedded_question"

#: Where a question may open: a sentence's start, or a clause's after a comma, a dash or
#: a joining word ("two 15yos swapped pics, can I use Outcome 21", "... and do I tell mum").
_OPENING = (
    r"(?:^\W*(?:(?:hi|hiya|hello|hey|um+|er|sorry|quick\s+one|question)\W+)?|[,;:]\s*|\s[-–—]\s*|"
    r"\b(?:and|but|so|also|or|just|ok|okay|pls|please|help)\s+)"
)
#: Words that make a sentence ask something: a question mark; a verb before its subject at
#: an opening ("can I use Outcome 21"), not inside a statement ("he did it because",
#: "is she ok" asks, "she is 14" does not); a question word at an opening or after a word
#: of not knowing ("not sure whether we tell the parents"); "any advice".
QUESTION_CUE = re.compile(
    rf"\?|{_OPENING}(?:can|should|must|do|does|did|will|would|could|is|are|am|may|have|has|shall)\s+"
    r"(?:i|we|he|she|they|you|it|my|our|the|this|that|his|her|their|there)\b|"
    r"^\W*(?:who|whom)\b|"  # not ", who is 17": a relative clause
    rf"{_OPENING}(?:what|how|why|whether)\b(?!\s+happened\b)|"
    r"\b(?:know|sure|wondering|wonder|ask|asking|advise|tell\s+me|unsure|idea|clue|understand|"
    r"check|confirm|question\s+is|(?:advice|guidance|help)\s+on)\s+(?:\w+\s+)?"
    r"(?:what|how|why|whether|if|(?:who|when|where)\s+to)\b|"
    # run on, with no stop before it: "hes 18 im 15 is it illegal to send him a pic",
    # "... will i get in trouble"
    r"\b(?:is|are|am|was)\s+(?:it|this|that|i|we|he|she|they)\s+(?:illegal|legal|allowed|ok|okay|"
    r"a\s+crime|against\s+the\s+law|true|wrong|my\s+fault|her\s+fault|his\s+fault|normal|serious)\b|"
    r"\b(?:can|will|could|would|do|does|should|shall|must)\s+(?:i|we|he|she|they|you|it|this|that)\s+"
    r"(?:get|be|go|need|needs|still|report|tell|ask|use|call|have\s+to|keep|delete)\b|"
    r"\bany\s+(?:advice|guidance)\b",
    re.IGNORECASE,
)
#: Sentence ends (a question mark stays with its sentence).
SENTENCE = re.compile(r"[^.!?\n]+[.!?]*", re.MULTILINE)
#: "what do I do" and the like ask for next steps, which the case's card gives.
NEXT_STEPS_ONLY = re.compile(
    r"^\W*(?:so\s+|and\s+|but\s+)?(?:what\s+(?:do|should|can|shall)\s+(?:i|we)\s+do|"
    r"what\s+now|what\s+next|what\s+are\s+(?:my|the)\s+next\s+steps|help|any\s+advice|"
    r"what\s+(?:do|should)\s+(?:i|we)\s+do\s+(?:now|next)|where\s+do\s+(?:i|we)\s+start)"
    r"\W*(?:please|pls|plz)?\W*$",
    re.IGNORECASE,
)

#: How sure the topic model must be before the question is answered: a wrong answer
#: before the case costs the user a screen, a missed one only a later question. Chosen on
#: 25 of the project's own description-with-a-question examples, never on the blind
#: sets: questions with no topic ("is this serious?", "who do I call?") scored at most
#: 0.23, questions with one at least 0.35 (docs/NLU.md).
MIN_CONFIDENCE = 0.3


def question_part(text: str) -> str | None:
    """The sentence of a message that asks something (the last such), or None.

    "PC here. Two 15yos swapped pics. Can I use Outcome 21?" gives "Can I use Outcome 21?";
    "... swapped pics, what do I do?" gives None: next steps come with the case's card.
    """
    if text.startswith("/"):
        return None
    asking = [s.strip() for s in SENTENCE.findall(text) if QUESTION_CUE.search(s)]
    if not asking:
        return None
    question = asking[-1]
    if NEXT_STEPS_ONLY.match(question) or NEXT_STEPS_ONLY.match(question_tail(question)):
        return None
    return question


def question_tail(question: str) -> str:
    """The last clause of a question sentence: "two 15yos swapped pics, can I use Outcome
    21?" gives "can I use Outcome 21?" (the whole sentence when it has one clause)."""
    return re.split(r"[,;:]\s+|\s+[-–—]\s+", question)[-1].strip()


def embedded_topic(message: Mapping[str, Any], topic_ids: frozenset[str]) -> str | None:
    """The guidance topic a description also asks about, or None.

    Only for a message the NLU read as a description, whose question the NLU component
    classified with at least :data:`MIN_CONFIDENCE`.
    """
    intent = (message.get("intent") or {}).get("name")
    found = message.get(EMBEDDED_KEY)
    if intent not in DESCRIPTION_INTENTS or not isinstance(found, Mapping):
        return None
    topic = str(found.get("topic") or "")
    confident = float(found.get("confidence") or 0) >= MIN_CONFIDENCE
    return topic if topic in topic_ids and confident else None


def answer_embedded_question(
    dispatcher: Any, message: Mapping[str, Any], facts: Mapping[str, Any]
) -> None:
    """Answer the question a description also asks, tailored to the case's role and nation."""
    topic = embedded_topic(message, frozenset(knowledge.topic_ids()))
    if topic:
        send_topic_answer(
            dispatcher,
            topic,
            facts.get("role"),
            facts.get("jurisdiction"),
            facts.get("pictured_age"),
        )
