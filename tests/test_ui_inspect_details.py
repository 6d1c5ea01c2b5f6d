"""What an inspector meets on the inspect page beyond the walk through one site: the
responsible unit, counting with +, undo that stays on its site, the last site after a
crash, and Qt's own buttons in Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import OpenStore, WindowFor, make_townships, record

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from inspector.ui.inspect import InspectPage


@pytest.fixture
def towns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two township sites, both assigned to 张三, who uses this laptop."""
    d = make_townships(tmp_path / "data", ("青山镇", "白水镇"))
    capsys.readouterr()
    return d


@pytest.fixture
def page(towns: Path, window_for: WindowFor, open_store: OpenStore) -> InspectPage:
    """The inspect page of the window on `towns`, on the first site, keys to it."""
    store = open_store(towns)
    p = window_for(store).inspect
    p.open_site(store.sites()[0].id)
    p.setFocus()
    return p


def problems(page: InspectPage, item_id: str) -> list[tuple[str, int, str]]:
    return [(r["description"], r["count"], r["responsible_unit"]) for r in page.store.rows(
        "problems", "inspection_id = ? AND item_id = ?", [page.inspection_id, item_id])]


def test_plus_on_a_failed_standard_counts_and_the_unit_comes_from_the_form(
        page: InspectPage, qtbot: QtBot) -> None:
    from inspector.ui.inspect.rows import ProblemEditor

    assert "/" not in page.rate.text().split("失分")[1].split("·")[0].replace("—/", "", 1)
    qtbot.keyClicks(page, "2")  # XZ01 fails; the answer moves on to XZ02
    page.select(0)
    qtbot.keyClicks(page, "+")
    qtbot.keyClicks(page.window().focusWidget() or page, "+")  # wherever the keys go now
    assert problems(page, "XZ01") == [("", 2, "乡镇人民政府")]  # the form's 责任单位 hint
    qtbot.waitExposed(page.window())  # a rebuilt row shows from the event loop
    qtbot.wait(20)
    [editor] = [e for e in page.findChildren(ProblemEditor) if e.isVisible()]
    assert editor.unit.text() == "乡镇人民政府"
    editor.unit.setText("青山镇城管中队")
    editor.unit.editingFinished.emit()
    assert problems(page, "XZ01") == [("", 2, "青山镇城管中队")]
    qtbot.keyClicks(page, "n")  # N, by contrast, puts the cursor in the new description
    focused = page.focusWidget()
    assert focused is not None
    new = focused.parent()
    assert isinstance(new, ProblemEditor)
    assert focused is new.description


def test_undo_never_changes_a_site_that_is_not_on_screen(page: InspectPage,
                                                         qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    first = page.site_id
    qtbot.keyClicks(page, "1")
    answered = page.store.db.execute("SELECT count(*) FROM responses WHERE deleted = 0"
                                     ).fetchone()[0]
    assert answered == 1 and page.undo.canUndo()
    page.open_site(next(s.id for s in page.store.sites() if s.id != first))
    assert not page.undo.canUndo()
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.store.db.execute("SELECT count(*) FROM responses WHERE deleted = 0"
                                 ).fetchone()[0] == 1


def test_the_last_site_is_remembered_before_any_quit(page: InspectPage, towns: Path) -> None:
    from PySide6.QtCore import QSettings

    second = next(s.id for s in page.store.sites() if s.id != page.site_id)
    page.open_site(second)
    # Read as a new process would after a power cut: from the settings file on disk.
    on_disk = QSettings(QSettings().fileName(), QSettings.Format.NativeFormat)
    assert on_disk.value(f"last_site/{towns}") == second


def test_qt_dialog_buttons_speak_chinese(page: InspectPage) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from inspector.ui.main_window import SettingsDialog

    dialog = SettingsDialog(page.store, page)
    [box] = dialog.findChildren(QDialogButtonBox)
    assert sorted(b.text() for b in box.buttons()) == sorted(["确定", "取消"])


def test_keys_start_where_the_work_is(page: InspectPage, towns: Path, qtbot: QtBot,
                                      window_for: WindowFor) -> None:
    from PySide6.QtCore import Qt

    # Reopened onto the last site, the keys answer its checklist at once.
    again = window_for(page.store, show=False)
    assert again.inspect.site_id == page.site_id and again.focusWidget() is again.inspect
    # From the site list, Enter goes to the chosen site's checklist.
    tree = again.inspect.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert again.focusWidget() is again.inspect
    qtbot.keyClicks(again.inspect, "1")
    assert again.store.db.execute("SELECT count(*) FROM responses WHERE deleted = 0"
                                  ).fetchone()[0] == 1
    chosen = [b for b in again.inspect.rows[0].buttons if b.isChecked()]
    assert [b.text() for b in chosen] == ["✓ 符合"] and "#2e7d32" in chosen[0].styleSheet()


def test_tab_walks_a_problems_fields_while_each_is_saved(page: InspectPage,
                                                         qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from inspector.ui.inspect.rows import ProblemEditor

    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(page, "n")  # a problem on XZ01, the cursor in its description
    description = window.focusWidget()
    assert isinstance(description, QLineEdit)
    description.setText("宣传栏破旧")
    qtbot.keyClick(description, Qt.Key.Key_Tab)
    assert problems(page, "XZ01") == [("宣传栏破旧", 1, "乡镇人民政府")]
    [editor] = [e for r in page.rows for e in r.findChildren(ProblemEditor)]
    assert editor.count.isAncestorOf(window.focusWidget())  # on to the count, not lost
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Up)  # 2 places
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert problems(page, "XZ01") == [("宣传栏破旧", 2, "乡镇人民政府")]
    [editor] = [e for r in page.rows for e in r.findChildren(ProblemEditor)]
    assert window.focusWidget() is editor.location


def test_photos_dropped_on_a_standard_go_to_its_problem_and_one_more_key_moves_on(
        page: InspectPage, tmp_path: Path, qtbot: QtBot) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent
    from test_ui_inspect import photo

    qtbot.keyClicks(page, "2")  # XZ01 fails, XZ02 selected
    page.select(0)
    qtbot.keyClicks(page, "+")  # its problem
    [(pid,)] = page.store.db.execute("SELECT id FROM problems WHERE item_id = 'XZ01'")
    page.select(3)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo(tmp_path)))])
    page.rows[0].dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert page.selected == 0
    qtbot.waitUntil(lambda: page.store.db.execute(
        "SELECT count(*) FROM photo_links WHERE problem_id = ? AND deleted = 0", [pid]
    ).fetchone()[0] == 1, timeout=10000)
    # 2 again on the failed standard stores nothing new but moves on, like any answer.
    edits = page.store.db.execute("SELECT count(*) FROM audit").fetchone()[0]
    page.setFocus()
    qtbot.keyClicks(page, "2")
    assert page.selected == 1
    assert page.store.db.execute("SELECT count(*) FROM audit").fetchone()[0] == edits


def test_x_marks_the_site_could_not_be_inspected_with_its_reason(
        page: InspectPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[str] = []

    def answer(_parent: object, title: str, _label: str, *a: Any, **k: Any
               ) -> tuple[str, bool]:
        asked.append(title)
        return "施工封闭，无法进入", True  # typed: not one of the usual reasons

    monkeypatch.setattr(QInputDialog, "getItem", answer)
    qtbot.keyClicks(page, "x")
    assert asked == ["无法测评"]
    assert page.inspection_id is not None
    row = record(page.store, "inspections", page.inspection_id)
    assert (row["outcome"], row["reason"]) == ("not_inspectable", "施工封闭，无法进入")


def test_a_deduct_standard_says_what_each_problem_costs(page: InspectPage) -> None:
    from PySide6.QtWidgets import QLabel

    xz02 = page.rows[1]
    assert xz02.item.id == "XZ02"
    texts = [w.text() for w in xz02.findChildren(QLabel)]
    assert "扣分问题 0 处（按 N 添加） · 每处扣本项 25.0%" in texts
