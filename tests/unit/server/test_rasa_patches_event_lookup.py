"""The patched event-class lookup answers exactly what Rasa's class-tree walk answers."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import rasa.core.test  # noqa: F401  (four more Event subclasses, one sharing "user")
from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered
from rasa.shared.utils.common import all_subclasses

from server import rasa_patches

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def lookup() -> Iterator[None]:
    """The remembering lookup, installed fresh (conftest.py restores the state after)."""
    rasa_patches.uninstall()
    rasa_patches.install()
    yield


def rasa_answer(name: str, default: Any = None) -> Any:
    try:
        return rasa_patches.RASA_RESOLVE(name, default)
    except ValueError as error:
        return ("ValueError", str(error))


def our_answer(name: str, default: Any = None) -> Any:
    try:
        return Event.resolve_by_type(name, default)
    except ValueError as error:
        return ("ValueError", str(error))


NAMES = [*sorted({cls.type_name for cls in all_subclasses(Event)}), "topic", "no_such_event"]


@pytest.mark.usefixtures("lookup")
@pytest.mark.parametrize("name", NAMES)
def test_same_class_as_rasa_for_every_name_twice(name: str) -> None:
    for _ in range(2):  # the first answer is computed, the second remembered
        assert our_answer(name) == rasa_answer(name)
        assert our_answer(name, SlotSet) == rasa_answer(name, SlotSet)


@pytest.mark.usefixtures("lookup")
def test_a_shared_type_name_resolves_to_the_first_class_in_rasas_order() -> None:
    # EndToEndUserUtterance (Rasa's test module) is also "user"; Rasa picks UserUttered.
    assert Event.resolve_by_type("user") is UserUttered


@pytest.mark.usefixtures("lookup")
def test_unknown_names_keep_rasas_fallbacks() -> None:
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", ActionExecuted) is ActionExecuted
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


@pytest.mark.usefixtures("lookup")
def test_the_walk_is_done_once_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    walks = []

    def counting(cls: Any) -> list[Any]:
        walks.append(cls)
        return all_subclasses(cls)

    monkeypatch.setattr(rasa_patches, "all_subclasses", counting)
    for _ in range(5):
        assert Event.resolve_by_type("slot") is SlotSet
    assert len(walks) == 1


#: Run in a fresh interpreter: a class defined here could not be removed again.
NEW_SUBCLASS_SCRIPT = """
import rasa.core.test
from rasa.shared.core.events import Event
from server import rasa_patches

rasa_patches.install()
assert Event.resolve_by_type("wrong_action") is rasa.core.test.WronglyPredictedAction


class DirectWrongAction(Event):  # a direct subclass comes first in Rasa's walk
    type_name = "wrong_action"

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return id(self)

    def as_story_string(self):
        return ""


assert rasa_patches.RASA_RESOLVE("wrong_action") is DirectWrongAction
assert Event.resolve_by_type("wrong_action") is DirectWrongAction
print("ok")
"""


def test_a_new_subclass_that_changes_the_answer_is_seen() -> None:
    done = subprocess.run(
        [sys.executable, "-c", NEW_SUBCLASS_SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


@pytest.mark.usefixtures("lookup")
def test_events_read_back_from_dicts_are_equal() -> None:
    events = [
        ActionExecuted("action_listen"),
        UserUttered("no", {"name": "deny", "confidence": 0.9}),
        SlotSet("coercion", False),
    ]
    assert [Event.from_parameters(event.as_dict()) for event in events] == events
