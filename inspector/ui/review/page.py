"""The Review page: received inspections on the left (with their problems and photos),
conflicts and disagreements on the right. Each panel loads and acts on its own; after a
decision the page reloads all three and tells the other pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...store import Role, Store
from ...store.changes import Changes
from ..bus import Bus, follow
from .conflicts import ConflictsPanel
from .disagreements import DisagreementsPanel
from .queue import QueuePanel


class ReviewPage(QWidget):
    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("reviewNote")
        self.queue = QueuePanel(store, self._decided)
        self.conflicts = ConflictsPanel(store, self._decided)
        self.disagreements = DisagreementsPanel(store)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.conflicts)
        right.addWidget(self.disagreements)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.queue)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)

        follow(self, bus, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.store.role is Role.SUPERVISOR:
            self.note.hide()
        else:
            self.note.setText(self.tr(
                "This computer is set up for an inspector: reviews are read-only here. "
                "Reviewing is done on the supervisor's computer."))
            self.note.show()
        self.queue.refresh()
        self.conflicts.refresh()
        self.disagreements.refresh()

    def _decided(self, changes: Changes) -> None:
        """A review or a conflict decision was recorded: reload, then tell the others."""
        self.refresh()
        self.bus.announce(changes, self)
        self.bus.saved.emit()
