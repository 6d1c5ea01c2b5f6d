"""The units' returned 交办单 entered as fix reports (整改反馈), all of them or none.

Every file is read and every row checked against its case before anything is written: a
row for no case, a case named twice, a case no longer waiting on its unit (closed,
cancelled, returned) — each is named by file and row, and then nothing is entered. A row
already entered (the same sheet sent twice) is said and skipped, not doubled. The after
photos of the rows are stored first, then every fix report in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import clock
from ..cases import ledger, machine
from ..cases.machine import Kind
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from ..store import Store
from .dispatch_reply import Reply, rows

NOT_A_CASE = QT_TRANSLATE_NOOP(
    "replies.not_a_case", "{file}, row {row}: no case is numbered '{number}'")
TWICE = QT_TRANSLATE_NOOP(
    "replies.twice", "{file}, row {row}: case {number} is answered again (first at {first})")
REFUSED_ROW = QT_TRANSLATE_NOOP("replies.refused_row", "{file}, row {row}: {why}")
NOTHING_ENTERED = QT_TRANSLATE_NOOP(
    "replies.nothing_entered",
    "{count} rows cannot be entered, so nothing was entered — correct them and import "
    "again:\n{rows}")


@dataclass(frozen=True)
class Outcome:
    entered: list[tuple[str, Reply, ledger.LedgerCase]] = field(default_factory=list)
    already: list[tuple[str, Reply]] = field(default_factory=list)  # sent before


def import_replies(store: Store, files: Sequence[Path]) -> Outcome:
    replies: list[tuple[str, Reply]] = []
    bad: list[Msg] = []
    for path in files:
        read, unreadable = rows(path)
        replies += [(path.name, r) for r in read]
        bad += unreadable
    cases = {c.number: c for c in ledger.ledger(store, [r.number for _, r in replies])}
    first: dict[str, str] = {}
    todo: list[tuple[str, Reply]] = []
    outcome = Outcome()
    for name, r in replies:
        case = cases.get(r.number)
        if r.number in first:
            bad.append(TWICE(file=name, row=r.row, number=r.number, first=first[r.number]))
            continue
        first[r.number] = f"{name}, row {r.row}"
        if case is None:
            bad.append(NOT_A_CASE(file=name, row=r.row, number=r.number))
        elif _entered_before(case, r):
            outcome.already.append((name, r))
        elif (why := machine.refusal(case.state, ledger.trial_event(
                store, case, Kind.FIX, _fields(name, r), at=_at(store, r)))) is not None:
            bad.append(REFUSED_ROW(file=name, row=r.row, why=why))
        else:
            todo.append((name, r))
    if bad:
        raise UserError(NOTHING_ENTERED(count=len(bad), rows=bad))
    stored = {(name, r.row): ledger.store_photos(store, r.number, r.photos)
              for name, r in todo if r.photos}
    with store.transaction():
        for name, r in todo:
            outcome.entered.append((name, r, ledger.act(
                store, r.number, Kind.FIX, _fields(name, r), at=_at(store, r),
                stored=stored.get((name, r.row)))))
    return outcome


def _fields(name: str, r: Reply) -> dict[str, str]:
    return {"measures": r.measures, "person": r.person, "phone": r.phone, "from": name}


def _at(store: Store, r: Reply) -> datetime | None:
    return clock.to_zone(r.done_at, store.zone()) if r.done_at else None


def _entered_before(case: ledger.LedgerCase, r: Reply) -> bool:
    """The case's last fix report is this very one (its measures, from a sheet) and is
    still standing: the same sheet sent again. After a 返工 the same words are a new
    report."""
    if case.state.state is machine.State.DISPATCHED:
        return False
    fixes = [e for e in case.state.history if e.kind is Kind.FIX]
    return bool(fixes) and fixes[-1].data.get("measures") == r.measures \
        and "from" in fixes[-1].data
