"""The 通报 page on the demo city's year: a period chosen, its headline, charts and
rankings; a district's rounds shown; the bulletin PDF written off the UI thread and
previewed; the workbook exported."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SCREENSHOTS, OpenStore, WindowFor
from pytestqt.qtbot import QtBot
from synckit import demo_year, ok


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_year(tmp_path_factory.mktemp("year") / "sup", tmp_path_factory.getbasetemp())


def test_the_bulletin_page(window_for: WindowFor, open_store: OpenStore, qtbot: QtBot,
                           year: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from inspector.ui.bulletin import BulletinPage
    from inspector.ui.tables import select_row

    store = open_store(year)
    window = window_for(store)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[-1] == "通报"
    window.go_to(tabs.index("通报"))
    page = window.pages["bulletin"]
    assert isinstance(page, BulletinPage)
    # The latest month first, computed in the background.
    assert page.period.currentData() == "2026-11"
    qtbot.waitUntil(lambda: page.bulletin is not None and page.job is None, timeout=60_000)
    nov = ok(year, "score", "--round", "2026年第3轮模拟测评").out
    assert page.bulletin is not None
    field = str(page.bulletin.field_score)
    assert field in nov and f"<b>{field}</b> / 40" in page.headline.text()
    assert page.districts.rowCount() == 5 and page.districts.text(0, 0) == "1"
    assert page.units.rowCount() > 10
    assert page.trend.renderer().isValid() and page.bars.renderer().isValid()
    select_row(page.district_view, 0)
    assert page.districts.text(0, 1) in page.detail.toPlainText()
    # The quarter: October and November.
    page.kind.setCurrentIndex(page.kind.findData("quarter"))
    assert page.period.currentData() == "2026-Q4"
    qtbot.waitUntil(lambda: page.bulletin is not None and str(page.bulletin.period) ==
                    "2026-Q4" and page.job is None, timeout=60_000)
    assert len(page.bulletin.rounds) == 2
    # The PDF, written off the UI thread and previewed in the page.
    out = tmp_path / "通报.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.pdf_button.click()
    qtbot.waitUntil(lambda: page.job is None and out.exists(), timeout=60_000)
    qtbot.waitUntil(lambda: page.preview.pages >= 3)
    assert page.print_button.isEnabled() and "通报.pdf" in page.status.text()
    # Printed: every page of it to the printer (a PDF printer here).
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printed = tmp_path / "printed.pdf"

    def accept(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page.print_button.click()
    from pypdf import PdfReader

    assert len(PdfReader(str(printed)).pages) == page.preview.pages
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.tabs.setCurrentIndex(0)
    assert window.grab().save(str(SCREENSHOTS / "bulletin.png"))
    book = tmp_path / "通报.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(book), ""))
    page.xlsx_button.click()
    qtbot.waitUntil(lambda: page.job is None and book.exists(), timeout=60_000)
