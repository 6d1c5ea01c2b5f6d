"""The Sync page's hub row, when this computer is connected to a city hub (`inspector hub
connect URL`): 推送 sends what the hub lacks (its progress in KB; a cancelled or cut push
goes on from where it stopped next time), 拉取 receives the city's packages since the
last pull and imports them as dropped files would be — both off the UI thread with
progress and Cancel; a hub that cannot be reached is said in one plain line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ...errors import UserError
from ...store import Store
from ..progress import run_job
from .batch import ImportBatch, Refusal, review_todo

if TYPE_CHECKING:
    from .page import SyncPage


class HubBar(QObject):
    def __init__(self, page: SyncPage) -> None:
        super().__init__(page)
        self.page = page
        self.widget = QWidget()
        self.label = QLabel()
        self.push_button = QPushButton(self.tr("Push to the hub"))
        self.push_button.setToolTip(self.tr(
            "Send the city hub what it lacks of this computer's work (推送)"))
        self.push_button.clicked.connect(self.push)
        self.pull_button = QPushButton(self.tr("Pull from the hub"))
        self.pull_button.setToolTip(self.tr(
            "Receive and import the city's packages since the last pull (拉取)"))
        self.pull_button.clicked.connect(self.pull)
        row = QHBoxLayout(self.widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.push_button)
        row.addWidget(self.pull_button)
        row.addStretch()
        self.buttons = (self.push_button, self.pull_button)

    def refresh(self) -> None:
        """Shown only when a hub is connected: its address and the key pinned for it."""
        from ...hub import client

        try:
            link = client.load_link(self.page.store)
        except UserError:
            self.widget.hide()
            return
        self.label.setText(self.tr("City hub {url} · key {fingerprint}").format(
            url=link.url, fingerprint=link.fingerprint))
        self.widget.show()

    def push(self) -> None:
        page = self.page
        if page.busy() or page.store.data_dir is None:
            return

        sending = self.tr("sending to the hub (KB)")

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> object:
            from ...hub import client

            progress(self.tr("asking the hub what it lacks"), 0, 0)
            # the bytes the hub holds of the package, of all of them: in KB for the bar
            return client.push(store, lambda held, size: progress(
                sending, _kb(held), _kb(size)), cancelled)

        def done(result: object) -> None:
            page._set_busy(None)
            status = getattr(result, "status", "")
            if getattr(result, "resumed_from", 0):
                page.say(self.tr("Push: the interrupted upload went on from {done} of {total} "
                                 "KB.").format(done=_kb(getattr(result, "resumed_from", 0)),
                                               total=_kb(getattr(result, "size", 0))))
            if status == "nothing to push":
                page.say(self.tr("Push: the hub has everything of this computer's already."))
            elif status == "already":
                page.say(self.tr("Push: the hub had this package already."))
            else:
                page.say(self.tr("Push: {versions} versions ({new} new to the hub), {photos} "
                                 "photos sent.").format(
                    versions=getattr(result, "versions", 0), new=getattr(result, "new", 0),
                    photos=getattr(result, "photos", 0)))
            page.outcomes.append(("", "pushed"))

        def cancelled() -> None:
            page._set_busy(None)
            page.say(self.tr("Push cancelled: the next push goes on from where this one "
                             "stopped."))

        page.say(self.tr("Pushing to the hub…"))
        job = run_job(page, self.tr("Push"), page.store.data_dir, work, done, page._failed)
        job.signals.cancelled.connect(cancelled)
        page._set_busy(job)

    def pull(self) -> None:
        page = self.page
        if page.busy() or page.store.data_dir is None:
            return
        batch = ImportBatch([])

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> ImportBatch:
            from ...hub import client

            progress(self.tr("receiving from the hub"), 0, 0)
            for path, result in client.pull(store, cancelled=cancelled):
                batch.results.append(Refusal.of(path, result)
                                     if isinstance(result, UserError) else result)
                progress(path.name, len(batch.results), 0)
                if cancelled():
                    break
            if any(getattr(r, "status", "") == "applied" for r in batch.results):
                batch.todo = review_todo(store)
            return batch

        def done(result: object) -> None:
            if isinstance(result, ImportBatch) and not result.results:
                page._set_busy(None)
                page.say(self.tr("Pull: nothing new from the hub."))
                return
            page._imported(result)  # held packages ask for trust, as dropped files do

        page.say(self.tr("Pulling from the hub…"))
        job = run_job(page, self.tr("Pull"), page.store.data_dir, work, done, page._failed)
        job.signals.cancelled.connect(lambda: page._import_cancelled(batch, len(batch.results)))
        page._set_busy(job)


def _kb(n: int) -> int:
    return (n + 1023) // 1024
