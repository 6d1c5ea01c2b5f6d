"""Scorecard PDF, problem lists and exports: figures, fonts, files a user opens."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import Cli, pdf_fonts, record
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from inspector.cli import main
from inspector.clock import local
from inspector.photos.importer import tree_of
from inspector.report import data as report_data
from inspector.report import problems as problem_list
from inspector.report.scorecard import build_scorecard
from inspector.store import Store

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
FIXED = datetime(2026, 11, 25, 10, 0, tzinfo=timezone(timedelta(hours=8)))


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("demo") / "data"
    assert main(["--data-dir", str(d), "demo"]) == 0
    assert main(["--data-dir", str(d), "baseline", "add", "2025年度国家测评", "29.47"]) == 0
    return d


@pytest.fixture
def demo(demo_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy)
    return copy


def flat(text: str) -> str:
    """Text with every run of whitespace as one space (table cells come out one a line)."""
    return re.sub(r"\s+", " ", text)


def text_of(pdf: Path) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages))


def score_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "score", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_scorecard_carries_exactly_the_figures_of_inspector_score(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "s.pdf"
    assert main(["--data-dir", str(demo), "report", "scorecard", "--out", str(out)]) == 0
    assert "实地考察得分表" in capsys.readouterr().out
    score = score_json(demo, capsys)
    reader = PdfReader(out)
    first = flat(reader.pages[0].extract_text())
    assert f"{score['total']} / {score['points_inspected']}" in first
    assert f"得分率 {score['rate']}%" in first and f"失分 {score['lost']}" in first
    assert "2025年度国家测评" in first and "29.47" in first
    text = text_of(out)
    for cat in score["categories"]:
        assert cat["name"] in text
        if cat["score"] is not None:
            row = f"{cat['points']} {cat['sites_sampled']} {cat['sites_inspected']} " \
                  f"{cat['score']} {cat['rate']}% {cat['lost']}"
            assert row in text, row
    total = sum(Decimal(c["score"]) for c in score["categories"] if c["score"])
    assert str(total) == score["total"]
    assert f"合计 {score['points_inspected']}" in text
    pages = len(reader.pages)
    assert f"第 1 页 共 {pages} 页" in first and f"第 {pages} 页 共 {pages} 页" in text
    assert "县（市、区）排名" in text and "测评员（签字）" in text
    assert "附：扣分问题照片" in text
    for d in score["districts"]:
        if d["rate"]:
            assert f"{d['district']} {d['rate']}%" in text


def test_font_is_embedded_and_subset(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "s.pdf"
    assert main(["--data-dir", str(demo), "report", "scorecard", "--out", str(out),
                 "--no-appendix"]) == 0
    fonts = pdf_fonts(out)
    cjk = [f for name, f in fonts.items() if "WenQuanYi" in name or "Hei" in name]
    assert cjk and len(cjk) == len(fonts), fonts.keys()  # no font left for the reader
    for font in cjk:
        name = str(font["/BaseFont"]).lstrip("/")
        assert name[6] == "+"  # subset prefix like AAAAAA+
        descriptor = font["/FontDescriptor"].get_object()
        assert isinstance(descriptor, DictionaryObject)
        assert "/FontFile2" in descriptor  # the TrueType program is inside the PDF
    if shutil.which("pdftoppm"):
        ARTIFACTS.mkdir(exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(out),
                        str(ARTIFACTS / "scorecard-page")], check=True)
        assert list(ARTIFACTS.glob("scorecard-page*.png"))


def test_same_data_gives_the_same_pdf(demo: Path, tmp_path: Path) -> None:
    store = Store.open(demo)
    data = report_data.gather(store)
    a = build_scorecard(data, tmp_path / "a.pdf", demo, generated=FIXED)
    b = build_scorecard(data, tmp_path / "b.pdf", demo, generated=FIXED)
    assert a.read_bytes() == b.read_bytes()
    assert "生成时间 2026-11-25 10:00" in text_of(a)
    assert not list(tmp_path.glob("*.part"))
    store.close()


def test_appendix_shows_stamped_photos_and_missing_ones(demo: Path, tmp_path: Path) -> None:
    store = Store.open(demo)
    data = report_data.gather(store)
    with_photos = [p for p in data.problems if p.photos]
    without = [p for p in data.problems if not p.photos and p.photo_required]
    assert with_photos and without  # the demo leaves some problems without photos
    out = build_scorecard(data, tmp_path / "s.pdf", demo, generated=FIXED)
    reader = PdfReader(out)
    images = sum(len(page.images) for page in reader.pages)
    assert images == sum(len(p.photos) for p in data.problems)
    text = text_of(out)
    assert with_photos[0].number in text and "缺少照片（该标准要求附照片）" in text
    prints = list((tree_of(store).root / "print").glob("*/*.jpg"))
    assert len(prints) == images  # stamped print copies, cached for the next report
    store.close()


def test_empty_round_one_category_and_deleted_photos_render(tmp_path: Path) -> None:
    d = tmp_path / "data"
    sites = tmp_path / "s.csv"
    sites.write_text("点位名称,点位类型\n青山镇,乡镇\n", encoding="utf-8")
    for args in (["sites", "import", str(sites)], ["round", "new", "R", "--form",
                                                   "civilized-city-field"],
                 ["sample", "--seed", "1", "--inspectors", "张三"],
                 ["report", "scorecard", "--out", str(tmp_path / "empty.pdf")],
                 ["report", "problems", "--out", str(tmp_path / "empty.xlsx")]):
        assert main(["--data-dir", str(d), *args]) == 0
    text = text_of(tmp_path / "empty.pdf")
    assert "0.00 / 0.00" in text and "得分率 —%" not in text and "本轮没有扣分问题" in text


def test_photos_missing_on_disk_still_render(demo: Path, tmp_path: Path) -> None:
    shutil.rmtree(demo / "photos" / "originals")
    shutil.rmtree(demo / "photos" / "display")
    out = tmp_path / "s.pdf"
    assert main(["--data-dir", str(demo), "report", "scorecard", "--out", str(out)]) == 0
    assert "附：扣分问题照片" in text_of(out)


def test_300_sites_render(tmp_path: Path) -> None:
    d = tmp_path / "data"
    rows = ["点位名称,点位类型,县市区"] + [f"路{i:03d},主次干道,区{i % 6}" for i in range(300)]
    (tmp_path / "s.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    answers: dict[str, object] = {f"ZC{i:02d}": "pass" for i in range(1, 12)}
    answers["ZC01"] = 3
    for k in ("ZC02", "ZC03", "ZC04", "ZC10"):
        answers[k] = "checked"
    inspections: list[dict[str, object]] = [
        {"site": f"路{i:03d}", "inspector": "张三", "outcome": "finished",
         "responses": {**answers, "ZC05": "fail" if i % 3 else "pass"},
         "problems": [{"item": "ZC02", "count": 1 + i % 2, "description": "垃圾"}]}
        for i in range(300)]
    (tmp_path / "r.json").write_text(json.dumps(
        {"format": "inspector-results/1", "inspections": inspections}, ensure_ascii=False),
        encoding="utf-8")
    for args in (["sites", "import", str(tmp_path / "s.csv")],
                 ["round", "new", "R", "--form", "civilized-city-field"],
                 ["sample", "--seed", "1", "--inspectors", "张三", "--per-type", "300"],
                 ["results", "import", str(tmp_path / "r.json")],
                 ["report", "scorecard", "--out", str(tmp_path / "big.pdf")]):
        assert main(["--data-dir", str(d), *args]) == 0
    reader = PdfReader(tmp_path / "big.pdf")
    assert len(reader.pages) > 10
    assert "路299" in text_of(tmp_path / "big.pdf")


def test_problem_list_xlsx_reads_back_grouped_by_unit(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.xlsx"
    assert main(["--data-dir", str(demo), "report", "problems", "--out", str(out)]) == 0
    store = Store.open(demo)
    data = report_data.gather(store)
    store.close()
    sheet = openpyxl.load_workbook(out).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == problem_list.sheet_headers(data.problems, data.zone)
    assert rows[0][8] == "时间（Asia/Shanghai，UTC+08:00）"
    expected = [[None if v == "" else v for v in r]
                for r in problem_list.rows_for_sheet(data.problems, data.zone)]
    assert rows[1:] == expected
    units = [r[10] for r in rows[1:]]
    assert units == sorted(units)  # grouped by responsible unit
    assert sheet.freeze_panes == "B2" and sheet.column_dimensions["E"].width == 40
    numbers = [r[0] for r in rows[1:]]
    assert len(set(numbers)) == len(numbers)


def test_problem_list_pdf_and_split_by_unit(demo: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.pdf"
    assert main(["--data-dir", str(demo), "report", "problems", "--out", str(out)]) == 0
    text = text_of(out)
    assert "责任单位：" in text and "整改期限" in text and "整改结果" in text
    split = tmp_path / "split" / "p.pdf"
    split.parent.mkdir()
    capsys.readouterr()
    assert main(["--data-dir", str(demo), "report", "problems", "--out", str(split),
                 "--split-by", "unit"]) == 0
    files = sorted(split.parent.glob("p-*.pdf"))
    store = Store.open(demo)
    units = {p.unit for p in report_data.gather(store).problems}
    store.close()
    assert len(files) == len(units) > 1
    one = text_of(files[0])
    assert one.count("责任单位：") == 1


def test_exports(demo: Path, tmp_path: Path) -> None:
    assert main(["--data-dir", str(demo), "export", "--format", "csv", "--out",
                 str(tmp_path / "csv")]) == 0
    raw = (tmp_path / "csv" / "problems.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header.startswith("问题编号,点位,县（市、区）,测评标准")
    assert main(["--data-dir", str(demo), "export", "--format", "json", "--out",
                 str(tmp_path / "json")]) == 0
    data = json.loads((tmp_path / "json" / "inspector-export.json").read_text("utf-8"))
    assert set(data) == {"sites", "inspections", "responses", "problems"}
    assert len(data["sites"]) == 122
    assert main(["--data-dir", str(demo), "export", "--format", "xlsx", "--out",
                 str(tmp_path / "x")]) == 0
    book = openpyxl.load_workbook(tmp_path / "x" / "inspector-export.xlsx")
    assert book.sheetnames == ["点位库", "测评", "测评结果", "扣分问题"]
    assert book["扣分问题"].max_row - 1 == len(data["problems"])


def test_report_errors_are_one_line(cli: Cli) -> None:
    cli("demo")
    res = cli("report", "problems", "--out", "x.txt")
    assert res.code == 1 and "written as .pdf or .xlsx" in res.err
    res = cli("baseline", "add", "去年", "abc")
    assert res.code == 1 and "'abc' is not a number" in res.err
    res = cli("baseline", "remove", "无此项")
    assert res.code == 1 and "no baseline labelled" in res.err
    assert "Traceback" not in res.err


def test_problem_times_are_printed_in_the_citys_time_zone(
        demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stamps are stored in UTC; a list for Beijing says 15:51 for a visit begun then,
    on a computer set to UTC too (tests/test_times.py has the rest)."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        store = Store.open(demo)
        iid = store.db.execute("SELECT inspection_id FROM problems WHERE deleted = 0 "
                               "ORDER BY id LIMIT 1").fetchone()[0]
        store.db.execute("UPDATE inspections SET started_at = ? WHERE id = ?",
                         ["2026-11-20T07:51:00+00:00", iid])
        store.db.conn.commit()
        rows = [p for p in report_data.gather(store).problems
                if record(store, "problems", p.problem_id)["inspection_id"] == iid]
        store.close()
        assert rows and {p.time for p in rows} == {"2026-11-20 15:51"}
        out = tmp_path / "p.xlsx"
        assert main(["--data-dir", str(demo), "report", "problems", "--out", str(out)]) == 0
        cells = [c for r in openpyxl.load_workbook(out).active.iter_rows(values_only=True)
                 for c in r]
        assert any(str(c).startswith("2026-11-20 15:51") for c in cells)
        assert not any(str(c).startswith("2026-11-20 07:51") for c in cells)
        # A camera's stamp keeps its offset's meaning; a time without one is the city's
        # local time; no time, or a text that is not one, is shown as it is.
        city = "Asia/Shanghai"
        assert local("2026-11-20T15:51:30+08:00", "%H:%M:%S", zone=city) == "15:51:30"
        assert local("2026-11-20T15:51:00", zone=city) == "2026-11-20 15:51"
        assert local(None, zone=city) == "" and local("unknown", zone=city) == "unknown"
    finally:
        monkeypatch.undo()
        time.tzset()


def test_documents_without_a_city_come_with_a_warning(data_dir: Path, cli: Cli,
                                                      tmp_path: Path) -> None:
    """A scorecard, problem list or export for a data directory with no city says so on
    stderr (the documents would name no city), and still writes them."""
    from conftest import make_townships

    make_townships(data_dir)
    out = tmp_path / "out"
    assert cli("config", "set", "language", "en").code == 0
    warning = ("warning: no city is set, so the documents name none — set it with: "
               "inspector config set city NAME")
    for args in (["report", "scorecard", "--out", str(out / "s.pdf"), "--no-appendix"],
                 ["report", "problems", "--out", str(out / "p.xlsx")],
                 ["export", "--format", "csv", "--out", str(out / "e")]):
        res = cli(*args)
        assert res.code == 0, res.err
        assert warning in res.err.splitlines(), args
    assert cli("config", "set", "city", "示范市").code == 0
    res = cli("report", "scorecard", "--out", str(out / "s2.pdf"), "--no-appendix")
    assert res.code == 0 and "city" not in res.err
