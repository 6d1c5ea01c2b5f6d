"""The supervisor's screens through the real widgets (offscreen): Sync imports three demo
inspectors' packages (the trust dialog answered by the test), Review approves an
inspection and reverses the conflict, Reports previews, prints and saves the scorecard.
Every assertion that matters is on the database or the files written."""

from __future__ import annotations

import gc
import json
import shutil
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import JOB_TIMEOUT_MS, ModelTesters, OpenStore, PageFor, WindowFor, record
from conftest import SCREENSHOTS as SHOTS

from inspector.actions import reviews
from inspector.cli import main as cli_main
from inspector.store import Store
from inspector.store import versions as vs
from inspector.store.changes import Changes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractItemView, QWidget
    from pytestqt.qtbot import QtBot

    from inspector.ui.reports import ReportsPage

pytest.importorskip("PySide6")

INSPECTORS = (("张三", 1), ("李四", 2), ("王五", 3))


def ok(data_dir: Path, *args: str) -> None:
    assert cli_main(["--data-dir", str(data_dir), *args]) == 0, args


@dataclass(frozen=True)
class Demo:
    root: Path
    laptops: dict[str, Path]
    packages: dict[str, Path]
    supervisor: Path  # all three packages imported through the CLI; copy to change


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("ui-supervisor")
    laptops, packages = {}, {}
    for name, seed in INSPECTORS:
        laptops[name] = root / f"laptop-{seed}"
        packages[name] = root / f"{name}-1.pkg"
        ok(laptops[name], "demo", "--inspector", name, "--seed", str(seed))
        ok(laptops[name], "sync", "export", "--out", str(packages[name]))
    sup = root / "supervisor"
    ok(sup, "config", "set", "role", "supervisor")
    ok(sup, "sync", "import", *(str(packages[n]) for n, _ in INSPECTORS), "--trust-new")
    return Demo(root, laptops, packages, sup)


def copy_dir(src: Path, dest: Path) -> Path:
    gc.collect()  # no connection of this process is left open on `src`
    shutil.copytree(src, dest)
    return dest


def screenshot(page: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / name
    assert page.grab().save(str(path))
    return path


def fingerprint(data_dir: Path) -> str:
    info = json.loads((data_dir / "keys" / "device.json").read_text(encoding="utf-8"))
    return str(info["fingerprint"])


def score_json(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    capsys.readouterr()
    ok(data_dir, "score", "--json")
    return json.loads(capsys.readouterr().out)


def count(store: Store, sql: str, params: tuple[Any, ...] = ()) -> int:
    return int(store.db.execute(sql, params).fetchone()[0])


def print_through_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: ReportsPage,
                         printed: Path) -> Path:
    """Print… on the Reports page, the system dialog answered with a PDF printer."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    return printed


def drop(page: QWidget, paths: list[Path]) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)


# ---- Sync ----

def test_sync_page_imports_three_packages_and_trusts_their_devices(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore, qtmodeltester: ModelTesters,
        capsys: pytest.CaptureFixture[str]) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from inspector.ui.bus import Bus
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    sup = tmp_path / "sup"
    ok(sup, "config", "set", "role", "supervisor")
    store = open_store(sup)
    bus = Bus()
    changed: list[Changes] = []
    bus.changed.connect(lambda changes, _source: changed.append(changes))
    page = page_for(SyncPage, store, bus)
    assert page.devices_model.rowCount() == 1  # this computer

    files = [demo.packages[name] for name, _ in INSPECTORS]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(f) for f in files], ""))
    asked: list[tuple[str, str, str]] = []

    def answer(dialog: TrustDialog) -> int:
        if not asked:
            screenshot(dialog, "trust.png")
        asked.append((dialog.device_id, dialog.inspector_label.text(), dialog.fingerprint))
        dialog.inspector_button.click()  # the real button: trust as inspector
        return int(dialog.result())

    monkeypatch.setattr(TrustDialog, "exec", answer)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(store, "SELECT count(*) FROM packages WHERE direction = "
                                  "'in' AND status = 'applied'") == 3 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)

    # Each unknown device was shown once with its inspector and fingerprint, then trusted.
    assert sorted((name, fp) for _, name, fp in asked) == sorted(
        (name, fingerprint(demo.laptops[name])) for name, _ in INSPECTORS)
    trusted = {d["inspector"]: (d["role"], d["trusted"]) for d in
               store.db.query("SELECT * FROM devices WHERE this_device = 0")}
    assert trusted == {name: ("inspector", 1) for name, _ in INSPECTORS}
    assert not list((sup / "sync" / "held").rglob("*.pkg"))
    inspectors = {r["inspector"] for r in store.rows("inspections")}
    assert inspectors == {name for name, _ in INSPECTORS}
    assert score_json(sup, capsys) == score_json(demo.supervisor, capsys)

    assert sorted(page.outcomes) == sorted([(f.name, "held") for f in files]
                                           + [(f.name, "applied") for f in files])
    assert page.log.blockCount() >= 7  # a line per package and per decision
    # Applied packages may change any record: every page that follows the bus reloads.
    assert changed and changed[-1].touches("responses", "inspections", "settings")
    assert page.devices_model.rowCount() == 4
    assert {page.devices_model.text(r, 1) for r in range(4)} == {page.tr("Yes")}
    qtmodeltester.check(page.devices_model)
    qtmodeltester.check(page.exports_model)

    # Dropping a package already imported says so and changes nothing.
    versions = count(store, "SELECT count(*) FROM versions")
    drop(page, [files[0], tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: page.outcomes[-1] == (files[0].name, "already imported")
                    and not page.busy(), timeout=JOB_TIMEOUT_MS)
    assert count(store, "SELECT count(*) FROM versions") == versions
    screenshot(page, "sync.png")


def test_a_device_left_for_later_and_a_damaged_package_change_nothing(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    from PySide6.QtWidgets import QFileDialog

    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    sup = tmp_path / "sup"
    ok(sup, "config", "set", "role", "supervisor")
    damaged = tmp_path / "李四-damaged.pkg"
    raw = bytearray(demo.packages["李四"].read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    store = open_store(sup)
    page = page_for(SyncPage, store)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(demo.packages["张三"]), str(damaged)], ""))
    monkeypatch.setattr(TrustDialog, "exec",
                        lambda dialog: (dialog.later_button.click(), int(dialog.result()))[1])
    page.choose_imports()
    qtbot.waitUntil(lambda: len(page.outcomes) == 3 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    assert page.outcomes == [(demo.packages["张三"].name, "held"), (damaged.name, "refused"),
                             (demo.packages["张三"].name, "not trusted")]
    log = page.log.toPlainText()
    assert "张三" in log and fingerprint(demo.laptops["李四"]) not in log
    # The reason, in the core's words, without a traceback.
    assert "Traceback" not in log and damaged.name in log
    assert count(store, "SELECT count(*) FROM versions") == 0
    assert count(store, "SELECT count(*) FROM held_keys") == 1
    assert list((sup / "sync" / "held").rglob("*.pkg"))  # kept aside for a later decision
    # The devices table says what waits.
    held = [page.devices_model.index(r, 1).data() for r in range(page.devices_model.rowCount())]
    assert any("1" in str(h) for h in held[1:]), held


def test_refusing_a_key_drops_it_and_its_packages(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    from PySide6.QtWidgets import QFileDialog

    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    sup = tmp_path / "sup"
    ok(sup, "config", "set", "role", "supervisor")
    store = open_store(sup)
    page = page_for(SyncPage, store)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(demo.packages["张三"])], ""))
    monkeypatch.setattr(TrustDialog, "exec",
                        lambda dialog: (dialog.refuse_button.click(), int(dialog.result()))[1])
    page.choose_imports()
    qtbot.waitUntil(lambda: "⊘" in page.log.toPlainText() and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    assert fingerprint(demo.laptops["张三"]) in page.log.toPlainText()
    assert count(store, "SELECT count(*) FROM held_keys") == 0
    assert count(store, "SELECT count(*) FROM versions") == 0
    assert not list((sup / "sync" / "held").rglob("*.pkg"))


def test_export_package_from_the_sync_page(page_for: PageFor, qtbot: QtBot, demo: Demo,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           open_store: OpenStore) -> None:
    from PySide6.QtWidgets import QFileDialog

    from inspector.sync.package import verify_package
    from inspector.ui.sync import SyncPage

    sup = copy_dir(demo.supervisor, tmp_path / "sup")
    store = open_store(sup)
    page = page_for(SyncPage, store)
    out = tmp_path / "out" / "corrections"  # no suffix: .pkg is added
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.display_box.setChecked(True)
    page.choose_export()
    qtbot.waitUntil(lambda: page.exports_model.rowCount() == 1 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    made = out.with_suffix(".pkg")
    summary = verify_package(made)
    assert summary  # signature and every entry check out
    [row] = store.db.query("SELECT * FROM packages WHERE direction = 'out'")
    assert row["file_name"] == made.name and row["records"] > 1000
    assert page.outcomes == [(made.name, "exported")]

    # Nothing changed since: the supervisor is told what to do, in its own words.
    page.display_box.setChecked(False)
    page.choose_export()
    qtbot.waitUntil(lambda: len(page.outcomes) == 2 and not page.busy(),
                    timeout=JOB_TIMEOUT_MS)
    assert page.outcomes[-1] == ("", "failed")
    assert page.tr("Nothing has changed since the last export; tick “Everything” to send it "
                   "all again.") in page.log.toPlainText()
    assert page.exports_model.rowCount() == 1


# ---- Review ----

def _select(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    from PySide6.QtCore import Qt

    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_review_page_approves_flags_and_reverses_the_conflict(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore,
        qtmodeltester: ModelTesters) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from inspector.ui.bus import Bus
    from inspector.ui.review import ReviewPage

    sup = copy_dir(demo.supervisor, tmp_path / "sup")
    store = open_store(sup)
    bus = Bus()
    saved: list[bool] = []
    bus.saved.connect(lambda: saved.append(True))
    page = page_for(ReviewPage, store, bus)
    assert page.note.isHidden()
    total = count(store, "SELECT count(*) FROM inspections WHERE deleted = 0")
    assert page.queue.model.rowCount() == total

    # Approve the third inspection through the page.
    _select(qtbot, page.queue.view, 2)
    target = page.queue.current()
    assert target == page.queue.model.key(2)
    assert page.queue.problem_model.rowCount() == count(
        store, "SELECT count(*) FROM problems WHERE inspection_id = ? AND deleted = 0",
        (target,))
    qtbot.mouseClick(page.queue.approve_button, Qt.MouseButton.LeftButton)
    assert record(store, "inspections", target)["review"] == "approved"
    assert saved
    row = page.queue.model.row_of(target)
    assert page.queue.model.text(row, 3) == page.queue.tr("Approved")

    # Flag needs a comment: an empty one is not allowed and changes nothing.
    _select(qtbot, page.queue.view, 0)
    flagged = page.queue.current()
    assert flagged is not None
    warnings: list[str] = []

    def warn(_parent: object, _title: str, text: str, *a: object) -> int:
        warnings.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "warning", warn)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    qtbot.mouseClick(page.queue.flag_button, Qt.MouseButton.LeftButton)
    assert warnings and record(store, "inspections", flagged)["review"] == "received"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("照片不清楚", True))
    qtbot.mouseClick(page.queue.flag_button, Qt.MouseButton.LeftButton)
    row_ = record(store, "inspections", flagged)
    assert (row_["review"], row_["review_comment"]) == ("flagged", "照片不清楚")

    # The conflict: the market's responsible unit, from three inspectors; reverse it.
    [conflict] = vs.conflicts(store)
    assert page.conflicts.model.rowCount() == 1
    assert page.conflicts.model.text(0, 1) == page.conflicts.tr("Responsible unit")
    assert page.conflicts.versions_model.key(0) == "responsible_unit"
    assert page.conflicts.versions_model.columnCount() == 1 + len(conflict.versions)
    assert page.conflicts.versions_model.rowCount() >= 1
    other = vs.version_data(store, conflict.table, conflict.record_id, conflict.versions[1])
    assert other is not None
    assert page.conflicts.versions_model.text(0, 2) == other["responsible_unit"]
    _select(qtbot, page.conflicts.view, 0)
    qtbot.mouseClick(page.conflicts.reverse_button, Qt.MouseButton.LeftButton)
    current = store.get(conflict.table, conflict.record_id)
    assert current is not None
    for key, value in other.items():
        if key not in ("version", "origin", "base"):
            assert current[key] == value, key
    [decided] = vs.conflicts(store)
    assert decided.decision == "reverse"
    assert page.conflicts.model.text(0, 3) == page.conflicts.tr("Reversed")
    assert page.conflicts.versions_model.headerData(
        2, Qt.Orientation.Horizontal) == page.conflicts.tr("Current · {who}").format(
        who=page.conflicts.author(conflict.versions[1]))

    # The sites where two inspectors disagree: the main road two of them scored.
    disagree = page.disagreements.model
    sites = [disagree.text(r, 0) for r in range(disagree.rowCount())]
    assert "东风路" in sites

    # Photos of a problem with photos show as thumbnails (made off the UI thread).
    with_photos = store.db.execute(
        "SELECT inspection_id FROM photo_links WHERE deleted = 0 LIMIT 1").fetchone()[0]
    _select(qtbot, page.queue.view, page.queue.model.row_of(with_photos))
    qtbot.waitUntil(lambda: page.queue.photos.count() > 0, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not page.queue.photos.item(0).icon().isNull(), timeout=JOB_TIMEOUT_MS)
    photos = page.queue.photos
    cells = [photos.visualItemRect(photos.item(i)) for i in range(photos.count())]
    assert all(a.right() < b.left() for a, b in pairwise(cells))
    assert all(c.width() >= 96 for c in cells)  # each picture in its own cell
    page.queue.photos.itemActivated.emit(page.queue.photos.item(0))  # double-click or Enter
    viewer = page.queue.viewer
    qtbot.waitUntil(lambda: not viewer.view.pixmap.pixmap().isNull(), timeout=JOB_TIMEOUT_MS)
    assert viewer.current is not None
    assert viewer.current["sha256"] == page.queue.photos.item(0).data(Qt.ItemDataRole.UserRole)[1]
    viewer.close()
    for model in (page.queue.model, page.queue.problem_model, page.conflicts.model,
                  page.conflicts.versions_model, page.disagreements.model):
        qtmodeltester.check(model)
    screenshot(page, "review.png")


def test_review_page_is_read_only_on_an_inspectors_laptop(page_for: PageFor, qtbot: QtBot,
                                                          demo: Demo, tmp_path: Path,
                                                          open_store: OpenStore) -> None:
    from inspector.ui.review import ReviewPage

    laptop = copy_dir(demo.laptops["张三"], tmp_path / "laptop")
    store = open_store(laptop)
    page = page_for(ReviewPage, store)
    assert not page.note.isHidden() and page.note.text()
    assert page.queue.model.rowCount() > 0
    assert not any(b.isEnabled() for b in (page.queue.approve_button, page.queue.flag_button,
                                           page.queue.reject_button, page.conflicts.reverse_button,
                                           page.conflicts.confirm_button))
    page.queue.approve()
    assert count(store, "SELECT count(*) FROM inspections WHERE review = 'approved'") == 0
    # Photos can be looked at, not marked: an annotated copy would be an edit of another
    # inspector's evidence, which the supervisor's import refuses.
    with_photos = store.db.execute(
        "SELECT inspection_id FROM photo_links WHERE deleted = 0 LIMIT 1").fetchone()[0]
    _select(qtbot, page.queue.view, page.queue.model.row_of(with_photos))
    qtbot.waitUntil(lambda: page.queue.photos.count() > 0, timeout=JOB_TIMEOUT_MS)
    page.queue.photos.itemActivated.emit(page.queue.photos.item(0))
    viewer = page.queue.viewer
    qtbot.waitUntil(lambda: not viewer.view.pixmap.pixmap().isNull(), timeout=JOB_TIMEOUT_MS)
    assert not viewer.editable and viewer.save_button.isHidden()
    viewer.set_tool("circle")
    assert viewer.view.tool == "pan"
    viewer.close()


# ---- Reports ----

def test_reports_page_previews_prints_saves_and_exports(
        page_for: PageFor, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, open_store: OpenStore) -> None:
    import openpyxl
    from pypdf import PdfReader
    from PySide6.QtCore import Qt
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QFileDialog

    from inspector.report.data import gather
    from inspector.ui.bus import Bus
    from inspector.ui.reports import ReportsPage

    sup = copy_dir(demo.supervisor, tmp_path / "sup")
    store = open_store(sup)
    bus = Bus()
    page = page_for(ReportsPage, store, bus)
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert page.stack.currentWidget() is page.empty
    screenshot(page, "reports-empty.png")
    city = store.setting("city")
    store.set_setting("city", "")  # a new supervisor directory: the city is not synced
    page.refresh()
    assert page.status.text() == "未设置城市：报告抬头将没有城市名称（设置 → 城市）。"
    store.set_setting("city", city or "示范市")
    page.refresh()
    assert page.status.text() == ""

    page.appendix_box.setChecked(False)
    qtbot.mouseClick(page.scorecard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready
                    and page.job is None, timeout=JOB_TIMEOUT_MS)
    pages = page.document.pageCount()
    assert pages > 0 and page.kind == "scorecard"
    assert page.file is not None and page.file.parent == sup / "cache" / "reports"
    assert "28.43" in PdfReader(str(page.file)).pages[0].extract_text()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert page.stack.currentWidget() is page.view
    qtbot.wait(500)  # QPdfView renders its pages asynchronously
    screenshot(page, "reports.png")

    # Print… through the system dialog, answered with a PDF printer.
    printed = print_through_dialog(qtbot, monkeypatch, page, tmp_path / "printed.pdf")
    assert len(PdfReader(str(printed)).pages) == pages

    # Save as… copies the file shown.
    saved = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert saved.with_suffix(".pdf").read_bytes() == page.file.read_bytes()

    # The problem list replaces the preview; the old file is removed from the cache.
    first = page.file
    qtbot.mouseClick(page.problems_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.kind == "problems" and page.job is None
                    and page.document.status() == QPdfDocument.Status.Ready,
                    timeout=JOB_TIMEOUT_MS)
    assert page.document.pageCount() > 0 and not first.exists()
    size = page.document.pagePointSize(0)
    assert size.width() > size.height()  # landscape

    # A change elsewhere marks the preview out of date.
    bus.announce(Changes.of("inspections"))
    assert page.stale

    # Export XLSX/CSV…: the problem list as XLSX, and all data as CSV into a folder.
    xlsx = tmp_path / "问题清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    page.problems_xlsx_action.trigger()
    qtbot.waitUntil(lambda: page.job is None and xlsx.exists(), timeout=JOB_TIMEOUT_MS)
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet.max_row - 1 == len(gather(store).problems) > 0
    folder = tmp_path / "csv"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.data_csv_action.trigger()
    qtbot.waitUntil(lambda: page.job is None and (folder / "problems.csv").exists(),
                    timeout=JOB_TIMEOUT_MS)
    assert {p.name for p in folder.iterdir()} == {"sites.csv", "inspections.csv",
                                                  "responses.csv", "problems.csv"}


def test_screenshots_show_chinese_data(app: object, demo: Demo) -> None:
    """The CJK font is in use, so the Chinese site names in the screenshots are legible."""
    from PySide6.QtWidgets import QApplication

    from inspector.ui.main_window import CJK_FAMILIES, cjk_font

    if cjk_font() is None:
        pytest.skip("no CJK font installed (bootstrap.sh installs fonts-wqy-microhei)")
    assert QApplication.font().family() in CJK_FAMILIES


def test_cancel_stops_a_report_and_an_import(page_for: PageFor, qtbot: QtBot, demo: Demo,
                                             tmp_path: Path, open_store: OpenStore) -> None:
    from inspector.ui.reports import ReportsPage
    from inspector.ui.sync import SyncPage

    sup = copy_dir(demo.supervisor, tmp_path / "sup")
    store = open_store(sup)
    reports = page_for(ReportsPage, store)
    reports.generate("scorecard")
    assert reports.job is not None
    reports.job.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: reports.job is None, timeout=JOB_TIMEOUT_MS)
    assert reports.file is None and not reports.print_button.isEnabled()
    assert not [p for p in (sup / "cache" / "reports").glob("*") if p.is_file()]

    fresh = tmp_path / "fresh"
    ok(fresh, "config", "set", "role", "supervisor")
    other = open_store(fresh)
    sync = page_for(SyncPage, other)
    sync.import_packages([demo.packages[name] for name, _ in INSPECTORS])
    assert sync.job is not None
    sync.job.cancel()
    qtbot.waitUntil(lambda: not sync.busy(), timeout=JOB_TIMEOUT_MS)
    # Whatever was imported before the cancel is reported; the rest was not touched.
    done = [name for name, status in sync.outcomes if status == "held"]
    assert count(other, "SELECT count(*) FROM packages WHERE status = 'held'") == len(done)
    assert count(other, "SELECT count(*) FROM versions") == 0


def test_a_hidden_page_reloads_when_shown(page_for: PageFor, qtbot: QtBot, demo: Demo,
                                          tmp_path: Path, open_store: OpenStore) -> None:
    from inspector.ui.bus import Bus
    from inspector.ui.review import ReviewPage

    sup = copy_dir(demo.supervisor, tmp_path / "sup")
    store = open_store(sup)
    bus = Bus()
    page = page_for(ReviewPage, store, bus, show=False)
    first = page.queue.model.key(0)
    reviews.review(store, first, "approve")
    bus.announce(Changes.of("inspections"))  # hidden: nothing reloads yet (answers are quick)
    assert page.queue.model.row_of(first) == 0
    page.show()
    qtbot.waitExposed(page)
    assert page.queue.model.row_of(first) > 0  # approved: no longer first in the queue


# ---- The whole path, through the real window ----

def test_a_supervisor_imports_reviews_and_prints_through_the_window(
        window_for: WindowFor, open_store: OpenStore, qtbot: QtBot, demo: Demo, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 6's supervisor from a new data directory: Settings makes the computer the
    supervisor's, the empty state leads to Sync, three packages come in (each device
    trusted in the dialog), Review approves one inspection and reverses the conflict, the
    Scorecard page shows what `inspector score --json` says, and Reports prints it."""
    from pypdf import PdfReader
    from PySide6.QtCore import Qt
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
    from test_ui_scorecard import expected_rows, table_rows

    from inspector.ui.main_window import SettingsDialog
    from inspector.ui.reports import ReportsPage
    from inspector.ui.review import ReviewPage
    from inspector.ui.scorecard import ScorecardPage
    from inspector.ui.sync import SyncPage
    from inspector.ui.trust_dialog import TrustDialog

    office = tmp_path / "office"
    store = open_store(office)
    window = window_for(store)
    assert window.stack.currentWidget() is window.empty

    def tabs() -> list[str]:
        return [window.tabs.tabText(i) for i in range(window.tabs.count())]

    assert "审核" not in tabs()

    def supervisor_in_city(dialog: SettingsDialog) -> int:
        dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
        dialog.city.setText("示范市")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", supervisor_in_city)
    window.open_settings()
    assert tabs() == ["测评", "得分表", "问题清单", "同步", "审核", "整改", "通报"]

    # 导入同步包… on the empty state opens Sync; three packages, three trust questions.
    [to_sync] = [b for b in window.empty.findChildren(QPushButton) if b.text() == "导入同步包…"]
    qtbot.mouseClick(to_sync, Qt.MouseButton.LeftButton)
    sync = window.pages["sync"]
    assert isinstance(sync, SyncPage)
    assert window.tabs.currentIndex() == 3 and sync.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (
        [str(demo.packages[name]) for name, _ in INSPECTORS], ""))
    asked: list[str] = []

    def trust_as_inspector(dialog: TrustDialog) -> int:
        asked.append(dialog.fingerprint)
        dialog.inspector_button.click()
        return int(dialog.result())

    monkeypatch.setattr(TrustDialog, "exec", trust_as_inspector)
    qtbot.mouseClick(sync.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count(store, "SELECT count(*) FROM packages WHERE status = "
                                  "'applied'") == 3 and not sync.busy(), timeout=JOB_TIMEOUT_MS)
    assert sorted(asked) == sorted(fingerprint(demo.laptops[n]) for n, _ in INSPECTORS)
    waiting = count(store, "SELECT count(*) FROM inspections WHERE deleted = 0 AND review = "
                    "'received'")
    assert waiting > 0
    assert sync.log.toPlainText().splitlines()[-1] == \
        f"待审核：{waiting} 条测评，1 处冲突 — 请到“审核”页处理"
    assert window.stack.currentWidget() is window.tabs  # the round came with the packages
    assert window.windowTitle().startswith("示范市 ")

    # Ctrl+5 Review: approve the first inspection in the queue, reverse the conflict.
    # The dialogs have closed; offscreen has no window manager to give the window back
    # its activation (and so its shortcuts), as a desktop does.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    review = window.pages["review"]
    assert isinstance(review, ReviewPage)
    assert review.isVisible()
    _select(qtbot, review.queue.view, 0)
    approved = review.queue.current()
    assert approved is not None
    qtbot.mouseClick(review.queue.approve_button, Qt.MouseButton.LeftButton)
    assert record(store, "inspections", approved)["review"] == "approved"
    [conflict] = vs.conflicts(store)
    _select(qtbot, review.conflicts.view, 0)
    qtbot.mouseClick(review.conflicts.reverse_button, Qt.MouseButton.LeftButton)
    [decided] = vs.conflicts(store)
    assert decided.decision == "reverse"
    assert record(store, conflict.table, conflict.record_id)["version"] != conflict.versions[0]

    # Ctrl+2 Scorecard: the 40-point table is the CLI's, to the last digit.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    scorecard = window.pages["scorecard"]
    assert isinstance(scorecard, ScorecardPage)
    assert scorecard.isVisible()
    expected = score_json(office, capsys)
    assert table_rows(scorecard) == expected_rows(scorecard, expected)

    # Ctrl+3 Reports: the scorecard PDF, printed through the system dialog.
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    reports = window.pages["reports"]
    assert isinstance(reports, ReportsPage)
    qtbot.mouseClick(reports.scorecard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.document.status() == QPdfDocument.Status.Ready
                    and reports.job is None, timeout=JOB_TIMEOUT_MS)
    printed = print_through_dialog(qtbot, monkeypatch, reports, tmp_path / "printed.pdf")
    assert len(PdfReader(str(printed)).pages) == reports.document.pageCount()
    first_page = PdfReader(str(reports.file)).pages[0].extract_text()
    assert "示范市" in first_page and str(expected["total"]) in first_page
