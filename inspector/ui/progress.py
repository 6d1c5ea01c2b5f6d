"""Running a background `Job` behind a progress dialog with Cancel; the window stays live."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from .workers import Job, Work, start, store_job

# The stages the core reports, in words (the core names them in English, for logs).
STAGES = {
    "photos": QT_TRANSLATE_NOOP("Progress", "photos"),
    "drawing": QT_TRANSLATE_NOOP("Progress", "drawing the photos"),
    "data": QT_TRANSLATE_NOOP("Progress", "gathering data"),
    "layout": QT_TRANSLATE_NOOP("Progress", "laying out pages"),
    "files": QT_TRANSLATE_NOOP("Progress", "files"),
    "export": QT_TRANSLATE_NOOP("Progress", "writing the file"),
    "checked": QT_TRANSLATE_NOOP("Progress", "checking"),
    "applied": QT_TRANSLATE_NOOP("Progress", "applying"),
}


def run_job(parent: QWidget, title: str, data_dir: Path, work: Work,
            on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None
            ) -> Job:
    """Start `work` off the UI thread; a dialog shows its progress and can cancel it."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Progress", "Cancel"), 0, 0,
                             parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs finish without a flash of dialog
    job = store_job(data_dir, work)

    ended: list[bool] = []

    def progress(stage: str, done: int, total: int) -> None:
        if ended:  # a report queued before the job ended arrives after its dialog went
            return
        words = QCoreApplication.translate("Progress", str(STAGES[stage])) if stage in STAGES \
            else stage
        dialog.setLabelText(" · ".join(t for t in (title, words, f"{done}/{total}") if t)
                            if total else title)
        dialog.setMaximum(max(total, 0))
        # Last: a modal QProgressDialog's setValue runs the event loop, where the job's end
        # may close (and delete) this dialog.
        dialog.setValue(min(done, total) if total else 0)

    def close() -> None:
        ended.append(True)
        dialog.reset()
        dialog.deleteLater()  # one dialog per job; none left behind on the page

    def finished(result: object) -> None:
        close()
        on_done(result)

    def failed(message: str) -> None:
        close()
        if on_failed is not None:
            on_failed(message)
        else:
            QMessageBox.warning(parent, title, message)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(close)
    dialog.canceled.connect(job.cancel)
    # The garbage waiting now is collected here, on the UI thread, before a long job
    # allocates on its own: Python's collector runs on whichever thread allocates next,
    # and a cycle of wrappers over live Qt objects collected on a worker thread can crash
    # the process (a closed dialog's, seen once in a test run).
    gc.collect()
    start(job)
    return job
