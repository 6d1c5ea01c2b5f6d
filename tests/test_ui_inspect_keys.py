"""Keys that do what they say on the inspect page: N, M and P right after an answer act on
the standard just answered; an answer that contradicts recorded problems is asked about;
the keyboard is back on the checklist after every dialog and after a click on a card;
Ctrl+Z works from a problem field."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from inspector.actions import inspections as act
from inspector.domain import Item, Kind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit
    from pytestqt.qtbot import QtBot

    from inspector.ui.inspect import InspectPage
    from inspector.ui.main_window import MainWindow


def opened(window: MainWindow, qtbot: QtBot) -> InspectPage:
    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    page.setFocus()
    qtbot.waitUntil(page.hasFocus, timeout=5000)
    return page


def check_rows(page: InspectPage) -> list[int]:
    return [r.position for r in page.rows if r.item.kind is Kind.CHECK]


def answer(page: InspectPage, item: Item) -> str | int | None:
    assert page.inspection_id is not None
    return act.answer_of(page.store, page.inspection_id, item)


def line_edit(page: InspectPage) -> QLineEdit:
    from PySide6.QtWidgets import QLineEdit

    field = page.focusWidget()
    assert isinstance(field, QLineEdit)
    return field


def failed_with_a_problem(window: MainWindow, qtbot: QtBot) -> tuple[InspectPage, int]:
    """The first pass/fail standard answered 2 (不符合), then N: its problem recorded."""
    page = opened(window, qtbot)
    first = check_rows(page)[0]
    page.select(first)
    qtbot.keyClicks(page, "2")
    qtbot.keyClicks(page, "n")
    return page, first


def problems_of(page: InspectPage, item_id: str) -> list[dict[str, Any]]:
    if page.inspection_id is None:
        return []
    return act.problems_on(page.store, page.inspection_id, item_id)


def test_2_then_n_records_the_problem_on_the_standard_just_answered(
        window: MainWindow, qtbot: QtBot) -> None:
    page = opened(window, qtbot)
    first, second = check_rows(page)[:2]
    page.select(first)
    qtbot.keyClicks(page, "2")
    assert page.selected == first + 1  # the answer moved on, as before
    qtbot.keyClicks(page, "n")
    answered, following = page.rows[first].item, page.rows[first + 1].item
    assert len(problems_of(page, answered.id)) == 1
    assert problems_of(page, following.id) == []
    assert answer(page, answered) == "fail"
    assert answer(page, following) is None
    assert page.selected == first  # the problem is typed where it was recorded
    # After an arrow (or any other move) N is on the selected standard again.
    from PySide6.QtCore import Qt

    page.setFocus()
    page.select(second)
    qtbot.keyClicks(page, "1")
    qtbot.keyClick(page, Qt.Key.Key_Down)
    qtbot.keyClick(page, Qt.Key.Key_Up)
    assert page.selected == second + 1
    qtbot.keyClicks(page, "n")
    assert problems_of(page, page.rows[second].item.id) == []
    assert len(problems_of(page, page.rows[second + 1].item.id)) == 1


def test_m_and_p_after_an_answer_act_on_the_standard_just_answered(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    page = opened(window, qtbot)
    first = check_rows(page)[0]
    page.select(first)
    qtbot.keyClicks(page, "2")
    asked: list[str] = []
    def get_text(_p: Any, _t: str, label: str, **_k: Any) -> tuple[str, bool]:
        asked.append(label)
        page.sites.tree.setFocus()  # where a closing dialog may leave the focus
        return "积水", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    qtbot.keyClicks(page, "m")
    item = page.rows[first].item
    assert asked == [f"{item.id} {item.text}"]
    row = act.response_row(page.store, page.inspection_id or "", item.id)
    assert row is not None and row["note"] == "积水"
    assert page.hasFocus()  # back on the checklist: the keys work without a click
    page.select(first + 1)
    qtbot.keyClicks(page, "1")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: (page.sites.tree.setFocus(), ([], ""))[1])
    qtbot.keyClicks(page, "p")
    assert page.selected == first + 1  # P went to the standard just answered
    assert page.hasFocus()


@pytest.mark.parametrize("key, value", [("1", "pass"), ("3", "na")])
def test_pass_or_na_on_an_item_with_problems_asks_and_undo_restores_both(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, key: str,
        value: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    page, first = failed_with_a_problem(window, qtbot)
    item = page.rows[first].item
    page.setFocus()
    questions: list[str] = []
    reply = QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, *_a: Any) -> Any:
        questions.append(text)
        page.sites.tree.setFocus()
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    page.select(first)
    qtbot.keyClicks(page, key)
    assert len(questions) == 1 and item.id in questions[0]
    assert answer(page, item) == "fail"  # declined
    assert len(problems_of(page, item.id)) == 1
    assert page.rows[first].buttons[1].isChecked()  # the row still shows 不符合
    assert page.hasFocus()
    reply = QMessageBox.StandardButton.Yes
    page.select(first)
    qtbot.keyClicks(page, key)
    assert answer(page, item) == value
    assert problems_of(page, item.id) == []
    assert not page.rows[first].warn.isVisibleTo(page.rows[first])  # no N/A with ⚠
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answer(page, item) == "fail"
    assert len(problems_of(page, item.id)) == 1


def test_a_click_on_a_card_leaves_the_arrows_on_the_checklist(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, Qt

    page = opened(window, qtbot)
    page.sites.tree.setFocus()  # the focus was elsewhere, e.g. in the site list
    card = page.rows[2]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() - 4, 4))
    assert page.selected == 2 and page.hasFocus()
    qtbot.keyClick(page, Qt.Key.Key_Down)
    assert page.selected == 3
    # A click on an answer button answers and leaves the keys on the page too.
    first = check_rows(page)[0]
    qtbot.mouseClick(page.rows[first].buttons[0], Qt.MouseButton.LeftButton)
    assert answer(page, page.rows[first].item) == "pass"
    assert page.hasFocus()


def test_ctrl_z_in_a_problem_field_undoes_the_last_step(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    page, first = failed_with_a_problem(window, qtbot)
    item = page.rows[first].item
    field = line_edit(page)
    assert field.placeholderText()  # the new problem's description
    qtbot.keyClicks(field, "ab")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # committed: the description is stored
    [problem] = problems_of(page, item.id)
    assert problem["description"] == "ab"
    field = line_edit(page)  # the rebuilt row's field, the cursor in it again
    assert field.text() == "ab"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    [problem] = problems_of(page, item.id)
    assert problem["description"] == ""  # the stored step undone, not the text on screen
    field = line_edit(page)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert problems_of(page, item.id) == []  # then N itself, still from the field
    assert answer(page, item) == "fail"


def test_could_not_inspect_offers_the_usual_reasons_and_prints_the_reason(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QInputDialog

    from inspector import state

    page = opened(window, qtbot)
    offered: list[list[str]] = []

    def get_item(_p: Any, _t: str, _l: str, items: list[str], _c: int, editable: bool,
                 *_a: Any, **_k: Any) -> tuple[str, bool]:
        offered.append(list(items))
        assert editable  # another reason can be typed
        page.sites.tree.setFocus()
        return items[1], len(offered) > 1  # the first time, Cancel

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    qtbot.keyClicks(page, "x")
    assert page.hasFocus()  # cancelled: the keys are on the checklist again
    started = page.store.get("inspections", page.inspection_id or "")
    assert started is None or started["outcome"] == "in_progress"
    qtbot.keyClicks(page, "x")
    assert offered[-1] == ["关闭/停业", "拆除", "施工", "无法进入", "点位不存在"]
    assert page.hasFocus()
    insp = page.store.get("inspections", page.inspection_id or "")
    assert insp is not None and (insp["outcome"], insp["reason"]) == ("not_inspectable", "拆除")
    _, _, card = state.scorecard(page.store)
    [site] = [s for c in card.categories for s in c.sites if s.site_id == page.site_id]
    assert site.reason == "拆除"
