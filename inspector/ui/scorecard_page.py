"""The Scorecard screen (实地考察得分表): the round's live 40-point table, a bar chart of
score rates, the district ranking, and a site type's sites with their problems.

Every figure is the scoring engine's, through `state.scorecard`, shown as computed
and rounded there; the problems are `report.data.problems`. The page only lays them out.
Any change on the bus re-reads them: at once while the page is visible, else when it is
next shown (reading the scorecard costs a few hundred ms, too much on every keystroke of
an inspector scoring on another screen).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeyEvent
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

from .. import state
from ..domain import CategoryScore, DistrictScore, Scorecard, SiteScore, SiteStatus
from ..errors import UserError
from ..photos.evidence import missing_photos
from ..report.data import ProblemRow, problems
from ..state import Note, notes_message, scorecard_notes
from ..store import Store
from .bus import Bus, follow
from .rate_chart import Bar, RateChart
from .texts import shown

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # CategoryTableModel: the category id
DISTRICT_ROLE = Qt.ItemDataRole.UserRole + 2  # DistrictTableModel: the district ("" 未指定)
SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # SiteProblemsModel: a site row's site id
PROBLEM_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # SiteProblemsModel: a problem row's id
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
NONE = "—"
GLYPH = {SiteStatus.INSPECTED: "✔", SiteStatus.NOT_INSPECTED: "○",
         SiteStatus.NOT_INSPECTABLE: "✖"}


def _num(value: Decimal | None, suffix: str = "") -> str:
    return NONE if value is None else f"{value}{suffix}"


@dataclass(frozen=True)
class TotalRow:
    """The table's bottom line (合计), as `inspector score` prints it."""

    points: Decimal  # points of the site types inspected
    sites_sampled: int
    sites_inspected: int
    score: Decimal
    rate: Decimal | None
    lost: Decimal


def total_row(card: Scorecard) -> TotalRow:
    return TotalRow(points=card.points_inspected,
                    sites_sampled=sum(c.sites_sampled for c in card.categories),
                    sites_inspected=sum(c.sites_inspected for c in card.categories),
                    score=card.total, rate=card.rate, lost=card.lost)


# ---- the 40-point table ----


class CategoryTableModel(QAbstractTableModel):
    """One row per site type, in the scorecard's order (most lost points first), then the
    total row."""

    COL_NAME, COL_POINTS, COL_SAMPLED, COL_INSPECTED, COL_SCORE, COL_RATE, COL_LOST = range(7)
    COLUMN_COUNT = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryScore] = []
        self._total: TotalRow | None = None

    def set_rows(self, rows: Sequence[CategoryScore], total: TotalRow | None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = total
        self.endResetModel()

    def category(self, row: int) -> CategoryScore | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, category_id: str) -> int:
        return next((i for i, c in enumerate(self._rows) if c.category_id == category_id), -1)

    def is_total(self, row: int) -> bool:
        return self._total is not None and row == len(self._rows)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> list[str]:
        return [self.tr("Site type"), self.tr("Points"), self.tr("Sites sampled"),
                self.tr("Sites inspected"), self.tr("Score"), self.tr("Rate"), self.tr("Lost")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section == self.COL_NAME else RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if col == self.COL_NAME else RIGHT
        if self.is_total(row):
            return self._total_data(col, role)
        cat = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cat, col)
        if role == CATEGORY_ID_ROLE:
            return cat.category_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cat)
        return None

    def _display(self, cat: CategoryScore, col: int) -> str:
        if col == self.COL_NAME:
            return cat.name
        if col == self.COL_POINTS:
            return str(cat.points)
        if col == self.COL_SAMPLED:
            return str(cat.sites_sampled)
        if col == self.COL_INSPECTED:
            return str(cat.sites_inspected)
        if col == self.COL_SCORE:
            return str(cat.score) if cat.inspected else self.tr("Not inspected")
        if col == self.COL_RATE:
            return _num(cat.rate, "%")
        return _num(cat.lost)

    def _total_data(self, col: int, role: int) -> Any:
        total = self._total
        assert total is not None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Total"), str(total.points), str(total.sites_sampled),
                str(total.sites_inspected), str(total.score), _num(total.rate, "%"),
                str(total.lost)][col]

    def _tooltip(self, cat: CategoryScore) -> str:
        if not cat.inspected:
            return self.tr("{name}: no counted inspection yet").format(name=cat.name)
        losses = sorted((i for i in cat.item_losses if i.shown), key=lambda i: -i.shown)[:5]
        if not losses:
            return self.tr("{name}: no points lost").format(name=cat.name)
        lines = [self.tr("{name}: points lost on").format(name=cat.name)]
        lines += [f"{i.item_id} {i.text}  −{i.shown}" for i in losses]
        return "\n".join(lines)


# ---- the district ranking ----


class DistrictTableModel(QAbstractTableModel):
    COL_RANK, COL_DISTRICT, COL_RATE, COL_SITES = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DistrictScore] = []

    def set_rows(self, rows: Sequence[DistrictScore]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("District"), self.tr("Rate"),
                self.tr("Sites inspected")]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if section == self.COL_DISTRICT else RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        d, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_RANK:
                return NONE if d.rank is None else str(d.rank)
            if col == self.COL_DISTRICT:
                return d.district or self.tr("Unspecified")
            if col == self.COL_RATE:
                return _num(d.rate, "%")
            return str(d.sites_inspected)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LEFT if col == self.COL_DISTRICT else RIGHT
        if role == DISTRICT_ROLE:
            return d.district
        if role == Qt.ItemDataRole.ToolTipRole and d.rank is None:
            return self.tr("Sites with no district are not ranked")
        return None


# ---- a site type's sites and their problems ----


@dataclass(eq=False)
class _SiteNode:
    site: SiteScore
    problems: list[_ProblemNode] = field(default_factory=list)


@dataclass(eq=False)
class _ProblemNode:
    problem: ProblemRow
    parent: _SiteNode


class SiteProblemsModel(QAbstractItemModel):
    """A tree: the site type's sampled sites (site · district · status and rate), each with
    its problems as children ("JM05 description (count)")."""

    COL_SITE, COL_DISTRICT, COL_STATUS = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sites: list[_SiteNode] = []

    def set_rows(self, sites: Sequence[SiteScore],
                 problems_by_site: Mapping[str, Sequence[ProblemRow]]) -> None:
        """`problems_by_site` maps a site's id to its problems."""
        self.beginResetModel()
        self._sites = []
        for site in sites:
            node = _SiteNode(site)
            found = problems_by_site.get(site.site_id, ())
            node.problems = [_ProblemNode(p, node) for p in found]
            self._sites.append(node)
        self.endResetModel()

    def site_names(self) -> list[str]:
        return [n.site.name for n in self._sites]

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, self._sites[row])
        node = parent.internalPointer()
        assert isinstance(node, _SiteNode)
        return self.createIndex(row, column, node.problems[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        node = child.internalPointer()
        if isinstance(node, _ProblemNode):
            return self.createIndex(self._sites.index(node.parent), 0, node.parent)
        return QModelIndex()

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._sites)
        if parent.column() != 0:
            return 0
        node = parent.internalPointer()
        return len(node.problems) if isinstance(node, _SiteNode) else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return [self.tr("Site / problem"), self.tr("District"),
                    self.tr("Status")][section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        node = index.internalPointer()
        if isinstance(node, _SiteNode):
            return self._site_data(node, index.column(), role)
        if isinstance(node, _ProblemNode):
            return self._problem_data(node.problem, index.column(), role)
        return None

    def _site_data(self, node: _SiteNode, col: int, role: int) -> Any:
        site = node.site
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SITE:
                return site.name
            if col == self.COL_DISTRICT:
                return site.district or self.tr("Unspecified")
            return self._status(site)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_STATUS:
            return RIGHT
        if role == SITE_ID_ROLE:
            return site.site_id
        if role == Qt.ItemDataRole.ToolTipRole:
            unspecified = self.tr("Unspecified")
            lines = [f"{site.name} · {site.district or unspecified}",
                     self._status(site),
                     self.tr("%n problem(s)", "", len(node.problems))]
            if site.disagreements:
                lines.append(self.tr("Inspectors disagree on: {items}").format(
                    items=", ".join(site.disagreements)))
            return "\n".join(lines)
        return None

    def _status(self, site: SiteScore) -> str:
        glyph = GLYPH[site.status]
        if site.status is SiteStatus.NOT_INSPECTED:
            return glyph + " " + self.tr("Not inspected")
        if site.status is SiteStatus.NOT_INSPECTABLE:
            return glyph + " " + self.tr("Could not inspect")
        return f"{glyph} {_num(site.rate, '%')}"

    def _problem_data(self, p: ProblemRow, col: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_SITE:
                return f"{p.item_id} {p.description or p.item_text} ({p.count})"
            if col == self.COL_STATUS:
                if p.lacks_photo:
                    return "⚠ " + self.tr("No photo")
                return self.tr("%n photo(s)", "", len(p.photos)) if p.photos else ""
            return ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_STATUS:
            return RIGHT
        if role == PROBLEM_ID_ROLE:
            return p.problem_id
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{p.number} · {p.item_id} {p.item_text}", p.description,
                     self.tr("Count: {n}").format(n=p.count)]
            if p.location:
                lines.append(self.tr("Location: {where}").format(where=p.location))
            lines.append(self.tr("Responsible unit: {unit}").format(unit=p.unit))
            if p.inspector or p.time:
                lines.append(f"{p.inspector} {p.time}".strip())
            return "\n".join(line for line in lines if line)
        return None


# ---- the page ----


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _table(model: QAbstractItemModel, stretch: int) -> QTableView:
    """A compact, read-only, row-selecting table; column `stretch` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 4)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


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
        self.table = _table(self.model, CategoryTableModel.COL_NAME)
        self.table.setAccessibleName(self.tr("Field inspection scorecard"))
        self.district_model = DistrictTableModel(self)
        self.district_view = _table(self.district_model, DistrictTableModel.COL_DISTRICT)
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
        self.detail_title = _caption("")
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
        chart_layout.addWidget(_caption(self.tr("Score rate by site type")))
        chart_layout.addWidget(self.chart_scroll, 1)
        district_box = QWidget()
        district_layout = QVBoxLayout(district_box)
        district_layout.setContentsMargins(0, 0, 0, 0)
        district_layout.addWidget(_caption(self.tr("District ranking")))
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
        parts.append(self.tr("rate {rate}").format(rate=_num(card.rate, "%")))
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
