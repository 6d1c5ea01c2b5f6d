"""Small widgets the pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def heading(text: str) -> QLabel:
    """A bold section title above a table or list."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def column(*parts: QWidget | tuple[QWidget, int]) -> QWidget:
    """Widgets stacked in a column without margins; (widget, stretch) to give one room."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        widget, stretch = part if isinstance(part, tuple) else (part, 0)
        layout.addWidget(widget, stretch)
    return box
