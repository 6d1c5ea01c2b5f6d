"""Conflicts (one record changed on two devices), their versions side by side, field by
field, and the supervisor's Confirm / Reverse (`actions.reviews.decide`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...actions import recorded, reviews
from ...errors import UserError
from ...hlc import Stamp
from ...store import Role, Store
from ...store import device as devices
from ...store import versions as vs
from ...store.changes import Changes
from ...sync import places
from ..tables import RowsModel, select_row, selected_row, table_view
from ..texts import shown
from ..widgets import heading

HIDDEN_FIELDS = ("version", "origin", "base")


class ConflictsPanel(QWidget):
    def __init__(self, store: Store, decided: Callable[[Changes], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.decided = decided
        self._conflicts: list[vs.Conflict] = []
        self.model = RowsModel([
            self.tr("Record"), self.tr("Fields"), self.tr("Versions"), self.tr("Decision")],
            right=[2], parent=self)
        self.view = table_view(self.model, stretch=1)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.versions_model = RowsModel([self.tr("Field")], parent=self)
        self.versions_view = table_view(self.versions_model)
        self.versions_view.setWordWrap(True)
        header = self.versions_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Keep the current version (the newest)"))
        self.reverse_button = QPushButton(self.tr("Reverse"))
        self.reverse_button.setToolTip(self.tr(
            "Make the other version current again; both stay in the history"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirm"))
        self.reverse_button.clicked.connect(lambda: self.decide("reverse"))
        actions = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        actions.addWidget(self.hint, 1)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.reverse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Conflicts (one record changed on two devices)")))
        layout.addWidget(self.view, 2)
        layout.addWidget(self.versions_view, 3)
        layout.addLayout(actions)

    def field_text(self, name: str) -> str:
        words = {
            "name": self.tr("Name"), "responsible_unit": self.tr("Responsible unit"),
            "district": self.tr("District"), "street": self.tr("Street"),
            "address": self.tr("Address"), "category_id": self.tr("Site type"),
            "lat": self.tr("Latitude"), "lon": self.tr("Longitude"),
            "coord_system": self.tr("Coordinate system"), "description": self.tr("Problem"),
            "count": self.tr("Count"), "location": self.tr("Location"),
            "note": self.tr("Note"), "passed": self.tr("Pass"), "na": self.tr("N/A"),
            "level": self.tr("Grade"), "found": self.tr("Found"),
            "outcome": self.tr("Outcome"), "reason": self.tr("Reason"),
            "review": self.tr("Review"), "review_comment": self.tr("Review comment"),
            "inspector": self.tr("Inspector"), "deleted": self.tr("Deleted"),
            "started_at": self.tr("Started"), "finished_at": self.tr("Finished at"),
            "item_id": self.tr("Standard"), "site_id": self.tr("Site"),
        }
        return words.get(name, name)

    def author(self, version: str) -> str:
        """Who wrote a version: the inspector's name, this computer, or the device id."""
        try:
            device = Stamp.parse(version).device
        except ValueError:
            return "?"
        known = devices.find(self.store.db, device)
        if known is None:
            return device[:8]
        if known["this_device"]:
            return self.tr("this computer")
        return str(known["inspector"] or device[:8])

    def _record_name(self, table: str, record_id: str, data: dict[str, Any]) -> str:
        """By site, standard and kind ("东风路农贸市场 · JM05 · 答案"), never by hash."""
        what = {"sites": self.tr("Site"), "inspections": self.tr("Inspection"),
                "problems": self.tr("Problem"), "responses": self.tr("Answer"),
                "rounds": self.tr("Round"), "photo_links": self.tr("Photo"),
                "assignments": self.tr("Assignment"), "samples": self.tr("Sample")
                }.get(table, table)
        return " · ".join([*places.place_of(self.store, table, record_id, data).parts(), what])

    def refresh(self) -> None:
        row = selected_row(self.view)
        self._conflicts = vs.conflicts(self.store)
        rows, tips = [], []
        for c in self._conflicts:
            datas = [vs.version_data(self.store, c.table, c.record_id, v) or {}
                     for v in c.versions]
            decision = {None: self.tr("Open"), "confirm": self.tr("Confirmed"),
                        "reverse": self.tr("Reversed")}.get(c.decision, str(c.decision))
            rows.append([self._record_name(c.table, c.record_id, datas[0]),
                         ", ".join(self.field_text(f) for f in _differing(datas)),
                         str(len(c.versions)), decision])
            tips.append(" / ".join(self.author(v) for v in c.versions))
        self.model.set_rows(rows, keys=[c.id for c in self._conflicts], tips=tips)
        self.view.resizeColumnToContents(0)
        if self._conflicts:
            select_row(self.view, row if row >= 0 else 0)
        else:
            self._show(None)
        open_ = sum(1 for c in self._conflicts if c.decision is None)
        self.hint.setText(self.tr("{open} open of {total}").format(
            open=open_, total=len(self._conflicts)) if self._conflicts
            else self.tr("No conflicts."))
        self._update_buttons()

    def current(self) -> vs.Conflict | None:
        row = selected_row(self.view)
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row() if current.isValid() else -1
        self._show(self._conflicts[row] if 0 <= row < len(self._conflicts) else None)
        self._update_buttons()

    def _show(self, conflict: vs.Conflict | None) -> None:
        if conflict is None:
            self.versions_model.set_headers([self.tr("Field")])
            self.versions_model.set_rows([])
            return
        datas = [vs.version_data(self.store, conflict.table, conflict.record_id, v) or {}
                 for v in conflict.versions]
        current = self.store.get(conflict.table, conflict.record_id)
        headers = [self.tr("Field")]
        for n, (version, data) in enumerate(zip(conflict.versions, datas, strict=True)):
            who = self.author(version)
            if current is not None and _same(current, data):
                label = self.tr("Current · {who}").format(who=who)
            elif n == 0:
                label = self.tr("Newest · {who}").format(who=who)
            else:
                label = self.tr("Other · {who}").format(who=who)
            headers.append(label)
        differing = _differing(datas)
        self.versions_model.set_headers(headers)
        self.versions_model.set_rows(
            [[self.field_text(name), *(_value(d.get(name)) for d in datas)]
             for name in differing], keys=differing)
        self.versions_view.resizeRowsToContents()

    def _update_buttons(self) -> None:
        enabled = self.store.role is Role.SUPERVISOR and self.current() is not None
        for b in (self.confirm_button, self.reverse_button):
            b.setEnabled(enabled)

    def decide(self, decision: str) -> None:
        conflict = self.current()
        if conflict is None or self.store.role is not Role.SUPERVISOR:
            return
        try:
            _, changes = recorded(self.store, reviews.decide, conflict.id, decision)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Conflicts"), shown(exc))
            return
        self.decided(changes)


def _value(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def _differing(datas: list[dict[str, Any]]) -> list[str]:
    names = sorted({k for d in datas for k in d if k not in HIDDEN_FIELDS})
    return [k for k in names if any(d.get(k) != datas[0].get(k) for d in datas)]


def _same(current: dict[str, Any], data: dict[str, Any]) -> bool:
    keys = {k for k in data if k not in HIDDEN_FIELDS}
    return all(current.get(k) == data.get(k) for k in keys)
