"""Record versions: what sync sends, and the join that merges what it receives.

The versions table is a grow-only set of (table, record, version) with the row's data;
a record's current row is always its greatest version. Adding versions is therefore
commutative, associative and idempotent: any arrival order gives the same records, and
a version that lost is still here (history). Two versions made from the same base on
different devices are a conflict — a fact about the set, not about arrival order.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..hlc import Stamp
from . import audit
from .schema import RECORD_TABLES
from .store import Store, now_iso, to_json

PSEUDO_DEVICES = ("shipped", "demo")  # identical everywhere: shipped forms, the demo city


@dataclass(frozen=True)
class Version:
    table: str
    data: dict[str, Any]

    @property
    def record_id(self) -> str:
        return str(self.data["id"])

    @property
    def version(self) -> str:
        return str(self.data["version"])

    @property
    def device(self) -> str:
        return Stamp.parse(self.version).device


def author(version: str) -> str:
    return Stamp.parse(version).device


def last_seq(store: Store) -> int:
    row = store.db.execute("SELECT max(seq) FROM versions").fetchone()
    return int(row[0] or 0)


def select(store: Store, after_seq: int = 0, since_ms: int | None = None,
           devices: Sequence[str] | None = None) -> list[tuple[int, Version]]:
    """Versions to send: received or made after `after_seq`, from `devices` if given."""
    sql = "SELECT seq, table_name, version, data FROM versions WHERE seq > ?"
    params: list[Any] = [after_seq]
    if devices is not None:
        sql += f" AND device IN ({', '.join('?' for _ in devices)})"
        params += list(devices)
    out = []
    for seq, table, version, data in store.db.execute(sql + " ORDER BY seq", params):
        if since_ms is not None and Stamp.parse(version).ms < since_ms:
            continue
        out.append((int(seq), Version(table, json.loads(data))))
    return out


def known(store: Store, table: str, record_id: str, version: str) -> bool:
    return store.db.execute(
        "SELECT 1 FROM versions WHERE table_name = ? AND record_id = ? AND version = ?",
        [table, record_id, version]).fetchone() is not None


def version_data(store: Store, table: str, record_id: str, version: str) -> dict[str, Any] | None:
    row = store.db.execute(
        "SELECT data FROM versions WHERE table_name = ? AND record_id = ? AND version = ?",
        [table, record_id, version]).fetchone()
    return None if row is None else dict(json.loads(row[0]))


def _columns(store: Store, table: str) -> dict[str, Any]:
    """Each column with its default: what a version that lacks the column means."""
    return {name: None if default is None else store.db.execute(f"SELECT {default}").fetchone()[0]
            for _, name, _, _, default, _ in store.db.execute(f"PRAGMA table_info({table})")}


def _upsert_sql(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


def apply(store: Store, versions: Iterable[Version], actor: str) -> tuple[int, int]:
    """Join versions into the store (inside the caller's transaction).

    Returns (versions new to this database, current rows that changed). Statements are
    prepared once per table and the audit rows of the merge are chained in one batch: a
    package of tens of thousands of versions costs what its rows cost, not per-call
    overhead."""
    columns = {t: _columns(store, t) for t in RECORD_TABLES}
    upserts = {t: _upsert_sql(t, cols) for t, cols in columns.items()}
    conn = store.db.conn
    added = changed = 0
    received = now_iso()
    newest: Stamp | None = None
    merged: list[tuple[str, str, dict[str, Any] | None, dict[str, Any]]] = []
    for v in versions:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO versions (table_name, record_id, version, base, device, "
            "data, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [v.table, v.record_id, v.version, v.data.get("base"), v.device, to_json(v.data),
             received])
        if cursor.rowcount == 0:
            continue
        added += 1
        stamp = Stamp.parse(v.version)
        if v.device not in PSEUDO_DEVICES and (newest is None or stamp > newest):
            newest = stamp
        current = store.get(v.table, v.record_id)
        if current is not None and current["version"] >= v.version:
            continue  # an older version: kept in history only
        # The whole row from this version alone: a column it lacks (made on a device that
        # never set it) takes its default, not the value an earlier arrival left behind.
        row = {c: v.data.get(c, default) for c, default in columns[v.table].items()}
        conn.execute(upserts[v.table], list(row.values()))
        merged.append((v.table, v.record_id, current, row))
        changed += 1
    audit.append_many(store.db, at=received, device=store.device_id, actor=actor,
                      action="merge", changes=merged)
    if newest is not None:
        store.observe(newest)
    return added, changed


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: str
    base: str | None
    versions: tuple[str, ...]  # the competing versions, newest (the winner) first
    decision: str | None  # None (open), "confirm" or "reverse"

    @property
    def winner(self) -> str:
        return self.versions[0]


def conflict_id(table: str, record_id: str, base: str | None) -> str:
    from ..interchange import derived_id

    return derived_id("conflict", table, record_id, base or "")


def conflicts(store: Store) -> list[Conflict]:
    """Edits made from one base on different devices (in any order of arrival)."""
    decisions = {r["id"]: r["decision"] for r in store.rows("conflict_decisions")}
    found = []
    for table, record_id, base, listed in store.db.execute(
            "SELECT table_name, record_id, base, group_concat(version, ' ') FROM versions "
            "WHERE table_name != 'conflict_decisions' GROUP BY table_name, record_id, base "
            "HAVING count(DISTINCT device) > 1 ORDER BY table_name, record_id"):
        versions = tuple(sorted(str(listed).split(" "), reverse=True))
        cid = conflict_id(table, record_id, base)
        found.append(Conflict(cid, table, record_id, base, versions, decisions.get(cid)))
    return found

