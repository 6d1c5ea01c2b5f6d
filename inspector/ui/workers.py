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

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from ..errors import UserError
from ..store import Store
from .texts import shown

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
            self.signals.failed.emit(shown(exc))
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


# Jobs held until their outcome reaches the UI thread. Without this a caller that drops
# its Job lets Python free the JobSignals the moment run() returns, on the worker thread,
# and Qt drops the queued "finished" with its sender: an import that stored its photos
# and never repainted the page (seen under load).
_running: dict[int, Job] = {}


def _release(key: int) -> None:
    # After the outcome's slots have all run: the sender is not deleted inside its own emit.
    QTimer.singleShot(0, lambda: _running.pop(key, None))


def start(job: Job) -> Job:
    job.setAutoDelete(False)  # Python owns it; released on the UI thread
    key = id(job)
    _running[key] = job
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_a, k=key: _release(k))  # no reference back to the job
    QThreadPool.globalInstance().start(job)
    return job


def finish_all(timeout_ms: int = 30000) -> None:
    """On quit: let running work end (an import is not thrown away half done) and the
    pages hear how it ended while they and the database are still there."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
    QCoreApplication.processEvents()  # the outcomes
    QCoreApplication.processEvents()  # the releases queued by them
