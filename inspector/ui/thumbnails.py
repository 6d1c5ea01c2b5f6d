"""Thumbnails found (made, if missing) and decoded off the UI thread.

A list shows its captions at once and each picture when the loader has it. The loader
reports through a QObject that belongs to the page, so nothing Qt is ever destroyed on a
worker thread; a newer request makes an older loader's result ignored.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage

from ..errors import UserError

# (sha256, extension) of each photo, in the order the list shows them.
Wanted = list[tuple[str, str]]


class _Signals(QObject):
    ready = Signal(int, object)  # token, list[QImage | None]


class _Loader(QRunnable):
    def __init__(self, signals: _Signals, data_dir: Path, token: int, wanted: Wanted,
                 size: QSize) -> None:
        super().__init__()
        self.signals, self.data_dir, self.token = signals, data_dir, token
        self.wanted, self.size = wanted, size
        self.cancelled = threading.Event()

    def run(self) -> None:
        from ..photos.files import thumb_path  # Pillow loads with the first photo
        from ..photos.tree import PhotoTree

        tree = PhotoTree(self.data_dir)
        images: list[QImage | None] = []
        for sha, ext in self.wanted:
            if self.cancelled.is_set():
                return
            try:
                image = QImage(str(thumb_path(tree, sha, ext)))
            except (UserError, OSError, ValueError):
                image = QImage()  # the original is missing: the list says so
            images.append(None if image.isNull() else image.scaled(
                self.size, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            self.signals.ready.emit(self.token, images)


class Thumbnails:
    """One list's loader: `load` asks for pictures, `shown` gets them in order."""

    def __init__(self, owner: QObject, size: QSize,
                 shown: Callable[[list[QImage | None]], None]) -> None:
        self.size = size
        self.token = 0
        self.loader: _Loader | None = None
        self.signals = _Signals(owner)
        self.signals.ready.connect(
            lambda token, images: shown(images) if token == self.token else None)

    def load(self, data_dir: Path | None, wanted: Wanted) -> None:
        self.forget()
        if data_dir is None or not wanted:
            return
        self.loader = _Loader(self.signals, data_dir, self.token, wanted, self.size)
        QThreadPool.globalInstance().start(self.loader)

    def forget(self) -> None:
        """What was asked before is no longer wanted (the list changed)."""
        self.token += 1
        if self.loader is not None:
            self.loader.cancelled.set()
            self.loader = None
