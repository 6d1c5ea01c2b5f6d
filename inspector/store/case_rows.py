"""The rows of rectification cases, their events and the photos events add: read in a
few queries for a whole ledger (a city's thousands of cases)."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .store import Row, Store


def problem_number(item_id: str, problem_id: str) -> str:
    """A short number that stays the same in every report, export and case: JM05-1A2B3C."""
    digest = hashlib.sha256(problem_id.encode("ascii")).hexdigest()[:6].upper()
    return f"{item_id}-{digest}"


def cases(store: Store, where: str = "1", params: list[Any] | None = None) -> list[Row]:
    return store.rows("cases", where, params or [], order_by="number")


def by_number(store: Store, number: str) -> Row | None:
    found = store.rows("cases", "number = ? OR id = ?", [number, number])
    return found[0] if found else None


def problem_ids_with_cases(store: Store) -> set[str]:
    return {str(r[0]) for r in store.db.execute(
        "SELECT problem_id FROM cases WHERE problem_id IS NOT NULL AND deleted = 0")}


def events(store: Store, case_ids: list[str] | None = None) -> dict[str, list[Row]]:
    """case id → its events, with `photos`: the sha256 → time taken of the photos each
    adds. Not an event undone (its tombstone: deleted = 1), which never happened."""
    sql = "SELECT * FROM case_events WHERE deleted = 0"
    params: list[Any] = []
    if case_ids is not None:
        sql += f" AND case_id IN ({', '.join('?' for _ in case_ids)})"
        params = list(case_ids)
    photos: dict[str, dict[str, str]] = {}
    for event_id, sha, taken, added in store.db.execute(
            "SELECT c.event_id, c.photo_sha256, p.taken_at, p.added_at FROM case_photos c "
            "JOIN photos p ON p.sha256 = c.photo_sha256 WHERE c.deleted = 0"):
        photos.setdefault(str(event_id), {})[str(sha)] = str(taken or added)
    out: dict[str, list[Row]] = {}
    for row in store.db.query(sql, params):
        row["data"] = json.loads(row["data"] or "{}")
        row["photos"] = photos.get(row["id"], {})
        out.setdefault(row["case_id"], []).append(row)
    return out


def later_events(store: Store, case_id: str, version: str = "") -> list[tuple[str, str, str]]:
    """(id, kind, at) of the case's live events stamped after `version` (every one when
    ""), in stamp order: what an undo of an earlier event would pull the ground from."""
    return [(str(i), str(k), str(a)) for i, k, a in store.db.execute(
        "SELECT id, kind, at FROM case_events WHERE deleted = 0 AND case_id = ? AND "
        "version > ? ORDER BY version", [case_id, version])]


def before_photos(store: Store, problem_ids: list[str]) -> dict[str, list[Row]]:
    """problem id → its photos (the 整改前 photos of its case), by time taken."""
    if not problem_ids:
        return {}
    out: dict[str, list[Row]] = {}
    marks = ", ".join("?" for _ in problem_ids)
    for r in store.db.query(
            "SELECT l.problem_id, p.* FROM photo_links l JOIN photos p ON "
            f"p.sha256 = l.photo_sha256 WHERE l.deleted = 0 AND l.problem_id IN ({marks}) "
            "ORDER BY p.taken_at, p.sha256", problem_ids):
        out.setdefault(r["problem_id"], []).append(r)
    return out


def photos_by_sha(store: Store, shas: list[str]) -> dict[str, Row]:
    """sha256 → its photos row (ext, taken_at, lat, lon …): the after photos of cases."""
    out: dict[str, Row] = {}
    unique = sorted(set(shas))
    for start in range(0, len(unique), 500):  # under SQLite's limit on parameters
        chunk = unique[start:start + 500]
        for r in store.db.query(
                f"SELECT * FROM photos WHERE sha256 IN ({', '.join('?' for _ in chunk)})",
                chunk):
            out[r["sha256"]] = r
    return out
