"""One signal hub: every screen says what it changed, and every view refreshes itself
(as Anki's operations broadcast their changes) — no screen reaches into another."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    # What changed: "responses", "problems", "photos", "inspections", "sync", "review",
    # "round", "settings". Views listening for it reload from the database.
    changed = Signal(str)
    # An edit was committed: the status bar shows "已保存 HH:MM:SS".
    saved = Signal()
    # A user-facing error in one line (shown in the status bar / a message box).
    error = Signal(str)
