"""A case action as one operation that can be undone (Ctrl+Z on the 整改 page), and its
undo: the event's record deleted (a tombstone, which the ledger no longer folds), or — to
redo — written back.

A case is its events folded in stamp order, so undoing one is refused once the case has
a later event (another action, here or from a sync, was folded on top of it: undo that
first), and undoing the opening of a case once it has any; an event written back must
still be allowed where it lands now (it gets a new stamp, after every other), as the
action itself was checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..store import Store, case_rows
from ..store.changes import Changes
from ..store.store import Row
from . import ledger, machine
from .machine import Kind

CHANGED_SINCE = QT_TRANSLATE_NOOP(
    "cases.undo_changed_since",
    "case {case} has changed since this step: {later} was recorded after it ({at}); "
    "undo that first")
REDO_REFUSED = QT_TRANSLATE_NOOP(
    "cases.redo_refused", "case {case}: this step cannot be redone, {why}")


def act(store: Store, number: str, kind: Kind, data: Mapping[str, Any] | None = None,
        photos: Sequence[Path] = (), at: datetime | None = None
        ) -> tuple[ledger.LedgerCase, Changes]:
    """`ledger.act` as one operation: the case as it is left, and what `undo` undoes."""
    with store.recording() as recorder:  # as actions.recorded (a layer beside this one)
        done = ledger.act(store, number, kind, data, photos, at)
    return done, recorder.changes()


def open_from_round(store: Store, round_name: str | None = None
                    ) -> tuple[list[Row], Changes]:
    """`ledger.open_from_round` as one operation: the cases made, and what undoes it."""
    with store.recording() as recorder:
        made = ledger.open_from_round(store, round_name)
    return made, recorder.changes()


PutBack = Callable[[Store, Changes], Changes]  # actions.undo, which checks each record


def undo(store: Store, changes: Changes, put_back: PutBack) -> Changes:
    """Undo a case action (or, given what an undo returned, redo it) with `put_back`
    (`actions.undo`: cases and actions are layers that do not import each other);
    refused, with nothing written, when the case has changed since. Returns what it
    wrote."""
    events = [t for t in changes.records if t.table == "case_events"]
    ours = {t.record_id for t in events}
    for t in changes.records:
        if t.table not in ("cases", "case_events") or t.after["deleted"]:
            continue  # written back (a redo): checked where it lands, below
        # To be deleted: nothing may have been folded after it (after a case opened: any
        # event of it).
        case_id = t.record_id if t.table == "cases" else t.after["case_id"]
        since = t.after["version"] if t.table == "case_events" else ""
        later = [(kind, at) for event_id, kind, at in case_rows.later_events(
            store, case_id, since) if event_id not in ours]
        if later:
            raise UserError(CHANGED_SINCE(
                case=_number(store, case_id), later=_said(later[0][0]),
                at=str(later[0][1]).replace("T", " ")[:16]))
    with store.recording() as recorder:
        put_back(store, changes)
        restored = {t.record_id for t in events if t.after["deleted"]}
        for case_id in sorted({str(t.after["case_id"]) for t in events
                               if t.record_id in restored}):
            case = ledger.find(store, case_id)
            for event, why in case.state.conflicts:
                if event.id in restored:  # rolled back with the transaction
                    raise UserError(REDO_REFUSED(case=case.number, why=why))
    return recorder.changes()


def _number(store: Store, case_id: str) -> str:
    row = store.get("cases", case_id)
    return str(row["number"]) if row else case_id[:8]


def _said(kind: str) -> Msg:
    return machine.ACTIONS[Kind(kind)]()
