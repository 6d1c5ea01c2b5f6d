"""The bulletin over the demo city's year (issue 15's done-when): `demo --year` makes twelve
monthly rounds that improve unevenly, with cases opened and closed; the bulletin for a
month, a quarter and the year carries the figures `score --json` and `cases stats` give;
the ranking rules file is checked naming file and line."""

from __future__ import annotations

import itertools
import json
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from synckit import demo_year, ok, run

MONTHS = ["2025-12", *(f"2026-{m:02d}" for m in range(1, 12))]


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_year(tmp_path_factory.mktemp("year") / "sup", tmp_path_factory.getbasetemp())


def scores(city: Path) -> dict[str, dict[str, object]]:
    """month → the round's score --json, as computed by the scoring engine."""
    listed = ok(city, "round", "list").out.splitlines()[2:]
    out = {}
    for line in listed:
        name, month = line.lstrip("* ").split()[:2]
        out[month] = json.loads(ok(city, "score", "--round", name, "--json").out)
    return out


def mean(values: list[Decimal]) -> Decimal:
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def text_of(pdf: Path) -> str:
    """The PDF's text, a table's cells one after the other with single spaces."""
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    return re.sub(r"\s*\n\s*", " ", text)


def test_a_year_that_improves_unevenly(year: Path) -> None:
    by_month = scores(year)
    assert sorted(by_month) == MONTHS
    totals = [Decimal(str(by_month[m]["total"])) for m in MONTHS]
    assert totals[-2] - totals[0] > 5  # better over the year …
    assert any(b < a for a, b in itertools.pairwise(totals))  # … not every month
    stats = json.loads(ok(year, "cases", "stats", "--json").out)
    dispatched = sum(s["dispatched"] for s in stats)
    closed = sum(s["closed"] for s in stats)
    assert dispatched > 1000 and 0.4 < closed / dispatched < 0.95


def test_the_month_quarter_and_year_carry_the_rounds_figures(year: Path, tmp_path: Path
                                                             ) -> None:
    by_month = scores(year)
    nov = by_month["2026-11"]
    out = tmp_path / "11.pdf"
    said = ok(year, "report", "bulletin", "--period", "2026-11", "--out", str(out)).out
    assert f"实地考察 {nov['total']} / 40" in said
    text = text_of(out)
    assert "示范市创建全国文明城市实地考察2026年11月通报" in text
    assert f"实地考察 {nov['total']} / 40" in text
    oct_ = Decimal(str(by_month["2026-10"]["total"]))
    assert f"较上期 {Decimal(str(nov['total'])) - oct_}" in text
    for d in nov["districts"]:  # type: ignore[attr-defined]
        if d["district"] != "未指定":
            assert f"{d['district']} {d['rate']}%" in text  # 县市区排名: the round's rates
    # The units' figures are the ledger's for the cases first dispatched in November.
    stats = json.loads(ok(year, "cases", "stats", "--json", "--since", "2026-11-01",
                          "--until", "2026-12-01").out)
    top = max(stats, key=lambda s: s["dispatched"])
    assert f"{top['unit']} {top['dispatched']} {top['closed']} {top['closure_rate']}% " \
        f"{top['on_time_rate']}%" in text
    assert f"共 {sum(s['dispatched'] for s in stats)} 件本期交办的整改任务" in text
    assert "通报表扬：" in text and "反复出现的问题" in text
    # Per site type: the round's rates and losses, as score --json has them.
    for c in nov["categories"]:  # type: ignore[attr-defined]
        if c["rate"] is not None:
            assert f"{c['name']} {c['rate']}%" in text
    reader = PdfReader(str(out))
    assert reader.metadata is not None
    assert reader.metadata.title == "示范市创建全国文明城市实地考察2026年11月通报"
    catalog: Any = reader.trailer["/Root"]
    assert catalog["/Lang"] == "zh-CN"
    marks = [m.title for m in reader.outline if not isinstance(m, list)]
    assert {"概况", "县（市、区）排名", "成员单位整改排名", "数据来源"} <= set(marks)
    # The quarter: October and November, each round weighing the same.
    q4 = ok(year, "report", "bulletin", "--period", "2026-Q4", "--out",
            str(tmp_path / "q4.pdf")).out
    assert f"实地考察 {mean([oct_, Decimal(str(nov['total']))])} / 40" in q4
    # The year 2026: its eleven rounds.
    whole = ok(year, "report", "bulletin", "--period", "2026", "--out",
               str(tmp_path / "2026.pdf")).out
    of_2026 = mean([Decimal(str(by_month[m]["total"])) for m in MONTHS[1:]])
    assert "11 rounds" in whole and f"实地考察 {of_2026} / 40" in whole
    assert "示范市创建全国文明城市实地考察2026年度考核通报" in text_of(tmp_path / "2026.pdf")
    assert "2026年第四季度评比通报" in text_of(tmp_path / "q4.pdf")


def test_the_bulletin_workbook_holds_numbers(year: Path, tmp_path: Path) -> None:
    out = tmp_path / "q4.xlsx"
    ok(year, "report", "bulletin", "--period", "2026-Q4", "--out", str(out))
    book = load_workbook(out)
    assert book.sheetnames == ["概况", "走势", "点位类型", "县市区走势", "县市区排名",
                               "成员单位排名", "失分标准", "反复问题", "数据来源"]
    parts = {book["概况"].cell(r, 1).value: book["概况"].cell(r, 3).value for r in range(4, 9)}
    assert isinstance(parts["实地考察"], float) and parts["档案资料"] == 35.75  # (35.5 + 36) / 2
    districts = book["县市区排名"]
    assert isinstance(districts.cell(4, 3).value, float) and 0 < districts.cell(4, 3).value < 1
    assert districts.cell(4, 3).number_format == "0.0%" and districts.cell(4, 1).value == 1
    assert districts.page_setup.orientation in ("landscape", "portrait")
    assert districts.print_title_rows == "$1:$3"


def test_no_round_and_bad_periods_are_one_line(year: Path, tmp_path: Path) -> None:
    none = run(year, "report", "bulletin", "--period", "2024-05", "--out",
               str(tmp_path / "x.pdf"))
    assert none.code == 1 and "no round counts for 2024-05" in none.err
    assert not (tmp_path / "x.pdf").exists()
    bad = run(year, "report", "bulletin", "--period", "2026-13", "--out", str(tmp_path / "x.pdf"))
    assert bad.code == 1 and "'2026-13' is not a period" in bad.err
    wrong = run(year, "report", "bulletin", "--period", "2026", "--out", str(tmp_path / "x.doc"))
    assert wrong.code == 1 and "FILE.pdf or FILE.xlsx" in wrong.err


def test_the_ranking_rules_are_checked_naming_file_and_line(year: Path, tmp_path: Path
                                                             ) -> None:
    rules = tmp_path / "ranking.yaml"
    rules.write_text("composite:\n  field_rate: 0\n  closure_rate: abc\n  speed: 3\n"
                     "praise:\n  top: 1.5\n", encoding="utf-8")
    checked = run(year, "rules", "check", str(rules))
    assert checked.code == 1
    assert f"{rules}:4: composite: unknown key 'speed'" in checked.err
    assert f"{rules}:3: composite: 'closure_rate' must be a number, not 'abc'" in checked.err
    assert f"{rules}:6: praise: 'top' must be a whole number, not 1.5" in checked.err
    default = ok(year, "rules", "show").out
    rules.write_text(default.replace("field_rate: 60", "field_rate: 100")
                     .replace("top: 1", "top: 2"), encoding="utf-8")
    assert "valid" in ok(year, "rules", "check", str(rules)).out
    # The city's rules decide the praise: the first two districts.
    ok(year, "config", "set", "ranking_rules", str(rules))
    text = text_of(Path(ok(year, "report", "bulletin", "--period", "2026-11", "--out",
                           str(tmp_path / "r.pdf")).out.split(":")[0]))
    assert "前 2 名" in text
    ok(year, "config", "set", "ranking_rules", "")
