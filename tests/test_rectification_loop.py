"""The whole loop on the demo city (issue 14's done-when): the round's problems opened as
cases, dispatched to two units, their 交办单 written, filled in as each unit would (one in
openpyxl, one re-saved by LibreOffice with a date typed as text and a merged cell), the
replies imported with their after photos, re-inspected on an inspector's laptop with
photos taken there, synced back, and the figures counted to the case."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image
from synckit import demo_supervisor, ok, run, trusted_import

from inspector.report.dispatch_sheet import COLUMNS, HEADER_ROW

COL = {name: i for i, (name, _w, _wrap) in enumerate(COLUMNS, start=1)}


@pytest.fixture
def sup(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def photo(path: Path, shade: int) -> Path:
    Image.new("RGB", (320, 240), (shade, 140, 90)).save(path)
    return path


def rows_of(sheet_path: Path) -> dict[str, int]:
    sheet = load_workbook(sheet_path).active
    return {str(sheet.cell(r, 1).value): r for r in range(HEADER_ROW + 1, sheet.max_row + 1)
            if sheet.cell(r, 1).value}


def test_dispatched_fixed_reinspected_elsewhere_and_closed(sup: Path, tmp_path: Path) -> None:
    ok(sup, "config", "set", "city", "示范市")
    ok(sup, "cases", "open")
    numbers = [line.split()[0] for line in ok(sup, "cases", "list").out.splitlines()[2:7]]
    a, b = "湖滨区住建局", "市城管局"
    ok(sup, "cases", "dispatch", *numbers[:3], "--unit", a, "--co-unit", "湖滨街道",
       "--priority", "紧急")
    ok(sup, "cases", "dispatch", *numbers[3:], "--unit", b)
    assert "配合 湖滨街道 · 优先级 紧急" in ok(sup, "cases", "show", numbers[0]).out
    out = tmp_path / "交办"
    ok(sup, "report", "dispatch", "--out", str(out))

    # Unit A, in a spreadsheet program: three rows answered; one photo named in its
    # column, one dropped beside the sheet under its case number; the third finished a
    # day after its due time.
    sheet_a = out / f"交办单-{a}.xlsx"
    rows = rows_of(sheet_a)
    book = load_workbook(sheet_a)
    sheet = book.active
    due = {n: sheet.cell(rows[n], COL["整改期限"]).value for n in numbers[:3]}
    assert all(isinstance(d, datetime) for d in due.values())  # real date cells
    for n, measures, late in ((numbers[0], "疏通排水沟，清理积水", timedelta(hours=-2)),
                              (numbers[1], "更换破损井盖", timedelta(hours=-1)),
                              (numbers[2], "清除小广告", timedelta(days=1))):
        r = rows[n]
        sheet.cell(r, COL["整改措施"], measures)
        sheet.cell(r, COL["完成时间"], due[n] + late)
        sheet.cell(r, COL["整改责任人"], "王工")
        sheet.cell(r, COL["联系电话"], 13800138000)
    sheet.cell(rows[numbers[0]], COL["整改后照片"], "东侧排水沟.jpg")
    book.save(sheet_a)
    photo(out / "东侧排水沟.jpg", 10)
    photo(out / f"{numbers[1]}-整改后.jpg", 20)

    # Unit B: one row answered with the date typed as text and 整改措施 merged over both
    # rows, the other row's person left out — then re-saved by LibreOffice.
    sheet_b = out / f"交办单-{b}.xlsx"
    rows_b = rows_of(sheet_b)
    book = load_workbook(sheet_b)
    sheet = book.active
    first_b, second_b = rows_b[numbers[3]], rows_b[numbers[4]]
    sheet.cell(first_b, COL["整改措施"], "已清理，设置提示牌")
    sheet.merge_cells(start_row=first_b, start_column=COL["整改措施"], end_row=second_b,
                      end_column=COL["整改措施"])
    sheet.cell(first_b, COL["完成时间"], f"{due[numbers[0]]:%Y年%m月%d日}")
    sheet.cell(first_b, COL["整改责任人"], "李工")
    sheet.cell(second_b, COL["完成时间"], f"{due[numbers[0]]:%Y-%m-%d} 9:30")
    book.save(sheet_b)
    assert shutil.which("soffice"), "LibreOffice is missing: run ./bootstrap.sh setup"
    resaved = tmp_path / "resaved"
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(resaved),
                    str(sheet_b)], check=True, capture_output=True, timeout=180)

    # A copy without its photo and with a mistyped number stops the whole import: each
    # bad row is named, and nothing is entered.
    wrong = tmp_path / "wrong" / "交办单.xlsx"
    wrong.parent.mkdir()
    book = load_workbook(sheet_a)
    book.active.cell(rows[numbers[2]], 1, "XX00-000000")
    book.save(wrong)
    refused = run(sup, "cases", "import-replies", str(wrong))
    assert refused.code == 1 and "2 rows cannot be entered, so nothing was entered" in \
        refused.err
    assert f"交办单.xlsx, row {rows[numbers[0]]} ({numbers[0]}): the photo '东侧排水沟.jpg'" \
        " named in 整改后照片 is not in the folder" in refused.err
    assert f"交办单.xlsx, row {rows[numbers[2]]}: no case is numbered 'XX00-000000'" in \
        refused.err
    assert "已整改待复查" not in ok(sup, "cases", "list").out

    entered = ok(sup, "cases", "import-replies", str(sheet_a),
                 str(resaved / sheet_b.name)).out
    assert "5 fix reports entered, 0 already entered before" in entered
    assert entered.count("1 after photos") == 2
    assert ok(sup, "cases", "list", "--state", "已整改待复查").out.count("已整改待复查") == 5

    # The inspector's laptop: the supervisor's package, re-inspected on site.
    ok(sup, "sync", "export", "--out", str(tmp_path / "sup.pkg"))
    li = tmp_path / "li"
    ok(li, "config", "set", "inspector", "李四")
    trusted_import(li, tmp_path / "sup.pkg", "supervisor")
    on_site = [photo(tmp_path / f"复查{i}.jpg", 100 + i) for i in range(5)]
    for n, shot in zip(numbers[:4], on_site, strict=False):
        ok(li, "cases", "reinspect", n, "--pass", "--photo", str(shot))
    failed = ok(li, "cases", "reinspect", numbers[4], "--fail", "--photo", str(on_site[4]),
                "--comment", "仍有积水").out
    assert "已交办" in failed
    ok(li, "sync", "export", "--out", str(tmp_path / "li.pkg"))
    trusted_import(sup, tmp_path / "li.pkg", "inspector")

    listed = ok(sup, "cases", "list").out
    assert all(f"{n}" in listed for n in numbers)
    shown = ok(sup, "cases", "show", numbers[0]).out
    assert "销号" in shown and "李四 (inspector)" in shown
    stats = {s["unit"]: s for s in json.loads(ok(sup, "cases", "stats", "--json").out)}
    # A: 3 dispatched, 3 closed, 2 of them fixed by the due time.
    assert (stats[a]["dispatched"], stats[a]["closed"], stats[a]["closed_on_time"]) == (3, 3, 2)
    assert (stats[a]["closure_rate"], stats[a]["on_time_rate"]) == ("100.0", "66.7")
    # B: 2 dispatched, 1 closed on time, 1 sent back for rework.
    assert (stats[b]["dispatched"], stats[b]["closed"], stats[b]["reworks"]) == (2, 1, 1)
    assert (stats[b]["closure_rate"], stats[b]["on_time_rate"]) == ("50.0", "50.0")

    # The ledger for the 创建办, with the same figures as real cells, printable.
    ledger = tmp_path / "整改台账.xlsx"
    ok(sup, "cases", "export", "--out", str(ledger))
    book = load_workbook(ledger)
    assert book.sheetnames == ["整改台账", "按单位", "按县市区"]
    cases = book["整改台账"]
    head = [c.value for c in cases[3]]
    by_number = {cases.cell(r, 1).value: [c.value for c in cases[r]]
                 for r in range(4, cases.max_row + 1)}
    assert len(by_number) == len(listed.splitlines()) - 2
    closed = dict(zip(head, by_number[numbers[2]], strict=True))
    assert (closed["状态"], closed["按期销号"], closed["牵头单位"], closed["配合单位"],
            closed["优先级"]) == ("销号", "否", a, "湖滨街道", "紧急")
    assert isinstance(closed["交办时间"], datetime) and isinstance(closed["销号时间"], datetime)
    assert dict(zip(head, by_number[numbers[4]], strict=True))["返工次数"] == 1
    units = book["按单位"]
    row = {units.cell(r, 1).value: [c.value for c in units[r]] for r in range(4, units.max_row + 1)}
    assert row[a][1:7] == [3, 3, 1.0, 2, pytest.approx(2 / 3), 0]
    assert units.cell(4, 4).number_format == "0.0%"
    assert row["合计"][1:3] == [5, 4]
    assert units.page_setup.orientation == "portrait" and units.print_title_rows == "$1:$3"
    assert cases.page_setup.orientation == "landscape"
    pdf = tmp_path / "pdf"
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(pdf),
                    str(ledger)], check=True, capture_output=True, timeout=180)
    from pypdf import PdfReader

    pages = PdfReader(str(pdf / "整改台账.pdf")).pages
    assert pages[0].mediabox.width > pages[0].mediabox.height  # the ledger: landscape
    assert pages[-1].mediabox.width < pages[-1].mediabox.height  # the figures: portrait
    text = "".join(p.extract_text() for p in pages)
    assert "66.7%" in text and "第 1 页" in text
