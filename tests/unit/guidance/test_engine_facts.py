"""The facts model: exactly the contract's keys, strict types, and the derived adult fact."""

from __future__ import annotations

import dataclasses

import pytest

from actions.guidance.facts import FACT_KEYS, FactError, Facts, parse_facts

# docs/API.md §1, in its order: the public vocabulary that must never be renamed.
CONTRACT_KEYS = (
    "role",
    "jurisdiction",
    "pictured_age",
    "other_age",
    "adult_involved",
    "coercion",
    "profit_motive",
    "capacity_concern",
    "atypical_or_violent",
    "sexual_acts",
    "immediate_risk",
    "shared_without_consent",
    "malicious",
    "widely_shared",
    "repeated",
    "ai_generated",
    "made_without_consent",
    "online",
)


def test_fact_keys_are_the_contract_keys_and_the_dataclass_fields() -> None:
    assert FACT_KEYS == CONTRACT_KEYS
    assert tuple(field.name for field in dataclasses.fields(Facts)) == CONTRACT_KEYS


def test_empty_mapping_is_all_unknown() -> None:
    facts = parse_facts({})
    assert facts.to_dict() == dict.fromkeys(CONTRACT_KEYS)
    assert facts.unknown_keys() == CONTRACT_KEYS


def test_null_means_unknown() -> None:
    assert parse_facts({"coercion": None, "pictured_age": None}) == Facts()


def test_valid_values_round_trip() -> None:
    given = {
        "role": "police",
        "jurisdiction": "northern_ireland",
        "pictured_age": 0,
        "other_age": 120,
        "coercion": False,
        "online": True,
    }
    facts = parse_facts(given)
    assert {key: facts.to_dict()[key] for key in given} == given


@pytest.mark.parametrize(
    ("mapping", "key"),
    [
        ({"pictured_age": True}, "pictured_age"),  # bool is not int
        ({"pictured_age": "15"}, "pictured_age"),  # "15" is not int
        ({"pictured_age": 15.0}, "pictured_age"),
        ({"other_age": [15]}, "other_age"),
        ({"coercion": 1}, "coercion"),  # 1 is not bool
        ({"coercion": "yes"}, "coercion"),
        ({"immediate_risk": 0}, "immediate_risk"),
        ({"role": "teacher"}, "role"),
        ({"role": 1}, "role"),
        ({"jurisdiction": "England"}, "jurisdiction"),
        ({"jurisdiction": "uk"}, "jurisdiction"),
    ],
)
def test_wrong_types_are_refused_naming_the_key(mapping: dict, key: str) -> None:
    with pytest.raises(FactError) as raised:
        parse_facts(mapping)
    assert str(raised.value).startswith(f"{key}:")
    assert raised.value.keys == (key,)


@pytest.mark.parametrize(("key", "value"), [("pictured_age", -1), ("other_age", 121)])
def test_out_of_range_ages_are_refused(key: str, value: int) -> None:
    with pytest.raises(FactError, match=f"^{key}: {value} is out of range"):
        parse_facts({key: value})


def test_unknown_keys_are_refused_by_name() -> None:
    with pytest.raises(FactError, match="unknown fact keys: age, victim_name") as raised:
        parse_facts({"age": 15, "victim_name": "x", "coercion": True})
    assert raised.value.keys == ("age", "victim_name")


@pytest.mark.parametrize("value", [[], [{"coercion": True}], "coercion", 15, None])
def test_non_objects_are_refused(value: object) -> None:
    with pytest.raises(FactError, match="must be a JSON object"):
        parse_facts(value)


def test_fact_error_is_a_value_error() -> None:
    assert issubclass(FactError, ValueError)


@pytest.mark.parametrize(("other_age", "adult"), [(18, True), (45, True), (17, False), (12, False)])
def test_other_age_settles_adult_involved(other_age: int, adult: bool) -> None:
    """other_age is the OLDEST other person, so with a child pictured it answers the adult
    question either way."""
    assert parse_facts({"pictured_age": 15, "other_age": other_age}).adult_involved is adult


@pytest.mark.parametrize("pictured_age", [None, 18, 30])
def test_a_young_other_person_does_not_settle_adult_involved_without_a_child_pictured(
    pictured_age: int | None,
) -> None:
    """An adult pictured (or an unknown pictured age) may have sent the image to the child:
    that question stays open (docs/API.md §2), never answered "no" by arithmetic."""
    facts = parse_facts({"pictured_age": pictured_age, "other_age": 13})
    assert facts.adult_involved is None


def test_adult_false_with_adult_other_age_is_a_contradiction_naming_both() -> None:
    with pytest.raises(FactError) as raised:
        parse_facts({"adult_involved": False, "other_age": 19})
    assert "adult_involved" in str(raised.value) and "other_age" in str(raised.value)
    assert set(raised.value.keys) == {"adult_involved", "other_age"}


def test_stated_adult_is_kept_with_a_younger_other_age() -> None:
    """Keeping a stated adult can only raise the level; dropping it could lower it."""
    assert parse_facts({"adult_involved": True, "other_age": 15}).adult_involved is True


def test_facts_are_validated_on_direct_construction_and_frozen() -> None:
    with pytest.raises(FactError):
        Facts(pictured_age=200)
    facts = Facts(coercion=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        facts.coercion = False  # type: ignore[misc]


def test_parse_does_not_change_the_callers_mapping() -> None:
    given = {"other_age": 30}
    parse_facts(given)
    assert given == {"other_age": 30}
