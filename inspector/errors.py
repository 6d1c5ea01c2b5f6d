"""Errors caused by the user's input: shown as one line, never as a traceback."""

from __future__ import annotations

from .messages import Msg


class UserError(Exception):
    """Bad input or a refused action; the message says what and where, in one line.

    Raised with a message (`inspector.messages`), it keeps its key and fields, so each
    screen renders it in its own language; str() is the English."""

    def __init__(self, message: Msg | str) -> None:
        super().__init__(str(message))
        self.msg = message if isinstance(message, Msg) else None
