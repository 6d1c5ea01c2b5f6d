"""Issue 6's newcomer, through the real window and the keyboard: an empty data directory,
the demo city, a site scored with a problem and its photo, and the 40-point table on the
Scorecard page showing the new figures — the same as `inspector score --json`."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import JOB_TIMEOUT_MS, OpenStore, WindowFor, record

from inspector.cli import main as cli_main

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

pytest.importorskip("PySide6")


def score_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert cli_main(["--data-dir", str(data_dir), "score", "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_a_newcomer_scores_a_site_with_a_photo_and_sees_the_table_change(
        window_for: WindowFor, open_store: OpenStore,
        qtbot: QtBot, data_dir: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLineEdit
    from test_ui_inspect import photo, press
    from test_ui_scorecard import expected_rows, table_rows

    from inspector.ui.scorecard import ScorecardPage

    store = open_store(data_dir)
    window = window_for(store)
    assert window.stack.currentWidget() is window.empty
    assert window.demo_button.text() == "载入示例城市"
    qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.demo_job is None, timeout=JOB_TIMEOUT_MS)
    assert window.stack.currentWidget() is window.tabs
    # The progress dialog has gone; the offscreen platform gives no window back its
    # activation (a desktop's window manager does), so the test gives it back.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before = score_json(data_dir, capsys)

    # A finished site at 100 %: a passing standard fails, with a problem and its photo.
    page = window.inspect
    site = next(s for c in page.model.rows for s in c.sites
                if s.status == "finished" and s.detail == "100.0%")
    page.open_site(site.site_id)
    position = next(i for i, r in enumerate(page.rows)
                    if r.item.kind.value == "check" and r.buttons[0].isChecked())
    item = page.rows[position].item
    page.setFocus()
    page.select(position)
    press(qtbot, page, "2")
    page.select(position)
    press(qtbot, page, "n")
    editor = page.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new problem's description
    editor.setText("公益广告破损")
    editor.editingFinished.emit()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(photo(tmp_path))], ""))
    page.setFocus()
    page.select(position)
    press(qtbot, page, "p")
    iid = page.inspection_id
    assert iid is not None
    qtbot.waitUntil(lambda: store.db.execute(
        "SELECT count(*) FROM photo_links l JOIN problems p ON p.id = l.problem_id "
        "WHERE p.inspection_id = ? AND p.item_id = ? AND l.deleted = 0",
        [iid, item.id]).fetchone()[0] == 1, timeout=20000)
    qtbot.waitUntil(lambda: page.photos.count() == 1, timeout=20000)  # and it shows
    page.setFocus()
    press(qtbot, page, "ctrl+enter")
    assert record(store, "inspections", iid)["outcome"] == "finished"
    assert window.saved.text().startswith("已保存")

    # Ctrl+2: the 40-point table shows the lower score, as the CLI computes it.
    # a window's shortcuts answer only while it is the active one (a busy machine may
    # still be delivering the activation)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    scorecard = window.pages["scorecard"]
    assert isinstance(scorecard, ScorecardPage)
    assert window.tabs.currentIndex() == 1 and scorecard.isVisible()
    after = score_json(data_dir, capsys)
    assert Decimal(str(after["total"])) < Decimal(str(before["total"]))
    assert table_rows(scorecard) == expected_rows(scorecard, after)
    assert str(after["total"]) in scorecard.headline.text()
