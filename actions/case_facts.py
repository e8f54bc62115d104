"""Translate between the Rasa tracker and the engine's case facts.

The slot names are the contract's fact keys, so this module only has to pick
the fact slots out of the tracker, read new facts from the latest message, and
check every value with the engine's own validation before it reaches a slot.
Nothing here decides anything about the case: that is the engine's job.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from actions.checklist import NextAsk, plan_next_ask
from actions.guidance.assessment import Assessment, assess
from actions.guidance.facts import FACT_KEYS, FactError, Facts, parse_facts

# Re-exported for the modules that read the intent groups through this one.
from actions.intents import NON_FACT_INTENTS as NON_FACT_INTENTS
from actions.intents import is_topic_intent as is_topic_intent
from actions.intents import topic_of as topic_of
from actions.narrative import read_facts, typist_in_crisis, young_person_in_danger

#: Facts about the asker rather than the incident: on their own they do not start a case.
CONTEXT_FACTS = frozenset({"role", "jurisdiction"})


def case_described(facts: Mapping[str, Any]) -> bool:
    """Whether anything of the case itself is known, beyond who is asking and where."""
    return not set(facts) <= CONTEXT_FACTS


def facts_from_slots(slots: Mapping[str, Any]) -> dict[str, Any]:
    """The known case facts held in the tracker's slots (unknown facts left out)."""
    return {key: slots.get(key) for key in FACT_KEYS if slots.get(key) is not None}


def slots_set_this_turn(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Slots set since the latest user message (Rasa SDK's own helper stops earlier,
    at the first event that is not a slot)."""
    values: dict[str, Any] = {}
    for event in reversed(events):
        if event.get("event") == "user":
            break
        if event.get("event") == "slot":
            values.setdefault(event["name"], event.get("value"))
    return values


def valid_facts(facts: Mapping[str, Any]) -> bool:
    """Whether ``facts`` taken together are acceptable to the engine (no contradiction)."""
    try:
        parse_facts(dict(facts))
    except FactError:
        return False
    return True


def valid_fact(key: str, value: Any) -> bool:
    """Whether ``value`` is acceptable for fact ``key`` under the engine's own rules."""
    try:
        parse_facts({key: value})
    except FactError:
        return False
    return True


#: The component whose entities are evidence in the words of a message; any other
#: entity was given as a value, e.g. by a button ``/inform{"role": "police"}``.
WORD_ENTITY_EXTRACTOR = "SpacyEntityExtractor"


def from_words(entity: Mapping[str, Any]) -> bool:
    """Whether the entity was found in the message's words (not given as a value)."""
    return entity.get("extractor") == WORD_ENTITY_EXTRACTOR


def structured_facts(entities: list[dict[str, Any]]) -> tuple[dict[str, Any], list[str]]:
    """Facts given as values, e.g. by a button ``/inform{"role": "police"}``.

    They go through the same validation as words, so ``/inform{"pictured_age": 999}``
    never reaches the engine; the refused keys are returned so the user can be told.
    """
    accepted: dict[str, Any] = {}
    refused: list[str] = []
    for entity in entities:
        if from_words(entity) or entity.get("entity") not in FACT_KEYS:
            continue
        key, value = entity["entity"], entity.get("value")
        if valid_fact(key, value):
            accepted[key] = value
        else:
            refused.append(key)
    return accepted, refused


def text_entities(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entities found in the message text (by the spaCy entity ruler)."""
    return [entity for entity in entities if from_words(entity)]


@dataclass(frozen=True)
class MessageReading:
    """What one user message says: valid facts, refused values, denied cues, and the two
    readings of who is pictured when the words do not say (``actions.pictured_choice``)."""

    facts: dict[str, Any]
    refused: list[str]
    negated: tuple[str, ...] = ()
    pictured_choices: tuple[dict[str, Any], ...] = ()
    shared_place: str | None = None


def read_message(
    message: Mapping[str, Any],
    requested_slot: str | None,
    jurisdiction: str | None,
    role: str | None = None,
) -> MessageReading:
    """Read the facts stated in one user message (``role``: who the user said they are).

    Facts from the words come from the narrative reader; facts from structured entities
    (buttons, ``/intent{...}``) are validated the same way. Every value returned is valid
    for its key.
    """
    entities = list(message.get("entities") or [])
    from_buttons, refused = structured_facts(entities)
    text = message.get("text") or ""
    if text.startswith("/"):  # an intent given directly: its values are not words
        return MessageReading(from_buttons, refused)
    reading = read_facts(
        text,
        text_entities(entities),
        requested_slot=requested_slot,
        jurisdiction=jurisdiction,
        role=role,
    )
    facts = {key: value for key, value in reading.facts.items() if valid_fact(key, value)}
    facts.update(from_buttons)
    choices = tuple(asdict(choice) for choice in reading.pictured_choices)
    return MessageReading(facts, refused, reading.negated, choices, reading.shared_place)


def facts_in_message(
    message: Mapping[str, Any], requested_slot: str | None, jurisdiction: str | None
) -> tuple[dict[str, Any], list[str], tuple[str, ...]]:
    """``(facts, refused_keys, negated_cues)`` of one user message (:func:`read_message`)."""
    reading = read_message(message, requested_slot, jurisdiction)
    return reading.facts, reading.refused, reading.negated


def user_in_crisis(message: Mapping[str, Any]) -> bool:
    """Whether the person typing says they are in crisis themselves ("I can't cope").

    Read only when the entity ruler found a risk cue, so an ordinary message costs
    nothing more; the reader decides whether it is said of the person typing ("I'd
    honestly rather be dead"), from the risk cues alone: the message's full reading
    (ages, roles) is not done a second time.
    """
    found = _words_with_a_risk_cue(message)
    return found is not None and typist_in_crisis(*found)


def young_person_typing_in_danger(message: Mapping[str, Any], role: str | None) -> bool:
    """Whether the person typing is in danger and may be the child in the case (``role``:
    who the user already said they are): the 999 reply is then worded for them. Read, as
    :func:`user_in_crisis`, only when the entity ruler found a risk cue."""
    found = _words_with_a_risk_cue(message)
    return found is not None and young_person_in_danger(*found, role)


def _words_with_a_risk_cue(
    message: Mapping[str, Any],
) -> tuple[str, list[dict[str, Any]]] | None:
    """The message's words and entities when the entity ruler found a risk cue in them
    (not a payload); None otherwise."""
    entities = list(message.get("entities") or [])
    text = message.get("text") or ""
    if text.startswith("/") or not any(
        entity.get("entity") == "immediate_risk" for entity in entities
    ):
        return None
    return text, text_entities(entities)


@lru_cache(maxsize=256)
def assessment_of(facts: Facts) -> Assessment:
    """The engine's assessment of ``facts``, remembered for the next call with equal facts.

    The engine is pure, so this is the same answer. It saves work at the end of a case:
    the form's last check (nothing left to ask) and the assessment reply that follows it
    assess the same facts, and the search for open questions is the engine's costliest
    step (up to about 1 ms). Facts and assessments are immutable, so sharing one is safe.
    """
    return assess(facts)


def next_question(facts: Mapping[str, Any], unknown_facts: list[str]) -> str | None:
    """The fact to ask next, or ``None`` when nothing still unknown could change the result.

    The user's role comes first when it is not known (it changes the steps, never
    the level); after that the engine's ``open_questions`` decide, most decisive
    first, skipping what the user has said they do not know.
    """
    return next_ask(facts, unknown_facts, one_at_a_time=True).requested


def next_ask(
    facts: Mapping[str, Any],
    unknown_facts: list[str],
    *,
    one_at_a_time: bool = False,
    risk_first: bool = False,
) -> NextAsk:
    """What to ask next: one fact, or several yes/no facts as one checklist (docs/API.md §3).

    The role first when it is not known; then the engine's open questions in its order,
    skipping what the user said they do not know, with the checkable facts grouped
    (``actions.checklist``) unless the user prefers one question at a time. When words
    of risk were heard (``risk_first``), the risk question comes before everything,
    the role included: help first when it is urgent.
    """
    open_questions = assessment_of(parse_facts(dict(facts))).open_questions
    remaining = [key for key in open_questions if key not in unknown_facts]
    if risk_first and "immediate_risk" in remaining:
        return NextAsk("immediate_risk")
    if facts.get("role") is None and "role" not in unknown_facts:
        return NextAsk("role")
    return plan_next_ask(remaining, one_at_a_time)
