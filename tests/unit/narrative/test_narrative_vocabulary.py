"""The reader's role and jurisdiction tables agree with the entity ruler's patterns.

Every role or jurisdiction phrase in nlp/patterns.yml sits in a group that names the
value it stands for, and every nation's names, places and forces come from
actions/guidance/data/jurisdictions.yml; the reader must map each phrase to that value, so
adding a place or a job title without teaching the reader fails here.
"""

from __future__ import annotations

import pytest

from actions.guidance.jurisdictions import phrases_by_nation
from actions.narrative.vocabulary import jurisdiction_of, role_of
from nlp import load_patterns

MAPPERS = {"role": role_of, "jurisdiction": jurisdiction_of}


def phrases_with_values() -> list[tuple[str, str, str]]:
    document = load_patterns()
    cases = []
    for label in MAPPERS:
        for group in document["labels"][label]:
            if "value" not in group:
                continue
            cases.extend((label, phrase, group["value"]) for phrase in group.get("phrases", []))
            for pattern in group.get("tokens", []):
                for token in pattern:
                    for attribute in token.values():
                        if isinstance(attribute, dict):
                            cases.extend((label, word, group["value"]) for word in attribute["IN"])
    for nation, kinds in phrases_by_nation().items():
        for phrases in kinds.values():
            cases.extend(("jurisdiction", phrase, nation) for phrase in phrases)
    return cases


CASES = phrases_with_values()


def test_every_role_and_every_nation_has_phrases():
    assert {value for label, _, value in CASES if label == "role"} == {
        "police",
        "school",
        "trainer",
        "parent",
        "other",
    }
    assert {value for label, _, value in CASES if label == "jurisdiction"} == {
        "england",
        "wales",
        "scotland",
        "northern_ireland",
    }


@pytest.mark.parametrize(("label", "phrase", "value"), CASES)
def test_phrase_maps_to_its_groups_value(label, phrase, value):
    assert MAPPERS[label](phrase) == value


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("I'm a police trainer", "trainer"),
        ("I'm a safer schools officer", "police"),
        ("I'm the school nurse", "school"),
        ("I'm a head of year", "school"),
        ("I'm a foster carer", "parent"),
        ("my daughter", "parent"),
        ("one of my pupils", "school"),
    ],
)
def test_role_synonyms_prefer_the_more_specific(phrase, role):
    assert role_of(phrase) == role
