"""Read-only tables of text rows, as the Review and Sync pages and the scorecard show them:
one row model keyed by record id, one way to build the view, and row selection helpers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowsModel(QAbstractTableModel):
    """A read-only table of text rows, each with a key (an id) under KEY_ROLE.

    Small lists (a round's inspections, devices, conflicts) are read whole from the
    database on refresh; the view never holds a widget per row."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right)
        self._rows: list[list[str]] = []
        self._keys: list[str] = []
        self._tips: list[str] = []

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[str] | None = None,
                 tips: Sequence[str] | None = None) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self._keys = list(keys) if keys is not None else [""] * len(self._rows)
        self._tips = list(tips) if tips is not None else [""] * len(self._rows)
        self.endResetModel()

    def set_headers(self, headers: Sequence[str]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._keys[row] if 0 <= row < len(self._keys) else ""

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) \
                or index.column() >= len(self._headers):
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = self._rows[row]
            return values[col] if col < len(values) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if col in self._right else LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or None
        if role == KEY_ROLE:
            return self._keys[row]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return str(section + 1) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def table_view(model: QAbstractItemModel, stretch: int | None = None, *,
               fit: bool = False) -> QTableView:
    """A read-only table selecting one row at a time. Column `stretch` takes the spare
    width (none: the last column does). `fit`: columns sized to their contents, no grid
    and compact rows (the scorecard's dense tables); else columns the user can resize."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setCornerButtonEnabled(False)
    view.setShowGrid(not fit)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height()
                                                + (4 if fit else 8))
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit
                                else QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if model is None or model.rowCount() == 0:
        return
    row = max(0, min(row, model.rowCount() - 1))
    view.selectionModel().setCurrentIndex(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def selected_row(view: QTableView) -> int:
    rows = view.selectionModel().selectedRows()
    return rows[0].row() if rows else -1


def short(text: object, limit: int = 60) -> str:
    value = "" if text is None else str(text)
    return value if len(value) <= limit else value[:limit - 1] + "…"
