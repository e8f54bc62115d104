"""Role and nation from what people say (officers' shorthand, youth settings, places)."""

from __future__ import annotations

import pytest

from actions.narrative import read_facts
from nlp import build_pipeline, entities_from_doc

NLP = build_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PC here. two 15yos swapped pics",
            {"role": "police", "pictured_age": 15, "other_age": 15},
        ),
        ("I'm a response officer", {"role": "police"}),
        ("DC in CAIT, query about a sexting job", {"role": "police"}),
        ("DSL here, a year 10 girl sent a pic", {"role": "school"}),
        ("we're in the Midlands", {"jurisdiction": "england"}),
        ("PSNI officer here", {"role": "police", "jurisdiction": "northern_ireland"}),
        ("I'm a social worker in Fife", {"role": "other", "jurisdiction": "scotland"}),
        ("Dyfed-Powys police", {"jurisdiction": "wales"}),
    ],
)
def test_role_and_nation_are_read_from_the_words(text: str, expected: dict) -> None:
    facts = read_facts(text, entities_from_doc(NLP(text))).facts
    for key, value in expected.items():
        assert facts.get(key) == value, (key, facts)
