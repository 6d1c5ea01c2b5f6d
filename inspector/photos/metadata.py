"""What a photo's EXIF says: when, where, which way up, which camera.

Chat apps strip EXIF and cheap phones write nonsense, so every field is optional and a
field that cannot be true (orientation 9, latitude 95) is dropped and flagged, never fatal.

Only a capture time counts as when the photo was taken: DateTimeOriginal, else
DateTimeDigitized. EXIF DateTime is when the file was last changed (an editor or a chat
app that re-saves it writes it), so a photo with only that time keeps it, marked as a
modification time, as is the file's own time when there is no EXIF time at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from PIL import Image

from ..clock import CLOCK_SLACK
from .file_warnings import Warned

TAG_ORIENTATION = 0x0112
TAG_MAKE = 0x010F
TAG_MODEL = 0x0110
TAG_DATETIME = 0x0132
IFD_EXIF = 0x8769
IFD_GPS = 0x8825
TAG_DATETIME_ORIGINAL = 0x9003  # when the shutter was pressed
TAG_DATETIME_DIGITIZED = 0x9004  # when it was stored (the same on phones)
TAG_OFFSET_TIME = 0x9010  # of DateTime
TAG_OFFSET_TIME_ORIGINAL = 0x9011
TAG_OFFSET_TIME_DIGITIZED = 0x9012

# Where a photo's `taken_at` comes from (`time_source`). Only TIME_EXIF is a capture time:
# matching photos to inspections by time and the evidence stamp rely on it alone.
TIME_EXIF = "exif"  # DateTimeOriginal or DateTimeDigitized
TIME_MODIFIED = "modified"  # EXIF DateTime: when the file was last changed
TIME_FILE = "file"  # the file's modification time on disk (mtime)

# Flags stored with a photo (what the UI and reports can say about its evidence value).
NO_EXIF = "no_exif"  # no EXIF at all: time is the file's
NO_TIME = "no_time"  # EXIF without a usable time: time is the file's
MODIFIED_TIME = "modified_time"  # no capture time: the time is EXIF DateTime (file changed)
NO_OFFSET = "no_offset"  # EXIF time without a UTC offset
FUTURE_TIME = "future_time"  # the time is more than CLOCK_SLACK ahead of this computer's
BAD_TIME = "bad_time"
BAD_GPS = "bad_gps"
BAD_ORIENTATION = "bad_orientation"
BAD_EXIF = "bad_exif"  # the EXIF block itself could not be read (or Pillow warned about it)
DECODE_WARNING = "decode_warning"  # Pillow warned about something else in the file

_EXIF_TIME = re.compile(r"^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


@dataclass
class PhotoMeta:
    taken_at: str | None = None  # ISO 8601, with offset when known
    time_source: str = TIME_EXIF  # TIME_EXIF, TIME_MODIFIED or TIME_FILE
    lat: Decimal | None = None  # WGS-84, as in EXIF
    lon: Decimal | None = None
    orientation: int = 1
    make: str = ""
    model: str = ""
    flags: list[str] = field(default_factory=list)

    def add_flags(self, flags: Iterable[str]) -> None:
        """Add flags not there yet; a broken EXIF block is not a missing one."""
        for flag in flags:
            if flag not in self.flags:
                self.flags.append(flag)
        if BAD_EXIF in self.flags and NO_EXIF in self.flags:
            self.flags.remove(NO_EXIF)


def is_capture_time(time_source: object) -> bool:
    """Whether a photo's stored time says when it was taken (not when a file changed)."""
    return time_source == TIME_EXIF


def warning_flags(caught: Iterable[Warned]) -> list[str]:
    """Flags for what Pillow warned about while reading a file: its EXIF block (parsed by
    the TIFF plugin) or anything else."""
    out: list[str] = []
    for w in caught:
        exif = w.module.startswith("PIL.TiffImagePlugin") or "exif" in w.message.lower()
        flag = BAD_EXIF if exif else DECODE_WARNING
        if flag not in out:
            out.append(flag)
    return out


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).strip("\x00 ").strip() if value is not None else ""


def _time(value: Any, offset: Any) -> str | None:
    m = _EXIF_TIME.match(_text(value))
    if m is None:
        return None
    try:
        y, mo, d, h, mi, sec = (int(g) for g in m.groups())
        naive = datetime(y, mo, d, h, mi, sec)
    except ValueError:
        return None
    om = _OFFSET.match(_text(offset))
    if om is None:
        return naive.isoformat()
    sign = 1 if om.group(1) == "+" else -1
    delta = timedelta(hours=int(om.group(2)), minutes=int(om.group(3)))
    if int(om.group(3)) >= 60 or delta > timedelta(hours=14):  # no such UTC offset ("+99:99")
        return naive.isoformat()
    return naive.replace(tzinfo=timezone(sign * delta)).isoformat()


def _degrees(dms: Any, ref: Any, limit: int) -> Decimal | None:
    try:
        d, m, s = (Decimal(str(float(x))) for x in dms)
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError):
        return None
    value = d + m / 60 + s / 3600
    if _text(ref).upper() in ("S", "W"):
        value = -value
    if not value.is_finite() or abs(value) > limit or m >= 60 or s >= 60 or m < 0 or s < 0:
        return None
    return value.quantize(Decimal("0.0000001"))


def _in_future(taken_at: str, now: datetime) -> bool:
    when = datetime.fromisoformat(taken_at)
    if when.tzinfo is None:  # local time somewhere: its earliest instant is at UTC+14
        when = when.replace(tzinfo=timezone(timedelta(hours=14)))
    return when > now + CLOCK_SLACK


def _exif_time(meta: PhotoMeta, tags: Iterable[tuple[Any, Any]]) -> str | None:
    """The first of (time, offset) that is a time; a time tag that is not one is flagged."""
    for raw, offset in tags:
        if not raw:
            continue
        found = _time(raw, offset)
        if found is not None:
            return found
        if BAD_TIME not in meta.flags:
            meta.flags.append(BAD_TIME)
    return None


def read_meta(image: Image.Image, file_mtime: float, now: datetime | None = None
              ) -> PhotoMeta:
    """EXIF of an opened (not necessarily decoded) image; falls back to EXIF DateTime,
    then to the file time. `now` (aware; default this computer's clock) is what a time
    too far ahead is judged against."""
    now = datetime.now(UTC) if now is None else now
    meta = PhotoMeta()
    try:
        exif = image.getexif()
        exif_ifd = exif.get_ifd(IFD_EXIF)
        gps = exif.get_ifd(IFD_GPS)
    except Exception:  # Pillow raises many types on a broken EXIF block
        exif, exif_ifd, gps = Image.Exif(), {}, {}
        meta.flags.append(BAD_EXIF)
    if not exif and BAD_EXIF not in meta.flags:
        meta.flags.append(NO_EXIF)
    meta.make = _text(exif.get(TAG_MAKE))[:64]
    meta.model = _text(exif.get(TAG_MODEL))[:64]
    orientation = exif.get(TAG_ORIENTATION, 1)
    if isinstance(orientation, int) and 1 <= orientation <= 8:
        meta.orientation = orientation
    else:
        meta.flags.append(BAD_ORIENTATION)
    meta.taken_at = _exif_time(meta, [
        (exif_ifd.get(TAG_DATETIME_ORIGINAL), exif_ifd.get(TAG_OFFSET_TIME_ORIGINAL)),
        (exif_ifd.get(TAG_DATETIME_DIGITIZED), exif_ifd.get(TAG_OFFSET_TIME_DIGITIZED))])
    if meta.taken_at is None:
        meta.taken_at = _exif_time(meta, [(exif.get(TAG_DATETIME),
                                           exif_ifd.get(TAG_OFFSET_TIME))])
        if meta.taken_at is not None:
            meta.time_source = TIME_MODIFIED
            meta.flags.append(MODIFIED_TIME)
    if meta.taken_at is not None and "+" not in meta.taken_at[10:] \
            and "-" not in meta.taken_at[10:]:
        meta.flags.append(NO_OFFSET)
    if meta.taken_at is None:
        meta.time_source = TIME_FILE
        meta.taken_at = datetime.fromtimestamp(file_mtime, UTC).isoformat(timespec="seconds")
        if exif and NO_TIME not in meta.flags:
            meta.flags.append(NO_TIME)
    if _in_future(meta.taken_at, now):
        meta.flags.append(FUTURE_TIME)
    # Phones with location off often write a GPS block with only its version: no position,
    # but nothing wrong either. Only coordinates that are there and impossible are flagged.
    if gps.get(2) is not None or gps.get(4) is not None:
        lat = _degrees(gps.get(2), gps.get(1), 90)
        lon = _degrees(gps.get(4), gps.get(3), 180)
        if lat is None or lon is None:
            meta.flags.append(BAD_GPS)
        else:
            meta.lat, meta.lon = lat, lon
    return meta
