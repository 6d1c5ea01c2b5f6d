"""Photos on the Inspect page: the viewer (zoom, fit, next/previous), annotating a copy
while the original stays untouched, and suggested photos attached with one action."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from conftest import SCREENSHOTS as ARTIFACTS
from PIL import Image

from inspector.actions import inspections as act
from inspector.photos.importer import import_photos
from inspector.photos.synthetic import synthetic_jpeg
from inspector.photos.tree import PhotoTree
from inspector.store import photo_rows

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsView
    from pytestqt.qtbot import QtBot

    from inspector.ui.inspect import InspectPage
    from inspector.ui.main_window import MainWindow
    from inspector.ui.photo_viewer import PhotoViewer

CST = timezone(timedelta(hours=8))
# The inspect page on a started site, with the ids of its inspection and of a problem
# on XZ01 that has two photos.
WithPhotos = tuple["InspectPage", str, str]


def shot(path: Path, name: str, seed: str, minutes: int = 0, lat: str = "30.6") -> Path:
    file = path / name
    file.write_bytes(synthetic_jpeg(
        2400, 1800, seed, lat=Decimal(lat), lon=Decimal("114.2"),
        taken_at=datetime.now(CST).replace(microsecond=0) + timedelta(minutes=minutes),
        label="东侧排水沟"))
    return file


@pytest.fixture
def problem_with_photos(window: MainWindow, tmp_path: Path) -> WithPhotos:
    """The site started, a problem on its first item with two photos attached."""
    page = window.inspect
    page.open_site(page.store.sites()[0].id)
    iid = page.ensure_started()
    assert page.category is not None
    item = page.category.item("XZ01")
    assert item is not None
    act.add_problem(page.store, iid, item, act.ProblemDraft(description="积水"), "p-1")
    pid = "p-1"
    files = [shot(tmp_path, "IMG_1.jpg", "a"), shot(tmp_path, "IMG_2.jpg", "b", 1)]
    assert len(import_photos(page.store, files, iid, pid, workers=1).imported) == 2
    page._show_site()
    return page, iid, pid


def open_viewer(qtbot: QtBot, page: InspectPage) -> PhotoViewer:
    from PySide6.QtCore import Qt

    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    viewer = page.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: not viewer.view.pixmap.pixmap().isNull(), timeout=10000)
    return viewer


def test_viewer_opens_from_a_thumbnail_zooms_fits_and_steps(problem_with_photos: WithPhotos,
                                                            qtbot: QtBot) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    page, iid, pid = problem_with_photos
    assert page.photos.count() == 2
    page.photos.setFocus()
    page.photos.setCurrentRow(1)
    qtbot.keyClick(page.photos, Qt.Key.Key_Return)  # Enter on a thumbnail opens it
    viewer = page.viewer
    assert viewer is not None
    qtbot.waitUntil(lambda: not viewer.view.pixmap.pixmap().isNull(), timeout=10000)
    second = photo_rows.linked_photos(page.store, iid, pid)[1]
    assert viewer.current is not None and viewer.current["sha256"] == second["sha256"]
    assert viewer.info.text().startswith("2/2") and "30.60000°N 114.20000°E" in \
        viewer.info.text()
    view = viewer.view
    fitted = view.scale_factor()
    shown = view.mapFromScene(view.sceneRect()).boundingRect()
    assert fitted < 1  # the 1600 px display copy in a smaller view: all of it is shown
    assert shown.width() <= view.viewport().width() + 1
    assert shown.height() <= view.viewport().height() + 1
    assert min(view.viewport().width() - shown.width(),
               view.viewport().height() - shown.height()) <= 4  # and fills one side
    qtbot.keyClick(viewer, Qt.Key.Key_Plus)
    assert view.scale_factor() == pytest.approx(fitted * 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    qtbot.keyClick(viewer, Qt.Key.Key_Minus)
    assert view.scale_factor() == pytest.approx(fitted / 1.25)
    qtbot.keyClick(viewer, Qt.Key.Key_1)
    assert view.scale_factor() == pytest.approx(1.0)
    wheel = QWheelEvent(QPointF(100, 100), QPointF(view.mapToGlobal(QPoint(100, 100))),
                        QPoint(), QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.scale_factor() == pytest.approx(1.25 ** 2)
    qtbot.keyClick(viewer, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.scale_factor() == pytest.approx(fitted)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # wraps round to the first photo
    qtbot.waitUntil(lambda: viewer.info.text().startswith("1/2"))
    assert viewer.current is not None and viewer.current["sha256"] != second["sha256"]
    viewer.close()


def test_a_photo_received_without_its_original_says_so(problem_with_photos: WithPhotos,
                                                       qtbot: QtBot) -> None:
    page, iid, pid = problem_with_photos
    first = photo_rows.linked_photos(page.store, iid, pid)[0]
    page.store.db.execute("UPDATE photos SET original_present = 0 WHERE sha256 = ?",
                          [first["sha256"]])
    page.store.db.conn.commit()
    viewer = open_viewer(qtbot, page)
    assert "⚠" in viewer.info.text()
    viewer.step(1)
    assert "⚠" not in viewer.info.text()
    viewer.close()


def drag(qtbot: QtBot, view: QGraphicsView, start: tuple[float, float],
         end: tuple[float, float]) -> None:
    from PySide6.QtCore import QPointF, Qt

    a = view.mapFromScene(QPointF(*start))
    b = view.mapFromScene(QPointF(*end))
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(view.viewport(), pos=b)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=b)


def test_annotation_is_saved_as_a_linked_copy(problem_with_photos: WithPhotos, township: Path,
                                              qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtWidgets import QInputDialog

    page, iid, pid = problem_with_photos
    viewer = open_viewer(qtbot, page)
    original = viewer.current
    assert original is not None
    tree = PhotoTree(township)
    original_file = tree.original(original["sha256"], original["ext"])
    assert hashlib.sha256(original_file.read_bytes()).hexdigest() == original["sha256"]
    view = viewer.view
    qtbot.keyClick(viewer, Qt.Key.Key_C)  # circle
    drag(qtbot, view, (200, 150), (400, 350))
    qtbot.keyClick(viewer, Qt.Key.Key_A)  # arrow
    drag(qtbot, view, (700, 100), (420, 250))
    qtbot.keyClick(viewer, Qt.Key.Key_T)  # text
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("积水两处", True))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(QPointF(420, 420)))
    qtbot.keyClick(viewer, Qt.Key.Key_A)
    drag(qtbot, view, (10, 10), (100, 100))  # a slip,
    qtbot.keyClick(viewer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone
    assert [s.kind for s in viewer.shapes] == ["circle", "arrow", "text"]
    circle = viewer.shapes[0]
    # Drawn on the 1600 px display copy, kept in the 2400 px original's pixels.
    assert (circle.x1, circle.y1) == pytest.approx((300, 225), abs=3)
    assert viewer.shapes[2].text == "积水两处"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    viewer.grab().save(str(ARTIFACTS / "photo_viewer_annotating.png"))
    qtbot.keyClick(viewer, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(photo_rows.linked_photos(page.store, iid, pid)) == 3,
                    timeout=10000)
    qtbot.waitUntil(lambda: bool(viewer.current and viewer.current["derived_from"]))
    copy = viewer.current
    assert copy is not None
    assert copy["derived_from"] == original["sha256"] and copy["sha256"] != original["sha256"]
    drawn = tree.original(copy["sha256"], "jpg")
    assert drawn.exists() and drawn.read_bytes() != original_file.read_bytes()
    assert hashlib.sha256(original_file.read_bytes()).hexdigest() == original["sha256"]
    with Image.open(drawn) as image:
        assert image.size == (2400, 1800)
        pixel = image.getpixel((302, 375))  # the circle's left edge, where it was drawn
        assert isinstance(pixel, tuple)
        r, g, b = pixel
        assert r > 170 and g < 110 and b < 110
    link = page.store.db.execute(
        "SELECT problem_id FROM photo_links WHERE photo_sha256 = ? AND deleted = 0",
        [copy["sha256"]]).fetchall()
    assert [tuple(r) for r in link] == [(pid,)]
    qtbot.waitUntil(lambda: not viewer.view.pixmap.pixmap().isNull())
    assert "✎" in viewer.info.text() and not viewer.shapes
    viewer.grab().save(str(ARTIFACTS / "photo_viewer_annotated.png"))
    labels = [page.photos.item(i).text() for i in range(page.photos.count())]
    assert sum(label.startswith("✎") for label in labels) == 1 and len(labels) == 3
    viewer.close()


def test_suggested_photos_are_offered_and_attached_by_choice(problem_with_photos: WithPhotos,
                                                             tmp_path: Path, qtbot: QtBot
                                                             ) -> None:
    import shutil

    from PySide6.QtCore import Qt

    page, iid, pid = problem_with_photos
    folder = tmp_path / "DCIM"
    folder.mkdir()
    fits = shot(folder, "IMG_3.jpg", "c", minutes=5)
    shot(folder, "IMG_4.jpg", "d", minutes=-24 * 60)  # yesterday: another visit
    shot(folder, "IMG_5.jpg", "e", minutes=5, lat="31.6")  # 110 km away
    shutil.copy(tmp_path / "IMG_1.jpg", folder / "IMG_1.jpg")  # attached already
    (folder / "notes.txt").write_text("not a photo")
    panel = page.suggested
    assert not panel.toggle.isEnabled()
    panel.set_folder(folder)
    qtbot.waitUntil(lambda: panel.job is None and panel.list.count() == 1, timeout=10000)
    assert panel.toggle.text() in ("建议照片 (1)", "Suggested photos (1)")
    assert panel.list.item(0).text().startswith("IMG_3.jpg")
    links = "SELECT count(*) FROM photo_links WHERE inspection_id = ? AND deleted = 0"
    assert page.store.db.execute(links, [iid]).fetchone()[0] == 2  # offered, not attached
    page.select(0)  # XZ01, whose problem gets the photo
    panel.toggle.click()
    assert panel.list.isVisible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.window().grab().save(str(ARTIFACTS / "inspect_suggested_photos.png"))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.store.db.execute(links, [iid]).fetchone()[0] == 3,
                    timeout=10000)
    attached = [r["file_name"] for r in photo_rows.linked_photos(page.store, iid, pid)]
    assert attached == ["IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"]
    assert hashlib.sha256(fits.read_bytes()).hexdigest() in \
        {r["sha256"] for r in photo_rows.linked_photos(page.store, iid, pid)}
    qtbot.waitUntil(lambda: panel.job is None and panel.list.count() == 0, timeout=10000)
    assert not panel.toggle.isEnabled()


def test_a_wrong_photo_is_removed_with_delete_and_put_back_with_undo(
        problem_with_photos: WithPhotos, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from inspector.ui.main_window import MainWindow

    page, iid, pid = problem_with_photos
    live = "SELECT p.file_name FROM photo_links l JOIN photos p ON p.sha256 = l.photo_sha256 " \
        "WHERE l.problem_id = ? AND l.deleted = 0 ORDER BY p.file_name"
    assert [r[0] for r in page.store.db.execute(live, [pid])] == ["IMG_1.jpg", "IMG_2.jpg"]
    sha = page.photos.item(1).data(Qt.ItemDataRole.UserRole)
    assert sha == photo_rows.linked_photos(page.store, iid, pid)[1]["sha256"]
    page.photos.setFocus()
    page.photos.setCurrentRow(1)
    qtbot.keyClick(page.photos, Qt.Key.Key_Delete)
    assert [r[0] for r in page.store.db.execute(live, [pid])] == ["IMG_1.jpg"]
    assert page.photos.count() == 1
    # A tombstone that syncs, with its audit row; the file stays for history and others.
    tomb = page.store.db.execute("SELECT id, deleted FROM photo_links WHERE problem_id = ? "
                                 "AND photo_sha256 = ?", [pid, sha]).fetchone()
    assert tomb is not None and tomb[1] == 1
    assert page.store.db.execute("SELECT count(*) FROM audit WHERE record_id = ? AND "
                                 "action = 'delete'", [tomb[0]]).fetchone()[0] == 1
    assert page.store.data_dir is not None
    assert PhotoTree(page.store.data_dir).original(sha, "jpg").exists()
    window = page.window()
    assert isinstance(window, MainWindow) and window.saved.text().startswith("已保存")
    qtbot.keyClick(page, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [r[0] for r in page.store.db.execute(live, [pid])] == ["IMG_1.jpg", "IMG_2.jpg"]
    assert page.photos.count() == 2


def test_thumbnails_arrive_from_the_background_and_a_lost_file_is_said(
        problem_with_photos: WithPhotos, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    page, iid, pid = problem_with_photos
    panel = page.photos
    qtbot.waitUntil(lambda: all(not panel.item(i).icon().isNull()
                                for i in range(panel.count())), timeout=10000)
    assert panel.count() == 2
    size = panel.item(0).icon().availableSizes()[0]
    assert (size.width(), size.height()) == (120, 90)  # 4:3, scaled off the UI thread
    # The second photo's files are gone (a damaged disk): its caption says so.
    lost = photo_rows.linked_photos(page.store, iid, pid)[1]
    assert page.store.data_dir is not None
    tree = PhotoTree(page.store.data_dir)
    for path in (tree.original(lost["sha256"], lost["ext"]), tree.thumb(lost["sha256"]),
                 tree.display(lost["sha256"])):
        path.unlink(missing_ok=True)
    panel.cache.clear()
    page._show_site()
    assert panel.count() == 2 and panel.item(0).icon().isNull()  # captions first
    qtbot.waitUntil(lambda: panel.item(1).text().endswith("（缺失）"), timeout=10000)
    assert not panel.item(0).icon().isNull() and panel.item(1).icon().isNull()
    assert panel.item(1).data(Qt.ItemDataRole.UserRole) == lost["sha256"]
