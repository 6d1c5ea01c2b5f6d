"""Opening a SQLite connection with the settings every connection must have, and the
`Database` the store reads and writes it through."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP

NO_WAL = QT_TRANSLATE_NOOP(
    "store.no_wal",
    "database {path} cannot use WAL mode (journal_mode={mode}); is it on a network share or "
    "read-only disk?")
CANNOT_OPEN = QT_TRANSLATE_NOOP("store.cannot_open", "cannot open database {path}: {detail}")

BUSY_TIMEOUT_MS = 5000

if TYPE_CHECKING:
    import sqlite_utils

Params = Sequence[Any] | dict[str, Any] | None
# Statements that open or end a transaction themselves: execute() never commits after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


class Database:
    """A connection read and written with sqlite-utils' rules (4.x `Database`: execute
    commits a write made outside a transaction, atomic nests as savepoints, query gives
    dicts), written out here because importing sqlite-utils — click, dateutil, pluggy and a
    scan for plugins — was a quarter of the app's start-up, which only reads. Its table
    helpers (insert, upsert) and migrations load it on the first write, on this connection.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: sqlite_utils.Database | None = None

    @property
    def full(self) -> sqlite_utils.Database:
        """sqlite-utils' own Database over this connection, imported on first use."""
        if self._full is None:
            import sqlite_utils  # the first write pays for it, not start-up

            # No plugins: a package installed beside the app must not change the store's SQL
            # (recursive_triggers is on already: open_database).
            self._full = sqlite_utils.Database(self.conn, recursive_triggers=False,
                                               execute_plugins=False)
        return self._full

    def table(self, name: str) -> sqlite_utils.db.Table:
        return self.full.table(name)

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (self.conn.execute(sql) if parameters is None
                      else self.conn.execute(sql, parameters))
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit BEGIN of the failed write
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts (a repeated column name gets _2, _3 …)."""
        cursor = self.conn.execute(sql) if params is None else self.conn.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - "
                             "use execute() for other statements")
        keys = _dedupe([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; inside another, a savepoint."""
        if self.conn.in_transaction:
            savepoint = f"sqlite_utils_{os.urandom(16).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                # A RAISE(ROLLBACK) trigger can have ended the whole transaction already.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()


def _first_keyword(sql: str) -> str:
    """The statement's first word, upper case, after blanks, empty statements and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def _dedupe(keys: Iterable[str]) -> list[str]:
    """Column names made unique as sqlite-utils does: a later `id` becomes `id_2`."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


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
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils' Database sets it
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
