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
from .domain import Category, Form, Inspection, Item, Kind, Outcome, Response, Site
from .errors import UserError
from .interchange import derived_id
from .scoring import inspection_score, is_complete, percent1, shown2
from .store import Store, photo_rows
from .store.store import Row


def now_local(store: Store) -> str:
    """Now in the city's zone, with its offset: a stored start reads as the city's clock."""
    return clock.now(store.zone()).isoformat(timespec="seconds")


def start(store: Store, round_id: str, site: Site, inspector: str) -> Row:
    """This inspector's inspection of the site in the round, created (and its start time
    recorded) on first use."""
    insp_id = derived_id("inspection", round_id, site.id, inspector)
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
        raise UserError(f"{item.id}: {exc}") from None
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
        raise UserError("a problem counts at least 1")
    return store.save("problems", {
        "id": problem_id or str(uuid.uuid4()), "inspection_id": inspection_id,
        "item_id": draft.item_id, "count": draft.count, "description": draft.description,
        "location": draft.location, "responsible_unit": draft.responsible_unit, "deleted": 0})


def update_problem(store: Store, problem_id: str, **changes: Any) -> Row:
    old = store.get("problems", problem_id)
    if old is None:
        raise UserError(f"no problem {problem_id[:8]}")
    if "count" in changes and int(changes["count"]) < 1:
        raise UserError("a problem counts at least 1")
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
        raise UserError(f"photo {sha[:12]} is not attached here")
    store.delete("photo_links", link_id)
    return old


def restore_row(store: Store, table: str, row: Row) -> None:
    """Put a record back as it was (undo): a new version with the old content."""
    store.save(table, {k: v for k, v in row.items() if k not in ("version", "origin", "base")})


@dataclass(frozen=True)
class SiteProgress:
    answered: int
    total: int
    rate: str | None  # live score rate, "78.0%", or None before any answer
    missing_photos: tuple[str, ...]  # problem ids on photo-required items without a photo
    lost: str | None = None  # the site type's points this site's rate loses, "0.66"
    points: str = ""  # the site type's points, "3.00"


def inspection(store: Store, inspection_id: str) -> Inspection | None:
    row = store.get("inspections", inspection_id)
    if row is None:
        return None
    found = store.inspections(row["round_id"], inspection_id)
    return found[0] if found else None


def progress(store: Store, form: Form, category: Category, inspection_id: str) -> SiteProgress:
    insp = inspection(store, inspection_id)
    if insp is None:
        return SiteProgress(0, len(category.items), None, (), None, str(shown2(category.points)))
    answered = sum(1 for it in category.items if it.id in insp.responses)
    score = inspection_score(category, insp)
    with_photo = photo_problems(store, inspection_id)
    missing = tuple(p.id for p in insp.problems
                    if (found := form.item(p.item_id)) and found[1].photo_required
                    and p.id not in with_photo)
    points = category.points
    return SiteProgress(answered, len(category.items),
                        None if score is None else f"{percent1(score.ratio)}%", missing,
                        None if score is None else str(shown2(points * (1 - score.ratio))),
                        str(shown2(points)))


def photo_problems(store: Store, inspection_id: str) -> set[str]:
    return {str(r["problem_id"]) for r in photo_rows.links(store, inspection_id)
            if r["problem_id"]}


def finish(store: Store, form: Form, category: Category, inspection_id: str) -> Row:
    """Mark the site finished (完成测评): every item answered, every required photo there."""
    insp = inspection(store, inspection_id)
    if insp is None:
        raise UserError("this site has not been started")
    if not is_complete(category, insp):
        missing = [it.id for it in category.items if it.id not in insp.responses]
        raise UserError(f"items {', '.join(missing)} have no answer yet (answer them or "
                        "mark them 不适用)")
    failing_without_problem = [
        it.id for it in category.items
        if (r := insp.responses.get(it.id)) and _failed(it, r)
        and it.photo_required and not any(p.item_id == it.id for p in insp.problems)]
    if failing_without_problem:
        raise UserError(f"items {', '.join(failing_without_problem)} failed: record the "
                        "problem (N) with a photo first")
    state = progress(store, form, category, inspection_id)
    if state.missing_photos:
        raise UserError(f"{len(state.missing_photos)} problems on items that require a photo "
                        "have none yet (P to add photos)")
    row = store.get("inspections", inspection_id)
    assert row is not None
    return store.save("inspections", {**row, "outcome": str(Outcome.FINISHED),
                                       "finished_at": now_local(store)})


def _failed(item: Item, resp: Response) -> bool:
    if resp.na:
        return False
    if item.kind is Kind.CHECK:
        return resp.passed is False
    if item.kind is Kind.GRADE:
        level = item.level(resp.level or "")
        return level is not None and level.value < 1
    if item.kind is Kind.QUOTA:
        return (resp.found or 0) < (item.required or 1)
    return False


def could_not_inspect(store: Store, inspection_id: str, reason: str) -> Row:
    if not reason.strip():
        raise UserError("say why the site could not be inspected")
    row = store.get("inspections", inspection_id)
    if row is None:
        raise UserError("this site has not been started")
    return store.save("inspections", {**row, "outcome": str(Outcome.NOT_INSPECTABLE),
                                       "reason": reason.strip(), "finished_at": now_local(store)})


def reopen(store: Store, inspection_id: str) -> Row:
    row = store.get("inspections", inspection_id)
    if row is None:
        raise UserError("this site has not been started")
    return store.save("inspections", {**row, "outcome": str(Outcome.IN_PROGRESS),
                                       "finished_at": None})


def round_form(store: Store, round_row: Row) -> Form:
    return operations.current_form(store, round_row)
