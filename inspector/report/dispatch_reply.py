"""A 交办单 sent back: the rows a unit filled in (整改措施, 完成时间, 整改责任人, 联系电话, and
the after photos it names or drops beside the sheet).

The columns are found by their headers, not their places, so a copy re-saved by another
spreadsheet program, with columns moved or a row inserted above, still reads. A cell
merged over several rows (one 整改措施 for three cases) gives its text to each of them. A
row left blank is not a reply; a 完成时间 that is neither a date cell nor a date written
out is named by file and row."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg

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
NO_SUCH_PHOTO = QT_TRANSLATE_NOOP(
    "dispatch.no_such_photo",
    "{file}, row {row} ({number}): the photo '{photo}' named in 整改后照片 is not in the "
    "folder {folder}")
BAD_ROWS = QT_TRANSLATE_NOOP(
    "dispatch.bad_rows", "{count} rows cannot be read, so nothing was entered:\n{rows}")

HEADERS = {"number": "编号", "measures": "整改措施", "done_at": "完成时间",
           "person": "整改责任人", "phone": "联系电话", "photos": "整改后照片"}
WRITTEN_DATE = re.compile(r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
                          r"(?:\s*(\d{1,2})[:：时](\d{2})分?)?\s*$")
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".webp")
NAME_SEPARATORS = re.compile(r"[;；,，、\n]+")
NUMBER_GOES_ON = re.compile(r"[0-9A-Za-z]")


@dataclass(frozen=True)
class Reply:
    row: int
    number: str
    measures: str
    done_at: datetime | None  # the city's wall-clock time, as written
    person: str
    phone: str
    photos: tuple[Path, ...] = field(default=())  # after photos: named, or named by number


def read(path: Path) -> list[Reply]:
    """The filled-in rows of a returned sheet; refused, naming every bad row, when one is."""
    replies, bad = rows(path)
    if bad:
        raise UserError(BAD_ROWS(count=len(bad), rows=bad))
    return replies


def rows(path: Path) -> tuple[list[Reply], list[Msg]]:
    """The filled-in rows of a returned sheet, each with its after photos (those its
    整改后照片 cell names, and those in the sheet's folder whose names begin with the case
    number: JM05-1A2B3C.jpg, JM05-1A2B3C-2.jpg, JM05-1A2B3C 整改后.jpg), and why each row
    that cannot be read cannot."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, data_only=True)  # not read-only: merged cells are needed
    except Exception as exc:  # a damaged or foreign file: said in one line
        raise UserError(UNREADABLE(file=path.name, why=type(exc).__name__)) from None
    bad: list[Msg] = []
    try:
        replies = list(_replies(path, book.worksheets, bad))
    finally:
        book.close()
    dropped = _dropped_photos(path.parent)
    return [_with_dropped(r, dropped) for r in replies], bad


def _grid(sheet: Any) -> list[list[Any]]:
    """The sheet's values, each merged range's value copied into every cell it covers."""
    grid = [["" if v is None else v for v in row] for row in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
            line = grid[r - 1]
            line.extend([""] * (merged.max_col - len(line)))
            for c in range(merged.min_col, merged.max_col + 1):
                line[c - 1] = "" if value is None else value
    return grid


def _replies(path: Path, sheets: list[Any], bad: list[Msg]) -> Iterator[Reply]:
    for sheet in sheets:
        columns: dict[str, int] | None = None
        for n, cells in enumerate(_grid(sheet), start=1):
            if columns is None:
                named = {str(v).strip(): i for i, v in enumerate(cells)}
                if HEADERS["number"] in named and HEADERS["measures"] in named:
                    columns = {k: named[h] for k, h in HEADERS.items() if h in named}
                continue
            reply = _reply(path, n, cells, columns)
            if isinstance(reply, Msg):
                bad.append(reply)
            elif reply is not None:
                yield reply
        if columns is not None:
            return
    raise UserError(NOT_A_DISPATCH_SHEET(file=path.name))


def _reply(path: Path, n: int, cells: list[Any], columns: dict[str, int]) -> Reply | Msg | None:
    """The row's reply, why it cannot be read, or None for a row left blank."""
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
    named = [p.strip() for p in NAME_SEPARATORS.split(str(cell("photos"))) if p.strip()]
    if not number or not any((measures, person, phone, str(done).strip(), named)):
        return None
    if not measures:
        return NO_MEASURES(file=path.name, row=n, number=number)
    if isinstance(done, datetime):
        done_at: datetime | None = done
    elif str(done).strip():
        done_at = _written_date(str(done))
        if done_at is None:
            return BAD_DONE_AT(file=path.name, row=n, number=number, text=str(done).strip())
    else:
        done_at = None
    photos = []
    for name in named:
        photo = path.parent / name
        if not photo.is_file():
            return NO_SUCH_PHOTO(file=path.name, row=n, number=number, photo=name,
                                 folder=str(path.parent))
        photos.append(photo)
    return Reply(n, number, measures, done_at, person, phone, tuple(photos))


def _dropped_photos(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir()
                      if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES)
    except OSError:
        return []


def _with_dropped(reply: Reply, dropped: list[Path]) -> Reply:
    """The reply with the photos beside the sheet named after its case: the number and
    then nothing, or a character that cannot continue a number (JM05-1A2B3C-2, not
    JM05-1A2B3CD)."""
    mine = [p for p in dropped if p.stem == reply.number or (
        p.stem.startswith(reply.number) and not NUMBER_GOES_ON.match(p.stem[len(reply.number)]))]
    extra = tuple(p for p in mine if p not in reply.photos)
    if not extra:
        return reply
    return Reply(reply.row, reply.number, reply.measures, reply.done_at, reply.person,
                 reply.phone, (*reply.photos, *extra))


def _written_date(text: str) -> datetime | None:
    m = WRITTEN_DATE.match(text)
    if m is None:
        return None
    y, mo, d, h, mi = (int(g) if g is not None else 0 for g in m.groups())
    try:
        return datetime(y, mo, d, h, mi)
    except ValueError:  # 2026-02-30
        return None
