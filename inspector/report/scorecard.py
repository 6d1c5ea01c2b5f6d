"""The 40-point field-inspection scorecard (实地考察得分表) as a PDF a leader can sign.

Every figure is the scoring engine's (`ReportData.card`); this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Spacer

from .. import clock, messages, output
from ..domain import CategoryScore, SiteScore, SiteStatus
from ..photos.printing import PrintJob, make_prints
from ..photos.tree import PhotoTree
from ..state import notes_message
from .data import ReportData
from .pdfkit import (
    FONT,
    GREEN,
    GREY,
    RED,
    Paragraph,
    ReportDoc,
    lines_cell,
    para,
    register_font,
    section,
    styles,
    table,
)

Progress = Callable[[str, int, int], None]
DASH = "—"
STRICT = "一票否决"
NO_REASON = "未填写原因"


def _d(value: Decimal | None, suffix: str = "") -> str:
    return DASH if value is None else f"{value}{suffix}"


def _points(value: Decimal) -> str:
    return f"{value.normalize():f}"


def header_text(data: ReportData) -> str:
    """The running header: city · round · form, 实地考察 once (most forms' titles say it)."""
    city = f"{data.city} · " if data.city else ""
    field = "" if "实地考察" in data.form.title else "实地考察 · "
    return f"{city}{data.round['name']} · {field}{data.form.title} v{data.form.version}"


def headline(data: ReportData) -> list[Flowable]:
    card = data.card
    out: list[Flowable] = [section(f"{data.city}实地考察得分表", "title", title="得分概况")]
    line = f"{card.total} / {card.points_inspected}"
    out.append(para(line, "big"))
    sub = [f"得分率 {_d(card.rate, '%')}", f"失分 {card.lost}"]
    if card.projected is not None:
        sub.insert(0, f"折算满分{_points(card.total_points)}分：{card.projected}")
    out.append(para(" · ".join(sub), "center"))
    if data.notes:
        out.append(para(f"（{messages.render(notes_message(data.notes), 'zh')}）", "center"))
    out.append(Spacer(1, 4 * mm))
    return out


def comparison(data: ReportData) -> list[Flowable]:
    card = data.card
    rows: list[list[Any]] = [["对比", "得分", "分值", "差值"]]
    for b in data.baselines:
        rows.append([b.label, str(b.value), str(card.total_points),
                     _signed(card.total - b.value) if card.points_inspected ==
                     card.total_points else DASH])
    for e in data.earlier:
        rows.append([e.name, str(e.total), str(e.points_inspected),
                     _signed(card.total - e.total) if e.points_inspected ==
                     card.points_inspected else DASH])
    if len(rows) == 1:
        return []
    rows.insert(1, [f"本轮 {data.round['name']}", str(card.total), str(card.points_inspected),
                    ""])
    return [para("与基准和往轮对比", "h2"),
            table(rows, [80 * mm, 30 * mm, 30 * mm, 30 * mm], right=(1, 2, 3))]


def _signed(x: Decimal) -> str:
    return f"+{x}" if x > 0 else str(x)


class RateChart(Flowable):
    """Score rate by site type, one bar each, worst first; 'not inspected' shown as such."""

    def __init__(self, categories: tuple[CategoryScore, ...], width: float) -> None:
        super().__init__()
        self.categories = [c for c in categories]
        self.width = width
        self.row = 4.2 * mm
        self.height = self.row * len(self.categories) + 8 * mm

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        register_font()
        label_w = 38 * mm
        bar_w = self.width - label_w - 16 * mm
        d = Drawing(self.width, self.height)
        d.initialFontName = FONT  # else the drawing starts in Helvetica (not embedded)
        top = self.height - 6 * mm
        for pct in (0, 50, 80, 100):
            x = label_w + bar_w * pct / 100
            d.add(Line(x, 2 * mm, x, top + 2 * mm, strokeColor=colors.HexColor("#d0d7de"),
                       strokeWidth=0.4))
            d.add(String(x, top + 3 * mm, f"{pct}%", fontName=FONT, fontSize=6,
                         fillColor=GREY, textAnchor="middle"))
        ordered = sorted(self.categories,
                         key=lambda c: (c.rate is None, c.rate if c.rate is not None else 0))
        for i, c in enumerate(ordered):
            y = top - (i + 1) * self.row
            d.add(String(label_w - 2 * mm, y + 1 * mm, c.name, fontName=FONT, fontSize=6.5,
                         textAnchor="end"))
            if c.rate is None:
                d.add(String(label_w + 1 * mm, y + 1 * mm, "未测评", fontName=FONT,
                             fontSize=6.5, fillColor=GREY))
                continue
            w = bar_w * float(c.rate) / 100
            colour = GREEN if c.rate >= 80 else (RED if c.rate < 60 else
                                                 colors.HexColor("#ef8f00"))
            d.add(Rect(label_w, y + 0.4 * mm, w, self.row - 1.2 * mm, fillColor=colour,
                       strokeColor=None))
            d.add(String(label_w + w + 1 * mm, y + 1 * mm, f"{c.rate}%", fontName=FONT,
                         fontSize=6.5))
        d.drawOn(self.canv, 0, 0)


def category_table(data: ReportData) -> Flowable:
    card = data.card
    rows: list[list[Any]] = [["点位类型", "分值", "抽样点位数", "已测评点位数", "得分", "得分率",
                              "失分"]]
    for c in card.categories:
        rows.append([c.name, str(c.points), str(c.sites_sampled), str(c.sites_inspected),
                     str(c.score) if c.inspected else "未测评", _d(c.rate, "%"), _d(c.lost)])
    rows.append(["合计", str(card.points_inspected),
                 str(sum(c.sites_sampled for c in card.categories)),
                 str(sum(c.sites_inspected for c in card.categories)), str(card.total),
                 _d(card.rate, "%"), str(card.lost)])
    return table(rows, [52 * mm, 17 * mm, 22 * mm, 25 * mm, 19 * mm, 19 * mm, 17 * mm],
                 right=(1, 2, 3, 4, 5, 6), total_row=True)


def _strict(data: ReportData, c: CategoryScore) -> bool:
    category = data.form.category(c.category_id)
    return bool(category and category.strict)


def _zero(s: SiteScore) -> bool:
    return s.status is SiteStatus.INSPECTED and s.rate is not None and s.rate == 0


def _reason(s: SiteScore) -> str:
    return s.reason or NO_REASON


def table_notes(data: ReportData) -> list[Flowable]:
    """What the table's figures need said under it: the strict site types where one failed
    standard fails the whole inspection (and how many of their sites that left at 0.0 %),
    and each site that could not be inspected with its reason."""
    out: list[str] = []
    for c in data.card.categories:
        if _strict(data, c) and c.inspected:
            zero = sum(1 for s in c.sites if _zero(s))
            out.append(f"{c.name}实行{STRICT}：任一测评标准不达标，该次测评即得 0 分"
                       + (f"（本轮 {zero} 个点位得分率 0.0%）。" if zero else "。"))
    for c in data.card.categories:
        for s in c.sites:
            if s.status is SiteStatus.NOT_INSPECTABLE:
                out.append(f"{c.name} {s.name} 无法测评，原因：{_reason(s)}；不计入得分。")
    return [para("注：" + text, "small") for text in out]


def top_items(data: ReportData, limit: int = 20) -> list[Flowable]:
    losses = sorted((i for c in data.card.categories for i in c.item_losses),
                    key=lambda i: (-i.shown, i.item_id))[:limit]
    if not losses:
        return []
    names = {c.category_id: c.name for c in data.card.categories}
    rows: list[list[Any]] = [["标准", "点位类型", "测评标准", "失分"]]
    rows += [[i.item_id, names.get(i.category_id, ""), i.text, str(i.shown)] for i in losses]
    return [section(f"失分最多的测评标准（前 {len(losses)} 项）", title="失分最多的测评标准"),
            table(rows, [16 * mm, 32 * mm, 115 * mm, 16 * mm], right=(3,))]


def districts(data: ReportData) -> list[Flowable]:
    if not data.card.districts:
        return []
    rows: list[list[Any]] = [["名次", "县（市、区）", "得分率", "已测评点位数"]]
    rows += [[str(d.rank) if d.rank else DASH, d.district or "未指定", _d(d.rate, "%"),
              str(d.sites_inspected)] for d in data.card.districts]
    return [section("县（市、区）排名"),
            table(rows, [20 * mm, 60 * mm, 30 * mm, 30 * mm], right=(0, 2, 3))]


def per_category(data: ReportData) -> list[Flowable]:
    by_site: dict[str, list[str]] = {}  # by site id: two sites may share a name
    for p in data.problems:
        by_site.setdefault(p.site_id, []).append(
            f"{p.item_id} {p.description}" + (f"（{p.count}处）" if p.count > 1 else ""))
    out: list[Flowable] = [PageBreak(), section("各类点位测评情况")]
    status = {SiteStatus.INSPECTED: "", SiteStatus.NOT_INSPECTED: "未完成",
              SiteStatus.NOT_INSPECTABLE: "无法测评"}
    for c in data.card.categories:
        head = f"{c.name}　分值 {c.points}　得分 {_d(c.score)}　得分率 {_d(c.rate, '%')}"
        strict = _strict(data, c)
        rows: list[list[Any]] = [["点位", "县（市、区）", "得分率", "扣分问题"]]
        for s in c.sites:
            problems = "；".join(by_site.get(s.site_id, [])) or ("无" if s.rate else "")
            if s.status is SiteStatus.NOT_INSPECTABLE:
                problems = f"无法测评原因：{_reason(s)}"
            rate: Any = _d(s.rate, "%") if s.status is SiteStatus.INSPECTED \
                else status[s.status]
            if strict and _zero(s):
                rate = lines_cell(rate, STRICT, style="cell_right")
            rows.append([s.name, s.district or "未指定", rate, problems])
        heading: list[Flowable] = [section(head, "h2", 1, c.name)]
        if strict:
            heading.append(para(f"本类点位实行{STRICT}：任一测评标准不达标，该次测评即得 0 分。",
                                "small"))
        out.append(KeepTogether([*heading, table(rows, [42 * mm, 24 * mm, 18 * mm, 96 * mm],
                                                 right=(2,))]))
    return out


def sign_off() -> list[Flowable]:
    rows = [["测评员（签字）", "", "督导（签字）", "", "日期", ""]]
    t = table(rows, [28 * mm, 35 * mm, 26 * mm, 35 * mm, 14 * mm, 30 * mm], repeat=0,
              zebra=False)
    return [Spacer(1, 10 * mm), KeepTogether([section("审核签字", "h2"), t])]


def appendix(data: ReportData, root: Path, progress: Progress | None) -> list[Flowable]:
    with_photos = [p for p in data.problems if p.photos]
    jobs = [PrintJob(str(root), ph.sha256, ph.ext, ph.original_present, ph.text)
            for p in with_photos for ph in p.photos]
    paths = make_prints(jobs, (lambda d, t: progress("photos", d, t)) if progress else None)
    out: list[Flowable] = [PageBreak(), section("附：扣分问题照片")]
    if not data.problems:
        return [*out, para("本轮没有扣分问题。")]
    st = styles()
    cells: list[list[Flowable]] = []
    n = 0
    for p in data.problems:
        head = Paragraph(f"<b>{p.number}</b> {p.site}（{p.district or '未指定'}）<br/>"
                         f"{p.item_id} {p.description} · 责任单位：{p.unit}", st["small"])
        placed = 0
        for _ in p.photos:
            path = paths[n]
            n += 1
            if path is not None:
                img = Image(path)
                scale = min(84 * mm / img.imageWidth, 60 * mm / img.imageHeight)
                img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                cells.append([head, Spacer(1, 1 * mm), img])
                placed += 1
        if not placed:
            missing = "缺少照片（该标准要求附照片）" if p.photo_required else "无照片"
            cells.append([head, Spacer(1, 1 * mm), para(missing, "small")])
    grid = [cells[i:i + 2] + [[]] * (2 - len(cells[i:i + 2])) for i in range(0, len(cells), 2)]
    out.append(table(grid, [90 * mm, 90 * mm], repeat=0, zebra=False))
    return out


def build_scorecard(data: ReportData, out: Path, root: Path, *, with_appendix: bool = True,
                    generated: datetime | None = None, progress: Progress | None = None) -> Path:
    """Write the scorecard PDF (through out.part, renamed when complete)."""
    when = clock.to_zone(generated or clock.now(data.zone), data.zone)
    with output.writing(out) as part:
        doc = ReportDoc(str(part), header_text(data), when, title="实地考察得分表",
                        invariant=generated is not None)
        story: list[Flowable] = [*headline(data), *comparison(data)]
        story += [section("各类点位得分率", "h2"), RateChart(data.card.categories, doc.width)]
        # The whole table on one page: after the chart if it fits there, else on the next.
        story.append(KeepTogether([section("得分表（按失分排序）", title="得分表"),
                                   category_table(data), *table_notes(data)]))
        story += [*top_items(data), *districts(data), *per_category(data), *sign_off()]
        if with_appendix:
            story += appendix(data, root, progress)
        if progress is not None:
            progress("layout", 0, 1)
        doc.render(story)
    if progress is not None:
        progress("layout", 1, 1)
    return out


def photo_root(tree: PhotoTree) -> Path:
    return tree.root.parent
