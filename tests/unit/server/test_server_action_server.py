"""The action server entry point: loopback by default."""

from __future__ import annotations

import pytest

from server.action_server import DEFAULT_HOST, is_loopback, parse_args


def test_defaults_are_loopback_and_the_actions_package() -> None:
    args = parse_args(["--port", "5099"])
    assert (args.host, args.port, args.actions) == ("127.0.0.1", 5099, "actions")
    assert DEFAULT_HOST == "127.0.0.1"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_addresses(host: str) -> None:
    assert is_loopback(host)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "10.0.0.5", "192.168.1.2", "actions.internal"])
def test_other_addresses_are_not_loopback(host: str) -> None:
    assert not is_loopback(host)
