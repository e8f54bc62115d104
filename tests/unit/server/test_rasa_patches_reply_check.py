"""The patched check of action server replies accepts and refuses exactly what Rasa's does."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from server import rasa_patches

VALID_REPLIES = [
    {"events": [], "responses": []},
    {
        "events": [
            {"event": "slot", "name": "pictured_age", "value": 14},
            {"event": "active_loop", "name": None},
            {"event": "followup", "name": "case_form"},
        ],
        "responses": [{"text": "hello", "buttons": [], "custom": {"assessment": {}}}],
    },
]
INVALID_REPLIES = [
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": "not a list", "responses": []},
    {"events": [{"event": "slot"}], "responses": []},  # a slot event needs a name
]


@pytest.fixture
def action() -> RemoteAction:
    return RemoteAction("action_assess", EndpointConfig("http://127.0.0.1:1/webhook"))


def rasa_accepts(action: RemoteAction, reply: dict) -> bool:
    try:
        return rasa_patches._RASA_VALIDATE_ACTION_RESULT(action, reply)
    except ValidationError:
        return False


@pytest.mark.parametrize("reply", VALID_REPLIES)
def test_valid_replies_pass_as_they_do_in_rasa(action, reply):
    assert rasa_accepts(action, reply)
    assert rasa_patches.validate_action_result(action, reply) is True


@pytest.mark.parametrize("reply", INVALID_REPLIES)
def test_invalid_replies_fail_with_rasas_own_error(action, reply):
    assert not rasa_accepts(action, reply)
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        rasa_patches.validate_action_result(action, reply)


def test_installed_every_remote_action_uses_it(action):
    rasa_patches.install()

    assert action._validate_action_result.__func__ is rasa_patches.validate_action_result
    with pytest.raises(ValidationError):
        action._validate_action_result(INVALID_REPLIES[0])
    assert action._validate_action_result(VALID_REPLIES[1]) is True


def test_the_schema_is_checked_once():
    assert rasa_patches.reply_validator() is rasa_patches.reply_validator()
