"""整改前后对比: every case with after photos (a fix report's or a re-inspection's), one
block each — its number, site, district, standard, description, unit and state, its
before photos on the left and after photos on the right, each photo with the time it was
taken and where (its GPS position, or the case's location text)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from .. import clock, output
from ..cases import ledger
from ..cases.machine import Kind
from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP
from ..photos.importer import tree_of
from ..photos.tree import PhotoTree
from ..store import Store, case_rows
from . import case_docs
from .dispatch import ANY_UNIT
from .pdfkit import FONT, HEAD_BG, LINE, ReportDoc, lines_cell, para, table

NOTHING_AFTER = QT_TRANSLATE_NOOP(
    "before_after.nothing_after",
    "no case of {unit} has after photos yet: they come with a fix report or a re-inspection "
    "(inspector cases fix N --photo F)")

SIDE = 90 * mm  # each side of a block: portrait A4 is 180 mm between the margins
BOX_W, BOX_H = 42 * mm, 31.5 * mm  # a photo fits in this box, two to a line
EVENT_NAMES = {Kind.FIX: "整改反馈", Kind.PASS: "复查", Kind.FAIL: "复查未通过"}


@dataclass(frozen=True)
class Shot:
    path: Path | None  # None: the original is missing
    caption: tuple[str, str]  # when it was taken, where


@dataclass(frozen=True)
class Compared:
    case: ledger.LedgerCase
    standard: str
    before: list[Shot]
    after: list[Shot]


def compared(store: Store, unit: str | None = None) -> list[Compared]:
    """The cases with after photos (of `unit`), by unit, district, site and number."""
    zone = store.zone()
    cases = [c for c in ledger.ledger(store)
             if (unit is None or c.state.unit == unit) and any(e.photos
                                                               for e in c.state.history)]
    befores = case_rows.before_photos(store, [str(c.row["problem_id"]) for c in cases
                                              if c.row["problem_id"]])
    afters = case_rows.photos_by_sha(store, [sha for c in cases for e in c.state.history
                                             for sha in e.photos])
    tree, texts = tree_of(store), case_docs.standards(store)
    out = []
    for c in sorted(cases, key=lambda c: (c.state.unit, c.district, c.site, c.number)):
        where = str(c.row["location"])
        before = [_shot(tree, p, clock.in_zone(p["taken_at"], zone), "", where)
                  for p in befores.get(str(c.row["problem_id"] or ""), [])]
        after = [_shot(tree, afters.get(sha, {"sha256": sha, "ext": "jpg"}), taken,
                       EVENT_NAMES.get(e.kind, ""), where)
                 for e in c.state.history for sha, taken in sorted(e.photos.items())]
        out.append(Compared(c, case_docs.standard(c, texts), before, after))
    return out


def _shot(tree: PhotoTree, row: Mapping[str, Any], taken: datetime | None, label: str,
          where: str) -> Shot:
    found = case_docs.thumbs(tree, [row])
    when = case_docs.when_text(taken) or "时间不明"
    return Shot(found[0] if found else None,
                (f"{label} {when}".strip(), case_docs.place(row, where) or "位置不明"))


def write(store: Store, out: Path, unit: str | None = None) -> int:
    """整改前后对比 of every case with after photos (or only `unit`'s), in one PDF; how many
    cases it shows. None: a UserError, and no file."""
    cases = compared(store, unit)
    if not cases:
        raise UserError(NOTHING_AFTER(unit=unit or ANY_UNIT()))
    city, zone = store.setting("city"), store.zone()
    now = clock.now(zone)
    story: list[Flowable] = [
        para(f"{city} 问题整改前后对比".strip(), "title"),
        para(f"{'责任单位：' + unit + '　' if unit else ''}共 {len(cases)} 个问题有整改后照片"
             f"（截至 {now:%Y年%m月%d日 %H:%M}）。左为整改前，右为整改后；每张照片注明拍摄时间"
             "和位置。", "center"),
    ]
    shown_unit: str | None = None
    for c in cases:
        if c.case.state.unit != shown_unit:
            shown_unit = c.case.state.unit
            story.append(para(f"责任单位：{shown_unit or '未交办'}", "h1"))
        story.append(_block(c))
    with output.writing(out) as part:
        doc = ReportDoc(str(part), f"{city} · 问题整改前后对比", now.replace(tzinfo=None),
                        title=f"{city}问题整改前后对比")
        doc.render(story)
    return len(cases)


def _block(c: Compared) -> Flowable:
    s = c.case.state
    facts = table([
        ["编号", c.case.number, "状态", s.state.value],
        ["点位", f"{c.case.site} · {c.case.district or '未指定'}", "责任单位", s.unit or "—"],
        ["测评标准", lines_cell(c.standard), "返工", f"{s.rework} 次"],
        ["问题描述", lines_cell(str(c.case.row["description"]), str(c.case.row["location"])),
         "", ""],
    ], [20 * mm, 100 * mm, 20 * mm, 40 * mm], repeat=0, zebra=False)
    facts.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
                               ("BACKGROUND", (2, 0), (2, 2), HEAD_BG),
                               ("SPAN", (1, 3), (3, 3)),
                               ("GRID", (0, 0), (-1, -1), 0.4, LINE)]))
    photos = Table([["整改前", "整改后"], [_side(c.before), _side(c.after)]],
                   colWidths=[SIDE, SIDE])
    photos.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 1), (-1, 1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.4, LINE),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, LINE), ("LINEBELOW", (0, 0), (-1, 0), 0.4, LINE)]))
    return KeepTogether([facts, photos, Spacer(1, 6 * mm)])


def _side(shots: Sequence[Shot]) -> Flowable | str:
    if not shots:
        return "无照片"
    cells = [_photo(s) for s in shots]
    lines = [cells[i:i + 2] + [""] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    grid = Table(lines, colWidths=[SIDE / 2 - 1 * mm] * 2)
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 1),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
    return grid


def _photo(shot: Shot) -> list[Flowable]:
    caption = lines_cell(*shot.caption, style="small")
    if shot.path is None:
        return [para("缺照片", "center"), caption]
    img = Image(str(shot.path))
    scale = min(BOX_W / img.imageWidth, BOX_H / img.imageHeight)
    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
    return [img, caption]
