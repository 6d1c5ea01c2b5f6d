"""One Undo and one Redo for the window, acting on the page on screen: each page with
steps (the Inspect page's edits, the 整改 page's case actions) keeps its own QUndoStack,
and the group's active stack follows the current tab — Ctrl+Z on the 整改 page never
undoes an answer on the Inspect page, nor the other way round."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget


def stack_of(page: QWidget | None) -> QUndoStack | None:
    """A page's steps (`page.undo`), or a lazily built tab's page's."""
    page = getattr(page, "page", page)  # a LazyPage holds its page once built
    stack = getattr(page, "undo", None)
    return stack if isinstance(stack, QUndoStack) else None


class PageUndo(QUndoGroup):
    def __init__(self, tabs: QTabWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.tabs = tabs
        tabs.currentChanged.connect(lambda _i: self.follow())

    def add_page(self, page: QWidget) -> None:
        stack = stack_of(page)
        if stack is not None and stack not in self.stacks():
            self.addStack(stack)
        self.follow()

    def follow(self) -> None:
        """The current tab's stack (none: a page without steps undoes nothing)."""
        self.setActiveStack(stack_of(self.tabs.currentWidget()))  # type: ignore[arg-type]

    def edit_actions(self, parent: QObject, undo_text: str, redo_text: str
                     ) -> tuple[QAction, QAction]:
        undo = self.createUndoAction(parent, undo_text)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.createRedoAction(parent, redo_text)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                           QKeySequence(QKeySequence.StandardKey.Redo)])
        return undo, redo
