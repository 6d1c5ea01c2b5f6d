"""A city from nothing, through the real windows: first start, a site list, 新建测评轮次
(round, draw, assignment), 发给测评员; an inspector's laptop that imports its package
sees exactly its sites, scores one and sends it back; the supervisor sees it done."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import JOB_TIMEOUT_MS, SCREENSHOTS, OpenStore, WindowFor
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from inspector.domain import Kind
from inspector.ui.main_window import MainWindow

if TYPE_CHECKING:
    from inspector.ui.sync import SyncPage

HEADER = "点位名称,点位类型,县市区\n"


def shot(widget: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / name))


def site_list(tmp_path: Path) -> Path:
    rows = [f"{d}区{i}号农贸市场,集贸市场,{d}区" for i in range(4) for d in "东西南"]
    rows += [f"{d}区{i}号路,主次干道,{d}区" for i in range(5) for d in "东西南"]
    path = tmp_path / "点位库.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def welcome(qtbot: QtBot, window: MainWindow, city: str, name: str, supervisor: bool) -> None:
    """The first-start dialog, answered from the keyboard."""
    window.first_start()
    dialog = window.welcome
    assert dialog.isVisible()
    dialog.city.insert(city)  # Chinese comes in through the input method, not as key codes
    dialog.name.insert(name)
    (dialog.supervisor if supervisor else dialog.inspector).setChecked(True)
    if supervisor:
        shot(dialog, "first-start.png")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def shown_sites(window: MainWindow) -> dict[str, list[tuple[str, str]]]:
    """The Inspect page's list: group → (site, status glyph + name) as on screen."""
    model = window.inspect.model
    out = {}
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        out[model.rows[g].name] = [
            (str(model.index(s, 0, group).data()), str(model.index(s, 1, group).data()))
            for s in range(model.rowCount(group))]
    return out


def imported(monkeypatch: pytest.MonkeyPatch, window: MainWindow, package: Path,
             role: str) -> SyncPage:
    """The package imported on the window's Sync page, its sender trusted as `role` with
    the trust dialog's own button; the page, still importing."""
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    def trust(dialog: TrustDialog) -> int:
        getattr(dialog, f"{role}_button").click()
        return int(dialog.result())

    monkeypatch.setattr(TrustDialog, "exec", trust)
    window.show_sync()
    page = window.pages["sync"]
    assert isinstance(page, SyncPage)
    page.import_packages([package])
    return page


def test_a_city_from_an_empty_folder_to_a_site_done(
        window_for: WindowFor, open_store: OpenStore, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QSpinBox, QWizard

    sup_dir = tmp_path / "supervisor"
    sup = open_store(sup_dir)
    window = window_for(sup)
    welcome(qtbot, window, "示范市", "赵组长", supervisor=True)
    assert (sup.setting("city"), sup.setting("inspector"), sup.role.value) == (
        "示范市", "赵组长", "supervisor")
    asked = window.welcome
    window.first_start()  # asked once
    assert window.welcome is asked

    # File → Import a site list…
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(site_list(tmp_path)), ""))
    window.import_sites()
    assert window.stack.currentWidget() is window.empty
    assert window.empty.new_round_button.isVisible()
    assert "27" in window.empty.hint.text()
    shot(window, "empty-with-registry.png")

    # 新建测评轮次 from the keyboard.
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    wizard = window.round_actions.wizard
    assert wizard is not None and wizard.isVisible()
    first = wizard.page_round
    first.name.selectAll()
    first.name.insert("2026年第1轮模拟测评")
    spins = {s.objectName(): s for s in first.counts.findChildren(QSpinBox)}
    spins["market"].setValue(6)
    spins["main_road"].setValue(6)
    shot(wizard, "new-round-1.png")
    wizard.next()
    draw = wizard.page_sample
    draw.seed.selectAll()
    qtbot.keyClicks(draw.seed, "2026")
    qtbot.waitUntil(lambda: "2026" in draw.total.text())  # drawn once typing pauses
    assert "抽中 12 个点位" in draw.total.text()
    shot(wizard, "new-round-2-draw.png")
    drawn = dict(wizard.drawn)
    wizard.next()
    deal = wizard.page_assign
    deal.names.insert("张三、李四")
    qtbot.keyClick(deal.names, Qt.Key.Key_Return)  # deals them, in turn
    assert wizard.isVisible()  # Enter dealt; it did not press Finish
    assert deal.table.rowCount() == 12
    assert sorted(deal.table.assigned().values()) == ["张三"] * 6 + ["李四"] * 6
    deal.how.setCurrentIndex(deal.how.findData("by-district"))
    by_district = deal.table.assigned()
    for d in "东西南":  # each district is one inspector's
        assert len({who for sid, who in by_district.items()
                    if deal.table.cell(list(by_district).index(sid), 2).text() == f"{d}区"}) == 1
    deal.table.setFocus()
    deal.table.selectRow(0)
    moved_site = deal.table.cell(0, 0).text()
    before = deal.table.cell(0, 3).text()
    qtbot.keyClick(deal.table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    after = deal.table.cell(0, 3).text()
    assert after != before and after in ("张三", "李四")
    assert f"{after} · " in deal.people.item(["张三", "李四"].index(after)).text()
    shot(wizard, "new-round-3-assign.png")
    plan = deal.table.assigned()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: window.round_actions.job is None, timeout=JOB_TIMEOUT_MS)
    rnd = sup.round()
    assert rnd["name"] == "2026年第1轮模拟测评"
    assert {s.id for s in sup.round_sites(rnd["id"])} == {i for v in drawn.values() for i in v}
    assert {a["site_id"]: a["inspector"] for a in sup.rows("assignments")} == plan
    assert window.stack.currentWidget() is window.tabs

    # 发给测评员, into a folder standing for the USB stick.
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    window.activateWindow()  # (offscreen, the window is not made active again by itself)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.round_actions.job is None, timeout=JOB_TIMEOUT_MS)
    files = sorted(p.name for p in usb.iterdir())
    assert files == ["2026年第1轮模拟测评-发给张三.pkg", "2026年第1轮模拟测评-发给李四.pkg"]
    report = window.round_actions.report
    assert report is not None
    for who in ("张三", "李四"):
        assert f"{who}，{sum(w == who for w in plan.values())} 个点位" in report.text()
    report.accept()
    # The supervisor's Inspect page: the work out with each inspector, none received yet.
    received = shown_sites(window)
    assert sorted(received) == ["张三", "李四"]
    assert all(row[0].startswith("○") for rows in received.values() for row in rows)
    assert any(moved_site in row[0] for row in received[after])

    # 李四's laptop: first start, then the package from the USB stick.
    li = open_store(tmp_path / "li")
    laptop = window_for(li)
    welcome(qtbot, laptop, "示范市", "李四", supervisor=False)
    assert laptop.round_actions.menu.menuAction().isVisible() is False

    sync = imported(monkeypatch, laptop, usb / "2026年第1轮模拟测评-发给李四.pkg",
                    "supervisor")
    qtbot.waitUntil(lambda: not sync.busy() and laptop.stack.currentWidget() is laptop.tabs,
                    timeout=JOB_TIMEOUT_MS)
    mine = {sid for sid, who in plan.items() if who == "李四"}
    names = {s.id: s.name for s in sup.round_sites(rnd["id"])}
    laptop.go_to(0)
    listed = shown_sites(laptop)
    assert sorted(n.split(" ", 1)[1] for rows in listed.values() for n, _ in rows) == sorted(
        names[s] for s in mine)
    shot(laptop, "inspector-after-package.png")

    # 李四 scores a market by the keyboard and finishes it.
    market = next(s for s in sorted(mine, key=lambda s: names[s]) if "市场" in names[s])
    page = laptop.inspect
    page.open_site(market)
    page.setFocus()
    for row in page.rows:
        if row.item.kind is Kind.QUOTA:  # 不适用, then on (a count stays on its standard)
            qtbot.keyClick(page, Qt.Key.Key_3)
            qtbot.keyClick(page, Qt.Key.Key_Down)
        else:
            qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert any(n == f"✔ {names[market]}" for rows in shown_sites(laptop).values()
               for n, _ in rows)
    back = tmp_path / "李四-back.pkg"
    sync.export_package(back)
    qtbot.waitUntil(lambda: not sync.busy() and back.exists(), timeout=JOB_TIMEOUT_MS)

    # The supervisor imports it: 李四's market shows done in the received work.
    sup_sync = imported(monkeypatch, window, back, "inspector")
    qtbot.waitUntil(lambda: not sup_sync.busy(), timeout=JOB_TIMEOUT_MS)
    window.go_to(0)
    qtbot.waitUntil(lambda: any(n == f"✔ {names[market]}" for n, _ in
                                shown_sites(window)["李四"]), timeout=JOB_TIMEOUT_MS)
    others = [n for rows in shown_sites(window).values() for n, _ in rows
              if names[market] not in n]
    assert others and all(n.startswith("○") for n in others)
    shot(window, "supervisor-received.png")


def test_a_site_moved_and_a_site_replaced_from_the_round_menu(
        window_for: WindowFor, open_store: OpenStore, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog, QMessageBox
    from synckit import ok

    sup_dir = tmp_path / "supervisor"
    ok(sup_dir, "config", "set", "role", "supervisor")
    ok(sup_dir, "sites", "import", str(site_list(tmp_path)))
    ok(sup_dir, "round", "new", "第1轮", "--form", "civilized-city-field")
    ok(sup_dir, "sample", "--seed", "5", "--inspectors", "张三,李四", "--per-type", "2")
    store = open_store(sup_dir)
    window = window_for(store)
    actions = window.round_actions
    first = shown_sites(window)["张三"][0][0].split(" ", 1)[1]
    site = store.find_site(first)
    window.inspect.open_site(site.id)
    assert window.inspect.sites.row_inspector == "张三"

    offered: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, items: list[str], *_a: Any) -> Any:
        offered.append(items)
        return "李四", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    actions.move_action.trigger()
    assert offered == [["李四"]]
    assert first in [n.split(" ", 1)[1] for n, _ in shown_sites(window)["李四"]]
    assert first not in [n.split(" ", 1)[1] for n, _ in shown_sites(window)["张三"]]
    assert f"{first}：张三 → 李四" in window.statusBar().currentMessage()

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.inspect.open_site(site.id)
    actions.replace_action.trigger()
    listed = [n.split(" ", 1)[1] for rows in shown_sites(window).values() for n, _ in rows]
    assert first not in listed and len(listed) == 4
    assert "已替换为" in window.statusBar().currentMessage()
    actions.replace_action.trigger()  # the same site again: said, not raised
    assert actions.report is not None and first in actions.report.text()


def test_first_start_can_load_the_demo_and_cancel_asks_no_more(
        window_for: WindowFor, open_store: OpenStore, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[bool] = []
    monkeypatch.setattr(MainWindow, "load_demo", lambda self: loads.append(True))
    store = open_store(tmp_path / "trying")
    window = window_for(store)
    window.first_start()
    window.welcome.demo.setChecked(True)
    window.welcome.buttons.accepted.emit()
    assert loads == [True] and store.role.value == "inspector"

    other = open_store(tmp_path / "later")
    later = window_for(other)
    later.first_start()
    later.welcome.name.insert("王五")
    later.welcome.reject()  # Cancel: nothing saved, and not asked again
    assert other.setting("inspector") == ""
    asked = later.welcome
    later.first_start()
    assert later.welcome is asked and loads == [True]  # no second dialog
