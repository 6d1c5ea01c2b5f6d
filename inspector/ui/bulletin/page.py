"""The 通报 page on a supervisor's computer: a period (month, quarter, year), its headline,
the trend and district charts (the bulletin PDF's own drawings, shown as SVG: one look in
both), the districts and units ranked with arrows; a district or unit chosen shows its
rounds and cases; the bulletin PDF generated in the background, previewed, printed and
saved, and its workbook exported."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import periods
from ...actions.round_period import period_of
from ...bulletin.build import Bulletin
from ...store import Store
from ..bus import Bus, follow
from ..progress import run_job
from ..tables import RowsModel, selected_row, table_view
from ..workers import Cancelled, Job, Progress
from .preview import Preview

DASH = "—"


def _d(value: object, suffix: str = "") -> str:
    return DASH if value is None else f"{value}{suffix}"


def chart_svg(drawing: Any) -> QByteArray:
    """The PDF's drawing as SVG for Qt. ReportLab writes an unfilled line as "fill: None",
    which SVG does not know (it is "none"): Qt would fill the polyline in black."""
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(drawing).replace("fill: None;", "fill: none;")
    return QByteArray(svg.encode("utf-8"))


class BulletinPage(QWidget):
    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.bulletin: Bulletin | None = None
        self.unit_cases: dict[str, list[str]] = {}  # unit → its cases, as the detail lists them
        self.job: Job | None = None
        self.kind = QComboBox()
        for text, kind in ((self.tr("Month (月通报)"), "month"),
                           (self.tr("Quarter (季评比)"), "quarter"),
                           (self.tr("Year (年底考核)"), "year")):
            self.kind.addItem(text, kind)
        self.period = QComboBox()
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.currentIndexChanged.connect(lambda _i: self._periods())
        self.period.currentIndexChanged.connect(lambda _i: self.compute())
        self.pdf_button = QPushButton(self.tr("Bulletin PDF…"))
        self.pdf_button.setToolTip(self.tr("Write the bulletin as a PDF and preview it"))
        self.pdf_button.clicked.connect(self.write_pdf)
        self.xlsx_button = QPushButton(self.tr("Workbook (XLSX)…"))
        self.xlsx_button.clicked.connect(self.write_xlsx)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_pdf)
        top = QHBoxLayout()
        for w in (self.kind, self.period, self.pdf_button, self.xlsx_button,
                  self.print_button):
            top.addWidget(w)
        top.addStretch(1)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.trend = QSvgWidget()
        self.trend.setMinimumSize(QSize(360, 180))
        self.bars = QSvgWidget()
        self.bars.setMinimumSize(QSize(360, 160))
        self.districts = RowsModel([self.tr("Rank"), self.tr("District"), self.tr("Score rate"),
                                    self.tr("Closure rate"), self.tr("On-time rate"),
                                    self.tr("Overdue"), self.tr("Reworks"),
                                    self.tr("Composite"), self.tr("Change"),
                                    self.tr("Bulletin")], right=(0, 2, 3, 4, 5, 6, 7))
        self.units = RowsModel([self.tr("Rank"), self.tr("Unit"), self.tr("Dispatched"),
                                self.tr("Closed"), self.tr("Closure rate"),
                                self.tr("On-time rate"), self.tr("Overdue"),
                                self.tr("Reworks"), self.tr("Days to close")],
                               right=(0, 2, 3, 4, 5, 6, 7, 8))
        self.district_view = table_view(self.districts, stretch=1, fit=True)
        self.unit_view = table_view(self.units, stretch=1, fit=True)
        self.district_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._detail_district())
        self.unit_view.selectionModel().currentRowChanged.connect(
            lambda *_a: self._detail_unit())
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.preview = Preview()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.district_view, self.tr("Districts"))
        self.tabs.addTab(self.unit_view, self.tr("Units"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.headline)
        lv.addWidget(self.trend, 1)
        lv.addWidget(self.bars, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.tabs)
        right.addWidget(self.detail)
        right.setSizes([480, 160])
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 760])
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        follow(self, bus, self.refresh, lambda c: c.touches(
            "rounds", "inspections", "responses", "problems", "cases", "case_events",
            "settings"))
        self.refresh()

    # ---- the period ----

    def refresh(self) -> None:
        self._periods()

    def _months(self) -> list[str]:
        zone = self.store.zone()
        return sorted({period_of(r, zone) for r in self.store.rows("rounds")} - {""})

    def _periods(self) -> None:
        months = self._months()
        kind = self.kind.currentData()
        if kind == "month":
            values = months
        elif kind == "quarter":
            values = sorted({str(periods.parse(f"{m[:4]}-Q{(int(m[5:]) - 1) // 3 + 1}"))
                             for m in months})
        else:
            values = sorted({m[:4] for m in months})
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for v in reversed(values):  # the latest first
            self.period.addItem(periods.parse(v).label, v)
        index = self.period.findData(chosen)
        self.period.setCurrentIndex(index if index >= 0 else 0)
        self.period.blockSignals(False)
        if not values:
            self.headline.setText(self.tr("No round yet: the bulletin compares rounds."))
            return
        self.compute()

    def compute(self) -> None:
        """The period's bulletin, gathered off the UI thread (a year: a dozen scorecards
        and the ledger)."""
        value = self.period.currentData()
        if not value or self.store.data_dir is None:
            return
        if self.job is not None:
            self.job.cancel()
        period = periods.parse(str(value))

        def work(store: Store, progress: Progress, _cancelled: Cancelled
                 ) -> tuple[Bulletin, dict[str, list[str]]]:
            from ...bulletin.build import build
            from ...cases import ledger

            progress("data", 0, 1)
            by_unit: dict[str, list[str]] = {}  # what choosing a unit shows, folded here once
            for c in ledger.ledger(store):
                by_unit.setdefault(c.state.unit, []).append(
                    f"  {c.number} · {c.state.state.value} · {c.site} · {c.row['description']}")
            return build(store, period), by_unit

        def done(result: object) -> None:
            self.job = None
            if not isinstance(result, tuple):
                return
            bulletin, by_unit = result
            if str(bulletin.period) == self.period.currentData():
                self.unit_cases = by_unit
                self.show_bulletin(bulletin)

        def failed(message: str) -> None:
            self.job = None
            self.status.setText("⚠ " + message)

        self.job = run_job(self, self.tr("Gathering the bulletin"), self.store.data_dir,
                           work, done, failed)

    # ---- what it shows ----

    def show_bulletin(self, b: Bulletin) -> None:
        from ...report import charts
        from ...report.bulletin_pdf import arrow, title

        self.bulletin = b
        self.detail.clear()
        field = b.field_score
        change = (f"{field - b.field_before:+}" if field is not None
                  and b.field_before is not None else DASH)
        gap = "" if b.gap is None else self.tr(" · gap to target {target}: {gap}").format(
            target=b.target, gap=b.gap)
        self.headline.setText(
            f"<b>{title(b)}</b><br/>" + self.tr(
                "Field score <b>{field}</b> / 40 · change {change} · estimated total {total} / "
                "100{gap} · {rounds} rounds, {cases} cases").format(
                field=_d(field), change=change, total=_d(b.total), gap=gap,
                rounds=len(b.rounds), cases=b.cases))
        width = 150 * 72 / 25.4  # points: the charts as the PDF draws them
        base = b.baselines[0].value if b.baselines else None
        self.trend.load(chart_svg(charts.trend([f"{int(r.month[5:])}月" for r in b.history],
                                               [r.field for r in b.history], width, base)))
        ranked = sorted((d for d in b.districts if d.field_rate is not None),
                        key=lambda d: d.field_rank or 0)
        self.bars.load(chart_svg(charts.district_rates([d.district for d in ranked],
                                                       [d.field_rate for d in ranked], width)))
        self.districts.set_rows([[_d(d.rank), d.district, _d(d.field_rate, "%"),
                                  _d(d.closure_rate, "%"), _d(d.on_time_rate, "%"),
                                  str(d.overdue), str(d.reworks), _d(d.composite), arrow(d),
                                  self.tr("Commended") if d.praised else
                                  (self.tr("Criticised") if d.criticised else "")]
                                 for d in b.districts], keys=[d.district for d in b.districts])
        self.units.set_rows([[str(u.rank), u.figures.group, str(u.figures.dispatched),
                              str(u.figures.closed), _d(u.figures.closure_rate, "%"),
                              _d(u.figures.on_time_rate, "%"), str(u.figures.overdue_now),
                              str(u.figures.reworks), _d(u.figures.days_to_close)]
                             for u in b.units], keys=[u.figures.group for u in b.units])
        self.status.setText(self.tr("Commended: {praised} · Criticised: {criticised}").format(
            praised="、".join(b.praised) or DASH, criticised="、".join(b.criticised) or DASH))

    def _detail_district(self) -> None:
        b, row = self.bulletin, selected_row(self.district_view)
        if b is None or row < 0:
            return
        name = self.districts.key(row)
        lines = [self.tr("{district}: its rounds").format(district=name)]
        for r in b.rounds:
            rate = next((d.rate for d in r.card.districts if d.district == name), None)
            lines.append(f"  {r.name} ({r.month}): {_d(rate, '%')}")
        lines.append(self.tr("Its problems that came back:"))
        lines += [f"  {x.site} · {x.item_id} {x.item_text} · {len(x.rounds)}"
                  for x in b.repeated if x.district == name] or ["  " + DASH]
        self.detail.setPlainText("\n".join(lines))

    def _detail_unit(self) -> None:
        b, row = self.bulletin, selected_row(self.unit_view)
        if b is None or row < 0:
            return
        unit = self.units.key(row)
        cases = self.unit_cases.get(unit, [])
        lines = [self.tr("{unit}: {n} cases").format(unit=unit, n=len(cases)), *cases[:200]]
        self.detail.setPlainText("\n".join(lines))

    # ---- documents ----

    def write_pdf(self) -> None:
        self._write("pdf", self.tr("Bulletin PDF"), self.tr("PDF (*.pdf)"))

    def write_xlsx(self) -> None:
        self._write("xlsx", self.tr("Bulletin workbook"), self.tr("Spreadsheets (*.xlsx)"))

    def _write(self, kind: str, caption: str, pattern: str) -> None:
        b = self.bulletin
        if b is None or self.store.data_dir is None or self.job is not None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / f"{b.city}{b.period.label}通报.{kind}"), pattern)
        if not name:
            return
        out = Path(name) if name.endswith(f".{kind}") else Path(f"{name}.{kind}")
        period = b.period

        def work(store: Store, progress: Progress, _cancelled: Cancelled) -> Path:
            from ...bulletin.build import build
            from ...report import bulletin_pdf, bulletin_xlsx

            progress("layout", 0, 1)
            writer: Callable[[Bulletin, Path], Path] = \
                bulletin_pdf.write if kind == "pdf" else bulletin_xlsx.write
            return writer(build(store, period), out)

        def done(result: object) -> None:
            self.job = None
            self.status.setText(self.tr("Written: {file}").format(file=str(result)))
            if kind == "pdf" and isinstance(result, Path):
                self.preview.show_pdf(result)
                self.tabs.setCurrentWidget(self.preview)
                self.print_button.setEnabled(True)

        def failed(message: str) -> None:
            self.job = None
            QMessageBox.warning(self, caption, message)

        self.job = run_job(self, caption, self.store.data_dir, work, done, failed)

    def print_pdf(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            self.preview.paint_pages(painter, printer)
        finally:
            painter.end()
