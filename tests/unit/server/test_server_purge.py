"""Purge: conversations whose last event is older than N days go, the others stay."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from server import purge as purge_module
from server.purge import PurgeError, db_url_from_endpoints, main, positive_days, purge

DAY = 86_400
NOW = time.time()  # the CLI test runs with the real clock


def make_db(path: Path, conversations: dict[str, list[float]]) -> None:
    """An ``events`` table like Rasa's SQL tracker store, with events at given ages (days)."""
    with sqlite3.connect(path) as connection:
        connection.execute(
            "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,"
            " type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),"
            " action_name VARCHAR(255), data TEXT)"
        )
        for sender, ages in conversations.items():
            for age in ages:
                data = json.dumps({"event": "user", "text": f"marker-{sender}"})
                connection.execute(
                    "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?,?,?,?)",
                    (sender, "user", NOW - age * DAY, data),
                )


def senders(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        found = connection.execute("SELECT sender_id, COUNT(*) FROM events GROUP BY sender_id")
        return dict(found.fetchall())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "trackers.db"
    make_db(
        path,
        {
            "stale": [60, 45, 31],  # last event 31 days ago: goes
            "recent": [2, 1],  # stays
            "started_long_ago": [90, 50, 3],  # last event 3 days ago: stays whole
            "just_inside": [29.9],  # stays
        },
    )
    return path


def test_only_conversations_whose_last_event_is_older_go(db: Path) -> None:
    result = purge(f"sqlite:///{db}", days=30, now=NOW)
    assert (result.conversations, result.events) == (1, 3)
    assert senders(db) == {"recent": 2, "started_long_ago": 3, "just_inside": 1}


def test_a_shorter_retention_removes_more(db: Path) -> None:
    result = purge(f"sqlite:///{db}", days=2, now=NOW)
    assert (result.conversations, result.events) == (3, 7)
    assert senders(db) == {"recent": 2}


def test_purging_again_finds_nothing(db: Path) -> None:
    purge(f"sqlite:///{db}", days=30, now=NOW)
    assert purge(f"sqlite:///{db}", days=30, now=NOW) == purge_module.PurgeResult(0, 0)


def test_deleted_text_does_not_linger_in_the_file(db: Path) -> None:
    assert b"marker-stale" in db.read_bytes()
    purge(f"sqlite:///{db}", days=30, now=NOW)
    raw = db.read_bytes()
    assert b"marker-stale" not in raw  # vacuumed, not just unlinked pages
    assert b"marker-recent" in raw


def stored_bytes(db: Path) -> bytes:
    """The database file and its write-ahead log and index, if any."""
    return b"".join(path.read_bytes() for path in sorted(db.parent.glob(db.name + "*")))


def test_deleted_text_does_not_linger_in_the_write_ahead_log(db: Path) -> None:
    with sqlite3.connect(db) as connection:  # the tracker store's mode (server/tracker_store.py)
        assert connection.execute("PRAGMA journal_mode=WAL").fetchone() == ("wal",)
    server = sqlite3.connect(db)  # a running Rasa server keeps its connection open
    try:
        data = json.dumps({"event": "user", "text": "marker-stale-late"})
        server.execute(
            "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?,?,?,?)",
            ("stale", "user", NOW - 40 * DAY, data),
        )
        server.commit()
        assert b"marker-stale-late" in Path(f"{db}-wal").read_bytes()
        purge(f"sqlite:///{db}", days=30, now=NOW)
        raw = stored_bytes(db)
        assert b"marker-stale" not in raw
        assert b"marker-recent" in raw
        assert senders(db) == {"recent": 2, "started_long_ago": 3, "just_inside": 1}
    finally:
        server.close()


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.db"
    assert purge(f"sqlite:///{missing}", days=30) == purge_module.PurgeResult(0, 0)
    assert not missing.exists()


def test_a_database_without_events_table_is_left_alone(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    assert purge(f"sqlite:///{empty}", days=30) == purge_module.PurgeResult(0, 0)


@pytest.mark.parametrize("value", ["0", "-1", "abc", "1.5", "", " "])
def test_days_must_be_a_positive_whole_number(value: str) -> None:
    with pytest.raises(Exception, match="positive whole number"):
        positive_days(value)


@pytest.mark.parametrize("value", ["0", "-3", "thirty"])
def test_the_cli_refuses_bad_days_with_a_clear_message(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--days", value, "--db", "sqlite:///unused.db"])
    assert exit_info.value.code == 2
    assert "--days must be a positive whole number of days" in capsys.readouterr().err


def test_the_cli_prints_what_it_deleted(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--days", "30", "--db", f"sqlite:///{db}"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Purged 1 conversation(s), 3 event(s), inactive for more than 30 day(s)")
    assert set(senders(db)) == {"recent", "started_long_ago", "just_inside"}


def write_endpoints(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def test_the_endpoints_file_gives_the_sqlite_path(tmp_path: Path) -> None:
    endpoints = write_endpoints(
        tmp_path / "e.yml",
        "tracker_store:\n  type: server.tracker_store.RedactingSQLTrackerStore\n"
        "  dialect: sqlite\n  db: /data/conv.db\n",
    )
    url = db_url_from_endpoints(endpoints)
    assert (url.get_backend_name(), url.database) == ("sqlite", "/data/conv.db")


def test_without_db_the_tracker_db_variable_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoints = write_endpoints(tmp_path / "e.yml", "tracker_store:\n  type: SQL\n")
    monkeypatch.delenv("TRACKER_DB", raising=False)
    assert db_url_from_endpoints(endpoints).database == "trackers.db"
    monkeypatch.setenv("TRACKER_DB", "/srv/t.db")
    assert db_url_from_endpoints(endpoints).database == "/srv/t.db"


def test_postgresql_settings_and_environment_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoints = write_endpoints(
        tmp_path / "e.yml",
        "tracker_store:\n  type: SQL\n  dialect: postgresql\n  host: db.internal\n"
        "  port: 5432\n  db: rasa\n  username: rasa\n  password: ${DB_PASSWORD}\n",
    )
    monkeypatch.setenv("DB_PASSWORD", "s3cret")
    url = db_url_from_endpoints(endpoints)
    assert (url.drivername, url.host, url.port, url.database) == (
        "postgresql",
        "db.internal",
        5432,
        "rasa",
    )
    assert url.password == "s3cret"
    assert "s3cret" not in url.render_as_string(hide_password=True)
    monkeypatch.delenv("DB_PASSWORD")
    with pytest.raises(PurgeError, match="DB_PASSWORD is not set"):
        db_url_from_endpoints(endpoints)


def test_a_non_sql_tracker_store_is_refused(tmp_path: Path) -> None:
    endpoints = write_endpoints(tmp_path / "e.yml", "tracker_store:\n  type: redis\n")
    with pytest.raises(PurgeError, match="not SQL"):
        db_url_from_endpoints(endpoints)


def test_the_cli_reports_configuration_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--days", "30", "--endpoints", str(tmp_path / "missing.yml")])
    assert code == 2
    assert "no endpoints file" in capsys.readouterr().err


def test_the_project_endpoints_file_is_understood(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_DB", raising=False)
    root = Path(__file__).resolve().parents[3]
    url = db_url_from_endpoints(root / "endpoints.yml")
    assert (url.get_backend_name(), url.database) == ("sqlite", "trackers.db")
