"""The 整改 page's documents, each written off the UI thread with progress and Cancel:
the 交办单 for the units (XLSX to fill in, PDF to sign), the units' filled-in sheets read
back as fix reports, and the ledger workbook with its figures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from ...store import Role, Store
from ...store.changes import Changes
from ..bus import Bus
from ..progress import run_job
from ..workers import Cancelled, Job, Progress

CASE_TABLES = ("cases", "case_events", "case_photos")


class CaseDocuments(QObject):
    def __init__(self, page: QWidget, store: Store, bus: Bus,
                 say: Callable[[str], None]) -> None:
        super().__init__(page)
        self.page, self.store, self.bus, self.say = page, store, bus, say
        self.job: Job | None = None
        self.button = QToolButton()
        self.button.setText(self.tr("Documents"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.dispatch_action = menu.addAction(self.tr("交办单 for the units…"),
                                              self.write_dispatch)
        self.replies_action = menu.addAction(self.tr("Import the units' replies…"),
                                             self.import_replies)
        menu.addSeparator()
        self.ledger_action = menu.addAction(self.tr("Export the ledger (XLSX)…"),
                                            self.export_ledger)
        self.button.setMenu(menu)

    def refresh(self) -> None:
        supervisor = self.store.role is Role.SUPERVISOR
        self.dispatch_action.setVisible(supervisor)
        self.replies_action.setVisible(supervisor)

    def write_dispatch(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.page, self.tr("Folder for the 交办单"), str(Path.home()))
        if not folder:
            return

        def work(store: Store, progress: Progress, _cancelled: Cancelled) -> list[Path]:
            from ...report import dispatch

            return dispatch.write_sheets(store, Path(folder), progress=progress)

        self._run(self.tr("Writing the 交办单"), work, lambda files: self.tr(
            "Written: {files}").format(files=", ".join(p.name for p in files)))

    def import_replies(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.page, self.tr("The 交办单 the units sent back"), str(Path.home()),
            self.tr("Spreadsheets (*.xlsx)"))
        if not files:
            return

        def work(store: Store, progress: Progress, _cancelled: Cancelled) -> Any:
            from ...report.dispatch_import import import_replies

            progress("checked", 0, len(files))
            return import_replies(store, [Path(f) for f in files])

        self._run(self.tr("Importing the units' replies"), work, lambda outcome: self.tr(
            "{n} fix reports entered, {m} already entered before").format(
                n=len(outcome.entered), m=len(outcome.already)), changed=True)

    def export_ledger(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.page, self.tr("Export the ledger"), str(Path.home() / "整改台账.xlsx"),
            self.tr("Spreadsheets (*.xlsx)"))
        if not name:
            return
        out = Path(name) if name.endswith(".xlsx") else Path(name + ".xlsx")

        def work(store: Store, progress: Progress, _cancelled: Cancelled) -> Path:
            from ...report import case_ledger

            progress("export", 0, 1)
            return case_ledger.write(store, out)

        self._run(self.tr("Exporting the ledger"), work,
                  lambda path: self.tr("Exported: {files}").format(files=str(path)))

    def _run(self, title: str, work: Callable[[Store, Progress, Cancelled], Any],
             said: Callable[[Any], str], changed: bool = False) -> None:
        if self.job is not None or self.store.data_dir is None:
            return

        def done(result: object) -> None:
            self.job = None
            self.say(said(result))
            if changed:
                self.bus.announce(Changes.of(*CASE_TABLES), None)
                self.bus.saved.emit()

        def failed(message: str) -> None:
            self.job = None
            QMessageBox.warning(self.page, title, message)

        self.job = run_job(self.page, title, self.store.data_dir, work, done, failed)
        self.job.signals.cancelled.connect(lambda: setattr(self, "job", None))
