"""Photo rows and links: the SQL the photo pipeline needs, in the one module that writes SQL."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UserError
from ..interchange import derived_id
from ..messages import QT_TRANSLATE_NOOP
from . import audit
from .store import Row, Store, now_iso

NO_SUCH_INSPECTION = QT_TRANSLATE_NOOP(
    "store.no_such_inspection",
    "no inspection with id '{ref}' (see 'inspector inspections list')")
SEVERAL_INSPECTIONS = QT_TRANSLATE_NOOP(
    "store.several_inspections",
    "'{ref}' matches {n} inspections; give more of the id")
SEVERAL_PROBLEMS = QT_TRANSLATE_NOOP(
    "store.several_problems",
    "{n} problems in inspection {inspection} have an id starting '{ref}'; give more of it")
NO_SUCH_PROBLEM = QT_TRANSLATE_NOOP(
    "store.no_such_problem",
    "no problem with id '{ref}' in inspection {inspection}")


def photo(store: Store, sha: str) -> Row | None:
    rows = list(store.db.query("SELECT * FROM photos WHERE sha256 = ?", [sha]))
    return rows[0] if rows else None


def all_photos(store: Store) -> list[Row]:
    return list(store.db.query("SELECT * FROM photos ORDER BY added_at, sha256"))


def known_shas(store: Store) -> frozenset[str]:
    """Photos whose original is stored (one received as a display copy still needs it)."""
    return frozenset(r[0] for r in store.db.execute(
        "SELECT sha256 FROM photos WHERE original_present = 1"))


def begin(store: Store, sha: str, ext: str) -> None:
    """Journal a file about to enter the tree (committed before the file moves)."""
    with store.transaction():
        store.db.table("photo_pending").upsert({"sha256": sha, "ext": ext, "at": now_iso()},
                                               pk="sha256")


def pending(store: Store) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in store.db.execute("SELECT sha256, ext FROM photo_pending")]


def clear_pending(store: Store, sha: str) -> None:
    with store.transaction():
        store.db.execute("DELETE FROM photo_pending WHERE sha256 = ?", [sha])


def add(store: Store, row: dict[str, Any]) -> None:
    """The photo's row, in the same transaction that clears its journal entry, audited."""
    with store.transaction():
        row = {**row, "flags": json.dumps(row.get("flags", []), ensure_ascii=False),
               "added_at": now_iso(), "added_by": store.actor}
        store.db.table("photos").insert(row)
        store.db.execute("DELETE FROM photo_pending WHERE sha256 = ?", [row["sha256"]])
        store._audit("insert", "photos", row["sha256"], None, row)


def add_many(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    """Photos' rows received in one import: as `add` writes each, in one statement, their
    journal entries cleared and their audit rows chained in one go."""
    if not rows:
        return
    at = now_iso()
    made = [{**row, "flags": json.dumps(row.get("flags", []), ensure_ascii=False),
             "added_at": at, "added_by": store.actor} for row in rows]
    names = list(made[0])
    store.db.conn.executemany(
        f"INSERT INTO photos ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [[r[c] for c in names] for r in made])
    store.db.conn.executemany("DELETE FROM photo_pending WHERE sha256 = ?",
                              [[r["sha256"]] for r in made])
    audit.append_many(store.db, at=at, device=store.device_id, actor=store.actor,
                      action="insert", changes=[("photos", r["sha256"], None, r) for r in made])


def check_target(store: Store, inspection_id: str,
                 problem_id: str | None) -> tuple[str, str | None]:
    """Resolve an inspection (id or unique id prefix) and a problem within it."""
    matches = [r["id"] for r in store.rows("inspections", "id LIKE ?", [inspection_id + "%"])]
    if not matches:
        raise UserError(NO_SUCH_INSPECTION(ref=inspection_id))
    if len(matches) > 1:
        raise UserError(SEVERAL_INSPECTIONS(ref=inspection_id, n=len(matches)))
    insp = matches[0]
    if problem_id is None:
        return insp, None
    problems = [r["id"] for r in store.rows("problems", "inspection_id = ? AND id LIKE ?",
                                            [insp, problem_id + "%"])]
    if len(problems) != 1:
        if not problems:
            raise UserError(NO_SUCH_PROBLEM(ref=problem_id, inspection=insp[:8]))
        raise UserError(SEVERAL_PROBLEMS(n=len(problems), inspection=insp[:8], ref=problem_id))
    return insp, problems[0]


def link(store: Store, sha: str, inspection_id: str, problem_id: str | None,
         version: str | None = None) -> bool:
    """Link a stored photo to an inspection or a problem; False when it already was."""
    link_id = derived_id("photo_link", sha, inspection_id, problem_id or "")
    existing = store.get("photo_links", link_id)
    if existing is not None and not existing["deleted"]:
        return False
    store.save("photo_links", {"id": link_id, "photo_sha256": sha,
                               "inspection_id": inspection_id, "problem_id": problem_id,
                               "deleted": 0}, version=version)
    return True


def links(store: Store, inspection_id: str) -> list[Row]:
    return store.rows("photo_links", "inspection_id = ?", [inspection_id])


def linked_photos(store: Store, inspection_id: str, problem_id: str | None) -> list[Row]:
    """Photos linked to one problem (or to the inspection itself when None), oldest first;
    an annotated copy follows the photo it was drawn on."""
    return list(store.db.query(
        "SELECT p.* FROM photo_links l JOIN photos p ON p.sha256 = l.photo_sha256 "
        "WHERE l.inspection_id = ? AND l.problem_id IS ? AND l.deleted = 0 "
        "ORDER BY coalesce((SELECT b.taken_at FROM photos b WHERE b.sha256 = p.derived_from),"
        " p.taken_at), coalesce(p.derived_from, p.sha256), p.derived_from IS NOT NULL, "
        "p.added_at", [inspection_id, problem_id]))


def photo_counts(store: Store, inspection_id: str) -> dict[str | None, int]:
    """Problem id → how many photos are linked to it (None: to the inspection itself)."""
    return {row[0]: int(row[1]) for row in store.db.execute(
        "SELECT problem_id, count(*) AS n FROM photo_links WHERE inspection_id = ? AND "
        "deleted = 0 GROUP BY problem_id", [inspection_id])}


@dataclass(frozen=True)
class LinkedPhoto:
    """A photo linked to an inspection, as the review page lists it."""

    sha256: str
    problem_id: str | None  # None: a photo of the site, not of a problem
    ext: str | None  # None: its photo row is missing
    item_id: str | None  # the problem's checklist item


def inspection_photos(store: Store, inspection_id: str) -> list[LinkedPhoto]:
    """Every photo linked to the inspection, by its problem's item, then as linked."""
    return [LinkedPhoto(*row) for row in store.db.execute(
        "SELECT l.photo_sha256, l.problem_id, p.ext, pr.item_id FROM photo_links l "
        "LEFT JOIN photos p ON p.sha256 = l.photo_sha256 "
        "LEFT JOIN problems pr ON pr.id = l.problem_id "
        "WHERE l.inspection_id = ? AND l.deleted = 0 ORDER BY pr.item_id, l.rowid",
        [inspection_id])]


def problem_photos(store: Store, round_id: str) -> dict[str, list[Row]]:
    """Problem id → the photo rows linked to it, for the round's problems, each list by
    time taken (then hash)."""
    out: dict[str, list[Row]] = {}
    for r in store.db.query(
            "SELECT l.problem_id, p.* FROM photo_links l JOIN photos p ON "
            "p.sha256 = l.photo_sha256 JOIN inspections i ON i.id = l.inspection_id "
            "WHERE i.round_id = ? AND l.deleted = 0 AND l.problem_id IS NOT NULL "
            "ORDER BY p.taken_at, p.sha256", [round_id]):
        out.setdefault(r["problem_id"], []).append(r)
    return out


def problems_with_photos(store: Store, round_id: str) -> set[str]:
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT l.problem_id FROM photo_links l JOIN inspections i "
        "ON i.id = l.inspection_id WHERE i.round_id = ? AND l.deleted = 0 "
        "AND l.problem_id IS NOT NULL", [round_id])}


def inspection_problems_with_photos(store: Store, inspection_id: str) -> set[str]:
    """The inspection's problems that have at least one photo linked."""
    return {r[0] for r in store.db.execute(
        "SELECT DISTINCT problem_id FROM photo_links WHERE inspection_id = ? "
        "AND deleted = 0 AND problem_id IS NOT NULL", [inspection_id])}


def mark_original_present(store: Store, sha: str) -> None:
    """The original of a photo first received as a display copy has arrived."""
    with store.transaction():
        store.db.execute("UPDATE photos SET original_present = 1 WHERE sha256 = ?", [sha])
        store.db.execute("DELETE FROM photo_pending WHERE sha256 = ?", [sha])
        store._audit("update", "photos", sha, {"original_present": 0}, {"original_present": 1})
