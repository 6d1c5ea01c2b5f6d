"""What is measured of cases (rectification.md, "What is measured"): overdue levels now,
and per unit or district 交办数, 结案数, 结案率, 按期结案率, overdue, 返工 and days to close."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction

from ..worktime import WorkCalendar
from .machine import CaseState, Kind, State

WARNING_AT = Fraction(4, 5)  # 预警 once 80 % of the time is used


class Overdue(StrEnum):
    NONE = ""
    WARNING = "预警"
    OVERDUE = "超期"


def overdue(case: CaseState, now: datetime, calendar: WorkCalendar) -> Overdue:
    """Only a case with the unit counts down: 已交办 (a fix reported stops its clock; a
    parked case is listed, never overdue)."""
    if case.state is not State.DISPATCHED or case.dispatched_at is None or case.due_at is None:
        return Overdue.NONE
    if now > case.due_at:
        return Overdue.OVERDUE
    if calendar.used(case.dispatched_at, case.due_at, now) >= WARNING_AT:
        return Overdue.WARNING
    return Overdue.NONE


@dataclass(frozen=True)
class Figures:
    group: str
    dispatched: int
    closed: int
    closed_on_time: int
    overdue_now: int
    reworks: int
    days_to_close: Decimal | None  # mean calendar days from first dispatch to 销号

    @property
    def closure_rate(self) -> Decimal | None:  # 结案率, percent
        return percent(self.closed, self.dispatched)

    @property
    def on_time_rate(self) -> Decimal | None:  # 按期结案率, percent
        return percent(self.closed_on_time, self.dispatched)


def percent(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def first_dispatch(case: CaseState) -> datetime | None:
    return next((e.at for e in case.history if e.kind in (Kind.DISPATCH, Kind.REASSIGN)),
                None)


def figures(grouped: Iterable[tuple[str, CaseState]], now: datetime, calendar: WorkCalendar,
            since: datetime | None = None, until: datetime | None = None) -> list[Figures]:
    """Per group (a unit, a district), its cases first dispatched in [since, until),
    sorted by group."""
    groups: dict[str, list[CaseState]] = {}
    for group, case in grouped:
        first = first_dispatch(case)
        if first is None or (since and first < since) or (until and first >= until):
            continue
        groups.setdefault(group, []).append(case)
    out = []
    for group, members in sorted(groups.items()):
        closed = [c for c in members if c.state is State.CLOSED]
        days = [Decimal((c.closed_at - first).total_seconds()) / 86400 for c in closed
                if c.closed_at is not None and (first := first_dispatch(c)) is not None]
        out.append(Figures(
            group, len(members), len(closed), sum(1 for c in closed if c.closed_on_time),
            sum(1 for c in members if overdue(c, now, calendar) is Overdue.OVERDUE),
            sum(c.rework for c in members),
            (sum(days, Decimal(0)) / len(days)).quantize(Decimal("0.1"), ROUND_HALF_UP)
            if days else None))
    return out
