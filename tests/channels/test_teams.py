"""Teams through the real Rasa server and the Bot Framework stand-in on 127.0.0.1.

A signed activity goes to /webhooks/botframework/webhook; the bot's replies arrive at
the stand-in's serviceUrl with a token the bot got from the stand-in's single-tenant
token endpoint; every card is checked against the Adaptive Card 1.5 schema.
"""

from __future__ import annotations

import json

import jwt

from server import chat_platforms
from tests.channels import standins
from tests.channels.conftest import CASE, Servers, TeamsUser, assessment_cards, cards
from tests.channels.standins import BotFrameworkSigner
from tests.channels.validate import adaptive_card_errors


def assert_valid_cards(activities: list[dict]) -> None:
    for card in cards(activities):
        assert adaptive_card_errors(card) == [], json.dumps(card)[:2000]


# --- refused: nothing reaches the bot, nothing is sent -----------------------------------


def test_requests_without_a_valid_token_get_401(servers: Servers) -> None:
    user = TeamsUser(servers)
    activity = user.activity("hello")
    service_url = activity["serviceUrl"]
    signer = servers.standin.signer
    other_key = BotFrameworkSigner()
    attempts = {
        "no header": None,
        "not bearer": "Basic abc",
        "garbage": "Bearer not.a.jwt",
        "no kid": "Bearer " + signer.token(service_url, headers={}),
        "unknown kid": "Bearer " + signer.token(service_url, headers={"kid": "nope"}),
        "wrong key": "Bearer " + signer.token(service_url, key=other_key.key),
        "wrong audience": "Bearer " + signer.token(service_url, audience="someone-else"),
        "wrong issuer": "Bearer " + signer.token(service_url, issuer="https://evil.example"),
        "expired": "Bearer " + signer.token(service_url, lifetime=-3600),
        "other serviceUrl": "Bearer " + signer.token("http://127.0.0.1:9/elsewhere/"),
        "HS256": "Bearer "
        + jwt.encode(
            {"aud": standins.APP_ID, "iss": standins.ISSUER, "exp": 2**31},
            "secret",
            algorithm="HS256",
            headers={"kid": standins.KID},
        ),
    }
    for name, header in attempts.items():
        answer = user.post(activity, token=header)
        assert answer.status_code == 401, f"{name}: {answer.status_code} {answer.text}"
    assert servers.standin.activities(user.conversation_id) == []
    assert servers.events(user.sender) == []


def test_a_signed_message_gets_a_reply_through_the_single_tenant_authority(
    servers: Servers,
) -> None:
    user = TeamsUser(servers)
    replies = user.send("hello")
    assert replies, "no reply reached the stand-in's serviceUrl"
    assert all(reply["conversation"]["id"] == user.conversation_id for reply in replies)
    assert all(reply["recipient"]["id"] == user.user_id for reply in replies)
    assert_valid_cards(replies)
    tenants = {request["tenant"] for request in servers.standin.recorded.token_requests}
    assert tenants == {standins.TENANT_ID}
    assert servers.standin.recorded.refused == []


def test_group_chats_and_channels_are_refused(servers: Servers) -> None:
    for kind in ("channel", "groupChat"):
        user = TeamsUser(servers, conversation_type=kind)
        replies = user.send("A 15 year old girl sent a nude to her boyfriend, he is 15")
        assert [reply.get("text") for reply in replies] == [chat_platforms.PERSONAL_ONLY]
        assert servers.events(user.sender) == []


def test_attachments_are_refused_with_the_page_explanation_and_never_stored(
    servers: Servers,
) -> None:
    user = TeamsUser(servers)
    for attachment in (
        {"contentType": "image/png", "contentUrl": "https://example.invalid/secret.png"},
        {"contentType": "text/html", "content": '<p>look</p><img src="https://x/y.png">'},
        {
            "contentType": "application/vnd.microsoft.teams.file.download.info",
            "name": "photo.jpg",
        },
    ):
        replies = user.send("here it is", attachments=[attachment])
        assert [reply.get("text") for reply in replies] == [chat_platforms.IMAGE_REFUSAL]
    assert servers.events(user.sender) == []
    assert "secret.png" not in servers.all_stored_text()


def test_long_and_control_character_messages_are_guarded(servers: Servers) -> None:
    user = TeamsUser(servers)
    replies = user.send("x" * 2500)
    assert "the limit is 2,000" in replies[0]["text"]
    assert servers.events(user.sender) == []
    user.send("hello\x00\x1b[31m \u202eevil")
    stored = [e["text"] for e in servers.events(user.sender) if e["event"] == "user"]
    assert stored == ["hello[31m evil"]


# --- a case ---------------------------------------------------------------------------------


def test_a_full_case_ends_in_an_adaptive_card_assessment(servers: Servers) -> None:
    user = TeamsUser(servers)
    replies = user.send(CASE)
    assert_valid_cards(replies)
    silent = 0
    for _ in range(30):
        if assessment_cards(replies):
            break
        answer = servers.answer_for(user.sender)
        # Button answers go as card clicks (value.payload, no text), the rest as text.
        replies = user.click(answer) if answer.startswith("/") else user.send(answer)
        # A turn without a reply happens on the REST channel too (a question the form
        # asks without words for it); two in a row would mean the case is stuck.
        silent = 0 if replies else silent + 1
        assert silent < 2, f"no reply to two answers in a row, the last {answer!r}"
        assert_valid_cards(replies)
    [card] = assessment_cards(replies)
    assert card["body"][0]["items"][0]["text"] == "SAFEGUARDING RESPONSE"
    assert any(item.get("id") == "section-why" for item in card["body"])
    assert {a["data"]["payload"] for a in card["actions"]} >= {"/explain_factor", "/ask_record"}

    record = user.click("/ask_record")
    assert_valid_cards(record)
    assert cards(record)[0]["body"][0]["items"][0]["text"].startswith("Case record")
    copied = [reply["text"] for reply in record if reply.get("text", "").startswith("```")]
    assert copied and "Case record" in copied[0]

    # Identity: the tracker holds the pseudonym only, never the Teams ids or name.
    assert servers.events(user.sender)
    stored = servers.all_stored_text()
    for identifier in (user.user_id, user.aad_object_id, user.name, user.conversation_id):
        assert identifier not in stored


def test_a_guidance_question_mid_case_is_answered_and_the_case_goes_on(servers: Servers) -> None:
    user = TeamsUser(servers)
    user.send(CASE)
    asked = servers.requested_slot(user.sender)
    assert asked is not None
    replies = user.send("should I look at the image?")
    assert_valid_cards(replies)
    topic_cards = [c for c in cards(replies) if any(b.get("text") == "Sources" for b in c["body"])]
    assert topic_cards, [c["fallbackText"][:200] for c in cards(replies)]
    assert servers.requested_slot(user.sender) == asked
