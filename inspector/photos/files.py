"""Reading stored photos: derivatives rebuilt on demand, originals checked against their hash."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ..errors import UserError
from ..hashing import file_sha256
from ..messages import QT_TRANSLATE_NOOP
from .decode import rebuild
from .tree import PhotoTree, write_file

ORIGINAL_MISSING = QT_TRANSLATE_NOOP(
    "photos.original_missing",
    "photo {sha}: the original is missing, cannot make its copies")


def _ensure(tree: PhotoTree, sha: str, ext: str) -> None:
    if tree.display(sha).exists() and tree.thumb(sha).exists():
        return
    original = tree.original(sha, ext)
    if not original.exists():
        raise UserError(ORIGINAL_MISSING(sha=sha[:12]))
    display, thumb = rebuild(original)
    write_file(tree.display(sha), display, durable=False)
    write_file(tree.thumb(sha), thumb, durable=False)


def display_path(tree: PhotoTree, sha: str, ext: str) -> Path:
    _ensure(tree, sha, ext)
    return tree.display(sha)


def thumb_path(tree: PhotoTree, sha: str, ext: str) -> Path:
    _ensure(tree, sha, ext)
    return tree.thumb(sha)


def display_image(tree: PhotoTree, sha: str, ext: str) -> Image.Image:
    with Image.open(display_path(tree, sha, ext)) as image:
        image.load()
        return image


@dataclass
class VerifyReport:
    checked: int = 0
    changed: list[str] = field(default_factory=list)  # originals whose bytes changed
    missing: list[str] = field(default_factory=list)  # originals gone from the tree
    unknown: list[str] = field(default_factory=list)  # files in the tree with no row

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.unknown)


def verify(tree: PhotoTree, photos: list[tuple[str, str, bool]]) -> VerifyReport:
    """Re-hash every stored original; `photos` are (sha256, ext, original_present)."""
    report = VerifyReport()
    expected = set()
    for sha, ext, present in photos:
        if not present:
            continue
        path = tree.original(sha, ext)
        expected.add(path)
        report.checked += 1
        if not path.exists():
            report.missing.append(str(path))
        elif file_sha256(path) != sha:
            report.changed.append(str(path))
    report.unknown = sorted(str(p) for p in tree.originals() if p not in expected)
    return report
