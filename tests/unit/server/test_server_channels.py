"""The guarded REST channel's checks, notices and fault detection (no Rasa model needed)."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from aiohttp import web
from rasa.core.channels.channel import UserMessage

from server.channels import (
    EMPTY_TEXT,
    UNAVAILABLE_TEXT,
    GuardedRestInput,
    action_server_is_up,
    early_reply,
    health_url,
    invalid_sender_body,
    is_valid_sender,
    max_message_chars,
    sanitise,
    too_long_text,
)
from server.logging_filter import RedactingFilter, _all_handlers

SENDER = "s" * 43


@pytest.mark.parametrize(
    "sender",
    [
        "a" * 22,
        "A" * 128,
        "Zq3_-x9Kf0LmN2pQrS7tUv8WxYz1aB4cD5eF6gH7iJ8",  # 43 chars, base64url
        "0123456789abcdef0123456789abcdef",  # secrets.token_hex(16)
    ],
)
def test_long_random_looking_ids_are_accepted(sender: str) -> None:
    assert is_valid_sender(sender)


@pytest.mark.parametrize(
    "sender",
    [
        "a" * 21,
        "a" * 129,
        "default",
        "user1",
        "",
        "a" * 21 + ".",
        "a" * 30 + "/",
        "a" * 30 + "=",
        "a" * 30 + " b",
        "a" * 30 + "é",
        "a" * 30 + "\n",
        None,
        12345678901234567890123,
        ["a" * 30],
    ],
)
def test_short_or_odd_ids_are_rejected(sender: Any) -> None:
    assert not is_valid_sender(sender)


def test_the_invalid_sender_answer_does_not_echo_the_id() -> None:
    body = invalid_sender_body()
    assert body["error"] == "invalid_sender"
    assert body["notice"] == {"kind": "invalid_sender", "min_length": 22, "max_length": 128}
    assert "22 to 128" in body["message"]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("hello\x00world", "helloworld"),
        ("bell\x07 escape\x1b[31m red", "bell escape[31m red"),
        ("abc\u202edcba\u202c", "abcdcba"),
        ("\u2066isolate\u2069 \u200eltr\u200f", "isolate ltr"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("lone \ud800 surrogate", "lone  surrogate"),
        ("line one\r\nline two\rthree\u2028four", "line one\nline two\nthree\nfour"),
        ("keep\ttabs\nand newlines", "keep\ttabs\nand newlines"),
        ("emoji 😀 family 👩\u200d👧 flag 🏴", "emoji 😀 family 👩\u200d👧 flag 🏴"),
        ("Zoë, £100, ‘quotes’", "Zoë, £100, ‘quotes’"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
    ],
)
def test_sanitise_removes_control_and_bidi_characters_only(raw: str, clean: str) -> None:
    assert sanitise(raw) == clean


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n", "\u00a0\u3000"])
def test_empty_messages_get_the_empty_notice(text: str) -> None:
    reply = early_reply(SENDER, text, 2000)
    assert reply == [
        {"recipient_id": SENDER, "text": EMPTY_TEXT},
        {"recipient_id": SENDER, "custom": {"notice": {"kind": "empty_message"}}},
    ]


def test_a_message_over_the_limit_is_answered_with_both_numbers() -> None:
    reply = early_reply(SENDER, "x" * 20_000, 2000)
    assert reply is not None
    assert reply[0]["text"] == (
        "Your message is 20,000 characters long; the limit is 2,000. Please send it in parts."
    )
    assert reply[1]["custom"]["notice"] == {
        "kind": "message_too_long",
        "limit": 2000,
        "length": 20_000,
    }


def test_a_message_at_the_limit_goes_to_the_bot() -> None:
    assert early_reply(SENDER, "x" * 2000, 2000) is None
    assert early_reply(SENDER, "she is 14", 2000) is None
    assert too_long_text(2001, 2000).startswith("Your message is 2,001 characters long")


@pytest.mark.parametrize(
    ("value", "limit"), [(None, 2000), ("500", 500), ("0", 2000), ("-5", 2000), ("lots", 2000)]
)
def test_the_limit_comes_from_the_environment(
    value: str | None, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv("MAX_MESSAGE_CHARS", raising=False)
    else:
        monkeypatch.setenv("MAX_MESSAGE_CHARS", value)
    assert max_message_chars() == limit


@pytest.mark.parametrize(
    ("webhook", "health"),
    [
        ("http://127.0.0.1:5055/webhook", "http://127.0.0.1:5055/health"),
        ("http://127.0.0.1:5055/webhook/", "http://127.0.0.1:5055/health"),
        ("http://actions.internal/prefix/webhook", "http://actions.internal/prefix/health"),
    ],
)
def test_health_url_is_beside_the_webhook(webhook: str, health: str) -> None:
    assert health_url(webhook) == health


def test_the_channel_keeps_the_rest_name_and_url() -> None:
    channel = GuardedRestInput.from_credentials(None)
    assert channel.name() == "rest"
    assert channel.url_prefix() == "rest"


# --- the action server health check and fault notice -----------------------------------


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
async def health_server() -> AsyncIterator[dict[str, Any]]:
    """A stand-in action server whose /health answer the test chooses."""
    state: dict[str, Any] = {"status": 200, "delay": 0.0}

    async def health(_: web.Request) -> web.Response:
        await asyncio.sleep(state["delay"])
        return web.json_response({"status": "ok"}, status=state["status"])

    app = web.Application()
    app.router.add_get("/health", health)
    runner = web.AppRunner(app)
    await runner.setup()
    port = closed_port()
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    state["webhook"] = f"http://127.0.0.1:{port}/webhook"
    yield state
    await runner.cleanup()


async def test_health_check_answers(health_server: dict[str, Any]) -> None:
    url = health_url(health_server["webhook"])
    assert await action_server_is_up(url)
    health_server["status"] = 500
    assert not await action_server_is_up(url)
    health_server.update(status=200, delay=1.0)
    assert not await action_server_is_up(url, timeout=0.2)
    assert not await action_server_is_up(f"http://127.0.0.1:{closed_port()}/health")


def fake_request(webhook_url: str | None) -> Any:
    endpoint = None if webhook_url is None else SimpleNamespace(url=webhook_url)
    agent = SimpleNamespace(action_endpoint=endpoint)
    return SimpleNamespace(app=SimpleNamespace(ctx=SimpleNamespace(agent=agent)))


def bot(*texts: str, log_failure: bool = False) -> Any:
    """A stand-in for Rasa's message handler: replies with texts, maybe logs a failure."""

    async def on_new_message(message: UserMessage) -> None:
        if log_failure:
            logging.getLogger("rasa.core.actions.action").error(
                "Failed to run custom action 'action_assess'. Couldn't connect to the server."
            )
        for text in texts:
            await message.output_channel.send_text_message(message.sender_id, text)

    return on_new_message


@pytest.fixture
def channel() -> Iterator[GuardedRestInput]:
    channel = GuardedRestInput()
    channel.blueprint(bot())  # installs the failure watch, as at server start
    yield channel
    # blueprint() also set up process-wide logging for the server: undo it for other tests.
    logging.captureWarnings(False)
    for handler in _all_handlers(()):
        for item in [item for item in handler.filters if isinstance(item, RedactingFilter)]:
            handler.removeFilter(item)


async def test_a_normal_reply_passes_through_without_a_health_check(
    channel: GuardedRestInput,
) -> None:
    request = fake_request(f"http://127.0.0.1:{closed_port()}/webhook")  # down, never asked
    replies = await channel._run_bot(request, bot("Hello."), SENDER, "hi")
    assert replies == [{"recipient_id": SENDER, "text": "Hello."}]


async def test_no_reply_and_the_action_server_down_gives_the_notice(
    channel: GuardedRestInput,
) -> None:
    request = fake_request(f"http://127.0.0.1:{closed_port()}/webhook")
    replies = await channel._run_bot(request, bot(), SENDER, "a year 9 girl ...")
    assert replies == [
        {"recipient_id": SENDER, "text": UNAVAILABLE_TEXT},
        {"recipient_id": SENDER, "custom": {"notice": {"kind": "assistant_unavailable"}}},
    ]
    assert "call 999" in UNAVAILABLE_TEXT


async def test_a_logged_action_failure_with_the_server_down_adds_the_notice(
    channel: GuardedRestInput,
) -> None:
    request = fake_request(f"http://127.0.0.1:{closed_port()}/webhook")
    replies = await channel._run_bot(
        request, bot("Sorry, I didn't get that.", log_failure=True), SENDER, "no"
    )
    assert replies[0]["text"] == "Sorry, I didn't get that."
    assert replies[-1]["custom"]["notice"]["kind"] == "assistant_unavailable"


async def test_a_logged_failure_with_the_server_up_adds_nothing(
    channel: GuardedRestInput, health_server: dict[str, Any]
) -> None:
    request = fake_request(health_server["webhook"])
    replies = await channel._run_bot(request, bot("OK.", log_failure=True), SENDER, "no")
    assert replies == [{"recipient_id": SENDER, "text": "OK."}]


async def test_a_failure_in_one_message_does_not_mark_the_next(
    channel: GuardedRestInput,
) -> None:
    down = fake_request(f"http://127.0.0.1:{closed_port()}/webhook")
    await channel._run_bot(down, bot("x", log_failure=True), SENDER, "first")
    replies = await channel._run_bot(down, bot("Fine."), SENDER, "second")
    assert replies == [{"recipient_id": SENDER, "text": "Fine."}]


async def test_no_action_endpoint_counts_as_down(channel: GuardedRestInput) -> None:
    replies = await channel._run_bot(fake_request(None), bot(), SENDER, "hi")
    assert replies[-1]["custom"]["notice"]["kind"] == "assistant_unavailable"


async def test_an_exception_in_the_bot_is_not_a_crash(channel: GuardedRestInput) -> None:
    async def broken(_: UserMessage) -> None:
        raise RuntimeError("she's called Jane")

    request = fake_request(f"http://127.0.0.1:{closed_port()}/webhook")
    replies = await channel._run_bot(request, broken, SENDER, "hi")
    assert replies[-1]["custom"]["notice"]["kind"] == "assistant_unavailable"
