"""Edits an inspector makes on a site, one committed, audited transaction each.

The app's screens call these (and undo them by calling them again with the previous
value); nothing here imports Qt. Each function returns what the edit replaced, so an
undo step can put it back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from . import clock, operations
from .domain import Category, Form, Item, Kind, Outcome, Site
from .errors import UserError
from .interchange import derived_id
from .messages import QT_TRANSLATE_NOOP
from .scoring import is_complete
from .state import inspection_id as derive_inspection_id
from .state import inspection_state, load_inspection, needs_problem
from .store import Store, photo_rows
from .store.store import Row

COUNT_AT_LEAST_ONE = QT_TRANSLATE_NOOP("editing.count_at_least_one", "a problem counts at least 1")
NO_SUCH_PROBLEM = QT_TRANSLATE_NOOP("editing.no_such_problem", "no problem {problem}")
PHOTO_NOT_ATTACHED = QT_TRANSLATE_NOOP(
    "editing.photo_not_attached",
    "photo {sha} is not attached here")
NOT_STARTED = QT_TRANSLATE_NOOP("editing.not_started", "this site has not been started")
UNANSWERED = QT_TRANSLATE_NOOP(
    "editing.unanswered",
    "items {items} have no answer yet (answer them or mark them 不适用)")
FAILED_WITHOUT_PROBLEM = QT_TRANSLATE_NOOP(
    "editing.failed_without_problem",
    "items {items} failed: record the problem (N) with a photo first")
PHOTOS_MISSING = QT_TRANSLATE_NOOP(
    "editing.photos_missing",
    "{n} problems on items that require a photo have none yet (P to add photos)")
REASON_NEEDED = QT_TRANSLATE_NOOP(
    "editing.reason_needed",
    "say why the site could not be inspected")
ITEM_ANSWER = QT_TRANSLATE_NOOP("editing.item_answer", "{item}: {detail}")


def now_local(store: Store) -> str:
    """Now in the city's zone, with its offset: a stored start reads as the city's clock."""
    return clock.now(store.zone()).isoformat(timespec="seconds")


def start(store: Store, round_id: str, site: Site, inspector: str) -> Row:
    """This inspector's inspection of the site in the round, created (and its start time
    recorded) on first use."""
    insp_id = derive_inspection_id(round_id, site.id, inspector)
    row = store.get("inspections", insp_id)
    if row is not None and not row["deleted"]:
        return row
    return store.save("inspections", {
        "id": insp_id, "round_id": round_id, "site_id": site.id, "inspector": inspector,
        "outcome": "in_progress", "reason": "", "review": "received", "review_comment": "",
        "started_at": now_local(store), "finished_at": None, "deleted": 0})


def response_row(store: Store, inspection_id: str, item_id: str) -> Row | None:
    row = store.get("responses", derived_id("response", inspection_id, item_id))
    return None if row is None or row["deleted"] else row


def set_response(store: Store, inspection_id: str, item: Item, value: Any) -> Any:
    """Answer an item: "pass"/"fail" (check), "checked" (deduct), a level name (grade),
    a count found (quota), "na", or None to clear. Returns the previous value."""
    previous = response_value(store, inspection_id, item)
    rid = derived_id("response", inspection_id, item.id)
    if value is None:
        if store.get("responses", rid) is not None:
            store.delete("responses", rid)
        return previous
    from .interchange import parse_response

    try:
        resp = parse_response(item, value)
    except ValueError as exc:
        raise UserError(ITEM_ANSWER(item=item.id, detail=exc)) from None
    old = store.get("responses", rid)
    store.save("responses", {
        "id": rid, "inspection_id": inspection_id, "item_id": item.id, "na": int(resp.na),
        "passed": None if resp.passed is None else int(resp.passed), "level": resp.level,
        "found": resp.found, "note": old["note"] if old else "", "deleted": 0})
    return previous


def response_value(store: Store, inspection_id: str, item: Item) -> Any:
    row = response_row(store, inspection_id, item.id)
    if row is None:
        return None
    if row["na"]:
        return "na"
    if item.kind is Kind.CHECK:
        return "pass" if row["passed"] else "fail"
    if item.kind is Kind.GRADE:
        return row["level"]
    if item.kind is Kind.QUOTA:
        return row["found"]
    return "checked"


def set_note(store: Store, inspection_id: str, item: Item, note: str) -> str:
    rid = derived_id("response", inspection_id, item.id)
    old = store.get("responses", rid)
    previous = old["note"] if old else ""
    if old is None:
        store.save("responses", {"id": rid, "inspection_id": inspection_id,
                                 "item_id": item.id, "na": 0, "passed": None, "level": None,
                                 "found": None, "note": note, "deleted": 0})
    else:
        store.save("responses", {**old, "note": note})
    return str(previous)


@dataclass(frozen=True)
class ProblemDraft:
    item_id: str
    count: int = 1
    description: str = ""
    location: str = ""
    responsible_unit: str = ""


def add_problem(store: Store, inspection_id: str, draft: ProblemDraft,
                problem_id: str | None = None) -> Row:
    if draft.count < 1:
        raise UserError(COUNT_AT_LEAST_ONE())
    return store.save("problems", {
        "id": problem_id or str(uuid.uuid4()), "inspection_id": inspection_id,
        "item_id": draft.item_id, "count": draft.count, "description": draft.description,
        "location": draft.location, "responsible_unit": draft.responsible_unit, "deleted": 0})


def update_problem(store: Store, problem_id: str, **changes: Any) -> Row:
    old = store.get("problems", problem_id)
    if old is None:
        raise UserError(NO_SUCH_PROBLEM(problem=problem_id[:8]))
    if "count" in changes and int(changes["count"]) < 1:
        raise UserError(COUNT_AT_LEAST_ONE())
    store.save("problems", {**old, **changes})
    return old


def delete_problem(store: Store, problem_id: str) -> Row | None:
    old = store.get("problems", problem_id)
    store.delete("problems", problem_id)
    return old


def unlink_photo(store: Store, inspection_id: str, sha: str,
                 problem_id: str | None) -> Row | None:
    """Take a photo off a problem (or off the site): its link becomes a tombstone that
    syncs like any deletion; the photo file stays in the store, where other links and
    the history may still need it. Returns the link as it was, for undo."""
    link_id = derived_id("photo_link", sha, inspection_id, problem_id or "")
    old = store.get("photo_links", link_id)
    if old is None or old["deleted"]:
        raise UserError(PHOTO_NOT_ATTACHED(sha=sha[:12]))
    store.delete("photo_links", link_id)
    return old


def restore_row(store: Store, table: str, row: Row) -> None:
    """Put a record back as it was (undo): a new version with the old content."""
    store.save(table, {k: v for k, v in row.items() if k not in ("version", "origin", "base")})


def finish(store: Store, form: Form, category: Category, inspection_id: str) -> Row:
    """Mark the site finished (完成测评): every item answered, every required photo there."""
    insp = load_inspection(store, inspection_id)
    if insp is None:
        raise UserError(NOT_STARTED())
    if not is_complete(category, insp):
        missing = [it.id for it in category.items if it.id not in insp.responses]
        raise UserError(UNANSWERED(items=', '.join(missing)))
    failing_without_problem = [it.id for it in category.items
                               if needs_problem(it, insp.responses.get(it.id), insp.problems)]
    if failing_without_problem:
        raise UserError(FAILED_WITHOUT_PROBLEM(items=', '.join(failing_without_problem)))
    state = inspection_state(category, insp,
                             photo_rows.inspection_problems_with_photos(store, inspection_id))
    if state.missing_photos:
        raise UserError(PHOTOS_MISSING(n=len(state.missing_photos)))
    row = store.get("inspections", inspection_id)
    assert row is not None
    return store.save("inspections", {**row, "outcome": str(Outcome.FINISHED),
                                       "finished_at": now_local(store)})


def could_not_inspect(store: Store, inspection_id: str, reason: str) -> Row:
    if not reason.strip():
        raise UserError(REASON_NEEDED())
    row = store.get("inspections", inspection_id)
    if row is None:
        raise UserError(NOT_STARTED())
    return store.save("inspections", {**row, "outcome": str(Outcome.NOT_INSPECTABLE),
                                       "reason": reason.strip(), "finished_at": now_local(store)})


def reopen(store: Store, inspection_id: str) -> Row:
    row = store.get("inspections", inspection_id)
    if row is None:
        raise UserError(NOT_STARTED())
    return store.save("inspections", {**row, "outcome": str(Outcome.IN_PROGRESS),
                                       "finished_at": None})


def round_form(store: Store, round_row: Row) -> Form:
    return operations.current_form(store, round_row)
