"""The case state machine: each transition, each refusal in words that name the case, and
the fold giving the same state and the same conflicts whatever order events arrive in."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from inspector.cases.machine import Event, Kind, State, fold
from inspector.worktime import Limit, WorkCalendar

CST = timezone(timedelta(hours=8))
CAL = WorkCalendar()
LIMIT = Limit(3, days=True)
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)  # a Monday


def ev(n: int, kind: Kind, *, actor: str = "赵组长", role: str = "supervisor",
       hours: float = 0, photos: dict[str, datetime] | None = None, **data: Any) -> Event:
    at = T0 + timedelta(hours=hours)
    return Event(f"e{n:03d}", "c1", kind, f"{1_800_000_000_000 + n:013d}.00000.dev{n % 3}",
                 at, actor, role, data, photos or {})


def test_the_whole_loop_with_a_rework() -> None:
    events = [
        ev(1, Kind.DISPATCH, unit="湖滨区住建局"),
        ev(2, Kind.FIX, actor="赵组长", hours=5, measures="清理积水，疏通排水沟"),
        ev(3, Kind.FAIL, actor="李四", role="inspector", hours=24,
           photos={"a1": T0 + timedelta(hours=24)}),
        ev(4, Kind.FIX, hours=48, measures="更换排水管"),
        ev(5, Kind.PASS, actor="李四", role="inspector", hours=50,
           photos={"a2": T0 + timedelta(hours=50)}),
    ]
    case = fold("JM05-0001", events, CAL, LIMIT)
    assert case.state is State.CLOSED and case.conflicts == ()
    assert case.rework == 1 and case.unit == "湖滨区住建局" and case.closed_by == "李四"
    # The rework restarted the clock: 3 工作日 from Tuesday 09:00.
    assert case.dispatched_at == T0 + timedelta(hours=24)
    assert case.due_at == datetime(2026, 11, 27, 9, 0, tzinfo=CST)
    assert case.closed_on_time is True
    assert case.after_photos == ("a2",)


def test_refusals_name_the_case_and_what_was_tried() -> None:
    dispatched = [ev(1, Kind.DISPATCH, unit="城管局")]
    cases = {
        "inspector dispatch": [ev(1, Kind.DISPATCH, role="inspector", actor="李四", unit="x")],
        "close before fix": [*dispatched, ev(2, Kind.PASS, actor="李四", hours=3,
                                            photos={"p": T0 + timedelta(hours=3)})],
        "same person": [*dispatched, ev(2, Kind.FIX, actor="李四", measures="m"),
                        ev(3, Kind.PASS, actor="李四", photos={"p": T0 + timedelta(hours=3)})],
        "old photo": [*dispatched, ev(2, Kind.FIX, measures="m"),
                      ev(3, Kind.PASS, actor="李四", photos={"p": T0 - timedelta(days=1)})],
        "no unit": [ev(1, Kind.DISPATCH, unit=" ")],
        "no extension": [*dispatched, ev(2, Kind.APPROVE)],
        "extension earlier": [*dispatched, ev(2, Kind.EXTEND, reason="雨天",
                                              until="2026-11-24T09:00:00+08:00")],
    }
    said = {name: str(fold("ZC01-1A2B", events, CAL, LIMIT).conflicts[-1][1])
            for name, events in cases.items()}
    assert said["inspector dispatch"] == ("case ZC01-1A2B: only a supervisor can dispatch it "
                                          "(交办); this is an inspector's computer")
    assert said["close before fix"] == ("case ZC01-1A2B is 已交办; to close it after a "
                                        "re-inspection (销号) it must be 已整改待复查")
    assert "李四 entered the fix report" in said["same person"]
    assert "without an after photo taken on site since it was dispatched (2026-11-23 09:00)" \
        in said["old photo"]
    assert said["no unit"] == "case ZC01-1A2B: to dispatch it (交办), give the responsible unit"
    assert "no extension was requested" in said["no extension"]
    assert "is not after the due time 2026-11-26 09:00" in said["extension earlier"]


def test_return_reassign_extend_park_cancel_supervise() -> None:
    events = [ev(1, Kind.DISPATCH, unit="甲局"), ev(2, Kind.RETURN, reason="不属本单位职责"),
              ev(3, Kind.REASSIGN, hours=2, unit="乙局"), ev(4, Kind.SUPERVISE, hours=3),
              ev(5, Kind.EXTEND, hours=4, reason="需采购材料", until="2026-12-04T18:00:00+08:00"),
              ev(6, Kind.APPROVE, hours=5)]
    case = fold("c", events, CAL, LIMIT)
    assert (case.state, case.unit, case.supervised, case.extended) == (
        State.DISPATCHED, "乙局", True, 1)
    assert case.due_at == datetime(2026, 12, 4, 18, 0, tzinfo=CST)
    parked = fold("c", [*events, ev(7, Kind.PARK, hours=6, reason="待拆迁")], CAL, LIMIT)
    assert parked.state is State.PARKED
    cancelled = fold("c", [*events, ev(7, Kind.CANCEL, reason="重复立案")], CAL, LIMIT)
    assert cancelled.state is State.CANCELLED and cancelled.reason == "重复立案"
    again = fold("c", [*events, ev(7, Kind.CANCEL, reason="x"), ev(8, Kind.CANCEL, reason="y")],
                 CAL, LIMIT)
    assert len(again.conflicts) == 1 and again.reason == "x"


KINDS = list(Kind)
PEOPLE = [("赵组长", "supervisor"), ("李四", "inspector"), ("王五", "inspector")]


@st.composite
def histories(draw: st.DrawFn) -> list[Event]:
    """Random events from three devices: any kind, any person, photos now and then."""
    n = draw(st.integers(1, 14))
    out = []
    for i in range(n):
        kind = draw(st.sampled_from(KINDS))
        actor, role = draw(st.sampled_from(PEOPLE))
        hours = draw(st.integers(0, 200))
        data = {"unit": draw(st.sampled_from(["甲局", "乙局", ""])), "measures": "m",
                "reason": draw(st.sampled_from(["r", ""])),
                "until": (T0 + timedelta(hours=hours + draw(st.integers(-50, 200))))
                .isoformat()}
        photos = ({f"p{i}": T0 + timedelta(hours=hours)} if draw(st.booleans()) else {})
        stamp = f"{1_800_000_000_000 + draw(st.integers(0, 30)):013d}.00000.dev{i % 3}"
        out.append(Event(f"e{i:03d}", "c1", kind, stamp, T0 + timedelta(hours=hours),
                         actor, role, data, photos))
    return out


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_every_order_gives_the_same_state_and_conflicts(events: list[Event],
                                                         rnd: random.Random) -> None:
    first = fold("c1", events, CAL, LIMIT)
    shuffled = events[:]
    rnd.shuffle(shuffled)
    # Split across two "laptops" and merged by set union, in either order.
    cut = rnd.randrange(len(shuffled) + 1)
    merged = {e.id: e for e in shuffled[cut:]} | {e.id: e for e in shuffled[:cut]}
    assert fold("c1", merged.values(), CAL, LIMIT) == first
    assert fold("c1", [*shuffled, *shuffled], CAL, LIMIT) == first  # idempotent
    # Every event is either applied or a conflict, once.
    assert len(first.history) + len(first.conflicts) == len(events)
    # A closed case always has an after photo newer than its dispatch, and a re-inspector
    # who is not the fix's reporter.
    if first.state is State.CLOSED:
        closing = first.history[-1]
        assert closing.kind is Kind.PASS
        assert first.dispatched_at is not None
        assert any(t >= first.dispatched_at for t in closing.photos.values())
        fix = next(e for e in reversed(first.history) if e.kind is Kind.FIX)
        assert fix.actor != closing.actor


def test_overdue_levels_and_figures_per_unit() -> None:
    from decimal import Decimal

    from inspector.cases.figures import Overdue, figures, overdue

    dispatched = fold("a", [ev(1, Kind.DISPATCH, unit="甲局")], CAL, LIMIT)
    due = dispatched.due_at
    assert due == datetime(2026, 11, 26, 9, 0, tzinfo=CST)  # Monday 9:00 + 3 工作日
    # 21 h of office time allowed; 80 % is 16.8 h: Monday 6.5 h, Tuesday 7 h, then
    # Wednesday 08:30 + 3.3 h = 11:48.
    assert overdue(dispatched, datetime(2026, 11, 25, 11, 47, tzinfo=CST), CAL) \
        is Overdue.NONE
    assert overdue(dispatched, datetime(2026, 11, 25, 11, 48, tzinfo=CST), CAL) \
        is Overdue.WARNING
    assert overdue(dispatched, datetime(2026, 11, 26, 9, 1, tzinfo=CST), CAL) \
        is Overdue.OVERDUE
    on_time = fold("b", [ev(1, Kind.DISPATCH, unit="甲局"),
                         ev(2, Kind.FIX, hours=20, measures="m"),
                         ev(3, Kind.PASS, actor="李四", hours=48,
                            photos={"p": T0 + timedelta(hours=48)})], CAL, LIMIT)
    late = fold("c", [ev(1, Kind.DISPATCH, unit="甲局"),
                      ev(2, Kind.FIX, hours=100, measures="m"),
                      ev(3, Kind.PASS, actor="李四", hours=120,
                         photos={"p": T0 + timedelta(hours=120)})], CAL, LIMIT)
    other = fold("d", [ev(1, Kind.DISPATCH, unit="乙局"), ev(2, Kind.RETURN, reason="r")],
                 CAL, LIMIT)
    pending = fold("e", [], CAL, LIMIT)
    now = datetime(2026, 11, 30, 9, 0, tzinfo=CST)
    rows = figures([(c.unit, c) for c in (dispatched, on_time, late, other, pending)], now,
                   CAL)
    assert [(f.group, f.dispatched, f.closed, f.closed_on_time, f.overdue_now)
            for f in rows] == [("乙局", 1, 0, 0, 0), ("甲局", 3, 2, 1, 1)]
    jia = rows[1]
    assert (jia.closure_rate, jia.on_time_rate) == (Decimal("66.7"), Decimal("33.3"))
    assert jia.days_to_close == Decimal("3.5")  # 2 days and 5 days
    assert rows[0].closure_rate == Decimal("0.0")
