"""What every spreadsheet the reports write shares."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from .. import clock

# How a time cell reads: the city's wall-clock time, to the minute (the cell holds seconds).
TIME_FORMAT = "yyyy-mm-dd hh:mm"
LINE_PT = 15  # one line of wrapped 10.5 pt text: a row's height per line


def workbook_bytes(book: Any) -> bytes:
    """The workbook as bytes, saved in memory: openpyxl leaves its zip open when the disk
    fails under it (a warning at exit); in memory only our own write can fail."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def time_cell(value: object, zone: clock.Zone) -> datetime | str | None:
    """A stored time as a real date cell: the city's wall-clock time without its offset
    (a spreadsheet has no zones; the header names it); a text that is not a time stays
    text; None for no time."""
    when = clock.naive(value, zone)
    if when is not None:
        return when
    return str(value) if value else None


def time_header(header: str, zone: clock.Zone, values: Iterable[object]) -> str:
    """The header of a time column with the zone its cells are in:
    时间（Asia/Shanghai，UTC+08:00）."""
    return f"{header}（{clock.zone_label(zone, [clock.in_zone(v, zone) for v in values])}）"


def format_times(sheet: Any, columns: Iterable[int]) -> None:
    """Show the date cells of these columns (1-based, below the header) as TIME_FORMAT."""
    for column in columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            if isinstance(cell.value, datetime):
                cell.number_format = TIME_FORMAT


def print_ready(sheet: Any, *, title_rows: int, left: str, right: str,
                landscape: bool = True) -> None:
    """A sheet that prints as people expect: A4, fitted to the page width (as many pages
    down as it takes), the title and header rows on every page, `left` / `right` in the
    page header and 第 x 页 / 共 y 页 in the footer."""
    setup = sheet.page_setup
    setup.orientation = "landscape" if landscape else "portrait"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"1:{title_rows}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddHeader.left.text = left
    sheet.oddHeader.right.text = right
    sheet.oddFooter.center.text = "第 &P 页 / 共 &N 页"


def wrapped_lines(text: str, width: int) -> int:
    """Lines `text` takes in a column `width` characters wide: a CJK character is about
    two of the narrow characters Excel's width counts."""
    total = 0
    for part in text.split("\n"):
        units = sum(2 if ord(ch) > 0x2E7F else 1 for ch in part)
        total += max(1, -(-units // max(1, width - 1)))
    return total


def heading(sheet: Any, title: str, note: str, headers: Sequence[str]) -> None:
    """Rows 1–3: the title (bold, across the table), a note under it, the header row."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.append([title])
    sheet.append([note])
    sheet.append(list(headers))
    last = get_column_letter(len(headers))
    for r in (1, 2):
        sheet.merge_cells(f"A{r}:{last}{r}")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.row_dimensions[1].height = 24
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")


# A column of a table sheet: (header, width in characters, kind). The kind says how its
# cells show: "wrap" (wrapped text), "text", or one of NUMBER_FORMATS.
Column = tuple[str, int, str]
NUMBER_FORMATS = {"time": TIME_FORMAT, "pct": "0.0%", "score": "0.00", "dec": "0.0",
                  "int": "0"}


def table_rows(sheet: Any, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *,
               ruled: bool = False) -> None:
    """Under `heading`'s rows: the header row styled and the columns sized, then one row
    per value list from row 4 — numbers in their formats, wrapped text with a row height
    that fits it (spreadsheets do not grow a row for wrapped text by themselves)."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin) if ruled else None
    fill = PatternFill("solid", fgColor="E8EEF5")
    for i, (_header, width, _kind) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
        cell = sheet.cell(3, i)
        cell.font, cell.fill = Font(bold=True), fill
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        if box is not None:
            cell.border = box
    for n, values in enumerate(rows, start=4):
        for i, value in enumerate(values, start=1):
            kind = columns[i - 1][2]
            cell = sheet.cell(n, i, value)
            cell.alignment = Alignment(wrap_text=kind == "wrap", vertical="top")
            if kind in NUMBER_FORMATS:
                cell.number_format = NUMBER_FORMATS[kind]
            if box is not None:
                cell.border = box
        lines = max((wrapped_lines(str(v or ""), columns[i][1]) for i, v in enumerate(values)
                     if columns[i][2] == "wrap"), default=1)
        sheet.row_dimensions[n].height = max(1, lines) * LINE_PT
