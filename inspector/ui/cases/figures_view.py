"""The 整改 page's figures: per unit or per district, the cases dispatched, closed, 结案率,
按期结案率, overdue now, reworks and average days to close — the same figures as
`cases stats` and the ledger workbook, over the cases the page has loaded."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...cases import figures, ledger
from ...worktime import WorkCalendar
from ..tables import RowsModel, table_view


class FiguresView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = QComboBox()
        self.by.addItem(self.tr("By unit"), "unit")
        self.by.addItem(self.tr("By district"), "district")
        self.by.currentIndexChanged.connect(lambda _i: self._fill())
        self.model = RowsModel([self.tr("Unit or district"), self.tr("Dispatched"),
                                self.tr("Closed"), self.tr("Closure rate"),
                                self.tr("On-time rate"), self.tr("Overdue"),
                                self.tr("Reworks"), self.tr("Days to close")],
                               right=(1, 2, 3, 4, 5, 6, 7))
        self.view = table_view(self.model, stretch=0, fit=True)
        self.note = QLabel(self.tr("Cases counted from their first dispatch; 结案率 and "
                                   "按期结案率 are of the cases dispatched."))
        self.note.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.by)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self._cases: Sequence[ledger.LedgerCase] = ()
        self._now: datetime | None = None
        self._calendar: WorkCalendar | None = None

    def show_cases(self, cases: Sequence[ledger.LedgerCase], now: datetime,
                   calendar: WorkCalendar) -> None:
        self._cases, self._now, self._calendar = cases, now, calendar
        self._fill()

    def _fill(self) -> None:
        if self._now is None or self._calendar is None:
            return
        by_unit = self.by.currentData() == "unit"
        rows = figures.figures(
            [((c.state.unit or "未交办") if by_unit else (c.district or "未指定"), c.state)
             for c in self._cases], self._now, self._calendar)
        self.model.set_rows([[f.group, str(f.dispatched), str(f.closed),
                              _pct(f.closure_rate), _pct(f.on_time_rate), str(f.overdue_now),
                              str(f.reworks), "—" if f.days_to_close is None
                              else str(f.days_to_close)] for f in rows],
                            keys=[f.group for f in rows])


def _pct(value: object) -> str:
    return "—" if value is None else f"{value}%"
