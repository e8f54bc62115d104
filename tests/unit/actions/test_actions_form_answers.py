"""Answers to the case form are read by the form alone, with the same result as before.

The global slot validation leaves a form answer to ``validate_case_form``; the Rasa
server then skips that call (``server/rasa_patches.py``). These tests show that the
form reads everything the global validation used to read from an answer, and that no
rule takes a form answer away from the form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from rasa_sdk.executor import CollectingDispatcher

from actions.case_form import ValidateCaseForm
from actions.form_answers import CASE_FORM, FORM_ANSWER_INTENTS, form_reads_message
from actions.slot_mappings import ValidateSlotMappings, message_fact_updates
from tests.unit.actions.conftest import make_tracker, slot_events

ROOT = Path(__file__).resolve().parents[3]
CASE = {"role": "school", "jurisdiction": "england", "pictured_age": 15}


def word_entity(text: str, word: str, label: str) -> dict[str, Any]:
    start = text.index(word)
    return {
        "entity": label,
        "value": word,
        "start": start,
        "end": start + len(word),
        "extractor": "SpacyEntityExtractor",
    }


#: Answers that state more than the question asked, as users type them mid-form:
#: (text, intent, requested slot, entities).
ANSWERS = [
    ("no, but he is 19", "deny", "coercion", [("he is 19", "age")]),
    ("not sure, he threatened to post it", "dont_know", "other_age", [("threatened", "coercion")]),
    ('/inform{"pictured_age": 999}', "inform", "pictured_age", []),
    ('/inform{"immediate_risk": true}', "inform", "immediate_risk", []),
    ("a 14 year old sent it to a 19 year old", "describe_incident", "coercion", []),
    ("sorry, she was actually 13", "correct_fact", "coercion", [("13", "age")]),
]


def answer_tracker(text: str, intent: str, requested: str, words: list, **extra: Any):
    entities = [word_entity(text, word, label) for word, label in words]
    if text.startswith("/inform"):
        key, value = next(iter(yaml.safe_load(text[len("/inform") :]).items()))
        entities = [{"entity": key, "value": value, "start": 7, "end": len(text), "extractor": "x"}]
    return make_tracker(
        text,
        intent,
        entities=entities,
        slots={**CASE, "requested_slot": requested, **extra.pop("slots", {})},
        active_loop=CASE_FORM,
        **extra,
    )


def test_only_form_answers_while_the_case_form_runs() -> None:
    assert form_reads_message(CASE_FORM, "deny")
    assert not form_reads_message(None, "deny")
    assert not form_reads_message("some_other_form", "deny")
    for intent in ("what_if", "ask_next_steps", "stop", "ask_law", "nlu_fallback", None):
        assert not form_reads_message(CASE_FORM, intent)


def rule_intents_mid_form() -> set[str]:
    """Intents that a rule handles while the case form is active (not the form)."""
    taken: set[str] = set()
    for path in sorted((ROOT / "data" / "rules").glob("*.yml")):
        for rule in yaml.safe_load(path.read_text(encoding="utf-8")).get("rules") or []:
            conditions = rule.get("condition") or []
            if {"active_loop": CASE_FORM} not in conditions:
                continue
            first = (rule.get("steps") or [{}])[0]
            options = first.get("or", [first])
            taken |= {step["intent"] for step in options if "intent" in step}
    return taken


def test_no_rule_takes_a_form_answer_away_from_the_form() -> None:
    taken = rule_intents_mid_form()
    assert taken, "the mid-form rules were not found"
    assert FORM_ANSWER_INTENTS.isdisjoint(taken)


@pytest.mark.parametrize(("text", "intent", "requested", "words"), ANSWERS)
async def test_the_global_validation_leaves_form_answers_to_the_form(
    domain, text, intent, requested, words
) -> None:
    tracker = answer_tracker(text, intent, requested, words)
    dispatcher = CollectingDispatcher()
    assert await ValidateSlotMappings().run(dispatcher, tracker, domain) == []
    assert dispatcher.messages == []


@pytest.mark.parametrize(("text", "intent", "requested", "words"), ANSWERS)
async def test_the_form_reads_an_answer_as_the_global_validation_did(
    domain, text, intent, requested, words
) -> None:
    """Before: the global validation's slots reached the form as candidates. Now: the
    form reads the message itself. The slots, the messages and the next question agree."""
    alone = answer_tracker(text, intent, requested, words)
    read = message_fact_updates(CollectingDispatcher(), alone)
    before = answer_tracker(text, intent, requested, words, slots_set_this_turn=read)
    form = ValidateCaseForm()
    now_says, before_says = CollectingDispatcher(), CollectingDispatcher()
    now = slot_events(await form.run(now_says, alone, domain))
    then = slot_events(await form.run(before_says, before, domain))
    assert now == then
    refused = [m for m in now_says.messages if "couldn't use" in (m.get("text") or "")]
    assert bool(refused) == (text == '/inform{"pictured_age": 999}')


async def test_the_form_reads_the_other_facts_in_an_answer(domain) -> None:
    text = "no, but he is 19"
    tracker = answer_tracker(text, "deny", "coercion", [("he is 19", "age")])
    values = slot_events(await ValidateCaseForm().run(CollectingDispatcher(), tracker, domain))
    assert values["coercion"] is False
    assert values["other_age"] == 19
    assert values["requested_slot"] not in {"coercion", "other_age"}


async def test_immediate_danger_in_an_answer_gets_the_999_reply_from_the_form(domain) -> None:
    tracker = answer_tracker('/inform{"immediate_risk": true}', "inform", "coercion", [])
    dispatcher = CollectingDispatcher()
    values = slot_events(await ValidateCaseForm().run(dispatcher, tracker, domain))
    assert values["immediate_risk"] is True
    assert values["emergency_notified"] is True
    assert [m.get("response") for m in dispatcher.messages] == ["utter_emergency"]
