"""The Scorecard screen: the same figures as `inspector score --json`, live after a change,
real item models, keyboard use, and a screenshot at 1366×768 for a reviewer."""

from __future__ import annotations

import functools
import json
import shutil
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import SCREENSHOTS as ARTIFACTS
from conftest import ModelTesters, PageFor

from inspector import state
from inspector.cli import main as cli_main
from inspector.store import Store

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from inspector.ui.scorecard import ScorecardPage

pytest.importorskip("PySide6")

# The fixtures below: `scorecard_for(store, bus=None, show=True)`, `score_json(data_dir)`.
ScorecardFor = Callable[..., "ScorecardPage"]
ScoreJson = Callable[[Path], dict[str, Any]]



@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("scorecard") / "data"
    assert cli_main(["--data-dir", str(d), "demo"]) == 0
    return d


@pytest.fixture
def demo_store(demo_dir: Path) -> Iterator[Store]:
    s = Store.open(demo_dir)
    yield s
    s.close()


@pytest.fixture
def score_json(capsys: pytest.CaptureFixture[str]) -> ScoreJson:
    def run(data_dir: Path) -> dict[str, Any]:
        capsys.readouterr()
        assert cli_main(["--data-dir", str(data_dir), "score", "--json"]) == 0
        data: dict[str, Any] = json.loads(capsys.readouterr().out)
        return data

    return run


@pytest.fixture
def scorecard_for(page_for: PageFor) -> ScorecardFor:
    """The Scorecard page on a store (conftest's `page_for`)."""
    from inspector.ui.scorecard import ScorecardPage

    return functools.partial(page_for, ScorecardPage)


def table_rows(page: ScorecardPage) -> list[list[str]]:
    m = page.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def expected_rows(page: ScorecardPage, data: dict[str, Any]) -> list[list[str]]:
    def pct(v: str | None) -> str:
        return "—" if v is None else f"{v}%"

    not_inspected = page.model.tr("Not inspected")
    rows = [[c["name"], c["points"], str(c["sites_sampled"]), str(c["sites_inspected"]),
             c["score"] if c["score"] is not None else not_inspected, pct(c["rate"]),
             c["lost"] if c["lost"] is not None else "—"] for c in data["categories"]]
    rows.append([page.model.tr("Total"), data["points_inspected"],
                 str(sum(c["sites_sampled"] for c in data["categories"])),
                 str(sum(c["sites_inspected"] for c in data["categories"])),
                 data["total"], pct(data["rate"]), data["lost"]])
    return rows


def check_models(qtmodeltester: ModelTesters, page: ScorecardPage) -> None:
    for model in (page.model, page.district_model, page.detail_model):
        qtmodeltester.check(model)


def test_every_model_passes_the_model_tester(scorecard_for: ScorecardFor, demo_store: Store,
                                             qtmodeltester: ModelTesters) -> None:
    from inspector.domain import DistrictScore

    page = scorecard_for(demo_store)
    check_models(qtmodeltester, page)
    assert page.model.rowCount() == 28 and page.detail_model.rowCount() > 0
    for row in range(page.model.rowCount()):  # every category's detail, and the total row
        page.table.setCurrentIndex(page.model.index(row, 0))
    page.refresh()  # resets under the testers' eyes
    page.district_model.set_rows([DistrictScore("", None, None, None, 0)])
    page._show_empty("no round")
    assert len(qtmodeltester.testers) == 3


def test_table_equals_score_json(scorecard_for: ScorecardFor, demo_store: Store,
                                 demo_dir: Path, score_json: ScoreJson) -> None:
    from PySide6.QtCore import Qt

    from inspector.ui.scorecard.models import CATEGORY_ID_ROLE, CategoryTableModel

    data = score_json(demo_dir)
    page = scorecard_for(demo_store)
    assert table_rows(page) == expected_rows(page, data)
    m = page.model
    ids = [m.index(r, 0).data(CATEGORY_ID_ROLE) for r in range(m.rowCount())]
    assert ids == [c["id"] for c in data["categories"]] + [None]  # total row has no id
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for col in range(1, m.columnCount()):
        assert m.index(0, col).data(Qt.ItemDataRole.TextAlignmentRole) == right
        assert m.headerData(col, Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.TextAlignmentRole) == right
    assert m.index(0, CategoryTableModel.COL_NAME).data(
        Qt.ItemDataRole.TextAlignmentRole) != right
    assert m.index(m.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole).bold()
    headline = page.headline.text()
    assert data["total"] in headline and data["points_inspected"] in headline
    assert f"{data['rate']}%" in headline and data["lost"] in headline
    assert str(data["counted_unapproved"]) in page.notes.text()
    # the chart shows the same rates, worst first, not-inspected last
    bars = page.chart.bars()
    assert sorted((b.key, b.rate) for b in bars) == sorted(
        (c["id"], None if c["rate"] is None else Decimal(c["rate"]))
        for c in data["categories"])
    rated = [b.rate for b in bars if b.rate is not None]
    assert rated == sorted(rated)
    assert all(b.rate is None for b in bars[len(rated):])


def test_district_ranking_equals_score_json(scorecard_for: ScorecardFor, demo_store: Store,
                                            demo_dir: Path, score_json: ScoreJson) -> None:
    from inspector.domain import DistrictScore
    from inspector.ui.scorecard import DISTRICT_ROLE

    data = score_json(demo_dir)
    page = scorecard_for(demo_store)
    m = page.district_model
    shown = [[m.index(r, c).data() for c in range(4)] for r in range(m.rowCount())]
    assert shown == [["—" if d["rank"] is None else str(d["rank"]),
                      m.tr("Unspecified") if d["district"] == "未指定" else d["district"],
                      "—" if d["rate"] is None else f"{d['rate']}%", str(d["sites_inspected"])]
                     for d in data["districts"]]
    assert [m.index(r, 1).data(DISTRICT_ROLE) or "未指定" for r in range(m.rowCount())] == [
        d["district"] for d in data["districts"]]
    # sites with no district are listed but not ranked
    m.set_rows([DistrictScore("东城区", None, Decimal("75.9"), 1, 13),
                DistrictScore("", None, Decimal("50.0"), None, 2)])
    assert [m.index(1, c).data() for c in range(4)] == ["—", m.tr("Unspecified"), "50.0%", "2"]


def test_clicking_a_category_lists_its_sites_and_problems(scorecard_for: ScorecardFor,
                                                         demo_store: Store, demo_dir: Path,
                                                         score_json: ScoreJson,
                                                         qtmodeltester: ModelTesters) -> None:
    from PySide6.QtCore import QPoint

    from inspector.report.data import problems

    data = score_json(demo_dir)
    rnd, form, _ = state.scorecard(demo_store)
    all_problems = problems(demo_store, rnd["id"], form)
    page = scorecard_for(demo_store)
    check_models(qtmodeltester, page)
    for row in (3, 0, len(data["categories"]) - 1):
        cat = data["categories"][row]
        page.table.scrollTo(page.model.index(row, 0))
        rect = page.table.visualRect(page.model.index(row, 0))
        click(page.table.viewport(), rect.center())
        assert page.current_category_id() == cat["id"]
        d = page.detail_model
        assert d.site_names() == [s["name"] for s in cat["sites"]]
        assert cat["name"] in page.detail_title.text()
        for r, site in enumerate(cat["sites"]):
            parent = d.index(r, 0)
            expected = [p for p in all_problems if p.category == cat["name"]
                        and p.site == site["name"] and p.district == site["district"]]
            texts = [d.index(i, 0, parent).data() for i in range(d.rowCount(parent))]
            assert texts == [f"{p.item_id} {p.description or p.item_text} ({p.count})"
                             for p in expected]
            status = d.index(r, 2).data()
            if site["status"] == "inspected":
                assert status == f"✔ {site['rate']}%"
            assert page.detail.isExpanded(parent) or not texts
    # clicking a bar in the chart selects its site type
    bar = page.chart.bars()[0]
    y = page.chart._top() + page.chart._row_height() // 2
    click(page.chart, QPoint(40, y))
    assert page.current_category_id() == bar.key


def click(widget: Any, pos: Any) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)


def test_keyboard_arrows_and_enter_open_the_detail(scorecard_for: ScorecardFor,
                                                  demo_store: Store, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    page = scorecard_for(demo_store)
    assert page.table.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert page.focusProxy() is page.table
    page.table.setFocus()
    assert page.table.currentIndex().row() == 0  # the worst site type is ready
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    second = page.model.category(2)
    assert second is not None
    assert page.current_category_id() == second.category_id
    assert page.detail_model.site_names() == [s.name for s in second.sites]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.focusWidget() is page.detail
    assert page.detail.currentIndex() == page.detail_model.index(0, 0)
    qtbot.keyClick(page.detail, Qt.Key.Key_Escape)
    assert page.focusWidget() is page.table


def _a_passed_check(store: Store) -> tuple[str, Any]:
    """A counted (finished) inspection and a check item it passed."""
    from inspector.domain import Kind, Outcome, ReviewState

    rnd, form, _ = state.scorecard(store)
    for insp in store.inspections(rnd["id"]):
        if insp.outcome is not Outcome.FINISHED or insp.review is ReviewState.REJECTED:
            continue
        for item_id, resp in insp.responses.items():
            found = form.item(item_id)
            if found and found[1].kind is Kind.CHECK and resp.passed:
                return insp.id, found[1]
    raise AssertionError("the demo has no passed check item")


def test_a_change_shows_the_new_figures(scorecard_for: ScorecardFor, demo_dir: Path,
                                        tmp_path: Path, score_json: ScoreJson,
                                        qtmodeltester: ModelTesters) -> None:
    from inspector.actions.inspections import answer

    copy = tmp_path / "data"
    shutil.copytree(demo_dir, copy, ignore=shutil.ignore_patterns("photos"))
    store = Store.open(copy)
    try:
        page = scorecard_for(store)
        check_models(qtmodeltester, page)
        before = score_json(copy)
        page.table.setCurrentIndex(page.model.index(5, 0))
        kept = page.current_category_id()
        inspection_id, item = _a_passed_check(store)
        changes = answer(store, inspection_id, item, "fail")
        after = score_json(copy)
        assert Decimal(after["total"]) < Decimal(before["total"])
        assert table_rows(page) == expected_rows(page, before)  # nothing said yet
        page.bus.announce(changes)
        assert table_rows(page) == expected_rows(page, after)
        assert after["total"] in page.headline.text()
        assert page.current_category_id() == kept  # the selection survives a refresh

        # hidden, the page only notes the change and reads it when shown again
        page.hide()
        page.bus.announce(answer(store, inspection_id, item, "pass"))
        assert table_rows(page) == expected_rows(page, after)
        page.show()
        assert table_rows(page) == expected_rows(page, before)
    finally:
        store.close()


def test_empty_data_dir_says_what_to_do(scorecard_for: ScorecardFor, store: Store,
                                        qtmodeltester: ModelTesters) -> None:
    page = scorecard_for(store)
    check_models(qtmodeltester, page)
    assert page.model.rowCount() == 0 and page.district_model.rowCount() == 0
    assert not page.empty.isHidden() and page.splitter.isHidden()
    assert page.chart.bars() == []


def test_rate_chart_colours_and_order(qtbot: QtBot) -> None:
    from PySide6.QtGui import QImage

    from inspector.ui.rate_chart import GREEN, ORANGE, RED, Bar, RateChart, colour_for

    assert colour_for(Decimal("80.0")) == GREEN
    assert colour_for(Decimal("79.9")) == ORANGE and colour_for(Decimal("60.0")) == ORANGE
    assert colour_for(Decimal("59.9")) == RED
    chart = RateChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("a", "公园", Decimal("88.3")), Bar("b", "乡镇", None),
                    Bar("c", "小广场/小游园", Decimal("33.0")), Bar("d", "医院", Decimal("74.2"))])
    assert [b.key for b in chart.bars()] == ["c", "d", "a", "b"]
    hint = chart.sizeHint()
    assert 300 <= hint.width() <= 700 and hint.height() < 768
    chart.resize(hint)
    image = QImage(hint, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    chart.render(image)
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(0, image.height(), 3)}
    assert {GREEN.name(), ORANGE.name(), RED.name()} <= colours


def test_screenshot_at_1366x768(scorecard_for: ScorecardFor, demo_store: Store,
                                qtbot: QtBot) -> None:
    from PySide6.QtGui import QFontInfo

    from inspector.ui.main_window import CJK_FAMILIES, cjk_font

    page = scorecard_for(demo_store)
    page.table.setFocus()
    qtbot.wait(50)  # let the layout settle, as the event loop would
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    out = ARTIFACTS / "scorecard.png"
    image = page.grab().toImage()
    assert image.save(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    if cjk_font() is None:
        pytest.skip("no CJK font installed (bootstrap.sh installs fonts-wqy-microhei)")
    assert QFontInfo(page.chart.font()).family() in CJK_FAMILIES
    assert QFontInfo(page.table.font()).family() in CJK_FAMILIES
