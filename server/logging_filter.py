"""A logging filter that redacts personal data from every log record.

At INFO level neither Rasa 3.6 nor the action server logs what users type,
but DEBUG logs do ("Received user message ..."), Rasa's REST channel logs the
message text when handling it fails, and exception messages can quote input.
The filter redacts the formatted message, the traceback and the stack text of
each record (``server.redaction``) before a handler writes it.

Installed two ways, so that a forgotten flag does not leak:

- ``server/logging.yml`` (``rasa run --logging-config-file server/logging.yml``)
  puts it on the console handler; Rasa's coloredlogs set-up keeps a replaced
  handler's filters;
- ``install()`` adds it to every handler that exists when it is called (the
  guarded REST channel calls it at start, the action server before it runs).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from server.redaction import redact


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback) with personal data replaced."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what was logged, redacted
            message = str(record.msg)
        redacted = redact(message)
        if redacted != message or record.args:
            record.msg = redacted
            record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def _all_handlers(extra_loggers: Iterable[str]) -> list[logging.Handler]:
    existing = [item for item in logging.Logger.manager.loggerDict.values()]
    loggers = [logging.getLogger(), *existing, *(logging.getLogger(name) for name in extra_loggers)]
    handlers: list[logging.Handler] = []
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):  # placeholders have none
            if handler not in handlers:
                handlers.append(handler)
    return handlers


def install(extra_loggers: Iterable[str] = ("sanic.root", "sanic.error", "sanic.access")) -> int:
    """Add a ``RedactingFilter`` to every existing handler that lacks one.

    Returns how many handlers got the filter (0 when all had it already).
    """
    added = 0
    for handler in _all_handlers(extra_loggers):
        if not any(isinstance(item, RedactingFilter) for item in handler.filters):
            handler.addFilter(RedactingFilter())
            added += 1
    return added
