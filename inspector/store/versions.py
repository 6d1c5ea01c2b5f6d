"""Record versions: what sync sends, and the join that merges what it receives.

The versions table is a grow-only set of (table, record, version) with the row's data;
a record's current row is always its greatest version. Adding versions is therefore
commutative, associative and idempotent: any arrival order gives the same records, and
a version that lost is still here (history). Two versions made from the same base on
different devices are a conflict — a fact about the set, not about arrival order.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..hlc import Stamp
from . import audit
from .schema import RECORD_TABLES, column_defaults
from .store import Store, now_iso, to_json

PSEUDO_DEVICES = ("shipped", "demo")  # identical everywhere: shipped forms, the demo city
SHIPPED_VERSION = "0000000000000.00000.shipped"  # every shipped form's one version


@dataclass(frozen=True)
class Version:
    table: str
    data: dict[str, Any]
    # What proves who made it (sync.authorship): the certificate kept with a received
    # version, and the digest of its line in the package it came in.
    cert: str | None = field(default=None, compare=False)
    digest: bytes = field(default=b"", compare=False, repr=False)
    # The data as versions.data stores it (to_json), when already made (a received line).
    text: str = field(default="", compare=False, repr=False)

    @property
    def record_id(self) -> str:
        return str(self.data["id"])

    @property
    def version(self) -> str:
        return str(self.data["version"])

    @property
    def device(self) -> str:  # the stamp's third part, as Stamp.parse finds it, faster
        return self.version.split(".", 2)[2]


def author(version: str) -> str:
    return Stamp.parse(version).device


def last_seq(store: Store) -> int:
    row = store.db.execute("SELECT max(seq) FROM versions").fetchone()
    return int(row[0] or 0)


def select(store: Store, after_seq: int = 0, since_ms: int | None = None,
           devices: Sequence[str] | None = None, tables: Sequence[str] | None = None
           ) -> list[tuple[int, Version]]:
    """Versions to send: received or made after `after_seq`, from `devices` and of
    `tables` if given."""
    sql = "SELECT seq, table_name, version, data, cert FROM versions WHERE seq > ?"
    params: list[Any] = [after_seq]
    if devices is not None:
        sql += f" AND device IN ({', '.join('?' for _ in devices)})"
        params += list(devices)
    if tables is not None:
        sql += f" AND table_name IN ({', '.join('?' for _ in tables)})"
        params += list(tables)
    out = []
    for seq, table, version, data, cert in store.db.execute(sql + " ORDER BY seq", params):
        if since_ms is not None and Stamp.parse(version).ms < since_ms:
            continue
        out.append((int(seq), Version(table, json.loads(data), cert)))
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


def versions_of(store: Store, table: str, record_ids: Collection[str]
                ) -> list[tuple[str, str, str | None, str]]:
    """(record id, version, base, device) of every version held of these records."""
    out: list[tuple[str, str, str | None, str]] = []
    wanted = sorted(record_ids)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start:start + 400]
        out += [(str(r), str(v), None if b is None else str(b), str(d))
                for r, v, b, d in store.db.execute(
                    "SELECT record_id, version, base, device FROM versions WHERE "
                    f"table_name = ? AND record_id IN ({', '.join('?' for _ in chunk)})",
                    [table, *chunk])]
    return out


def _upsert_sql(table: str, columns: Iterable[str]) -> str:
    names = list(columns)
    updates = ", ".join(f"{c} = excluded.{c}" for c in names if c != "id")
    return (f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}")


def _known(conn: Any, batch: Sequence[Version]) -> tuple[set[int], dict[tuple[str, str], str]]:
    """For a batch: which of its versions this database already holds (by position), and
    the current version of every record it touches — two joins against a temporary table,
    not two queries per version."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (n INTEGER PRIMARY KEY, "
                 "table_name TEXT, record_id TEXT, version TEXT)")
    conn.execute("DELETE FROM incoming")
    conn.executemany("INSERT INTO incoming VALUES (?, ?, ?, ?)",
                     [(n, v.table, v.record_id, v.version) for n, v in enumerate(batch)])
    held = {int(n) for (n,) in conn.execute(
        "SELECT i.n FROM incoming i JOIN versions v ON v.table_name = i.table_name "
        "AND v.record_id = i.record_id AND v.version = i.version")}
    current: dict[tuple[str, str], str] = {}
    for table in sorted({v.table for v in batch}):
        for record_id, version in conn.execute(
                f"SELECT t.id, t.version FROM {table} t WHERE t.id IN "
                "(SELECT record_id FROM incoming WHERE table_name = ?)", [table]):
            current[(table, str(record_id))] = str(version)
    conn.execute("DELETE FROM incoming")
    return held, current


def apply(store: Store, versions: Iterable[Version], actor: str,
          reviewers: Collection[str] | None = None) -> tuple[int, int]:
    """Join versions into the store (inside the caller's transaction).

    Returns (versions new to this database, current rows that changed). What is already
    here is found for the whole batch at once, rows are written with prepared statements
    and the merge's audit rows are chained in one go: a package of tens of thousands of
    versions costs what its rows cost, not per-call overhead.

    With `reviewers` (the devices whose word on a review counts here: supervisors, and the
    pseudo devices), an inspection's review comes from its newest version by one of them,
    whichever version wins otherwise: an inspector's later edit — or one made from an old
    base — never undoes a supervisor's approval or rejection."""
    batch = list(versions)
    if not batch:
        return 0, 0
    # A column a version lacks (made on a device that never set it) means its default.
    columns = {t: column_defaults(store.db, t) for t in RECORD_TABLES}
    conn = store.db.conn
    held, current = _known(conn, batch)
    received = now_iso()
    newest: str | None = None
    seen: set[tuple[str, str, str]] = set()
    new_versions: list[tuple[Any, ...]] = []
    merged: list[tuple[str, str, audit.State, audit.State]] = []
    written: dict[tuple[str, str], dict[str, Any]] = {}
    proven: list[tuple[str, str, str, str]] = []  # held versions now with a certificate
    for n, v in enumerate(batch):
        key = (v.table, v.record_id, v.version)
        if n in held or key in seen:
            if n in held and v.cert is not None:
                proven.append((v.cert, v.table, v.record_id, v.version))
            continue
        seen.add(key)
        new_versions.append((v.table, v.record_id, v.version, v.data.get("base"),
                             v.device, v.text or to_json(v.data), received, v.cert))
        # (a stamp's text sorts as the stamp: fixed-width ms and counter first)
        if v.device not in PSEUDO_DEVICES and (newest is None or v.version > newest):
            newest = v.version
        was = current.get((v.table, v.record_id))
        if was is not None and was >= v.version:
            continue  # an older version: kept in history only
        # The whole row from this version alone: a column it lacks (made on a device that
        # never set it) takes its default, not the value an earlier arrival left behind.
        row = {c: v.data.get(c, default) for c, default in columns[v.table].items()}
        # The row replaced: one this batch wrote earlier (not in the table yet) or the
        # database's own.
        old = None if was is None else written.get((v.table, v.record_id)) or store.get(
            v.table, v.record_id)
        # Its audit row's new state: the version's own text replays to exactly this row
        # (a missing column takes its default there too), so it is not encoded again.
        merged.append((v.table, v.record_id, old, v.text or row))
        current[(v.table, v.record_id)] = v.version
        written[(v.table, v.record_id)] = row
    conn.executemany(
        "INSERT INTO versions (table_name, record_id, version, base, device, data, "
        "received_at, cert) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new_versions)
    conn.executemany("UPDATE versions SET cert = ? WHERE table_name = ? AND record_id = ? "
                     "AND version = ? AND cert IS NULL", proven)
    if reviewers is not None:
        _keep_reviews(store, {v.record_id for v in batch if v.table == "inspections"},
                      reviewers, written, merged)
    for table in RECORD_TABLES:  # parents before children, whatever the package's order
        rows = [list(r.values()) for (t, _), r in written.items() if t == table]
        if rows:
            conn.executemany(_upsert_sql(table, columns[table]), rows)
    audit.append_many(store.db, at=received, device=store.device_id, actor=actor,
                      action="merge", changes=merged)
    if newest is not None:
        store.observe(Stamp.parse(newest))
    return len(new_versions), len(merged)


REVIEW_FIELDS = ("review", "review_comment")
NOT_REVIEWED = {"review": "received", "review_comment": ""}


def _keep_reviews(store: Store, inspections: set[str], reviewers: Collection[str],
                  written: dict[tuple[str, str], dict[str, Any]],
                  merged: list[tuple[str, str, audit.State, audit.State]]
                  ) -> None:
    """Each touched inspection's review as its newest reviewer's version says it."""
    said: dict[str, tuple[str, dict[str, Any]]] = {}
    devices = sorted({*reviewers, *PSEUDO_DEVICES})
    wanted = sorted(inspections)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start:start + 400]
        for record_id, version, data in store.db.execute(
                "SELECT record_id, version, data FROM versions WHERE table_name = "
                f"'inspections' AND record_id IN ({', '.join('?' for _ in chunk)}) AND "
                f"device IN ({', '.join('?' for _ in devices)})", [*chunk, *devices]):
            if record_id not in said or version > said[record_id][0]:
                said[str(record_id)] = (str(version), json.loads(data))
    for record_id in wanted:
        row = written.get(("inspections", record_id))
        if row is None:
            row = store.get("inspections", record_id)
            if row is None:
                continue
        review = {f: (said[record_id][1] if record_id in said else NOT_REVIEWED).get(
            f, NOT_REVIEWED[f]) for f in REVIEW_FIELDS}
        if all(row.get(f) == review[f] for f in REVIEW_FIELDS):
            continue
        new = {**row, **review}
        merged.append(("inspections", record_id, row, new))
        written[("inspections", record_id)] = new


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



def current_rows(store: Store, table: str, record_ids: Collection[str]
                 ) -> dict[str, dict[str, Any]]:
    """The rows held here of these records, by id: one query per 400, not one per record."""
    out: dict[str, dict[str, Any]] = {}
    wanted = sorted(record_ids)
    for start in range(0, len(wanted), 400):
        chunk = wanted[start:start + 400]
        cursor = store.db.execute(
            f"SELECT * FROM {table} WHERE id IN ({', '.join('?' for _ in chunk)})", chunk)
        names = [d[0] for d in cursor.description]
        for values in cursor:
            row = dict(zip(names, values, strict=True))
            out[str(row["id"])] = row
    return out
