"""Times are stored with their offset and shown, printed and exported in the city's time
zone (the `timezone` setting, default Asia/Shanghai), never in this computer's: the same
data gives the same documents on a laptop set to UTC and on one set to New York."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import REPO
from pypdf import PdfReader

from inspector import clock
from inspector.actions import inspections as act
from inspector.photos.evidence import stamp_text
from inspector.photos.suggest import Candidate, suggest
from inspector.report import data as report_data
from inspector.report.scorecard import build_scorecard
from inspector.store import Store

STARTED = "2026-11-20T06:05:00+00:00"  # 14:05 in Beijing, 12:05 in Urumqi, 01:05 in New York
FINISHED = "2026-11-20T06:41:00+00:00"
COMPUTERS = ("UTC", "America/New_York")  # the computer's zone, not the city's


@contextmanager
def computer_zone(name: str) -> Iterator[None]:
    """This process's local time zone set to `name` (TZ and tzset), restored after."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        expected = timedelta(hours=-5) if name == "America/New_York" else timedelta(0)
        assert datetime(2026, 11, 20, 6, 5, tzinfo=UTC).astimezone().utcoffset() == expected
        yield
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old
        time.tzset()


def township_answers() -> dict[str, object]:
    answers: dict[str, object] = {f"XZ{i:02d}": "pass" for i in (1, 6, 7, 9, 10)}
    answers.update({f"XZ{i:02d}": "checked" for i in (2, 3, 4, 5)})
    answers["XZ08"] = "好"
    return answers


@pytest.fixture
def visited(township: Path, cli: Callable[..., Any], tmp_path: Path) -> Path:
    """青山镇 inspected by 张三 from 06:05 to 06:41 UTC, one problem, through
    `inspector results import`."""
    data = {"format": "inspector-results/1", "round": "第1轮", "inspections": [{
        "site": "青山镇", "inspector": "张三", "outcome": "finished",
        "started_at": STARTED, "finished_at": FINISHED, "responses": township_answers(),
        "problems": [{"item": "XZ02", "count": 2, "description": "垃圾堆放",
                      "location": "镇政府门口", "responsible_unit": "青山镇政府"}]}]}
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = cli("results", "import", str(path))
    assert res.code == 0, res.err
    return township


def problem_rows(data_dir: Path) -> list[tuple[Any, ...]]:
    store = Store.open(data_dir)
    try:
        return [(p.number, p.site, p.time, p.started_at, p.inspector)
                for p in report_data.gather(store).problems]
    finally:
        store.close()


def cells(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = openpyxl.load_workbook(path)
    return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}


def csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def outputs(cli: Callable[..., Any], data_dir: Path, out: Path) -> dict[str, Any]:
    """Everything written about the round, on this computer, into `out`."""
    for fmt in ("csv", "json", "xlsx"):
        assert cli("export", "--format", fmt, "--out", str(out / fmt)).code == 0
    assert cli("results", "export", "--out", str(out / "results.json")).code == 0
    assert cli("report", "problems", "--out", str(out / "problems.xlsx")).code == 0
    assert cli("report", "problems", "--out", str(out / "problems.pdf")).code == 0
    pdf = " ".join(page.extract_text() or "" for page in PdfReader(out / "problems.pdf").pages)
    return {
        "rows": problem_rows(data_dir),
        "csv": {p.name: p.read_bytes() for p in sorted((out / "csv").glob("*.csv"))},
        "json": (out / "json" / "inspector-export.json").read_bytes(),
        "xlsx": cells(out / "xlsx" / "inspector-export.xlsx"),
        "results": (out / "results.json").read_bytes(),
        "problem_list": cells(out / "problems.xlsx"),
        "pdf": " ".join(pdf.split()),
    }


# ---- (a) the observed bug ----

@pytest.mark.parametrize("computer", COMPUTERS)
def test_a_problem_begun_at_0605_utc_prints_1405_on_any_computer(
        computer: str, visited: Path, cli: Callable[..., Any], tmp_path: Path) -> None:
    with computer_zone(computer):
        got = outputs(cli, visited, tmp_path / "out")
    [row] = got["rows"]
    assert row[2] == "2026-11-20 14:05" and row[3] == "2026-11-20T14:05:00+08:00"
    assert "2026-11-20 14:05 张三" in got["pdf"]  # the problem list PDF
    [problem] = csv_rows(tmp_path / "out" / "csv" / "problems.csv")
    assert problem["时间"] == "2026-11-20T14:05:00+08:00"
    [insp] = csv_rows(tmp_path / "out" / "csv" / "inspections.csv")
    assert (insp["开始时间"], insp["完成时间"]) == ("2026-11-20T14:05:00+08:00",
                                                  "2026-11-20T14:41:00+08:00")
    exported = json.loads(got["json"])
    assert exported["problems"][0]["time"] == "2026-11-20T14:05:00+08:00"
    assert exported["inspections"][0]["started_at"] == "2026-11-20T14:05:00+08:00"
    assert exported["inspections"][0]["finished_at"] == "2026-11-20T14:41:00+08:00"
    results = json.loads(got["results"])["inspections"][0]
    assert (results["started_at"], results["finished_at"]) == (
        "2026-11-20T14:05:00+08:00", "2026-11-20T14:41:00+08:00")
    # XLSX: real date cells in the city's wall-clock time, the zone in the header
    head, *body = got["problem_list"]["问题清单"]
    at = head.index("时间（Asia/Shanghai，UTC+08:00）")
    assert body[0][at] == datetime(2026, 11, 20, 14, 5)
    head, *body = got["xlsx"]["测评"]
    assert body[0][head.index("开始时间（Asia/Shanghai，UTC+08:00）")] == \
        datetime(2026, 11, 20, 14, 5)
    assert body[0][head.index("完成时间（Asia/Shanghai，UTC+08:00）")] == \
        datetime(2026, 11, 20, 14, 41)
    head, *body = got["xlsx"]["扣分问题"]
    assert body[0][head.index("时间（Asia/Shanghai，UTC+08:00）")] == \
        datetime(2026, 11, 20, 14, 5)
    sheet = openpyxl.load_workbook(tmp_path / "out" / "problems.xlsx").active
    assert sheet.cell(2, at + 1).is_date and sheet.cell(2, at + 1).number_format == \
        "yyyy-mm-dd hh:mm"


@pytest.mark.parametrize("computer", COMPUTERS)
def test_the_scorecard_stamp_and_new_records_use_the_citys_zone(
        computer: str, visited: Path, tmp_path: Path) -> None:
    store = Store.open(visited)
    try:
        with computer_zone(computer):
            data = report_data.gather(store)
            generated = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
            pdf = build_scorecard(data, tmp_path / "s.pdf", tmp_path, with_appendix=False,
                                  generated=generated)
            text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
                            .split())
            assert "生成时间 2026-11-25 10:00" in text
            # the evidence stamp: the capture time in the city's zone, with its offset
            photo = {"taken_at": "2026-11-20T06:10:00+00:00", "time_source": "exif",
                     "lat": None, "lon": None}
            assert stamp_text(photo, None, "张三", store.zone()).lines()[0] == \
                "2026-11-20 14:10:00+08:00"
            naive = {**photo, "taken_at": "2026-11-20T14:10:00"}  # EXIF without an offset
            assert stamp_text(naive, None, "张三", store.zone()).lines()[0] == \
                "2026-11-20 14:10:00+08:00"
            # a start recorded now is stored with the city's offset, whatever the computer's
            row = act.start(store, store.round()["id"], store.sites()[0], "李四")
            assert row["started_at"].endswith("+08:00")
            started = datetime.fromisoformat(row["started_at"])
            assert abs(started - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        store.close()


# ---- (b) the same data gives the same documents ----

def test_the_same_data_gives_the_same_documents_in_any_computer_zone(
        visited: Path, cli: Callable[..., Any], tmp_path: Path) -> None:
    got = {}
    for computer in COMPUTERS:
        with computer_zone(computer):
            got[computer] = outputs(cli, visited, tmp_path / computer.replace("/", "-"))
    utc, new_york = got["UTC"], got["America/New_York"]
    assert utc["csv"] and utc["csv"] == new_york["csv"]  # byte for byte
    assert utc["json"] == new_york["json"] and utc["results"] == new_york["results"]
    assert utc["xlsx"] == new_york["xlsx"]  # every cell's value
    assert utc["problem_list"] == new_york["problem_list"]
    assert utc["rows"] == new_york["rows"] and utc["pdf"] == new_york["pdf"]
    for sheet in (utc["xlsx"]["测评"], utc["xlsx"]["扣分问题"], utc["problem_list"]["问题清单"]):
        head, first = sheet[0], sheet[1]
        zoned = [i for i, h in enumerate(head) if "Asia/Shanghai" in str(h)]
        assert zoned and all(isinstance(first[i], datetime) for i in zoned)


def test_the_cli_in_processes_set_to_other_zones_writes_the_same_json(
        visited: Path, tmp_path: Path) -> None:
    written = []
    for computer in COMPUTERS:
        out = tmp_path / computer.replace("/", "-")
        env = {**os.environ, "TZ": computer}
        subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(visited),
                        "export", "--format", "json", "--out", str(out)],
                       check=True, env=env, cwd=REPO, capture_output=True)
        written.append((out / "inspector-export.json").read_bytes())
    assert written[0] == written[1]
    assert json.loads(written[0])["problems"][0]["time"] == "2026-11-20T14:05:00+08:00"


# ---- (c) the setting ----

def test_another_city_zone_shifts_every_time_and_an_unknown_one_is_refused(
        visited: Path, cli: Callable[..., Any], tmp_path: Path) -> None:
    res = cli("config", "set", "timezone", "Asia/Urumqi")
    assert res.code == 0 and res.out.strip() == "timezone = Asia/Urumqi"
    with computer_zone("America/New_York"):
        got = outputs(cli, visited, tmp_path / "out")
    [row] = got["rows"]
    assert row[2] == "2026-11-20 12:05"  # 2 h before Beijing's 14:05
    assert row[3] == "2026-11-20T12:05:00+06:00"
    assert json.loads(got["json"])["problems"][0]["time"] == "2026-11-20T12:05:00+06:00"
    head, *body = got["problem_list"]["问题清单"]
    assert body[0][head.index("时间（Asia/Urumqi，UTC+06:00）")] == datetime(2026, 11, 20, 12, 5)
    assert "2026-11-20 12:05 张三" in got["pdf"]

    for bad in ("Mars/Base", "localtime", ""):
        res = cli("config", "set", "timezone", bad)
        assert res.code == 1 and res.err.count("\n") == 1 and "Traceback" not in res.err
        assert "Asia/Shanghai" in res.err  # an example of a zone it takes
    assert "'Mars/Base'" in cli("config", "set", "timezone", "Mars/Base").err
    assert "timezone" in cli("config").out
    assert cli("config", "set", "timezone", "Asia/Shanghai").code == 0
    assert problem_rows(visited)[0][2] == "2026-11-20 14:05"


# ---- (d) a time stored without an offset ----

@pytest.mark.parametrize("computer", COMPUTERS)
def test_a_time_without_an_offset_is_the_citys_local_time(
        computer: str, visited: Path, cli: Callable[..., Any], tmp_path: Path) -> None:
    store = Store.open(visited)
    store.db.execute("UPDATE inspections SET started_at = '2026-11-20T14:05:00', "
                     "finished_at = '2026-11-20 14:41'")
    store.db.conn.commit()
    store.close()
    with computer_zone(computer):
        got = outputs(cli, visited, tmp_path / "out")
        assert clock.local("2026-11-20T14:05:00", zone="Asia/Shanghai") == "2026-11-20 14:05"
        assert clock.iso("2026-11-20T14:05:00", "Asia/Urumqi") == "2026-11-20T14:05:00+06:00"
    assert got["rows"][0][2:4] == ("2026-11-20 14:05", "2026-11-20T14:05:00+08:00")
    insp = json.loads(got["json"])["inspections"][0]
    assert (insp["started_at"], insp["finished_at"]) == ("2026-11-20T14:05:00+08:00",
                                                       "2026-11-20T14:41:00+08:00")
    # A photo's EXIF time without an offset matches an inspection stored in UTC by the
    # city's clock: 14:10 in Beijing is inside 06:05–06:41 UTC.
    pool = [Candidate("i1", "青山镇", "张三", STARTED, FINISHED, None, None)]
    assert [s.inspection_id for s in suggest("2026-11-20T14:10:00", None, None, pool,
                                             "Asia/Shanghai")] == ["i1"]
    assert suggest("2026-11-20T14:10:00", None, None, pool, "Asia/Urumqi") == []


def test_clock_edges() -> None:
    assert clock.local(None, zone="Asia/Shanghai") == ""
    assert clock.local("unknown", zone="Asia/Shanghai") == "unknown"
    assert clock.iso("", "Asia/Shanghai") == "" and clock.iso("soon", "Asia/Shanghai") == "soon"
    assert clock.naive("2026-11-20T06:05:30.5+00:00", "Asia/Shanghai") == \
        datetime(2026, 11, 20, 14, 5, 30)
    assert clock.iso("2026-11-20T06:05:00Z", "Asia/Shanghai") == "2026-11-20T14:05:00+08:00"
    ny = clock.zone_info("America/New_York")
    summer, winter = clock.in_zone("2026-07-01T12:00:00+00:00", ny), clock.in_zone(STARTED, ny)
    assert clock.zone_label(ny, [winter]) == "America/New_York，UTC-05:00"
    assert clock.zone_label(ny, [summer, winter]) == "America/New_York"  # summer time
    assert clock.zone_label("Asia/Kolkata", [winter]) == "Asia/Kolkata，UTC+05:30"
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Base'"):
        clock.zone_info("Mars/Base")
