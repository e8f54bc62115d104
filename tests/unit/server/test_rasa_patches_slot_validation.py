"""Patched, the Rasa server skips the global slot validation call only for answers the form reads."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from server import rasa_patches

DOMAIN_YAML = """
version: "3.1"
intents: [deny, what_if]
slots:
  coercion:
    type: any
    mappings: [{type: custom}]
forms:
  case_form:
    required_slots: [coercion]
actions: [action_validate_slot_mappings, validate_case_form]
"""


@pytest.fixture
def skipping() -> Iterator[None]:
    """The patches in force (conftest.py restores the state after)."""
    rasa_patches.install()
    yield


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The custom actions ``action_extract_slots`` asks the action server to run."""
    made: list[str] = []

    async def run_custom_action(self: Any, name: str, *args: Any) -> list[Any]:
        made.append(name)
        return [SlotSet("coercion", True)]

    monkeypatch.setattr(ActionExtractSlots, "_run_custom_action", run_custom_action)
    return made


def tracker(intent: str, form_active: bool) -> DialogueStateTracker:
    domain = Domain.from_yaml(DOMAIN_YAML)
    events = [ActiveLoop("case_form")] if form_active else []
    events.append(UserUttered("no", {"name": intent, "confidence": 1.0}))
    return DialogueStateTracker.from_events("unit-test", events, slots=domain.slots)


async def validate(intent: str, form_active: bool) -> list[Any]:
    domain = Domain.from_yaml(DOMAIN_YAML)
    extracted = [SlotSet("coercion", False)]
    return await ActionExtractSlots(None)._execute_validation_action(
        extracted, None, None, tracker(intent, form_active), domain
    )


@pytest.mark.usefixtures("skipping")
async def test_a_form_answer_is_not_sent_and_keeps_rasas_extractions(calls: list[str]) -> None:
    assert await validate("deny", form_active=True) == [SlotSet("coercion", False)]
    assert calls == []


@pytest.mark.usefixtures("skipping")
@pytest.mark.parametrize(("intent", "form_active"), [("deny", False), ("what_if", True)])
async def test_every_other_message_is_validated_as_before(
    calls: list[str], intent: str, form_active: bool
) -> None:
    assert await validate(intent, form_active) == [SlotSet("coercion", True)]
    assert calls == ["action_validate_slot_mappings"]


async def test_without_it_rasa_makes_the_call(calls: list[str]) -> None:
    rasa_patches.uninstall()
    assert await validate("deny", form_active=True) == [SlotSet("coercion", True)]
    assert calls == ["action_validate_slot_mappings"]
