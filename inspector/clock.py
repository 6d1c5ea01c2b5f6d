"""Times as people read them. Stored stamps are ISO 8601 with an offset (most are written
in UTC); everything shown, printed or exported is in the city's time zone (the `timezone`
setting, default Asia/Shanghai), never this computer's, so the same data gives the same
documents whatever zone the computer is set to. A stored time without an offset (an old
row, a camera's EXIF time without one) is read as the city's local time."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# How far ahead of this computer's clock another clock may run before what it stamped is
# taken as wrong (a laptop set to the wrong day, a camera never set): sync refuses records
# stamped later than this, photo import flags a photo whose time is later.
CLOCK_SLACK = timedelta(hours=24)
CLOCK_SLACK_MS = CLOCK_SLACK // timedelta(milliseconds=1)

DEFAULT_ZONE = "Asia/Shanghai"
Zone: TypeAlias = ZoneInfo | str  # a zone, or its IANA name


def zone_info(zone: Zone) -> ZoneInfo:
    """The zone of an IANA name such as "Asia/Shanghai"; ValueError naming it when this
    computer's zone database (or the tzdata package) does not know it."""
    if isinstance(zone, ZoneInfo):
        return zone
    try:
        if zone.strip() == "localtime":  # Debian's link to this computer's zone
            raise ValueError(zone)
        return ZoneInfo(zone.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"unknown time zone '{zone}' (use an IANA name such as "
                         f"{DEFAULT_ZONE} or Asia/Urumqi)") from None


def to_zone(when: datetime, zone: Zone) -> datetime:
    """`when` in the city's zone; a naive `when` is taken as the city's local time."""
    tz = zone_info(zone)
    return when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)


def in_zone(iso: object, zone: Zone) -> datetime | None:
    """A stored time in the city's zone (aware); None for no time or a text that is not
    one."""
    if isinstance(iso, datetime):
        return to_zone(iso, zone)
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(str(iso).strip())
    except ValueError:
        return None
    return to_zone(when, zone)


def iso(value: object, zone: Zone) -> str:
    """ISO 8601 with the city's offset, to the second (2026-11-20T14:05:00+08:00), as CSV
    and JSON write it; "" for no time, a text that is not a time as it is."""
    when = in_zone(value, zone)
    if when is None:
        return "" if not value else str(value)
    return when.isoformat(timespec="seconds")


def local(iso: object, fmt: str = "%Y-%m-%d %H:%M", *, zone: Zone) -> str:
    """`iso` as the city reads it (in its zone); "" for no time; a text that is not a time
    is returned as it is (shown, never an error)."""
    when = in_zone(iso, zone)
    if when is None:
        return "" if not iso else str(iso)
    return when.strftime(fmt)


def naive(iso: object, zone: Zone) -> datetime | None:
    """The city's wall-clock time without its offset (what a spreadsheet cell holds);
    None for no time or a text that is not one."""
    when = in_zone(iso, zone)
    return None if when is None else when.replace(tzinfo=None, microsecond=0)


def now(zone: Zone) -> datetime:
    """Now, in the city's zone."""
    return datetime.now(zone_info(zone))


def offset_text(when: datetime) -> str:
    """UTC+08:00 for an aware time at +08:00."""
    offset = when.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(offset) // timedelta(minutes=1)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_label(zone: Zone, times: list[datetime | None] | None = None) -> str:
    """"Asia/Shanghai，UTC+08:00": the zone, with its offset when every time given (in
    that zone) has the same one; the name alone otherwise (a zone with summer time)."""
    tz = zone_info(zone)
    offsets = {offset_text(to_zone(t, tz)) for t in times or () if t is not None}
    return f"{tz.key}，{offsets.pop()}" if len(offsets) == 1 else tz.key
