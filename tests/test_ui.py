"""The first window: Chinese by default, the round's scorecard, the empty state."""

from __future__ import annotations

import pytest

from inspector.store import Store

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui


@pytest.fixture
def window_for(qtbot):  # type: ignore[no-untyped-def]
    from inspector.ui.main_window import MainWindow, make_app

    def make(store: Store) -> MainWindow:
        make_app([], store.setting("language"))
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def test_empty_data_dir_offers_the_demo_city_in_chinese(window_for, store: Store, qtbot,  # type: ignore[no-untyped-def]
                                                       tmp_path) -> None:
    from PySide6.QtCore import Qt

    window = window_for(store)
    assert window.demo_button.text() == "载入示例城市"
    assert window.tree.isHidden() and not window.empty.isHidden()
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    assert window.windowTitle() == "示范市 2026年第3轮模拟测评 · 实地考察 · 表单 v2026.1"
    model = window.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["点位类型", "分值", "抽样点位数", "已测评点位数", "得分", "得分率", "失分"]
    assert model.rowCount() == 27
    rows = {model.item(r, 0).text(): r for r in range(model.rowCount())}
    township = [model.item(rows["乡镇"], c).text() for c in range(7)]
    assert township == ["乡镇", "1.20", "3", "3", "0.40", "33.3%", "0.80"]
    assert model.item(rows["乡镇"], 0).rowCount() == 3  # its sites
    losses = [model.item(r, 6).text() for r in range(model.rowCount())]
    assert losses == sorted(losses, reverse=True)  # most lost points first
    assert window.summary.text().startswith("得分 ")
    window.grab().save(str(tmp_path / "main_window.png"))


def test_cjk_font_is_used(window_for, store: Store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from inspector.ui.main_window import CJK_FAMILIES, cjk_font

    window_for(store)
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font installed (bootstrap.sh installs fonts-wqy-microhei)")
    assert QApplication.font().family() in CJK_FAMILIES
