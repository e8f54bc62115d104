"""Skip the global slot validation call for an answer the case form reads itself.

On every user message Rasa 3.6 runs ``action_extract_slots``, which rebuilds the
tracker from all its events and sends it to the action server to run
``action_validate_slot_mappings`` (our reading of facts from any message). While the
case form is active, an answer to its question goes to the form next, and the form's
own ``validate_case_form`` reads it: for such a message the global validation returns
no events (``actions.slot_mappings``), decided by ``actions.form_answers``.

:func:`install` makes the Rasa server skip that call when ``actions.form_answers`` says
the form reads the message, and return what Rasa returns when the action answers with
no events: the slots Rasa's own mappings extracted, unchanged. Every other message is
validated exactly as before. A case answer then makes one action-server call instead of
two, and one tracker rebuild fewer (docs/PERFORMANCE.md). Without this module (``rasa
test``, the in-process end-to-end tests) the call is made and answers nothing, so the
conversation is the same either way.

The Rasa server imports this module through ``server.channels`` (named in
``credentials.yml``).
"""

from __future__ import annotations

from typing import Any

from rasa.core.actions.action import ActionExtractSlots
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from actions.form_answers import form_reads_message

_RASA_VALIDATE = ActionExtractSlots._execute_validation_action


def latest_intent(tracker: DialogueStateTracker) -> str | None:
    """The intent name of the latest user message, if any."""
    intent = (tracker.latest_message.intent or {}) if tracker.latest_message else {}
    return intent.get("name")


async def execute_validation_action(
    action: ActionExtractSlots,
    extraction_events: list[Event],
    output_channel: Any,
    nlg: Any,
    tracker: DialogueStateTracker,
    domain: Any,
) -> list[Event]:
    """Rasa's global slot validation, without the call whose answer is known to be empty."""
    if form_reads_message(tracker.active_loop_name, latest_intent(tracker)):
        return [event for event in extraction_events if isinstance(event, SlotSet)]
    return await _RASA_VALIDATE(action, extraction_events, output_channel, nlg, tracker, domain)


def install() -> None:
    """Make ``action_extract_slots`` skip the empty call (idempotent)."""
    ActionExtractSlots._execute_validation_action = execute_validation_action  # type: ignore[method-assign]


def uninstall() -> None:
    """Give Rasa its own method back (tests compare the two)."""
    ActionExtractSlots._execute_validation_action = _RASA_VALIDATE  # type: ignore[method-assign]


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return ActionExtractSlots._execute_validation_action is execute_validation_action
