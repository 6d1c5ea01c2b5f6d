"""Keyboard: F1 lists the keys of the page on screen (read from what is registered), no two
shortcuts active together share a key, and Ctrl+1…n switch pages."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest
from conftest import WindowFor

from inspector.store import Store

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from inspector.ui.main_window import MainWindow

pytest.importorskip("PySide6")


@pytest.fixture
def window(window_for: WindowFor, store: Store) -> MainWindow:
    from inspector.demo import load_demo

    load_demo(store)
    store.set_setting("inspector", "张三")
    store.set_setting("role", "supervisor")  # every page has its tab
    return window_for(store)


def sequences(groups: list[tuple[str, list[Any]]]) -> list[str]:
    return [k.toString() for _, rows in groups for keys, _ in rows for k in keys]


def test_f1_lists_the_keys_of_the_page_shown(window: MainWindow, qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    from inspector.ui import key_help

    shown: list[key_help.KeyHelp] = []

    def capture(dialog: key_help.KeyHelp) -> int:
        shown.append(dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return 0

    monkeypatch.setattr(key_help.KeyHelp, "exec", capture)
    window.activateWindow()  # window shortcuts fire in the active window
    qtbot.waitUntil(window.isActiveWindow)
    window.inspect.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [dialog] = shown
    assert dialog.windowTitle() == "快捷键" and not dialog.isVisible()
    page, whole = dialog.groups
    assert page[0] == "测评"
    rows = {" / ".join(k.toString() for k in keys): what for keys, what in page[1]}
    assert rows["N"] == "对测评标准新增扣分问题（刚作答后：对刚作答的那一项）"
    assert rows["1 / 2 / 3"].startswith("符合 / 不符合 / 不适用")
    assert rows["Ctrl+Return"] == "完成测评"
    window_rows = {" / ".join(k.toString() for k in keys): what for keys, what in whole[1]}
    assert window_rows["F1"] == "快捷键" and window_rows["Ctrl+Z"] == "撤销"
    assert window_rows["Ctrl+2"] == "得分表"
    # On the sync page the help lists the sync page's buttons instead.
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    qtbot.keyClick(window, Qt.Key.Key_F1)
    sync_rows = {" / ".join(k.toString() for k in keys): what for keys, what in
                 shown[-1].groups[0][1]}
    assert sync_rows["Ctrl+I"] == "导入同步包" and "N" not in sync_rows


def test_no_two_shortcuts_share_a_key_on_any_page(window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        keys = sequences(window.key_groups())
        clashes = [k for k, n in Counter(keys).items() if n > 1]
        assert clashes == [], f"{window.tabs.tabText(index)}: {clashes}"
        assert len(keys) >= 8  # the page's own keys and the window's
