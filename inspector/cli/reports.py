"""`inspector report ...`, `inspector export`, `inspector baseline ...`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from .. import clock
from ..actions import baselines
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..photos.importer import tree_of
from ..report import data as report_data
from ..report import export as exporter
from ..report import problems as problem_list
from ..report.scorecard import build_scorecard
from ..store import Store
from . import say
from .cases import BAD_DATE
from .table import render

NO_CITY = QT_TRANSLATE_NOOP(
    "cli.no_city",
    "warning: no city is set, so the documents name none — set it with: inspector config "
    "set city NAME")
BULLETIN_SUFFIX = QT_TRANSLATE_NOOP(
    "cli.bulletin_suffix", "--out {out}: the bulletin is written as FILE.pdf or FILE.xlsx")


def _warn_if_no_city(store: Store, args: argparse.Namespace) -> None:
    """Documents for leaders never come out nameless without a word."""
    if not store.setting("city").strip():
        print(say.text(args, NO_CITY()), file=sys.stderr)


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{stage} {done}/{total}   ", end="", file=sys.stderr, flush=True)


def cmd_scorecard(store: Store, args: argparse.Namespace) -> int:
    _warn_if_no_city(store, args)
    data = report_data.gather(store, args.round)
    out = build_scorecard(data, Path(args.out), tree_of(store).root.parent,
                          with_appendix=not args.no_appendix, progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    card = data.card
    print(f"{out}: 实地考察得分表 {card.total} / {card.points_inspected}, "
          f"{len(data.problems)} problems, {out.stat().st_size / 1e6:.1f} MB")
    return 0


def cmd_problems(store: Store, args: argparse.Namespace) -> int:
    _warn_if_no_city(store, args)
    data = report_data.gather(store, args.round)
    written = problem_list.write(data, Path(args.out), tree_of(store),
                                 split_by_unit=args.split_by == "unit", progress=_progress)
    for path in written:
        print(path)
    print(f"{len(data.problems)} problems in {len(written)} file(s)")
    return 0


def cmd_dispatch(store: Store, args: argparse.Namespace) -> int:
    from ..report import dispatch

    _warn_if_no_city(store, args)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    kinds = ("xlsx", "pdf") if args.format == "both" else (args.format,)
    for path in dispatch.write_sheets(store, out, args.unit, progress=_progress, kinds=kinds):
        print(path)
    return 0


def cmd_bulletin(store: Store, args: argparse.Namespace) -> int:
    from .. import periods
    from ..bulletin.build import build

    _warn_if_no_city(store, args)
    period = periods.parse(args.period)
    out = Path(args.out)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise UserError(BULLETIN_SUFFIX(out=args.out))
    bulletin = build(store, period)
    if out.suffix.lower() == ".xlsx":
        from ..report import bulletin_xlsx

        bulletin_xlsx.write(bulletin, out)
    else:
        from ..report import bulletin_pdf

        bulletin_pdf.write(bulletin, out)
    field = bulletin.field_score
    print(f"{out}: {period.label}, {len(bulletin.rounds)} rounds, 实地考察 "
          f"{field if field is not None else '—'} / 40, {bulletin.cases} cases")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    """The ranking rules: the built-in file to start from, or a city's file checked."""
    from ..bulletin import rules

    if args.action_name == "show":
        print(rules.DEFAULT, end="")
        return 0
    checked = rules.load(Path(args.file))
    weights = ", ".join(f"{k} {v}" for k, v in checked.weights.items())
    print(f"{args.file}: the ranking rules are valid ({weights})")
    return 0


def cmd_overdue(store: Store, args: argparse.Namespace) -> int:
    from ..report import overdue_pdf

    _warn_if_no_city(store, args)
    by = _date("--by", args.by, store)
    out = Path(args.out)
    units = overdue_pdf.write(store, out, args.unit, warning=args.warning, by=by)
    print(out)
    print(f"{sum(units.values())} cases in {len(units)} unit(s): "
          + ", ".join(f"{unit} {n}" for unit, n in units.items()))
    return 0


def cmd_before_after(store: Store, args: argparse.Namespace) -> int:
    from ..report import before_after

    _warn_if_no_city(store, args)
    out = Path(args.out)
    n = before_after.write(store, out, args.unit)
    print(out)
    print(f"{n} cases with before and after photos")
    return 0


def _date(option: str, text: str | None, store: Store) -> datetime | None:
    if not text:
        return None
    try:
        return clock.to_zone(datetime.fromisoformat(text), store.zone())
    except ValueError:
        raise UserError(BAD_DATE(option=option, text=text)) from None


def cmd_export(store: Store, args: argparse.Namespace) -> int:
    _warn_if_no_city(store, args)
    for path in exporter.export(store, args.format, Path(args.out), args.round):
        print(path)
    return 0


def cmd_baseline(store: Store, args: argparse.Namespace) -> int:
    if args.action_name == "add":
        b = baselines.add(store, args.label, args.value)
        print(f"baseline '{b.label}' = {b.value}")
    elif args.action_name == "remove":
        baselines.remove(store, args.label)
        print(f"baseline '{args.label}' removed")
    else:
        print(render(["label", "score"], [[b.label, str(b.value)]
                                          for b in baselines.listed(store)]))
    return 0
