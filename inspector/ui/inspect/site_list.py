"""The inspect page's left column: the round's sites by type or district, with a search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import state
from ...domain import Form
from ...store import Store
from ...store.store import Row
from ..site_model import SITE_ID_ROLE, SiteRow, SiteTreeModel, detail, load_rows


class SiteList(QWidget):
    chosen = Signal(str)  # a site id, when the user picks another site
    activated = Signal()  # Enter on a site: on to its checklist

    def __init__(self) -> None:
        super().__init__()
        self.model = SiteTreeModel()
        self.site_id: str | None = None
        # In a supervisor's received work: whose inspection the chosen row is.
        self.row_inspector = ""
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search sites…"))
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width for the progress column ("100.0%", "11/11"): sized to its contents,
        # every answer's repaint measured every row of the list again.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        metrics = self.tree.fontMetrics()
        header.resizeSection(1, 16 + max(metrics.horizontalAdvance(t) for t in
                                         ("100.0%", "100/100", str(self.model.headerData(
                                             1, Qt.Orientation.Horizontal)))))
        self.tree.selectionModel().currentChanged.connect(self._current)
        self.tree.activated.connect(lambda _index: self.activated.emit())
        self.summary = QLabel()
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("By site type"), "type")
        self.group_by.addItem(self.tr("By district"), "district")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.group_by)
        layout.addLayout(top)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)

    def offer_received(self, supervisor: bool) -> None:
        """A supervisor sees the work received from each inspector first."""
        offered = self.group_by.findData("inspector") >= 0
        if supervisor and not offered:
            self.group_by.insertItem(0, self.tr("Received, by inspector"), "inspector")
            self.group_by.setCurrentIndex(0)
        elif not supervisor and offered:
            self.group_by.removeItem(self.group_by.findData("inspector"))

    def load(self, store: Store, round_row: Row, form: Form, inspector: str) -> None:
        by = str(self.group_by.currentData())
        self.model.set_rows(load_rows(store, round_row, form, inspector, by))
        self._show_summary(bool(inspector) and by != "inspector")
        self._show_tree()

    def clear(self) -> None:
        self.model.set_rows([])
        self.summary.clear()

    def update_site(self, site_id: str, current: state.InspectionState, mine: bool) -> None:
        """One site's row after an edit, and the count of sites done."""
        self.model.update_site(site_id, current.status, detail(current))
        self._show_summary(mine)

    def open_site(self, site_id: str) -> None:
        index = self.model.find(site_id)
        if not index.isValid() and self.model.text and self.model.site(site_id):
            self.search.clear()  # hidden by the search: show all
            index = self.model.find(site_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _show_summary(self, mine: bool) -> None:
        done = sum(c.done for c in self.model.rows)
        total = sum(len(c.sites) for c in self.model.rows)
        text = self.tr("My sites: {done}/{total} done") if mine else \
            self.tr("Sites: {done}/{total} done")
        self.summary.setText(text.format(done=done, total=total))

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._show_tree()

    def _show_tree(self) -> None:
        """After the model is reset: groups open, the open site selected if it shows."""
        self.tree.expandAll()
        if self.site_id:
            index = self.model.find(self.site_id)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def _current(self, current: QModelIndex | QPersistentModelIndex, _previous: Any = None
                 ) -> None:
        site_id = current.data(SITE_ID_ROLE) if current.isValid() else None
        node = current.internalPointer() if current.isValid() else None
        who = node.inspector if isinstance(node, SiteRow) else ""
        if site_id and (site_id, who) != (self.site_id, self.row_inspector):
            self.site_id, self.row_inspector = site_id, who
            self.chosen.emit(site_id)
