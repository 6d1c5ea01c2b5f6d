"""The audit log: who changed what, when, old → new; rows are hash-chained.

Each row's hash covers its own fields and the previous row's hash, so rewriting,
removing or reordering a row breaks the chain from that row on; `verify` names the
first row that no longer fits.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
HEAD_KEY = "_audit_head"
FIELDS = ("seq", "at", "device", "actor", "action", "table_name", "record_id", "old", "new")


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    payload = json.dumps([prev_hash, *(row[f] for f in FIELDS)], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def canonical(record: dict[str, Any] | None) -> str | None:
    if record is None:
        return None
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def append(db: Database, *, at: str, device: str, actor: str, action: str, table: str,
           record_id: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> None:
    """Add one row; the caller's transaction makes it part of the edit it describes."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    row: dict[str, Any] = {
        "seq": seq, "at": at, "device": device, "actor": actor, "action": action,
        "table_name": table, "record_id": record_id, "old": canonical(old),
        "new": canonical(new),
    }
    row["prev_hash"] = prev
    row["hash"] = _digest(prev, row)
    db.table("audit").insert(row)
    # The newest row's seq and hash, kept apart: removing rows from the end of the chain
    # leaves a chain that fits together, but no longer reaches this anchor.
    db.table("settings").upsert({"key": HEAD_KEY, "value": f"{seq}:{row['hash']}"}, pk="key")


def append_many(db: Database, *, at: str, device: str, actor: str, action: str,
                changes: Sequence[tuple[str, str, dict[str, Any] | None, dict[str, Any] | None]]
                ) -> None:
    """Many rows of one edit (a merge): the chain is computed here, written in one go."""
    if not changes:
        return
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    for table, record_id, old, new in changes:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq, "at": at, "device": device, "actor": actor, "action": action,
            "table_name": table, "record_id": record_id, "old": canonical(old),
            "new": canonical(new)}
        row["prev_hash"] = prev
        row["hash"] = prev = _digest(prev, row)
        rows.append(row)
    names = list(rows[0])
    db.conn.executemany(f"INSERT INTO audit ({', '.join(names)}) VALUES "
                        f"({', '.join('?' for _ in names)})", [list(r.values()) for r in rows])
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
               "SET value = excluded.value", [HEAD_KEY, f"{seq}:{prev}"])


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify(db: Database) -> tuple[int, ChainBreak | None]:
    """(rows checked, the first row that does not fit the chain or None)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    cursor = db.execute(f"SELECT {', '.join(FIELDS)}, prev_hash, hash FROM audit ORDER BY seq")
    names = [*FIELDS, "prev_hash", "hash"]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        count += 1
        if row["seq"] != expected_seq:
            return count, ChainBreak(expected_seq, "is missing (rows were removed)")
        if row["prev_hash"] != prev:
            return count, ChainBreak(row["seq"], "does not follow the row before it")
        if _digest(prev, row) != row["hash"]:
            return count, ChainBreak(row["seq"], "was changed after it was written")
        prev = row["hash"]
        expected_seq += 1
    head = db.execute("SELECT value FROM settings WHERE key = ?", [HEAD_KEY]).fetchone()
    if head is not None:
        head_seq, head_hash = str(head[0]).split(":", 1)
        if int(head_seq) >= expected_seq:
            return count, ChainBreak(expected_seq, "is missing (rows were removed from the end)")
        if head_hash != prev:
            return count, ChainBreak(int(head_seq), "was changed after it was written")
    return count, None
