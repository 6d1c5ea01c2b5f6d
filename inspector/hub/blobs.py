"""The hub's files, content-addressed: photos by the SHA-256 of their bytes, and the signed
packages it relays by the SHA-256 of the whole file.

`Blobs` is the interface the hub uses; `LocalBlobs` keeps them in a folder (`--photos
DIR`). An S3-compatible store would implement the same four methods (a `put` is an upload
to a key named by the hash, so a repeated or concurrent `put` of one blob is harmless).
Files are written to a temporary name, fsynced and renamed: a blob is there whole or not
at all, and one left by a package whose transaction failed is only an unreferenced copy
(a temporary name left by a killed process is removed when a hub starts: `uploads`).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Protocol

from .uploads import INCOMING, temp_prefix

KINDS = ("photos", "packages")


class Blobs(Protocol):
    def has(self, kind: str, name: str) -> bool: ...
    def put(self, kind: str, name: str, source: Path) -> None: ...
    def path(self, kind: str, name: str) -> Path: ...
    def size(self, kind: str, name: str) -> int: ...


class LocalBlobs:
    def __init__(self, root: Path) -> None:
        self.root = root
        for kind in KINDS:
            (root / kind).mkdir(parents=True, exist_ok=True)

    def path(self, kind: str, name: str) -> Path:
        if kind not in KINDS or not name or "/" in name or name.startswith("."):
            raise ValueError(f"not a blob name: {kind}/{name}")
        return self.root / kind / name[:2] / name

    def has(self, kind: str, name: str) -> bool:
        return self.path(kind, name).is_file()

    def size(self, kind: str, name: str) -> int:
        return self.path(kind, name).stat().st_size

    def put(self, kind: str, name: str, source: Path) -> None:
        dest = self.path(kind, name)
        if dest.is_file():
            return
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=temp_prefix(INCOMING))
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        dir_fd = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
