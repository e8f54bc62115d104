"""Find an event's class by its type name with a dictionary, not a class-tree walk per event.

Rasa 3.6 turns every stored or received event (``{"event": "slot", ...}``) back into an
object with ``Event.resolve_by_type``, which walks the whole tree of ``Event`` subclasses
(``all_subclasses``, about 25 classes, recursively) for each event. The Rasa server does
that for every event of the conversation each time it loads the tracker from the tracker
store, and for every event the action server returns: about 25 microseconds per event,
1.8 ms per turn for a 70-event conversation here, growing with the conversation
(docs/PERFORMANCE.md).

:func:`install` makes ``resolve_by_type`` remember the class it found for each type
name. The answer is the same as Rasa's: the first class in ``all_subclasses`` order
whose ``type_name`` matches, computed by the same walk the first time. A name that
matches no class is not remembered and goes to Rasa's own method (which returns
``None`` for the old ``topic`` event, the default, or raises Rasa's error). Defining a
new ``Event`` subclass at any depth (Rasa's test module adds four when it is imported)
empties the memory, so a later answer is again the walk's answer. (Classes are never
removed from a running server, so that is the only change to watch.)

The Rasa server imports this module through ``server.channels`` (named in
``credentials.yml``).
"""

from __future__ import annotations

from typing import Any

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

#: Rasa's own lookup, for names no class has and to restore it in tests.
RASA_RESOLVE = Event.resolve_by_type

_classes_by_name: dict[str, type[Event]] = {}
_RASA_INIT_SUBCLASS = Event.__dict__.get("__init_subclass__")


def resolve_by_type(type_name: str, default: type[Event] | None = None) -> type[Event] | None:
    """The event class for ``type_name``, as ``Event.resolve_by_type`` gives it."""
    found = _classes_by_name.get(type_name)
    if found is not None:
        return found
    for cls in all_subclasses(Event):
        if cls.type_name == type_name:
            _classes_by_name[type_name] = cls
            return cls
    return RASA_RESOLVE(type_name, default)


def _forget_on_new_subclass(cls: type[Event], **kwargs: Any) -> None:
    """A new subclass may change which class a name resolves to: start again."""
    _classes_by_name.clear()
    super(Event, cls).__init_subclass__(**kwargs)


def install() -> None:
    """Make ``Event.resolve_by_type`` remember its answers (idempotent)."""
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]
    Event.__init_subclass__ = classmethod(_forget_on_new_subclass)  # type: ignore[assignment]


def uninstall() -> None:
    """Give Rasa its own lookup back (tests compare the two)."""
    Event.resolve_by_type = staticmethod(RASA_RESOLVE)  # type: ignore[method-assign]
    if _RASA_INIT_SUBCLASS is None:
        if "__init_subclass__" in Event.__dict__:
            del Event.__init_subclass__
    else:
        Event.__init_subclass__ = _RASA_INIT_SUBCLASS  # type: ignore[assignment]
    _classes_by_name.clear()


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return Event.resolve_by_type is resolve_by_type
