"""Thumbnails found (made, if missing) and decoded off the UI thread (`workers`).

A list shows its captions at once and each picture when the job has it. The outcome is
delivered to a QObject that belongs to the list's owner, so a closed page gets nothing;
a newer request cancels the older one and makes its result ignored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Slot
from PySide6.QtGui import QImage

from ..errors import UserError
from .workers import Cancelled, Job, Progress, start

# (sha256, extension) of each photo, in the order the list shows them.
Wanted = list[tuple[str, str]]


def decode(data_dir: Path, wanted: Wanted, size: QSize,
           cancelled: Cancelled) -> list[QImage | None] | None:
    """Each photo's thumbnail scaled to `size`, None for one whose file is missing;
    None for all when cancelled."""
    from ..photos.files import thumb_path  # Pillow loads with the first photo
    from ..photos.tree import PhotoTree

    tree = PhotoTree(data_dir)
    images: list[QImage | None] = []
    for sha, ext in wanted:
        if cancelled():
            return None
        try:
            image = QImage(str(thumb_path(tree, sha, ext)))
        except (UserError, OSError, ValueError):
            image = QImage()  # the original is missing: the list says so
        images.append(None if image.isNull() else image.scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
    return images


class _Receiver(QObject):
    def __init__(self, owner: QObject, thumbnails: Thumbnails) -> None:
        super().__init__(owner)
        self.thumbnails = thumbnails

    @Slot(object)
    def ready(self, result: tuple[int, list[QImage | None]]) -> None:
        token, images = result
        if token == self.thumbnails.token:
            self.thumbnails.shown(images)


class Thumbnails:
    """One list's loader: `load` asks for pictures, `shown` gets them in order."""

    def __init__(self, owner: QObject, size: QSize,
                 shown: Callable[[list[QImage | None]], None]) -> None:
        self.size = size
        self.shown = shown
        self.token = 0
        self.job: Job | None = None
        self.receiver = _Receiver(owner, self)

    def load(self, data_dir: Path | None, wanted: Wanted) -> None:
        self.forget()
        if data_dir is None or not wanted:
            return
        token, size = self.token, self.size

        def task(_progress: Progress, cancelled: Cancelled
                 ) -> tuple[int, list[QImage | None] | None]:
            return token, decode(data_dir, wanted, size, cancelled)

        self.job = Job(task)
        self.job.signals.finished.connect(self.receiver.ready)
        start(self.job)

    def forget(self) -> None:
        """What was asked before is no longer wanted (the list changed)."""
        self.token += 1
        if self.job is not None:
            self.job.cancel()
            self.job = None
