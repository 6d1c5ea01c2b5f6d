"""`inspector export`: sites, inspections, responses and problems as CSV, XLSX or JSON.

CSV is UTF-8 with a BOM so Excel (and WPS) shows the Chinese correctly; headers use the
same words as the app and the PDF (UI.md). JSON keys are English, for programs. Times are
in the city's zone (the `timezone` setting): ISO 8601 with its offset in CSV and JSON
(2026-11-20T14:05:00+08:00), date cells in XLSX with the zone in the column's header.
In XLSX coordinates are number cells and 得分率 a percentage cell (0.725 shown 72.5%),
and every sheet prints like the dispatch sheets (A4 landscape, one page wide, the header
row on every page, 第 x 页 / 共 y 页).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .. import clock, output
from ..domain import Kind, Outcome, ReviewState
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..scoring import inspection_score, percent1
from ..store import Store
from .data import gather
from .xlsx import (
    LINE_PT,
    format_times,
    print_ready,
    time_cell,
    time_header,
    workbook_bytes,
    wrapped_lines,
)

BAD_FORMAT = QT_TRANSLATE_NOOP(
    "report.bad_format",
    "--format must be csv, xlsx or json, not {format}")

OUTCOME = {Outcome.IN_PROGRESS: "进行中", Outcome.FINISHED: "已完成",
           Outcome.NOT_INSPECTABLE: "无法测评"}
REVIEW = {ReviewState.RECEIVED: "已接收", ReviewState.APPROVED: "已通过",
          ReviewState.FLAGGED: "有问题", ReviewState.REJECTED: "已退回",
          ReviewState.EDITED: "已修改"}
# (sheet name, json key, [(header, json field)])
TABLES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "sites": ("点位库", [("点位ID", "id"), ("点位名称", "name"), ("点位类型", "category"),
                       ("县（市、区）", "district"), ("街道", "street"), ("地址", "address"),
                       ("责任单位", "responsible_unit"), ("纬度", "lat"), ("经度", "lon"),
                       ("坐标系", "coord_system"), ("WGS-84纬度", "wgs_lat"),
                       ("WGS-84经度", "wgs_lon")]),
    "inspections": ("测评", [("测评ID", "id"), ("测评轮次", "round"), ("点位", "site"),
                           ("点位类型", "category"), ("县（市、区）", "district"),
                           ("测评员", "inspector"), ("状态", "outcome"), ("审核", "review"),
                           ("审核意见", "review_comment"), ("开始时间", "started_at"),
                           ("完成时间", "finished_at"), ("得分率", "rate")]),
    "responses": ("测评结果", [("测评ID", "inspection_id"), ("点位", "site"),
                             ("测评标准", "item_id"), ("标准内容", "item_text"),
                             ("结果", "result"), ("备注", "note")]),
    "problems": ("扣分问题", [("问题编号", "number"), ("点位", "site"),
                            ("县（市、区）", "district"), ("测评标准", "item_id"),
                            ("问题描述", "description"), ("数量", "count"),
                            ("位置", "location"), ("责任单位", "unit"), ("测评员", "inspector"),
                            ("时间", "time"), ("照片", "photos")]),
}
TIME_FIELDS = frozenset({"started_at", "finished_at", "time"})
# XLSX cells that are numbers: the field's number format (coordinates to ~0.1 m)
NUMBER_FORMATS = {"lat": "0.000000", "lon": "0.000000", "wgs_lat": "0.0000000",
                  "wgs_lon": "0.0000000", "rate": "0.0%"}
# Columns of long text: this wide, wrapped (the rest as wide as their header)
WRAPPED = {"name": 22, "address": 26, "responsible_unit": 22, "site": 20, "item_text": 40,
           "review_comment": 24, "note": 24, "description": 40, "location": 18, "unit": 22,
           "photos": 18}


def collect(store: Store, round_name: str | None) -> dict[str, list[dict[str, Any]]]:
    data = gather(store, round_name)
    form, rnd, zone = data.form, data.round, data.zone
    sites = {s.id: s for s in store.sites()}
    names = {c.id: c.name for c in form.categories}
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in TABLES}
    for s in sites.values():
        out["sites"].append({
            "id": s.id, "name": s.name, "category": names.get(s.category_id, s.category_id),
            "district": s.district, "street": s.street, "address": s.address,
            "responsible_unit": s.responsible_unit, "lat": _s(s.lat), "lon": _s(s.lon),
            "coord_system": str(s.coord_system), "wgs_lat": _s(s.wgs_lat),
            "wgs_lon": _s(s.wgs_lon)})
    rows = {r["id"]: r for r in store.rows("inspections", "round_id = ?", [rnd["id"]])}
    notes = {(r["inspection_id"], r["item_id"]): r["note"] for r in store.rows("responses")}
    for insp in store.inspections(rnd["id"]):
        site = sites.get(insp.site_id)
        category = form.category(site.category_id) if site else None
        score = inspection_score(category, insp) if category else None
        row = rows[insp.id]
        out["inspections"].append({
            "id": insp.id, "round": rnd["name"], "site": site.name if site else "",
            "category": category.name if category else "",
            "district": site.district if site else "", "inspector": insp.inspector,
            "outcome": OUTCOME[insp.outcome], "review": REVIEW[insp.review],
            "review_comment": row["review_comment"],
            "started_at": clock.iso(row["started_at"], zone),
            "finished_at": clock.iso(row["finished_at"], zone),
            "rate": "" if score is None else f"{percent1(score.ratio)}%"})
        for item in (category.items if category else ()):
            resp = insp.responses.get(item.id)
            if resp is None:
                continue
            out["responses"].append({
                "inspection_id": insp.id, "site": site.name if site else "",
                "item_id": item.id, "item_text": item.text, "result": _result(item.kind, resp,
                                                                              insp, item.id),
                "note": notes.get((insp.id, item.id), "")})
    for p in data.problems:
        out["problems"].append({
            "number": p.number, "site": p.site, "district": p.district or "未指定",
            "item_id": p.item_id, "description": p.description, "count": p.count,
            "location": p.location, "unit": p.unit, "inspector": p.inspector,
            "time": p.started_at,
            "photos": " ".join(f"{ph.sha256[:12]}.{ph.ext}" for ph in p.photos)})
    return out


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _result(kind: Kind, resp: Any, insp: Any, item_id: str) -> str:
    if resp.na:
        return "不适用"
    if kind is Kind.CHECK:
        return "符合" if resp.passed else "不符合"
    if kind is Kind.GRADE:
        return str(resp.level)
    if kind is Kind.QUOTA:
        return f"找到 {resp.found}"
    n = sum(p.count for p in insp.problems if p.item_id == item_id)
    return f"问题 {n} 处" if n else "符合"


def export(store: Store, fmt: str, out_dir: Path, round_name: str | None = None,
           progress: Callable[[str, int, int], None] | None = None) -> list[Path]:
    if fmt not in ("csv", "xlsx", "json"):
        raise UserError(BAD_FORMAT(format=fmt))
    tables = collect(store, round_name)
    zone = store.zone()
    place = " · ".join(t for t in (store.setting("city"), store.round(round_name)["name"]) if t)
    with output.several(out_dir) as written:
        if fmt == "json":
            written.append(output.write_text(out_dir / "inspector-export.json",
                                             json.dumps(tables, ensure_ascii=False, indent=1)))
        elif fmt == "csv":
            for key, (_, columns) in TABLES.items():
                buf = io.StringIO()
                writer = csv.writer(buf)
                writer.writerow([h for h, _ in columns])
                for row in tables[key]:
                    writer.writerow([row[f] for _, f in columns])
                # utf-8-sig: the BOM makes Excel read the file as UTF-8, not the code page
                written.append(output.write_text(out_dir / f"{key}.csv", buf.getvalue(),
                                                 "utf-8-sig"))
        else:
            written.append(_xlsx(tables, out_dir / "inspector-export.xlsx", zone, place))
    if progress is not None:
        progress("export", 1, 1)
    return written


def number_cell(field: str, value: object) -> Decimal | None:
    """A coordinate or 得分率 (as `collect` words it: "30.570000", "72.5%") as the number
    its cell holds — 得分率 as a fraction, 0.725 — or None for none."""
    text = str(value or "").strip()
    if not text:
        return None
    try:
        number = Decimal(text.removesuffix("%"))
    except InvalidOperation:
        return None
    return number / 100 if field == "rate" else number


def _cell(field: str, value: object, zone: clock.Zone) -> object:
    if field in TIME_FIELDS:
        return time_cell(value, zone)
    if field in NUMBER_FORMATS:
        return number_cell(field, value)
    return value


def _xlsx(tables: dict[str, list[dict[str, Any]]], path: Path, zone: clock.Zone,
          place: str) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    wrap, top = Alignment(wrap_text=True, vertical="top"), Alignment(vertical="top")
    for key, (title, columns) in TABLES.items():
        sheet = book.create_sheet(title)
        rows = tables[key]
        sheet.append([time_header(h, zone, [r[f] for r in rows]) if f in TIME_FIELDS else h
                      for h, f in columns])
        for n, row in enumerate(rows, start=2):
            sheet.append([_cell(f, row[f], zone) for _, f in columns])
            for i, (_, f) in enumerate(columns, start=1):
                cell = sheet.cell(n, i)
                cell.alignment = wrap if f in WRAPPED else top
                if f in NUMBER_FORMATS:
                    cell.number_format = NUMBER_FORMATS[f]
            lines = max((wrapped_lines(str(row[f] or ""), WRAPPED[f]) for _, f in columns
                         if f in WRAPPED), default=1)
            if lines > 1:  # LibreOffice does not grow a row for its wrapped text
                sheet.row_dimensions[n].height = lines * LINE_PT
        format_times(sheet, [i for i, (_, f) in enumerate(columns, start=1)
                             if f in TIME_FIELDS])
        for i, (header, f) in enumerate(columns, start=1):
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = (
                18 if f in TIME_FIELDS else WRAPPED.get(f, max(10, min(40, len(header) * 3))))
            sheet.cell(1, i).font = Font(bold=True)
            if f in TIME_FIELDS:  # a date cell too narrow shows ####; the zone wraps
                sheet.cell(1, i).alignment = Alignment(wrap_text=True)
        sheet.freeze_panes = "A2"
        print_ready(sheet, title_rows=1, left=place, right=title)
    with output.writing(path) as part:
        part.write_bytes(workbook_bytes(book))
    return path
