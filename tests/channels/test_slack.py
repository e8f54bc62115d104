"""Slack through the real Rasa server and the Slack Web API stand-in on 127.0.0.1.

Signed Events API and interactivity requests go to /webhooks/slack/webhook; the bot
answers in the background through the stand-in's chat.postMessage; every message's
blocks are checked with slack_sdk's Block Kit models.
"""

from __future__ import annotations

import json
import time

from server import chat_platforms
from tests.channels import standins
from tests.channels.conftest import CASE, Servers, SlackUser, slack_assessments
from tests.channels.validate import block_kit_errors


def assert_valid_blocks(messages: list[dict]) -> None:
    for message in messages:
        assert message.get("text"), message
        if message.get("blocks"):
            assert block_kit_errors(message["blocks"]) == [], json.dumps(message)[:2000]


def test_unsigned_or_wrongly_signed_requests_are_refused(servers: Servers) -> None:
    user = SlackUser(servers)
    body = json.dumps(user.event_body("hello")).encode()
    now = int(time.time())
    attempts = {
        "unsigned": {},
        "wrong secret": standins.slack_headers(body, secret="not-the-secret"),
        "too old": standins.slack_headers(body, timestamp=now - 600),
        "garbage": {"X-Slack-Request-Timestamp": "x", "X-Slack-Signature": "v0=00"},
    }
    for name, headers in attempts.items():
        answer = user.post_raw(body, "application/json", headers)
        assert answer.status_code == 401, f"{name}: {answer.status_code} {answer.text}"
    # A signature over another body does not carry over.
    other = standins.slack_headers(b"{}")
    assert user.post_raw(body, "application/json", other).status_code == 401
    challenge = json.dumps({"type": "url_verification", "challenge": "c-123"}).encode()
    assert user.post_raw(challenge, "application/json").status_code == 401
    answer = user.post_signed(challenge, "application/json")
    assert answer.status_code == 200 and answer.json() == {"challenge": "c-123"}
    time.sleep(1)
    assert servers.standin.slack_messages(user.channel) == []
    assert servers.events(user.sender) == []


def test_messages_outside_a_direct_message_are_refused_by_dm(servers: Servers) -> None:
    user = SlackUser(servers, channel="C0SHARED01")
    before = len(servers.standin.slack_messages(user.user_id))
    body = json.dumps(user.event_body(CASE, channel_type="channel")).encode()
    assert user.post_signed(body, "application/json").status_code == 200
    deadline = time.monotonic() + 20
    while len(servers.standin.slack_messages(user.user_id)) == before:
        assert time.monotonic() < deadline, "no refusal"
        time.sleep(0.1)
    [refusal] = servers.standin.slack_messages(user.user_id)[before:]
    assert refusal["text"] == chat_platforms.PERSONAL_ONLY
    assert servers.standin.slack_messages("C0SHARED01") == []
    assert servers.events(user.sender) == []


def test_files_are_refused_with_the_page_explanation(servers: Servers) -> None:
    user = SlackUser(servers)
    replies = user.send("here", subtype="file_share", files=[{"id": "F1", "name": "photo.jpg"}])
    assert [reply["text"] for reply in replies] == [chat_platforms.IMAGE_REFUSAL]
    assert servers.events(user.sender) == []
    assert "photo.jpg" not in servers.all_stored_text()


def test_a_full_case_ends_in_block_kit_with_a_guidance_question_mid_case(
    servers: Servers,
) -> None:
    user = SlackUser(servers)
    replies = user.send(CASE)
    assert_valid_blocks(replies)
    asked = servers.requested_slot(user.sender)
    replies = user.send("should I look at the image?")
    assert_valid_blocks(replies)
    assert any("*Sources*" in json.dumps(reply.get("blocks")) for reply in replies)
    assert servers.requested_slot(user.sender) == asked
    silent = 0
    for _ in range(30):
        if slack_assessments(replies):
            break
        answer = servers.answer_for(user.sender)
        replies = user.click(answer) if answer.startswith("/") else user.send(answer)
        # A turn without a reply happens on the REST channel too (a question the form
        # asks without words for it); two in a row would mean the case is stuck.
        silent = 0 if replies else silent + 1
        assert silent < 2, f"no reply to two answers in a row, the last {answer!r}"
        assert_valid_blocks(replies)
    [message] = slack_assessments(replies)
    assert message["channel"] == user.channel
    assert "SAFEGUARDING RESPONSE" in message["blocks"][0]["text"]["text"]
    values = {
        e["value"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]
    }
    assert {"/explain_factor", "/ask_record"} <= values
    record = user.click("/ask_record")
    assert_valid_blocks(record)
    assert any("```" in json.dumps(reply.get("blocks")) for reply in record)
    stored = servers.all_stored_text()
    assert servers.events(user.sender)
    assert user.user_id not in stored and user.channel not in stored
