"""Delete conversations that have been inactive for more than N days.

    python -m server.purge --days 30 [--endpoints endpoints.yml | --db URL]

A conversation is deleted, all of its events, when its LAST event is older
than N days: a case someone is still working on is never cut in half. The
database is the tracker store of ``endpoints.yml`` (SQLite file or PostgreSQL,
the same settings Rasa uses, ``${VAR}`` expanded from the environment), or
the SQLAlchemy URL given with ``--db`` (``sqlite:///trackers.db``,
``postgresql://user:pass@host/db``). SQLite files are vacuumed after a
deletion so that the deleted text does not linger in free pages.

Run by ``make purge DAYS=N`` and, with the 30-day default, at every
``make run``. Exit status: 0 done (also when there is nothing to purge),
2 bad arguments or configuration, 1 database error.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml
from sqlalchemy.engine import URL, Engine, make_url

from server.config import RETENTION_DAYS_DEFAULT, default_db

SECONDS_PER_DAY = 86_400
SQL_STORE_TYPES = {
    "sql",
    "server.tracker_store.RedactingSQLTrackerStore".lower(),
    "rasa.core.tracker_store.SQLTrackerStore".lower(),
}
_ENV_REFERENCE = re.compile(r"\$\{([^}]+)\}")
_DELETE_CHUNK = 500


class PurgeError(Exception):
    """A configuration problem, reported as one line."""


@dataclass(frozen=True)
class PurgeResult:
    """What a purge removed."""

    conversations: int
    events: int


def positive_days(value: str) -> int:
    """argparse type: a whole number of days, at least 1."""
    text = value.strip()
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            f"--days must be a positive whole number of days, such as {RETENTION_DAYS_DEFAULT} "
            f"(got {value!r})"
        )
    return int(text)


def _expand_env(value: Any) -> Any:
    if not isinstance(value, str):
        return value

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in os.environ:
            raise PurgeError(f"endpoints file: environment variable {name} is not set")
        return os.environ[name]

    return _ENV_REFERENCE.sub(replace, value)


def db_url_from_endpoints(path: Path) -> URL:
    """The SQLAlchemy URL of the SQL tracker store configured in an endpoints file."""
    if not path.is_file():
        raise PurgeError(f"no endpoints file at {path}")
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    store = config.get("tracker_store")
    if not isinstance(store, dict):
        raise PurgeError(f"{path} has no tracker_store section: nothing is stored to purge")
    store = {key: _expand_env(value) for key, value in store.items()}
    if str(store.get("type", "")).lower() not in SQL_STORE_TYPES:
        raise PurgeError(
            f"{path}: tracker store type {store.get('type')!r} is not SQL; "
            "purge handles SQLite and PostgreSQL tracker stores"
        )
    host = store.get("url") or store.get("host")
    if isinstance(host, str) and "://" in host:
        return make_url(host)
    dialect = store.get("dialect") or "sqlite"
    port = store.get("port")
    return URL.create(
        drivername=dialect,
        username=store.get("username"),
        password=store.get("password"),
        host=host,
        port=int(port) if port else None,
        database=store.get("db") or default_db(dialect),
        query=store.get("query") or {},
    )


def _events_table(engine: Engine) -> sa.Table | None:
    schema = os.environ.get("POSTGRESQL_SCHEMA") if engine.dialect.name == "postgresql" else None
    if not sa.inspect(engine).has_table("events", schema=schema):
        return None
    metadata = sa.MetaData()
    return sa.Table(
        "events",
        metadata,
        sa.Column("sender_id", sa.String(255)),
        sa.Column("timestamp", sa.Float),
        schema=schema,
    )


def _missing_sqlite_file(url: URL) -> bool:
    """True for a SQLite URL whose file does not exist (opening it would create it)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return False
    return not Path(url.database).exists()


def purge(url: URL | str, days: int, now: float | None = None) -> PurgeResult:
    """Delete every conversation whose last event is more than ``days`` days old."""
    url = make_url(url) if isinstance(url, str) else url
    if _missing_sqlite_file(url):
        return PurgeResult(0, 0)
    engine = sa.create_engine(url)
    try:
        table = _events_table(engine)
        if table is None:
            return PurgeResult(0, 0)
        cutoff = (time.time() if now is None else now) - days * SECONDS_PER_DAY
        stale = (
            sa.select(table.c.sender_id)
            .group_by(table.c.sender_id)
            .having(sa.func.max(table.c.timestamp) < cutoff)
        )
        with engine.begin() as connection:
            senders = [row[0] for row in connection.execute(stale)]
            deleted = 0
            for start in range(0, len(senders), _DELETE_CHUNK):
                chunk = senders[start : start + _DELETE_CHUNK]
                result = connection.execute(table.delete().where(table.c.sender_id.in_(chunk)))
                deleted += result.rowcount
        if deleted and engine.dialect.name == "sqlite":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM")
                # The tracker store writes ahead to a log (server/tracker_store.py): move
                # everything into the file and empty the log, so no deleted page stays there.
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return PurgeResult(len(senders), deleted)
    finally:
        engine.dispose()


def _describe(url: URL) -> str:
    return url.render_as_string(hide_password=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Command line: --days N, and --endpoints FILE or --db URL."""
    parser = argparse.ArgumentParser(
        prog="python -m server.purge",
        description="Delete conversations whose last event is older than --days days.",
    )
    parser.add_argument("--days", type=positive_days, required=True, help="e.g. 30")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--endpoints", type=Path, default=Path("endpoints.yml"))
    source.add_argument("--db", help="SQLAlchemy URL, e.g. sqlite:///trackers.db")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run a purge and print one line saying what was deleted."""
    args = parse_args(argv)
    try:
        url = make_url(args.db) if args.db else db_url_from_endpoints(args.endpoints)
        result = purge(url, args.days)
    except PurgeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError) as error:
        print(f"error: not a database URL we can use: {error}", file=sys.stderr)
        return 2
    except sa.exc.SQLAlchemyError as error:
        detail = getattr(error, "orig", None) or error.__class__.__name__
        print(f"error: database error: {detail}", file=sys.stderr)
        return 1
    print(
        f"Purged {result.conversations} conversation(s), {result.events} event(s), "
        f"inactive for more than {args.days} day(s), from {_describe(url)}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
