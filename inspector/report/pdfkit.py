"""The PDF basics every report shares: the embedded CJK font, styles, the A4 page with
its header and "第 x 页 共 y 页" footer, tables with the project's look, Chinese line
breaking (禁则) in every paragraph and cell, and the document's title, language and
bookmarks."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from ..fonts import cjk_font_path

# Images go into the PDF as they are, not ASCII85-encoded: 25 % smaller files and three
# times faster builds with hundreds of photos (measured in bench/report.py).
rl_config.useA85 = 0

FONT = "InspectorCJK"
GREEN = colors.HexColor("#2e7d32")
RED = colors.HexColor("#c62828")
GREY = colors.HexColor("#757575")
HEAD_BG = colors.HexColor("#e8eef5")
LINE = colors.HexColor("#9aa5b1")
LANG = "zh-CN"  # the catalog's /Lang: screen readers and search read the text as Chinese

# 禁则 (line-start and line-end rules): ReportLab's own tables (Japanese kinsoku) with the
# Chinese full-width punctuation they lack — ReportLab's CJK wrap lets "；" "：" "，" "》"
# start a line and never looks at the line's end.
CANNOT_START = frozenset(ALL_CANNOT_START + "，；：！？）》〉〗〙〛」』】〕…‥·・％”’")
CANNOT_END = frozenset(ALL_CANNOT_END + "（《〈〖〘〚「『【〔“‘")


def register_font() -> str:
    """The TrueType CJK font, embedded and subset by ReportLab (the PDF reads the same on
    a computer without Chinese fonts)."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        path, index = cjk_font_path()
        pdfmetrics.registerFont(TTFont(FONT, str(path), subfontIndex=index))
    return FONT


def styles() -> Mapping[str, ParagraphStyle]:
    """The styles every report uses: made once (a 交办单 asks for them for every cell)."""
    return _styles()


@functools.cache
def _styles() -> Mapping[str, ParagraphStyle]:
    register_font()
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12.5, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24,
                                alignment=TA_CENTER, spaceAfter=4 * mm),
        "h1": ParagraphStyle("h1", parent=base, fontSize=13, leading=18, spaceBefore=5 * mm,
                             spaceAfter=2.5 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontSize=10.5, leading=14,
                             spaceBefore=3.5 * mm, spaceAfter=1.5 * mm),
        "big": ParagraphStyle("big", parent=base, fontSize=26, leading=32,
                              alignment=TA_CENTER),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10.5),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=10.5,
                                     alignment=TA_RIGHT),
    }


def _breakable(chars: Sequence[str], at: int) -> bool:
    """May a line end before chars[at]? Not before a closing mark (，。；：）》…), not after
    an opening one (（《「), and not inside a run of Latin letters or digits (ZC01, 72.5%)."""
    before, after = chars[at - 1], chars[at]
    if after in CANNOT_START or before in CANNOT_END:
        return False
    return not (_latin(before) and _latin(after))


def _latin(ch: str) -> bool:
    return bool(ch) and ord(ch[0]) < 0x3000 and not ch.isspace()


def break_points(chars: Sequence[str], widths: Sequence[float],
                 max_widths: Sequence[float], hard: Sequence[bool]) -> list[tuple[int, int]]:
    """(start, end) of each line: as many characters as fit, then moved back to the
    nearest place the rules allow (at most half the line back; a line with none is cut
    where it is full). `hard`: a forced break (<br/>) after that character."""
    lines: list[tuple[int, int]] = []
    start, n = 0, len(chars)
    while start < n:
        room = max_widths[min(len(lines), len(max_widths) - 1)]
        end, used, forced = start, 0.0, False
        while end < n:
            if used + widths[end] > room + _FUZZ and end > start:
                break
            used += widths[end]
            end += 1
            if hard[end - 1]:
                forced = True
                break
        if not forced and end < n:
            end = next((b for b in range(end, max(start + 1, (start + end) // 2) - 1, -1)
                        if _breakable(chars, b)), end)
        lines.append((start, end))
        start = end
        if not forced:
            while start < n and chars[start] == " ":  # no space begins a wrapped line
                start += 1
    return lines


class Paragraph(_Paragraph):
    """A paragraph whose CJK wrap keeps the line-start and line-end rules (禁则)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:
        if getattr(self, "_splitpara", 0) and hasattr(self, "blPara"):
            return self.blPara  # the part of a split that stays: its lines are known
        if self.bulletText or self.style.endDots:
            return super().breakLinesCJK(maxWidths)
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        frags = self.frags
        if not frags:
            return super().breakLinesCJK(widths)
        chars: list[Any] = []
        for f in frags:
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            chars.extend(cjkU(t, f, "utf8") for t in text or [""])  # "": <br/>, image
        hard = [hasattr(c.frag, "lineBreak") for c in chars]
        calc = getattr(self, "autoLeading", getattr(self.style, "autoLeading", "")) \
            not in ("", "off")
        lines: list[Any] = []
        for start, end in break_points(chars, [c.width for c in chars], widths, hard):
            room = widths[min(len(lines), len(widths) - 1)]
            used = sum(c.width for c in chars[start:end])
            lines.append(makeCJKParaLine(chars[start:end], room, used, room - used,
                                         hard[end - 1], calc))
        return ParaLines(kind=1, lines=lines)


class NumberedCanvas(Canvas):
    """Keeps every page until the end, so the footer can say how many pages there are;
    the bookmarks of each page are bound when it is written (before, every page is
    still the first to ReportLab)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = register_font()  # no stray, unembedded Helvetica
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str, int, float]] = []
        self.footer: Callable[[Canvas, int, int], None] | None = None

    def mark(self, title: str, level: int, top: float) -> None:
        """A bookmark (outline entry) `title` at `level`, to this page at height `top`."""
        self._marks.append((title, level, top))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        n = 0
        for state in self._pages:
            self.__dict__.update(state)
            if self.footer is not None:
                self.footer(self, self._pageNumber, total)
            for title, level, top in self._marks:
                n += 1
                self.bookmarkHorizontalAbsolute(f"s{n}", top)
                self.addOutlineEntry(title, f"s{n}", level)
            super().showPage()
        if n:
            self.showOutline()
        super().save()


class SectionMark(Flowable):
    """Where a section of a document starts (a unit's 督办单 in one file for all units):
    its pages are numbered on their own, "{name} · 第 x 页 共 y 页"."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class ReportDoc(BaseDocTemplate):
    """A4 (portrait or landscape) with a header line and a numbered footer (numbered per
    section when the story has SectionMarks)."""

    def __init__(self, target: Any, header: str, generated: datetime, *, title: str,
                 wide: bool = False, **kw: Any) -> None:
        size = landscape(A4) if wide else A4
        super().__init__(target, pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                         topMargin=18 * mm, bottomMargin=16 * mm, title=title,
                         author="inspector", creator="inspector", subject=header, lang=LANG,
                         **kw)
        self.header = header
        self.generated = generated
        self.sections: list[tuple[int, str]] = []  # (first page, name), from SectionMarks
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._header)])

    def _header(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(self.leftMargin, height - 11 * mm, self.header)
        canvas.setStrokeColor(LINE)
        canvas.line(self.leftMargin, height - 12.5 * mm, width - self.rightMargin,
                    height - 12.5 * mm)
        canvas.restoreState()

    def footer(self, canvas: Canvas, page: int, total: int) -> None:
        width, _ = self.pagesize
        label = ""
        if self.sections and page >= self.sections[0][0]:
            n = max(i for i, (first, _) in enumerate(self.sections) if first <= page)
            first, label = self.sections[n]
            last = self.sections[n + 1][0] - 1 if n + 1 < len(self.sections) else total
            page, total, label = page - first + 1, last - first + 1, f"{label} · "
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(width / 2, 9 * mm, f"{label}第 {page} 页 共 {total} 页")
        canvas.drawRightString(width - self.rightMargin, 9 * mm,
                               "生成时间 " + self.generated.strftime("%Y-%m-%d %H:%M"))
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        """A SectionMark starts a section's own page numbers; a heading made by `section`
        becomes a bookmark to where it stands."""
        if isinstance(flowable, SectionMark):
            self.sections.append((self.page, flowable.name))
        outline = getattr(flowable, "outline", None)
        if outline is not None and isinstance(self.canv, NumberedCanvas):
            top = self.frame._y + getattr(flowable, "height", 0)
            self.canv.mark(outline[0], outline[1], top)

    def render(self, story: Sequence[Flowable]) -> None:
        doc = self

        class _Canvas(NumberedCanvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self.footer = doc.footer

        self.build(list(story), canvasmaker=_Canvas)


class CellParagraph(Paragraph):
    """A Paragraph that breaks its lines once for a width: a table wraps every cell to
    measure its rows, again for each page it is split over, and again to draw it — a
    交办单 of a city's cases spent most of its time breaking the same CJK lines."""

    _broken: tuple[float, Any, float] | None = None  # width asked, lines, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._broken is not None and self._broken[0] == availWidth:
            _, self.blPara, self.height = self._broken
            self.width = availWidth
            return availWidth, self.height
        width, height = super().wrap(availWidth, availHeight)
        if width == availWidth:  # not the "cannot fit here" answer
            self._broken = (availWidth, self.blPara, height)
        return width, height


def table(rows: Sequence[Sequence[Any]], widths: Sequence[float], *, right: Sequence[int] = (),
          total_row: bool = False, repeat: int = 1, zebra: bool = True) -> Table:
    """A table with a shaded header, thin rules, numbers right-aligned."""
    st = styles()
    cells = [[c if isinstance(c, Flowable) else CellParagraph(_escape(str(c)), st["cell"])
              if isinstance(c, str) and len(c) > 8 else c for c in row] for row in rows]
    t = Table(cells, colWidths=list(widths), repeatRows=repeat)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, LINE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE" if repeat else "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
    ]
    if repeat:
        commands += [("BACKGROUND", (0, 0), (-1, repeat - 1), HEAD_BG),
                     ("LINEBELOW", (0, repeat - 1), (-1, repeat - 1), 0.5, LINE)]
    for col in right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if zebra:
        for r in range(repeat + 1, len(rows) - (1 if total_row else 0), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f6f8fa")))
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.5, LINE),
                     ("BACKGROUND", (0, -1), (-1, -1), HEAD_BG)]
    t.setStyle(TableStyle(commands))
    return t


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_cell(*lines: str, style: str = "cell") -> CellParagraph:
    """A table cell of several lines (a Paragraph's text ignores its newlines); empty
    lines are left out. `style="cell_right"` for a column of numbers."""
    return CellParagraph("<br/>".join(_escape(t) for t in lines if t), styles()[style])


def para(text: str, style: str = "base") -> Paragraph:
    return Paragraph(_escape(text), styles()[style])


def section(text: str, style: str = "h1", level: int = 0, title: str = "") -> Paragraph:
    """A heading that is also a bookmark (`title`, else its text) at `level`."""
    heading = para(text, style)
    heading.outline = (title or text, level)
    return heading
