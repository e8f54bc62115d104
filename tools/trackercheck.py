"""Read conversations back from the SQL tracker store and check each one is whole.

The load and scale-out checks trust nothing the servers say about themselves:
after the run they open the tracker store's ``events`` table (the table Rasa's
SQLTrackerStore writes, and the redacting subclass too) and check, for each
conversation, that every message the client sent is stored once and in order,
that each turn ends in ``action_listen`` before the next message (no two
servers interleaved their work), and that the ``assessment`` slot is set.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa

from actions.guidance.assessment import summary

Event = dict[str, Any]


def store_url(tracker_store: dict[str, Any]) -> sa.engine.URL:
    """The SQLAlchemy URL for a ``tracker_store`` endpoints section (type SQL or a subclass)."""
    dialect = tracker_store.get("dialect", "sqlite")
    database = str(tracker_store.get("db", "rasa.db"))
    if dialect == "sqlite":
        return sa.engine.URL.create("sqlite", database=database)
    port = tracker_store.get("port")
    return sa.engine.URL.create(
        dialect,
        username=tracker_store.get("username"),
        password=tracker_store.get("password"),
        host=tracker_store.get("url"),
        port=int(port) if port not in (None, "") else None,
        database=database,
    )


def load_events(url: sa.engine.URL | str, sender_ids: Iterable[str]) -> dict[str, list[Event]]:
    """Every stored event of each conversation, in the order the store wrote them."""
    wanted = list(sender_ids)
    events: dict[str, list[Event]] = {sender: [] for sender in wanted}
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            for start in range(0, len(wanted), 500):
                rows = connection.execute(
                    sa.text(
                        "SELECT sender_id, data FROM events WHERE sender_id IN :ids ORDER BY id"
                    ).bindparams(sa.bindparam("ids", expanding=True)),
                    {"ids": wanted[start : start + 500]},
                )
                for sender_id, data in rows:
                    events[sender_id].append(json.loads(data))
    finally:
        engine.dispose()
    return events


def user_texts(events: Sequence[Event]) -> list[str]:
    """The user messages stored, in order."""
    return [event.get("text") or "" for event in events if event.get("event") == "user"]


def slots_after(events: Sequence[Event], user_messages: int | None = None) -> dict[str, Any]:
    """Slot values replayed from the events, stopping before user message number
    ``user_messages + 1`` (all events when None); a restart or new session clears them."""
    slots: dict[str, Any] = {}
    seen = 0
    for event in events:
        kind = event.get("event")
        if kind == "user":
            seen += 1
            if user_messages is not None and seen > user_messages:
                break
        elif kind == "slot":
            slots[event["name"]] = event.get("value")
        elif kind in ("restart", "reset_slots", "session_started"):
            slots.clear()
    return slots


def turn_problems(events: Sequence[Event]) -> list[str]:
    """Turns that did not finish before the next began (two servers' work interleaved)."""
    problems: list[str] = []
    listening = True
    for index, event in enumerate(events):
        kind = event.get("event")
        if kind == "user":
            if not listening:
                problems.append(f"user message at event {index} arrived mid-turn")
            listening = False
        elif kind == "action" and event.get("name") == "action_listen":
            listening = True
    if not listening:
        problems.append("the last turn never reached action_listen")
    return problems


def sequence_problems(stored: Sequence[str], sent: Sequence[str]) -> list[str]:
    """How the stored user messages differ from those sent: lost, duplicated, reordered."""
    if list(stored) == list(sent):
        return []
    stored_count, sent_count = Counter(stored), Counter(sent)
    lost = sent_count - stored_count
    extra = stored_count - sent_count
    problems = [f"lost message {m!r} x{n}" for m, n in lost.items()]
    problems += [f"duplicated or unknown message {m!r} x{n}" for m, n in extra.items()]
    return problems or [f"messages stored out of order: {list(stored)} != {list(sent)}"]


def conversation_problems(
    events: Sequence[Event],
    sent: Sequence[str],
    assessment: dict[str, Any] | None,
    concurrent_tail: Sequence[str] = (),
) -> list[str]:
    """Everything wrong with one stored conversation; an empty list means it is whole.

    ``concurrent_tail`` are messages sent at the same moment after ``sent``: any
    order among them is right, but each must be stored exactly once.
    """
    if not events:
        return ["lost: no events stored for this conversation"]
    stored = user_texts(events)
    tail = stored[len(sent) :]
    if Counter(tail) != Counter(concurrent_tail):
        tail = list(concurrent_tail)
    problems = sequence_problems(stored, [*sent, *tail])
    problems += turn_problems(events)
    if assessment is None:  # the user got none: nothing to find in the store
        return problems
    slot = slots_after(events).get("assessment")
    if not slot:
        problems.append("the assessment slot is not set in the store")
    elif _canonical(slot) != _canonical(summary(assessment)):
        problems.append("the stored assessment slot differs from the assessment the user got")
    return problems


def _canonical(value: Any) -> str:
    """JSON with sorted keys, to compare payloads that went through different serialisers."""
    return json.dumps(value, sort_keys=True)
