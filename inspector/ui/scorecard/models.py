"""The scorecard's tables as Qt models: the 40-point table by site type (with its total
row), the district ranking, and a site type's sites with their problems beneath them.
Every figure is the scoring engine's, shown as computed and rounded there."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ...domain import CategoryScore, DistrictScore, Scorecard, SiteScore, SiteStatus
from ...report.data import ProblemRow
from .. import tables
from ..tables import Index

ROOT = QModelIndex()
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # CategoryTableModel: the category id
DISTRICT_ROLE = Qt.ItemDataRole.UserRole + 2  # DistrictTableModel: the district ("" 未指定)
SITE_ID_ROLE = Qt.ItemDataRole.UserRole + 3  # SiteProblemsModel: a site row's site id
PROBLEM_ID_ROLE = Qt.ItemDataRole.UserRole + 4  # SiteProblemsModel: a problem row's id
RIGHT, LEFT = int(tables.RIGHT), int(tables.LEFT)
NONE = "—"
GLYPH = {SiteStatus.INSPECTED: "✔", SiteStatus.NOT_INSPECTED: "○",
         SiteStatus.NOT_INSPECTABLE: "✖"}


def num(value: Decimal | None, suffix: str = "") -> str:
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


class _FiguresModel(QAbstractTableModel):
    """A table of figures: every column right-aligned but the one of names, `TEXT`."""

    COLUMN_COUNT = 0
    TEXT = 0

    def headers(self) -> list[str]:
        raise NotImplementedError

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def align(self, column: int) -> int:
        return LEFT if column == self.TEXT else RIGHT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.align(section)
        return None


# ---- the 40-point table ----


class CategoryTableModel(_FiguresModel):
    """One row per site type, in the scorecard's order (most lost points first), then the
    total row."""

    COL_NAME, COL_POINTS, COL_SAMPLED, COL_INSPECTED, COL_SCORE, COL_RATE, COL_LOST = range(7)
    COLUMN_COUNT, TEXT = 7, COL_NAME

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

    def headers(self) -> list[str]:
        return [self.tr("Site type"), self.tr("Points"), self.tr("Sites sampled"),
                self.tr("Sites inspected"), self.tr("Score"), self.tr("Rate"), self.tr("Lost")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.align(col)
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
            return num(cat.rate, "%")
        return num(cat.lost)

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
                str(total.sites_inspected), str(total.score), num(total.rate, "%"),
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


class DistrictTableModel(_FiguresModel):
    COL_RANK, COL_DISTRICT, COL_RATE, COL_SITES = range(4)
    COLUMN_COUNT, TEXT = 4, COL_DISTRICT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DistrictScore] = []

    def set_rows(self, rows: Sequence[DistrictScore]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def headers(self) -> list[str]:
        return [self.tr("Rank"), self.tr("District"), self.tr("Rate"),
                self.tr("Sites inspected")]

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
                return num(d.rate, "%")
            return str(d.sites_inspected)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.align(col)
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
            return glyph + " " + self.tr("Could not inspect") + (
                f"（{site.reason}）" if site.reason else "")
        return f"{glyph} {num(site.rate, '%')}"

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
