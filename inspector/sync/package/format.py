"""The sync-package format itself, shared by writing and reading: the format name and
version, the trailer's magic and signature sizes, the signed message, the manifest's name
and fields, `Limits` on what a package may expand to, an `Entry` of the manifest, the
rules for entry names (and when two names are the same file), which entries are deflated,
what kind an entry is, and `PackageError`, the one error a refused package raises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ...errors import UserError
from ...messages import QT_TRANSLATE_NOOP, Msg

FORMAT = "inspector-package/1"
FORMAT_PREFIX = "inspector-package/"
FORMAT_VERSION = 1
TRAILER_MAGIC = b"INSPSIG1"
SIGNATURE_CONTEXT = b"inspector-package/1\n"
SIGNATURE_SIZE = 64
TRAILER_SIZE = len(TRAILER_MAGIC) + SIGNATURE_SIZE
MANIFEST_NAME = "manifest.json"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
CHUNK = 1 << 20
DEFLATED_SUFFIXES = (".json", ".jsonl")
MANIFEST_FIELDS = ("inspector", "created_at", "forms", "extra")

KiB, MiB, GiB = 1 << 10, 1 << 20, 1 << 30
MIN_PACKAGE = TRAILER_SIZE + 22 + 30 + len(MANIFEST_NAME)  # EOCD + one local header

_DRIVE = re.compile(r"[A-Za-z]:")
_BAD_CHARS = set('<>:"|?*') | {chr(c) for c in range(32)} | {"\x7f"}


class PackageError(UserError):
    """A package that is refused; the message names the file and the problem."""


@dataclass(frozen=True)
class Limits:
    """What a package may expand to; every limit is enforced on bytes actually produced.

    max_ratio applies once an entry has produced more than ratio_threshold bytes: real
    JSON(L) compresses 5–20×, photos are stored (1×), deflate's ceiling is ~1030×. 200×
    leaves ten times the headroom real data needs and stops a bomb after producing 200×
    its compressed size; small entries (≤ 1 MiB) may compress as well as they like.
    """

    max_entries: int = 200_000
    max_total: int = 20 * GiB
    max_entry: int = 2 * GiB
    max_ratio: int = 200
    ratio_threshold: int = 1 * MiB
    max_manifest: int = 64 * MiB


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str


def human_size(n: int) -> str:
    for unit, size in (("GB", GiB), ("MB", MiB), ("KB", KiB)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


EMPTY_NAME = QT_TRANSLATE_NOOP("package.empty_name", "has an empty name")
BACKSLASH = QT_TRANSLATE_NOOP("package.backslash", "contains a backslash")
ABSOLUTE = QT_TRANSLATE_NOOP("package.absolute", "is an absolute path")
DRIVE_LETTER = QT_TRANSLATE_NOOP("package.drive_letter", "starts with a drive letter")
IS_DIRECTORY = QT_TRANSLATE_NOOP("package.is_directory", "is a directory")
OUTSIDE = QT_TRANSLATE_NOOP("package.outside", "points outside the package (..)")
NOT_PLAIN = QT_TRANSLATE_NOOP("package.not_plain", "is not a plain relative path")
BAD_CHARACTERS = QT_TRANSLATE_NOOP("package.bad_characters",
                                   "contains characters not allowed in file names")
RESERVED = QT_TRANSLATE_NOOP("package.reserved", "is reserved")


def entry_name_problem(name: str) -> Msg | None:
    """Why `name` cannot be a package entry (a phrase), or None when it is a plain path."""
    if not name:
        return EMPTY_NAME()
    if "\\" in name:
        return BACKSLASH()
    if name.startswith("/"):
        return ABSOLUTE()
    if _DRIVE.match(name):
        return DRIVE_LETTER()
    if name.endswith("/"):
        return IS_DIRECTORY()
    parts = name.split("/")
    if ".." in parts:
        return OUTSIDE()
    if any(p in ("", ".") for p in parts):
        return NOT_PLAIN()
    if any(c in _BAD_CHARS for c in name) or any(p[-1] in ". " for p in parts):
        return BAD_CHARACTERS()
    return None


def name_key(name: str) -> str:
    """Names that would be the same file on Windows or macOS are duplicates."""
    return unicodedata.normalize("NFC", name).casefold()


def deflated(name: str) -> bool:
    return name.endswith(DEFLATED_SUFFIXES)


def signed_message(zip_digest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + zip_digest


def entry_kind(name: str) -> str:
    """What an entry is, for summaries: photo_original, photo_display, data or other."""
    if name.startswith("photos/"):
        return "photo_display" if ".display." in name.rsplit("/", 1)[-1] else "photo_original"
    return "data" if deflated(name) else "other"
