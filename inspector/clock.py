"""Times as people read them. Stored stamps are ISO 8601 with an offset (this computer
writes UTC); screens and printed lists show them in this computer's time zone, so an
inspection begun at 15:51 in Beijing reads 15:51, not 07:51."""

from __future__ import annotations

from datetime import datetime


def local(iso: object, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """`iso` in this computer's time zone; "" for no time; a text that is not a time is
    returned as it is (shown, never an error)."""
    if not iso:
        return ""
    try:
        when = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    return (when.astimezone() if when.tzinfo is not None else when).strftime(fmt)
