"""Work off the UI thread: one mechanism for every page.

A `Job` runs a task `task(progress, cancelled) -> result` in a QThreadPool thread and
reports, on the UI thread, its progress as (stage, done, total) and how it ended:
`finished(result)`, `failed(message)` or `cancelled()`. Work on the database runs on its
own connection (`store_job`: SQLite connections must not cross threads). Long work goes
behind a progress dialog with Cancel (`progress.run_job`); quick loads (thumbnails, a
photo's display copy) are started with `start` and connected to a widget's method, so a
closed widget gets nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal

from ..errors import UserError
from ..store import Store
from .texts import shown

Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]
Task = Callable[[Progress, Cancelled], Any]
Work = Callable[[Store, Progress, Cancelled], Any]


class JobSignals(QObject):
    progress = Signal(str, int, int)
    finished = Signal(object)  # the task's result
    failed = Signal(str)  # a one-line message for the user
    cancelled = Signal()


class Job:
    def __init__(self, task: Task) -> None:
        self.task = task
        # Owned by the application object, so the signals are never destroyed on a
        # worker thread whatever drops the last reference to the job; deleted on the UI
        # thread once the outcome has been delivered (`_release`).
        self.signals = JobSignals(QCoreApplication.instance())
        self._cancel = threading.Event()
        # Set once its thread is out of the outcome's emit: the signals are not deleted
        # before (see _release).
        self.ended = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()

    def _run(self) -> None:
        try:
            result = self.task(self.signals.progress.emit, self._cancel.is_set)
        except UserError as exc:
            self.signals.failed.emit(shown(exc))
        except Exception as exc:  # shown to the user in one line; details in the log
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


def on_store(data_dir: Path, work: Work) -> Task:
    """`work` on a connection of its own to `data_dir`, closed when it ends."""
    def task(progress: Progress, cancelled: Cancelled) -> Any:
        store = Store.open(data_dir)
        try:
            return work(store, progress, cancelled)
        finally:
            store.close()
    return task


def store_job(data_dir: Path, work: Work) -> Job:
    return Job(on_store(data_dir, work))


# Jobs held until their outcome reaches the UI thread: a caller may drop its Job the
# moment it starts it, and the outcome must still arrive.
_running: dict[int, Job] = {}


def _release(key: int) -> None:
    """Delete a job's signals once its outcome has been delivered — and not before its
    thread is out of the emit: the outcome's slots are queued one by one as the worker
    thread emits, so a slot connected after this release's (a page's, connected once
    run_job had started the job) could be queued after the signals were deleted here, and
    be lost (seen under load: a cancelled import's page stayed busy)."""
    def release() -> None:
        job = _running.get(key)
        if job is None:
            return
        if not job.ended.is_set():
            QTimer.singleShot(1, release)
            return
        del _running[key]
        job.signals.deleteLater()  # queued after every slot the emit queued
    QTimer.singleShot(0, release)


def start(job: Job) -> Job:
    key = id(job)
    _running[key] = job
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_a, k=key: _release(k))  # no reference back to the job
    # A callable, not a QRunnable: the pool lets go of it when it has run (a Python
    # QRunnable started with autoDelete off is kept by PySide for ever, with its closure).
    QThreadPool.globalInstance().start(job.run)
    return job


def finish_all(timeout_ms: int = 30000) -> None:
    """On quit: let running work end (an import is not thrown away half done) and the
    pages hear how it ended while they and the database are still there — and the work
    an outcome starts in turn (an import's thumbnails), until none is left or time is up."""
    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        pool.waitForDone(max(0, int((deadline - time.monotonic()) * 1000)))
        QCoreApplication.processEvents()  # the outcomes
        QCoreApplication.processEvents()  # the releases queued by them
        if pool.activeThreadCount() == 0 or time.monotonic() >= deadline:
            return
