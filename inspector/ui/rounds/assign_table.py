"""分配: the drawn sites and who inspects each, moved by keys or by dragging rows onto an
inspector in the list beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

SITE_ROLE = Qt.ItemDataRole.UserRole + 1
INSPECTOR_COLUMN = 3


class AssignTable(QTableWidget):
    """One row a site: name, site type, district, inspector. Ctrl+→ / Ctrl+← give the
    selected sites to the next / previous inspector."""

    moved = Signal()

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels([self.tr("Site"), self.tr("Site type"),
                                        self.tr("District"), self.tr("Inspector")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.inspectors: list[str] = []
        self.setToolTip(self.tr("Ctrl+→ / Ctrl+←: the selected sites to the next / previous "
                                "inspector; or drag them onto an inspector on the right"))

    def show_sites(self, rows: Sequence[tuple[str, str, str, str]], assigned: dict[str, str],
                   inspectors: Sequence[str]) -> None:
        """rows: (site id, name, site type name, district)."""
        self.inspectors = list(inspectors)
        self.setRowCount(len(rows))
        for r, (site_id, name, category, district) in enumerate(rows):
            first = QTableWidgetItem(name)
            first.setData(SITE_ROLE, site_id)
            self.setItem(r, 0, first)
            self.setItem(r, 1, QTableWidgetItem(category))
            self.setItem(r, 2, QTableWidgetItem(district or "未指定"))
            self.setItem(r, INSPECTOR_COLUMN, QTableWidgetItem(assigned.get(site_id, "")))
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # show_sites fills every cell
        return item

    def assigned(self) -> dict[str, str]:
        return {str(self.cell(r, 0).data(SITE_ROLE)): self.cell(r, INSPECTOR_COLUMN).text()
                for r in range(self.rowCount())}

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectedIndexes()})

    def give(self, rows: Sequence[int], inspector: str) -> None:
        for r in rows:
            self.cell(r, INSPECTOR_COLUMN).setText(inspector)
        if rows:
            self.moved.emit()

    def step(self, delta: int) -> None:
        if not self.inspectors:
            return
        for r in self.selected_rows():
            current = self.cell(r, INSPECTOR_COLUMN).text()
            at = self.inspectors.index(current) if current in self.inspectors else -delta
            self.cell(r, INSPECTOR_COLUMN).setText(
                self.inspectors[(at + delta) % len(self.inspectors)])
        self.moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (
                Qt.Key.Key_Right, Qt.Key.Key_Left):
            self.step(1 if event.key() == Qt.Key.Key_Right else -1)
            return
        super().keyPressEvent(event)


class InspectorList(QListWidget):
    """Each inspector with their count of sites; rows of the table dropped on one go to
    that inspector."""

    def __init__(self, table: AssignTable) -> None:
        super().__init__()
        self.table = table
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        table.moved.connect(self.count_sites)

    def count_sites(self) -> None:
        counts: dict[str, int] = {}
        for who in self.table.assigned().values():
            counts[who] = counts.get(who, 0) + 1
        self.clear()
        for who in self.table.inspectors:
            item = QListWidgetItem(self.tr("{inspector} · {n} sites").format(
                inspector=who, n=counts.get(who, 0)))
            item.setData(Qt.ItemDataRole.UserRole, who)
            self.addItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self.table:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self.table and self.itemAt(event.position().toPoint()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if event.source() is not self.table or item is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.table.give(self.table.selected_rows(), str(item.data(Qt.ItemDataRole.UserRole)))
