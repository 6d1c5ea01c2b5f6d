"""The inspect page's photo column: thumbnails of the site's and its problems' photos,
and what P, Shift+P and a drop do with photos (import off the UI thread, view)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QFileDialog, QListWidget, QListWidgetItem

from ...actions import inspections as act
from ...clock import local
from ...store import Store, photo_rows
from ...store.changes import Changes
from ...store.store import Row
from ..progress import run_job
from ..steps import Step
from ..texts import shown
from ..thumbnails import Thumbnails

if TYPE_CHECKING:
    from .page import InspectPage

SHA_ROLE, PROBLEM_ROLE = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


class PhotoPanel(QListWidget):
    """Thumbnails of the selected problem's (or the site's) photos; drop files here."""

    def __init__(self, page: InspectPage) -> None:
        super().__init__()
        self.page = page
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setIconSize(QPixmap(120, 90).size())
        # A grid that reflows with the panel's width: many photos never overlap.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setMovement(QListWidget.Movement.Static)
        self.setGridSize(QPixmap(132, 118).size())
        self.setWordWrap(True)
        self.cache: dict[str, QIcon] = {}  # by SHA-256: a photo's bytes never change
        self.thumbs = Thumbnails(self, self.iconSize(), self._thumbs_ready)
        self.setAcceptDrops(True)
        self.setMinimumWidth(150)
        # Double-click or Enter opens the photo in the viewer (zoom, annotate).
        self.itemActivated.connect(
            lambda item: self.view(item.data(PROBLEM_ROLE), item.data(SHA_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view = QAction(self.tr("View and annotate") + "\tEnter", self)  # Enter: itemActivated
        view.triggered.connect(lambda: self._on_current(self.view))
        remove = QAction(self.tr("Remove photo"), self)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(lambda: self._on_current(page.remove_photo))
        self.addActions([view, remove])
        self.setToolTip(self.tr("Enter: view and annotate · Delete: remove the photo "
                                "(Ctrl+Z puts it back)"))

    def _on_current(self, do: Callable[[str | None, str], object]) -> None:
        item = self.currentItem()
        if item is not None and item.isSelected():
            do(item.data(PROBLEM_ROLE), item.data(SHA_ROLE))

    def refresh(self) -> None:
        """The open inspection's photos, the site's and each problem's."""
        page = self.page
        page.suggested.refresh(page.inspection_id)
        if page.inspection_id is None:
            self.clear()
            return
        iid = page.inspection_id
        targets = {link["problem_id"] for link in photo_rows.links(page.store, iid)}
        rows = [(r, pid) for pid in sorted(targets, key=lambda p: p or "")
                for r in photo_rows.linked_photos(page.store, iid, pid)]
        self.show_photos(page.store, rows, self._owners(iid))

    def _owners(self, iid: str) -> dict[str | None, str]:
        """What each photo belongs to, as its caption says: "ZC05 问题2", or the site."""
        owners: dict[str | None, str] = {None: self.tr("Site")}
        seen: dict[str, int] = {}
        for p in self.page.store.rows("problems", "inspection_id = ?", [iid],
                                      order_by="item_id, rowid"):
            seen[p["item_id"]] = seen.get(p["item_id"], 0) + 1
            owners[p["id"]] = self.tr("{item} problem {n}").format(item=p["item_id"],
                                                                   n=seen[p["item_id"]])
        return owners

    def show_photos(self, store: Store, rows: list[tuple[Row, str | None]],
                    owners: dict[str | None, str] | None = None) -> None:
        """Captions at once; pictures already seen from the cache, the others when the
        background loader has decoded them (the page repaints this list after edits)."""
        self.clear()
        self.thumbs.forget()
        wanted = []
        for r, problem_id in rows:
            mark = "✎ " if r["derived_from"] else ""  # an annotated copy, told apart
            owner = (owners or {}).get(problem_id, "")
            taken = local(r["taken_at"], "%H:%M", zone=store.zone())
            item = QListWidgetItem(mark + (f"{owner} · {taken}" if owner else taken))
            item.setToolTip(r["file_name"] + ("\n" + self.tr("annotated copy")
                                              if r["derived_from"] else ""))
            item.setData(SHA_ROLE, r["sha256"])
            item.setData(PROBLEM_ROLE, problem_id)
            cached = self.cache.get(r["sha256"])
            if cached is not None:
                item.setIcon(cached)
            else:
                wanted.append((str(r["sha256"]), str(r["ext"] or "jpg")))
            self.addItem(item)
        self.thumbs.load(store.data_dir, wanted)

    def _thumbs_ready(self, images: list[QImage | None]) -> None:
        waiting = [self.item(i) for i in range(self.count())
                   if self.item(i).data(SHA_ROLE) not in self.cache]
        for item, image in zip(waiting, images, strict=False):
            if image is None:
                item.setText(self.tr("{time} (missing)").format(time=item.text()))
                continue
            icon = QIcon(QPixmap.fromImage(image))
            self.cache[item.data(SHA_ROLE)] = icon
            item.setIcon(icon)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls: list[QUrl] = event.mimeData().urls()
        self.import_paths([Path(u.toLocalFile()) for u in urls], None)

    # ---- commands ----

    def add(self) -> None:
        """P: choose files; they go to the selected standard's last problem (right after
        an answer: the standard answered), else the site."""
        self.page.back_to_answered()
        files, _ = QFileDialog.getOpenFileNames(
            self.page, self.tr("Add photos"), "",
            self.tr("Photos (*.jpg *.jpeg *.png *.heic *.webp)"))
        self.page.setFocus()  # the keys work again without a click
        if files:
            self.import_paths([Path(f) for f in files], self.page.selected_problem())

    def attach_suggested(self, path: Path) -> None:
        """A suggested photo, chosen by the inspector, goes where P would put it."""
        self.import_paths([path], self.page.selected_problem())

    def view(self, problem_id: str | None = None, sha: str | None = None) -> None:
        """Open the viewer on a problem's photos; without one, on the selected item's
        first problem that has photos, else the photos of the site itself."""
        page = self.page
        if page.inspection_id is None:
            return
        iid, store = page.inspection_id, page.store
        if sha is None and problem_id is None and page.rows:
            item = page.rows[page.selected].item
            problem_id = next((p["id"] for p in act.problems_on(store, iid, item.id)
                               if photo_rows.linked_photos(store, iid, p["id"])), None)
        if not photo_rows.linked_photos(store, iid, problem_id):
            page.bus.error.emit(self.tr("No photos on this item yet: P adds some."))
            return
        from ..photo_viewer import PhotoViewer  # with Pillow, on first use

        viewer = PhotoViewer(store, iid, problem_id, sha,
                             lambda: page.after(Changes.of("photo_links")), page)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.finished.connect(page.setFocus)  # closed: the keys answer again
        viewer.open()  # window-modal, without a nested event loop
        page.viewer = viewer

    def import_paths(self, paths: list[Path], problem_id: str | None) -> None:
        """Copy photos in and link them, off the UI thread with progress; one undo step."""
        page = self.page
        if not paths or page.store.data_dir is None:
            return
        iid = page.ensure_started()
        page.suggested.remember_import(paths)

        def work(store: Store, progress: Any, cancelled: Callable[[], bool]) -> Any:
            return act.attach_photos(store, paths, iid, problem_id,
                                     progress=lambda d, t, _n: progress("photos", d, t),
                                     cancel=cancelled)

        def done(result: Any) -> None:
            report, changes = result
            if changes:
                page.undo.push(Step(self.tr("add photos"), page.store, changes, page.after,
                                    page.bus.error.emit))
            if report.refused:
                page.bus.error.emit("; ".join(f"{Path(n).name}: {shown(r)}" for n, r in
                                              report.refused[:3]))

        run_job(page, self.tr("Importing photos"), page.store.data_dir, work, done)
