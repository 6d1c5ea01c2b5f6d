"""The SHA-256 of a file on disk: what names a photo, a package and a backup's entries."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path) -> str:
    """The file's SHA-256 as hex, read in blocks (a photo or a package is never read into
    memory whole); raises OSError when the file cannot be read."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()
