"""Photos suggested for the open site: files in the inspector's photo folder whose EXIF
time and GPS fit this inspection (inspector/photos/evidence.py decides). They are only
offered — the inspector attaches one with Enter, a double-click or the button.

The folder is the one photos were last imported from on this computer, or one chosen
here; the scan runs off the UI thread and reads each file once (then only stats it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..clock import local
from ..store import Store, photo_rows
from .workers import Job, start, store_job

if TYPE_CHECKING:  # Pillow loads with the first scan, not with the app
    from ..photos.evidence import ScanCache, SuggestedPhoto

PATH_ROLE = Qt.ItemDataRole.UserRole


class SuggestionPanel(QWidget):
    """A button "建议照片 (n)" that opens the list of suggested photos."""

    def __init__(self, page: Any) -> None:
        super().__init__()
        self.page = page
        self.store: Store = page.store
        self.inspection_id: str | None = None
        self.key: tuple[str, int, str] | None = None  # what the list was made for
        self.job: Job | None = None
        self.again = False  # asked again while a scan ran
        self.cache: ScanCache = {}  # only the scanning thread touches it, one at a time
        self.suggestions: list[SuggestedPhoto] = []
        self.toggle = QPushButton()
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Photos in your photo folder taken here during this "
                                       "visit; none is attached until you choose it"))
        self.toggle.toggled.connect(self._show_list)
        self.choose = QPushButton(self.tr("Folder…"))
        self.choose.setToolTip(self.tr("Choose the folder your phone's photos are copied to"))
        self.choose.clicked.connect(self.choose_folder)
        self.list = QListWidget()
        self.list.setToolTip(self.tr("Enter or double-click attaches the photo to the "
                                     "selected item's problem"))
        self.list.itemActivated.connect(self._attach_item)
        self.attach = QPushButton(self.tr("Attach to the selected problem"))
        self.attach.clicked.connect(lambda: self._attach_item(self.list.currentItem()))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toggle, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.attach)
        self._show_list(False)
        self._label()
        app = QCoreApplication.instance()
        if app is not None:  # quitting waits for running jobs: a folder scan stops first
            app.aboutToQuit.connect(self._stop)

    def _stop(self) -> None:
        if self.job is not None:
            self.again = False
            self.job.cancel()

    # ---- the folder ----

    def _settings_key(self) -> str:
        return f"suggest_folder/{self.store.data_dir}"

    def folder(self) -> Path | None:
        value = QSettings().value(self._settings_key())
        return Path(value) if isinstance(value, str) and value and Path(value).is_dir() \
            else None

    def set_folder(self, folder: Path) -> None:
        QSettings().setValue(self._settings_key(), str(folder))
        self.key = None
        self.refresh(self.inspection_id)

    def remember_import(self, paths: list[Path]) -> None:
        """Photos imported from a folder: later photos will be in it too."""
        if paths:
            folder = paths[0] if paths[0].is_dir() else paths[0].parent
            if folder != self.folder():
                self.set_folder(folder)

    def choose_folder(self) -> None:
        start_in = self.folder()
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Photo folder"),
                                                  str(start_in) if start_in else "")
        if chosen:
            self.set_folder(Path(chosen))

    # ---- the list ----

    def refresh(self, inspection_id: str | None) -> None:
        """Scan again when the site, its photos or the folder changed."""
        self.inspection_id = inspection_id
        folder = self.folder()
        if inspection_id is None or folder is None:
            self.key, self.suggestions = None, []
            self._fill()
            return
        linked = len(photo_rows.links(self.store, inspection_id))
        key = (inspection_id, linked, str(folder))
        if key == self.key:
            return
        self.key = key
        if self.job is not None:
            self.again = True
            return
        self._scan(inspection_id, folder)

    def _scan(self, iid: str, folder: Path) -> None:
        # No query on this thread's connection here: a scan asked again when the last
        # one ends may come after the page's database has closed (the job opens its own).
        assert self.store.data_dir is not None
        cache = self.cache

        def work(store: Store, _progress: Any, cancelled: Any) -> list[SuggestedPhoto]:
            from ..photos.evidence import suggested_for

            return suggested_for(store, iid, [folder], cache, cancelled)

        self.job = store_job(self.store.data_dir, work)
        self.job.signals.finished.connect(lambda found: self._scanned(iid, found))
        self.job.signals.failed.connect(lambda _m: self._scanned(iid, []))
        self.job.signals.cancelled.connect(lambda: self._scanned(iid, []))
        self._label(scanning=True)
        start(self.job)

    def _scanned(self, inspection_id: str, found: list[SuggestedPhoto]) -> None:
        self.job = None
        folder = self.folder()
        if self.again and self.inspection_id is not None and folder is not None:
            self.again = False
            self._scan(self.inspection_id, folder)
            return
        self.again = False
        if inspection_id == self.inspection_id:
            self.suggestions = found
            self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for s in self.suggestions:
            where = (self.tr("{m} m away").format(m=round(s.distance_m))
                     if s.distance_m is not None else self.tr("no GPS"))
            when = local(s.taken_at, "%H:%M", zone=self.store.zone())
            item = QListWidgetItem(f"{Path(s.path).name} · {when} · {where}")
            item.setToolTip(s.path)
            item.setData(PATH_ROLE, s.path)
            self.list.addItem(item)
        if self.suggestions:
            self.list.setCurrentRow(0)
        self._label()

    def _label(self, scanning: bool = False) -> None:
        if scanning:
            self.toggle.setText(self.tr("Suggested photos (…)"))
        else:
            self.toggle.setText(self.tr("Suggested photos ({n})").format(
                n=len(self.suggestions)))
        self.toggle.setEnabled(bool(self.suggestions))
        if not self.suggestions:
            self.toggle.setChecked(False)

    def _show_list(self, on: bool) -> None:
        self.list.setVisible(on)
        self.attach.setVisible(on)

    def _attach_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.page.photos.attach_suggested(Path(str(item.data(PATH_ROLE))))
