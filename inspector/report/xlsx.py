"""What every spreadsheet the reports write shares."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from .. import clock

# How a time cell reads: the city's wall-clock time, to the minute (the cell holds seconds).
TIME_FORMAT = "yyyy-mm-dd hh:mm"


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
