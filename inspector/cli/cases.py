"""inspector cases …: the rectification ledger (整改台账) from the command line."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import clock
from ..cases import figures, ledger
from ..cases.machine import Kind, State
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from .table import render

BAD_DATE = QT_TRANSLATE_NOOP(
    "cli.cases_bad_date", "{option} {text}: not a date (use e.g. 2026-12-04 or 2026-12-04T18:00)")
PASS_OR_FAIL = QT_TRANSLATE_NOOP(
    "cli.cases_pass_or_fail", "cases reinspect needs --pass or --fail")

# The commands that write (one at a time, not while the app has the data directory).
WRITING = {("cases", a) for a in ("open", "new", "dispatch", "fix", "reinspect", "extend",
                                  "import-replies",
                                  "approve-extension", "return", "reassign", "park",
                                  "cancel", "supervise")}


def _when(option: str, text: str | None, store: Store) -> str | None:
    if not text:
        return None
    try:
        return clock.to_zone(datetime.fromisoformat(text), store.zone()).isoformat()
    except ValueError:
        raise UserError(BAD_DATE(option=option, text=text)) from None


def _line(case: ledger.LedgerCase, store: Store) -> str:
    s = case.state
    due = clock.local(s.due_at, zone=store.zone()) if s.due_at else "—"
    return f"{case.number}: {s.state.value} · {s.unit or '未交办'} · due {due}"


def cmd_list(store: Store, args: argparse.Namespace) -> int:
    now, cal = clock.now(store.zone()), ledger.work_calendar(store)
    rows = []
    for c in ledger.ledger(store, calendar=cal):
        level = figures.overdue(c.state, now, cal)
        if args.state and c.state.state.value != args.state:
            continue
        if args.unit and c.state.unit != args.unit:
            continue
        if args.district and (c.district or "未指定") != args.district:
            continue
        if args.overdue and not level:
            continue
        rows.append([c.number, c.state.state.value, c.site, c.district or "未指定",
                     c.state.unit or "—", clock.local(c.state.due_at, zone=store.zone())
                     if c.state.due_at else "—", level.value, str(c.state.rework)])
    print(render(["case", "state", "site", "district", "unit", "due", "overdue", "rework"],
                 rows))
    return 0


def cmd_show(store: Store, args: argparse.Namespace) -> int:
    c = ledger.find(store, args.number)
    zone = store.zone()
    print(f"{c.number} · {c.site} ({c.district or '未指定'}) · {c.row['item_id']}")
    print(f"  {c.row['description']}")
    details = [f"配合 {'、'.join(units)}" for units in [ledger.co_units(c.row)] if units]
    details += [f"优先级 {c.row['priority']}"] if c.row["priority"] else []
    if details:
        print(f"  {' · '.join(details)}")
    print(f"  {_line(c, store)}")
    for e in c.state.history:
        print(f"  {clock.local(e.at, zone=zone)}  {e.kind.value:<9} {e.actor or '?'} "
              f"({e.role}) {json.dumps(dict(e.data), ensure_ascii=False)}"
              + (f" · {len(e.photos)} photos" if e.photos else ""))
    for e, why in c.state.conflicts:
        print(f"  ⚠ {clock.local(e.at, zone=zone)} {e.kind.value} by {e.actor}: {why}")
    return 0


def cmd_open(store: Store, args: argparse.Namespace) -> int:
    made = ledger.open_from_round(store, args.round)
    print(f"{len(made)} cases opened ({len(ledger.ledger(store))} in the ledger)")
    return 0


def cmd_new(store: Store, args: argparse.Namespace) -> int:
    row = ledger.new_case(store, site_ref=args.site, item_id=args.item or "",
                          description=args.description, source=args.source,
                          unit=args.unit or "", location=args.location or "",
                          time_limit=args.limit or "", co_units=args.co_unit or (),
                          priority=args.priority or "")
    print(f"case {row['number']} opened ({args.source})")
    return 0


def _acting(kind: Kind, fields: Callable[[Store, argparse.Namespace], dict[str, Any]]
            ) -> Callable[[Store, argparse.Namespace], int]:
    def run(store: Store, args: argparse.Namespace) -> int:
        for number in args.numbers:
            case = ledger.act(store, number, kind, fields(store, args),
                              [Path(p) for p in getattr(args, "photo", None) or []])
            print(_line(case, store))
        return 0
    return run


def cmd_dispatch(store: Store, args: argparse.Namespace) -> int:
    """交办, with the case's co-units and priority set with it (all or nothing per case)."""
    for number in args.numbers:
        with store.transaction():
            case = ledger.act(store, number, Kind.DISPATCH,
                              {"unit": args.unit, "due": _when("--due", args.due, store)})
            ledger.set_details(store, number, co_units=args.co_unit, priority=args.priority)
        print(_line(case, store))
    return 0


def cmd_reinspect(store: Store, args: argparse.Namespace) -> int:
    if args.passed == args.failed:
        raise UserError(PASS_OR_FAIL())
    kind = Kind.PASS if args.passed else Kind.FAIL
    return _acting(kind, lambda _s, a: {"comment": a.comment})(store, args)


def cmd_import_replies(store: Store, args: argparse.Namespace) -> int:
    """The units' filled-in 交办单: each reply a fix report (整改反馈) entered for its unit,
    dated when the unit says it finished, with the after photos it brings; all or none."""
    from ..report.dispatch_import import import_replies

    outcome = import_replies(store, [Path(f) for f in args.files])
    for name, r in outcome.already:
        print(f"{name}, row {r.row}: {r.number} already entered, skipped")
    for name, r, case in outcome.entered:
        photos = f" · {len(r.photos)} after photos" if r.photos else ""
        print(f"{name}, row {r.row}: {_line(case, store)}{photos}")
    print(f"{len(outcome.entered)} fix reports entered, {len(outcome.already)} already "
          "entered before")
    return 0


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    from ..report import case_ledger

    out = case_ledger.write(store, Path(args.out),
                            since=_time(_when("--since", args.since, store), store),
                            until=_time(_when("--until", args.until, store), store))
    print(out)
    return 0


def cmd_stats(store: Store, args: argparse.Namespace) -> int:
    now, cal = clock.now(store.zone()), ledger.work_calendar(store)
    cases = ledger.ledger(store, calendar=cal)
    by: Callable[[ledger.LedgerCase], str] = (
        (lambda c: c.state.unit or "未交办") if args.by == "unit"
        else (lambda c: c.district or "未指定"))
    rows = figures.figures([(by(c), c.state) for c in cases], now, cal,
                           since=_time(_when("--since", args.since, store), store),
                           until=_time(_when("--until", args.until, store), store))
    if args.json:
        print(json.dumps([{
            args.by: f.group, "dispatched": f.dispatched, "closed": f.closed,
            "closed_on_time": f.closed_on_time, "closure_rate": _dec(f.closure_rate),
            "on_time_rate": _dec(f.on_time_rate), "overdue_now": f.overdue_now,
            "reworks": f.reworks, "days_to_close": _dec(f.days_to_close)} for f in rows],
            ensure_ascii=False, indent=2))
        return 0
    print(render([args.by, "交办", "结案", "结案率", "按期结案率", "超期", "返工", "平均天数"],
                 [[f.group, str(f.dispatched), str(f.closed), _pct(f.closure_rate),
                   _pct(f.on_time_rate), str(f.overdue_now), str(f.reworks),
                   str(f.days_to_close or "—")] for f in rows],
                 [False] + [True] * 7))
    return 0


def _time(text: str | None, store: Store) -> datetime | None:
    return clock.in_zone(text, store.zone()) if text else None


def _dec(value: Any) -> str | None:
    return None if value is None else str(value)


def _pct(value: Any) -> str:
    return "—" if value is None else f"{value}%"


def register(group: Callable[[str, str], Any], add: Callable[..., Any],
             with_store: Callable[[Callable[[Store, argparse.Namespace], int]], Any]) -> None:
    cs = group("cases", "rectification cases (整改台账): dispatch, fix, re-inspect, close")
    p = add(cs, "list", with_store(cmd_list), "the ledger, with each case's state and due time")
    p.add_argument("--state", choices=[s.value for s in State])
    p.add_argument("--unit")
    p.add_argument("--district")
    p.add_argument("--overdue", action="store_true", help="only 预警 and 超期 cases")
    p = add(cs, "show", with_store(cmd_show), "one case with its history")
    p.add_argument("number")
    p = add(cs, "open", with_store(cmd_open),
            "make a case of every problem of the round (again: only the new ones)")
    p.add_argument("--round")
    p = add(cs, "new", with_store(cmd_new), "a problem found outside a round, as a case")
    p.add_argument("--site", required=True)
    p.add_argument("--description", required=True)
    p.add_argument("--source", choices=ledger.SOURCES[1:], default="patrol")
    p.add_argument("--item", help="the standard's code, e.g. JM05")
    p.add_argument("--unit")
    p.add_argument("--location")
    p.add_argument("--limit", help="time limit, e.g. '4 工作时' (default: the setting)")
    p.add_argument("--co-unit", action="append", metavar="UNIT", help="a co-unit (配合单位)")
    p.add_argument("--priority", choices=ledger.PRIORITIES)

    def acting(name: str, kind: Kind, help_text: str,
               fields: Callable[[Store, argparse.Namespace], dict[str, Any]],
               *options: tuple[str, dict[str, Any]]) -> Any:
        p = add(cs, name, with_store(_acting(kind, fields)), help_text)
        p.add_argument("numbers", nargs="+", metavar="NUMBER")
        for flag, spec in options:
            p.add_argument(flag, **spec)
        return p

    p = add(cs, "dispatch", with_store(cmd_dispatch),
            "交办: to a unit, with the due time its limit gives")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--unit", required=True)
    p.add_argument("--due", help="a due time of your own")
    p.add_argument("--co-unit", action="append", metavar="UNIT",
                   help="a co-unit (配合单位); again for more")
    p.add_argument("--priority", choices=ledger.PRIORITIES)
    acting("fix", Kind.FIX, "整改反馈: the unit's fix report",
           lambda _s, a: {"measures": a.measures, "person": a.person, "phone": a.phone},
           ("--measures", {"required": True}), ("--person", {}), ("--phone", {}),
           ("--photo", {"action": "append", "metavar": "FILE"}))
    p = add(cs, "reinspect", with_store(cmd_reinspect),
            "复查 on site: --pass closes the case (销号), --fail sends it back (返工)")
    p.add_argument("numbers", nargs="+", metavar="NUMBER")
    p.add_argument("--pass", dest="passed", action="store_true")
    p.add_argument("--fail", dest="failed", action="store_true")
    p.add_argument("--photo", action="append", metavar="FILE",
                   help="an after photo taken on site (needed to close)")
    p.add_argument("--comment")
    acting("extend", Kind.EXTEND, "延期: ask for more time",
           lambda s, a: {"until": _when("--until", a.until, s), "reason": a.reason},
           ("--until", {"required": True}), ("--reason", {"required": True}))
    acting("approve-extension", Kind.APPROVE, "approve the extension asked for",
           lambda _s, _a: {})
    acting("return", Kind.RETURN, "退回: the unit says it is not theirs",
           lambda _s, a: {"reason": a.reason}, ("--reason", {"required": True}))
    acting("reassign", Kind.REASSIGN, "改派: to another unit",
           lambda s, a: {"unit": a.unit, "due": _when("--due", a.due, s)},
           ("--unit", {"required": True}), ("--due", {}))
    acting("park", Kind.PARK, "挂账: listed, not overdue", lambda _s, a: {"reason": a.reason},
           ("--reason", {"required": True}))
    acting("cancel", Kind.CANCEL, "撤销", lambda _s, a: {"reason": a.reason},
           ("--reason", {"required": True}))
    acting("supervise", Kind.SUPERVISE, "督办: mark for supervision", lambda _s, _a: {})
    p = add(cs, "import-replies", with_store(cmd_import_replies),
            "enter the fix reports of the 交办单 the units filled in and sent back (after "
            "photos: named in 整改后照片, or beside the sheet named by case number)")
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p = add(cs, "stats", with_store(cmd_stats),
            "交办, 结案, 结案率, 按期结案率, overdue, 返工 per unit or district")
    p.add_argument("--by", choices=["unit", "district"], default="unit")
    period(p)
    p.add_argument("--json", action="store_true")
    p = add(cs, "export", with_store(cmd_export),
            "the ledger and its figures by unit and district, as a print-ready XLSX")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    period(p)


def period(p: argparse.ArgumentParser) -> None:
    """--since and --until: the cases first dispatched in the period."""
    p.add_argument("--since", help="cases first dispatched from this date")
    p.add_argument("--until", help="… and before this date")
