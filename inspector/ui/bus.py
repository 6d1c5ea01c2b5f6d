"""One signal hub: every screen says what it changed, and every view refreshes itself
from that (as Anki's operations broadcast their `OpChanges`) — no screen reaches into
another.

`changed` carries the core's `Changes` (which records, of which kinds) and the page that
made them, which has repainted itself already. `follow` is how a page listens: it
refreshes at once when shown, or when next shown when hidden.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from ..store.changes import Changes

# The kinds a new or changed round brings: what the site list and the scorecard read.
ROUND_TABLES = ("forms", "sites", "rounds", "samples", "assignments")


class Bus(QObject):
    # (Changes, the page that made them or None). Views listening for the kinds they
    # show reload from the database.
    changed = Signal(object, object)
    # An edit was committed: the status bar shows "已保存 HH:MM:SS".
    saved = Signal()
    # A user-facing error in one line (shown in the status bar / a message box).
    error = Signal(str)

    def announce(self, changes: Changes, source: QObject | None = None) -> None:
        if changes:
            self.changed.emit(changes, source)


class _Follower(QObject):
    """Refreshes a page on changes it shows, at once when visible, else when next shown."""

    def __init__(self, page: QWidget, bus: Bus, refresh: Callable[[], None],
                 wants: Callable[[Changes], bool], stale: bool) -> None:
        super().__init__(page)
        self.page, self.refresh, self.wants = page, refresh, wants
        self.stale = stale
        bus.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes, source: QObject | None) -> None:
        if source is self.page or not self.wants(changes):
            return
        if self.page.isVisible():
            self.refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.refresh()
        return False


def follow(page: QWidget, bus: Bus, refresh: Callable[[], None],
           wants: Callable[[Changes], bool] = bool, *, stale: bool = False) -> None:
    """Keep `page` current: `refresh` runs after changes `wants` accepts (any, by
    default) that another page made — now if the page shows, else when it is shown.
    `stale`: the page has not loaded yet, and loads when first shown."""
    _Follower(page, bus, refresh, wants, stale)
