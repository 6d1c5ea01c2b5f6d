"""交办单 as a PDF: the same rows as the spreadsheet, for a unit that prints and signs it —
A4 landscape, the header row on every page, city / round / unit above and 第 x 页 共 y 页
below, every before photo small in its row, and write-in columns wide enough to write in
by hand, with a line for the unit's signature and seal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer, Table, TableStyle

from .. import output
from .dispatch_sheet import DispatchRow
from .pdfkit import ReportDoc, lines_cell, para, register_font, section, table

HEADERS = ["编号", "点位 · 县市区", "测评标准", "问题描述 · 位置", "交办 · 期限", "整改前照片",
           "整改措施", "完成时间", "责任人 · 电话"]
# 267 mm in all: landscape A4 less the margins; the unit's columns (the last three) are
# wide enough for a handwritten line or two.
WIDTHS = [25 * mm, 26 * mm, 30 * mm, 37 * mm, 27 * mm, 34 * mm, 42 * mm, 21 * mm, 25 * mm]
PHOTO = 15 * mm  # each before photo's height: all of them, two to a line


def photo_grid(paths: Sequence[Path]) -> Flowable | str:
    """Every photo small, two to a line ("缺照片" without one)."""
    font = register_font()
    images: list[Any] = []
    for path in paths:
        img = Image(str(path))
        scale = PHOTO / img.imageHeight
        img.drawHeight, img.drawWidth = PHOTO, min(img.imageWidth * scale, 16 * mm)
        images.append(img)
    if not images:
        return "缺照片"
    lines = [images[i:i + 2] + [""] * (2 - len(images[i:i + 2]))
             for i in range(0, len(images), 2)]
    grid = Table(lines, colWidths=[16.5 * mm, 16.5 * mm])
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8),  # no stray Helvetica
                              ("LEFTPADDING", (0, 0), (-1, -1), 0.5),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0.5),
                              ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return grid


def _ruled(grid: Table) -> Table:
    """Every cell boxed: the unit writes in the empty ones by hand."""
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1"))]))
    return grid


def _when(value: datetime | None) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def write(out: Path, rows: Sequence[DispatchRow], *, city: str, round_name: str, unit: str,
          generated: datetime) -> Path:
    body: list[list[Any]] = [HEADERS]
    for r in rows:
        body.append([r.number, lines_cell(r.site, r.district or "未指定"), lines_cell(r.standard),
                     lines_cell(r.description, r.location),
                     lines_cell(_when(r.dispatched_at), f"至 {_when(r.due_at)}"),
                     photo_grid(r.photos), "", "", ""])
    story: list[Flowable] = [
        section(f"{city}{round_name} 问题整改交办单", "title", title=f"交办单 · {unit}"),
        para(f"责任单位：{unit}　共 {len(rows)} 个问题。请在整改期限内整改，填写整改措施、"
             "完成时间、责任人和电话，盖章后交回。", "center"),
        _ruled(table(body, WIDTHS, zebra=False)),
        Spacer(1, 8 * mm),
        para("责任单位（盖章）：＿＿＿＿＿＿＿＿＿＿　负责人签字：＿＿＿＿＿＿＿＿　"
             "日期：＿＿＿＿年＿＿月＿＿日"),
    ]
    with output.writing(out) as part:
        doc = ReportDoc(str(part), f"{city} · {round_name} · {unit}", generated, wide=True,
                        title=f"交办单 · {unit}")
        doc.render(story)
    return out
