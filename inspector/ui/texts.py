"""The core's messages in the app's language, through Qt Linguist's translations.

Each core message carries its key (inspector.messages), which is its context in the
translation file; the text comes from whichever translator the app installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import messages


def _qt(key: str, english: str) -> str:
    return QCoreApplication.translate(key, english)


def shown(message: object) -> str:
    """A core message, or an error carrying one, as the app shows it."""
    return messages.localized(message, _qt)
