"""A 交办单 sent back: the rows a unit filled in (整改措施, 完成时间, 整改责任人, 联系电话).

The columns are found by their headers, not their places, so a copy re-saved by another
spreadsheet program, with columns moved or a row inserted above, still reads. A row left
blank is not a reply; a 完成时间 that is neither a date cell nor a date written out is
named by file and row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP

NOT_A_DISPATCH_SHEET = QT_TRANSLATE_NOOP(
    "dispatch.not_a_sheet",
    "{file}: not a 交办单 — no row has the headers 编号 and 整改措施")
UNREADABLE = QT_TRANSLATE_NOOP("dispatch.unreadable", "{file}: cannot be read as XLSX ({why})")
BAD_DONE_AT = QT_TRANSLATE_NOOP(
    "dispatch.bad_done_at",
    "{file}, row {row} ({number}): 完成时间 '{text}' is not a date (write e.g. 2026-11-25 "
    "or 2026-11-25 16:30)")
NO_MEASURES = QT_TRANSLATE_NOOP(
    "dispatch.no_measures",
    "{file}, row {row} ({number}): 完成时间 or 整改责任人 is filled in but 整改措施 is "
    "empty; write what was done")

HEADERS = {"number": "编号", "measures": "整改措施", "done_at": "完成时间",
           "person": "整改责任人", "phone": "联系电话"}
WRITTEN_DATE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
                          r"(?:\s*(\d{1,2})[:：时](\d{2})分?)?\s*$")


@dataclass(frozen=True)
class Reply:
    row: int
    number: str
    measures: str
    done_at: datetime | None  # the city's wall-clock time, as written
    person: str
    phone: str


def read(path: Path) -> list[Reply]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged or foreign file: said in one line
        raise UserError(UNREADABLE(file=path.name, why=type(exc).__name__)) from None
    try:
        return list(_replies(path, book.worksheets))
    finally:
        book.close()


def _replies(path: Path, sheets: list[Any]) -> Iterator[Reply]:
    for sheet in sheets:
        rows = sheet.iter_rows(values_only=True)
        columns: dict[str, int] | None = None
        for n, values in enumerate(rows, start=1):
            cells = ["" if v is None else v for v in values]
            if columns is None:
                named = {str(v).strip(): i for i, v in enumerate(cells)}
                if HEADERS["number"] in named and HEADERS["measures"] in named:
                    columns = {k: named[h] for k, h in HEADERS.items() if h in named}
                continue
            reply = _reply(path, n, cells, columns)
            if reply is not None:
                yield reply
        if columns is not None:
            return
    raise UserError(NOT_A_DISPATCH_SHEET(file=path.name))


def _reply(path: Path, n: int, cells: list[Any], columns: dict[str, int]) -> Reply | None:
    def cell(name: str) -> Any:
        i = columns.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    number = str(cell("number")).strip()
    raw_phone = cell("phone")
    if isinstance(raw_phone, float) and raw_phone.is_integer():
        raw_phone = int(raw_phone)  # typed as a number: 13800138000, not 13800138000.0
    measures, person = (str(cell(k)).strip() for k in ("measures", "person"))
    phone = str(raw_phone).strip()
    done = cell("done_at")
    if not number or not any((measures, person, phone, str(done).strip())):
        return None
    if not measures:
        raise UserError(NO_MEASURES(file=path.name, row=n, number=number))
    if isinstance(done, datetime):
        done_at: datetime | None = done
    elif str(done).strip():
        done_at = _written_date(str(done))
        if done_at is None:
            raise UserError(BAD_DONE_AT(file=path.name, row=n, number=number,
                                        text=str(done).strip()))
    else:
        done_at = None
    return Reply(n, number, measures, done_at, person, phone)


def _written_date(text: str) -> datetime | None:
    m = WRITTEN_DATE.match(text)
    if m is None:
        return None
    y, mo, d, h, mi = (int(g) if g is not None else 0 for g in m.groups())
    try:
        return datetime(y, mo, d, h, mi)
    except ValueError:  # 2026-02-30
        return None
