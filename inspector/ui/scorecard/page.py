"""The Scorecard screen (实地考察得分表): the round's live 40-point table, a bar chart of
score rates, the district ranking, and a site type's sites with their problems.

Every figure is the scoring engine's, through `state.scorecard`; the problems are
`report.data.problems`. The page only lays them out (models in `models`). Any change on
the bus re-reads them: at once while the page is visible, else when it is next shown
(reading the scorecard costs a few hundred ms, too much on every keystroke of an
inspector scoring on another screen).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import state
from ...domain import Scorecard
from ...errors import UserError
from ...photos.evidence import missing_photos
from ...report.data import ProblemRow, problems
from ...state import Note, notes_message, scorecard_notes
from ...store import Store
from ..bus import Bus, follow
from ..rate_chart import Bar, RateChart
from ..tables import table_view
from ..texts import shown
from ..widgets import heading
from .models import (
    CATEGORY_ID_ROLE,
    CategoryTableModel,
    DistrictTableModel,
    SiteProblemsModel,
    num,
    total_row,
)


class ScorecardPage(QWidget):
    """得分表: the table (keyboard: arrows move, Enter opens the site type's sites and
    problems, Esc comes back), the chart, the district ranking and the detail."""

    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.card: Scorecard | None = None
        self._problems: dict[str, list[ProblemRow]] = {}  # site id → the site's problems

        self.headline = QLabel()
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self.model = CategoryTableModel(self)
        self.table = table_view(self.model, CategoryTableModel.COL_NAME, fit=True)
        self.table.setAccessibleName(self.tr("Field inspection scorecard"))
        self.district_model = DistrictTableModel(self)
        self.district_view = table_view(self.district_model, DistrictTableModel.COL_DISTRICT,
                                        fit=True)
        self.district_view.setAccessibleName(self.tr("District ranking"))

        self.chart = RateChart()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.detail_model = SiteProblemsModel(self)
        self.detail = QTreeView()
        self.detail.setModel(self.detail_model)
        self.detail.setUniformRowHeights(True)
        self.detail.setAlternatingRowColors(True)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setAccessibleName(self.tr("Sites and problems"))
        header = self.detail.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SiteProblemsModel.COL_SITE, QHeaderView.ResizeMode.Stretch)
        self.detail_title = heading("")
        self.detail_title.setWordWrap(True)

        self._build_layout()
        self.setFocusProxy(self.table)
        self._show_detail_hint()

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self.open_detail)  # Enter (and double-click)
        self.chart.barClicked.connect(self.select_category)
        self.detail.installEventFilter(self)  # Esc: back to the table
        follow(self, bus, self.refresh, stale=True)  # read when first shown

    def _build_layout(self) -> None:
        # 1366×768: the whole 40-point table on the left; on the right the chart (worst
        # site types first, scrolling for the rest) beside the short district ranking,
        # and the chosen site type's sites and problems below them.
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(heading(self.tr("Score rate by site type")))
        chart_layout.addWidget(self.chart_scroll, 1)
        district_box = QWidget()
        district_layout = QVBoxLayout(district_box)
        district_layout.setContentsMargins(0, 0, 0, 0)
        district_layout.addWidget(heading(self.tr("District ranking")))
        district_layout.addWidget(self.district_view)
        district_layout.addStretch(1)
        overview = QWidget()
        overview_layout = QHBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(chart_box, 1)
        overview_layout.addWidget(district_box)

        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(overview)
        right.addWidget(detail_box)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.notes)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.splitter, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.detail and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape):
            self.table.setFocus()
            return True
        return super().eventFilter(watched, event)

    # ---- loading ----

    def refresh(self) -> None:
        """Re-read the scorecard and the problems, keeping the selected site type."""
        try:
            rnd, form, card = state.scorecard(self.store)
        except UserError as exc:
            self._show_empty(shown(exc))
            return
        grouped: dict[str, list[ProblemRow]] = {}
        for p in problems(self.store, rnd["id"], form):
            grouped.setdefault(p.site_id, []).append(p)
        notes = scorecard_notes(card, len(missing_photos(self.store, rnd["id"], form)))
        keep = self.current_category_id()
        self.card = card
        self._problems = grouped
        self.empty.hide()
        self.splitter.show()
        self.model.set_rows(card.categories, total_row(card))
        self.district_model.set_rows(card.districts)
        self._fit(self.table, max_width=720)
        self._fit(self.district_view, max_width=360)
        self._fit_height(self.district_view, max_rows=12)
        self.chart.set_bars([Bar(c.category_id, c.name, c.rate) for c in card.categories])
        self.headline.setText(self.headline_text(card))
        self.notes.setText(self.notes_text(notes))
        self.notes.setVisible(bool(notes))
        row = self.model.row_of(keep) if keep else -1
        self._select_row(row if row >= 0 else 0)

    def _show_empty(self, reason: str) -> None:
        self.card = None
        self._problems = {}
        self.model.set_rows([], None)
        self.district_model.set_rows([])
        self.detail_model.set_rows([], {})
        self.chart.set_bars([])
        self.headline.setText(self.tr("No scorecard yet"))
        self.notes.hide()
        self.splitter.hide()
        text = self.tr("Load the demo city, import a site list or import a sync package "
                       "to see the scorecard.")
        if self.store.rows("rounds"):  # a round exists but cannot be scored: say why
            text += "\n\n" + reason
        self.empty.setText(text)
        self.empty.show()

    def headline_text(self, card: Scorecard) -> str:
        parts = [self.tr("Score {total} / {inspected} points inspected").format(
            total=card.total, inspected=card.points_inspected)]
        if card.projected is not None:
            parts.append(self.tr("projected to {points} points: {projected}").format(
                points=f"{card.total_points.normalize():f}", projected=card.projected))
        parts.append(self.tr("rate {rate}").format(rate=num(card.rate, "%")))
        parts.append(self.tr("lost {lost}").format(lost=card.lost))
        return " · ".join(parts)

    def notes_text(self, notes: Sequence[Note]) -> str:
        """The scorecard's notes (`state.scorecard_notes`) in one line; "" for none."""
        message = notes_message(notes)
        return "" if message is None else shown(message)

    def _fit(self, view: QTableView, max_width: int) -> None:
        """Wide enough for every column's content (names not elided), up to `max_width`."""
        header = view.horizontalHeader()
        columns = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
                      for c in range(header.count()))
        scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        view.setMinimumWidth(min(columns + scrollbar + 2 * view.frameWidth() + 4, max_width))

    def _fit_height(self, view: QTableView, max_rows: int) -> None:
        """Tall enough for its rows (a short ranking takes no more room than it needs)."""
        row = view.verticalHeader().defaultSectionSize()
        rows = min(view.model().rowCount(), max_rows)
        view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + max(rows, 1) * row
                              + 2 * view.frameWidth() + 2)

    # ---- selection and detail ----

    def current_category_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.data(index, CATEGORY_ID_ROLE) if index.isValid() else None

    def select_category(self, category_id: str) -> None:
        row = self.model.row_of(category_id)
        if row >= 0:
            self._select_row(row)
            self.table.setFocus()

    def _select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self._show_detail_hint()
            return
        index = self.model.index(row, CategoryTableModel.COL_NAME)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        self._show_detail_of(index)  # also when the row was already current

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._show_detail_of(current)

    def _show_detail_of(self, index: QModelIndex) -> None:
        cat = self.model.category(index.row()) if index.isValid() else None
        if cat is None:
            self._show_detail_hint()
            return
        self.detail_model.set_rows(cat.sites, self._problems)
        self.detail.expandAll()
        self.detail_title.setText(self.tr(
            "{name}: {inspected} of {sampled} sites inspected · score {score} of {points}"
        ).format(name=cat.name, inspected=cat.sites_inspected, sampled=cat.sites_sampled,
                 score=cat.score if cat.inspected else self.tr("Not inspected"),
                 points=cat.points))

    def open_detail(self, index: QModelIndex) -> None:
        """Enter on a site type: its sites and problems, with the keyboard in them."""
        self._show_detail_of(index)
        if self.detail_model.rowCount() > 0:
            self.detail.setCurrentIndex(self.detail_model.index(0, 0))
            self.detail.setFocus()

    def _show_detail_hint(self) -> None:
        self.detail_model.set_rows([], {})
        self.detail_title.setText(self.tr(
            "Choose a site type (arrows, Enter) to list its sites and problems"))
