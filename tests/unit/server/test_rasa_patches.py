"""``server.rasa_patches``: one explicit install, its version check, its table, and the
Rasa wording ``server.channels`` depends on (read from the installed Rasa's source)."""

from __future__ import annotations

import ast
import importlib
import inspect
import logging
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import rasa
from rasa.core.actions.action import ActionExtractSlots, RemoteAction
from rasa.shared.core.events import Event
from rasa.utils.endpoints import EndpointConfig

from server import channels, rasa_patches

ROOT = Path(__file__).resolve().parents[3]

#: The Rasa attributes the patches replace, as Rasa defines them (before any install).
RASA_OWN = {
    (RemoteAction, "_validate_action_result"): rasa_patches._RASA_VALIDATE_ACTION_RESULT,
    (Event, "resolve_by_type"): rasa_patches.RASA_RESOLVE,
    (ActionExtractSlots, "_execute_validation_action"): (
        rasa_patches._RASA_EXECUTE_VALIDATION_ACTION
    ),
}


def all_on() -> bool:
    return all(rasa_patches.installed().values())


def all_off() -> bool:
    return not any(rasa_patches.installed().values())


def rasa_methods_are_rasas() -> bool:
    return (
        all(getattr(owner, name) is own for (owner, name), own in RASA_OWN.items())
        and "__init_subclass__" not in Event.__dict__
    )


# --- install / uninstall ---------------------------------------------------------------


def test_install_and_uninstall_are_idempotent() -> None:
    rasa_patches.uninstall()
    rasa_patches.uninstall()
    assert all_off() and rasa_methods_are_rasas()
    rasa_patches.install()
    first = {key: owner.__dict__[key[1]] for key in RASA_OWN for owner in [key[0]]}
    rasa_patches.install()
    assert all_on()
    assert {key: owner.__dict__[key[1]] for key in RASA_OWN for owner in [key[0]]} == first
    rasa_patches.uninstall()
    rasa_patches.uninstall()
    assert all_off() and rasa_methods_are_rasas()


async def test_each_patch_is_in_force_after_install() -> None:
    rasa_patches.uninstall()
    rasa_patches.install()
    assert rasa_patches.installed() == {patch.name: True for patch in rasa_patches.PATCHES}
    action = RemoteAction("action_assess", EndpointConfig("http://127.0.0.1:1/webhook"))
    assert action._validate_action_result.__func__ is rasa_patches.validate_action_result
    assert Event.resolve_by_type is rasa_patches.resolve_by_type
    assert Event.__dict__["__init_subclass__"].__func__ is rasa_patches._forget_on_new_subclass
    extract = ActionExtractSlots(None)
    assert extract._execute_validation_action.__func__ is rasa_patches.execute_validation_action


def test_install_can_leave_one_out_for_measurements() -> None:
    name = "Event.resolve_by_type"
    rasa_patches.install(without=[name])
    assert rasa_patches.installed() == {p.name: p.name != name for p in rasa_patches.PATCHES}
    assert Event.resolve_by_type is rasa_patches.RASA_RESOLVE
    with pytest.raises(ValueError, match="no such patch"):
        rasa_patches.install(without=["Event.no_such_method"])


def test_patched_restores_the_state_it_found() -> None:
    rasa_patches.uninstall()
    with rasa_patches.patched():
        assert all_on()
    assert all_off() and rasa_methods_are_rasas()
    rasa_patches.install()
    with rasa_patches.patched():
        assert all_on()
    assert all_on()


@pytest.mark.parametrize("version", ["3.6.20", "3.6.22", "3.7.0", "4.0.0"])
def test_another_rasa_version_is_refused_and_nothing_patched(
    monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    rasa_patches.uninstall()
    monkeypatch.setattr(rasa, "__version__", version)
    with pytest.raises(rasa_patches.RasaVersionError, match=re.escape(version)) as refused:
        rasa_patches.install()
    assert rasa_patches.RASA_VERSION in str(refused.value)
    assert all_off() and rasa_methods_are_rasas()


def test_the_installed_rasa_is_the_one_the_patches_were_written_for() -> None:
    assert rasa.__version__ == rasa_patches.RASA_VERSION


# --- where they are installed ------------------------------------------------------------


def test_building_the_rest_channel_installs_them() -> None:
    rasa_patches.uninstall()
    channels.GuardedRestInput.from_credentials(None)
    assert all_on()


IMPORT_ONLY = """
import server.__main__, server.channels, server.rasa_patches, server.slack, server.teams
import server.tracker_store
print(sorted(name for name, on in server.rasa_patches.installed().items() if on))
"""


def test_importing_the_server_modules_patches_nothing() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORT_ONLY], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_python_m_server_installs_them_then_runs_rasas_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import rasa.__main__

    from server.__main__ import main

    seen: dict[str, Any] = {}

    def rasa_main() -> None:
        seen["patched"] = all_on()
        seen["argv"] = list(sys.argv)

    rasa_patches.uninstall()
    monkeypatch.setattr(rasa.__main__, "main", rasa_main)
    monkeypatch.setattr(sys, "argv", ["python -m server"])
    main(["test", "core", "--stories", "tests/"])
    assert seen == {"patched": True, "argv": ["rasa", "test", "core", "--stories", "tests/"]}


def test_serve_sh_starts_rasa_through_the_patching_entry_point() -> None:
    script = (ROOT / "scripts" / "serve.sh").read_text(encoding="utf-8")
    assert "bin/rasa " not in script
    assert re.search(r"python -m server run\b", script)
    assert re.search(r"python -m server shell\b", script)


# --- the table ----------------------------------------------------------------------------


@pytest.mark.parametrize("patch", rasa_patches.PATCHES, ids=lambda patch: patch.name)
def test_each_patch_says_what_why_and_its_gain(patch: rasa_patches.Patch) -> None:
    owner, attribute, _ = patch.replacements[0]
    assert patch.name == f"{owner.__name__}.{attribute}"
    assert patch.kind in ("speed", "correctness")
    assert patch.changes and patch.why
    if patch.kind == "speed":  # kept only if it saves >= 1 ms or >= 5 % of a turn
        assert re.search(r"\d+(\.\d+)? ms", patch.gain)
    assert f"``{patch.name}``" in rasa_patches.__doc__


@pytest.mark.parametrize("override", rasa_patches.OVERRIDES, ids=lambda item: item.name)
def test_each_override_names_a_guarding_test_that_exists(
    override: rasa_patches.Override,
) -> None:
    path, test_name = override.guard.split("::")
    source = (ROOT / path).read_text(encoding="utf-8")
    assert re.search(rf"^(async )?def {test_name}\(", source, re.MULTILINE), override.guard
    module_name, class_name, method = override.where.rsplit(".", 2)
    subclass = getattr(importlib.import_module(module_name), class_name)
    assert method in vars(subclass), f"{override.where} is not defined"


# --- the log wording server/channels.py depends on ----------------------------------------

WARNING_OR_ABOVE = {"warning", "error", "exception", "critical"}


def logged_texts(source: str) -> list[str]:
    """The literal text of each ``logger.warning/error/exception/critical(...)`` message."""
    texts = []
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in WARNING_OR_ABOVE
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "logger"
            and node.args
        ):
            continue
        message = node.args[0]
        if isinstance(message, ast.Call) and isinstance(message.func, ast.Attribute):
            message = message.func.value  # "...{}...".format(...)
        texts.append(
            "".join(
                part.value
                for part in ast.walk(message)
                if isinstance(part, ast.Constant) and isinstance(part.value, str)
            )
        )
    return texts


@pytest.mark.parametrize(
    ("module_name", "marker"),
    [
        (name, marker)
        for name, markers in channels.ACTION_FAILURE_LOGS.items()
        for marker in markers
    ],
)
def test_the_failure_wording_the_channel_watches_is_in_rasas_log_calls(
    module_name: str, marker: str
) -> None:
    module = importlib.import_module(module_name)
    # The channel's filter sits on the logger of that name: the module must log through it.
    assert isinstance(module.logger, logging.Logger)
    assert module.logger.name == module_name
    texts = logged_texts(inspect.getsource(module))
    assert any(marker in text for text in texts), (
        f"Rasa {rasa.__version__} no longer logs {marker!r} at WARNING or above in "
        f"{module_name}: update ACTION_FAILURE_LOGS in server/channels.py"
    )


def test_the_failure_wording_check_sees_what_it_should() -> None:
    source = (
        "logger.warning(f\"Failed to execute custom action '{name}' as a result of {e}\")\n"
        "logger.debug('Encountered an exception while running action')\n"
        "logger.error('Failed to run custom action {}. Couldn\\'t'.format(name))\n"
    )
    texts = logged_texts(source)
    assert any("Failed to execute custom action" in text for text in texts)
    assert any("Failed to run custom action" in text for text in texts)
    assert not any("Encountered an exception" in text for text in texts)  # DEBUG only
