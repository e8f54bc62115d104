"""Every change this project makes to Rasa's own (private) code, in one place.

The Rasa server of this project is Rasa 3.6.21 with the patches below. They are put in
place by one explicit call, :func:`install`, when a server starts, never as a side
effect of an import:

- ``GuardedRestInput.__init__`` (``server/channels.py``) calls it: every ``rasa run`` of
  this project names that channel in ``credentials.yml`` (``make run``, the system,
  channel, browser and scale tests, the bench), and Rasa builds its channels before it
  serves;
- ``python -m server <rasa command>`` (``server/__main__.py``) calls it and then runs
  Rasa's command line: ``scripts/serve.sh`` starts ``run`` and ``shell`` that way, and
  ``python -m server test core ...`` gives ``rasa test`` the same code as production;
- in-process tests call it through :func:`patched` (a context manager).

:func:`install` refuses to patch any other Rasa version (:class:`RasaVersionError`): each
patch replaces a private method whose callers and neighbours were read in 3.6.21, and a
server that starts with a patch over changed code could behave differently from what
the tests checked. Upgrading Rasa is then a deliberate step: re-read each patched method,
re-measure (``python -m server.patch_timing``), update :data:`RASA_VERSION`.

The patches (all three speed; each gives the same conversation as Rasa without it).
"Gain" is Rasa server CPU per turn of the bench's cases, measured twice: the whole turn
with all patches against all but this one ("turn"), and the patched method alone, with
Rasa's code and with the patch ("alone"). 2026-12-04, 2 shared CPUs, Rasa 3.6.21; a turn
with all patches cost 21.6 ms in the quieter run.

1. ``RemoteAction._validate_action_result``: the action server's reply is validated by a
   validator built once. Why: Rasa's ``jsonschema.validate`` first checks its large
   events schema against the JSON Schema meta-schema, on every action call (about 30 ms
   of CPU per call). Same schema; an invalid reply is handed to Rasa's own method, so it
   fails with Rasa's error. Gain: turn 29.3 +- 0.7 ms (57 % of a turn without it);
   alone 42.4-42.6 ms per turn under load (1.4-1.5 calls per turn).
2. ``Event.resolve_by_type`` (with ``Event.__init_subclass__``): an event's class is
   found by type name in a dictionary. Why: Rasa walks the tree of ``Event`` subclasses
   (27 once a model is loaded) for every event it reads back: each event of the conversation on
   each load of the tracker, each event of an action reply. A new subclass empties the
   dictionary, so the answer is always the walk's. Gain: turn 2.2 +- 0.7 ms (9 %);
   alone 1.9-2.2 ms per turn (34-37 calls per turn, 52-64 us each; 0.09 us patched).
3. ``ActionExtractSlots._execute_validation_action``: no global slot validation call
   (``action_validate_slot_mappings``) for an answer the case form reads itself
   (``actions.form_answers``); it returns the slots Rasa's mappings extracted, which is
   what Rasa returns when that action answers no events, as it does for those answers.
   Why: the call sends the whole tracker to the action server and reads the reply back.
   Gain: turn 2.0 +- 0.5 ms (8 %); alone 2.4 ms per turn (two runs).

Measured with ``python -m server.patch_timing --focused`` (Rasa in-process with the
project's SQL tracker store and the real action server; the same bench cases in every
arm; ``time.process_time`` per turn; 12 rounds of 2 cases per arm, interleaved; the
"+-" is the standard error over rounds). A speed patch is kept only if it saves at least
1 ms of Rasa CPU per turn or 5 % of a turn: all three do. docs/PERFORMANCE.md has the
runs.

Not patches but overrides in a subclass, in force wherever ``endpoints.yml`` names the
store (:data:`OVERRIDES`; correctness, kept regardless of speed): the redacting
``save`` and ``_stream_new_events`` of ``server.tracker_store.RedactingSQLTrackerStore``.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import rasa
from jsonschema import validators
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses

from actions.form_answers import form_reads_message

logger = logging.getLogger(__name__)

#: The Rasa version these patches were written for and measured on.
RASA_VERSION = "3.6.21"


class RasaVersionError(RuntimeError):
    """The installed Rasa is not the version the patches were written for."""


# --- 1. the action server's replies, checked with a validator built once ---------------

_RASA_VALIDATE_ACTION_RESULT = RemoteAction._validate_action_result


@cache
def reply_validator() -> Any:
    """A validator for Rasa's action-reply schema; the schema is checked once, here."""
    schema = RemoteAction.action_response_format_spec()
    validator_class = validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def validate_action_result(action: RemoteAction, result: dict[str, Any]) -> bool:
    """``True`` for a valid reply; an invalid one raises Rasa's own ``ValidationError``."""
    if reply_validator().is_valid(result):
        return True
    return _RASA_VALIDATE_ACTION_RESULT(action, result)


# --- 2. event classes found by name in a dictionary -------------------------------------

#: Rasa's own lookup, for names no class has (and to compare with in tests).
RASA_RESOLVE = Event.resolve_by_type

_classes_by_name: dict[str, type[Event]] = {}


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """The event class for ``type_name``, as ``Event.resolve_by_type`` gives it.

    The first class in ``all_subclasses`` order whose ``type_name`` matches, found by the
    same walk the first time and then remembered. A name no class has is not remembered
    and goes to Rasa's method (``None`` for the old ``topic`` event, the default, or
    Rasa's error).
    """
    found = _classes_by_name.get(type_name)
    if found is not None:
        return found
    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            _classes_by_name[type_name] = cls
            return cls
    return RASA_RESOLVE(type_name, default)


def _forget_on_new_subclass(cls: type[Event], **kwargs: Any) -> None:
    """A new ``Event`` subclass at any depth may change which class a name resolves to
    (Rasa's test module adds four): start again. Classes are never removed."""
    _classes_by_name.clear()
    super(Event, cls).__init_subclass__(**kwargs)


# --- 3. no global slot validation call for an answer the case form reads itself --------

_RASA_EXECUTE_VALIDATION_ACTION = ActionExtractSlots._execute_validation_action


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
    """Rasa's global slot validation, without the call whose answer is known to be empty.

    While the case form is active, ``actions.form_answers`` says which answers the form's
    own ``validate_case_form`` reads; for those ``action_validate_slot_mappings`` returns
    no events, so this returns what Rasa returns then: the slots Rasa's own mappings
    extracted, unchanged. Every other message is validated by Rasa as before.
    """
    if form_reads_message(tracker.active_loop_name, latest_intent(tracker)):
        return [event for event in extraction_events if isinstance(event, SlotSet)]
    return await _RASA_EXECUTE_VALIDATION_ACTION(
        action, extraction_events, output_channel, nlg, tracker, domain
    )


# --- the table ----------------------------------------------------------------------------

_MISSING = object()


@dataclass(frozen=True)
class Patch:
    """One change to Rasa: which attributes it replaces, and why it is there."""

    name: str
    kind: str  # "speed" or "correctness"
    changes: str
    why: str
    gain: str
    #: (class, attribute, the object put in the class's ``__dict__``)
    replacements: tuple[tuple[type, str, Any], ...]

    def originals(self) -> tuple[Any, ...]:
        return tuple(_ORIGINALS[(owner, attribute)] for owner, attribute, _ in self.replacements)

    def installed(self) -> bool:
        return all(
            owner.__dict__.get(attribute, _MISSING) is value
            for owner, attribute, value in self.replacements
        )


PATCHES: tuple[Patch, ...] = (
    Patch(
        name="RemoteAction._validate_action_result",
        kind="speed",
        changes="the action server's reply is validated by a validator built once",
        why=(
            "jsonschema.validate re-checks Rasa's large events schema against the "
            "meta-schema on every action call (about 30 ms of CPU each)"
        ),
        gain="turn 29.3 +- 0.7 ms (57 %); alone 42.4-42.6 ms per turn (1.4-1.5 calls)",
        replacements=((RemoteAction, "_validate_action_result", validate_action_result),),
    ),
    Patch(
        name="Event.resolve_by_type",
        kind="speed",
        changes="an event's class is found by type name in a dictionary, not a class-tree walk",
        why=(
            "Rasa walks all Event subclasses for every event it reads back: every event of "
            "the conversation on each load of the tracker, every event of an action reply"
        ),
        gain="turn 2.2 +- 0.7 ms (9 %); alone 1.9-2.2 ms per turn (34-37 calls, 52-64 us each)",
        replacements=(
            (Event, "resolve_by_type", staticmethod(resolve_by_type)),
            (Event, "__init_subclass__", classmethod(_forget_on_new_subclass)),
        ),
    ),
    Patch(
        name="ActionExtractSlots._execute_validation_action",
        kind="speed",
        changes="no global slot validation call for an answer the case form reads itself",
        why=(
            "action_validate_slot_mappings returns no events for those answers "
            "(actions.form_answers), yet the call sends the whole tracker"
        ),
        gain="turn 2.0 +- 0.5 ms (8 %); alone 2.4 ms per turn",
        replacements=(
            (ActionExtractSlots, "_execute_validation_action", execute_validation_action),
        ),
    ),
)

_ORIGINALS: dict[tuple[type, str], Any] = {
    (owner, attribute): owner.__dict__.get(attribute, _MISSING)
    for patch in PATCHES
    for owner, attribute, _ in patch.replacements
}


@dataclass(frozen=True)
class Override:
    """A Rasa method the project overrides in a subclass (in force wherever it is used)."""

    name: str
    where: str
    why: str
    guard: str


OVERRIDES: tuple[Override, ...] = (
    Override(
        name="SQLTrackerStore.save",
        where="server.tracker_store.RedactingSQLTrackerStore.save",
        why="correctness (privacy): each event is redacted before it is written",
        guard="tests/unit/server/test_server_tracker_store.py::test_rasas_save_is_the_one_mirrored",
    ),
    Override(
        name="TrackerStore._stream_new_events",
        where="server.tracker_store.RedactingSQLTrackerStore._stream_new_events",
        why="correctness (privacy): an event broker, if configured, gets redacted events",
        guard=(
            "tests/unit/server/test_server_tracker_store.py::"
            "test_rasa_streams_new_events_through_the_overridden_method"
        ),
    ),
)


# --- install / uninstall -------------------------------------------------------------------


def check_rasa_version() -> None:
    """Raise :class:`RasaVersionError` unless the installed Rasa is :data:`RASA_VERSION`."""
    if rasa.__version__ != RASA_VERSION:
        raise RasaVersionError(
            f"server/rasa_patches.py patches Rasa {RASA_VERSION}, but Rasa "
            f"{rasa.__version__} is installed. Its patches replace private Rasa methods: "
            "re-read each patched method in the new version, re-measure "
            "(python -m server.patch_timing) and update RASA_VERSION, or install Rasa "
            f"{RASA_VERSION} (requirements.lock)."
        )


def _by_name(names: Collection[str]) -> list[Patch]:
    unknown = set(names) - {patch.name for patch in PATCHES}
    if unknown:
        raise ValueError(f"no such patch: {', '.join(sorted(unknown))}")
    return [patch for patch in PATCHES if patch.name in names]


def install(*, without: Collection[str] = ()) -> None:
    """Put every patch in place (idempotent); ``without`` names patches to leave out
    (measurements only). Raises :class:`RasaVersionError` on another Rasa version."""
    check_rasa_version()
    left_out = {patch.name for patch in _by_name(without)}
    for patch in PATCHES:
        if patch.name in left_out:
            _undo(patch)
            continue
        for owner, attribute, value in patch.replacements:
            setattr(owner, attribute, value)
    _classes_by_name.clear()
    in_force = [name for name, on in installed().items() if on]
    logger.info("Rasa %s patched (server/rasa_patches.py): %s", RASA_VERSION, ", ".join(in_force))


def _undo(patch: Patch) -> None:
    for owner, attribute, _ in patch.replacements:
        original = _ORIGINALS[(owner, attribute)]
        if original is _MISSING:
            if attribute in owner.__dict__:
                delattr(owner, attribute)
        else:
            setattr(owner, attribute, original)


def uninstall() -> None:
    """Give Rasa its own methods back (idempotent; tests and measurements)."""
    for patch in PATCHES:
        _undo(patch)
    _classes_by_name.clear()


def installed() -> dict[str, bool]:
    """For each patch, whether it is in force now."""
    return {patch.name: patch.installed() for patch in PATCHES}


@contextlib.contextmanager
def patched() -> Iterator[None]:
    """The patches in force inside the block, as in production; as before after it.

    For tests that run Rasa in-process (``tests/e2e``): ``with rasa_patches.patched():``
    around the session, or the fixture of the same effect in their conftest.
    """
    before = {patch.name for patch in PATCHES if patch.installed()}
    install()
    try:
        yield
    finally:
        install(without=[patch.name for patch in PATCHES if patch.name not in before])
