"""Background jobs report their outcome even when the caller keeps no reference to them.

The photo import and the package import start a job and forget it; their "finished" is
what repaints the page and closes the progress dialog."""

from __future__ import annotations

import gc
import threading
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from inspector.store import Store

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from inspector.ui.workers import Cancelled, Progress

pytest.importorskip("pytestqt")


def test_a_job_nobody_keeps_reports_when_the_ui_thread_was_busy(
        store: Store, data_dir: Path, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector.ui.workers import start, store_job

    QApplication.instance() or QApplication([])
    outcomes: list[object] = []
    returned = threading.Event()

    def work(s: Store, _progress: Progress, _cancelled: Cancelled) -> str:
        returned.set()
        return s.setting("city")

    job = store_job(data_dir, work)
    job.signals.finished.connect(outcomes.append)
    start(job)
    del job
    # The UI thread is busy while the worker finishes and the pool lets go of the job.
    assert returned.wait(10)
    time.sleep(0.3)
    gc.collect()
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=5000)
    assert outcomes == [store.setting("city")]


def test_a_finished_job_is_let_go(qtbot: QtBot) -> None:
    """Once its outcome has been delivered nothing keeps a job: not the pool, not the
    list of running jobs (a job's closure holds what it worked on, photos included)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool

    from inspector.ui.workers import Job, _running, start

    outcomes: list[int] = []
    jobs = []
    for n in range(20):
        def task(_progress: Progress, _cancelled: Cancelled, n: int = n) -> int:
            return n

        job = Job(task)
        job.signals.finished.connect(outcomes.append)
        jobs.append(weakref.ref(job))
        start(job)
        del job
    QThreadPool.globalInstance().waitForDone()
    qtbot.waitUntil(lambda: len(outcomes) == 20, timeout=5000)
    qtbot.waitUntil(lambda: not _running, timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert sorted(outcomes) == list(range(20))
    assert [ref for ref in jobs if ref() is not None] == []


def test_every_slot_hears_the_outcome_while_the_ui_thread_is_busy_delivering(
        qtbot: QtBot) -> None:
    """A job's outcome reaches every slot connected to it, those connected after it
    started too (a page's, once run_job has started its job), even when the UI thread
    delivers the first ones while the worker is still emitting: the job's signals are not
    deleted under the emit (a cancelled import once left its page busy for good)."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    from inspector.ui.workers import Job, _running, start

    slots = 300
    for attempt in range(20):
        heard: list[int] = []
        go = threading.Event()

        def task(_progress: Progress, _cancelled: Cancelled, go: threading.Event = go,
                 attempt: int = attempt) -> int:
            go.wait(10)
            return attempt

        job = Job(task)
        start(job)
        for n in range(slots):
            job.signals.finished.connect(lambda _r, n=n, heard=heard: heard.append(n))
        del job
        go.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (len(heard) < slots or _running):
            QCoreApplication.processEvents()  # delivering as the worker emits
        QThreadPool.globalInstance().waitForDone()
        qtbot.wait(20)
        assert sorted(heard) == list(range(slots)), f"attempt {attempt}: {len(heard)} heard"
