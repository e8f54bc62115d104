"""Settings shared by the Rasa-side classes and the command-line tools.

Kept free of Rasa imports so that ``python -m server.purge`` starts in a
fraction of a second.
"""

from __future__ import annotations

import os

TRACKER_DB_ENV = "TRACKER_DB"
DEFAULT_SQLITE_DB = "trackers.db"
# How long a conversation is kept after its last message (docs/PRIVACY.md).
RETENTION_DAYS_DEFAULT = 30


def default_db(dialect: str) -> str:
    """The database when endpoints.yml names none: $TRACKER_DB, else trackers.db (SQLite)."""
    configured = os.environ.get(TRACKER_DB_ENV, "").strip()
    if configured:
        return configured
    return DEFAULT_SQLITE_DB if dialect == "sqlite" else "rasa"
