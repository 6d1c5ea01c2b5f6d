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

from ..messages import QT_TRANSLATE_NOOP, Msg
from .connection import Database
from .schema import column_defaults

ROWS_REMOVED = QT_TRANSLATE_NOOP("audit.rows_removed", "is missing (rows were removed)")
OUT_OF_ORDER = QT_TRANSLATE_NOOP("audit.out_of_order", "does not follow the row before it")
CHANGED = QT_TRANSLATE_NOOP("audit.changed", "was changed after it was written")
END_REMOVED = QT_TRANSLATE_NOOP("audit.end_removed",
                                "is missing (rows were removed from the end)")
NO_AUDIT_ROW = QT_TRANSLATE_NOOP("audit.no_audit_row", "has no audit row")
DIFFERS = QT_TRANSLATE_NOOP("audit.differs", "differs from its audit row ({columns})")
REMOVED = QT_TRANSLATE_NOOP("audit.removed", "was removed")
VERSION_CHANGED = QT_TRANSLATE_NOOP("audit.version_changed",
                                    "has a version ({version}) the log did not write")

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


State = dict[str, Any] | str | None  # a row, or the JSON text of one already made


def append_many(db: Database, *, at: str, device: str, actor: str, action: str,
                changes: Sequence[tuple[str, str, State, State]]) -> None:
    """Many rows of one edit (a merge): the chain is computed here, written in one go. A
    state given as text (a received version's data, as stored) is kept as it is: any
    JSON of the row serves, since `unexplained` replays a row from its parsed text."""
    if not changes:
        return
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0], last[1]) if last else (0, GENESIS)
    rows = []
    for table, record_id, old, new in changes:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq, "at": at, "device": device, "actor": actor, "action": action,
            "table_name": table, "record_id": record_id, "old": _text(old),
            "new": _text(new)}
        row["prev_hash"] = prev
        row["hash"] = prev = _digest(prev, row)
        rows.append(row)
    names = list(rows[0])
    db.conn.executemany(f"INSERT INTO audit ({', '.join(names)}) VALUES "
                        f"({', '.join('?' for _ in names)})", [list(r.values()) for r in rows])
    db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
               "SET value = excluded.value", [HEAD_KEY, f"{seq}:{prev}"])


def _text(state: State) -> str | None:
    return state if isinstance(state, str) else canonical(state)


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: Msg


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
            return count, ChainBreak(expected_seq, ROWS_REMOVED())
        if row["prev_hash"] != prev:
            return count, ChainBreak(row["seq"], OUT_OF_ORDER())
        if _digest(prev, row) != row["hash"]:
            return count, ChainBreak(row["seq"], CHANGED())
        prev = row["hash"]
        expected_seq += 1
    head = db.execute("SELECT value FROM settings WHERE key = ?", [HEAD_KEY]).fetchone()
    if head is not None:
        head_seq, head_hash = str(head[0]).split(":", 1)
        if int(head_seq) >= expected_seq:
            return count, ChainBreak(expected_seq, END_REMOVED())
        if head_hash != prev:
            return count, ChainBreak(int(head_seq), CHANGED())
    return count, None


def head(db: Database) -> tuple[int, str]:
    """(seq, hash) of the newest row: the chain as it stands; (0, GENESIS) when empty."""
    last = db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


def hashes_at(db: Database, seqs: Sequence[int]) -> dict[int, str]:
    """The hash of each row in `seqs` that exists."""
    wanted = sorted({int(s) for s in seqs if s > 0})
    out: dict[int, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        out.update((int(s), str(h)) for s, h in db.execute(
            f"SELECT seq, hash FROM audit WHERE seq IN ({', '.join('?' for _ in chunk)})",
            chunk))
    return out


@dataclass(frozen=True)
class Unexplained:
    table: str
    record_id: str
    reason: Msg  # no audit row, differs from it (which columns), was removed


DETAILED = 50  # records whose differing columns are named (the rest are only counted)


def unexplained(db: Database, tables: Sequence[str], device: str = "") -> list[Unexplained]:
    """Records whose current state the log does not explain: replaying each record's last
    audit row must give exactly its row. A raw UPDATE or INSERT that bypassed the app, a
    wiped or cut log, shows here. The replayed values go through a scratch table with the
    same column types, so SQLite stores them exactly as the original write did. With
    `device` (this computer's), its own versions — what its packages send, signed — must
    each be in the log as written, too."""
    last: dict[tuple[str, str], int] = {}
    for table, record_id, seq in db.execute(
            "SELECT table_name, record_id, max(seq) FROM audit GROUP BY table_name, record_id"):
        last[(str(table), str(record_id))] = int(seq)
    found: list[Unexplained] = []
    for table in tables:
        columns = column_defaults(db, table)
        names = list(columns)
        quoted = ", ".join(f'"{c}"' for c in names)
        db.execute("DROP TABLE IF EXISTS temp.replay")
        db.execute(f"CREATE TEMP TABLE replay AS SELECT {quoted} FROM main.{table} WHERE 0")
        db.execute("CREATE UNIQUE INDEX temp.replay_id ON replay (id)")
        seqs = [seq for (t, _), seq in last.items() if t == table]
        rows = []
        for start in range(0, len(seqs), 500):
            chunk = seqs[start:start + 500]
            for (new,) in db.execute(f"SELECT new FROM audit WHERE seq IN "
                                     f"({', '.join('?' for _ in chunk)})", chunk):
                state = json.loads(new) if new else None
                if isinstance(state, dict) and "id" in state:
                    rows.append([state.get(c, columns[c]) for c in names])
        db.conn.executemany(f"INSERT INTO temp.replay ({quoted}) VALUES "
                            f"({', '.join('?' for _ in names)})", rows)
        replayed = {str(r[0]) for r in db.execute("SELECT id FROM temp.replay")}
        for (record_id,) in db.execute(
                f"SELECT id FROM (SELECT {quoted} FROM main.{table} EXCEPT "
                f"SELECT {quoted} FROM temp.replay) ORDER BY id"):
            if str(record_id) not in replayed:
                found.append(Unexplained(table, str(record_id), NO_AUDIT_ROW()))
            else:
                changed = ", ".join(_differing(db, table, names, str(record_id))) \
                    if len(found) < DETAILED else "…"
                found.append(Unexplained(table, str(record_id), DIFFERS(columns=changed)))
        for (record_id,) in db.execute(f"SELECT id FROM temp.replay WHERE id NOT IN "
                                       f"(SELECT id FROM main.{table}) ORDER BY id"):
            found.append(Unexplained(table, str(record_id), REMOVED()))
        db.execute("DROP TABLE temp.replay")
    if device:
        found += _unexplained_versions(db, device)
    return found


def _unexplained_versions(db: Database, device: str) -> list[Unexplained]:
    """This computer's versions whose data no audit row wrote (versions.data changed by
    hand would be sent, signed, as this device's work). Versions made by the migration
    that began keeping them predate their audit rows' form and are left out."""
    db.execute("DROP TABLE IF EXISTS temp.written")
    db.execute("CREATE TEMP TABLE written AS SELECT table_name, record_id, "
               "json_extract(new, '$.version') AS version, json(new) AS data FROM audit "
               "WHERE new IS NOT NULL AND json_valid(new)")
    db.execute("CREATE INDEX temp.written_key ON written (table_name, record_id, version)")
    found = [Unexplained(str(t), str(r), VERSION_CHANGED(version=str(v))) for t, r, v in
             db.execute(
                 "SELECT v.table_name, v.record_id, v.version FROM versions v WHERE v.device = ? "
                 "AND v.received_at != 'migrated' AND NOT EXISTS (SELECT 1 FROM temp.written w "
                 "WHERE w.table_name = v.table_name AND w.record_id = v.record_id AND "
                 "w.version = v.version AND w.data = json(v.data)) ORDER BY v.seq", [device])]
    db.execute("DROP TABLE temp.written")
    return found


def _differing(db: Database, table: str, names: list[str], record_id: str) -> list[str]:
    quoted = ", ".join(f'"{c}"' for c in names)
    now = db.execute(f"SELECT {quoted} FROM main.{table} WHERE id = ?", [record_id]).fetchone()
    was = db.execute(f"SELECT {quoted} FROM temp.replay WHERE id = ?", [record_id]).fetchone()
    return [c for c, a, b in zip(names, now, was, strict=True) if a != b]


def record_sent(db: Database, seq: int, hash_: str) -> None:
    """A point of this computer's chain that a package it makes vouches for."""
    if seq > 0:
        db.execute("INSERT OR IGNORE INTO sent_heads (seq, hash, at) VALUES (?, ?, "
                   "datetime('now'))", [seq, hash_])


def sent_seqs(db: Database) -> list[int]:
    """Every point of this computer's chain a package of its vouched for."""
    return sorted({int(r[0]) for r in db.execute(
        "SELECT seq FROM sent_heads UNION SELECT audit_seq FROM packages WHERE direction = "
        "'out' AND audit_seq > 0")})


@dataclass(frozen=True)
class SentHead:
    file_name: str
    at: str
    seq: int


def contradicted_exports(db: Database) -> list[SentHead]:
    """Packages this computer sent whose audit head the log no longer holds: the history
    was rewritten after them (receivers will refuse this computer's next package)."""
    found = []
    for file_name, at, seq, sent in db.execute(
            "SELECT file_name, at, audit_seq, audit_hash FROM packages WHERE direction = 'out' "
            "AND audit_seq > 0 UNION SELECT '', at, seq, hash FROM sent_heads WHERE seq NOT IN "
            "(SELECT audit_seq FROM packages WHERE direction = 'out' AND audit_seq > 0) "
            "ORDER BY 3, 2"):
        now = hashes_at(db, [int(seq)]).get(int(seq))
        if now != sent:
            found.append(SentHead(str(file_name) or "?", str(at), int(seq)))
    return found
