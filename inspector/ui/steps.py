"""Ctrl+Z for every operation: one QUndoCommand that replays the core's `Changes`.

The operation has run (and been refused or committed) before its step is pushed; undo
and redo then write the recorded rows back through `actions.undo` (or the page's own
replay), which refuses when a record changed since. A refused step says why and leaves
the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from .. import actions
from ..errors import UserError
from ..store import Store
from ..store.changes import Changes
from .texts import shown


class Step(QUndoCommand):
    def __init__(self, text: str, store: Store, changes: Changes,
                 after: Callable[[Changes], None], error: Callable[[str], None],
                 replay: Callable[[Store, Changes], Changes] = actions.undo) -> None:
        """`replay`: how the Changes are put back (a case action's undo checks the case
        first: cases.undoable.undo)."""
        super().__init__(text)
        self._store, self._changes = store, changes
        self._after, self._error, self._replay_with = after, error, replay
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # Qt calls redo() on push: the operation has just run
            self._pushed = True
            self._after(self._changes)
            return
        self._replay()

    def undo(self) -> None:
        self._replay()

    def _replay(self) -> None:
        try:
            self._changes = self._replay_with(self._store, self._changes)
        except UserError as exc:
            self.setObsolete(True)  # the stack drops it: it cannot be replayed any more
            self._error(shown(exc))
            return
        self._after(self._changes)
