"""交办单 from the ledger: per unit, the cases dispatched to it and not yet fixed, each with
every before photo, as the print-ready sheet units fill in and send back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .. import clock, output
from ..cases import ledger
from ..cases.machine import State
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..paths import safe_file_name
from ..photos.importer import tree_of
from ..store import Store, case_rows
from . import case_docs
from .dispatch_sheet import DispatchRow, write

NOTHING_DISPATCHED = QT_TRANSLATE_NOOP(
    "dispatch.nothing_dispatched",
    "no case is waiting on {unit}: dispatch cases first (inspector cases dispatch N --unit U)")
ANY_UNIT = QT_TRANSLATE_NOOP("dispatch.any_unit", "any unit")


def file_name(unit: str, kind: str = "xlsx") -> str:
    return f"交办单-{safe_file_name(unit)}.{kind}"


def write_sheets(store: Store, folder: Path, unit: str | None = None,
                 progress: Callable[[str, int, int], None] | None = None,
                 kinds: tuple[str, ...] = ("xlsx", "pdf")) -> list[Path]:
    """Per unit with cases 已交办 (or only `unit`), its sheet to fill in (XLSX) and to print
    and sign (PDF), in `folder`."""
    from . import dispatch_pdf

    waiting: dict[str, list[ledger.LedgerCase]] = {}
    for case in ledger.ledger(store):
        if case.state.state is State.DISPATCHED and (unit is None or case.state.unit == unit):
            waiting.setdefault(case.state.unit, []).append(case)
    if not waiting:
        raise UserError(NOTHING_DISPATCHED(unit=unit or ANY_UNIT()))
    problem_ids = [str(c.row["problem_id"]) for cs in waiting.values() for c in cs
                   if c.row["problem_id"]]
    photos = case_rows.before_photos(store, problem_ids)
    tree, zone = tree_of(store), store.zone()
    texts = case_docs.standards(store)
    city = store.setting("city")
    generated = clock.now(zone)
    out: list[Path] = []
    with output.several(folder) as written:
        for n, (name, cases) in enumerate(sorted(waiting.items()), start=1):
            rows = []
            for c in sorted(cases, key=lambda c: (c.district, c.site, c.number)):
                # a missing original: left out, and the row says 缺照片 when none is left
                shots = case_docs.thumbs(tree, photos.get(str(c.row["problem_id"] or ""), []))
                rows.append(DispatchRow(
                    c.number, c.site, c.district, case_docs.standard(c, texts),
                    str(c.row["description"]) or ("缺照片" if not shots else ""),
                    str(c.row["location"]), case_docs.local(c.state.dispatched_at, zone),
                    case_docs.local(c.state.due_at, zone), shots))
            for kind in kinds:
                target = folder / file_name(name, kind)
                writer = write if kind == "xlsx" else dispatch_pdf.write
                writer(target, rows, city=city, round_name=case_docs.round_name(store, cases),
                       unit=name,
                       generated=generated.replace(tzinfo=None))
                written.append(target)
                out.append(target)
            if progress is not None:
                progress("files", n, len(waiting))
    return out

