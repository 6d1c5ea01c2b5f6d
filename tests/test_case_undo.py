"""A case action undone and redone in the core (what Ctrl+Z on the 整改 page runs): an
undone event is a tombstone the ledger no longer folds; an undo is refused once the case
has a later event, a redo once the case no longer allows it; an inspector's undone
re-inspection travels and is accepted. And the 复查 walk's order over hand-made points."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from synckit import demo_supervisor, ok, opened, run, trusted_import

from inspector import actions
from inspector.cases import ledger, undoable
from inspector.cases.machine import Kind
from inspector.cases.walk import Stop, walk
from inspector.errors import UserError
from inspector.store import Store, case_rows
from inspector.store.changes import Changes


@pytest.fixture
def sup(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())
    ok(data_dir, "cases", "open")
    return data_dir


def first_case(store: Store) -> str:
    return ledger.ledger(store)[0].number


def undo(store: Store, changes: Changes) -> Changes:
    return undoable.undo(store, changes, actions.undo)


def state(store: Store, number: str) -> str:
    return ledger.find(store, number).state.state.value


def test_a_deleted_event_is_not_folded(sup: Path) -> None:
    with opened(sup) as store:
        number = first_case(store)
        done = ledger.act(store, number, Kind.DISPATCH, {"unit": "城管局"})
        assert done.state.state.value == "已交办"
        event = done.state.history[-1]
        store.delete("case_events", event.id)
        assert all(e["id"] != event.id for rows in case_rows.events(store).values()
                   for e in rows)
        assert state(store, number) == "待交办" and not ledger.find(store, number).state.history


def test_undo_and_redo_a_dispatch(sup: Path) -> None:
    with opened(sup) as store:
        number = first_case(store)
        done, changes = undoable.act(store, number, Kind.DISPATCH, {"unit": "城管局"})
        assert done.state.state.value == "已交办"
        assert {t.table for t in changes.records} == {"case_events"}
        undone = undo(store, changes)
        assert state(store, number) == "待交办"
        redone = undo(store, undone)
        assert state(store, number) == "已交办"
        assert ledger.find(store, number).state.unit == "城管局"
        undo(store, redone)
        assert state(store, number) == "待交办"


def test_an_undo_is_refused_once_the_case_has_changed_since(sup: Path) -> None:
    with opened(sup) as store:
        number = first_case(store)
        _, dispatch = undoable.act(store, number, Kind.DISPATCH, {"unit": "城管局"})
        _, fix = undoable.act(store, number, Kind.FIX, {"measures": "已清理"})
        with pytest.raises(UserError, match=f"case {number} has changed since this step: "
                                            r"report its fix \(整改反馈\) was recorded"):
            undo(store, dispatch)
        assert state(store, number) == "已整改待复查"  # nothing written
        # In order, as the stack does: the fix, then the dispatch; and redone in order.
        fix_undone = undo(store, fix)
        dispatch_undone = undo(store, dispatch)
        assert state(store, number) == "待交办"
        undo(store, dispatch_undone)
        undo(store, fix_undone)
        assert state(store, number) == "已整改待复查"


def test_a_redo_is_refused_when_the_case_no_longer_allows_it(sup: Path) -> None:
    with opened(sup) as store:
        number = first_case(store)
        _, dispatch = undoable.act(store, number, Kind.DISPATCH, {"unit": "城管局"})
        undone = undo(store, dispatch)
        ledger.act(store, number, Kind.CANCEL, {"reason": "重复"})  # meanwhile
        with pytest.raises(UserError, match=f"case {number}: this step cannot be redone"):
            undo(store, undone)
        found = ledger.find(store, number)
        assert found.state.state.value == "已撤销" and not found.state.conflicts


def test_undoing_the_opening_of_cases_is_refused_once_one_has_an_event(sup: Path) -> None:
    with opened(sup) as store:
        for case in ledger.ledger(store):
            store.delete("cases", str(case.row["id"]))
        assert not ledger.ledger(store)
        made, opening = undoable.open_from_round(store)
        assert made and len(ledger.ledger(store)) == len(made)
        ledger.act(store, made[0]["number"], Kind.DISPATCH, {"unit": "城管局"})
        with pytest.raises(UserError, match="has changed since this step"):
            undo(store, opening)
        assert len(ledger.ledger(store)) == len(made)


def test_an_inspectors_undone_re_inspection_travels(sup: Path, tmp_path: Path) -> None:
    with opened(sup) as store:
        number = first_case(store)
    ok(sup, "cases", "dispatch", number, "--unit", "湖滨区住建局")
    ok(sup, "cases", "fix", number, "--measures", "清理积水")
    ok(sup, "sync", "export", "--out", str(tmp_path / "sup.pkg"))
    li = tmp_path / "li"
    ok(li, "config", "set", "inspector", "李四")
    trusted_import(li, tmp_path / "sup.pkg", "supervisor")
    photo = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (90, 160, 90)).save(photo)
    with opened(li) as store:
        _, failed = undoable.act(store, number, Kind.FAIL, {}, [photo])  # the wrong key
        undo(store, failed)
        undoable.act(store, number, Kind.PASS, {}, [photo])
    ok(li, "sync", "export", "--out", str(tmp_path / "li.pkg"))
    trusted_import(sup, tmp_path / "li.pkg", "inspector")
    with opened(sup) as store:
        found = ledger.find(store, number)
        assert found.state.state.value == "销号" and found.state.rework == 0
        assert [e.kind for e in found.state.history] == [Kind.DISPATCH, Kind.FIX, Kind.PASS]


def test_the_walk_goes_to_the_nearest_site_next() -> None:
    d = Stop("d", "东城区", "丁", 30.020, 120.000)  # first site of the first district
    b = Stop("b", "湖滨区", "乙", 30.010, 120.000)  # 1.11 km south of d
    c = Stop("c", "西城区", "丙", 30.001, 120.001)  # 1.00 km from b, 145 m from a
    a = Stop("a", "湖滨区", "甲", 30.000, 120.000)  # 1.11 km from b
    g = Stop("g", "东城区", "庚", 29.990, 120.000)  # 1.11 km south of a
    e = Stop("e", "东城区", "戊")  # no GPS: last, by district and name
    h = Stop("h", "湖滨区", "辛")
    f = Stop("f", "", "己")  # 未指定 after every named district
    assert [s.key for s in walk([a, b, c, d, e, f, g, h])] == list("dbcageh" "f")
    assert walk([]) == [] and walk([f, e]) == [e, f]


def test_an_inspector_cannot_undo_a_supervisors_action(sup: Path, tmp_path: Path) -> None:
    """Only its own events: a laptop that deletes the supervisor's dispatch is refused."""
    with opened(sup) as store:
        number = first_case(store)
    ok(sup, "cases", "dispatch", number, "--unit", "湖滨区住建局")
    ok(sup, "sync", "export", "--out", str(tmp_path / "sup.pkg"))
    li = tmp_path / "li"
    ok(li, "config", "set", "inspector", "李四")
    trusted_import(li, tmp_path / "sup.pkg", "supervisor")
    ok(li, "sync", "export", "--out", str(tmp_path / "first.pkg"), "--full")
    trusted_import(sup, tmp_path / "first.pkg", "inspector")  # known, as an inspector
    with opened(li) as store:
        dispatch = ledger.find(store, number).state.history[-1]
        store.delete("case_events", dispatch.id)
    ok(li, "sync", "export", "--out", str(tmp_path / "li.pkg"))
    refused = run(sup, "sync", "import", str(tmp_path / "li.pkg"))
    assert refused.code == 1 and "is not its own new action" in refused.err, refused
    with opened(sup) as store:
        assert state(store, number) == "已交办"
