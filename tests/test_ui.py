"""The main window: Chinese by default, the empty state, the CJK font, screenshots."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import JOB_TIMEOUT_MS, WindowFor
from conftest import SCREENSHOTS as ARTIFACTS

from inspector.store import Store
from inspector.store.changes import Changes

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


pytest.importorskip("PySide6")


def dialogs(seen: list[str]) -> list[str]:
    """The labels of the progress dialogs open now, added to `seen`."""
    from PySide6.QtWidgets import QApplication, QProgressDialog

    found = [w.labelText() for w in QApplication.topLevelWidgets()
             if isinstance(w, QProgressDialog) and w.isVisible()]
    seen.extend(found)
    return found


def test_empty_data_dir_offers_the_demo_city_in_chinese(window_for: WindowFor, store: Store,
                                                       qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = window_for(store)
    assert window.stack.currentWidget() is window.empty
    assert window.demo_button.text() == "载入示例城市"
    assert window.statusBar().currentMessage() == ""  # no keys to press yet
    # Ctrl+4 (同步) works from here too: a package can come before any round.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.tabs
    assert window.tabs.tabText(window.tabs.currentIndex()) == "同步"
    window.refresh()  # still no round: back to the first-start screen
    assert window.stack.currentWidget() is window.empty
    progress: list[str] = []
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    # Off the UI thread, behind a progress dialog saying what it is doing.
    qtbot.waitUntil(lambda: bool(dialogs(progress)) or window.stack.currentWidget()
                    is window.tabs, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.demo_job is None, timeout=JOB_TIMEOUT_MS)
    assert window.stack.currentWidget() is window.tabs
    assert any(text.startswith("正在载入示例城市") for text in progress), progress
    assert window.statusBar().currentMessage().startswith("1 符合 · 2 不符合")
    window.tabs.setCurrentIndex(1)
    assert window.statusBar().currentMessage() == ""
    window.tabs.setCurrentIndex(0)
    assert window.windowTitle() == "示范市 2026年第3轮模拟测评 · 实地考察 · 表单 v2026.1 — 张三"
    assert window.tabs.tabText(0) == "测评"
    # the demo makes the newcomer 张三, who sees 张三's assigned sites with their progress
    sites = [s for cat in window.inspect.model.rows for s in cat.sites]
    assigned = {a["site_id"] for a in store.rows("assignments", "inspector = '张三'")}
    assert {s.site_id for s in sites} <= assigned and len(sites) > 10
    assert any(s.status == "finished" for s in sites)
    # No site chosen yet: the page says what to do, and there is nothing to finish.
    assert window.inspect.title.text() == "请在左侧列表中选择点位。"
    assert not window.inspect.finish_button.isEnabled()


def test_english_is_available(window_for: WindowFor, store: Store) -> None:
    store.set_setting("language", "en")
    window = window_for(store)
    assert window.demo_button.text() == "Load the demo city"
    from inspector.ui.main_window import make_app

    make_app([], "zh")  # leave the app in Chinese for the other tests


def test_cjk_font_is_used(window_for: WindowFor, store: Store) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector.ui.main_window import CJK_FAMILIES, cjk_font

    window_for(store)
    if cjk_font() is None:
        pytest.skip("no CJK font installed (bootstrap.sh installs fonts-wqy-microhei)")
    assert QApplication.font().family() in CJK_FAMILIES


def test_settings_choose_the_font_and_show_the_device(window_for: WindowFor, store: Store,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from inspector.ui.main_window import SettingsDialog, chinese_families, make_app

    window = window_for(store)
    families = chinese_families()
    if "WenQuanYi Micro Hei Mono" not in families:
        pytest.skip("needs fonts-wqy-microhei (bootstrap.sh installs it)")
    dialog = SettingsDialog(store, window)
    shown = [w.text() for w in dialog.findChildren(QLabel)]
    assert store.device_id in shown and str(store.data_dir) in shown
    from inspector.sync.keys import load_or_create

    assert store.data_dir is not None
    assert load_or_create(store.data_dir, store.device_id).fingerprint in shown
    assert dialog.font_family.itemText(0) == "自动（WenQuanYi Micro Hei）"
    dialog.font_family.setCurrentIndex(dialog.font_family.findData("WenQuanYi Micro Hei Mono"))
    dialog.inspector.setText("  张三 ")
    dialog.save()
    assert store.setting("font") == "WenQuanYi Micro Hei Mono"
    assert store.setting("inspector") == "张三"
    make_app([], "zh", store.setting("font"))
    assert QApplication.font().family() == "WenQuanYi Micro Hei Mono"
    make_app([], "zh", "No Such Font")  # gone from this computer: a Chinese font is found
    assert QApplication.font().family() == "WenQuanYi Micro Hei"


def test_made_a_supervisor_in_settings_the_review_page_appears_at_once(
        window_for: WindowFor, store: Store) -> None:
    from inspector.demo import load_demo
    from inspector.ui.main_window import SettingsDialog

    load_demo(store)
    window = window_for(store)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "审核" not in tabs
    for role, has_review in (("supervisor", True), ("inspector", False)):
        dialog = SettingsDialog(store, window)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        dialog.save()
        window.bus.announce(Changes.of("settings"))
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert ("审核" in tabs) is has_review
        shortcuts = [a.shortcut().toString() for a in window.pages_menu.actions()]
        assert shortcuts == [f"Ctrl+{i + 1}" for i in range(len(tabs))]


def test_screenshots_of_every_page(window_for: WindowFor, store: Store,
                                   tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from inspector.demo import load_demo
    from inspector.ui.main_window import LazyPage, SettingsDialog

    load_demo(store)
    store.set_setting("inspector", "张三")
    store.set_setting("role", "supervisor")
    window = window_for(store)
    window.resize(1366, 768)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.inspect.open_site(window.inspect.model.rows[0].sites[0].site_id)
    saved = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        name = "inspectpage"
        if i:  # the pages after the first are built when first shown
            tab = window.tabs.widget(i)
            assert isinstance(tab, LazyPage)
            name = tab.build().__class__.__name__.lower()
        saved.append(ARTIFACTS / f"window-{i}-{name}.png")
        assert window.grab().save(str(saved[-1]))
    settings = SettingsDialog(store, window)
    settings.show()
    saved.append(ARTIFACTS / "settings.png")
    assert settings.grab().save(str(saved[-1]))
    settings.close()
    empty = window_for(Store.open(tmp_path / "empty"))
    empty.resize(1366, 768)
    saved.append(ARTIFACTS / "window-empty.png")
    assert empty.grab().save(str(saved[-1]))
    empty.store.close()
    assert window.tabs.count() == 7  # 测评 得分表 问题清单 同步 审核 整改 通报
    for path in saved:  # each a 1366×768 window (the dialog its own size), readable
        image = QImage(str(path))
        assert not image.isNull()
        if path.name.startswith("window"):
            assert (image.width(), image.height()) == (1366, 768)
    print(f"screenshots: {ARTIFACTS}")


def test_the_startup_probe_says_when_the_window_is_shown_then_quits(tmp_path: Path) -> None:
    """bench/startup.py's hook: with INSPECTOR_STARTUP_PROBE=1 the real entry point prints
    the time its window was first shown, once, and closes as after File → Quit."""
    import os
    import subprocess
    import sys
    import time

    env = dict(os.environ, INSPECTOR_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    started = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "inspector", "--data-dir", str(tmp_path / "data")],
        env=env, capture_output=True, text=True, timeout=120)
    ended = time.time()
    assert result.returncode == 0, result.stderr
    probe = [line for line in result.stdout.splitlines()
             if line.startswith("INSPECTOR_STARTUP_PROBE ")]
    assert len(probe) == 1, result.stdout
    assert started < float(probe[0].split()[1]) < ended
