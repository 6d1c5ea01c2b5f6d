"""Importing a site registry (点位库) from the spreadsheets cities actually have."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
from conftest import Cli

from inspector.geo import distance_m
from inspector.store import Store

ZH_HEADER = "点位名称,点位类型,县市区,街道,地址,责任单位,纬度,经度,坐标系\n"
ROWS = (
    "东风路农贸市场,农贸市场,湖滨区,东风街道,东风路12号,湖滨区市场监管局,30.5801,114.3012,高德\n"
    "人民路,主次干道,东城区,人民街道,,东城区城管局,,,\n"
    "青山镇,乡镇,青山县,,,,30.6,114.2,BD-09\n"
)


def _write(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_utf8_csv_with_chinese_headers(cli: Cli, store: Store, tmp_path: Path) -> None:
    path = _write(tmp_path / "sites.csv", ZH_HEADER + ROWS, "utf-8-sig")
    res = cli("sites", "import", str(path))
    assert res.code == 0, res.err
    assert "3 sites added, 0 updated" in res.out
    sites = {s.name: s for s in store.sites()}
    market = sites["东风路农贸市场"]
    assert market.category_id == "market"
    assert market.district == "湖滨区" and market.responsible_unit == "湖滨区市场监管局"
    assert str(market.coord_system) == "GCJ-02"
    assert market.lat == Decimal("30.5801")
    # stored converted to WGS-84 too: a few hundred metres from the Amap position
    assert market.lon is not None and market.wgs_lat is not None and market.wgs_lon is not None
    shift = distance_m(float(market.lat), float(market.lon), float(market.wgs_lat),
                       float(market.wgs_lon))
    assert 100 < shift < 800
    assert sites["人民路"].category_id == "main_road" and sites["人民路"].lat is None
    assert str(sites["青山镇"].coord_system) == "BD-09"


def test_gbk_csv_with_english_headers_and_reimport_updates(cli: Cli, store: Store,
                                                          tmp_path: Path) -> None:
    text = "name,category,district,responsible unit\n东风路农贸市场,market,湖滨区,甲\n"
    path = _write(tmp_path / "sites.csv", text, "gbk")
    assert cli("sites", "import", str(path)).code == 0
    path = _write(tmp_path / "sites.csv", text.replace("甲", "乙"), "gbk")
    res = cli("sites", "import", str(path))
    assert "0 sites added, 1 updated" in res.out
    assert [s.responsible_unit for s in store.sites()] == ["乙"]


def test_xlsx(cli: Cli, store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["点位名称", "点位类型", "县（市、区）"])
    sheet.append(["团结小游园", "小游园", "湖滨区"])
    sheet.append(["河口镇", "乡镇", None])
    book.save(tmp_path / "sites.xlsx")
    res = cli("sites", "import", str(tmp_path / "sites.xlsx"))
    assert res.code == 0, res.err
    assert {(s.name, s.category_id, s.district) for s in store.sites()} == {
        ("团结小游园", "small_square", "湖滨区"), ("河口镇", "township", "")}


def test_bad_rows_are_all_reported_and_nothing_is_imported(cli: Cli, store: Store,
                                                          tmp_path: Path) -> None:
    text = ZH_HEADER + ROWS + (
        ",农贸市场,湖滨区,,,,,,\n"  # row 5: no name
        "南街市场,菜地,湖滨区,,,,,,\n"  # row 6: unknown type
        "北关市场,农贸市场,湖滨区,,,,95,114,\n"  # row 7: latitude out of range
        "西关市场,农贸市场,湖滨区,,,,30.1,,\n"  # row 8: half a coordinate
        "东风路农贸市场,农贸市场,湖滨区,,,,,,\n"  # row 9: repeats row 2
        "城西市场,农贸市场,湖滨区,,,,30,114,北京54\n"  # row 10: unknown coordinate system
    )
    path = _write(tmp_path / "sites.csv", text, "utf-8")
    res = cli("sites", "import", str(path))
    assert res.code == 1
    lines = res.err.strip().splitlines()
    assert lines[0] == f"inspector: {path} row 5: the site name is empty"
    assert f"{path} row 6: unknown site type '菜地' for '南街市场'" in lines[1]
    assert "row 7: latitude 95 is outside -90…90" in lines[2]
    assert "row 8: '西关市场' has only one of latitude and longitude" in lines[3]
    assert "row 9: '东风路农贸市场' repeats row 2" in lines[4]
    assert "row 10: unknown coordinate system '北京54'" in lines[5]
    assert lines[-1] == "nothing was imported"
    assert store.sites() == []


def test_missing_columns_and_wrong_files(cli: Cli, tmp_path: Path) -> None:
    path = _write(tmp_path / "s.csv", "名字,类别\n甲,乙\n", "utf-8")
    res = cli("sites", "import", str(path))
    assert res.code == 1 and "row 1: no '点位名称' (name) and '点位类型' (category)" in res.err
    res = cli("sites", "import", str(tmp_path / "s.txt"))
    assert res.code == 1 and "cannot read" in res.err
    (tmp_path / "s.ods").write_bytes(b"x")
    assert "must be .csv or .xlsx" in cli("sites", "import", str(tmp_path / "s.ods")).err
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    res = cli("sites", "import", str(tmp_path / "broken.xlsx"))
    assert res.code == 1 and "not a readable .xlsx workbook" in res.err
    assert "Traceback" not in res.err
