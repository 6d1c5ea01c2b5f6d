"""The scorecard, the problem list and the export as they print and as a reader's PDF
viewer shows them: Chinese line breaking (禁则), the 40-point table on one page, the notes
a strict site type and a site that could not be inspected need, the running header, the
document's title, language and bookmarks, and the export's cells and print setup."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import Paragraph as PlainParagraph
from synckit import demo_supervisor, ok, opened

from inspector.report import pdfkit
from inspector.report.xlsx import TIME_FORMAT

CLOSING = "，。；：、）》」』】？！…"
OPENING = "（《「『【"
CELL = 8  # pt: the table cells' font size, every CJK character as wide as it


@pytest.fixture
def city(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def lines_of(paragraph: Any, width: float) -> list[str]:
    """The lines a paragraph is broken into at this width, as text."""
    paragraph.wrap(width, 10_000)
    para = paragraph.blPara
    if para.kind == 0:
        return ["".join(words) for _, words in para.lines]
    return ["".join(f.text for f in line.words) for line in para.lines]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pages_of(pdf: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def broken_badly(lines: list[str]) -> list[str]:
    return [t for t in (s.strip() for s in lines) if t and (t[0] in CLOSING or t[-1] in OPENING)]


# ---- 禁则 ----


@pytest.mark.parametrize("text", [
    "一二三四五六七八九十；十一十二",  # "；" would begin line 2
    "一二三四五六七八九十）十一十二",  # "）" would begin line 2 (ReportLab hangs it outside)
    "一二三四五六七八九（十）十一十二",  # "（" would end line 1
    "一二三四五六七八九十》；十一",  # two closing marks in a row
])
def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one(text: str) -> None:
    width = 10 * CELL + 0.5  # ten characters a line
    style = pdfkit.styles()["cell"]
    plain = lines_of(PlainParagraph(text, style), width)
    assert broken_badly(plain) or max(len(t) for t in plain) > 10  # what the rule prevents
    for made in (pdfkit.para(text, "cell"), pdfkit.lines_cell(text),
                 pdfkit.table([["head"], [text + "。"]], [width + 12])._cellvalues[1][0]):
        lines = lines_of(made, width)
        assert not broken_badly(lines), lines
        assert all(len(t) <= 10 for t in lines), lines  # nothing hangs past the cell
        assert "".join(lines).startswith(text)


def test_latin_words_and_forced_breaks_stay_as_they_were() -> None:
    lines = lines_of(pdfkit.para("测评标准ZC01仅找到0处，要求3处", "cell"), 10 * CELL + 0.5)
    assert "ZC01" in "|".join(lines) and not broken_badly(lines)
    assert lines_of(pdfkit.lines_cell("第一行", "第二行"), 200) == ["第一行", "第二行"]


def test_the_scorecards_lines_keep_the_rules(city: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    ok(city, "report", "scorecard", "--out", str(out), "--no-appendix")
    lines = [line for page in pages_of(out) for line in page.splitlines()]
    assert len(lines) > 500 and not broken_badly(lines), broken_badly(lines)[:5]


# ---- the scorecard ----


def test_the_40_point_table_is_on_one_page(city: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    ok(city, "report", "scorecard", "--out", str(out), "--no-appendix")
    score = dict(json.loads(ok(city, "score", "--json").out))
    pages = [flat(p) for p in pages_of(out)]
    [table_page] = [p for p in pages if "点位类型 分值 抽样点位数 已测评点位数" in p]
    assert f"合计 {score['points_inspected']}" in table_page
    for cat in score["categories"]:
        rate = f"{cat['rate']}%" if cat["rate"] is not None else "—%"
        score_text = cat["score"] if cat["score"] is not None else "未测评"
        row = f"{cat['name']} {cat['points']} {cat['sites_sampled']} " \
              f"{cat['sites_inspected']} {score_text} {rate}"
        assert row in table_page, row
    assert len(score["categories"]) == 27
    assert f"{score['total']} / {score['points_inspected']}" in pages[0]  # the headline


def test_strict_types_and_sites_not_inspected_say_why(city: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    ok(city, "report", "scorecard", "--out", str(out), "--no-appendix")
    text = flat(" ".join(pages_of(out)))
    for name in ("乡镇", "小广场/小游园"):  # strict in the form, with sites at 0.0 % in the demo
        assert f"{name}实行一票否决：任一测评标准不达标，该次测评即得 0 分" in text
    assert "0.0% 一票否决" in text  # at each site the rule put at 0.0 %
    assert text.count("本类点位实行一票否决") == 2
    assert "花园路地块项目工地 无法测评，原因：工地停工封闭，无法进入" in text
    assert "无法测评原因：工地停工封闭，无法进入" in text
    with opened(city) as store:  # a site given up on without a reason says so
        store.db.execute("UPDATE inspections SET reason = '' WHERE outcome = 'not_inspectable'")
        store.db.conn.commit()
    ok(city, "report", "scorecard", "--out", str(out), "--no-appendix")
    text = flat(" ".join(pages_of(out)))
    assert "无法测评，原因：未填写原因" in text and "无法测评原因：未填写原因" in text


def test_the_running_header_says_the_inspection_once(city: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    ok(city, "report", "scorecard", "--out", str(out), "--no-appendix")
    pages = pages_of(out)
    for page in pages[1:]:  # the first page's title says it again, as it should
        header = page.splitlines()[0]
        assert header.startswith("示范市 · ") and header.count("实地考察") == 1, header


# ---- title, language, bookmarks ----


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(level, title, page number) of every bookmark, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(entries: list[Any], level: int) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                page = reader.get_destination_page_number(entry)
                assert page is not None
                out.append((level, str(entry.title), page + 1))

    walk(reader.outline, 0)
    return out


def language(reader: PdfReader) -> str:
    """The catalog's /Lang."""
    catalog = reader.trailer["/Root"]
    assert isinstance(catalog, DictionaryObject)
    return str(catalog["/Lang"])


def test_pdfs_carry_title_language_and_bookmarks(city: Path, tmp_path: Path) -> None:
    card, problems = tmp_path / "s.pdf", tmp_path / "p.pdf"
    ok(city, "report", "scorecard", "--out", str(card))
    ok(city, "report", "problems", "--out", str(problems))
    reader = PdfReader(card)
    assert reader.metadata is not None and reader.metadata.title == "实地考察得分表"
    assert language(reader) == "zh-CN"
    marks = outline(reader)
    top = [t for level, t, _ in marks if level == 0]
    assert top[:3] == ["得分概况", "各类点位得分率", "得分表"]
    assert {"失分最多的测评标准", "县（市、区）排名", "各类点位测评情况", "审核签字",
            "附：扣分问题照片"} <= set(top)
    pages = [flat(p) for p in pages_of(card)]
    shown = {"得分概况": "示范市实地考察得分表 28.98", "得分表": "点位类型 分值 抽样点位数",
             "附：扣分问题照片": "附：扣分问题照片 "}
    for _, title, page in marks:  # each points at the page it is printed on
        assert shown.get(title, title.split("（")[0]) in pages[page - 1], (title, page)
    assert {t for level, t, _ in marks if level == 1} >= {"乡镇", "小广场/小游园", "建筑工地"}
    assert marks[-1][2] > marks[0][2] == 1
    reader = PdfReader(problems)
    assert reader.metadata is not None and reader.metadata.title == "问题清单"
    assert language(reader) == "zh-CN"
    units = [t for level, t, _ in outline(reader) if level == 0]
    text = flat(" ".join(pages_of(problems)))
    assert len(units) > 1 and all(f"责任单位：{u}" in text for u in units)


def test_every_report_doc_has_a_title_and_the_language(tmp_path: Path) -> None:
    out = tmp_path / "d.pdf"
    doc = pdfkit.ReportDoc(str(out), "页眉", datetime(2026, 11, 25, 10, 0), title="测试文档")
    doc.render([pdfkit.section("第一节"), pdfkit.para("正文。")])
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title == "测试文档"
    assert language(reader) == "zh-CN"
    assert outline(reader) == [(0, "第一节", 1)]


# ---- the export ----


def test_xlsx_export_has_real_cells_and_prints_like_the_dispatch_sheets(
        city: Path, tmp_path: Path) -> None:
    ok(city, "export", "--format", "xlsx", "--out", str(tmp_path / "x"))
    ok(city, "export", "--format", "json", "--out", str(tmp_path / "j"))
    data = json.loads((tmp_path / "j" / "inspector-export.json").read_text("utf-8"))
    book = openpyxl.load_workbook(tmp_path / "x" / "inspector-export.xlsx")
    sites = book["点位库"]
    header = [c.value for c in sites[1]]
    lat, lon = header.index("纬度") + 1, header.index("经度") + 1
    located = [r for r in data["sites"] if r["lat"]]
    assert located
    for n, row in enumerate(data["sites"], start=2):
        if row["lat"]:
            cell = sites.cell(n, lat)
            assert cell.data_type == "n" and Decimal(str(cell.value)) == Decimal(row["lat"])
            assert cell.number_format == "0.000000"
            assert isinstance(sites.cell(n, lon).value, float)
    inspections = book["测评"]
    header = [c.value for c in inspections[1]]
    rate, started = header.index("得分率") + 1, 10
    assert str(header[started - 1]).startswith("开始时间（")
    rated = 0
    for n, row in enumerate(data["inspections"], start=2):
        cell = inspections.cell(n, rate)
        if row["rate"]:
            rated += 1
            assert cell.data_type == "n" and cell.number_format == "0.0%"
            assert Decimal(str(cell.value)) * 100 == Decimal(row["rate"].rstrip("%"))
        when = inspections.cell(n, started)
        if row["started_at"]:
            assert isinstance(when.value, datetime) and when.number_format == TIME_FORMAT
    assert rated > 50
    for sheet in book:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"
        assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
        assert sheet.oddHeader.left.text == "示范市 · 2026年第3轮模拟测评"
    # CSV keeps its texts (for programs and for Excel's own import)
    ok(city, "export", "--format", "csv", "--out", str(tmp_path / "c"))
    csv_text = (tmp_path / "c" / "inspections.csv").read_text("utf-8-sig")
    assert re.search(r",\d+\.\d%\r?$", csv_text.splitlines()[1])


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_xlsx_export_prints_landscape_through_libreoffice(city: Path, tmp_path: Path) -> None:
    ok(city, "export", "--format", "xlsx", "--out", str(tmp_path))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "inspector-export.xlsx")], check=True,
                   capture_output=True, timeout=180)
    reader = PdfReader(tmp_path / "inspector-export.pdf")
    assert len(reader.pages) > 3
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
    text = flat(pages_of(tmp_path / "inspector-export.pdf")[1])
    assert "测评ID" in text or "点位ID" in text  # the header row on the next page too
    assert "第 2 页" in text
