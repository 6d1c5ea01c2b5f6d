"""A supervisor's review of received inspections, and decisions on conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import ReviewState
from ..errors import UserError
from ..store import Store
from ..store import versions as v
from ..store.store import Row, now_iso

ACTIONS = {"approve": ReviewState.APPROVED, "flag": ReviewState.FLAGGED,
           "reject": ReviewState.REJECTED}


def require_supervisor(store: Store, what: str) -> None:
    if store.setting("role") != "supervisor":
        raise UserError(f"{what} is a supervisor's task; this device is set up for an "
                        "inspector ('inspector config set role supervisor' on the supervisor's "
                        "computer)")


def find_inspection(store: Store, ref: str) -> Row:
    found = store.rows("inspections", "id LIKE ?", [ref + "%"])
    if len(found) != 1:
        what = "no inspection" if not found else f"{len(found)} inspections"
        raise UserError(f"{what} with id '{ref}' (see 'inspector review list')")
    return found[0]


def review(store: Store, ref: str, action: str, comment: str = "") -> Row:
    require_supervisor(store, "reviewing")
    if action not in ACTIONS:
        raise UserError(f"unknown review action '{action}' ({', '.join(ACTIONS)})")
    if action in ("flag", "reject") and not comment.strip():
        raise UserError(f"say why with --comment when you {action} an inspection")
    insp = find_inspection(store, ref)
    return store.save("inspections", {**insp, "review": str(ACTIONS[action]),
                                       "review_comment": comment.strip()})


@dataclass(frozen=True)
class ReviewRow:
    inspection_id: str
    site: str
    inspector: str
    outcome: str
    review: str
    comment: str
    problems: int


def review_list(store: Store, round_id: str) -> list[ReviewRow]:
    return [ReviewRow(r["id"], r["name"], r["inspector"], r["outcome"], r["review"],
                      r["review_comment"], r["problems"])
            for r in store.db.query(
                "SELECT i.id, s.name, i.inspector, i.outcome, i.review, i.review_comment, "
                "(SELECT count(*) FROM problems p WHERE p.inspection_id = i.id AND "
                "p.deleted = 0) AS problems FROM inspections i LEFT JOIN sites s ON "
                "s.id = i.site_id WHERE i.round_id = ? AND i.deleted = 0 "
                "ORDER BY i.review = 'received' DESC, s.name", [round_id])]


def decide(store: Store, conflict_ref: str, decision: str) -> v.Conflict:
    """Confirm the chosen winner, or reverse it: the other version becomes current again
    as a new edit (so the decision itself syncs and nothing is destroyed)."""
    require_supervisor(store, "deciding conflicts")
    matches = [c for c in v.conflicts(store) if c.id.startswith(conflict_ref)]
    if len(matches) != 1:
        what = "no conflict" if not matches else f"{len(matches)} conflicts"
        raise UserError(f"{what} with id '{conflict_ref}' (see 'inspector conflicts list')")
    conflict = matches[0]
    with store.transaction():
        if decision == "reverse":
            loser = v.version_data(store, conflict.table, conflict.record_id,
                                   conflict.versions[1])
            if loser is None:
                raise UserError(f"conflict {conflict.id[:8]}: the other version is missing")
            content = {k: val for k, val in loser.items()
                       if k not in ("version", "origin", "base")}
            store.save(conflict.table, content)
        store.save("conflict_decisions", {"id": conflict.id, "decision": decision,
                                          "decided_by": store.actor, "at": now_iso()})
    return conflict
