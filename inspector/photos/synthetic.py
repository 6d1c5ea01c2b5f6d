"""Made-up but realistic photos: phone-sized JPEGs with EXIF time, GPS and orientation.

Used by the demo city (evidence for its problems), the tests and bench/photos.py. The
same arguments give the same bytes, so two demo directories hold the same photos.
"""

from __future__ import annotations

import io
import random
from datetime import datetime
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

from ..errors import UserError
from ..fonts import cjk_font_path
from .metadata import (
    IFD_EXIF,
    IFD_GPS,
    TAG_DATETIME,
    TAG_DATETIME_DIGITIZED,
    TAG_DATETIME_ORIGINAL,
    TAG_MAKE,
    TAG_MODEL,
    TAG_OFFSET_TIME,
    TAG_OFFSET_TIME_DIGITIZED,
    TAG_OFFSET_TIME_ORIGINAL,
    TAG_ORIENTATION,
)

# The time tags a camera may write, each with the tag of its UTC offset (in the EXIF IFD).
# Phones write all three; an editor or a chat app that re-saves a photo may keep only
# DateTime, which then says when the file was saved.
OFFSET_OF = {TAG_DATETIME_ORIGINAL: TAG_OFFSET_TIME_ORIGINAL,
             TAG_DATETIME_DIGITIZED: TAG_OFFSET_TIME_DIGITIZED,
             TAG_DATETIME: TAG_OFFSET_TIME}


def _dms(value: Decimal) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = float((minutes_full - minutes) * 60)
    return float(degrees), float(minutes), round(seconds, 4)


def exif_block(taken_at: datetime | None, lat: Decimal | None, lon: Decimal | None,
               orientation: int = 1, make: str = "Xiaomi",
               model: str = "Redmi Note 13",
               time_tags: tuple[int, ...] = (TAG_DATETIME_ORIGINAL,)) -> Image.Exif:
    """EXIF with `taken_at` in each of `time_tags` (keys of OFFSET_OF), its offset too
    when `taken_at` has one."""
    exif = Image.Exif()
    exif[TAG_MAKE] = make
    exif[TAG_MODEL] = model
    exif[TAG_ORIENTATION] = orientation
    if taken_at is not None:
        sub = exif.get_ifd(IFD_EXIF)
        offset = taken_at.strftime("%z")
        for tag in time_tags:
            where = exif if tag == TAG_DATETIME else sub  # DateTime is in IFD0
            where[tag] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
            if offset:
                sub[OFFSET_OF[tag]] = f"{offset[:3]}:{offset[3:]}"
    if lat is not None and lon is not None:
        gps = exif.get_ifd(IFD_GPS)
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = _dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = _dms(lon)
    return exif


def scene(width: int, height: int, seed: str, label: str = "") -> Image.Image:
    """A street-like picture: smooth colour fields, texture, shapes and a caption."""
    rng = random.Random(seed)
    small = Image.frombytes("RGB", (8, 6), rng.randbytes(8 * 6 * 3))
    image = small.resize((width, height), Image.Resampling.BICUBIC)
    tw, th = max(1, width // 2), max(1, height // 2)  # fine grain, as in real photos
    texture = Image.frombytes("L", (tw, th), rng.randbytes(tw * th)).resize(
        (width, height), Image.Resampling.BILINEAR)
    image = Image.blend(image, Image.merge("RGB", (texture,) * 3), 0.25)
    draw = ImageDraw.Draw(image)
    for _ in range(24):
        x, y = rng.randrange(width), rng.randrange(height)
        w, h = rng.randrange(width // 20 + 1, width // 4 + 2), rng.randrange(
            height // 20 + 1, height // 4 + 2)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        if rng.random() < 0.5:
            draw.rectangle((x, y, x + w, y + h), fill=colour)
        else:
            draw.ellipse((x, y, x + w, y + h), outline=colour, width=max(2, width // 300))
    if label:
        try:
            path, index = cjk_font_path()
            font: ImageFont.FreeTypeFont | ImageFont.ImageFont = ImageFont.truetype(
                str(path), max(12, height // 14), index=index)
        except (UserError, OSError):
            font = ImageFont.load_default()
        draw.text((width // 20, height // 2), label, fill=(255, 255, 255), font=font,
                  stroke_width=max(1, height // 300), stroke_fill=(0, 0, 0))
    return image


def synthetic_jpeg(width: int, height: int, seed: str, *, taken_at: datetime | None = None,
                   lat: Decimal | None = None, lon: Decimal | None = None,
                   orientation: int = 1, label: str = "", quality: int = 88,
                   time_tags: tuple[int, ...] = (TAG_DATETIME_ORIGINAL,)) -> bytes:
    """JPEG bytes of an upright `scene` of width × height, stored the way a phone held at
    `orientation` stores it (sideways for 6 and 8), with EXIF when there is any (the time
    in `time_tags`, see `exif_block`)."""
    image = scene(width, height, seed, label)
    stored_as = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90,
                 8: Image.Transpose.ROTATE_270}
    if orientation in stored_as:
        image = image.transpose(stored_as[orientation])
    out = io.BytesIO()
    if taken_at is None and lat is None and orientation == 1:
        image.save(out, "JPEG", quality=quality)
    else:
        image.save(out, "JPEG", quality=quality,
                   exif=exif_block(taken_at, lat, lon, orientation, time_tags=time_tags))
    return out.getvalue()
