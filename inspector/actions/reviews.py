"""A supervisor's review (审核) of received inspections, and decisions on conflicts that
syncing found."""

from __future__ import annotations

from ..domain import ReviewState
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Text
from ..store import Role, Store
from ..store import versions as v
from ..store.store import Row, now_iso

SEVERAL_INSPECTIONS = QT_TRANSLATE_NOOP("reviews.several_inspections",
    "{n} inspections have an id starting '{ref}'; give more of it (see 'inspector review list')")
UNKNOWN_REVIEW_ACTION = QT_TRANSLATE_NOOP("reviews.unknown_review_action",
    "unknown review action '{action}' ({actions})")
COMMENT_NEEDED = QT_TRANSLATE_NOOP("reviews.comment_needed",
    "say why with --comment when you {action} an inspection")
SEVERAL_CONFLICTS = QT_TRANSLATE_NOOP("reviews.several_conflicts",
    "{n} conflicts have an id starting '{ref}'; give more of it (see 'inspector conflicts list')")
NO_SUCH_INSPECTION = QT_TRANSLATE_NOOP("reviews.no_such_inspection",
    "no inspection with id '{ref}' (see 'inspector review list')")
NO_SUCH_CONFLICT = QT_TRANSLATE_NOOP("reviews.no_such_conflict",
    "no conflict with id '{ref}' (see 'inspector conflicts list')")
CONFLICT_VERSION_MISSING = QT_TRANSLATE_NOOP("reviews.conflict_version_missing",
    "conflict {id}: the other version is missing")

REVIEWING = QT_TRANSLATE_NOOP("reviews.reviewing_is_supervisors",
    "reviewing is a supervisor's task; this device is set up for an inspector ('inspector "
    "config set role supervisor' on the supervisor's computer)")
DECIDING = QT_TRANSLATE_NOOP("reviews.deciding_is_supervisors",
    "deciding conflicts is a supervisor's task; this device is set up for an inspector "
    "('inspector config set role supervisor' on the supervisor's computer)")

ACTIONS = {"approve": ReviewState.APPROVED, "flag": ReviewState.FLAGGED,
           "reject": ReviewState.REJECTED}


def require_supervisor(store: Store, task: Text) -> None:
    """`task` says which task ("reviewing is a supervisor's task; …")."""
    if store.role is not Role.SUPERVISOR:
        raise UserError(task())


def find_inspection(store: Store, ref: str) -> Row:
    found = store.rows("inspections", "id LIKE ?", [ref + "%"])
    if len(found) != 1:
        if not found:
            raise UserError(NO_SUCH_INSPECTION(ref=ref))
        raise UserError(SEVERAL_INSPECTIONS(n=len(found), ref=ref))
    return found[0]


def review(store: Store, ref: str, action: str, comment: str = "") -> Row:
    require_supervisor(store, REVIEWING)
    if action not in ACTIONS:
        raise UserError(UNKNOWN_REVIEW_ACTION(action=action, actions=', '.join(ACTIONS)))
    if action in ("flag", "reject") and not comment.strip():
        raise UserError(COMMENT_NEEDED(action=action))
    insp = find_inspection(store, ref)
    return store.save("inspections", {**insp, "review": str(ACTIONS[action]),
                                       "review_comment": comment.strip()})


def decide(store: Store, conflict_ref: str, decision: str) -> v.Conflict:
    """Confirm the chosen winner, or reverse it: the other version becomes current again
    as a new edit (so the decision itself syncs and nothing is destroyed)."""
    require_supervisor(store, DECIDING)
    matches = [c for c in v.conflicts(store) if c.id.startswith(conflict_ref)]
    if len(matches) != 1:
        if not matches:
            raise UserError(NO_SUCH_CONFLICT(ref=conflict_ref))
        raise UserError(SEVERAL_CONFLICTS(n=len(matches), ref=conflict_ref))
    conflict = matches[0]
    with store.transaction():
        if decision == "reverse":
            loser = v.version_data(store, conflict.table, conflict.record_id,
                                   conflict.versions[1])
            if loser is None:
                raise UserError(CONFLICT_VERSION_MISSING(id=conflict.id[:8]))
            content = {k: val for k, val in loser.items()
                       if k not in ("version", "origin", "base")}
            store.save(conflict.table, content)
        store.save("conflict_decisions", {"id": conflict.id, "decision": decision,
                                          "decided_by": store.actor, "at": now_iso()})
    return conflict
