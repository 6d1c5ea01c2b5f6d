"""The 交办单 spreadsheet read back as a unit's office would open and print it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from openpyxl import load_workbook
from PIL import Image

from inspector.report.dispatch_sheet import COLUMNS, HEADER_ROW, DispatchRow, write

CST = timezone(timedelta(hours=8))


def photo(tmp_path: Path, n: int) -> Path:
    path = tmp_path / f"p{n}.jpg"
    Image.new("RGB", (320, 240), (40 * n % 255, 120, 200)).save(path)
    return path


def test_a_print_ready_sheet_with_every_photo(tmp_path: Path) -> None:
    at = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    rows = [
        DispatchRow("JM05-1A2B", "东风路农贸市场", "湖滨区", "JM05 干净整洁、无积水",
                    "东侧排水沟积水 2 处，" * 8, "东门", at, at + timedelta(days=3),
                    [photo(tmp_path, i) for i in range(3)]),
        DispatchRow("ZC01-0F00", "人民路", "", "ZC01 公益广告", "短", "", at, None, []),
    ]
    out = write(tmp_path / "交办单-湖滨区住建局.xlsx", rows, city="示范市",
                round_name="2026年第1轮", unit="湖滨区住建局",
                generated=datetime(2026, 11, 23, 10, 0))
    book = load_workbook(out)
    sheet = book.active
    assert [c.value for c in sheet[HEADER_ROW]] == [c[0] for c in COLUMNS]
    first = [c.value for c in sheet[HEADER_ROW + 1]]
    assert first[0] == "JM05-1A2B" and first[6] == datetime(2026, 11, 23, 9, 0)
    assert first[7] == datetime(2026, 11, 26, 9, 0)  # a real date cell, not text
    assert sheet.cell(HEADER_ROW + 2, 3).value == "未指定"
    assert sheet.cell(HEADER_ROW + 1, 11).number_format == "yyyy-mm-dd hh:mm"
    # Print setup: A4 landscape, one page wide, title and header on every page.
    setup = sheet.page_setup
    assert (setup.orientation, int(setup.paperSize), setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0)  # 9: A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"$1:${HEADER_ROW}"
    assert "湖滨区住建局" in sheet.oddHeader.right.text
    assert sheet.oddFooter.center.text == "第 &P 页 / 共 &N 页"
    # The long description's row is tall enough for its wrapped lines; the short one
    # still leaves room to write by hand.
    long_row, short_row = (sheet.row_dimensions[HEADER_ROW + k].height for k in (1, 2))
    assert long_row >= 6 * 15 and short_row >= 3 * 15
    # The write-in columns are wide enough to write in.
    widths = {sheet.cell(HEADER_ROW, i).value: sheet.column_dimensions[
        sheet.cell(HEADER_ROW, i).column_letter].width for i in range(1, len(COLUMNS) + 1)}
    assert widths["整改措施"] >= 25 and widths["联系电话"] >= 12
    assert len(sheet._images) == 3  # every photo of the first case


def filled(tmp_path: Path) -> Path:
    """The sheet as a unit sends it back: two rows answered, one left blank."""
    at = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    rows = [DispatchRow(f"JM05-000{i}", f"市场{i}", "湖滨区", "JM05 干净整洁", "积水", "",
                        at, at + timedelta(days=3), []) for i in range(3)]
    out = write(tmp_path / "交办单.xlsx", rows, city="示范市", round_name="第1轮",
                unit="住建局", generated=datetime(2026, 11, 23, 10, 0))
    book = load_workbook(out)
    sheet = book.active
    first = HEADER_ROW + 1
    sheet.cell(first, 10, "疏通排水沟，清理积水")
    sheet.cell(first, 11, datetime(2026, 11, 25, 16, 30))
    sheet.cell(first, 12, "王工")
    sheet.cell(first, 13, 13800138000)
    sheet.cell(first + 2, 10, "更换井盖")
    sheet.cell(first + 2, 11, "2026年11月26日")
    book.save(out)
    return out


def test_the_units_reply_is_read_by_its_headers(tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    from inspector.errors import UserError
    from inspector.report.dispatch_reply import read

    out = filled(tmp_path)
    replies = read(out)
    assert [(r.number, r.measures, r.done_at, r.person, r.phone) for r in replies] == [
        ("JM05-0000", "疏通排水沟，清理积水", datetime(2026, 11, 25, 16, 30), "王工",
         "13800138000"),
        ("JM05-0002", "更换井盖", datetime(2026, 11, 26), "", "")]
    # A copy re-saved by LibreOffice (installed by the README's setup) reads the same.
    assert shutil.which("soffice"), "LibreOffice is missing: run ./bootstrap.sh setup"
    again = tmp_path / "again"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir",
                    str(again), str(out)], check=True, capture_output=True, timeout=180)
    assert [(r.number, r.done_at, r.phone) for r in read(again / out.name)] == [
        (r.number, r.done_at, r.phone) for r in replies]
    book = load_workbook(out)
    book.active.cell(HEADER_ROW + 2, 11, "下周")
    book.active.cell(HEADER_ROW + 2, 10, "清理")
    book.save(out)
    with pytest.raises(UserError, match=r"交办单.xlsx, row 5 \(JM05-0001\): 完成时间 '下周'"):
        read(out)
    book.active.cell(HEADER_ROW + 2, 10).value = None
    book.active.cell(HEADER_ROW + 2, 11).value = None
    book.active.cell(HEADER_ROW + 2, 12, "李工")
    book.save(out)
    with pytest.raises(UserError, match="整改措施 is empty"):
        read(out)
    (tmp_path / "other.xlsx").write_bytes(b"not a zip")
    with pytest.raises(UserError, match="cannot be read as XLSX"):
        read(tmp_path / "other.xlsx")


def test_the_sheet_prints_on_a4_landscape_pages_through_libreoffice(tmp_path: Path) -> None:
    import shutil
    import subprocess

    from pypdf import PdfReader

    assert shutil.which("soffice"), "LibreOffice is missing: run ./bootstrap.sh setup"
    at = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
    rows = [DispatchRow(f"JM05-{i:04X}", f"东风路{i}号农贸市场", "湖滨区", "JM05 干净整洁",
                        "东侧排水沟积水 2 处，垃圾桶满溢；" * (1 + i % 3), "东门", at,
                        at + timedelta(days=3), [photo(tmp_path, i % 3)]) for i in range(30)]
    out = write(tmp_path / "交办单.xlsx", rows, city="示范市", round_name="第1轮",
                unit="住建局", generated=datetime(2026, 11, 23, 10, 0))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path / "printed"), str(out)], check=True, capture_output=True,
                   timeout=180)
    pdf = PdfReader(str(tmp_path / "printed" / "交办单.pdf"))
    assert len(pdf.pages) >= 2  # as many pages down as it takes, one page wide
    for page in pdf.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 across
    text = "".join(page.extract_text() for page in pdf.pages)
    assert all(r.number in text for r in rows)  # no row cut off at the right edge
    assert "第 2 页" in pdf.pages[1].extract_text() and "整改措施" in pdf.pages[1].extract_text()
