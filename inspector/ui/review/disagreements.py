"""The sites two inspectors scored differently, with the standards where they differ
(the core's scorecard finds them; this lists them)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ... import state
from ...errors import UserError
from ...store import Store
from ..tables import RowsModel, short, table_view
from ..widgets import heading


class DisagreementsPanel(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = RowsModel([
            self.tr("Site"), self.tr("Site type"), self.tr("Standards where they disagree")],
            parent=self)
        self.view = table_view(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Sites where two inspectors disagree")))
        layout.addWidget(self.view)

    def refresh(self) -> None:
        try:
            _, form, card = state.scorecard(self.store)
        except UserError:
            self.model.set_rows([])
            return
        rows = []
        for cat in card.categories:
            for site in cat.sites:
                if not site.disagreements:
                    continue
                items = []
                for item_id in site.disagreements:
                    found = form.item(item_id)
                    items.append(f"{item_id} {short(found[1].text, 24)}" if found else item_id)
                rows.append([site.name, cat.name, "；".join(items)])
        self.model.set_rows(rows, tips=[r[2] for r in rows])
        self.view.resizeColumnToContents(0)
