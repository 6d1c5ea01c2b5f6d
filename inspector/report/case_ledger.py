"""The case ledger (整改台账) as a workbook for the 创建办: every case with its state, unit,
times and overdue level, and the figures per unit and per district (交办, 结案, 结案率,
按期结案率, 超期, 返工, 平均结案天数) — numbers, percentages and times as real cells, each
sheet print-ready (A4 landscape, fitted to the width, header rows on every page)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .. import clock, output
from ..cases import figures, ledger
from ..cases.figures import Figures
from ..store import Store
from ..worktime import WorkCalendar
from . import xlsx
from .xlsx import Column, heading, print_ready, table_rows

SOURCES = {"round": "测评", "patrol": "巡查", "hotline": "12345热线", "leader": "领导交办"}
# (header, width in characters, kind): kind says how the cell is written and shown.
LEDGER: tuple[Column, ...] = (
    ("编号", 13, "text"), ("来源", 8, "text"), ("点位", 18, "wrap"), ("县市区", 9, "text"),
    ("测评标准", 8, "text"), ("问题描述", 28, "wrap"), ("牵头单位", 14, "wrap"),
    ("配合单位", 14, "wrap"), ("优先级", 6, "text"), ("状态", 11, "text"),
    ("交办时间", 16, "time"), ("整改期限", 16, "time"), ("预警/超期", 8, "text"),
    ("督办", 5, "text"), ("返工次数", 7, "int"), ("延期次数", 7, "int"),
    ("整改完成时间", 16, "time"), ("销号时间", 16, "time"), ("按期销号", 7, "text"),
)
FIGURES: tuple[Column, ...] = (
    ("", 18, "wrap"), ("交办", 8, "int"), ("结案", 8, "int"), ("结案率", 9, "pct"),
    ("按期结案", 9, "int"), ("按期结案率", 10, "pct"), ("超期", 8, "int"),
    ("返工", 8, "int"), ("平均结案天数", 12, "dec"),
)


def write(store: Store, out: Path, since: datetime | None = None,
          until: datetime | None = None) -> Path:
    """The workbook at `out`: the ledger, then the figures by unit and by district for
    cases first dispatched in [since, until) (every case when neither is given)."""
    from openpyxl import Workbook

    zone, cal = store.zone(), ledger.work_calendar(store)
    now = clock.now(zone)
    cases = ledger.ledger(store, calendar=cal)
    city = store.setting("city")
    period = _period(since, until)
    book = Workbook()
    _sheet(book.active, "整改台账", f"{city}整改台账", f"共 {len(cases)} 个整改任务，"
           f"截至 {now:%Y-%m-%d %H:%M}", LEDGER,
           [_ledger_row(c, now, cal, zone) for c in cases], city, landscape=True)
    groups: tuple[tuple[str, Callable[[ledger.LedgerCase], str]], ...] = (
        ("按单位", lambda c: c.state.unit or "未交办"),
        ("按县市区", lambda c: c.district or "未指定"))
    for title, group in groups:
        rows = figures.figures([(group(c), c.state) for c in cases], now, cal,
                               since=since, until=until)
        columns = ((title.removeprefix("按"), 18, "wrap"), *FIGURES[1:])
        _sheet(book.create_sheet(), title, f"{city}整改情况（{title}）", period, columns,
               [*map(_figures_row, rows), _figures_row(_total(rows))] if rows else [], city,
               landscape=False)
    book.properties.title = f"{city}整改台账"
    with output.writing(out) as part:
        part.write_bytes(xlsx.workbook_bytes(book))
    return out


def _period(since: datetime | None, until: datetime | None) -> str:
    if since is None and until is None:
        return "全部已交办的整改任务"
    start = f"{since:%Y-%m-%d}" if since else "最早"
    end = f"{until:%Y-%m-%d}" if until else "今天"
    return f"首次交办于 {start} 至 {end}（不含）的整改任务"


def _ledger_row(c: ledger.LedgerCase, now: datetime, cal: WorkCalendar,
                zone: clock.Zone) -> list[Any]:
    s = c.state
    return [c.number, SOURCES.get(str(c.row["source"]), str(c.row["source"] or "")), c.site,
            c.district or "未指定", c.row["item_id"], c.row["description"],
            s.unit or c.row["lead_unit"] or "", "、".join(ledger.co_units(c.row)),
            c.row["priority"] or "", s.state.value, _naive(s.dispatched_at, zone),
            _naive(s.due_at, zone), figures.overdue(s, now, cal).value,
            "是" if s.supervised else "", s.rework, s.extended, _naive(s.fixed_at, zone),
            _naive(s.closed_at, zone),
            {True: "是", False: "否", None: ""}[s.closed_on_time]]


def _figures_row(f: Figures) -> list[Any]:
    return [f.group, f.dispatched, f.closed, _fraction(f.closed, f.dispatched),
            f.closed_on_time, _fraction(f.closed_on_time, f.dispatched), f.overdue_now,
            f.reworks, float(f.days_to_close) if f.days_to_close is not None else None]


def _total(rows: Sequence[Figures]) -> Figures:
    """合计: the sums, and the days to close weighted by the cases closed."""
    closed = sum(f.closed for f in rows)
    days = sum((f.days_to_close * f.closed for f in rows if f.days_to_close is not None),
               Decimal(0))
    return Figures("合计", sum(f.dispatched for f in rows), closed,
                   sum(f.closed_on_time for f in rows), sum(f.overdue_now for f in rows),
                   sum(f.reworks for f in rows),
                   (days / closed).quantize(Decimal("0.1")) if closed else None)


def _fraction(part: int, whole: int) -> float | None:
    """A rate as the cell holds it (0.667, shown 66.7 % by its format), not as text."""
    return part / whole if whole else None


def _naive(when: datetime | None, zone: clock.Zone) -> datetime | None:
    return clock.naive(when, zone) if when is not None else None


def _sheet(sheet: Any, name: str, title: str, note: str, columns: Sequence[Column],
           rows: list[list[Any]], city: str, *, landscape: bool) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet.title = name
    heading(sheet, title, note, [c[0] for c in columns])
    table_rows(sheet, columns, rows, ruled=True)
    if rows and rows[-1] and rows[-1][0] == "合计":
        for i in range(1, len(columns) + 1):
            sheet.cell(len(rows) + 3, i).font = Font(bold=True)
    sheet.freeze_panes = "B4"
    sheet.auto_filter.ref = f"A3:{get_column_letter(len(columns))}{max(3, len(rows) + 3)}"
    print_ready(sheet, title_rows=3, left=city, right=name, landscape=landscape)
