"""Check the action server's replies with a JSON Schema validator built once, not per call.

Rasa 3.6 checks every reply of the action server with ``jsonschema.validate(result,
schema)`` (``RemoteAction._validate_action_result``). ``validate`` first checks the
schema itself against the JSON Schema meta-schema, and Rasa's events schema is large:
that alone cost 40-80 ms of CPU per action call here, on the Rasa server's only event
loop. Our bot calls the action server once or twice on every turn, so this was most of
a turn's cost (docs/PERFORMANCE.md).

:func:`install` replaces that method with one that validates against the same schema
with a validator built once. A valid reply passes exactly as before; an invalid one is
handed to Rasa's own method, so it fails with Rasa's own error and message. The Rasa
server imports this module through ``server.channels`` (named in ``credentials.yml``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import validators
from rasa.core.actions.action import RemoteAction

_RASA_CHECK = RemoteAction._validate_action_result


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
    return _RASA_CHECK(action, result)


def install() -> None:
    """Make every ``RemoteAction`` use the cached validator (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]


def installed() -> bool:
    """Whether :func:`install` is in effect."""
    return RemoteAction._validate_action_result is validate_action_result
