"""The main window: pages for inspecting, the scorecard, reports, sync and review.

A thin skin over the core: pages call `editing`, `operations`, `sync` and `report`
functions and tell each other what changed through the `Bus`.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import clock, paths
from ..errors import UserError
from ..store import Role, Store, sampled
from ..store.changes import Changes
from . import key_help
from .bus import ROUND_TABLES, Bus
from .cjk import CJK_FAMILIES as CJK_FAMILIES  # where it always was
from .cjk import chinese_families as chinese_families
from .cjk import cjk_font as cjk_font
from .inspect import InspectPage, last_site_key
from .language import install_translators
from .language import translations_dir as translations_dir  # where it always was
from .progress import run_job
from .rounds import RoundActions
from .settings_dialog import SettingsDialog as SettingsDialog  # where it always was
from .texts import shown
from .undo_group import PageUndo
from .workers import Job, finish_all

# Pages written as separate modules: (module, class, tab title source, supervisor only)
PAGES = (("scorecard", "ScorecardPage", QT_TRANSLATE_NOOP("MainWindow", "Scorecard"),
          False),
         ("reports", "ReportsPage", QT_TRANSLATE_NOOP("MainWindow", "Reports"), False),
         ("sync", "SyncPage", QT_TRANSLATE_NOOP("MainWindow", "Sync"), False),
         ("review", "ReviewPage", QT_TRANSLATE_NOOP("MainWindow", "Review"), True),
         # After 审核, so a supervisor's Ctrl+5 stays 审核 (an inspector's laptop: 整改).
         ("cases", "CasesPage", QT_TRANSLATE_NOOP("MainWindow", "Cases"), False),
         ("bulletin", "BulletinPage", QT_TRANSLATE_NOOP("MainWindow", "Bulletin"), True))

def make_app(argv: list[str], language: str, font_family: str = "") -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setOrganizationName("inspector")
    app.setApplicationName("inspector")
    install_translators(app, language)
    font = cjk_font(font_family)
    if font is not None:
        app.setFont(font)
    return app


class EmptyState(QWidget):
    """First start on an empty data directory: what to do next."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.addStretch()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        row = QHBoxLayout()
        row.addStretch()
        self.demo_button = QPushButton(self.tr("Load the demo city"))
        self.demo_button.clicked.connect(window.load_demo)
        sites = QPushButton(self.tr("Import a site list…"))
        sites.clicked.connect(window.import_sites)
        package = QPushButton(self.tr("Import a sync package…"))
        package.clicked.connect(window.show_sync)
        self.new_round_button = QPushButton(self.tr("New round…"))
        for b in (self.new_round_button, self.demo_button, sites, package):
            row.addWidget(b)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()

    def show_next(self, store: Store) -> None:
        """What to do next: a supervisor with a site registry creates a round."""
        sites = sum(sampled.category_counts(store).values())
        ready = store.role is Role.SUPERVISOR and sites > 0
        self.new_round_button.setVisible(ready)
        if ready:
            self.hint.setText(self.tr("The site registry has {n} sites. Create a round to "
                                      "draw and assign its sample.").format(n=sites))
        else:
            self.hint.setText(self.tr("No round yet. Load the demo city to see a scorecard, "
                                      "import a site list, or import a sync package from "
                                      "your supervisor."))


class LazyPage(QWidget):
    """A tab's place until the tab is first shown; then its module is imported and the page
    built: start-up pays for the page the inspector sees, not for all of them."""

    def __init__(self, window: MainWindow, module: str, cls: str) -> None:
        super().__init__()
        self.window_, self.module, self.cls = window, module, cls
        self.page: QWidget | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def build(self) -> QWidget:
        if self.page is None:
            page_class = getattr(importlib.import_module(f"{__package__}.{self.module}"),
                                 self.cls)
            self.page = page_class(self.window_.store, self.window_.bus)
            self.box.addWidget(self.page)
            self.page.show()  # added to a tab already on screen: lay it out now
            self.box.activate()
            self.window_.pages[self.module] = self.page
            self.window_.undo_group.add_page(self.page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.build()
        super().showEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.bus = Bus(self)
        self.settings = QSettings()
        self.resize(1366, 768)
        self.tabs = QTabWidget()
        self.inspect = InspectPage(store, self.bus)
        self.tabs.addTab(self.inspect, self.tr("Inspect"))
        self.undo_group = PageUndo(self.tabs, self)  # Undo/Redo: the current page's steps
        self.undo_group.add_page(self.inspect)
        self.pages: dict[str, QWidget] = {}  # the pages built so far
        self.demo_job: Job | None = None  # the demo city being loaded, if it is
        self.holders: dict[str, LazyPage] = {}
        self._role_tabs()
        self.empty = EmptyState(self)
        self.demo_button = self.empty.demo_button
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.saved = QLabel()
        self.statusBar().addPermanentWidget(self.saved)
        self.bus.saved.connect(self._saved)
        self.bus.error.connect(self._error)
        self.bus.changed.connect(self._changed)
        self.round_actions = RoundActions(self)
        self.empty.new_round_button.clicked.connect(self.round_actions.new_round)
        self._menus()
        self._restore()
        self.refresh()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, key in (
                (self.tr("Load the demo city"), self.load_demo, None),
                (self.tr("Import a site list…"), self.import_sites, None),
                (self.tr("Settings…"), self.open_settings, QKeySequence.StandardKey.Preferences),
                (self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)):
            action = QAction(text, self)
            action.triggered.connect(slot)
            if key is not None:
                action.setShortcut(key)
            file_menu.addAction(action)
        self.menuBar().addMenu(self.round_actions.menu)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo, redo = self.undo_group.edit_actions(self, self.tr("Undo"), self.tr("Redo"))
        edit.addAction(undo)
        edit.addAction(redo)
        self.pages_menu = self.menuBar().addMenu(self.tr("&Pages"))
        self._page_actions()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        keys = QAction(self.tr("Keyboard shortcuts"), self)
        keys.setShortcut(QKeySequence(Qt.Key.Key_F1))
        keys.triggered.connect(self.show_help)
        help_menu.addAction(keys)
        self.addActions([undo, redo, keys])
        self.tabs.currentChanged.connect(lambda _i: self._key_hint())
        self.stack.currentChanged.connect(lambda _i: self._key_hint())

    def _key_hint(self) -> None:
        """The inspect page's keys in the status bar, while that page is on screen."""
        if self.stack.currentWidget() is self.tabs and self.tabs.currentWidget() is self.inspect:
            self.statusBar().showMessage(self.tr(
                "1 Pass · 2 Fail · 3 N/A · +/- count · N problem · M note · P photos · "
                "Ctrl+Enter finish · F1 help"))
        else:
            self.statusBar().clearMessage()

    def _role_tabs(self) -> None:
        """The pages this device's role has: a computer made a supervisor's in Settings gets
        the Review page at once (and loses it when made an inspector's laptop again)."""
        supervisor = self.store.role is Role.SUPERVISOR
        for place, (module, cls, title, supervisor_only) in enumerate(PAGES, start=1):
            wanted = supervisor or not supervisor_only
            holder = self.holders.get(module)
            if wanted and holder is None:
                holder = LazyPage(self, module, cls)
                self.holders[module] = holder
                # In PAGES' order whenever it comes: 审核 added later goes before 整改.
                at = 1 + sum(1 for m, *_ in PAGES[:place - 1] if m in self.holders)
                self.tabs.insertTab(at, holder,
                                    QCoreApplication.translate("MainWindow", str(title)))
            elif not wanted and holder is not None:
                self.tabs.removeTab(self.tabs.indexOf(holder))
                self.holders.pop(module)
                self.pages.pop(module, None)
                holder.deleteLater()

    def _page_actions(self) -> None:
        """Ctrl+1…n, one per page shown."""
        for old in self.pages_menu.actions():
            self.pages_menu.removeAction(old)
            old.deleteLater()
        for index in range(self.tabs.count()):
            go = QAction(self.tabs.tabText(index), self)
            go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            go.triggered.connect(lambda _=False, i=index: self.go_to(i))
            self.pages_menu.addAction(go)

    def refresh(self) -> None:
        try:
            rnd = self.store.round()
            form = self.store.round_form(rnd)
        except UserError:
            self.setWindowTitle(self.tr("Inspector · Field inspection"))
            self.empty.show_next(self.store)
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.tabs)
        city = self.store.setting("city")
        who = self.store.setting("inspector")
        title = self.tr("{city} {round} · Field inspection · form v{version}").format(
            city=city, round=rnd["name"], version=form.version).strip()
        self.setWindowTitle(f"{title} — {who}" if who else title)

    def _changed(self, changes: Changes, _source: object) -> None:
        if changes.touches("settings"):
            self._role_tabs()
            self._page_actions()
            self.round_actions.follow_role()
        if changes.touches("settings", *ROUND_TABLES):
            self.refresh()

    def _saved(self) -> None:
        self.saved.setText(self.tr("Saved {time}").format(
            time=clock.now(self.store.zone()).strftime("%H:%M:%S")))
        if self.saved.styleSheet():  # after an error; a style set again repolishes the bar
            self.saved.setStyleSheet("")

    def _error(self, message: str) -> None:
        self.saved.setText("⚠ " + message)
        self.saved.setStyleSheet("color: #c62828")

    def load_demo(self) -> None:
        """The demo city, written off the UI thread behind a progress dialog (~13 s,
        mostly its photos); Cancel keeps the records and leaves the rest of the photos."""
        from ..demo import load_demo

        def work(store: Store, progress: Any, cancelled: Callable[[], bool]) -> None:
            load_demo(store, progress=progress, cancel=cancelled)
            if not store.setting("inspector"):
                # Someone trying the app becomes one of the demo inspectors, so the site
                # list shows that inspector's assignments and their progress.
                store.set_setting("inspector", "张三")

        def loaded(_result: object = None) -> None:
            self.demo_job = None
            self.bus.announce(Changes.everything())
            self.tabs.setCurrentWidget(self.inspect)  # the demo inspector's sites
            self.inspect.setFocus()

        def failed(message: str) -> None:
            self.demo_job = None
            QMessageBox.warning(self, self.windowTitle(), message)

        if self.store.data_dir is None:  # a database in memory (tests): no second connection
            try:
                work(self.store, lambda *_a: None, lambda: False)
            except UserError as exc:
                QMessageBox.warning(self, self.windowTitle(), shown(exc))
            loaded()
            return
        self.demo_job = run_job(self, self.tr("Loading the demo city"), self.store.data_dir,
                                work, loaded, failed)
        self.demo_job.signals.cancelled.connect(loaded)  # what was written before Cancel

    def import_sites(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a site list"), "",
                                              self.tr("Site lists (*.csv *.xlsx)"))
        if not path:
            return
        from ..actions.sites import import_sites  # with the site-list readers: not at start-up

        try:
            result = import_sites(self.store, Path(path))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import a site list"), shown(exc))
            return
        self.statusBar().showMessage(self.tr("{added} sites added, {updated} updated").format(
            added=result.added, updated=result.updated))
        self.bus.announce(Changes.of(*ROUND_TABLES))

    def first_start(self) -> None:
        """Asked once on a data directory with nothing set up yet (not opened from tests
        of other things: `_run` calls it once the window shows)."""
        from .first_start import FirstStartDialog, wanted

        if not wanted(self.store):
            return
        self.welcome = dialog = FirstStartDialog(self.store, self)

        def closed(accepted: int) -> None:
            dialog.deleteLater()
            if accepted:
                self.bus.announce(Changes.of("settings"))
                if dialog.demo.isChecked():
                    self.load_demo()
            self.inspect.setFocus()

        dialog.finished.connect(closed)
        dialog.open()

    def go_to(self, index: int) -> None:
        """Ctrl+1…n: the page, also from the first-start screen (the Sync page works
        before there is a round)."""
        self.stack.setCurrentWidget(self.tabs)
        self.tabs.setCurrentIndex(index)
        self.current_page()  # built now, not at its first paint (a hidden window has none)

    def show_sync(self) -> None:
        holder = self.holders.get("sync")
        if holder is not None:
            self.go_to(self.tabs.indexOf(holder))

    def open_settings(self) -> None:
        if SettingsDialog(self.store, self).exec():
            make_app([], self.store.language, self.store.setting("font"))
            self.bus.announce(Changes.of("settings"))

    def current_page(self) -> QWidget:
        widget = self.tabs.currentWidget()
        return widget.build() if isinstance(widget, LazyPage) else widget

    def key_groups(self) -> list[tuple[str, list[key_help.Binding]]]:
        """What F1 shows: the keys of the page on screen, then the window's."""
        page = self.current_page()
        window_actions = self.findChildren(QAction, options=Qt.FindChildOption
                                           .FindDirectChildrenOnly)
        return [
            (self.tabs.tabText(self.tabs.currentIndex()),
             key_help.declared_keys(page) + key_help.button_keys(page)),
            (self.tr("Whole window"), key_help.action_keys(window_actions)),
        ]

    def show_help(self) -> None:
        key_help.KeyHelp(self.tr("Keyboard shortcuts"), self.key_groups(), self).exec()

    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = self.settings.value(last_site_key(self.store))
        if isinstance(last, str) and last:
            self.inspect.open_site(last)
        # The keys go where the work is: the checklist of the site reopened, else the list.
        (self.inspect if self.inspect.rows else self.inspect.tree).setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("geometry", self.saveGeometry())  # the site: when it opened
        super().closeEvent(event)


STARTUP_PROBE = "INSPECTOR_STARTUP_PROBE"


def _probe_shown(app: QApplication) -> None:
    """bench/startup.py times the real entry point: the moment the first window is on
    screen (time.time(), comparable with the launcher's clock), then an ordinary quit."""
    print(f"{STARTUP_PROBE} {time.time():.6f}", flush=True)
    app.quit()


def run(data_dir: Path) -> int:
    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(paths.writing_to(data_dir, paths.APP))
        except paths.DataDirBusy as exc:  # another app (or a command) has it: say so there
            print(f"inspector: {exc}", file=sys.stderr)
            make_app(sys.argv[:1], "zh", "")
            QMessageBox.critical(None, "inspector", shown(exc))
            return 1
        return _run(data_dir)
    return 1  # (not reached: ExitStack passes exceptions on)


def _run(data_dir: Path) -> int:
    try:
        store = Store.open(data_dir)
    except UserError as exc:
        print(f"inspector: {exc}", file=sys.stderr)
        return 1
    app = make_app(sys.argv[:1], store.language, store.setting("font"))
    window = MainWindow(store)
    window.show()
    QTimer.singleShot(0, window.first_start)
    if os.environ.get(STARTUP_PROBE) == "1":
        QTimer.singleShot(0, lambda: _probe_shown(app))
    QTimer.singleShot(0, gc.enable)  # off for start-up: inspector/__main__.py
    # What the store's first write imports (~75 ms), loaded while the person reads the
    # window rather than on their first answer.
    QTimer.singleShot(300, lambda: threading.Thread(
        target=importlib.import_module, args=("sqlite_utils",), daemon=True).start())
    code = int(app.exec())
    # Tear down in order — background jobs, window, database — before Python's exit
    # collects Qt objects in an arbitrary order (which can crash on the way out).
    finish_all()
    # finish_all gives up waiting after 30 s to deliver what ended; a longer import still
    # runs, and Python must not tear down under it.
    QThreadPool.globalInstance().waitForDone()
    window.deleteLater()
    app.processEvents()
    del window
    store.close()
    return code
