"""Reading a site list (点位库) from CSV or XLSX into validated `Site` values.

Nothing is stored until every row is valid; each bad row is reported with its row
number as a spreadsheet shows it (the header is row 1).
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .domain import CoordSystem, Form, Site
from .errors import UserError
from .geo import to_wgs84
from .messages import QT_TRANSLATE_NOOP, Msg, Text

SITE_NAMESPACE = uuid.UUID("6f1c2b9e-3f7a-5b1e-9c55-0d3c1f2a8e41")
MAX_REPORTED = 20

HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("点位名称", "名称", "点位", "name", "site", "site name"),
    "category": ("点位类型", "类型", "点位类别", "category", "type", "site type"),
    "district": ("县市区", "县（市、区）", "县(市、区)", "区县", "所属区县", "district"),
    "street": ("街道", "乡镇街道", "街道（乡镇）", "street"),
    "address": ("地址", "详细地址", "address"),
    "responsible_unit": ("责任单位", "responsible unit", "responsible_unit", "unit"),
    "lat": ("纬度", "lat", "latitude"),
    "lon": ("经度", "lon", "lng", "longitude"),
    "coord_system": ("坐标系", "coord_system", "coordinate system", "crs"),
}
COORDS: dict[str, CoordSystem] = {
    "": CoordSystem.WGS84, "wgs-84": CoordSystem.WGS84, "wgs84": CoordSystem.WGS84,
    "gps": CoordSystem.WGS84, "gcj-02": CoordSystem.GCJ02, "gcj02": CoordSystem.GCJ02,
    "高德": CoordSystem.GCJ02, "腾讯": CoordSystem.GCJ02, "火星坐标": CoordSystem.GCJ02,
    "bd-09": CoordSystem.BD09, "bd09": CoordSystem.BD09, "百度": CoordSystem.BD09,
}

CANNOT_READ = QT_TRANSLATE_NOOP("registry.cannot_read", "{path}: cannot read: {error}")
NOT_CSV_OR_XLSX = QT_TRANSLATE_NOOP("registry.not_csv_or_xlsx",
                                    "{path}: site lists must be .csv or .xlsx files")
NOT_TEXT = QT_TRANSLATE_NOOP("registry.not_text", "{path}: the file is neither UTF-8 nor GBK text")
NOT_XLSX = QT_TRANSLATE_NOOP("registry.not_xlsx", "{path}: not a readable .xlsx workbook ({error})")
NO_COLUMN = QT_TRANSLATE_NOOP("registry.no_column",
                              "{path} row 1: no '{column}' ({english}) column in the header")
NO_COLUMNS = QT_TRANSLATE_NOOP(
    "registry.no_columns",
    "{path} row 1: no '{a}' ({a_en}) and '{b}' ({b_en}) column in the header")
EMPTY_FILE = QT_TRANSLATE_NOOP("registry.empty_file", "{path}: the file is empty")
NO_SITES = QT_TRANSLATE_NOOP("registry.no_sites", "{path}: no sites below the header")
ROW = QT_TRANSLATE_NOOP("registry.row", "{path} row {n}: {problem}")
BAD_ROWS = QT_TRANSLATE_NOOP("registry.bad_rows", "{rows}")  # one problem a line
MORE_BAD_ROWS = QT_TRANSLATE_NOOP("registry.more_bad_rows", "… and {n} more bad rows")
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("registry.nothing_imported", "nothing was imported")
REPEATS = QT_TRANSLATE_NOOP("registry.repeats", "'{name}' repeats row {row}")
NAME_EMPTY = QT_TRANSLATE_NOOP("registry.name_empty", "the site name is empty")
UNKNOWN_TYPE = QT_TRANSLATE_NOOP("registry.unknown_type", "unknown site type '{type}' for '{name}'")
LATITUDE = QT_TRANSLATE_NOOP("registry.latitude", "latitude")
LONGITUDE = QT_TRANSLATE_NOOP("registry.longitude", "longitude")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("registry.not_a_number", "{what} '{text}' is not a number")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("registry.out_of_range", "{what} {text} is outside {range}")
ONE_COORDINATE = QT_TRANSLATE_NOOP("registry.one_coordinate",
                                   "'{name}' has only one of latitude and longitude")
UNKNOWN_SYSTEM = QT_TRANSLATE_NOOP(
    "registry.unknown_system", "unknown coordinate system '{system}' (WGS-84, GCJ-02 or BD-09)")

def site_id(category_id: str, district: str, name: str) -> str:
    """Deterministic, so importing the same list again updates instead of duplicating."""
    return str(uuid.uuid5(SITE_NAMESPACE, f"site/{category_id}/{district}/{name}"))


def category_lookup(form: Form, aliases: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Every name a spreadsheet may use for a category → its id."""
    names: dict[str, str] = {}
    for cat in form.categories:
        for name in (cat.id, cat.name, cat.name_en, *cat.name.split("/"),
                     *aliases.get(cat.id, ())):
            if name:
                names[name.strip().lower()] = cat.id
    return names


def read_rows(path: Path) -> list[list[str]]:
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(CANNOT_READ(path=path, error=exc.strerror)) from None
    if suffix == ".xlsx":
        return _xlsx_rows(path, data)
    if suffix != ".csv":
        raise UserError(NOT_CSV_OR_XLSX(path=path))
    for encoding in ("utf-8-sig", "gb18030"):  # gb18030 is a superset of GBK
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [row for row in csv.reader(io.StringIO(text, newline=""))]
    raise UserError(NOT_TEXT(path=path))


def _xlsx_rows(path: Path, data: bytes) -> list[list[str]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise UserError(NOT_XLSX(path=path, error=type(exc).__name__)) from None
    sheet = book.worksheets[0]
    rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


@dataclass(frozen=True)
class _Columns:
    index: dict[str, int]

    def get(self, row: list[str], field: str) -> str:
        i = self.index.get(field)
        return row[i].strip() if i is not None and i < len(row) else ""


def _columns(path: Path, header: list[str]) -> _Columns:
    lookup = {alias.lower(): field for field, aliases in HEADERS.items() for alias in aliases}
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        field = lookup.get(cell.strip().lstrip("\ufeff").lower())
        if field is not None and field not in index:
            index[field] = i
    missing = [f for f in ("name", "category") if f not in index]
    if len(missing) == 2:
        raise UserError(NO_COLUMNS(path=path, a=HEADERS["name"][0], a_en=HEADERS["name"][-3],
                                   b=HEADERS["category"][0], b_en=HEADERS["category"][-3]))
    if missing:
        raise UserError(NO_COLUMN(path=path, column=HEADERS[missing[0]][0],
                                  english=HEADERS[missing[0]][-3]))
    return _Columns(index)


def parse_sites(path: Path, rows: Iterable[list[str]], categories: dict[str, str]) -> list[Site]:
    rows = list(rows)
    if not rows:
        raise UserError(EMPTY_FILE(path=path))
    cols = _columns(path, rows[0])
    errors: list[Msg] = []
    sites: list[Site] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            site = _site(cols, row, categories)
        except UserError as exc:
            errors.append(ROW(path=path, n=number, problem=exc))
            continue
        if site.id in seen:
            errors.append(ROW(path=path, n=number,
                              problem=REPEATS(name=site.name, row=seen[site.id])))
            continue
        seen[site.id] = number
        sites.append(site)
    if errors:
        more = len(errors) - MAX_REPORTED
        shown = errors[:MAX_REPORTED] + ([MORE_BAD_ROWS(n=more)] if more > 0 else [])
        raise UserError(BAD_ROWS(rows=[*shown, NOTHING_IMPORTED()]))
    if not sites:
        raise UserError(NO_SITES(path=path))
    return sites


def _coordinate(text: str, what: Text, limit: int) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise UserError(NOT_A_NUMBER(what=what(), text=text)) from None
    if not value.is_finite() or not -limit <= value <= limit:
        raise UserError(OUT_OF_RANGE(what=what(), text=text, range=f"-{limit}…{limit}"))
    return value


def _site(cols: _Columns, row: list[str], categories: dict[str, str]) -> Site:
    name = cols.get(row, "name")
    if not name:
        raise UserError(NAME_EMPTY())
    raw_category = cols.get(row, "category")
    category_id = categories.get(raw_category.lower())
    if category_id is None:
        raise UserError(UNKNOWN_TYPE(type=raw_category, name=name))
    lat = _coordinate(cols.get(row, "lat"), LATITUDE, 90)
    lon = _coordinate(cols.get(row, "lon"), LONGITUDE, 180)
    if (lat is None) != (lon is None):
        raise UserError(ONE_COORDINATE(name=name))
    raw_system = cols.get(row, "coord_system")
    system = COORDS.get(raw_system.lower())
    if system is None:
        raise UserError(UNKNOWN_SYSTEM(system=raw_system))
    wgs_lat = wgs_lon = None
    if lat is not None and lon is not None:
        wlat, wlon = to_wgs84(float(lat), float(lon), system)
        wgs_lat, wgs_lon = Decimal(f"{wlat:.7f}"), Decimal(f"{wlon:.7f}")
    district = cols.get(row, "district")
    return Site(
        id=site_id(category_id, district, name), name=name, category_id=category_id,
        district=district, street=cols.get(row, "street"), address=cols.get(row, "address"),
        responsible_unit=cols.get(row, "responsible_unit"), lat=lat, lon=lon,
        coord_system=system, wgs_lat=wgs_lat, wgs_lon=wgs_lon,
    )
