"""Annotations: circles, arrows and text drawn on a copy of a photo, never on the photo.

The annotated copy is a photo of its own: its JPEG is content-addressed in the tree like
any original, its row says which photo it was drawn on (`derived_from`) and what was drawn
(`annotation`, shapes in the upright original's pixels), and it is linked to the same
inspection or problem. Sync packages carry it like any linked photo; problem lists print
it instead of the photo it was drawn on, since it is the one that shows the problem.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from ..errors import UserError
from ..fonts import cjk_font_path
from ..messages import QT_TRANSLATE_NOOP
from ..store import Store
from ..store import photo_rows as rows
from ..store.store import Row
from .decode import DISPLAY_PX, THUMB_PX, Refused, fit, jpeg_bytes, open_checked, upright
from .file_warnings import recording
from .files import display_image
from .importer import import_lock, tree_of
from .tree import write_file

NO_SUCH_PHOTO = QT_TRANSLATE_NOOP("photos.no_such_photo", "no photo {sha}")
NOTHING_DRAWN = QT_TRANSLATE_NOOP(
    "photos.nothing_drawn",
    "nothing drawn: add a circle, an arrow or text first")
UNKNOWN_SHAPE = QT_TRANSLATE_NOOP("photos.unknown_shape", "unknown annotation shape '{kind}'")
BASE_MISSING = QT_TRANSLATE_NOOP(
    "photos.base_missing",
    "photo {sha}: the photo it was drawn on is not here")
CANNOT_DRAW = QT_TRANSLATE_NOOP("photos.cannot_draw", "photo {sha}: {detail}")

KINDS = ("circle", "arrow", "text")
COLOUR = (230, 25, 25)  # red reads on street scenes; text also gets a white outline
QUALITY = 90


@dataclass(frozen=True)
class Shape:
    """One mark, in the upright original's pixels. A circle fills the box from (x1, y1)
    to (x2, y2); an arrow points from (x1, y1) to (x2, y2); text starts at (x1, y1)."""

    kind: str
    x1: float
    y1: float
    x2: float = 0.0
    y2: float = 0.0
    text: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise UserError(UNKNOWN_SHAPE(kind=self.kind))


def to_json(shapes: list[Shape]) -> str:
    return json.dumps([asdict(s) for s in shapes], ensure_ascii=False)


def from_json(text: str | None) -> list[Shape]:
    if not text:
        return []
    return [Shape(**item) for item in json.loads(text)]


def upright_size(row: Row) -> tuple[int, int]:
    """A photo's size as seen (its row stores the size before EXIF orientation)."""
    w, h = int(row["width"] or 0), int(row["height"] or 0)
    return (h, w) if int(row["orientation"] or 1) in (5, 6, 7, 8) else (w, h)


def stroke_for(size: tuple[int, int]) -> int:
    """Line width that reads the same on a phone photo and on its display copy."""
    return max(3, round(max(size) / 200))


def text_size_for(size: tuple[int, int]) -> int:
    return max(14, round(max(size) / 30))


def draw(image: Image.Image, shapes: list[Shape], scale: float = 1.0) -> Image.Image:
    """A copy of `image` with the shapes drawn; `scale` maps original pixels onto it."""
    out = image.convert("RGB").copy()
    pen = ImageDraw.Draw(out)
    full = (round(out.width / scale), round(out.height / scale))
    width = max(2, round(stroke_for(full) * scale))
    for s in shapes:
        x1, y1, x2, y2 = (v * scale for v in (s.x1, s.y1, s.x2, s.y2))
        if s.kind == "circle":
            box = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            pen.ellipse(box, outline=COLOUR, width=width)
        elif s.kind == "arrow":
            pen.line((x1, y1, x2, y2), fill=COLOUR, width=width)
            angle = math.atan2(y2 - y1, x2 - x1)
            head = width * 5
            left = (x2 - head * math.cos(angle - 0.45), y2 - head * math.sin(angle - 0.45))
            right = (x2 - head * math.cos(angle + 0.45), y2 - head * math.sin(angle + 0.45))
            pen.polygon([(x2, y2), left, right], fill=COLOUR)
        elif s.text:
            path, index = cjk_font_path()
            font = ImageFont.truetype(str(path), max(8, round(text_size_for(full) * scale)),
                                      index=index)
            pen.text((x1, y1), s.text, font=font, fill=COLOUR,
                     stroke_width=max(1, width // 2), stroke_fill=(255, 255, 255))
    return out


def base_of(store: Store, sha: str) -> Row:
    """The photo marks are drawn on: annotating an annotated copy redraws its original."""
    row = rows.photo(store, sha)
    if row is None:
        raise UserError(NO_SUCH_PHOTO(sha=sha[:12]))
    if row["derived_from"]:
        base = rows.photo(store, row["derived_from"])
        if base is None:
            raise UserError(BASE_MISSING(sha=sha[:12]))
        return base
    return row


def _picture(store: Store, base: Row) -> tuple[Image.Image, float]:
    """The base photo upright, full size when its original is here (else the display
    copy), and the scale from original pixels to it."""
    tree = tree_of(store)
    original = tree.original(base["sha256"], base["ext"])
    full = upright_size(base)
    if base["original_present"] and original.exists():
        try:
            with recording():  # flagged when the photo was imported
                image = open_checked(original.read_bytes())
                return upright(image, int(base["orientation"] or 1), max(image.size)), 1.0
        except Refused as exc:
            raise UserError(CANNOT_DRAW(sha=base['sha256'][:12], detail=exc)) from None
    shown = display_image(tree, base["sha256"], base["ext"])
    return shown, shown.width / full[0] if full[0] else 1.0


def annotate(store: Store, sha: str, shapes: list[Shape], inspection_id: str,
             problem_id: str | None) -> str:
    """Draw `shapes` on a copy of photo `sha`, store it as a photo derived from it, link
    it where the photo is linked; returns the copy's sha256. The original is only read."""
    if not shapes:
        raise UserError(NOTHING_DRAWN())
    base = base_of(store, sha)
    picture, scale = _picture(store, base)
    out = draw(picture, shapes, scale)
    data = jpeg_bytes(out, QUALITY)
    new = hashlib.sha256(data).hexdigest()
    tree = tree_of(store)
    with import_lock(tree):  # an import's recovery must not see our journal entry
        if rows.photo(store, new) is None:
            display = out.resize(fit(*out.size, DISPLAY_PX), Image.Resampling.BICUBIC) \
                if max(out.size) > DISPLAY_PX else out
            thumb = display.resize(fit(*display.size, THUMB_PX), Image.Resampling.BICUBIC)
            rows.begin(store, new, "jpg")  # journalled before the file enters the tree
            write_file(tree.original(new, "jpg"), data, durable=True)
            write_file(tree.display(new), jpeg_bytes(display, 85), durable=False)
            write_file(tree.thumb(new), jpeg_bytes(thumb, 80), durable=False)
            with store.transaction():
                rows.add(store, _row(base, new, len(data), out.size, shapes))
                rows.link(store, new, inspection_id, problem_id)
        else:
            rows.link(store, new, inspection_id, problem_id)
    return new


def _row(base: Row, sha: str, size: int, dims: tuple[int, int],
         shapes: list[Shape]) -> dict[str, Any]:
    flags = base["flags"]
    return {
        "sha256": sha, "file_name": f"{Path(base['file_name']).stem}-annotated.jpg",
        "size": size, "ext": "jpg", "width": dims[0], "height": dims[1],
        # When and where are the photo's own: the stamp and the suggestions still hold.
        "taken_at": base["taken_at"], "time_source": base["time_source"],
        "lat": base["lat"], "lon": base["lon"], "orientation": 1,
        "make": base["make"], "model": base["model"],
        "flags": json.loads(flags) if isinstance(flags, str) else list(flags or []),
        "original_present": 1, "derived_from": base["sha256"],
        "annotation": to_json(shapes),
    }
