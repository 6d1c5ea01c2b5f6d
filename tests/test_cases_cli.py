"""The rectification ledger from the command line, on the demo city: cases opened from
the round's problems, dispatched, fixed, re-inspected by someone else with an after photo,
closed, and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image
from synckit import demo_supervisor, ok, run


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def test_open_dispatch_fix_reinspect_close_and_count(demo: Path, tmp_path: Path) -> None:
    opened = ok(demo, "cases", "open").out
    n = int(opened.split()[0])
    assert n > 10 and f"({n} in the ledger)" in opened
    assert ok(demo, "cases", "open").out.startswith("0 cases opened")  # idempotent
    listed = ok(demo, "cases", "list").out.splitlines()
    assert len(listed) == n + 2 and all("待交办" in line for line in listed[2:])
    first, second = (line.split()[0] for line in listed[2:4])
    out = ok(demo, "cases", "dispatch", first, second, "--unit", "湖滨区住建局").out
    assert out.count("已交办 · 湖滨区住建局 · due ") == 2
    ok(demo, "cases", "fix", first, "--measures", "疏通排水沟", "--person", "王工")
    same = run(demo, "cases", "reinspect", first, "--pass")
    assert same.code == 1 and "赵组长 entered the fix report" in same.err
    after = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (90, 160, 90)).save(after)
    photos_before = sorted((demo / "photos").rglob("*.jpg"))
    early = run(demo, "cases", "reinspect", second, "--pass", "--photo", str(after))
    assert early.code == 1 and f"case {second} is 已交办; to close it after a " \
        "re-inspection (销号) it must be 已整改待复查" in early.err
    assert sorted((demo / "photos").rglob("*.jpg")) == photos_before  # refused: not stored
    ok(demo, "config", "set", "inspector", "李四")  # another person, on site
    no_photo = run(demo, "cases", "reinspect", first, "--pass")
    assert no_photo.code == 1 and "without an after photo" in no_photo.err
    closed = ok(demo, "cases", "reinspect", first, "--pass", "--photo", str(after)).out
    assert "销号" in closed
    shown = ok(demo, "cases", "show", first).out
    assert "dispatch" in shown and "1 photos" in shown and "疏通排水沟" in shown
    stats = json.loads(ok(demo, "cases", "stats", "--json").out)
    assert stats == [{"unit": "湖滨区住建局", "dispatched": 2, "closed": 1,
                      "closed_on_time": 1, "closure_rate": "50.0", "on_time_rate": "50.0",
                      "overdue_now": 0, "reworks": 0, "days_to_close": "0.0"}]
    table = ok(demo, "cases", "stats").out
    assert "湖滨区住建局" in table and "50.0%" in table


def test_refusals_are_one_line(demo: Path) -> None:
    ok(demo, "cases", "open")
    missing = run(demo, "cases", "dispatch", "NOPE-1", "--unit", "x")
    assert missing.code == 1 and "no case numbered 'NOPE-1'" in missing.err
    number = ok(demo, "cases", "list").out.splitlines()[2].split()[0]
    ok(demo, "config", "set", "role", "inspector")
    inspector = run(demo, "cases", "dispatch", number, "--unit", "x")
    assert inspector.code == 1 and "only a supervisor can dispatch it" in inspector.err
    ok(demo, "config", "set", "role", "supervisor")
    bad = run(demo, "cases", "extend", number, "--until", "soon", "--reason", "r")
    assert bad.code == 1 and "--until soon: not a date" in bad.err
    neither = run(demo, "cases", "reinspect", number)
    assert neither.code == 1 and "--pass or --fail" in neither.err
    limit = run(demo, "config", "set", "case_time_limit", "3 days")
    assert limit.code == 1 and "time limit '3 days'" in limit.err
    assert ok(demo, "config", "set", "office_hours", "9:00-12:00,13:30-17:30").out.strip() \
        == "office_hours = 09:00-12:00, 13:30-17:30"


def test_dispatch_sheets_filled_by_the_units_come_back_as_fix_reports(
        demo: Path, tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import load_workbook

    from inspector.report.dispatch_sheet import HEADER_ROW

    ok(demo, "config", "set", "city", "示范市")
    ok(demo, "cases", "open")
    numbers = [line.split()[0] for line in ok(demo, "cases", "list").out.splitlines()[2:7]]
    ok(demo, "cases", "dispatch", *numbers[:3], "--unit", "湖滨区住建局")
    ok(demo, "cases", "dispatch", *numbers[3:], "--unit", "城管局")
    nothing = run(demo, "report", "dispatch", "--out", str(tmp_path / "x"), "--unit", "无")
    assert nothing.code == 1 and "no case is waiting on 无" in nothing.err
    written = ok(demo, "report", "dispatch", "--out", str(tmp_path / "out")).out.split()
    assert sorted(Path(p).name for p in written) == [
        "交办单-城管局.pdf", "交办单-城管局.xlsx", "交办单-湖滨区住建局.pdf",
        "交办单-湖滨区住建局.xlsx"]
    from pypdf import PdfReader

    pdf = PdfReader(str(tmp_path / "out" / "交办单-湖滨区住建局.pdf"))
    text = "".join(page.extract_text() for page in pdf.pages)
    assert all(n in text for n in numbers[:3]) and "湖滨区住建局" in text
    assert pdf.pages[0].mediabox.width > pdf.pages[0].mediabox.height  # landscape
    sheet_path = tmp_path / "out" / "交办单-湖滨区住建局.xlsx"
    book = load_workbook(sheet_path)
    sheet = book.active
    rows = {sheet.cell(r, 1).value: r for r in range(HEADER_ROW + 1, sheet.max_row + 1)}
    assert sorted(rows) == sorted(numbers[:3])
    assert "示范市" in str(sheet["A1"].value)
    # The unit fills in two of its three rows, one of them after the due time.
    due = sheet.cell(rows[numbers[0]], 8).value
    assert isinstance(due, datetime)
    first, late = rows[numbers[0]], rows[numbers[1]]
    for row, measures, done in ((first, "清理干净", due.replace(hour=8)),
                                (late, "已整改", due.replace(year=due.year + 1))):
        sheet.cell(row, 10, measures)
        sheet.cell(row, 11, done)
        sheet.cell(row, 12, "王工")
        sheet.cell(row, 13, "0710-1234567")
    book.save(sheet_path)
    replied = ok(demo, "cases", "import-replies", str(sheet_path)).out
    assert "2 fix reports entered, 0 already entered before" in replied
    again = ok(demo, "cases", "import-replies", str(sheet_path)).out  # sent twice: not doubled
    assert "0 fix reports entered, 2 already entered before" in again
    assert f"row {first}: {numbers[0]} already entered, skipped" in again
    ok(demo, "config", "set", "inspector", "李四")
    photo = tmp_path / "after.jpg"
    Image.new("RGB", (64, 48), (1, 2, 3)).save(photo)
    ok(demo, "cases", "reinspect", numbers[0], numbers[1], "--pass", "--photo", str(photo))
    stats = {s["unit"]: s for s in json.loads(ok(demo, "cases", "stats", "--json").out)}
    jia = stats["湖滨区住建局"]
    assert (jia["dispatched"], jia["closed"], jia["closed_on_time"]) == (3, 2, 1)
    assert (jia["closure_rate"], jia["on_time_rate"]) == ("66.7", "33.3")
    assert stats["城管局"]["closure_rate"] == "0.0"
