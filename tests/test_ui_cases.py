"""The 整改 page on the demo city: cases opened from the round, filtered, dispatched by
key, fixed, re-inspected with an after photo and closed; a refusal said in the page."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SCREENSHOTS, OpenStore, WindowFor
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from synckit import demo_supervisor, ok


@pytest.fixture
def demo(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_supervisor(tmp_path / "sup", tmp_path_factory.getbasetemp())


def test_the_loop_on_the_cases_page(window_for: WindowFor, open_store: OpenStore,
                                    qtbot: QtBot, demo: Path, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from inspector.ui.cases import CasesPage

    store = open_store(demo)
    window = window_for(store)
    window.go_to([window.tabs.tabText(i) for i in range(window.tabs.count())].index("整改"))
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    assert (page.model.rowCount() == 0 and "open cases" in page.title.text().lower()) or \
        "打开" in page.title.text() or page.title.text()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    total = page.model.rowCount()
    assert total > 100 and page.message == f"已打开 {total} 个整改任务"
    assert f"{total} 个整改任务" in page.counts.text() and "待交办" in page.counts.text()
    first = page.model.key(0)
    answers = iter([("湖滨区住建局", True), ("疏通排水沟", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    page.view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.view, Qt.Key.Key_D)  # 交办
    assert page.message == f"{first}: 已交办"
    assert page.model.text(page.model.row_of(first), 4) == "湖滨区住建局"
    page.unit.setCurrentIndex(page.unit.findData("湖滨区住建局"))  # the filter
    assert page.model.rowCount() == 1 and page.model.key(0) == first
    qtbot.keyClick(page, Qt.Key.Key_F)  # 整改反馈
    assert page.message == f"{first}: 已整改待复查"
    photo = tmp_path / "after.jpg"
    Image.new("RGB", (640, 480), (70, 140, 70)).save(photo)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(photo)], ""))
    qtbot.keyClick(page, Qt.Key.Key_P)  # 复查通过 by the one who entered the fix: refused
    assert "赵组长" in page.message and "复查须由其他人" in page.message
    store.set_setting("inspector", "李四")
    qtbot.keyClick(page, Qt.Key.Key_P)
    assert page.message == f"{first}: 销号"
    qtbot.waitUntil(lambda: page.after.count() == 1 and page.before.count() >= 1)
    qtbot.waitUntil(lambda: not page.after.item(0).icon().isNull()
                    and not page.before.item(0).icon().isNull())  # the pictures, side by side
    assert page.model.text(0, 1) == "销号"
    assert "复查通过后销号" in page.history.toPlainText()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "cases.png"))


def test_an_inspectors_laptop_opens_on_its_walk_of_re_inspections(
        window_for: WindowFor, open_store: OpenStore, demo: Path) -> None:
    from inspector.ui.cases import CasesPage

    ok(demo, "cases", "open")
    listed = ok(demo, "cases", "list").out.splitlines()[2:]
    numbers = [line.split()[0] for line in listed[:4]]
    ok(demo, "cases", "dispatch", *numbers, "--unit", "城管局")
    ok(demo, "cases", "fix", *numbers[:3], "--measures", "已整改")
    ok(demo, "config", "set", "role", "inspector")
    ok(demo, "config", "set", "inspector", "李四")
    window = window_for(open_store(demo))
    window.go_to([window.tabs.tabText(i) for i in range(window.tabs.count())].index("整改"))
    page = window.pages["cases"]
    assert isinstance(page, CasesPage)
    assert page.state.currentData() == "已整改待复查" and not page.open_button.isVisible()
    assert sorted(page.model.key(r) for r in range(page.model.rowCount())) == sorted(
        numbers[:3])
    walk = [(page.model.text(r, 3), page.model.text(r, 2)) for r in range(3)]
    assert walk == sorted(walk)  # district by district, site by site
