"""The case facts: one vocabulary for the engine's input, the Rasa slots and the form.

Every key of docs/API.md §1 is a field of :class:`Facts`; ``None`` means "not known yet".
Bad input is refused, never coerced: a wrong type (``True`` is not an age, ``"15"`` is
not an int, ``1`` is not a bool), an out-of-range age or an unknown key raises
:class:`FactError` naming the key, because a silently "fixed" fact could lower the level.

One fact is derived: ``other_age`` is the age of the OLDEST other person involved, so it
settles ``adult_involved`` when ``adult_involved`` is not stated (18 or over: an adult is
involved; under 18, with a child pictured: nobody involved is an adult). Stating ``adult_involved: false`` together
with ``other_age >= 18`` is a contradiction and is refused. Stating ``adult_involved: true``
with ``other_age < 18`` is kept as true: the statement may concern someone whose age is
not known yet, and keeping it can only raise the level (never under-escalate).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from actions.guidance.jurisdictions import jurisdiction_ids

#: Who is asking (docs/API.md §1); each role's words are in actions/presentation/data/wording.yml.
ROLES = ("police", "school", "trainer", "parent", "other")
#: The nations: the ids of data/jurisdictions.yml, in its order (a nation is one entry there).
JURISDICTIONS: tuple[str, ...] = jurisdiction_ids()
AGE_KEYS = ("pictured_age", "other_age")
BOOL_KEYS = (
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
ENUM_KEYS: dict[str, tuple[str, ...]] = {"role": ROLES, "jurisdiction": JURISDICTIONS}
FACT_KEYS: tuple[str, ...] = ("role", "jurisdiction", *AGE_KEYS, *BOOL_KEYS)

MIN_AGE = 0
MAX_AGE = 120
ADULT_AGE = 18


class FactError(ValueError):
    """A facts object breaks the contract: unknown key, wrong type, out of range, contradiction.

    ``keys`` holds the fact keys the message is about, so a caller (the case form) can
    re-ask exactly those.
    """

    def __init__(self, message: str, keys: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.keys = keys


def _describe(value: Any) -> str:
    """Show a rejected value with its JSON-ish type, e.g. ``'15' (a string)``."""
    kinds = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    kind = kinds.get(type(value), "a list" if isinstance(value, list) else "an object")
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    return f"{shown} ({kind})"


def _check_value(key: str, value: Any) -> None:
    """Raise FactError unless ``value`` is ``None`` or a valid value for ``key``."""
    if value is None:
        return
    if key in ENUM_KEYS:
        allowed = ENUM_KEYS[key]
        if type(value) is not str or value not in allowed:
            raise FactError(
                f"{key}: expected one of {', '.join(allowed)} or null, got {_describe(value)}",
                (key,),
            )
    elif key in AGE_KEYS:
        if type(value) is not int:
            raise FactError(
                f"{key}: expected a whole number of years ({MIN_AGE}..{MAX_AGE}) or null, "
                f"got {_describe(value)}",
                (key,),
            )
        if not MIN_AGE <= value <= MAX_AGE:
            raise FactError(
                f"{key}: {value} is out of range, expected {MIN_AGE}..{MAX_AGE}", (key,)
            )
    elif type(value) is not bool:
        raise FactError(f"{key}: expected true, false or null, got {_describe(value)}", (key,))


@dataclass(frozen=True)
class Facts:
    """What is known about one case. Validated on construction, so every instance is valid."""

    role: str | None = None
    jurisdiction: str | None = None
    pictured_age: int | None = None
    other_age: int | None = None
    adult_involved: bool | None = None
    coercion: bool | None = None
    profit_motive: bool | None = None
    capacity_concern: bool | None = None
    atypical_or_violent: bool | None = None
    sexual_acts: bool | None = None
    immediate_risk: bool | None = None
    shared_without_consent: bool | None = None
    malicious: bool | None = None
    widely_shared: bool | None = None
    repeated: bool | None = None
    ai_generated: bool | None = None
    made_without_consent: bool | None = None
    online: bool | None = None

    def __post_init__(self) -> None:
        for key in FACT_KEYS:
            _check_value(key, getattr(self, key))
        self._derive_adult_involved()

    def _derive_adult_involved(self) -> None:
        """Fill ``adult_involved`` from the ages, where they settle it.

        ``other_age`` 18 or over: an adult is involved. ``other_age`` under 18 settles "no
        adult" only when the pictured person is known to be a child too: when the person
        pictured is an adult (or their age is unknown), a child holding the image may have been
        sent or shown it by that adult, which is child sexual abuse (docs/API.md §2), so the
        question stays open rather than being answered "no" by arithmetic.
        """
        if self.other_age is None:
            return
        is_adult = self.other_age >= ADULT_AGE
        if self.adult_involved is False and is_adult:
            raise FactError(
                f"adult_involved and other_age contradict each other: adult_involved is false "
                f"but other_age is {self.other_age} (18 or over means an adult is involved)",
                ("adult_involved", "other_age"),
            )
        if self.adult_involved is not None:
            return
        if is_adult:
            object.__setattr__(self, "adult_involved", True)
        elif self.pictured_age is not None and self.pictured_age < ADULT_AGE:
            object.__setattr__(self, "adult_involved", False)

    def to_dict(self) -> dict[str, Any]:
        """All fact keys in contract order, unknowns as ``None`` (derived facts filled in)."""
        return {key: getattr(self, key) for key in FACT_KEYS}

    def unknown_keys(self) -> tuple[str, ...]:
        """The fact keys still unknown, in contract order."""
        return tuple(key for key in FACT_KEYS if getattr(self, key) is None)


def parse_facts(mapping: Any) -> Facts:
    """Build :class:`Facts` from a decoded JSON object, refusing anything the contract forbids.

    Raises FactError naming the key for unknown keys, wrong types, out-of-range ages and
    contradictions; a non-object (e.g. a JSON array) is refused as a whole.
    """
    if not isinstance(mapping, Mapping):
        raise FactError(f"facts must be a JSON object, got {_describe(mapping)}")
    unknown = sorted(str(key) for key in mapping if key not in FACT_KEYS)
    if unknown:
        raise FactError(
            f"unknown fact key{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)} "
            f"(allowed: {', '.join(FACT_KEYS)})",
            tuple(unknown),
        )
    for key, value in mapping.items():
        _check_value(key, value)
    return Facts(**dict(mapping))
