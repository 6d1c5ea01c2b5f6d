"""交办单 as a spreadsheet: one unit's cases, print-ready on A4 landscape, with columns the
unit fills in by hand or on screen (整改措施, 完成时间, 整改责任人, 联系电话) and sends back.

Print setup, so that a unit that prints it gets usable pages: landscape, fitted to the
page width (as many pages down as it takes), the title and header rows repeated on every
page, city / round / unit in the header and 第 x 页 / 共 y 页 in the footer, text wrapped
with row heights that fit it (spreadsheets do not grow a row for wrapped text by
themselves), the photos of each case in its row, and times and counts as real cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from .. import output
from . import xlsx
from .xlsx import LINE_PT, TIME_FORMAT, heading, print_ready, wrapped_lines

# (header, width in characters, wrapped): the write-in columns are wide enough to write
# in by hand on the printed page (~4.5 cm each at A4 landscape fitted to width).
COLUMNS: tuple[tuple[str, int, bool], ...] = (
    ("编号", 12, False), ("点位", 16, True), ("县市区", 8, True), ("测评标准", 22, True),
    ("问题描述", 26, True), ("位置", 12, True), ("交办时间", 16, False),
    ("整改期限", 16, False), ("整改前照片", 24, False), ("整改措施", 26, True),
    ("完成时间", 16, False), ("整改责任人", 10, True), ("联系电话", 13, False),
    ("整改后照片", 14, True),
)
# 整改后照片: the file names of the after photos sent with the sheet (a photo named after
# its case number, JM05-1A2B3C.jpg, needs no entry).
WRITE_IN = ("整改措施", "完成时间", "整改责任人", "联系电话", "整改后照片")
HEADER_ROW = 3  # after the title and the line under it
PHOTO_HEIGHT_PX = 60  # each before photo, small: all of them, not just the first
SHEET_TITLE = "交办单"


@dataclass(frozen=True)
class DispatchRow:
    number: str
    site: str
    district: str
    standard: str  # "JM05 干净整洁、无积水"
    description: str
    location: str
    dispatched_at: datetime | None
    due_at: datetime | None
    photos: Sequence[Path] = field(default_factory=tuple)  # small copies to embed


def write(out: Path, rows: Sequence[DispatchRow], *, city: str, round_name: str,
          unit: str, generated: datetime) -> Path:
    from openpyxl import Workbook
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet: Any = book.active
    sheet.title = SHEET_TITLE
    title = f"{city}{round_name} 问题整改交办单 · {unit}"
    example = rows[0].number if rows else "JM05-1A2B3C"
    heading(sheet, title, f"共 {len(rows)} 个问题。请在“整改措施”“完成时间”“整改责任人”“联系电话”"
                  "四栏填写后交回（电子表格或扫描件）；整改后照片放在表格旁，以编号命名（如 "
                  f"{example}.jpg）或在“整改后照片”栏写明文件名。"
                  f"生成于 {generated:%Y-%m-%d %H:%M}。", [c[0] for c in COLUMNS])
    sheet.row_dimensions[2].height = 2 * LINE_PT
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head_fill = PatternFill("solid", fgColor="E8EEF5")
    write_fill = PatternFill("solid", fgColor="FFF8E1")  # the unit's columns stand out
    for i, (name, width, _wrap) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
        cell = sheet.cell(HEADER_ROW, i)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        cell.fill = write_fill if name in WRITE_IN else head_fill
        cell.border = box
    photo_col = [c[0] for c in COLUMNS].index("整改前照片") + 1
    for n, row in enumerate(rows, start=HEADER_ROW + 1):
        values: list[Any] = [row.number, row.site, row.district or "未指定", row.standard,
                             row.description, row.location, _naive(row.dispatched_at),
                             _naive(row.due_at), "", "", None, "", "", ""]
        for i, value in enumerate(values, start=1):
            cell = sheet.cell(n, i, value)
            name, _width, wrap = COLUMNS[i - 1]
            cell.alignment = Alignment(wrap_text=wrap, vertical="top")
            cell.border = box
            if isinstance(value, datetime) or name == "完成时间":
                cell.number_format = TIME_FORMAT
            if name in WRITE_IN:
                cell.fill = write_fill
        lines = max(wrapped_lines(str(v or ""), COLUMNS[i][1]) for i, v in enumerate(values)
                    if COLUMNS[i][2])
        per_row = max(1, (COLUMNS[photo_col - 1][1] * 7) // (PHOTO_HEIGHT_PX * 4 // 3 + 4))
        photo_lines = -(-len(row.photos) // per_row) if row.photos else 0
        height = max(lines * LINE_PT, photo_lines * (PHOTO_HEIGHT_PX * 3 // 4 + 4), 3 * LINE_PT)
        sheet.row_dimensions[n].height = height
        for k, path in enumerate(row.photos):
            image = Image(str(path))
            scale = PHOTO_HEIGHT_PX / image.height
            image.height, image.width = PHOTO_HEIGHT_PX, int(image.width * scale)
            _anchor(image, sheet, n, photo_col, k % per_row, k // per_row)
            sheet.add_image(image)
    sheet.freeze_panes = f"B{HEADER_ROW + 1}"
    print_ready(sheet, title_rows=HEADER_ROW, left=f"{city} · {round_name}", right=unit)
    book.properties.title = title
    with output.writing(out) as part:
        part.write_bytes(xlsx.workbook_bytes(book))
    return out


def _anchor(image: Any, sheet: Any, row: int, column: int, across: int, down: int) -> None:
    """The image inside its cell, the `across`-th of its line, on line `down`."""
    from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
    from openpyxl.drawing.xdr import XDRPositiveSize2D
    from openpyxl.utils.units import pixels_to_EMU

    x = pixels_to_EMU(2 + across * (image.width + 4))
    y = pixels_to_EMU(2 + down * (PHOTO_HEIGHT_PX + 4))
    marker = AnchorMarker(col=column - 1, colOff=x, row=row - 1, rowOff=y)
    size = XDRPositiveSize2D(pixels_to_EMU(image.width), pixels_to_EMU(image.height))
    image.anchor = OneCellAnchor(_from=marker, ext=size)


def _naive(when: datetime | None) -> datetime | None:
    """A spreadsheet has no time zones: the city's wall-clock time (the header says it)."""
    return None if when is None else when.replace(tzinfo=None)
