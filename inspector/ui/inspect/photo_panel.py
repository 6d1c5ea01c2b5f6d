"""The inspect page's photo column: thumbnails of the site's and its problems' photos."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QIcon, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...clock import local
from ...store import Store
from ...store.store import Row
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
            lambda item: page.view_photos(item.data(PROBLEM_ROLE), item.data(SHA_ROLE)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view = QAction(self.tr("View and annotate") + "\tEnter", self)  # Enter: itemActivated
        view.triggered.connect(lambda: self._on_current(page.view_photos))
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

    def show_photos(self, store: Store, rows: list[tuple[Row, str | None]]) -> None:
        """Captions at once; pictures already seen from the cache, the others when the
        background loader has decoded them (the page repaints this list after edits)."""
        self.clear()
        self.thumbs.forget()
        wanted = []
        for r, problem_id in rows:
            mark = "✎ " if r["derived_from"] else ""  # an annotated copy, told apart
            item = QListWidgetItem(mark + local(r["taken_at"], "%H:%M", zone=store.zone()))
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
        self.page.import_photo_paths([Path(u.toLocalFile()) for u in urls], None)
