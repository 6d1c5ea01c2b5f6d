"""What every spreadsheet the reports write shares."""

from __future__ import annotations

import io
from typing import Any


def workbook_bytes(book: Any) -> bytes:
    """The workbook as bytes, saved in memory: openpyxl leaves its zip open when the disk
    fails under it (a warning at exit); in memory only our own write can fail."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
