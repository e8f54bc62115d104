"""The reader's parts, without spaCy: numbers, negation, offsets, validity, purity."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.narrative import Reading, read_facts
from actions.narrative.numbers import parse_numbers
from actions.narrative.vocabulary import BOOL_FACTS, FACT_KEYS, JURISDICTIONS, ROLES


def entity(text: str, label: str, value: str) -> dict:
    start = text.index(value)
    return {"entity": label, "value": value, "start": start, "end": start + len(value)}


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("15", [15]),
        ("fifteen", [15]),
        ("twenty-five", [25]),
        ("twenty five year old", [25]),
        ("14 or 15", [14, 15]),
        ("12/13", [12, 13]),
        ("15yo", [15]),
        ("thirty", [30]),
        ("someone", []),
        ("no numbers here", []),
    ],
)
def test_parse_numbers(text, numbers):
    assert parse_numbers(text) == numbers


def test_entities_with_wrong_offsets_are_found_by_their_value():
    text = "he threatened her"
    bad = {"entity": "coercion", "value": "threatened", "start": 0, "end": 3}
    assert read_facts(text, [bad]).facts == {"coercion": True}


def test_negation_uses_the_found_place_not_the_wrong_offsets():
    text = "he never threatened her"
    bad = {"entity": "coercion", "value": "threatened", "start": 0, "end": 10}
    reading = read_facts(text, [bad])
    assert reading.facts == {} and reading.negated == ("coercion",)


def test_entities_from_other_extractors_and_unknown_labels_are_ignored():
    text = "she is on snapchat"
    entities = [
        entity(text, "online", "snapchat"),
        {**entity(text, "online", "snapchat"), "extractor": "DIETClassifier"},  # duplicate
        entity(text, "platform", "snapchat"),  # not a fact key
        {"entity": "coercion", "value": None},  # malformed
    ]
    assert read_facts(text, entities).facts == {"online": True}


def test_curly_apostrophes_negate_like_straight_ones():
    text = "he didn\u2019t threaten her"
    reading = read_facts(text, [entity(text, "coercion", "threaten")])
    assert reading.facts == {} and reading.negated == ("coercion",)


def test_a_negated_and_a_stated_cue_for_the_same_fact_set_it_and_do_not_list_it():
    text = "no threats, but he kept asking"
    entities = [entity(text, "coercion", "threats"), entity(text, "coercion", "kept asking")]
    reading = read_facts(text, entities)
    assert reading.facts == {"coercion": True} and reading.negated == ()


def test_negation_reaches_only_a_few_words_back():
    near = "he did not threaten her"
    far = "nobody at the school or in her family knew he threatened her"
    assert read_facts(near, [entity(near, "coercion", "threaten")]).facts == {}
    assert read_facts(far, [entity(far, "coercion", "threatened")]).facts == {"coercion": True}


def test_a_denial_of_the_subject_reaches_a_second_verb_joined_by_or():
    """ "Nobody has asked her for anything or tried to get money": no demand; but not over
    a new subject, and never for a risk cue."""
    text = "Nobody has asked her for anything or tried to get money from her"
    assert read_facts(text, [entity(text, "profit_motive", "get money")]).facts == {}
    text = "No one asked her for pics or threatened her"
    assert read_facts(text, [entity(text, "coercion", "threatened")]).facts == {}
    text = "no sign of anyone older being involved or of him being pressured"
    assert read_facts(text, [entity(text, "coercion", "pressured")]).facts == {}
    text = "nobody at the club noticed or asked why he threatened her"
    facts = read_facts(text, [entity(text, "coercion", "threatened")]).facts
    assert facts == {"coercion": True}


def test_an_age_out_of_range_is_never_set():
    text = "he is 150"
    assert read_facts(text, [entity(text, "age", "is 150")]).facts == {}


def test_known_jurisdiction_is_used_for_school_years_unless_the_message_says_another():
    text = "a year 9 girl"
    entities = [entity(text, "school_year", "year 9")]
    assert read_facts(text, entities, jurisdiction="northern_ireland").facts == {"pictured_age": 12}
    assert read_facts(text, entities, jurisdiction="atlantis").facts == {"pictured_age": 13}
    said = "a year 9 girl in England"
    both = [entity(said, "school_year", "year 9"), entity(said, "jurisdiction", "England")]
    assert read_facts(said, both, jurisdiction="northern_ireland").facts == {
        "jurisdiction": "england",
        "pictured_age": 13,
    }


def test_reading_is_frozen_plain_data_that_serialises():
    reading = read_facts(
        "he threatened her", [entity("he threatened her", "coercion", "threatened")]
    )
    with pytest.raises(FrozenInstanceError):
        reading.negated = ()  # type: ignore[misc]
    assert json.loads(json.dumps(reading.facts)) == {"coercion": True}
    given = {"coercion": True}
    copied = Reading(facts=given)
    given["coercion"] = False
    assert copied.facts == {"coercion": True}


def test_empty_text_reads_nothing():
    assert read_facts("", []) == Reading()


LABELS = ["age", "school_year", "role", "jurisdiction", *BOOL_FACTS, "unknown"]


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz 0123456789,.'-/£")), max_size=60
    ),
    spans=st.lists(
        st.tuples(st.sampled_from(LABELS), st.integers(0, 60), st.integers(0, 60)), max_size=6
    ),
    slot=st.sampled_from([None, "pictured_age", "other_age", "role", "jurisdiction", "coercion"]),
)
def test_any_input_gives_only_valid_contract_facts(text, spans, slot):
    entities = [
        {"entity": label, "value": text[a:b], "start": a, "end": b} for label, a, b in spans
    ]
    reading = read_facts(text, entities, requested_slot=slot)
    for key, value in reading.facts.items():
        assert key in FACT_KEYS
        if key in ("pictured_age", "other_age"):
            assert type(value) is int and 0 <= value <= 120
        elif key == "role":
            assert value in ROLES
        elif key == "jurisdiction":
            assert value in JURISDICTIONS
        else:
            assert value is True
    assert set(reading.negated) <= set(BOOL_FACTS)
    assert not set(reading.negated) & set(reading.facts)
    if reading.facts.get("other_age", 0) >= 18:
        assert reading.facts.get("adult_involved") is True


def test_the_reader_imports_neither_rasa_nor_spacy():
    code = (
        "import sys, actions.narrative as n;"
        "n.read_facts('a 15 year old', [{'entity': 'age', 'value': '15 year old'}]);"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('rasa', 'rasa_sdk', 'spacy')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Found a video on the phone. It's her, and she'd sent it to him.", "female"),
        ("they're of him. He sent them to her on Snapchat", "male"),
    ],
)
def test_it_is_her_says_who_the_image_shows(text: str, sides: str) -> None:
    """ "It's her": the sex the image shows is pictured, the other sex the other side."""
    from actions.narrative.ages.sexes import sides_by_sex

    assert sides_by_sex(text)[sides] == "pictured"  # type: ignore[index]


def test_it_is_her_phone_says_nothing_about_the_image() -> None:
    from actions.narrative.ages.sexes import sides_by_sex

    assert sides_by_sex("It's her phone, the boy took it off her.") == {}
