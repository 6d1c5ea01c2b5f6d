"""A case's state machine (整改 → 交办 → 复查 → 销号), as a fold over its events.

A case's history is a set of events, each a record of its own that never changes once
made; its state is what the events give applied in the order of their stamps (HLC, then
id). Two laptops that act on a case while apart each add events; whatever order the
packages arrive in, every computer holds the same set and folds it to the same state.
An event that was valid where it was made but is not at its place in the merged order
(the case was closed meanwhile on another laptop) changes nothing and is kept as a
conflict, the same one everywhere.

    待交办 ─dispatch─▶ 已交办 ─fix─▶ 已整改待复查 ─reinspect pass─▶ 销号
                         ▲  │                      └─reinspect fail─▶ 已交办 (返工 +1)
                         │  ├─return─▶ 已退回 ─reassign─▶ 已交办
                         │  ├─request extension … approve extension (new due date)
                         │  └─park─▶ 挂账 (listed, never overdue)
    any open state ─cancel─▶ 已撤销;  supervise (督办) marks an open case.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, Msg
from ..worktime import Limit, WorkCalendar


class State(StrEnum):
    PENDING = "待交办"
    DISPATCHED = "已交办"
    FIXED = "已整改待复查"
    RETURNED = "已退回"
    PARKED = "挂账"
    CLOSED = "销号"
    CANCELLED = "已撤销"


OPEN = (State.PENDING, State.DISPATCHED, State.FIXED, State.RETURNED, State.PARKED)


class Kind(StrEnum):
    DISPATCH = "dispatch"  # 交办
    FIX = "fix"  # 整改反馈
    PASS = "pass"  # 复查通过 → 销号
    FAIL = "fail"  # 复查未通过 → 返工
    RETURN = "return"  # 退回
    REASSIGN = "reassign"  # 改派
    EXTEND = "extend"  # 延期 requested
    APPROVE = "approve"  # 延期 approved
    PARK = "park"  # 挂账
    CANCEL = "cancel"  # 撤销
    SUPERVISE = "supervise"  # 督办


SUPERVISOR_ONLY = frozenset({Kind.DISPATCH, Kind.REASSIGN, Kind.APPROVE, Kind.PARK,
                             Kind.CANCEL, Kind.SUPERVISE})
FROM: Mapping[Kind, tuple[State, ...]] = {
    Kind.DISPATCH: (State.PENDING,),
    Kind.FIX: (State.DISPATCHED,),
    Kind.PASS: (State.FIXED,),
    Kind.FAIL: (State.FIXED,),
    Kind.RETURN: (State.DISPATCHED,),
    Kind.REASSIGN: (State.RETURNED, State.DISPATCHED),
    Kind.EXTEND: (State.DISPATCHED,),
    Kind.APPROVE: (State.DISPATCHED,),
    Kind.PARK: (State.DISPATCHED, State.RETURNED),
    Kind.CANCEL: OPEN,
    Kind.SUPERVISE: (State.DISPATCHED, State.FIXED, State.RETURNED),
}
NEEDS = {Kind.DISPATCH: "unit", Kind.REASSIGN: "unit", Kind.FIX: "measures",
         Kind.RETURN: "reason", Kind.EXTEND: "reason", Kind.PARK: "reason",
         Kind.CANCEL: "reason"}

WRONG_STATE = QT_TRANSLATE_NOOP(
    "cases.wrong_state", "case {case} is {state}; to {action} it must be {allowed}")
SUPERVISORS_ONLY = QT_TRANSLATE_NOOP(
    "cases.supervisors_only",
    "case {case}: only a supervisor can {action}; this is an inspector's computer")
NEEDS_FIELD = QT_TRANSLATE_NOOP("cases.needs_field", "case {case}: to {action}, give {field}")
FIELD_NAMES = {"unit": QT_TRANSLATE_NOOP("cases.field_unit", "the responsible unit"),
               "measures": QT_TRANSLATE_NOOP("cases.field_measures", "the measures taken"),
               "reason": QT_TRANSLATE_NOOP("cases.field_reason", "a reason")}
SAME_PERSON = QT_TRANSLATE_NOOP(
    "cases.same_person",
    "case {case}: {person} entered the fix report, so the re-inspection must be someone "
    "else's, on site")
NO_AFTER_PHOTO = QT_TRANSLATE_NOOP(
    "cases.no_after_photo",
    "case {case} cannot be closed without an after photo taken on site since it was "
    "dispatched ({dispatched})")
NO_EXTENSION = QT_TRANSLATE_NOOP(
    "cases.no_extension", "case {case}: no extension was requested to approve")
EXTENSION_NOT_LATER = QT_TRANSLATE_NOOP(
    "cases.extension_not_later",
    "case {case}: the extension until {until} is not after the due time {due}")


@dataclass(frozen=True)
class Event:
    id: str
    case_id: str
    kind: Kind
    stamp: str  # its record's HLC version: the order events are folded in
    at: datetime  # when it happened (aware), as the person entered it
    actor: str  # the person
    role: str  # "inspector" or "supervisor": the device's it was made on
    data: Mapping[str, Any] = field(default_factory=dict)
    # photo sha256 → when it was taken (aware): the evidence a fix or re-inspection adds
    photos: Mapping[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class CaseState:
    number: str
    state: State = State.PENDING
    unit: str = ""
    dispatched_at: datetime | None = None
    due_at: datetime | None = None
    rework: int = 0
    fixed_by: str = ""
    fixed_at: datetime | None = None
    extension: tuple[datetime, str] | None = None  # requested: until, reason
    extended: int = 0
    supervised: bool = False
    closed_at: datetime | None = None
    closed_by: str = ""
    closed_on_time: bool | None = None
    reason: str = ""  # of the last return, park or cancel
    after_photos: tuple[str, ...] = ()
    history: tuple[Event, ...] = ()  # the events applied, in order
    conflicts: tuple[tuple[Event, Msg], ...] = ()  # the events refused at their place


ACTIONS = {
    Kind.DISPATCH: QT_TRANSLATE_NOOP("cases.action_dispatch", "dispatch it (交办)"),
    Kind.FIX: QT_TRANSLATE_NOOP("cases.action_fix", "report its fix (整改反馈)"),
    Kind.PASS: QT_TRANSLATE_NOOP("cases.action_pass", "close it after a re-inspection (销号)"),
    Kind.FAIL: QT_TRANSLATE_NOOP("cases.action_fail", "send it back for rework (返工)"),
    Kind.RETURN: QT_TRANSLATE_NOOP("cases.action_return", "return it (退回)"),
    Kind.REASSIGN: QT_TRANSLATE_NOOP("cases.action_reassign", "reassign it (改派)"),
    Kind.EXTEND: QT_TRANSLATE_NOOP("cases.action_extend", "ask for an extension (延期)"),
    Kind.APPROVE: QT_TRANSLATE_NOOP("cases.action_approve", "approve an extension"),
    Kind.PARK: QT_TRANSLATE_NOOP("cases.action_park", "park it (挂账)"),
    Kind.CANCEL: QT_TRANSLATE_NOOP("cases.action_cancel", "cancel it (撤销)"),
    Kind.SUPERVISE: QT_TRANSLATE_NOOP("cases.action_supervise", "mark it for supervision (督办)"),
}


def refusal(case: CaseState, event: Event) -> Msg | None:
    """Why `event` cannot apply to `case` as it stands, or None."""
    def action() -> Msg:  # a phrase, in the reader's language: made only when refused
        return ACTIONS[event.kind]()

    if event.kind in SUPERVISOR_ONLY and event.role != "supervisor":
        return SUPERVISORS_ONLY(case=case.number, action=action())
    if case.state not in FROM[event.kind]:
        return WRONG_STATE(case=case.number, state=case.state.value, action=action(),
                           allowed=" / ".join(s.value for s in FROM[event.kind]))
    needed = NEEDS.get(event.kind)
    if needed and not str(event.data.get(needed, "")).strip():
        return NEEDS_FIELD(case=case.number, action=action(), field=FIELD_NAMES[needed]())
    if event.kind is Kind.PASS:
        if event.actor == case.fixed_by:
            return SAME_PERSON(case=case.number, person=event.actor)
        assert case.dispatched_at is not None  # FIXED comes after a dispatch
        # Times are kept to the second: a photo of the same second counts.
        if not any(taken >= case.dispatched_at for taken in event.photos.values()):
            return NO_AFTER_PHOTO(case=case.number,
                                  dispatched=f"{case.dispatched_at:%Y-%m-%d %H:%M}")
    if event.kind is Kind.APPROVE and case.extension is None:
        return NO_EXTENSION(case=case.number)
    if event.kind is Kind.EXTEND:
        until = _time(event.data.get("until"))
        if until is None or (case.due_at is not None and until <= case.due_at):
            return EXTENSION_NOT_LATER(case=case.number, until=event.data.get("until", "?"),
                                       due=f"{case.due_at:%Y-%m-%d %H:%M}" if case.due_at
                                       else "?")
    return None


def apply(case: CaseState, event: Event, calendar: WorkCalendar, limit: Limit) -> CaseState:
    """`case` after `event`, or with the event kept as a conflict when it cannot apply."""
    why = refusal(case, event)
    if why is not None:
        return _with(case, conflicts=(*case.conflicts, (event, why)))
    # One new state an event: a city's ledger folds tens of thousands of them.
    return _with(case, history=(*case.history, event), **_changes(case, event, calendar,
                                                                   limit))


def _with(case: CaseState, **changes: Any) -> CaseState:
    """`dataclasses.replace` without its generic __init__ call: the fold makes one state
    per event, tens of thousands for a city (the fields are the machine's own)."""
    new = object.__new__(CaseState)
    new.__dict__.update(case.__dict__)
    new.__dict__.update(changes)
    return new


def _changes(case: CaseState, event: Event, calendar: WorkCalendar,
             limit: Limit) -> dict[str, Any]:
    k, d = event.kind, event.data
    if k in (Kind.DISPATCH, Kind.REASSIGN):
        due = _time(d.get("due")) or calendar.due(event.at, limit)
        return {"state": State.DISPATCHED, "unit": str(d["unit"]).strip(),
                "dispatched_at": event.at, "due_at": due, "extension": None}
    if k is Kind.FIX:
        return {"state": State.FIXED, "fixed_by": event.actor, "fixed_at": event.at,
                "after_photos": (*case.after_photos, *sorted(event.photos))}
    if k is Kind.PASS:
        on_time = case.fixed_at is not None and case.due_at is not None and \
            case.fixed_at <= case.due_at
        return {"state": State.CLOSED, "closed_at": event.at, "closed_by": event.actor,
                "closed_on_time": on_time,
                "after_photos": (*case.after_photos, *sorted(event.photos))}
    if k is Kind.FAIL:
        return {"state": State.DISPATCHED, "rework": case.rework + 1,
                "dispatched_at": event.at, "due_at": calendar.due(event.at, limit),
                "fixed_by": "", "fixed_at": None}
    if k is Kind.RETURN:
        return {"state": State.RETURNED, "reason": str(d["reason"])}
    if k is Kind.EXTEND:
        return {"extension": (_time(d["until"]) or event.at, str(d["reason"]))}
    if k is Kind.APPROVE:
        assert case.extension is not None
        return {"due_at": case.extension[0], "extension": None,
                "extended": case.extended + 1}
    if k is Kind.PARK:
        return {"state": State.PARKED, "reason": str(d["reason"])}
    if k is Kind.CANCEL:
        return {"state": State.CANCELLED, "reason": str(d["reason"])}
    return {"supervised": True}  # SUPERVISE


def fold(number: str, events: Iterable[Event], calendar: WorkCalendar,
         limit: Limit) -> CaseState:
    """The case's state from its events, in any order given: sorted by stamp, then id."""
    case = CaseState(number)
    unique = {e.id: e for e in events}  # an event that arrived twice is one event
    for event in sorted(unique.values(), key=lambda e: (e.stamp, e.id)):
        case = apply(case, event, calendar, limit)
    return case


def _time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None
