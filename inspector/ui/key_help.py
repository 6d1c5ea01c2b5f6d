"""The keyboard help (F1): every shortcut that works on the page shown, read from what is
registered — the page's declared keys, its buttons' shortcuts and the window's actions —
so the help cannot drift from the keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .widgets import heading

# (key sequences, what they do), as shown to the user.
Binding = tuple[tuple[QKeySequence, ...], str]


def native(sequences: Sequence[QKeySequence]) -> str:
    return " / ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences)


def _plain(text: str) -> str:
    """A button or menu text without its mnemonic ampersand and trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def declared_keys(page: QWidget) -> list[Binding]:
    """Keys a page handles itself (in keyPressEvent), from its KEYS table."""
    context = type(page).__name__
    return [(tuple(QKeySequence(k) for k in keys), QCoreApplication.translate(context, what))
            for keys, what in getattr(page, "KEYS", ())]


def button_keys(page: QWidget) -> list[Binding]:
    """Shortcuts of the page's buttons (active while the page is shown)."""
    out: list[Binding] = []
    for button in page.findChildren(QAbstractButton):
        key = button.shortcut()
        if not key.isEmpty() and button.isVisibleTo(page):
            out.append(((key,), _plain(button.text()) or button.toolTip()))
    return out


def action_keys(actions: Sequence[QAction]) -> list[Binding]:
    out: list[Binding] = []
    for action in actions:
        keys = tuple(k for k in action.shortcuts() if not k.isEmpty())
        if keys:
            out.append((keys, _plain(action.text())))
    return out


class KeyHelp(QDialog):
    """Groups of (keys, what they do); Esc or F1 closes it."""

    def __init__(self, title: str, groups: Sequence[tuple[str, Sequence[Binding]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.groups = [(name, list(rows)) for name, rows in groups if rows]
        body = QWidget()
        grid = QGridLayout(body)  # one grid: the keys of every group line up
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        row = 0
        for name, rows in self.groups:
            grid.addWidget(heading(name), row, 0, 1, 2)
            row += 1
            for keys, what in rows:
                key_label = QLabel(f"<b>{native(keys)}</b>")
                key_label.setTextFormat(Qt.TextFormat.RichText)
                grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignTop)
                text = QLabel(what)
                text.setWordWrap(True)
                grid.addWidget(text, row, 1)
                row += 1
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        hint = QLabel(self.tr("Esc or F1 closes this help"))
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        outer.addWidget(hint)
        self.resize(560, 520)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F1, Qt.Key.Key_Escape):
            self.accept()
            return
        super().keyPressEvent(event)
