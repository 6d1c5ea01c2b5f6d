"""Errors caused by the user's input: shown as one line, never as a traceback."""


class UserError(Exception):
    """Bad input or a refused action; the message says what and where, in one line."""
