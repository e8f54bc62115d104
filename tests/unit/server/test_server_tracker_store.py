"""The redacting tracker store: nothing personal reaches the database, the tracker still works."""

from __future__ import annotations

import hashlib
import inspect
import json
import sqlite3
import textwrap
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.pool import QueuePool

from server.tracker_store import RedactingSQLTrackerStore, redact_event

ROOT = Path(__file__).resolve().parents[3]
SENDER = "u" * 43
USER_TEXT = (
    "A year 9 girl, she's called Jane Smith, sent a nude to a boy who is 14. "
    "Her mum is on 07700 900123 or jane.mum@example.com, SW1A 1AA, snap @janey_123."
)
PII = ["Jane", "Smith", "07700", "900123", "jane.mum", "example.com", "SW1A", "janey_123"]


class CollectingBroker:
    """Stands in for an event broker: keeps what would be published."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []

    def publish(self, body: dict[str, Any]) -> None:
        self.bodies.append(body)


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def entity(text: str, word: str, label: str) -> dict[str, Any]:
    start = text.index(word)
    return {"entity": label, "start": start, "end": start + len(word), "value": word}


def case_tracker(domain: Domain) -> DialogueStateTracker:
    entities = [
        entity(USER_TEXT, "year 9", "school_year"),
        entity(USER_TEXT, "Jane Smith", "person"),
        entity(USER_TEXT, "14", "age"),
    ]
    tracker = DialogueStateTracker(SENDER, domain.slots)
    for event in [
        ActionExecuted("action_session_start"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered(
            USER_TEXT,
            intent={"name": "describe_incident", "confidence": 0.99},
            entities=entities,
            metadata={
                "model_id": "m1",
                "attachments": [{"contentUrl": "data:image/png;base64,AAA"}],
            },
        ),
        SlotSet("pictured_age", 14),
        BotUttered(
            "Noted: she's called Jane. I don't need Jane's number (07700 900123).",
            data={"custom": {"echo": "jane.mum@example.com"}, "buttons": []},
        ),
    ]:
        tracker.update(event)
    return tracker


@pytest.fixture
def saved(tmp_path: Path, domain: Domain) -> tuple[RedactingSQLTrackerStore, Path, Any]:
    db = tmp_path / "trackers.db"
    store = RedactingSQLTrackerStore(domain, dialect="sqlite", db=str(db))
    tracker = case_tracker(domain)
    return store, db, tracker


def rows(db: Path) -> list[tuple[str, dict[str, Any]]]:
    with sqlite3.connect(db) as connection:
        found = connection.execute("SELECT type_name, data FROM events ORDER BY id").fetchall()
    return [(kind, json.loads(data)) for kind, data in found]


async def test_the_database_file_holds_no_personal_data(saved: Any) -> None:
    store, db, tracker = saved
    await store.save(tracker)
    # The file and its write-ahead log, where the latest commits are until a checkpoint.
    files = sorted(db.parent.glob(db.name + "*"))
    assert len(files) > 1, "expected the write-ahead log beside the database"
    raw = b"".join(path.read_bytes() for path in files).decode("utf-8", errors="replace")
    assert "[name]" in raw and "[phone]" in raw
    for secret in PII:
        assert secret not in raw, secret
    assert "base64" not in raw  # attachments (images) are never stored


async def test_stored_user_event_is_redacted_with_entities_moved(saved: Any) -> None:
    store, db, tracker = saved
    await store.save(tracker)
    user = next(data for kind, data in rows(db) if kind == "user")
    text = user["text"]
    assert text == user["parse_data"]["text"]
    assert "called [name]" in text and "[phone]" in text and "[email]" in text
    assert "[postcode]" in text and "[handle]" in text
    by_label = {item["entity"]: item for item in user["parse_data"]["entities"]}
    assert text[by_label["age"]["start"] : by_label["age"]["end"]] == "14"
    assert text[by_label["school_year"]["start"] : by_label["school_year"]["end"]] == "year 9"
    assert by_label["person"]["value"] == "[name]"
    assert user["metadata"] == {"model_id": "m1"}


async def test_stored_bot_event_is_redacted(saved: Any) -> None:
    store, db, tracker = saved
    await store.save(tracker)
    bot = next(data for kind, data in rows(db) if kind == "bot")
    assert bot["text"] == "Noted: she's called [name]. I don't need [name]'s number ([phone])."
    assert bot["data"]["custom"] == {"echo": "[email]"}


async def test_the_live_tracker_is_untouched_and_the_stored_one_works(
    saved: Any, domain: Domain
) -> None:
    store, _, tracker = saved
    await store.save(tracker)
    assert tracker.latest_message.text == USER_TEXT  # the turn saw the real text
    restored = await store.retrieve_full_tracker(SENDER)
    assert restored is not None
    assert len(restored.events) == len(tracker.events)
    assert restored.latest_message.intent["name"] == "describe_incident"
    assert restored.get_slot("pictured_age") == 14
    assert "[name]" in restored.latest_message.text


async def test_later_saves_append_only_new_events(saved: Any) -> None:
    store, db, tracker = saved
    await store.save(tracker)
    # As Rasa does on the next message: read the tracker back, add the turn, save.
    later = await store.retrieve(SENDER)
    later.update(ActionExecuted("action_listen"))
    later.update(UserUttered("he is 15, his name is Tom", intent={"name": "inform"}))
    await store.save(later)
    stored = rows(db)
    assert len(stored) == len(tracker.events) + 2
    assert stored[-1][1]["text"] == "he is 15, his name is [name]"


async def test_an_event_broker_gets_redacted_events_too(tmp_path: Path, domain: Domain) -> None:
    broker = CollectingBroker()
    store = RedactingSQLTrackerStore(
        domain, dialect="sqlite", db=str(tmp_path / "t.db"), event_broker=broker
    )
    await store.save(case_tracker(domain))
    published = json.dumps(broker.bodies)
    assert broker.bodies and all(body["sender_id"] == SENDER for body in broker.bodies)
    for secret in PII:
        assert secret not in published, secret


#: sha256 of Rasa 3.6.21's ``SQLTrackerStore.save`` (dedented source), which
#: ``RedactingSQLTrackerStore.save`` mirrors with one change: each event is redacted.
RASA_SAVE_SHA256 = "40c85e53007d9a74c9d793514dbe023cc24aa37ecd9e9d31fb6c83cba25462cb"


def test_rasas_save_is_the_one_mirrored() -> None:
    source = textwrap.dedent(inspect.getsource(SQLTrackerStore.save))
    assert hashlib.sha256(source.encode()).hexdigest() == RASA_SAVE_SHA256, (
        "Rasa's SQLTrackerStore.save changed: bring RedactingSQLTrackerStore.save "
        "(server/tracker_store.py) in line with it, then record the new hash here.\n" + source
    )


def test_rasa_streams_new_events_through_the_overridden_method() -> None:
    # Rasa's stream_events hands the new events to _stream_new_events, which the store
    # overrides (so that a broker gets redacted events); nothing between overrides either.
    source = inspect.getsource(TrackerStore.stream_events)
    assert "await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)" in (
        source
    )
    for name in ("stream_events", "_stream_new_events"):
        assert name not in vars(SQLTrackerStore), name
    assert "_stream_new_events" in vars(RedactingSQLTrackerStore)
    ours = inspect.signature(RedactingSQLTrackerStore._stream_new_events).parameters
    assert list(ours) == list(inspect.signature(TrackerStore._stream_new_events).parameters)


def test_db_defaults_to_the_tracker_db_variable(
    tmp_path: Path, domain: Domain, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("TRACKER_DB", str(target))
    RedactingSQLTrackerStore(domain, dialect="sqlite")
    assert target.exists()


def test_redact_event_leaves_other_events_alone() -> None:
    slot = SlotSet("role", "school").as_dict()
    assert redact_event(slot) == slot
    action = ActionExecuted("action_listen").as_dict()
    assert redact_event(action) == action


INPUT_EVENTS = [
    UserUttered(
        "his name is Tom, 07700 900123",
        intent={"name": "inform"},
        entities=[{"entity": "age", "start": 0, "end": 3, "value": "his"}],
        parse_data={
            "text": "his name is Tom, 07700 900123",
            "entities": [{"entity": "age", "start": 0, "end": 3, "value": "his"}],
            "metadata": {"note": "his name is Tom"},
        },
        metadata={"attachments": [{"url": "x"}], "note": "Mr Smith"},
    ).as_dict(),
    BotUttered(
        "his name is Tom, call 07700 900123",
        data={
            "buttons": [{"title": "his name is Tom", "payload": "/x"}],
            "custom": {"a": ["Mr Smith"]},
        },
        metadata={"note": "Mrs Patel"},
    ).as_dict(),
]


@pytest.mark.parametrize("data", INPUT_EVENTS, ids=["user", "bot"])
def test_redact_event_does_not_change_its_input(data: dict) -> None:
    before = json.dumps(data, sort_keys=True)
    redacted = json.dumps(redact_event(data), sort_keys=True)
    assert "Tom" not in redacted and "07700" not in redacted and "Smith" not in redacted
    assert json.dumps(data, sort_keys=True) == before


def test_a_sqlite_file_is_written_ahead_and_its_connections_are_kept(
    domain: Domain, tmp_path: Path
) -> None:
    store = RedactingSQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "t.db"))
    with store.session_scope() as session:
        assert session.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(sa.text("PRAGMA synchronous")).scalar() == 1  # NORMAL
    assert isinstance(store.engine.pool, QueuePool)
    with store.session_scope() as first:
        connection = first.connection().connection.dbapi_connection
    with store.session_scope() as second:
        assert second.connection().connection.dbapi_connection is connection


async def test_a_saved_turn_is_read_back_by_a_second_store_on_the_same_file(
    domain: Domain, tmp_path: Path
) -> None:
    """Two servers on one SQLite file (or a restarted one) see each other's commits."""
    path = str(tmp_path / "t.db")
    writer = RedactingSQLTrackerStore(domain, dialect="sqlite", db=path)
    reader = RedactingSQLTrackerStore(domain, dialect="sqlite", db=path)
    tracker = DialogueStateTracker.from_events(
        SENDER, [ActionExecuted("action_listen"), SlotSet("role", "school")], domain.slots
    )
    await writer.save(tracker)
    read = await reader.retrieve(SENDER)
    assert read is not None and read.get_slot("role") == "school"
