"""The deployment files in deploy/: a Teams app manifest that validates against
Microsoft's schema (v1.22, shipped in schemas/) and a Slack app manifest that asks for
direct messages only. No servers."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import jsonschema
import yaml
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = Path(__file__).parent / "schemas"
TEAMS = ROOT / "deploy" / "teams"


def test_teams_manifest_is_valid_personal_only_and_without_files() -> None:
    manifest = json.loads((TEAMS / "manifest.json").read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / "teams-manifest-1.22.json").read_text(encoding="utf-8"))
    errors = [
        f"{list(error.absolute_path)}: {error.message}"
        for error in jsonschema.Draft4Validator(schema).iter_errors(manifest)
    ]
    assert errors == []
    [bot] = manifest["bots"]
    assert bot["scopes"] == ["personal"]
    assert bot["supportsFiles"] is False
    for command in bot["commandLists"][0]["commands"]:
        assert command["title"]
    assert Image.open(TEAMS / manifest["icons"]["color"]).size == (192, 192)
    outline = Image.open(TEAMS / manifest["icons"]["outline"]).convert("RGBA")
    assert outline.size == (32, 32)
    colours = {pixel[:3] for pixel in outline.getdata() if pixel[3] > 0}
    assert colours == {(255, 255, 255)}  # white on transparent, as Teams requires


def test_slack_manifest_asks_for_direct_messages_only() -> None:
    manifest = yaml.safe_load((ROOT / "deploy" / "slack" / "manifest.yml").read_text())
    settings = manifest["settings"]
    assert settings["event_subscriptions"]["bot_events"] == ["app_mention", "message.im"]
    assert set(manifest["oauth_config"]["scopes"]["bot"]) == {
        "app_mentions:read",
        "chat:write",
        "im:history",
    }
    for url in (
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    ):
        assert url.startswith("https://") and url.endswith("/webhooks/slack/webhook")
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert len(manifest["display_information"]["description"]) <= 140
    assert len(manifest["display_information"]["name"]) <= 35


def test_channel_credentials_blocks_name_the_project_classes() -> None:
    teams = yaml.safe_load((ROOT / "deploy" / "channels" / "teams.yml").read_text())
    slack = yaml.safe_load((ROOT / "deploy" / "channels" / "slack.yml").read_text())
    assert set(teams) == {"server.teams.TeamsInput"}
    assert set(slack) == {"server.slack.SlackDirectInput"}
    default = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert set(default) == {"server.channels.GuardedRestInput"}  # `make run` needs no token


def test_serve_refuses_channels_without_their_variables() -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("MICROSOFT_APP_", "SLACK_"))
    }
    for channels, missing in (("teams", "MICROSOFT_APP_ID"), ("teams,slack", "SLACK_BOT_TOKEN")):
        extra = (
            {}
            if channels == "teams"
            else {
                "MICROSOFT_APP_ID": "a",
                "MICROSOFT_APP_PASSWORD": "p",
                "MICROSOFT_APP_TENANT_ID": "t",
            }
        )
        done = subprocess.run(
            ["bash", "scripts/serve.sh"],
            cwd=ROOT,
            env={**env, **extra, "CHANNELS": channels, "RASA_PORT": "1", "ACTIONS_PORT": "1"},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        assert f"needs {missing} to be set" in done.stderr
    done = subprocess.run(
        ["bash", "scripts/serve.sh"],
        cwd=ROOT,
        env={**env, "CHANNELS": "fax"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "unknown channel 'fax'" in done.stderr
