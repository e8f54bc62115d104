"""Asking less (actions/checklist.py): which facts go in a checklist, how answers read."""

from __future__ import annotations

import pytest

from actions.checklist import (
    ALWAYS_ASKED_ALONE,
    CHECKLIST_KEYS,
    negatives_to_confirm,
    plan_next_ask,
    read_checklist_answer,
)
from actions.guidance.facts import BOOL_KEYS

LISTED = ("shared_without_consent", "widely_shared", "repeated")


def test_risk_an_adult_and_pressure_are_never_in_a_checklist() -> None:
    assert {"immediate_risk", "adult_involved", "coercion"} == ALWAYS_ASKED_ALONE
    assert not ALWAYS_ASKED_ALONE & set(CHECKLIST_KEYS)
    assert set(CHECKLIST_KEYS) | ALWAYS_ASKED_ALONE == set(BOOL_KEYS)


def test_the_checkable_facts_still_open_are_asked_together_in_the_engines_order() -> None:
    ask = plan_next_ask(["widely_shared", "coercion", "repeated", "online"])
    assert ask.requested == "widely_shared"
    assert ask.checklist == ("widely_shared", "repeated", "online")


@pytest.mark.parametrize("first", sorted(ALWAYS_ASKED_ALONE))
def test_a_fact_asked_alone_comes_first_when_the_engine_puts_it_first(first: str) -> None:
    ask = plan_next_ask([first, "widely_shared", "repeated"])
    assert ask.requested == first
    assert ask.checklist == ()


def test_one_open_fact_or_a_wish_for_one_at_a_time_gives_a_single_question() -> None:
    assert plan_next_ask(["widely_shared", "coercion"]).checklist == ()
    assert plan_next_ask(["widely_shared", "repeated"], one_at_a_time=True).checklist == ()
    assert plan_next_ask([]).requested is None


@pytest.mark.parametrize("text", ["none of these", "None", "no", "nope", "neither", "no to all"])
def test_none_of_these_sets_every_listed_fact_false(text: str) -> None:
    answer = read_checklist_answer(text, "deny" if text == "no" else "out_of_scope", LISTED, {})
    assert answer.facts == dict.fromkeys(LISTED, False)


def test_not_sure_leaves_every_listed_fact_unknown() -> None:
    answer = read_checklist_answer("not sure", "dont_know", LISTED, {})
    assert answer.facts == {}
    assert answer.unknown == LISTED


def test_naming_one_sets_it_true_and_leaves_the_rest_to_be_asked_again() -> None:
    answer = read_checklist_answer(
        "it was shared round the whole year", "inform", LISTED, {"widely_shared": True}
    )
    assert answer.facts == {"widely_shared": True}


def test_nothing_else_after_naming_one_sets_the_rest_false() -> None:
    answer = read_checklist_answer(
        "it was posted publicly, nothing else", "inform", LISTED, {"widely_shared": True}
    )
    assert answer.facts == {
        "widely_shared": True,
        "shared_without_consent": False,
        "repeated": False,
    }


def test_numbers_pick_items_and_out_of_range_numbers_are_ignored() -> None:
    assert read_checklist_answer("1 and 3", "inform", LISTED, {}).facts == {
        "shared_without_consent": True,
        "repeated": True,
    }
    assert read_checklist_answer("7", "inform", LISTED, {}).facts == {}
    assert read_checklist_answer("the first one", "inform", LISTED, {}).facts == {
        "shared_without_consent": True
    }
    assert read_checklist_answer("second and last", "inform", LISTED, {}).facts == {
        "widely_shared": True,
        "repeated": True,
    }
    assert read_checklist_answer("she is 15", "inform", LISTED, {}).facts == {}


def test_a_structured_answer_sets_what_it_names_only() -> None:
    answer = read_checklist_answer(
        '/inform{"widely_shared": false, "repeated": true}',
        "inform",
        LISTED,
        {"widely_shared": False, "repeated": True},
    )
    assert answer.facts == {"widely_shared": False, "repeated": True}


def test_a_denial_in_words_of_a_listed_fact_is_a_no_to_it() -> None:
    answer = read_checklist_answer(
        "it hasn't gone any further", "deny", LISTED, {}, ["widely_shared"]
    )
    assert answer.facts == {"widely_shared": False}


def test_a_bare_yes_asks_which_and_one_at_a_time_is_understood() -> None:
    assert read_checklist_answer("yes", "affirm", LISTED, {}).which
    assert read_checklist_answer(
        "can you ask one at a time", "out_of_scope", LISTED, {}
    ).one_at_a_time


def test_a_question_is_not_an_answer() -> None:
    answer = read_checklist_answer("should I look at the image?", "ask_viewing_images", LISTED, {})
    assert not answer.understood


def test_stated_negatives_to_confirm_never_include_risk_or_a_known_fact() -> None:
    negated = ["immediate_risk", "coercion", "widely_shared", "coercion"]
    assert negatives_to_confirm(negated, {"widely_shared": True}) == ["coercion"]
    assert negatives_to_confirm(negated, {"widely_shared": True}, correcting=True) == [
        "coercion",
        "widely_shared",
    ]
    assert negatives_to_confirm(negated, {}, answered="coercion") == ["widely_shared"]


def test_the_child_said_safe_in_general_words_answers_the_risk_question() -> None:
    """A negated risk cue ("not suicidal") is never a no; "she's safe" is, once shown back."""
    assert negatives_to_confirm(["immediate_risk"], {}) == []
    assert negatives_to_confirm([], {}, safe_said=True) == ["immediate_risk"]
    assert negatives_to_confirm(["coercion"], {}, safe_said=True) == ["coercion", "immediate_risk"]
    assert negatives_to_confirm([], {"immediate_risk": True}, safe_said=True) == []


def test_every_checkable_fact_has_a_one_line_checklist_item() -> None:
    from actions.messages import CHECKLIST_ITEMS

    assert set(CHECKLIST_ITEMS) == set(CHECKLIST_KEYS)
    assert all(len(item) <= 41 for item in CHECKLIST_ITEMS.values())
