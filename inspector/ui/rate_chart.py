"""Score rates per site type as horizontal bars, drawn with QPainter (QtCharts is not in
the Essentials wheels).

The chart draws what it is given: rates come from `scoring`, already rounded; it only
orders them (worst first) and picks a colour. The rate is always written beside its bar,
so colour is never the only signal; a site type with no counted inspection is drawn as
words, not as an empty bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

GOOD = Decimal(80)  # ≥ 80%: green
FAIR = Decimal(60)  # 60–80%: orange; below: red
GREEN = QColor("#2e7d32")
ORANGE = QColor("#e67e00")
RED = QColor("#c62828")
MARGIN = 8
GAP = 8  # between the label, the bar and the value columns


@dataclass(frozen=True)
class Bar:
    key: str  # the category id, sent back when the bar is clicked
    label: str  # the site type's name (Chinese data)
    rate: Decimal | None  # percent as shown elsewhere (e.g. 50.7); None is 未测评


def colour_for(rate: Decimal) -> QColor:
    if rate >= GOOD:
        return GREEN
    if rate >= FAIR:
        return ORANGE
    return RED


def worst_first(bars: Sequence[Bar]) -> list[Bar]:
    """Lowest rate first; site types not inspected at the end (stable for ties)."""
    return sorted(bars, key=lambda b: (b.rate is None, b.rate if b.rate is not None else 0))


class RateChart(QWidget):
    """Horizontal bars of score rate, one per site type, worst first."""

    barClicked = Signal(str)  # the bar's key (category id)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Score rate by site type"))

    # ---- data ----

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = worst_first(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        """The bars in the order they are drawn (top to bottom)."""
        return list(self._bars)

    # ---- geometry ----

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _top(self) -> int:
        return MARGIN + self._row_height()  # the legend's line

    def _label_width(self) -> int:
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest, max(self.width() * 2 // 5, 80))

    def _value_width(self) -> int:
        fm = self.fontMetrics()
        return max(fm.horizontalAdvance("100.0%"), fm.horizontalAdvance("—"))

    def _height_for_rows(self, rows: int) -> int:
        return self._top() + max(rows, 1) * self._row_height() + self._row_height() + MARGIN

    def sizeHint(self) -> QSize:
        # 27 site types at a 10-pt CJK font: ~590 px tall; wide enough for the longest
        # name, a readable bar and the rate on a 1366×768 screen's right-hand column.
        return QSize(480, self._height_for_rows(len(self._bars)))

    def minimumSizeHint(self) -> QSize:
        # Every row stays legible: in a scroll area the chart scrolls instead of squashing.
        return QSize(300, self._height_for_rows(len(self._bars)))

    def row_at(self, y: float) -> int:
        """The bar under a y position, or -1."""
        if y < self._top():
            return -1
        row = int((y - self._top()) // self._row_height())
        return row if 0 <= row < len(self._bars) else -1

    # ---- painting ----

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(self.font())
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        fm = self.fontMetrics()
        row_h = self._row_height()
        label_w = self._label_width()
        value_w = self._value_width()
        x0 = MARGIN + label_w + GAP
        track_w = max(self.width() - x0 - GAP - value_w - MARGIN, 20)
        top = self._top()
        if not self._bars:
            p.setPen(muted)
            p.drawText(QRectF(MARGIN, top, self.width() - 2 * MARGIN, row_h),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                       self.tr("No scores yet"))
            return
        self._paint_legend(p, x0, text)
        bottom = top + len(self._bars) * row_h
        track = pal.color(QPalette.ColorRole.AlternateBase)
        for i in range(len(self._bars)):
            p.fillRect(QRectF(x0, top + i * row_h + 3, track_w, row_h - 6), track)
        # reference lines at 60% and 80% (over the tracks, under the bars), labelled below
        p.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
        for line in (FAIR, GOOD):
            x = x0 + track_w * float(line) / 100
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
        p.setPen(muted)
        for tick in (0, 60, 80, 100):
            x = x0 + track_w * tick / 100
            label = f"{tick}%"
            w = fm.horizontalAdvance(label)
            p.drawText(QRectF(x - w / 2 - 2, bottom, w + 4, row_h),
                       int(Qt.AlignmentFlag.AlignCenter), label)
        left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for i, bar in enumerate(self._bars):
            y = top + i * row_h
            p.setPen(text)
            name = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            p.drawText(QRectF(MARGIN, y, label_w, row_h), left, name)
            value_box = QRectF(x0 + track_w + GAP, y, value_w, row_h)
            if bar.rate is None:
                p.setPen(muted)
                p.drawText(QRectF(x0 + 4, y, track_w - 4, row_h), left,
                           self.tr("Not inspected"))
                p.drawText(value_box, right, "—")
                continue
            share = min(max(float(bar.rate) / 100, 0.0), 1.0)
            p.fillRect(QRectF(x0, y + 3, track_w * share, row_h - 6), colour_for(bar.rate))
            p.setPen(text)
            p.drawText(value_box, right, f"{bar.rate}%")

    def _paint_legend(self, p: QPainter, x: float, text: QColor) -> None:
        fm = self.fontMetrics()
        row_h = self._row_height()
        box = fm.height() * 0.6
        for colour, label in ((GREEN, "≥80%"), (ORANGE, "60–80%"), (RED, "<60%")):
            p.fillRect(QRectF(x, MARGIN + (row_h - box) / 2, box, box), colour)
            x += box + 4
            p.setPen(text)
            p.drawText(QRectF(x, MARGIN, fm.horizontalAdvance(label) + 2, row_h),
                       int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label)
            x += fm.horizontalAdvance(label) + 14

    # ---- interaction ----

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos().y())
            if row < 0:
                QToolTip.hideText()
                event.ignore()
                return True
            bar = self._bars[row]
            rate = self.tr("Not inspected") if bar.rate is None else f"{bar.rate}%"
            QToolTip.showText(event.globalPos(), f"{bar.label}: {rate}", self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.row_at(event.position().y()) >= 0
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self.barClicked.emit(self._bars[row].key)
            event.accept()
            return
        super().mousePressEvent(event)
