"""The action server down while a Teams or a Slack user describes a case: the user is told,
as on the chat page, and the conversation goes on once it is back."""

from __future__ import annotations

from server.channels import UNAVAILABLE_TEXT
from tests.channels.conftest import CASE, Servers, SlackUser, TeamsUser


def test_the_action_server_down_is_said_on_both_channels(servers: Servers) -> None:
    teams, slack = TeamsUser(servers), SlackUser(servers)
    servers.actions.stop()
    try:
        teams_replies = [reply.get("text") for reply in teams.send(CASE)]
        slack_replies = [message.get("text") for message in slack.send(CASE)]
    finally:
        servers.actions.start()
    assert UNAVAILABLE_TEXT in teams_replies
    assert UNAVAILABLE_TEXT in slack_replies
    assert teams.send("hello")
    assert slack.send("hello")
