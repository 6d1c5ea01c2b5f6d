"""Opening a SQLite connection with the settings every connection must have."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP

NO_WAL = QT_TRANSLATE_NOOP(
    "store.no_wal",
    "database {path} cannot use WAL mode (journal_mode={mode}); is it on a network share or "
    "read-only disk?")
CANNOT_OPEN = QT_TRANSLATE_NOOP("store.cannot_open", "cannot open database {path}: {detail}")

BUSY_TIMEOUT_MS = 5000


def open_database(path: Path | str) -> Database:
    """A connection with WAL, foreign keys, synchronous=FULL and a busy timeout.

    Every connection needs its own pragmas: foreign_keys and synchronous are per
    connection, so a background worker must open its own through here too.
    """
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        raise UserError(CANNOT_OPEN(path=path, detail=exc)) from None
    if str(path) != ":memory:" and str(mode).lower() != "wal":
        conn.close()
        raise UserError(NO_WAL(path=path, mode=mode))
    return Database(conn)


def pragmas(db: Database) -> dict[str, object]:
    """The four settings, as SQLite reports them for this connection."""
    conn = db.conn
    return {
        "journal_mode": conn.execute("PRAGMA journal_mode").fetchone()[0],
        "foreign_keys": conn.execute("PRAGMA foreign_keys").fetchone()[0],
        "synchronous": conn.execute("PRAGMA synchronous").fetchone()[0],
        "busy_timeout": conn.execute("PRAGMA busy_timeout").fetchone()[0],
    }
