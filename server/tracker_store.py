"""A SQL tracker store that redacts personal data before anything is written.

Rasa keeps every event of a conversation (what the user typed, what the bot
said, slots) in the tracker store. ``RedactingSQLTrackerStore`` is Rasa's
``SQLTrackerStore`` with one difference: each event is serialised, redacted
(``server.redaction``) and only then written. The live turn is unaffected: the
processor and the action server work on the in-memory tracker with the real
text; the next turn reads the redacted text back, which is fine because the
case facts live in slots.

What is redacted, per event type:

- ``user``: ``text``, ``parse_data.text``, the ``value`` of every entity that
  overlaps a redacted span (other entities' offsets are moved so they still
  point at their words), string values in ``metadata``; ``metadata.attachments``
  (files or images a channel such as Teams may attach) is dropped.
- ``bot``: ``text``, every string in ``data`` (buttons, custom payloads) and
  ``metadata``.
- ``entities``: string values.

Slots are not touched: they hold facts (ages, yes/no answers, the assessment),
never free text.

Configured in ``endpoints.yml``::

    tracker_store:
      type: server.tracker_store.RedactingSQLTrackerStore
      dialect: sqlite          # or postgresql with host/port/username/password
      # db: defaults to $TRACKER_DB, else trackers.db (SQLite)

``save()`` mirrors ``SQLTrackerStore.save`` of Rasa 3.6.21 (it has no hook
between ``event.as_dict()`` and the ``INSERT``); if Rasa changes that method,
``test_rasas_save_is_the_one_mirrored`` in ``tests/unit/server/test_server_tracker_store.py``
fails. ``_stream_new_events`` overrides Rasa's private method so that an event broker,
if one is configured, gets the same redacted events; that Rasa still streams through
it is checked by ``test_rasa_streams_new_events_through_the_overridden_method`` in the
same file. Both are correctness (privacy) overrides, listed with the patches of Rasa in
``server/rasa_patches.py`` (``OVERRIDES``).
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.engine import URL, Engine
from sqlalchemy.pool import QueuePool

from server.config import default_db
from server.redaction import Redaction, redact, redact_value, redaction

logger = logging.getLogger(__name__)

DROPPED_METADATA_KEYS = ("attachments",)


@lru_cache(maxsize=4096)
def redact_bot_text(text: str) -> str:
    """``redact`` for the assistant's own words, remembered.

    The bot's replies are built from the project's texts (steps, contacts, sources),
    so the same strings come back in every case; an assessment reply holds about 70 of
    them (11 KB). Users' words are never remembered: they are redacted afresh each time
    and not kept in memory.
    """
    return redact(text)


def _redact_entity(entity: dict[str, Any], redacted: Redaction) -> dict[str, Any]:
    """Move an entity's offsets; replace its value if it covers personal data."""
    start, end = entity.get("start"), entity.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        return redact_value(entity)
    moved = dict(entity, start=redacted.new_offset(start), end=redacted.new_offset(end))
    if redacted.overlaps(start, end) and isinstance(entity.get("value"), str):
        moved["value"] = redacted.text[moved["start"] : moved["end"]] or "[redacted]"
    if isinstance(moved.get("value"), str):
        moved["value"] = redact(moved["value"])
    return moved


def _redact_metadata(metadata: Any) -> Any:
    if not isinstance(metadata, dict):
        return redact_value(metadata)
    kept = {key: value for key, value in metadata.items() if key not in DROPPED_METADATA_KEYS}
    return redact_value(kept)


def _redact_user_event(data: dict[str, Any]) -> None:
    """Redact a user event in place; ``parse_data`` is replaced, never changed."""
    text = data.get("text")
    redacted = redaction(text) if isinstance(text, str) else None
    if redacted is not None:
        data["text"] = redacted.text
    parse_data = data.get("parse_data")
    if isinstance(parse_data, dict):
        parse_data = data["parse_data"] = dict(parse_data)
        parse_text = parse_data.get("text")
        if isinstance(parse_text, str):
            parsed = redacted if redacted and parse_text == text else redaction(parse_text)
            parse_data["text"] = parsed.text
            parse_data["entities"] = [
                _redact_entity(entity, parsed) if isinstance(entity, dict) else entity
                for entity in parse_data.get("entities") or []
            ]
        if "metadata" in parse_data:
            parse_data["metadata"] = _redact_metadata(parse_data["metadata"])
    if "metadata" in data:
        data["metadata"] = _redact_metadata(data["metadata"])


def redact_event(data: dict[str, Any]) -> dict[str, Any]:
    """A redacted copy of one serialised event (``event.as_dict()``); ``data`` is unchanged.

    Only what is redacted is copied: the redacting helpers build new values, and the
    parts of an event that hold no free text (slots, actions; the assessment slot alone
    is 10 KB) are shared with ``data``, not deep-copied, because they are only read
    (serialised to JSON) afterwards.
    """
    data = dict(data)
    kind = data.get("event")
    if kind == "user":
        _redact_user_event(data)
    elif kind == "bot":
        if isinstance(data.get("text"), str):
            data["text"] = redact_bot_text(data["text"])
        data["data"] = redact_value(data.get("data"), redact_bot_text)
        data["metadata"] = _redact_metadata(data.get("metadata"))
    elif kind == "entities":
        data["entities"] = redact_value(data.get("entities"))
    return data


#: Set on every connection to a SQLite file. Write-ahead logging lets a commit append to
#: the log without the two fsyncs of the default rollback journal; ``synchronous=NORMAL``
#: then syncs only at checkpoints. A commit survives the server being killed or
#: restarted; only a power cut or kernel crash can undo the last commits (the file stays
#: consistent). Measured here: saving a turn 3.8 -> 2.1 ms (docs/PERFORMANCE.md).
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")


def is_sqlite_file(url: URL) -> bool:
    """A SQLite database in a file (not in memory)."""
    return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")


def sqlite_engine(url: URL) -> Engine:
    """An engine for a SQLite file that keeps its connections and uses write-ahead logging.

    SQLAlchemy 1.4 opens a new connection for every session on a SQLite file (``NullPool``),
    and each new connection reads the schema again; Rasa opens two sessions per turn.
    A pool keeps them open. The Rasa server uses the store from its event loop's thread
    only; ``check_same_thread`` is off so that the pool may hand a connection to whichever
    thread asks, one at a time.
    """
    engine = sa.create_engine(
        url, poolclass=QueuePool, pool_size=5, connect_args={"check_same_thread": False}
    )

    @sa.event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    return engine


class RedactingSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` that never writes names, phone numbers, e-mails or postcodes."""

    def __init__(
        self,
        domain: Domain | None = None,
        dialect: str = "sqlite",
        host: str | None = None,
        port: int | None = None,
        db: str | None = None,
        username: str | None = None,
        password: str | None = None,
        event_broker: EventBroker | None = None,
        login_db: str | None = None,
        query: dict | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(
            domain,
            dialect,
            host,
            port,
            db or default_db(dialect),
            username,
            password,
            event_broker,
            login_db,
            query,
            **kwargs,
        )
        if is_sqlite_file(self.engine.url):
            self.engine.dispose()
            self.engine = sqlite_engine(self.engine.url)
            self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Append the tracker's new events, each redacted, to the ``events`` table."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = redact_event(event.as_dict())
                intent = ((data.get("parse_data") or {}).get("intent") or {}).get(INTENT_NAME_KEY)
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
        logger.debug("Tracker stored to the database (redacted).")

    async def _stream_new_events(
        self, event_broker: EventBroker, new_events: list[Event], sender_id: str
    ) -> None:
        """An event broker, if one is configured, gets the same redacted events."""
        for event in new_events:
            body = {"sender_id": sender_id}
            body.update(redact_event(event.as_dict()))
            event_broker.publish(body)
