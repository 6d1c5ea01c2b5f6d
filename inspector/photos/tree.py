"""Where photo files live: a content-addressed tree beside the database.

    photos/originals/ab/<sha256>.<ext>   the evidence, byte for byte, never rewritten
    photos/display/ab/<sha256>.jpg       long side ≤ 1600 px, upright   (rebuildable)
    photos/thumbs/ab/<sha256>.jpg        long side ≤ 320 px, upright    (rebuildable)
    photos/stamped/ab/<sha256>-<k>.jpg   display copy with the evidence stamp (rebuildable)
    photos/staging/                      files of an import that has not committed yet
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


class PhotoTree:
    def __init__(self, data_dir: Path) -> None:
        self.root = data_dir / "photos"
        self.staging = self.root / "staging"

    def _sharded(self, kind: str, name: str) -> Path:
        return self.root / kind / name[:2] / name

    def original(self, sha: str, ext: str) -> Path:
        return self._sharded("originals", f"{sha}.{ext}")

    def display(self, sha: str) -> Path:
        return self._sharded("display", f"{sha}.jpg")

    def thumb(self, sha: str) -> Path:
        return self._sharded("thumbs", f"{sha}.jpg")

    def stamped(self, sha: str, key: str) -> Path:
        return self._sharded("stamped", f"{sha}-{key}.jpg")

    def derived(self, sha: str) -> list[Path]:
        out = [self.display(sha), self.thumb(sha)]
        stamped = self.root / "stamped" / sha[:2]
        if stamped.is_dir():
            out += sorted(stamped.glob(f"{sha}-*.jpg"))
        return out

    def originals(self) -> Iterator[Path]:
        base = self.root / "originals"
        if base.is_dir():
            yield from (p for p in base.glob("*/*") if p.is_file())


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_file(path: Path, data: bytes, durable: bool) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)
        if durable:
            fh.flush()
            os.fsync(fh.fileno())


def fsync_file(path: Path) -> None:
    """Make a file's bytes durable before a database row says it is there."""
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def move_into_place(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    os.replace(src, dst)
    fsync_dir(dst.parent)


def remove(paths: list[Path]) -> None:
    for p in paths:
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
