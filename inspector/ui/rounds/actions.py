"""The 测评轮次 menu of a supervisor's window: 新建测评轮次 (the wizard, then its round,
draw and assignments recorded off the UI thread) and 发给测评员 (one package per inspector
written to a folder or a USB stick, off the UI thread)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from ...errors import UserError
from ...store import Role, Store
from ...store.changes import Changes
from ..bus import ROUND_TABLES
from ..progress import run_job
from ..texts import shown
from ..workers import Cancelled, Job, Progress

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .wizard import NewRoundWizard


class RoundActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.wizard: NewRoundWizard | None = None  # the one open
        self.closing: NewRoundWizard | None = None  # the last one closed (see _wizard_closed)
        self.job: Job | None = None  # recording a round or writing packages
        self.last_handout: list[Any] = []  # the packages 发给测评员 wrote last
        self.report: QMessageBox | None = None  # what the last action says it did
        self.menu = QMenu(self.tr("&Round"), window)
        self.new_action = QAction(self.tr("New round…"), window)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.triggered.connect(self.new_round)
        self.handout_action = QAction(self.tr("Send to inspectors…"), window)
        self.handout_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.handout_action.setToolTip(self.tr(
            "One sync package per inspector, with the round, its form and their sites"))
        self.handout_action.triggered.connect(self.hand_out)
        self.move_action = QAction(self.tr("Give the site to another inspector…"), window)
        self.move_action.triggered.connect(self.move_site)
        self.replace_action = QAction(self.tr("Replace the site…"), window)
        self.replace_action.setToolTip(self.tr(
            "Draw another site of its type for a sampled site that cannot be inspected"))
        self.replace_action.triggered.connect(self.replace_site)
        self.menu.addAction(self.new_action)
        self.menu.addSeparator()
        self.menu.addAction(self.move_action)
        self.menu.addAction(self.replace_action)
        self.menu.addSeparator()
        self.menu.addAction(self.handout_action)
        window.addActions([self.new_action, self.handout_action])
        self.follow_role()

    @property
    def store(self) -> Store:
        return self.window.store

    def follow_role(self) -> None:
        """Rounds are a supervisor's: an inspector's laptop gets them in a package."""
        supervisor = self.store.role is Role.SUPERVISOR
        self.menu.menuAction().setVisible(supervisor)
        for action in (self.new_action, self.handout_action, self.move_action,
                       self.replace_action):
            action.setEnabled(supervisor)

    def tell(self, title: str, text: str,
             icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> None:
        """A message that does not block (opened, not exec'd); the keys go back to the
        checklist when it closes."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.finished.connect(lambda _r: self.window.inspect.setFocus())
        box.finished.connect(box.deleteLater)
        self.report = box
        box.open()

    # ---- 新建测评轮次 ----

    def new_round(self) -> None:
        from ...store import sampled
        from .wizard import NewRoundWizard

        if self.job is not None or self.wizard is not None:
            return
        if not sampled.category_counts(self.store):
            self.tell(self.tr("New round"), self.tr(
                "The site registry is empty: import a site list first (File → Import a "
                "site list…)."))
            return
        self.wizard = NewRoundWizard(self.store, self.window)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()

    def _wizard_closed(self, accepted: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        # Held until the next wizard, long after Qt has deleted this one: the wizard and its
        # pages refer to each other, and a cycle of Python wrappers over live Qt objects
        # must never reach the garbage collector, which may run on a worker thread (a
        # segfault, seen in a test run).
        self.closing = wizard
        wizard.deleteLater()
        plan = wizard.plan
        if not accepted or plan is None or self.store.data_dir is None:
            self.window.inspect.setFocus()
            return

        from ...actions import rounds  # with the forms and YAML: not on the start-up path

        def work(store: Store, progress: Progress, cancelled: Cancelled) -> Any:
            try:
                return rounds.new_round(store, plan.name, plan.form_ref, plan.seed,
                                        plan.inspectors, plan.counts, plan.assigned,
                                        progress=progress, cancel=cancelled)
            except rounds.Cancelled:
                return None  # rolled back: no round

        def done(result: object) -> None:
            self.job = None
            if isinstance(result, rounds.SampleResult):
                self.window.statusBar().showMessage(self.tr(
                    "Round {name}: {n} sites drawn (seed {seed}) and assigned to {people} "
                    "inspectors").format(name=plan.name, seed=plan.seed,
                                         n=sum(len(v) for v in result.drawn.values()),
                                         people=len(set(plan.assigned.values()))))
            self.window.bus.announce(Changes.of(*ROUND_TABLES, "settings"))
            self.window.inspect.setFocus()

        def failed(message: str) -> None:
            self.job = None
            self.tell(self.tr("New round"), message, QMessageBox.Icon.Warning)

        self.job = run_job(self.window, self.tr("Recording the round"), self.store.data_dir,
                           work, done, failed)
        self.job.signals.cancelled.connect(lambda: done(None))

    # ---- the site chosen in the Inspect page's list ----

    def _chosen(self) -> tuple[str, str] | None:
        """(site id, its inspector in received work or "") of the Inspect page's list."""
        sites = self.window.inspect.sites
        if not sites.site_id:
            self.tell(self.window.windowTitle(), self.tr(
                "Choose a site in the list on the Inspect page first."))
            return None
        return sites.site_id, sites.row_inspector

    def move_site(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        site_id, current = chosen
        rnd = self.store.round()
        who = sorted({a["inspector"] for a in self.store.rows(
            "assignments", "round_id = ?", [rnd["id"]])})
        if not current:
            mine = [a["inspector"] for a in self.store.rows(
                "assignments", "round_id = ? AND site_id = ?", [rnd["id"], site_id])]
            current = mine[0] if mine else ""
        site = self.store.find_site(site_id)
        choices = [w for w in who if w != current]
        to, ok = QInputDialog.getItem(
            self.window, self.tr("Give the site to another inspector"),
            self.tr("{site} ({inspector}) goes to:").format(site=site.name, inspector=current),
            choices, 0, True)
        self.window.inspect.setFocus()
        if not ok or not to.strip():
            return
        from ...actions import rounds

        self._do(lambda: rounds.move_site(self.store, None, site_id, current, to.strip()),
                 self.tr("{site}: {old} → {new}").format(site=site.name, old=current,
                                                         new=to.strip()))

    def replace_site(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        site = self.store.find_site(chosen[0])
        category = self.store.round_form(self.store.round()).category(site.category_id)
        asked = QMessageBox.question(self.window, self.tr("Replace the site"), self.tr(
            "Draw another {type} site in place of {site}? (From the round's seed: anyone "
            "can check it.)").format(type=category.name if category else site.category_id,
                                     site=site.name))
        self.window.inspect.setFocus()
        if asked != QMessageBox.StandardButton.Yes:
            return
        from ...actions import rounds

        made: list[str] = []
        self._do(lambda: made.append(rounds.replace_site(self.store, None, site.id)),
                 "")
        if made:
            self.window.statusBar().showMessage(self.tr("{old} replaced by {new}").format(
                old=site.name, new=self.store.find_site(made[0]).name))

    def _do(self, change: Any, said: str) -> None:
        """`change` (a call of actions.rounds), said in the status bar or refused."""
        try:
            change()
        except UserError as exc:
            self.tell(self.window.windowTitle(), shown(exc), QMessageBox.Icon.Warning)
            return
        if said:
            self.window.statusBar().showMessage(said)
        self.window.bus.announce(Changes.of(*ROUND_TABLES))

    # ---- 发给测评员 ----

    def hand_out(self) -> None:
        from ...sync import handout

        if self.job is not None or self.store.data_dir is None:
            return
        title = self.tr("Send to inspectors")
        folder = QFileDialog.getExistingDirectory(self.window, self.tr(
            "Folder or USB stick for the inspectors' packages"), str(Path.home()))
        self.window.inspect.setFocus()
        if not folder:
            return
        template = self.tr("{round}-for-{inspector}.pkg")

        def name(round_name: str, inspector: str) -> str:
            from ...paths import safe_file_name

            return template.format(round=safe_file_name(round_name),
                                   inspector=safe_file_name(inspector))

        def work(store: Store, progress: Progress, cancelled: Cancelled) -> Any:
            return handout.hand_out(store, None, Path(folder), file_name=name,
                                    progress=progress, cancel=cancelled)

        def done(result: object) -> None:
            self.job = None
            written = result if isinstance(result, list) else []
            self.last_handout = written
            lines = [self.tr("{file}: {inspector}, {n} sites").format(
                file=h.package.path.name, inspector=h.inspector, n=h.sites) for h in written]
            self.tell(title, self.tr("{n} packages written to {folder}:").format(
                n=len(written), folder=folder) + "\n" + "\n".join(lines))

        def failed(message: str) -> None:
            self.job = None
            self.tell(title, message, QMessageBox.Icon.Warning)

        self.job = run_job(self.window, title, self.store.data_dir, work, done, failed)
