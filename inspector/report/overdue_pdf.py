"""督办单: the cases a unit let run past their due time (超期), and those a supervisor
marked for supervision (督办) that are still open — one section per unit, each on pages of
its own (numbered on their own), with how long each case is overdue in working time, its
rework count and before photos, the date the unit must finish and report by, and a line
for the supervisor's signature."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from .. import clock, output
from ..cases import ledger
from ..cases.figures import Overdue, overdue
from ..cases.machine import OPEN, CaseState, State
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..photos.importer import tree_of
from ..store import Store, case_rows
from ..worktime import HOUR, Limit, WorkCalendar
from . import case_docs
from .dispatch import ANY_UNIT
from .dispatch_pdf import photo_grid
from .pdfkit import RED, ReportDoc, SectionMark, lines_cell, para, styles, table

NOTHING_OVERDUE = QT_TRANSLATE_NOOP(
    "overdue.nothing_overdue",
    "no case of {unit} is overdue (超期) or marked for supervision (督办): no 督办单 written")
NOTHING_WITH_WARNING = QT_TRANSLATE_NOOP(
    "overdue.nothing_with_warning",
    "no case of {unit} is overdue (超期), near its due time (预警) or marked for "
    "supervision (督办): no 督办单 written")

REPLY_WITHIN = Limit(3, days=True)  # the date to finish and report by, unless given
HEADERS = ["编号", "点位 · 县市区", "测评标准", "问题描述 · 位置", "交办时间", "整改期限",
           "超期", "返工", "督办", "整改前照片"]
# 267 mm: landscape A4 less the margins.
WIDTHS = [24 * mm, 28 * mm, 38 * mm, 52 * mm, 20 * mm, 20 * mm, 28 * mm, 12 * mm, 11 * mm,
          34 * mm]


@dataclass(frozen=True)
class Chased:
    """A case on a 督办单, with how late it is in words."""

    case: ledger.LedgerCase
    level: Overdue
    late: str  # 超期 2 工作日 3 工作时 · 预警 剩 5 工作时 · 已整改待复查
    standard: str
    photos: list[Path]


def working_time(seconds: int, calendar: WorkCalendar) -> str:
    """Office time in 工作日 (the city's office day) and whole 工作时."""
    days, rest = divmod(seconds, calendar.hours.seconds_a_day())
    parts = [f"{days} 工作日"] if days else []
    if rest >= HOUR:
        parts.append(f"{rest // HOUR} 工作时")
    return " ".join(parts) or "不足 1 工作时"


def late_text(state: CaseState, level: Overdue, now: datetime, calendar: WorkCalendar) -> str:
    if level is Overdue.OVERDUE and state.due_at is not None:
        return f"超期 {working_time(calendar.working_seconds(state.due_at, now), calendar)}"
    if level is Overdue.WARNING and state.due_at is not None:
        return f"预警 剩 {working_time(calendar.working_seconds(now, state.due_at), calendar)}"
    if state.state is State.DISPATCHED:
        return "未超期"
    return state.state.value  # a supervised case that is fixed or returned: its clock stopped


def chased(store: Store, unit: str | None = None, warning: bool = False,
           now: datetime | None = None, calendar: WorkCalendar | None = None
           ) -> dict[str, list[Chased]]:
    """unit → its cases to chase: 超期 (and 预警 with `warning`), and every open case marked
    督办; the longest overdue first."""
    cal = calendar or ledger.work_calendar(store)
    zone = store.zone()
    now = now or clock.now(zone)
    picked: list[tuple[ledger.LedgerCase, Overdue]] = []
    for c in ledger.ledger(store, calendar=cal):
        if unit is not None and c.state.unit != unit:
            continue
        level = overdue(c.state, now, cal)
        wanted = level is Overdue.OVERDUE or (warning and level is Overdue.WARNING)
        if wanted or (c.state.supervised and c.state.state in OPEN):
            picked.append((c, level))
    photos = case_rows.before_photos(store, [str(c.row["problem_id"]) for c, _ in picked
                                             if c.row["problem_id"]])
    tree, texts = tree_of(store), case_docs.standards(store)
    out: dict[str, list[Chased]] = {}
    for c, level in sorted(picked, key=lambda p: (
            p[0].state.due_at or now, p[0].district, p[0].site, p[0].number)):
        out.setdefault(c.state.unit or "未交办", []).append(Chased(
            c, level, late_text(c.state, level, now, cal), case_docs.standard(c, texts),
            case_docs.thumbs(tree, photos.get(str(c.row["problem_id"] or ""), []))))
    return dict(sorted(out.items()))


def write(store: Store, out: Path, unit: str | None = None, warning: bool = False,
          by: datetime | None = None, now: datetime | None = None) -> dict[str, int]:
    """The 督办单 of every unit with a case to chase (or only `unit`'s) in one PDF, each
    unit's section on pages of its own; unit → its cases. Nothing to chase: a UserError,
    and no file."""
    cal = ledger.work_calendar(store)
    zone = store.zone()
    now = clock.to_zone(now, zone) if now else clock.now(zone)
    groups = chased(store, unit, warning, now, cal)
    if not groups:
        message = NOTHING_WITH_WARNING if warning else NOTHING_OVERDUE
        raise UserError(message(unit=unit or ANY_UNIT()))
    by = clock.to_zone(by, zone) if by else cal.due(now, REPLY_WITHIN)
    city = store.setting("city")
    story: list[Flowable] = []
    for n, (name, cases) in enumerate(groups.items()):
        if n:
            story.append(PageBreak())
        story += _section(name, cases, city=city, now=now, by=by, zone=zone)
    with output.writing(out) as part:
        doc = ReportDoc(str(part), f"{city} · 问题整改督办单 · 截至 {now:%Y-%m-%d %H:%M}",
                        now.replace(tzinfo=None), wide=True, title=f"{city}问题整改督办单")
        doc.render(story)
    return {name: len(cases) for name, cases in groups.items()}


def _section(unit: str, cases: Sequence[Chased], *, city: str, now: datetime, by: datetime,
             zone: clock.Zone) -> list[Flowable]:
    body: list[list[Any]] = [HEADERS]
    for c in cases:
        s = c.case.state
        body.append([
            c.case.number, lines_cell(c.case.site, c.case.district or "未指定"),
            lines_cell(c.standard), lines_cell(str(c.case.row["description"]),
                                               str(c.case.row["location"])),
            _when_cell(case_docs.local(s.dispatched_at, zone)),
            _when_cell(case_docs.local(s.due_at, zone)), _late_cell(c),
            f"{s.rework} 次", "督办" if s.supervised else "", photo_grid(c.photos)])
    grid = table(body, WIDTHS, zebra=False)
    grid.setStyle(TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
         ("ALIGN", (7, 1), (8, -1), "CENTER")]
        + [("TEXTCOLOR", (8, r), (8, r), RED) for r, c in enumerate(cases, start=1)
           if c.case.state.supervised]))
    counts = ((sum(1 for c in cases if c.level is Overdue.OVERDUE), "超过整改期限"),
              (sum(1 for c in cases if c.level is Overdue.WARNING), "临近整改期限（预警）"),
              (sum(1 for c in cases if c.case.state.supervised), "列为督办"))
    counted = "，".join(f"{what} {n} 个" for n, what in counts if n)
    return [
        SectionMark(unit),
        para(f"{city} 问题整改督办单".strip(), "title"),
        para(f"责任单位：{unit}", "h2"),
        para(f"截至 {now:%Y年%m月%d日 %H:%M}，交办贵单位的问题中需督办的共 {len(cases)} 个"
             f"（{counted}），详见下表。超期时长按工作时间（工作日的办公时间）计算。"),
        Spacer(1, 3 * mm),
        grid,
        Spacer(1, 5 * mm),
        KeepTogether([  # the request and the signatures stay on one page
            para(f"请于 {by:%Y年%m月%d日} 前完成上述问题的整改，并将整改情况（整改措施、完成"
                 "时间、整改后照片）书面报送督办单位。逾期仍未整改的，计入月度考核并通报。"),
            Spacer(1, 10 * mm),
            para("督办人（签字）：＿＿＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日　　　"
                 "责任单位签收：＿＿＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日")]),
    ]


def _late_cell(c: Chased) -> Paragraph:
    """How late (超期 / 1 工作日 3 工作时 on two lines), in red when it is past due."""
    text = "<br/>".join(c.late.split(" ", 1))
    red = c.level is Overdue.OVERDUE
    return Paragraph(f'<font color="#{RED.hexval()[2:]}">{text}</font>' if red else text,
                     styles()["cell"])


def _when_cell(when: datetime | None) -> Any:
    if when is None:
        return "—"
    return lines_cell(f"{when:%Y-%m-%d}", f"{when:%H:%M}")
