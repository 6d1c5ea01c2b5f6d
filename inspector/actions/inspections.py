"""What an inspector does on a site — answer, note, record a problem, take a photo off,
finish, 无法测评 — each one committed, audited transaction returning its `Changes`, so
the app's Ctrl+Z (and anything else) undoes it with `undo.undo`.

Nothing here imports Qt; the inspect page only calls these and lays out the result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import clock
from ..domain import Category, Item, Kind, Outcome, Response, Site
from ..errors import UserError
from ..interchange import BadAnswer, answer_given, derived_id, parse_response
from ..messages import QT_TRANSLATE_NOOP
from ..scoring import is_complete
from ..state import contradicts, inspection_state, load_inspection, needs_problem
from ..state import inspection_id as derive_inspection_id
from ..store import Store, photo_rows
from ..store.changes import Changes
from ..store.store import Row, problem_from_row, response_from_row
from .undo import action

if TYPE_CHECKING:
    from ..photos.importer import ImportReport

COUNT_AT_LEAST_ONE = QT_TRANSLATE_NOOP("inspections.count_at_least_one",
                                       "a problem counts at least 1")
NO_SUCH_PROBLEM = QT_TRANSLATE_NOOP("inspections.no_such_problem", "no problem {problem}")
PHOTO_NOT_ATTACHED = QT_TRANSLATE_NOOP("inspections.photo_not_attached",
    "photo {sha} is not attached here")
NOT_STARTED = QT_TRANSLATE_NOOP("inspections.not_started", "this site has not been started")
UNANSWERED = QT_TRANSLATE_NOOP("inspections.unanswered",
    "items {items} have no answer yet (answer them or mark them 不适用)")
FAILED_WITHOUT_PROBLEM = QT_TRANSLATE_NOOP("inspections.failed_without_problem",
    "items {items} failed: record the problem (N) with a photo first")
PHOTOS_MISSING = QT_TRANSLATE_NOOP("inspections.photos_missing",
    "{n} problems on items that require a photo have none yet (P to add photos)")
REASON_NEEDED = QT_TRANSLATE_NOOP("inspections.reason_needed",
    "say why the site could not be inspected")
ITEM_ANSWER = QT_TRANSLATE_NOOP("inspections.item_answer", "{item}: {detail}")
ANSWER_CONTRADICTS = QT_TRANSLATE_NOOP("inspections.answer_contradicts",
    "problems recorded on {item}: {n} — that answer would pass it; delete them first, "
    "or keep 不符合")

PROBLEM_FIELDS = ("count", "description", "location", "responsible_unit")


def now_local(store: Store) -> str:
    """Now in the city's zone, with its offset: a stored start reads as the city's clock."""
    return clock.now(store.zone()).isoformat(timespec="seconds")


def start(store: Store, round_id: str, site: Site, inspector: str) -> Row:
    """This inspector's inspection of the site in the round, created (and its start time
    recorded) on first use. Not a step of its own to undo: the visit began."""
    insp_id = derive_inspection_id(round_id, site.id, inspector)
    row = store.get("inspections", insp_id)
    if row is not None and not row["deleted"]:
        return row
    return store.save("inspections", {
        "id": insp_id, "round_id": round_id, "site_id": site.id, "inspector": inspector,
        "outcome": "in_progress", "reason": "", "review": "received", "review_comment": "",
        "started_at": now_local(store), "finished_at": None, "deleted": 0})


# ---- answers ----


def response_row(store: Store, inspection_id: str, item_id: str) -> Row | None:
    row = store.get("responses", derived_id("response", inspection_id, item_id))
    return None if row is None or row["deleted"] else row


def answer_of(store: Store, inspection_id: str, item: Item) -> str | int | None:
    """The item's answer as the keys and the results file give it, None if unanswered."""
    row = response_row(store, inspection_id, item.id)
    return answer_given(item, None if row is None else response_from_row(row))


def _parsed(item: Item, value: Any) -> Response:
    try:
        return parse_response(item, value)
    except BadAnswer as exc:
        raise UserError(ITEM_ANSWER(item=item.id, detail=exc.msg)) from None


def contradicted_problems(store: Store, inspection_id: str, item: Item, value: Any
                          ) -> list[Row]:
    """The item's problems that `value` would contradict (`state.contradicts`): the
    ones to delete with it. [] when the answer agrees with them, or there are none."""
    if value is None:
        return []
    rows = problems_on(store, inspection_id, item.id)
    if not rows:
        return []
    problems = [problem_from_row(r) for r in rows]
    return rows if contradicts(item, _parsed(item, value), problems) else []


def _set_answer(store: Store, inspection_id: str, item: Item, value: Any) -> None:
    rid = derived_id("response", inspection_id, item.id)
    if value is None:
        store.delete("responses", rid)
        return
    resp = _parsed(item, value)
    old = store.get("responses", rid)
    store.save("responses", {
        "id": rid, "inspection_id": inspection_id, "item_id": item.id, "na": int(resp.na),
        "passed": None if resp.passed is None else int(resp.passed), "level": resp.level,
        "found": resp.found, "note": old["note"] if old and not old["deleted"] else "",
        "deleted": 0})


@action
def answer(store: Store, inspection_id: str, item: Item, value: Any, *,
           delete_problems: bool = False) -> None:
    """Answer an item: "pass"/"fail" (check), "checked" (deduct), a level name (grade),
    a count found (quota), "na", or None to clear. An answer that passes an item with
    problems is refused unless `delete_problems`: then they go in the same step (and
    come back with it on undo)."""
    contradicted = contradicted_problems(store, inspection_id, item, value)
    if contradicted and not delete_problems:
        raise UserError(ANSWER_CONTRADICTS(item=item.id, n=len(contradicted)))
    for row in contradicted:
        store.delete("problems", row["id"])
    _set_answer(store, inspection_id, item, value)


@action
def set_note(store: Store, inspection_id: str, item: Item, note: str) -> None:
    rid = derived_id("response", inspection_id, item.id)
    old = store.get("responses", rid)
    if old is None or old["deleted"]:
        store.save("responses", {"id": rid, "inspection_id": inspection_id,
                                 "item_id": item.id, "na": 0, "passed": None, "level": None,
                                 "found": None, "note": note, "deleted": 0})
    else:
        store.save("responses", {**old, "note": note})


# ---- problems ----


@dataclass(frozen=True)
class ProblemDraft:
    count: int = 1
    description: str = ""
    location: str = ""
    responsible_unit: str | None = None  # None: the item's usual unit


@action
def add_problem(store: Store, inspection_id: str, item: Item,
                draft: ProblemDraft = ProblemDraft(), problem_id: str | None = None) -> None:
    """N: a problem on the item, which then counts as failed — a check item is answered
    不符合, a deduct item marked checked, an answer that would pass it cleared — in the
    same step, so one undo takes both."""
    if draft.count < 1:
        raise UserError(COUNT_AT_LEAST_ONE())
    unit = item.unit_hint if draft.responsible_unit is None else draft.responsible_unit
    import uuid  # with platform, 3 ms: not for the app's start-up

    store.save("problems", {
        "id": problem_id or str(uuid.uuid4()), "inspection_id": inspection_id,
        "item_id": item.id, "count": draft.count, "description": draft.description,
        "location": draft.location, "responsible_unit": unit, "deleted": 0})
    now = answer_of(store, inspection_id, item)
    if item.kind is Kind.CHECK and now != "fail":
        _set_answer(store, inspection_id, item, "fail")
    elif item.kind is Kind.DEDUCT and now != "checked":
        _set_answer(store, inspection_id, item, "checked")
    elif contradicted_problems(store, inspection_id, item, now):
        # The best grade, a quota met or 不适用, with a problem: which grade or count
        # the problem means is the inspector's to say, so the answer is cleared.
        _set_answer(store, inspection_id, item, None)


@action
def update_problem(store: Store, /, problem_id: str, **changes: Any) -> None:
    old = store.get("problems", problem_id)
    if old is None or old["deleted"]:
        raise UserError(NO_SUCH_PROBLEM(problem=problem_id[:8]))
    unknown = set(changes) - set(PROBLEM_FIELDS)
    assert not unknown, unknown
    if "count" in changes and int(changes["count"]) < 1:
        raise UserError(COUNT_AT_LEAST_ONE())
    store.save("problems", {**old, **changes})


@action
def delete_problem(store: Store, problem_id: str) -> None:
    store.delete("problems", problem_id)


def problems_on(store: Store, inspection_id: str, item_id: str) -> list[Row]:
    return store.rows("problems", "inspection_id = ? AND item_id = ?", [inspection_id, item_id])


# ---- photos ----


@action
def unlink_photo(store: Store, inspection_id: str, sha: str, problem_id: str | None) -> None:
    """Take a photo off a problem (or off the site): its link becomes a tombstone that
    syncs like any deletion; the photo file stays in the store, where other links and
    the history may still need it."""
    link_id = derived_id("photo_link", sha, inspection_id, problem_id or "")
    old = store.get("photo_links", link_id)
    if old is None or old["deleted"]:
        raise UserError(PHOTO_NOT_ATTACHED(sha=sha[:12]))
    store.delete("photo_links", link_id)


@action
def link_photo(store: Store, inspection_id: str, sha: str, problem_id: str | None) -> None:
    """Attach a photo already in the store (a suggestion, one from another problem)."""
    photo_rows.link(store, sha, inspection_id, problem_id)


def attach_photos(store: Store, paths: Sequence[Path], inspection_id: str,
                  problem_id: str | None, *, progress: Callable[[int, int, str], None]
                  | None = None, cancel: Callable[[], bool] | None = None
                  ) -> tuple[ImportReport, Changes]:
    """P: import files onto a problem (or the site). Each photo commits as it is stored,
    so Cancel keeps what is done; the Changes cover every link made, for one undo."""
    from ..photos.importer import import_photos  # Pillow and a process pool: on first use

    with store.recording(one_transaction=False) as recorder:
        report = import_photos(store, paths, inspection_id, problem_id, progress=progress,
                               cancel=cancel)
    return report, recorder.changes()


# ---- the visit ----


def check_finishable(store: Store, category: Category, inspection_id: str) -> None:
    """Why the site cannot be marked finished yet, as a UserError; nothing if it can."""
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


def _inspection(store: Store, inspection_id: str) -> Row:
    row = store.get("inspections", inspection_id)
    if row is None or row["deleted"]:
        raise UserError(NOT_STARTED())
    return row


@action
def finish(store: Store, category: Category, inspection_id: str) -> None:
    """Mark the site finished (完成测评): every item answered, every required photo there."""
    check_finishable(store, category, inspection_id)
    store.save("inspections", {**_inspection(store, inspection_id),
                               "outcome": str(Outcome.FINISHED),
                               "finished_at": now_local(store)})


@action
def could_not_inspect(store: Store, inspection_id: str, reason: str) -> None:
    """无法测评: the site could not be inspected, and why."""
    if not reason.strip():
        raise UserError(REASON_NEEDED())
    store.save("inspections", {**_inspection(store, inspection_id),
                               "outcome": str(Outcome.NOT_INSPECTABLE),
                               "reason": reason.strip(), "finished_at": now_local(store)})


@action
def reopen(store: Store, inspection_id: str) -> None:
    store.save("inspections", {**_inspection(store, inspection_id),
                               "outcome": str(Outcome.IN_PROGRESS), "finished_at": None})
