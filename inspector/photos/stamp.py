"""Evidence stamps: time, place, site and inspector drawn onto a copy for reports.

The stamp goes on a copy of the display image, never on the original; the copy is named
by the photo and a hash of the stamp's text, so changing a site name makes a new stamp.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..fonts import cjk_font_path
from .decode import jpeg_bytes
from .files import display_image
from .tree import PhotoTree, write_file


@dataclass(frozen=True)
class StampText:
    taken_at: str | None  # ISO 8601 in the city's zone (evidence.stamp_text), printed as is
    lat: Decimal | None
    lon: Decimal | None
    site: str
    inspector: str
    time_from_file: bool = False  # not a capture time: EXIF DateTime or the file's time

    def lines(self) -> list[str]:
        when = (self.taken_at or "时间未知").replace("T", " ")
        if self.time_from_file:
            when += "（文件时间）"
        if self.lat is not None and self.lon is not None:
            ns = "N" if self.lat >= 0 else "S"
            ew = "E" if self.lon >= 0 else "W"
            where = f"{abs(self.lat):.5f}°{ns} {abs(self.lon):.5f}°{ew}"
        else:
            where = "无GPS位置"
        return [when, where, self.site, f"测评员 {self.inspector}" if self.inspector else ""]

    def key(self) -> str:
        return hashlib.sha256("\n".join(self.lines()).encode("utf-8")).hexdigest()[:12]


def draw_stamp(image: Image.Image, text: StampText) -> Image.Image:
    """A copy of `image` with a dark band along the bottom carrying the text."""
    out = image.convert("RGB").copy()
    lines = [line for line in text.lines() if line]
    size = max(12, min(out.size) // 24)  # legible when printed 80 mm wide
    path, index = cjk_font_path()
    font = ImageFont.truetype(str(path), size, index=index)
    pad = size // 2
    band = len(lines) * (size + pad // 2) + pad
    overlay = Image.new("RGBA", out.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    draw.rectangle((0, out.height - band, out.width, out.height), fill=(0, 0, 0, 150))
    y = out.height - band + pad // 2
    for line in lines:
        draw.text((pad, y), line, font=font, fill=(255, 255, 255, 255))
        y += size + pad // 2
    out.paste(overlay, mask=overlay.getchannel("A"))
    return out


def stamped(tree: PhotoTree, sha: str, ext: str, text: StampText) -> Path:
    """The stamped copy's file, made once per photo and stamp text."""
    target = tree.stamped(sha, text.key())
    if not target.exists():
        image = display_image(tree, sha, ext)
        write_file(target, jpeg_bytes(draw_stamp(image, text), 85), durable=False)
    return target
