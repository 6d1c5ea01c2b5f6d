"""The supervisor's Sync screen: import the inspectors' sync packages (file dialog or
drag-and-drop), export a package, trust new devices, and see the devices and past exports.

Imports, exports and trusting run off the UI thread (`progress.run_job`), each on its own
database connection; the checks and the merge are the core's (`sync.exchange`)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...clock import local
from ...errors import UserError
from ...store import Store, packages
from ...store import device as devices
from ...store.changes import Changes
from ...sync import exchange, keys, preflight, trust
from ..bus import Bus, follow
from ..progress import run_job
from ..tables import RowsModel, table_view
from ..texts import shown
from ..trust_dialog import TrustDialog
from ..widgets import column, heading
from ..workers import Job
from .batch import PACKAGE_SUFFIX, ImportBatch, Refusal, Trusted, package_paths, reason, review_todo
from .hub_bar import HubBar
from .questions import FollowUp, ImportQuestions, refused_once_trusted

REFUSE = "refuse"  # a supervisor's answer in the trust dialog: drop the key and its packages


class SyncPage(QWidget):
    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.job: Job | None = None  # the running import/export/trust, if any
        self._follow: FollowUp | None = None  # what to import once the trust job ends
        self._held_paths: dict[str, Path] = {}  # a held package's file, by its name
        # (file name, what happened) for each line of the log: "applied", "already
        # imported", "held", "refused", "not trusted", "exported", "failed"
        self.outcomes: list[tuple[str, str]] = []
        self.questions = ImportQuestions(self)
        self.setAcceptDrops(True)

        intro = QLabel(self.tr(
            "Import the sync packages the inspectors send you (USB stick, shared folder, "
            "chat attachment): use the button or drop .pkg files here. Packages can be "
            "imported in any order, and again: the result is the same."))
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import packages…"))
        self.import_button.setShortcut("Ctrl+I")
        self.import_button.setToolTip(self.tr("Import sync packages (Ctrl+I)"))
        self.import_button.clicked.connect(self.choose_imports)
        self.export_button = QPushButton(self.tr("Export package…"))
        self.export_button.setShortcut("Ctrl+E")
        self.export_button.setToolTip(self.tr(
            "Write a sync package with every change since the last export (Ctrl+E)"))
        self.export_button.clicked.connect(self.choose_export)
        self.full_box = QCheckBox(self.tr("Everything, not only what changed"))
        self.full_box.setToolTip(self.tr(
            "Send every record again, e.g. for a new laptop or a lost package"))
        self.display_box = QCheckBox(self.tr("Smaller photos (display size)"))
        self.display_box.setToolTip(self.tr(
            "Send display-size copies instead of the original photos: a much smaller "
            "package, but the originals stay here"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.full_box)
        buttons.addWidget(self.display_box)
        buttons.addStretch()

        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setPlaceholderText(self.tr(
            "Nothing imported yet. Drop the inspectors' .pkg files here, or click "
            "Import packages…"))
        self.own = QLabel()
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own.setWordWrap(True)
        self.devices_model = RowsModel([
            self.tr("Role"), self.tr("Trusted"), self.tr("Device"), self.tr("Inspector"),
            self.tr("Fingerprint")], parent=self)
        self.devices_view = table_view(self.devices_model)
        self.exports_model = RowsModel([
            self.tr("Made"), self.tr("File"), self.tr("Records"), self.tr("Photos"),
            self.tr("SHA-256")], right=[2, 3], parent=self)
        self.exports_view = table_view(self.exports_model)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(column(heading(self.tr("What happened")), self.log))
        split.addWidget(column(heading(self.tr("Devices")), self.own, (self.devices_view, 3),
                               heading(self.tr("Past exports")), (self.exports_view, 2)))
        split.setSizes([560, 760])

        self.hub = HubBar(self)  # 推送 / 拉取, with a city hub connected
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.hub.widget)
        layout.addWidget(split, 1)
        follow(self, bus, self.refresh,
               lambda c: c.touches("settings", "inspections", "conflict_decisions"))
        self.refresh()

    # ---- tables ----

    def role_text(self, role: str) -> str:
        return {"inspector": self.tr("Inspector"), "supervisor": self.tr("Supervisor"),
                "self": self.tr("This computer")}.get(role, role)

    def refresh(self) -> None:
        self.hub.refresh()
        rows, tips = [], []
        own = self._own_fingerprint()
        for d in devices.all_devices(self.store.db):
            if not (d["fingerprint"] or d["this_device"]):
                continue
            role = "self" if d["this_device"] else str(d["role"])
            trusted = self.tr("Yes") if d["trusted"] else self.tr(
                "No (known from a supervisor's package)")
            inspector = self.store.setting("inspector") if d["this_device"] else d["inspector"]
            rows.append([self.role_text(role), trusted, str(d["device_id"])[:8],
                         str(inspector or ""),
                         str((own if d["this_device"] else d["fingerprint"]) or "")])
            tips.append(str(d["device_id"]))
        for k in devices.held_keys(self.store.db):  # keys whose packages wait for a decision
            says = self.tr("? (says {role})").format(role=self.role_text(str(k["role"])))
            rows.append([says if k["role"] else "?",
                         self.tr("No: %n packages held ({files})", "",
                                 int(str(k["packages"]))).format(files=k["files"] or ""),
                         str(k["device_id"])[:8], str(k["inspector"] or ""),
                         str(k["fingerprint"])])
            tips.append(str(k["files"] or k["device_id"]))
        self.devices_model.set_rows(rows, tips=tips)
        self.devices_view.resizeColumnsToContents()
        exports = packages.exports(self.store, newest_first=True)
        self.exports_model.set_rows(
            [[local(p.at, zone=self.store.zone()), p.file_name, str(p.records), str(p.photos),
              p.sha256[:16]] for p in exports],
            keys=[p.sha256 for p in exports])
        self.exports_view.resizeColumnsToContents()
        self.own.setText(self.tr("This computer ({role}): device {device} · fingerprint "
                                 "{fingerprint}").format(
            role=self.role_text(self.store.role), device=self.store.device_id[:8],
            fingerprint=own or "—"))

    def _own_fingerprint(self) -> str:
        return keys.own_fingerprint(self.store.data_dir, self.store.device_id)

    # ---- log ----

    def say(self, line: str) -> None:
        self.log.appendPlainText(line)

    def _import_line(self, result: exchange.ImportResult | Refusal) -> str:
        status = "refused" if isinstance(result, Refusal) or result.status.startswith(
            "refused") else result.status
        name = result.path.name  # a held package's copy keeps its name (trust.held_path)
        self.outcomes.append((name, status))
        wrong = result.retrust if isinstance(result, Refusal) else result.refusal
        if isinstance(wrong, preflight.TrustedAsInspector):  # said in the app's words
            return self.tr("✖ {file}: refused — it says it comes from a supervisor's device, "
                           "but this computer trusts device {device} ({inspector}) as an "
                           "inspector's, so its corrections, reviews and rounds are refused; "
                           "import it again to trust that device as a supervisor's").format(
                file=name, device=wrong.device_id[:8], inspector=wrong.inspector or "?")
        if isinstance(result, Refusal):
            return self.tr("✖ {file}: refused — {reason}").format(
                file=name, reason=reason(result.path, result.reason))
        who = self.tr("{inspector}, device {device}").format(
            inspector=result.inspector or self.tr("no name"), device=result.device_id[:8])
        if result.status == "applied":
            return self.tr("✔ {file}: applied — {records} new versions, {changed} records "
                           "updated, {photos} photos ({who})").format(
                file=name, records=result.records, changed=result.changed,
                photos=result.photos, who=who) + "".join(
                "\n  " + shown(note) for note in result.notes)
        if result.status == "already imported":
            return self.tr("= {file}: already imported, nothing changed").format(
                file=name)
        if result.status == "held" and result.held == trust.NEW_KEY:
            return self.tr("⚠ {file}: held — device {device} is trusted with another key, "
                           "and this package is signed with a new one ({who}); if nobody "
                           "reinstalled that laptop, it is not from it").format(
                file=name, device=result.device_id[:8], who=who)
        if result.status == "held" and result.held == trust.SEVERAL:
            return self.tr("⚠ {file}: held — another key also claims this device ({who}); "
                           "compare both fingerprints with the one that laptop shows").format(
                file=name, who=who)
        if result.status == "held" and result.claimed_role == "supervisor":
            return self.tr("⚠ {file}: held — it comes from a device this computer does not "
                           "know yet ({who}), which it says is a supervisor's; check its "
                           "fingerprint to trust it").format(file=name, who=who)
        if result.status == "held":
            return self.tr("⚠ {file}: held — it comes from a device this computer does not "
                           "know yet ({who}); check its fingerprint to trust it").format(
                file=name, who=who)
        if result.status == "refused":
            return self.tr("✖ {file}: refused — {reason}").format(
                file=name, reason=reason(result.path, shown(result.refusal)))
        return f"{result.path.name}: {result.status}"

    # ---- import ----

    def choose_imports(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import sync packages"), str(Path.home()),
            self.tr("Sync packages (*.pkg);;All files (*)"))
        if names:
            self.import_packages([Path(n) for n in names])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and package_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        found = package_paths(event.mimeData().urls()) if event.mimeData().hasUrls() else []
        if not found:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_packages(found)

    def busy(self) -> bool:
        return self.job is not None

    def _set_busy(self, job: Job | None) -> None:
        self.job = job
        for w in (self.import_button, self.export_button, *self.hub.buttons):
            w.setEnabled(job is None)

    def import_packages(self, paths: list[Path], confirmed: Collection[Path] = ()) -> None:
        """Import `paths`; those in `confirmed` even if they make many conflicts (the
        person said yes)."""
        if not paths or self.store.data_dir is None:
            return
        if self.busy():
            self.say(self.tr("Wait until the current import or export has finished."))
            return
        batch = ImportBatch([])
        groups = [([p for p in paths if p not in confirmed], False),
                  ([p for p in paths if p in confirmed], True)]
        ordered = [p for group, _ in groups for p in group]

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> ImportBatch:
            progress(ordered[0].name, 0, len(ordered))
            for group, yes in groups:
                if not group:
                    continue
                # Stopping the loop (Cancel) also stops the next package's check under way.
                for path, result in exchange.import_packages(
                        store, group, cancelled=cancelled, confirmed=yes):
                    # refused: the database is as it was
                    batch.results.append(Refusal.of(path, result)
                                         if isinstance(result, UserError) else result)
                    if cancelled():
                        break
                    n = len(batch.results)
                    progress(ordered[n].name if n < len(ordered) else "", n, len(ordered))
                if cancelled():
                    break
            if any(isinstance(r, exchange.ImportResult) and r.status == "applied"
                   for r in batch.results):
                batch.todo = review_todo(store)
            return batch

        self.say(self.tr("Importing %n sync package(s)…", "", len(paths)))
        job = run_job(self, self.tr("Import"), self.store.data_dir, work,
                      self._imported, self._failed)
        job.signals.cancelled.connect(lambda: self._import_cancelled(batch, len(paths)))
        self._set_busy(job)

    def _import_cancelled(self, batch: ImportBatch, total: int) -> None:
        self._set_busy(None)
        for result in batch.results:
            self.say(self._import_line(result))
        self.say(self.tr("Cancelled: %n package(s) not imported.", "",
                         total - len(batch.results)))
        self._say_todo(batch.todo)
        self._changed()

    def _imported(self, result: object) -> None:
        self._set_busy(None)
        assert isinstance(result, ImportBatch)
        for r in result.results:
            self.say(self._import_line(r))
        applied = [r for r in result.results
                   if isinstance(r, exchange.ImportResult) and r.status == "applied"]
        if applied:
            self._say_todo(result.todo)
            self._changed()
        held = [r for r in result.results
                if isinstance(r, exchange.ImportResult) and r.status == "held"]
        if held:
            self.refresh()  # the new devices show as "not trusted" behind the dialog
        choices = self.ask_trust(held)
        self._go_on(choices, self.questions.ask(
            [r for r in result.results if isinstance(r, Refusal)]))

    def _go_on(self, choices: list[tuple[str, str, str]], follow: FollowUp) -> None:
        """Trust what the person chose, then import again what they said yes to."""
        choices = [*choices, *((fp, "supervisor", whom) for fp, whom in follow.retrust)]
        if choices:
            self.trust(choices, follow)
        elif follow.again:
            self.import_packages(follow.again, follow.confirmed)

    def _failed(self, message: str) -> None:
        self._set_busy(None)
        self.outcomes.append(("", "failed"))
        self.say(self.tr("✖ {message}").format(message=message))
        self.bus.error.emit(message)
        self.refresh()

    def _changed(self) -> None:
        """Packages were applied (or a device trusted): any record may have changed."""
        self.refresh()
        self.bus.announce(Changes.everything(), self)
        self.bus.saved.emit()

    # ---- trust ----

    def ask_trust(self, held: list[exchange.ImportResult]) -> list[tuple[str, str, str]]:
        """The trust dialog for each device of the held packages: the choices made."""
        by_device: dict[str, list[exchange.ImportResult]] = {}
        self._held_paths.update({r.path.name: r.path for r in held})
        for r in held:
            by_device.setdefault(r.fingerprint, []).append(r)
        choices: list[tuple[str, str, str]] = []  # fingerprint, role, "张三 · 1315ccbc"
        for fingerprint, results in by_device.items():
            first = results[0]
            dialog = TrustDialog(first.device_id, first.inspector, fingerprint,
                                 [r.path.name for r in results], self, held=first.held,
                                 trusted_fingerprint=first.trusted_fingerprint,
                                 claimed_role=first.claimed_role)
            dialog.exec()
            if dialog.refused:
                choices.append((fingerprint, REFUSE,
                                f"{first.inspector or '?'} · {first.device_id[:8]}"))
            elif dialog.role is None:
                for r in results:
                    self.outcomes.append((r.path.name, "not trusted"))
                    self.say(self.tr("⊘ {file}: not applied — you did not trust device "
                                     "{device} ({inspector}); import it again to decide "
                                     "later").format(file=r.path.name,
                                                     device=r.device_id[:8],
                                                     inspector=r.inspector or "?"))
            else:
                choices.append((fingerprint, dialog.role,
                                f"{first.inspector or '?'} · {first.device_id[:8]}"))
            dialog.deleteLater()
        return choices

    def trust(self, choices: list[tuple[str, str, str]], follow: FollowUp | None = None
              ) -> None:
        """Trust (or refuse) each (fingerprint, role, whom); then import `follow.again`."""
        if self.busy() or self.store.data_dir is None:
            return
        self._follow = follow

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]
                 ) -> tuple[list[Trusted], tuple[int, int] | None]:
            out = []
            for n, (fingerprint, role, whom) in enumerate(choices):
                progress(whom, n, len(choices))  # whom, not a key
                try:
                    if role == REFUSE:
                        row, dropped = trust.refuse_device(store, fingerprint)
                        out.append(Trusted({**row, "dropped": dropped}, role, []))
                        continue
                    device, results = trust.trust_device(store, fingerprint, role)
                except UserError as exc:
                    out.append(Trusted({"fingerprint": fingerprint}, role, [], shown(exc)))
                    continue
                out.append(Trusted(device, role, results))
            applied = any(r.status == "applied" for t in out for r in t.results)
            return out, review_todo(store) if applied else None

        job = run_job(self, self.tr("Trust"), self.store.data_dir, work, self._trusted,
                      self._failed)
        job.signals.cancelled.connect(self._trust_cancelled)
        self._set_busy(job)

    def _trust_cancelled(self) -> None:
        self._set_busy(None)
        self._follow = None
        self._changed()

    def _trusted(self, result: object) -> None:
        self._set_busy(None)
        assert isinstance(result, tuple)
        trusted, todo = result
        for t in trusted:
            if t.error:
                self.outcomes.append(("", "failed"))
                self.say(self.tr("✖ {fingerprint}: not trusted — {reason}").format(
                    fingerprint=t.device["fingerprint"], reason=t.error))
                continue
            if t.role == REFUSE:
                self.say(self.tr("⊘ The key {fingerprint} ({inspector}) is refused: %n held "
                                 "packages dropped", "", int(t.device["dropped"])).format(
                    fingerprint=t.device["fingerprint"],
                    inspector=t.device["inspector"] or "?"))
                continue
            self.say(self.tr("Device {device} ({inspector}) is trusted as {role}").format(
                device=str(t.device["device_id"])[:8], inspector=t.device["inspector"] or "?",
                role=self.role_text(t.role).lower()))
            for r in t.results:
                self.say("  " + self._import_line(r))
        self._say_todo(todo)
        self._changed()
        follow, self._follow = self._follow or FollowUp(), None
        self._go_on([], follow.then(self.questions.ask(
            refused_once_trusted(trusted, self._held_paths))))

    def _say_todo(self, todo: tuple[int, int] | None) -> None:
        """What the supervisor does next, after packages were applied."""
        if todo is not None:
            waiting, conflicts = todo
            self.say(self.tr("To review: {waiting} inspections, {conflicts} conflicts — on "
                             "the Review page").format(waiting=waiting, conflicts=conflicts))

    # ---- export ----

    def choose_export(self) -> None:
        if self.busy():
            return
        who = self.store.setting("inspector") or self.role_text(self.store.role)
        default = Path.home() / f"{who}-{clock.now(self.store.zone()):%m%d}{PACKAGE_SUFFIX}"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export sync package"), str(default),
            self.tr("Sync packages (*.pkg)"))
        if name:
            path = Path(name)
            if not path.suffix:
                path = path.with_suffix(PACKAGE_SUFFIX)
            self.export_package(path, full=self.full_box.isChecked(),
                                photos="display" if self.display_box.isChecked()
                                else "original")

    def export_package(self, out: Path, *, full: bool = False, photos: str = "original"
                       ) -> None:
        if self.busy() or self.store.data_dir is None:
            return

        def work(store: Store, progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> exchange.ExportResult:
            progress(out.name, 0, 1)
            return exchange.export_package(store, out, full=full, photos=photos)

        def failed(message: str) -> None:
            if message == shown(exchange.NOTHING_CHANGED()):
                message = self.tr("Nothing has changed since the last export; tick "
                                  "“Everything” to send it all again.")
            self._failed(message)

        job = run_job(self, self.tr("Export"), self.store.data_dir, work, self._exported,
                      failed)
        job.signals.cancelled.connect(lambda: self._set_busy(None))
        self._set_busy(job)

    def _exported(self, result: object) -> None:
        self._set_busy(None)
        assert isinstance(result, exchange.ExportResult)
        size = result.path.stat().st_size / 1e6 if result.path.exists() else 0.0
        self.outcomes.append((result.path.name, "exported"))
        self.say(self.tr("✔ exported {file}: {records} records, {photos} photos, "
                         "{size:.1f} MB").format(file=result.path.name, records=result.records,
                                                 photos=result.photos, size=size))
        self._changed()
