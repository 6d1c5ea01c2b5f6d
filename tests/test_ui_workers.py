"""Background jobs report their outcome even when the caller keeps no reference to them.

The photo import and the package import start a job and forget it; their "finished" is
what repaints the page and closes the progress dialog."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")


def test_a_job_nobody_keeps_reports_when_the_ui_thread_was_busy(  # type: ignore[no-untyped-def]
        store, data_dir: Path, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector.ui.workers import Job, start

    QApplication.instance() or QApplication([])
    outcomes: list[object] = []
    returned = threading.Event()

    def work(s, _progress, _cancelled):  # type: ignore[no-untyped-def]
        returned.set()
        return s.setting("city")

    job = Job(data_dir, work)
    job.signals.finished.connect(outcomes.append)
    start(job)
    del job
    # The UI thread is busy while the worker finishes and the pool lets go of the job.
    assert returned.wait(10)
    time.sleep(0.3)
    gc.collect()
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=5000)
    assert outcomes == [store.setting("city")]
