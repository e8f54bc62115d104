"""A Redis lock store whose tickets are issued and returned atomically.

Several Rasa server replicas must handle the messages of one conversation one
at a time, or two replicas load the same tracker, both add a turn, and the
tracker store keeps only one of them (``SQLTrackerStore.save`` appends the
events beyond the count already stored). Rasa does this with a ticket lock per
conversation kept in the lock store.

Rasa Open Source's ``RedisLockStore`` reads the conversation's lock, changes it
in Python and writes it back (GET, then SET): two replicas that take a ticket
at the same moment both read "no lock", both write a lock holding ticket 0, and
both go ahead (RasaHQ/rasa#9213; the fix upstream, ``concurrent_mode``, is not
in Rasa Open Source). ``make test-scale`` sends two messages of one
conversation to two replicas at once and saw one of them lost this way.

``AtomicRedisLockStore`` keeps Rasa's lock format and waiting loop and makes
every read-change-write of a lock one optimistic Redis transaction (WATCH the
key, MULTI, EXEC; retried when another replica changed the key meanwhile).

    lock_store:
      type: server.lock_store.AtomicRedisLockStore
      url: ${REDIS_HOST}
      port: ${REDIS_PORT}
      password: ${REDIS_PASSWORD}
      db: ${REDIS_DB}
      key_prefix: sharingnudes
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

T = TypeVar("T")

# What a change does to the stored lock.
KEEP, SAVE, DELETE = "keep", "save", "delete"
Change = Callable[[TicketLock | None], tuple[str, TicketLock | None, T]]


class AtomicRedisLockStore(RedisLockStore):
    """``RedisLockStore`` with atomic ticket issue, expiry, return and clean-up."""

    def __init__(self, endpoint_config: EndpointConfig | None = None, **kwargs: Any) -> None:
        """Rasa builds a custom lock store as ``cls(endpoint_config=...)``; the
        settings are ``RedisLockStore``'s (``url`` is the host)."""
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)

    def _change(self, conversation_id: str, change: Change[T]) -> T:
        """Apply ``change`` to the stored lock as one transaction; retry on conflict."""
        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    action, new_lock, result = change(lock)
                    pipe.multi()
                    if action == SAVE and new_lock is not None:
                        pipe.set(key, new_lock.dumps())
                    elif action == DELETE:
                        pipe.delete(key)
                    pipe.execute()
                    return result
                except redis.WatchError:
                    continue

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        """A new ticket, taken in the same transaction that reads the lock."""

        def take(lock: TicketLock | None) -> tuple[str, TicketLock, int]:
            lock = lock or TicketLock(conversation_id)
            return SAVE, lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._change(conversation_id, take)
        except Exception as error:
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        """Drop expired tickets (a replica that died while holding one)."""

        def expire(lock: TicketLock | None) -> tuple[str, TicketLock | None, None]:
            if lock is None:
                return KEEP, None, None
            lock.remove_expired_tickets()
            return SAVE, lock, None

        self._change(conversation_id, expire)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        """Return a ticket without losing tickets issued meanwhile."""

        def give_back(lock: TicketLock | None) -> tuple[str, TicketLock | None, None]:
            if lock is None:
                return KEEP, None, None
            lock.remove_ticket_for(ticket_number)
            return SAVE, lock, None

        self._change(conversation_id, give_back)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Return the ticket; delete the lock only if nobody took a ticket meanwhile."""

        def give_back(lock: TicketLock | None) -> tuple[str, TicketLock | None, None]:
            if lock is None:
                return KEEP, None, None
            lock.remove_ticket_for(ticket_number)
            return (SAVE if lock.is_someone_waiting() else DELETE), lock, None

        self._change(conversation_id, give_back)
