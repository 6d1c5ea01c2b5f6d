"""A written PDF previewed in the page (Qt's own PDF renderer) and printed page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QVBoxLayout, QWidget

PRINT_DPI = 200  # each page drawn at this resolution for the printer


class Preview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_pdf(self, path: Path) -> None:
        self.document.close()
        self.document.load(str(path))

    @property
    def pages(self) -> int:
        return int(self.document.pageCount())

    def paint_pages(self, painter: QPainter, printer: QPrinter) -> None:
        """Every page, fitted to the printer's page, one sheet each."""
        for n in range(self.pages):
            if n:
                printer.newPage()
            size = self.document.pagePointSize(n)
            pixels = QSize(int(size.width() * PRINT_DPI / 72),
                           int(size.height() * PRINT_DPI / 72))
            image = self.document.render(n, pixels)
            area = painter.viewport()
            scale = min(area.width() / image.width(), area.height() / image.height())
            painter.drawImage(QRectF(0, 0, image.width() * scale, image.height() * scale),
                              image)
