"""Checking one file and making its derivatives — the part of an import that runs in
worker processes. It touches no database: it reads the file once, hashes it, refuses what
is not a usable photo, and writes its files to the staging folder.

Speed (see bench/photos.py): JPEGs are decoded at a reduced DCT scale (`draft`) chosen
so the result still covers the display size, resized before being turned upright, and
the thumbnail is made from the display image, not from the original.

What Pillow warns about while a file is opened, its EXIF read and its picture decoded
becomes flags on that file (see `file_warnings`); nothing of it is printed.
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from ..errors import UserError
from ..messages import QT_TRANSLATE_NOOP, Msg
from .file_warnings import recording
from .metadata import PhotoMeta, read_meta, warning_flags

TOO_LARGE_TO_DECODE = QT_TRANSLATE_NOOP("photos.too_large_to_decode",
                                        "too large to decode on this computer")
OTHER_REASON = QT_TRANSLATE_NOOP("photos.other_reason", "{reason}")
EMPTY_FILE = QT_TRANSLATE_NOOP("photos.empty_file", "empty file (0 bytes)")
NO_HEIC = QT_TRANSLATE_NOOP(
    "photos.no_heic",
    "HEIC not supported on this computer, convert it to JPEG first")
FORMAT_NOT_ACCEPTED = QT_TRANSLATE_NOOP(
    "photos.format_not_accepted",
    "{format} images are not accepted (JPEG, PNG, WEBP or HEIC)")
DECLARED_TOO_LARGE = QT_TRANSLATE_NOOP(
    "photos.declared_too_large",
    "declared size {width}×{height} ({mp} MP) is above the {limit} MP limit")
NO_PIXELS = QT_TRANSLATE_NOOP("photos.no_pixels", "the image has no pixels")
NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "photos.not_an_image",
    "not an image (or an image format inspector does not read)")
ABOVE_LIMIT = QT_TRANSLATE_NOOP("photos.above_limit", "declared size is above the {limit} MP limit")
DAMAGED = QT_TRANSLATE_NOOP("photos.damaged", "damaged image file ({detail})")
TRUNCATED = QT_TRANSLATE_NOOP("photos.truncated", "truncated or damaged image data ({detail})")
CANNOT_READ = QT_TRANSLATE_NOOP("photos.cannot_read", "cannot read: {error}")

DISPLAY_PX = 1600
THUMB_PX = 320
# Real phones shoot 108 and 200 MP; above this the declared size is refused before decoding.
MAX_PIXELS = 250_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
FORMATS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp", "HEIF": "heic"}
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"hevm", b"hevs", b"mif1", b"msf1")
# Orientation tag → the transposes that make the picture upright.
UPRIGHT: dict[int, tuple[Image.Transpose, ...]] = {
    2: (Image.Transpose.FLIP_LEFT_RIGHT,),
    3: (Image.Transpose.ROTATE_180,),
    4: (Image.Transpose.FLIP_TOP_BOTTOM,),
    5: (Image.Transpose.TRANSPOSE,),
    6: (Image.Transpose.ROTATE_270,),
    7: (Image.Transpose.TRANSVERSE,),
    8: (Image.Transpose.ROTATE_90,),
}

try:  # iPhones shoot HEIC; pillow-heif decodes it where its wheel installed
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - depends on the platform's wheels
    HEIF_SUPPORTED = False


class Refused(UserError):
    """A file that is not imported; the message says why, for the user."""


def why(exc: Refused) -> Msg:
    """The reason as a message that can cross to another process (pickled)."""
    return exc.msg if exc.msg is not None else OTHER_REASON(reason=str(exc))


@dataclass
class Decoded:
    """A checked photo with its staged files (original, display, thumbnail)."""

    source: str
    sha256: str
    size: int
    ext: str
    width: int  # as stored (before orientation)
    height: int
    meta: PhotoMeta
    staged: list[str] = field(default_factory=list)  # original, display, thumb


def fit(width: int, height: int, box: int) -> tuple[int, int]:
    """Size with the long side at most `box`, aspect kept, never below 1 px."""
    scale = min(1.0, box / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def sniff(data: bytes) -> None:
    """Refuse what is clearly not a photo before Pillow parses it."""
    if not data:
        raise Refused(EMPTY_FILE())
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS and not HEIF_SUPPORTED:
        raise Refused(NO_HEIC())


def open_checked(data: bytes) -> Image.Image:
    """The opened (not decoded) image, or Refused. Pillow's warnings go to the caller's
    `recording()`, if any; a declared size above the limit is an error, not a warning."""
    try:
        with recording(errors=(Image.DecompressionBombWarning,)):
            image = Image.open(io.BytesIO(data))
    except UnidentifiedImageError:
        raise Refused(NOT_AN_IMAGE()) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Refused(ABOVE_LIMIT(limit=MAX_PIXELS // 1_000_000)) \
            from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise Refused(DAMAGED(detail=str(exc))) from None
    if image.format not in FORMATS:
        raise Refused(FORMAT_NOT_ACCEPTED(format=image.format))
    width, height = image.size
    if width * height > MAX_PIXELS:
        raise Refused(DECLARED_TOO_LARGE(
            width=width, height=height, mp=f"{width * height / 1e6:.0f}",
            limit=MAX_PIXELS // 1_000_000))
    if width < 1 or height < 1:
        raise Refused(NO_PIXELS())
    return image


def to_rgb(image: Image.Image) -> Image.Image:
    """8-bit RGB from whatever the camera or app wrote (CMYK, 16-bit, alpha, palette)."""
    mode = image.mode
    if mode.startswith("I"):  # 16- or 32-bit grey, e.g. a 16-bit PNG
        image = image.convert("I")
        high = image.getextrema()[1]
        if isinstance(high, int) and high > 255:
            image = image.point(lambda v: v / 256)
        image = image.convert("L")
    elif mode == "F":
        image = image.convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image if image.mode == "RGB" else image.convert("RGB")


def upright(image: Image.Image, orientation: int, box: int) -> Image.Image:
    """Decode `image` into 8-bit RGB, long side at most `box`, turned upright.

    Raises Refused if the image data is truncated or damaged."""
    if image.format in ("JPEG", "MPO"):
        # draft() only scales by 1/2, 1/4, 1/8 while the result still covers the size
        # asked for in both dimensions, so ask for the box size with the same aspect.
        image.draft(image.mode, fit(*image.size, box))
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise Refused(TRUNCATED(detail=str(exc))) from None
    out = to_rgb(image)
    if max(out.size) > box:
        # After draft() the factor left is under 2: bilinear (with Pillow's antialiasing
        # support) looks as good there as bicubic and takes two thirds of the time.
        out = out.resize(fit(*out.size, box), Image.Resampling.BILINEAR, reducing_gap=2.0)
    for op in UPRIGHT.get(orientation, ()):
        out = out.transpose(op)  # after resizing: fewer pixels to move
    return out


def derivatives(image: Image.Image, orientation: int) -> tuple[Image.Image, Image.Image]:
    """(display, thumbnail), upright; the thumbnail is made from the display image."""
    display = upright(image, orientation, DISPLAY_PX)
    thumb = display.resize(fit(*display.size, THUMB_PX), Image.Resampling.BICUBIC,
                           reducing_gap=2.0)
    return display, thumb


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def decode_file(source: str, staging: str, known: frozenset[str] = frozenset()) -> Decoded:
    """Check one file and stage its original and derivatives; raises Refused."""
    path = Path(source)
    try:
        data = path.read_bytes()
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise Refused(CANNOT_READ(error=exc.strerror)) from None
    sniff(data)
    sha = hashlib.sha256(data).hexdigest()
    with recording() as warned:
        image = open_checked(data)
        ext = FORMATS[image.format or ""]
        meta = read_meta(image, mtime)
        decoded = Decoded(source, sha, len(data), ext, image.width, image.height, meta)
        if sha not in known:  # stored already: only a link is needed
            display, thumb = derivatives(image, meta.orientation)
    meta.add_flags(warning_flags(warned))
    if sha in known:
        return decoded
    token = f"{sha[:16]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    stage = Path(staging)
    stage.mkdir(parents=True, exist_ok=True)
    files = [(stage / f"{token}.{ext}", data, True),
             (stage / f"{token}.display.jpg", jpeg_bytes(display, 85), False),
             (stage / f"{token}.thumb.jpg", jpeg_bytes(thumb, 80), False)]
    for target, content, durable in files:
        with open(target, "wb") as fh:
            fh.write(content)
            if durable:  # the evidence must be on disk before its row says so
                fh.flush()
                os.fsync(fh.fileno())
        decoded.staged.append(str(target))
    return decoded


def rebuild(original: Path) -> tuple[bytes, bytes]:
    """Display and thumbnail JPEG bytes made again from a stored original."""
    data = original.read_bytes()
    with recording():  # flagged when it was imported: the same bytes warn the same
        image = open_checked(data)
        meta = read_meta(image, 0)
        display, thumb = derivatives(image, meta.orientation)
    return jpeg_bytes(display, 85), jpeg_bytes(thumb, 80)
