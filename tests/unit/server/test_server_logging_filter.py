"""The redacting log filter, and the logging file Rasa is started with."""

from __future__ import annotations

import io
import logging
import logging.config
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from server.logging_filter import RedactingFilter, install

ROOT = Path(__file__).resolve().parents[3]


def format_through_filter(logger_call: str, *args: object, exc: bool = False) -> str:
    """Log one record through a handler carrying the filter; return what was written."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("test.redacting_filter")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        if exc:
            try:
                raise ValueError("bad input 'she's called Jane, 07700 900123'")
            except ValueError:
                logger.exception(logger_call, *args)
        else:
            logger.warning(logger_call, *args)
    finally:
        logger.removeHandler(handler)
    return stream.getvalue()


def test_the_message_and_its_arguments_are_redacted() -> None:
    written = format_through_filter("user said %r at %s", "my name is Jane Smith", "SW1A 1AA")
    assert "Jane" not in written and "SW1A" not in written
    assert "[name]" in written and "[postcode]" in written


def test_a_traceback_is_redacted() -> None:
    written = format_through_filter("handling failed", exc=True)
    assert "Traceback" in written and "ValueError" in written
    assert "07700" not in written and "Jane" not in written


def test_structlog_style_json_lines_are_redacted() -> None:
    written = format_through_filter('{"event": "rest.message.received", "text": "jo@example.com"}')
    assert "jo@example.com" not in written and "[email]" in written


def test_a_record_without_personal_data_is_unchanged() -> None:
    assert format_through_filter("Rasa server is up and running.") == (
        "Rasa server is up and running.\n"
    )


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    """Restore the root logger's handlers and level after a test reconfigures logging."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    for handler in handlers:
        if handler not in root.handlers:
            root.addHandler(handler)
    root.setLevel(level)


def test_install_adds_the_filter_once(clean_root: logging.Logger) -> None:
    handler = logging.StreamHandler(io.StringIO())
    clean_root.addHandler(handler)
    assert install() >= 1
    assert sum(isinstance(item, RedactingFilter) for item in handler.filters) == 1
    assert install() == 0


def test_the_logging_file_survives_rasas_coloredlogs_setup(clean_root: logging.Logger) -> None:
    """Rasa applies --logging-config-file, then coloredlogs replaces the console handler."""
    from rasa.utils.io import configure_colored_logging

    config = yaml.safe_load((ROOT / "server" / "logging.yml").read_text(encoding="utf-8"))
    logging.config.dictConfig(config)
    configure_colored_logging("INFO")
    consoles = [
        handler
        for handler in clean_root.handlers
        if isinstance(handler, logging.StreamHandler)
        and not type(handler).__module__.startswith("_pytest")
    ]
    # coloredlogs did replace the file's handler, and kept its filter.
    assert any(type(handler).__module__.startswith("coloredlogs") for handler in consoles)
    assert all(
        any(isinstance(item, RedactingFilter) for item in handler.filters) for handler in consoles
    )
    assert logging.getLogger("sanic.access").level == logging.WARNING
