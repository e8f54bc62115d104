"""What a stranger can and cannot reach: sender ids, the HTTP API, CORS, the action server."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import requests

from tests.system.conftest import PAGE_ORIGINS, Stack, new_sender


@pytest.mark.parametrize(
    "sender",
    ["default", "user1", "a" * 21, "a" * 129, "a" * 30 + "/..", "a" * 30 + " x", None, 12345],
)
def test_guessable_or_odd_sender_ids_are_refused(stack: Stack, sender: object) -> None:
    answer = stack.post({"sender": sender, "message": "hello"})
    assert answer.status_code == 400
    assert answer.json()["error"] == "invalid_sender"
    assert answer.json()["notice"]["kind"] == "invalid_sender"


def test_a_missing_sender_and_a_non_json_body_are_refused(stack: Stack) -> None:
    assert stack.post({"message": "hello"}).status_code == 400
    answer = stack.session.post(f"{stack.rasa_url}/webhooks/rest/webhook", data="not json")
    assert answer.status_code == 400
    assert stack.post({"sender": new_sender(), "message": 42}).status_code == 400


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/conversations/{id}/tracker"),
        ("POST", "/conversations/{id}/messages"),
        ("POST", "/conversations/{id}/trigger_intent"),
        ("GET", "/status"),
        ("GET", "/version"),
        ("POST", "/model/parse"),
        ("PUT", "/model"),
    ],
)
def test_the_http_api_is_off(stack: Stack, method: str, path: str) -> None:
    sender = new_sender()
    stack.say(sender, "hello")
    answer = stack.session.request(
        method, stack.rasa_url + path.format(id=sender), json={"text": "hi"}, timeout=10
    )
    assert answer.status_code in (403, 404)
    assert '"events"' not in answer.text and '"slots"' not in answer.text


def preflight(stack: Stack, origin: str) -> requests.Response:
    return stack.session.options(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=10,
    )


def test_cors_allows_the_chat_page_origins_only(stack: Stack) -> None:
    for origin in PAGE_ORIGINS:
        assert preflight(stack, origin).headers.get("Access-Control-Allow-Origin") == origin
    for origin in ("http://evil.example", "http://localhost:9999", "null"):
        assert "Access-Control-Allow-Origin" not in preflight(stack, origin).headers


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on ``port`` (from /proc/net/tcp, tcp6)."""
    found: set[str] = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(port_hex, 16) == port:  # 0A = LISTEN
                found.add(address)
    return found


def non_loopback_address() -> str | None:
    """An address of this machine other than loopback (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
            address = sock.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_the_action_server_listens_on_loopback_only(stack: Stack) -> None:
    assert listening_addresses(stack.actions_port) == {"0100007F"}  # 127.0.0.1
    address = non_loopback_address()
    if address is not None:
        with pytest.raises(OSError), socket.create_connection((address, stack.actions_port), 2):
            pass


def test_the_action_server_allows_no_browser_origin(stack: Stack) -> None:
    answer = requests.options(
        f"http://127.0.0.1:{stack.actions_port}/webhook",
        headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"},
        timeout=10,
    )
    assert "Access-Control-Allow-Origin" not in answer.headers
