"""Scoring a site in the real window, with the keyboard only."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import SCREENSHOTS as ARTIFACTS
from conftest import OpenStore, WindowFor, record

from inspector.cli import main
from inspector.interchange import derived_id
from inspector.photos.synthetic import synthetic_jpeg
from inspector.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from inspector.ui.main_window import MainWindow


def press(qtbot: QtBot, widget: QWidget, *keys: str) -> None:
    from PySide6.QtCore import Qt

    for key in keys:
        if key == "ctrl+enter":
            qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClicks(widget, key)


def photo(tmp_path: Path) -> Path:
    path = tmp_path / "IMG_0001.jpg"
    path.write_bytes(synthetic_jpeg(800, 600, "ui", lat=Decimal("30.6"), lon=Decimal("114.2"),
                                    taken_at=datetime.now(timezone(timedelta(hours=8)))))
    return path


def test_a_whole_site_with_the_keyboard(window: MainWindow, township: Path, tmp_path: Path,
                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    assert page.category is not None and page.category.id == "township"
    page.setFocus()
    # XZ01 fails: 2, then N records the problem, typed in place; P attaches a photo.
    press(qtbot, page, "2")
    page.select(0)
    press(qtbot, page, "n")
    editor = page.focusWidget()
    # the new problem's description
    assert isinstance(editor, QLineEdit) and editor.placeholderText()
    editor.setText("宣传栏破旧褪色")  # Chinese comes through the input method, not key codes
    editor.editingFinished.emit()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(photo(tmp_path))], ""))
    page.setFocus()
    page.select(0)
    press(qtbot, page, "p")
    iid = page.inspection_id
    assert iid is not None
    qtbot.waitUntil(lambda: page.store.db.execute(
        "SELECT count(*) FROM photo_links WHERE inspection_id = ? AND problem_id IS NOT NULL",
        [iid]).fetchone()[0] == 1, timeout=10000)
    # The rest: deduct items checked (1), grade 好 (1), checks pass (1), one N/A (3).
    page.setFocus()
    for i, item in enumerate(page.category.items[1:], start=1):
        page.select(i)
        press(qtbot, page, "3" if item.id == "XZ09" else "1")
    press(qtbot, page, "ctrl+enter")
    store = Store.open(township)
    insp = record(store, "inspections", iid)
    assert insp["outcome"] == "finished" and insp["inspector"] == "张三"
    responses = {r["item_id"]: r for r in store.rows("responses", "inspection_id = ?", [iid])}
    assert len(responses) == 10
    assert responses["XZ01"]["passed"] == 0 and responses["XZ09"]["na"] == 1
    assert responses["XZ08"]["level"] == "好" and responses["XZ02"]["passed"] is None
    [problem] = store.rows("problems", "inspection_id = ?", [iid])
    assert problem["item_id"] == "XZ01" and problem["description"] == "宣传栏破旧褪色"
    audited = {r[0] for r in store.db.execute("SELECT record_id FROM audit")}
    assert set(responses[k]["id"] for k in responses) <= audited and problem["id"] in audited
    store.close()
    capsys.readouterr()
    assert main(["--data-dir", str(township), "score", "--json"]) == 0
    score = json.loads(capsys.readouterr().out)
    township_json = next(c for c in score["categories"] if c["id"] == "township")
    assert township_json["score"] == "0.00"  # strict: one failure fails the site
    site_row = page.model.rows[0].sites[0]
    assert site_row.status == "finished" and site_row.detail == "0.0%"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(ARTIFACTS / "inspect.png"))


def test_undo_redo_round_trip(window: MainWindow, qtbot: QtBot) -> None:
    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    page.setFocus()
    press(qtbot, page, "1")
    assert page.category is not None and page.inspection_id is not None
    item = page.category.items[0]
    rid = derived_id("response", page.inspection_id, item.id)
    assert record(page.store, "responses", rid)["passed"] == 1
    page.select(0)
    press(qtbot, page, "2")
    assert record(page.store, "responses", rid)["passed"] == 0
    page.undo.undo()
    assert record(page.store, "responses", rid)["passed"] == 1
    page.undo.undo()
    assert record(page.store, "responses", rid)["deleted"] == 1
    page.undo.redo()
    page.undo.redo()
    assert record(page.store, "responses", rid)["passed"] == 0
    assert window.saved.text().startswith(("已保存", "Saved"))


def test_an_edit_repaints_its_item_the_title_and_the_site_list(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    from inspector import state as site_state
    from inspector.ui.site_model import SITE_ID_ROLE

    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    assert page.category is not None
    page.setFocus()
    assert page.summary.text() == "我的点位 0/1 已完成"
    before = list(page.rows)
    details = [r.problems.children() for r in page.rows]
    press(qtbot, page, "1")
    # Updated in place, not rebuilt: the answered row re-marks its buttons, and no row's
    # problems or note are redone.
    assert page.rows == before and [r.problems.children() for r in page.rows] == details
    assert page.rows[0].buttons[0].isChecked() and page.selected == 1
    state = site_state.state_of(page.store, page.category, page.inspection_id)
    assert f"{state.rate}%" == "100.0%" and str(state.lost) == "0.00"
    assert f"得分率 {state.rate}% · 失分 {state.lost}/{state.points}" in page.rate.text()
    site_row = page.model.rows[0].sites[0]
    assert (site_row.status, site_row.detail) == ("in_progress",
                                                  f"1/{len(page.category.items)}")
    page.undo.undo()
    assert not any(b.isChecked() for b in page.rows[0].buttons)
    assert "得分率 — · 失分 —/" in page.rate.text()
    page.search.setText("没有这个点位")  # the search still filters the list
    assert page.model.rowCount() == 0
    page.search.setText(page.model.rows[0].sites[0].name)
    assert page.model.rowCount() == 1
    assert page.tree.currentIndex().data(SITE_ID_ROLE) == page.site_id  # still selected


def test_missing_photo_blocks_finishing(window: MainWindow, qtbot: QtBot) -> None:
    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    page.setFocus()
    press(qtbot, page, "2")
    page.select(0)
    press(qtbot, page, "n")
    page.setFocus()
    assert page.category is not None and page.inspection_id is not None
    for i in range(1, len(page.category.items)):
        page.select(i)
        press(qtbot, page, "1")
    press(qtbot, page, "ctrl+enter")
    assert record(page.store, "inspections", page.inspection_id)["outcome"] == "in_progress"
    assert "要求附照片" in window.saved.text()  # the core's reason, in Chinese


def test_drop_photos_on_a_problem(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from inspector.ui.inspect.rows import ProblemEditor

    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    page.setFocus()
    press(qtbot, page, "2")
    page.select(0)
    press(qtbot, page, "n")
    [editor] = page.findChildren(ProblemEditor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path)))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    editor.dropEvent(event)
    qtbot.waitUntil(lambda: page.store.db.execute(
        "SELECT count(*) FROM photo_links WHERE problem_id = ?", [editor.problem_id]
    ).fetchone()[0] == 1, timeout=10000)


def test_restart_reopens_the_last_site(township: Path, window_for: WindowFor,
                                      open_store: OpenStore) -> None:
    store = open_store(township)
    first = window_for(store, show=False)
    site = store.sites()[0].id
    first.inspect.open_site(site)
    first.close()
    second = window_for(store, show=False)
    assert second.inspect.site_id == site
