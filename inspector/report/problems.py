"""Problem lists for dispatch (交办): grouped by responsible unit and district, with
columns for the deadline, the result and the confirmation, as PDF or XLSX."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from itertools import groupby
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer

from .. import clock, output
from ..messages import QT_TRANSLATE_NOOP
from ..paths import safe_file_name
from ..photos.files import thumb_path
from ..photos.tree import PhotoTree
from .data import ProblemRow, ReportData
from .pdfkit import ReportDoc, para, section, table
from .scorecard import header_text
from .xlsx import format_times, time_cell, time_header, workbook_bytes

PDF_OR_XLSX = QT_TRANSLATE_NOOP(
    "report.pdf_or_xlsx",
    "{out}: the problem list is written as .pdf or .xlsx")

HEADERS = ("问题编号", "点位", "县（市、区）", "点位类型", "测评标准", "问题描述", "数量", "位置",
           "时间", "测评员", "责任单位", "照片", "整改期限", "整改结果", "确认")
TIME_COLUMN = HEADERS.index("时间")


def by_unit(problems: Iterable[ProblemRow]) -> list[tuple[str, list[ProblemRow]]]:
    ordered = sorted(problems, key=lambda p: (p.unit, p.district or "~", p.site, p.number))
    return [(unit, list(rows)) for unit, rows in groupby(ordered, key=lambda p: p.unit)]


def _thumb(tree: PhotoTree, p: ProblemRow) -> Flowable | str:
    for ph in p.photos:
        try:
            path = thumb_path(tree, ph.sha256, ph.ext)
        except Exception:  # a missing original: the list says so instead of failing
            continue
        img = Image(str(path))
        scale = min(24 * mm / img.imageWidth, 18 * mm / img.imageHeight)
        img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
        return img
    return "缺照片" if p.photo_required else ""


def write_pdf(data: ReportData, problems: list[ProblemRow], out: Path, tree: PhotoTree, *,
              title: str = "问题清单", generated: datetime | None = None) -> Path:
    when = clock.to_zone(generated or clock.now(data.zone), data.zone)
    with output.writing(out) as part:
        doc = ReportDoc(str(part), header_text(data), when, wide=True, title=title,
                        invariant=generated is not None)
        doc.render(_problem_story(data, problems, tree, title))
    return out


def _problem_story(data: ReportData, problems: list[ProblemRow], tree: PhotoTree,
                   title: str) -> list[Flowable]:
    story: list[Flowable] = [para(f"{data.city}{data.round['name']} 实地考察{title}", "title"),
                             para(f"共 {len(problems)} 个问题，按责任单位、县（市、区）分组；"
                                  "请在期限内整改并填写整改结果，由督导确认后销号。", "center")]
    widths = [24 * mm, 30 * mm, 42 * mm, 50 * mm, 9 * mm, 24 * mm, 22 * mm, 26 * mm,
              14 * mm, 16 * mm, 10 * mm]  # 267 mm: landscape A4 less the margins
    for n, (unit, rows) in enumerate(by_unit(problems)):
        if n:
            story.append(PageBreak())
        story.append(section(f"责任单位：{unit}（{len(rows)} 个问题）", title=unit))
        for district, group in groupby(rows, key=lambda p: p.district):
            items = list(group)
            body: list[list[Any]] = [["问题编号", "点位", "测评标准", "问题描述", "数量", "位置",
                                      "时间 · 测评员", "照片", "整改期限", "整改结果", "确认"]]
            for p in items:
                body.append([p.number, p.site, f"{p.item_id} {p.item_text}", p.description,
                             str(p.count), p.location, f"{p.time} {p.inspector}",
                             _thumb(tree, p), "", "", ""])
            story.append(KeepTogether([section(f"{district or '未指定'}（{len(items)}）", "h2",
                                               1, district or "未指定")]))
            story.append(table(body, widths, right=(4,)))
            story.append(Spacer(1, 3 * mm))
    if not problems:
        story.append(para("本轮没有扣分问题。"))
    return story


def sheet_headers(problems: Iterable[ProblemRow], zone: clock.Zone) -> list[str]:
    """HEADERS, the time column naming the city's zone its date cells are in."""
    headers = list(HEADERS)
    headers[TIME_COLUMN] = time_header(headers[TIME_COLUMN], zone,
                                       [p.started_at for p in problems])
    return headers


def rows_for_sheet(problems: Iterable[ProblemRow], zone: clock.Zone) -> list[list[Any]]:
    """The sheet's rows; the time is a date cell in the city's zone."""
    out: list[list[Any]] = []
    for _, rows in by_unit(problems):
        for p in rows:
            names = "\n".join(f"{ph.sha256[:12]}.{ph.ext}" for ph in p.photos)
            out.append([p.number, p.site, p.district or "未指定", p.category,
                        f"{p.item_id} {p.item_text}", p.description, p.count, p.location,
                        time_cell(p.started_at, zone), p.inspector, p.unit,
                        names or ("缺照片" if p.lacks_photo else ""),
                        "", "", ""])
    return out


def write_xlsx(data: ReportData, problems: list[ProblemRow], out: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "问题清单"
    sheet.append(sheet_headers(problems, data.zone))
    for row in rows_for_sheet(problems, data.zone):
        sheet.append(row)
    format_times(sheet, [TIME_COLUMN + 1])
    widths = (16, 22, 12, 14, 40, 40, 6, 18, 18, 10, 22, 22, 12, 20, 10)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = width
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="E8EEF5")
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = bold, fill, wrap  # the time's header is long
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    book.properties.title = f"{data.city}{data.round['name']} 问题清单"
    with output.writing(out) as part:
        part.write_bytes(workbook_bytes(book))
    return out


def write(data: ReportData, out: Path, tree: PhotoTree, split_by_unit: bool = False,
          generated: datetime | None = None,
          progress: Callable[[str, int, int], None] | None = None) -> list[Path]:
    """The problem list as out.pdf or out.xlsx; with split_by_unit one file per unit."""
    kind = out.suffix.lower()
    if kind not in (".pdf", ".xlsx"):
        from ..errors import UserError

        raise UserError(PDF_OR_XLSX(out=out))
    groups = by_unit(data.problems) if split_by_unit else [("", data.problems)]
    with output.several(out.parent) as written:
        for n, (unit, rows) in enumerate(groups, start=1):
            target = out.with_name(f"{out.stem}-{safe_file_name(unit)}{out.suffix}") if unit \
                else out
            if kind == ".pdf":
                write_pdf(data, rows, target, tree, generated=generated)
            else:
                write_xlsx(data, rows, target)
            written.append(target)
            if progress is not None:
                progress("files", n, len(groups))
    return list(written)
