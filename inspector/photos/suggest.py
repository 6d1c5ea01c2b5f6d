"""Which inspection a photo belongs to, from its EXIF time and GPS (the user confirms).

Both sides are WGS-84: site registries from Chinese maps are converted on import.
A photo matches an inspection when it was taken within the inspection's start–finish
window (with a margin) and, where both positions are known, near the site.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from .. import clock
from ..geo import distance_m

MARGIN = timedelta(minutes=15)
OPEN_WINDOW = timedelta(hours=3)  # an inspection still running: assume up to 3 hours
MAX_DISTANCE_M = 500.0


@dataclass(frozen=True)
class Candidate:
    inspection_id: str
    site_name: str
    inspector: str
    started_at: str | None
    finished_at: str | None
    lat: Decimal | None  # the site, WGS-84
    lon: Decimal | None


@dataclass(frozen=True)
class Suggestion:
    inspection_id: str
    site_name: str
    inspector: str
    distance_m: float | None
    minutes_from_window: float  # 0 when inside the window itself


def _parse(text: str | None, like: datetime | None = None,
           zone: clock.Zone | None = None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None and zone is not None:
        value = clock.to_zone(value, zone)  # a naive time is the city's local time
    elif value.tzinfo is None and like is not None and like.tzinfo is not None:
        value = value.replace(tzinfo=like.tzinfo)  # a naive EXIF time is local time
    return value


def suggest(taken_at: str | None, lat: Decimal | None, lon: Decimal | None,
            candidates: list[Candidate], zone: clock.Zone | None = None) -> list[Suggestion]:
    """Matching inspections, best first (inside the window, then nearest). With the
    city's `zone`, a time without an offset is read as the city's local time."""
    found: list[Suggestion] = []
    for c in candidates:
        start = _parse(c.started_at, zone=zone)
        if start is None:
            continue
        end = _parse(c.finished_at, start, zone) or start + OPEN_WINDOW
        when = _parse(taken_at, start, zone)
        if when is None or (when.tzinfo is None) != (start.tzinfo is None):
            continue
        if when < start - MARGIN or when > end + MARGIN:
            continue
        outside = max(start - when, when - end, timedelta(0))
        distance = None
        if None not in (lat, lon, c.lat, c.lon):
            distance = distance_m(float(lat), float(lon), float(c.lat), float(c.lon))  # type: ignore[arg-type]
            if distance > MAX_DISTANCE_M:
                continue
        found.append(Suggestion(c.inspection_id, c.site_name, c.inspector, distance,
                                outside.total_seconds() / 60))
    found.sort(key=lambda s: (s.minutes_from_window,
                              s.distance_m if s.distance_m is not None else MAX_DISTANCE_M))
    return found
