"""The intent table (``actions/intents.py``) agrees with ``domain.yml``.

Every non-topic intent of the domain has exactly one row, every row is a domain intent (or
one Rasa adds itself), every topic intent is a knowledge-base topic, and the groups keep the
relations the actions rely on: while the case form is active an intent is exactly one of a
form answer, a digression, a topic question or "other".
"""

from __future__ import annotations

from pathlib import Path

import yaml

from actions import case_facts, case_form, embedded_question, form_answers, intents
from actions.intents import (
    DESCRIPTION_INTENTS,
    DIGRESSION_INTENTS,
    FORM_ANSWER_INTENTS,
    GROUPS,
    INTENT_TABLE,
    NO_TOPIC_INTENTS,
    NON_FACT_INTENTS,
    OTHER_INTENTS,
    RASA_INTENTS,
    intents_in,
    is_topic_intent,
    topic_intents,
)

ROOT = Path(__file__).resolve().parents[2]


def domain_intents() -> frozenset[str]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return frozenset(
        next(iter(entry)) if isinstance(entry, dict) else entry for entry in domain["intents"]
    )


def test_every_row_is_a_domain_intent_or_a_rasa_one() -> None:
    assert set(INTENT_TABLE) - domain_intents() == RASA_INTENTS


def test_every_domain_intent_is_a_row_or_a_topic_never_both() -> None:
    domain = domain_intents()
    topics = frozenset(intent for intent in domain if is_topic_intent(intent))
    assert topics == topic_intents(), "every knowledge-base topic has its ask_<topic> intent"
    assert topics.isdisjoint(INTENT_TABLE)
    assert domain - topics == set(INTENT_TABLE) - RASA_INTENTS


def test_every_row_names_known_groups_once() -> None:
    for intent, groups in INTENT_TABLE.items():
        assert groups, intent
        assert len(set(groups)) == len(groups), intent
        assert set(groups) <= set(GROUPS), intent
        assert "other" not in groups or groups == ("other",), intent
    for group, why in GROUPS.items():
        assert len(why) > 40, group
        assert intents_in(group), f"group {group} has no intent"


def test_mid_form_every_intent_is_exactly_one_of_answer_digression_topic_or_other() -> None:
    for intent in domain_intents() | RASA_INTENTS:
        kinds = [
            intent in FORM_ANSWER_INTENTS,
            intent in DIGRESSION_INTENTS,
            is_topic_intent(intent),
            intent in OTHER_INTENTS,
        ]
        assert kinds.count(True) == 1, (intent, kinds)


def test_group_relations_the_actions_rely_on() -> None:
    # A hypothetical or a question is never a form answer: the form must not read it.
    assert NON_FACT_INTENTS <= DIGRESSION_INTENTS
    # A description holds facts; the form reads it (nlu_fallback: the NLU was unsure).
    assert DESCRIPTION_INTENTS - RASA_INTENTS <= FORM_ANSWER_INTENTS
    assert DESCRIPTION_INTENTS.isdisjoint(NON_FACT_INTENTS)
    # "No topic" examples are never a topic intent, and are real training intents.
    assert not any(is_topic_intent(intent) for intent in NO_TOPIC_INTENTS)
    assert domain_intents() >= NO_TOPIC_INTENTS


def test_the_modules_use_the_table() -> None:
    assert case_facts.NON_FACT_INTENTS is NON_FACT_INTENTS
    assert case_form.DIGRESSION_INTENTS is DIGRESSION_INTENTS
    assert form_answers.FORM_ANSWER_INTENTS is FORM_ANSWER_INTENTS
    assert embedded_question.DESCRIPTION_INTENTS is DESCRIPTION_INTENTS
    assert case_facts.is_topic_intent is intents.is_topic_intent
