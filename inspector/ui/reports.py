"""The supervisor's Reports screen: the scorecard and the problem list, generated in the
background by the core's report writers, previewed in a QPdfView, printed through the
system dialog, saved, or exported as XLSX/CSV."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..store import Store
from ..store.changes import Changes
from .bus import Bus
from .progress import run_job
from .workers import Job

PRINT_DPI = 300  # enough for text and photos; a 1200 dpi raster of A4 would be 500 MB
STOPPED = "cancelled by the user"
KINDS = ("scorecard", "problems")


class _Stopped(UserError):
    pass


def reports_cache(data_dir: Path) -> Path:
    return data_dir / "cache" / "reports"


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def make_report(kind: str, out: Path, with_appendix: bool) -> Callable[..., Path]:
    """The background work that writes one report with the core's writers."""

    def work(store: Store, progress: Callable[[str, int, int], None],
             cancelled: Callable[[], bool]) -> Path:
        from ..photos.importer import tree_of
        from ..report import problems
        from ..report.data import gather
        from ..report.scorecard import build_scorecard, photo_root

        def step(stage: str, done: int, total: int) -> None:
            if cancelled():
                raise _Stopped(STOPPED)
            progress(stage, done, total)

        out.parent.mkdir(parents=True, exist_ok=True)
        step("data", 0, 1)
        data = gather(store)
        tree = tree_of(store)
        try:
            if kind == "scorecard":
                return build_scorecard(data, out, photo_root(tree),
                                       with_appendix=with_appendix, progress=step)
            return problems.write(data, out, tree, progress=step)[0]
        except BaseException:
            _remove(out.with_name(out.name + ".part"))
            raise

    return work


class ReportsPage(QWidget):
    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.job: Job | None = None
        self.kind: str | None = None  # what the preview shows
        self.file: Path | None = None  # the generated file shown
        self.stale = False
        self.last_export: list[Path] = []

        self.scorecard_button = QPushButton(self.tr("Scorecard PDF"))
        self.scorecard_button.setToolTip(self.tr(
            "Make the field inspection scorecard of the current round and show it here"))
        self.scorecard_button.clicked.connect(lambda: self.generate("scorecard"))
        self.problems_button = QPushButton(self.tr("Problem list PDF"))
        self.problems_button.setToolTip(self.tr(
            "Make the problem list, grouped by responsible unit, and show it here"))
        self.problems_button.clicked.connect(lambda: self.generate("problems"))
        self.appendix_box = QCheckBox(self.tr("With photo appendix"))
        self.appendix_box.setToolTip(self.tr(
            "Add every problem's stamped photos to the scorecard (takes longer)"))
        self.appendix_box.setChecked(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.setToolTip(self.tr("Print the report shown (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_report)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save a copy of the report shown (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        self.export_button = QPushButton(self.tr("Export XLSX/CSV"))
        self.export_button.setToolTip(self.tr(
            "The problem list as an Excel workbook, or all data as XLSX or CSV"))
        menu = QMenu(self.export_button)
        self.problems_xlsx_action = menu.addAction(self.tr("Problem list (XLSX)…"))
        self.problems_xlsx_action.triggered.connect(self.export_problem_list)
        self.data_xlsx_action = menu.addAction(self.tr("All data as XLSX…"))
        self.data_xlsx_action.triggered.connect(lambda: self.export_data("xlsx"))
        self.data_csv_action = menu.addAction(self.tr("All data as CSV…"))
        self.data_csv_action.triggered.connect(lambda: self.export_data("csv"))
        self.export_button.setMenu(menu)
        # room for the menu arrow, which the style draws over the text otherwise
        self.export_button.setMinimumWidth(self.export_button.sizeHint().width() + 16)

        bar = QHBoxLayout()
        for w in (self.scorecard_button, self.problems_button, self.appendix_box, None,
                  self.print_button, self.save_button, self.export_button):
            if w is None:
                bar.addStretch()
            else:
                bar.addWidget(w)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit width"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Whole page"), QPdfView.ZoomMode.FitInView)
        self.zoom.addItem(self.tr("100 %"), QPdfView.ZoomMode.Custom)
        self.zoom.setToolTip(self.tr("Zoom of the preview"))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        info = QHBoxLayout()
        info.addWidget(self.status, 1)
        info.addWidget(self.zoom)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.document.statusChanged.connect(self._document_status)

        self.empty = QLabel(self.tr(
            "No report yet.\n\nClick “Scorecard PDF” or “Problem list PDF” to make one from "
            "the current round; it shows here, ready to print, save or send."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(info)
        layout.addWidget(self.stack, 1)
        bus.changed.connect(self._on_changed)
        self._clean_cache()
        self.refresh()

    # ---- state ----

    def kind_text(self, kind: str | None) -> str:
        return {"scorecard": self.tr("Field inspection scorecard"),
                "problems": self.tr("Problem list")}.get(kind or "", "")

    def _on_changed(self, changes: Changes, _source: object) -> None:
        """A shown PDF no longer says what the database holds (settings aside)."""
        if self.file is not None and changes.tables - {"settings"}:
            self.stale = True
        self.refresh()

    def refresh(self) -> None:
        ready = self.file is not None and self.document.status() == QPdfDocument.Status.Ready
        busy = self.job is not None
        self.stack.setCurrentWidget(self.view if self.file is not None else self.empty)
        self.print_button.setEnabled(ready and not busy)
        self.save_button.setEnabled(ready and not busy)
        for w in (self.scorecard_button, self.problems_button, self.export_button):
            w.setEnabled(not busy)
        if busy:
            return
        if self.file is None:
            # The city heads every page and is this computer's own setting (not synced).
            self.status.setText("" if self.store.setting("city") else self.tr(
                "No city set: reports will have none in their heading (Settings → City)."))
        elif self.stale:
            self.status.setText(self.tr(
                "{what}: the data changed since it was made — make it again for the "
                "latest figures.").format(what=self.kind_text(self.kind)))
        else:
            self.status.setText(self.tr("{what} · {pages} pages").format(
                what=self.kind_text(self.kind), pages=self.document.pageCount()))

    def _document_status(self, status: QPdfDocument.Status) -> None:
        # Only on Ready: the document also reports Unloading while the page is destroyed.
        if status == QPdfDocument.Status.Ready:
            self.refresh()

    def _zoom_changed(self, _index: int) -> None:
        mode = self.zoom.currentData()
        if mode == QPdfView.ZoomMode.Custom:
            self.view.setZoomFactor(1.0)
        self.view.setZoomMode(mode)

    def _clean_cache(self) -> None:
        if self.store.data_dir is None:
            return
        folder = reports_cache(self.store.data_dir)
        if folder.is_dir():
            for old in folder.iterdir():
                if old.is_file():
                    _remove(old)

    # ---- generating and showing ----

    def generate(self, kind: str) -> None:
        if kind not in KINDS or self.job is not None or self.store.data_dir is None:
            return
        stem = "scorecard" if kind == "scorecard" else "problems"
        # A new name every time: the document shown keeps its file open.
        out = reports_cache(self.store.data_dir) / f"{stem}-{uuid.uuid4().hex[:8]}.pdf"
        work = make_report(kind, out, self.appendix_box.isChecked())
        title = (self.tr("Making the scorecard") if kind == "scorecard"
                 else self.tr("Making the problem list"))
        self.status.setText(title + "…")
        self.job = run_job(self, title, self.store.data_dir, work,
                           lambda path: self._generated(kind, path), self._gen_failed)
        self.job.signals.cancelled.connect(self._gen_cancelled)
        self.refresh()

    def _generated(self, kind: str, result: object) -> None:
        self.job = None
        assert isinstance(result, Path)
        previous = self.file
        self.document.close()
        error = self.document.load(str(result))
        if error != QPdfDocument.Error.None_:
            self.file = None
            self.status.setText(self.tr("The report could not be opened ({error}).").format(
                error=error.name))
            self.refresh()
            return
        self.kind, self.file, self.stale = kind, result, False
        if previous is not None and previous != result:
            _remove(previous)
        self.view.pageNavigator().jump(0, QPointF(0, 0))
        self.refresh()

    def _gen_failed(self, message: str) -> None:
        self.job = None
        self.refresh()
        if message == STOPPED:
            self.status.setText(self.tr("Cancelled."))
            return
        QMessageBox.warning(self, self.tr("Reports"), message)
        self.bus.error.emit(message)

    def _gen_cancelled(self) -> None:
        self.job = None
        self.refresh()
        self.status.setText(self.tr("Cancelled."))

    # ---- print / save ----

    def print_report(self) -> None:
        if self.file is None or self.document.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.kind_text(self.kind))
        size = self.document.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape
                                   if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {what}").format(what=self.kind_text(self.kind)))
        dialog.setMinMax(1, self.document.pageCount())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (on white: QPdfDocument renders with a transparent
        background) onto the printer; returns the number of pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0:
            first, last = 1, count
        pages = list(range(max(first, 1) - 1, min(last, count)))
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "The printer could not be started; check that it is switched on and "
                "connected."))
            return 0
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages),
                                   self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        dpi = min(printer.resolution(), PRINT_DPI)
        printed = 0
        try:
            for n, page in enumerate(pages):
                progress.setValue(n)
                if progress.wasCanceled():
                    printer.abort()
                    break
                if n:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                pixels = QSize(round(points.width() / 72 * dpi),
                               round(points.height() / 72 * dpi))
                rendered = self.document.render(page, pixels)
                sheet = QImage(pixels, QImage.Format.Format_RGB32)
                sheet.fill(Qt.GlobalColor.white)
                onto = QPainter(sheet)
                onto.drawImage(0, 0, rendered)
                onto.end()
                area = painter.viewport()
                scale = min(area.width() / pixels.width(), area.height() / pixels.height())
                w, h = pixels.width() * scale, pixels.height() * scale
                painter.drawImage(QRectF((area.width() - w) / 2, (area.height() - h) / 2, w, h),
                                  sheet)
                printed += 1
        finally:
            painter.end()
            progress.reset()
            progress.deleteLater()
        return printed

    def default_name(self, suffix: str, kind: str | None = None) -> str:
        try:
            round_name = str(self.store.round()["name"])
        except UserError:
            round_name = ""
        what = self.kind_text(kind or self.kind) or self.tr("Export")
        return f"{what}-{round_name}{suffix}" if round_name else f"{what}{suffix}"

    def save_as(self) -> None:
        if self.file is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save {what}").format(what=self.kind_text(self.kind)),
            str(Path.home() / self.default_name(".pdf")), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            part = target.with_name(target.name + ".part")
            shutil.copyfile(self.file, part)
            part.replace(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as"), self.tr(
                "{file}: could not be saved ({reason})").format(file=target,
                                                                reason=exc.strerror))
            return
        self.status.setText(self.tr("Saved {file}").format(file=target))

    # ---- XLSX / CSV ----

    def export_problem_list(self) -> None:
        if self.job is not None or self.store.data_dir is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the problem list"),
            str(Path.home() / self.default_name(".xlsx", "problems")),
            self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".xlsx":
            out = out.with_name(out.name + ".xlsx")

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> list[Path]:
            from ..photos.importer import tree_of
            from ..report import problems
            from ..report.data import gather

            progress("data", 0, 1)
            return problems.write(gather(store), out, tree_of(store))

        self._export_job(self.tr("Export the problem list"), work)

    def export_data(self, fmt: str) -> None:
        if self.job is not None or self.store.data_dir is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export all data as {format} into a folder").format(
                format=fmt.upper()), str(Path.home()))
        if not folder:
            return

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> list[Path]:
            from ..report import export

            return export.export(store, fmt, Path(folder), progress=progress)

        self._export_job(self.tr("Export {format}").format(format=fmt.upper()), work)

    def _export_job(self, title: str, work: Callable[..., list[Path]]) -> None:
        assert self.store.data_dir is not None

        def done(result: object) -> None:
            self.job = None
            self.refresh()
            files = result if isinstance(result, list) else []
            self.status.setText(self.tr("Exported: {files}").format(
                files=", ".join(str(p) for p in files)))
            self.last_export = [Path(p) for p in files]

        def failed(message: str) -> None:
            self.job = None
            self.refresh()
            QMessageBox.warning(self, title, message)

        self.job = run_job(self, title, self.store.data_dir, work, done, failed)
        self.job.signals.cancelled.connect(self._gen_cancelled)
        self.refresh()

