"""The atomic Redis lock store against a real Redis server, from several processes.

Rasa's own RedisLockStore issues a ticket with GET then SET: processes that take
tickets for one conversation at the same moment get the same number (measured:
1200 tickets from 4 processes, 458 distinct). AtomicRedisLockStore must give
every ticket a distinct number and never drop a ticket someone else holds.
"""

from __future__ import annotations

import multiprocessing
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest

from server.lock_store import AtomicRedisLockStore
from tools.stack import free_port


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    """A throwaway Redis server on a free loopback port."""
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed (apt-get install redis-server)"
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def take_tickets(port: int, conversation: str, count: int, out: multiprocessing.Queue) -> None:
    store = AtomicRedisLockStore(host="127.0.0.1", port=port, db=0)
    out.put([store.issue_ticket(conversation, 600) for _ in range(count)])


def test_tickets_taken_at_once_by_several_processes_are_all_distinct(redis_port: int) -> None:
    out: multiprocessing.Queue = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=take_tickets, args=(redis_port, "conv-a", 200, out))
        for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    tickets = [ticket for _ in workers for ticket in out.get(timeout=60)]
    for worker in workers:
        worker.join(timeout=60)
    assert len(tickets) == 800
    assert len(set(tickets)) == 800


def test_cleanup_keeps_the_lock_while_another_ticket_waits(redis_port: int) -> None:
    first = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=0)
    second = AtomicRedisLockStore(host="127.0.0.1", port=redis_port, db=0)
    mine = first.issue_ticket("conv-b", 60)
    theirs = second.issue_ticket("conv-b", 60)
    first.cleanup("conv-b", mine)
    lock = second.get_lock("conv-b")
    assert lock is not None and not lock.is_locked(theirs)
    second.cleanup("conv-b", theirs)
    assert second.get_lock("conv-b") is None


def test_built_from_endpoint_config_as_rasa_does(redis_port: int) -> None:
    from rasa.core.lock_store import LockStore
    from rasa.utils.endpoints import EndpointConfig

    config = EndpointConfig(
        url="127.0.0.1",
        type="server.lock_store.AtomicRedisLockStore",
        port=redis_port,
        db=0,
        key_prefix="sharingnudes",
    )
    store = LockStore.create(config)
    assert isinstance(store, AtomicRedisLockStore)
    assert store.key_prefix.startswith("sharingnudes:")
