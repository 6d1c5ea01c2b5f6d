"""The bulletin's charts, drawn by ReportLab's own chart library (reportlab.graphics.charts)
in the embedded CJK font: the field score's trend over the rounds, and the districts'
field score rates side by side."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.units import mm

from .pdfkit import GREEN, GREY, RED, register_font

BLUE = colors.HexColor("#1f5fa8")


def trend(labels: Sequence[str], scores: Sequence[Decimal | None], width: float,
          baseline: Decimal | None = None, height: float = 55 * mm) -> Drawing:
    """The field score (of 40) round by round, with the baseline (e.g. 29.47) as a line."""
    font = register_font()
    d = _page(width, height, font)
    chart = HorizontalLineChart()
    chart.x, chart.y = 12 * mm, 12 * mm
    chart.width, chart.height = width - 18 * mm, height - 18 * mm
    known = [float(s) for s in scores if s is not None]
    low = min([*known, float(baseline)] if baseline is not None else known, default=0)
    chart.data = [[float(s) if s is not None else None for s in scores]]
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30 if len(labels) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 6 else "n"
    chart.valueAxis.valueMin = max(0.0, (int(low) // 5) * 5 - 5)
    chart.valueAxis.valueMax = 40
    chart.valueAxis.valueStep = 5
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d7de")
    chart.lines[0].strokeColor = BLUE
    chart.lines[0].strokeWidth = 1.6
    chart.lines[0].symbol = makeMarker("FilledCircle", size=4, fillColor=BLUE)
    chart.lineLabelFormat = _score_label  # a round without a score has no point, no label
    chart.lineLabels.fontName = font
    chart.lineLabels.fontSize = 6.5
    chart.lineLabels.dy = 5
    d.add(chart)
    if baseline is not None:
        lo, hi = chart.valueAxis.valueMin, chart.valueAxis.valueMax
        y = chart.y + chart.height * (float(baseline) - lo) / (hi - lo)
        d.add(Line(chart.x, y, chart.x + chart.width, y, strokeColor=RED, strokeWidth=0.8,
                   strokeDashArray=[3, 2]))
        d.add(String(chart.x + chart.width, y + 2, f"测评基准 {baseline}", fontName=font,
                     fontSize=6.5, fillColor=RED, textAnchor="end"))
    return d


def district_rates(names: Sequence[str], rates: Sequence[Decimal | None], width: float,
                   height: float = 50 * mm) -> Drawing:
    """The districts' field score rates (%), best first, green at 80 % and over, red under
    60 %."""
    font = register_font()
    d = _page(width, height, font)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 16 * mm
    values = [float(r) if r is not None else 0.0 for r in rates]
    chart.data = [values]
    chart.categoryAxis.categoryNames = list(names)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d7de")
    chart.barLabelFormat = "%.1f%%"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.bars.strokeColor = None
    for i, v in enumerate(values):
        chart.bars[(0, i)].fillColor = GREEN if v >= 80 else (RED if v < 60 else
                                                              colors.HexColor("#ef8f00"))
    d.add(chart)
    d.add(String(chart.x, height - 4 * mm, "实地考察得分率（%）", fontName=font, fontSize=7,
                 fillColor=GREY))
    return d


def _score_label(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _page(width: float, height: float, font: str) -> Drawing:
    """A drawing on white: the same in the PDF and shown as SVG in the app, whatever the
    window's colours."""
    d = Drawing(width, height)
    d.initialFontName = font  # else the drawing starts in Helvetica (not embedded)
    d.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    return d
