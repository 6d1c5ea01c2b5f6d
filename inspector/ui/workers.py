"""Long work off the UI thread, each job on its own database connection.

A `Job` runs a function `fn(store, progress, cancelled) -> result` in a QThreadPool
thread with a fresh `Store.open(data_dir)` (SQLite connections must not cross threads),
reports progress as (stage, done, total) and can be cancelled between steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..errors import UserError
from ..store import Store

Progress = Callable[[str, int, int], None]
Work = Callable[[Store, Progress, Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)  # the function's result
    failed = Signal(str)  # a one-line message for the user
    cancelled = Signal()


class Job(QRunnable):
    def __init__(self, data_dir: Path, work: Work) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        store = None
        try:
            store = Store.open(self.data_dir)
            result = self.work(store, self.signals.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the user in one line; details in the log
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            if store is not None:
                store.close()


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
