"""The 整改 page: the case ledger on the left, filtered by state, unit, district and
overdue level with counts; the case on the right — its standard and site, before and after
photos side by side, its history — and its next actions one key away, each one step
that Ctrl+Z undoes (the window's Undo follows the page on screen: ui.undo_group)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import actions, clock
from ...cases import figures, ledger, machine, undoable, walk
from ...cases.machine import Kind, State
from ...domain import Site
from ...errors import UserError
from ...store import Role, Store
from ...store.changes import Changes
from ..bus import Bus, follow
from ..steps import Step
from ..tables import RowsModel, select_row, selected_row, table_view
from ..texts import shown
from ..thumbnails import Thumbnails
from ..widgets import heading
from .documents import CASE_TABLES, CaseDocuments
from .figures_view import FiguresView

THUMB = QSize(96, 72)
ALL = ""  # the filters' "any"
# The longest text of each column but the site's (which takes the spare width).
WIDEST = ("AJ01-24CBA2", "已整改待复查", "", "高新区", "湖滨区住建局", "2026-12-09 18:00",
          "超期", "99")


class ActionKeys(QObject):
    """The action letters, pressed in the ledger or anywhere on the page: the table would
    otherwise take a plain letter for its type-ahead search."""

    def __init__(self, page: CasesPage) -> None:
        super().__init__(page)
        self.page = page
        self.kinds = {Qt.Key(ord(key)): kind for key, kind, _need in page.ACTIONS}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or \
                not isinstance(event, QKeyEvent) or event.modifiers():
            return False
        kind = self.kinds.get(Qt.Key(event.key()))
        if kind is None:
            return False
        if event.type() == QEvent.Type.KeyPress:
            self.page.act(kind)
        return True


class CasesPage(QWidget):
    # (key, action, what it asks for): the buttons, with their keys in their tooltips.
    ACTIONS = (("D", Kind.DISPATCH, "unit"), ("F", Kind.FIX, "measures"),
               ("P", Kind.PASS, "photos"), ("B", Kind.FAIL, "photos"),
               ("R", Kind.RETURN, "reason"), ("E", Kind.EXTEND, "extension"),
               ("C", Kind.CANCEL, "reason"))

    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.undo = QUndoStack(self)  # in the window's QUndoGroup, active while on screen
        self.cases: list[ledger.LedgerCase] = []
        self.sites: dict[str, Site] | None = None  # the registry, read for a walk
        self.shown_cases: list[ledger.LedgerCase] = []
        self.levels: dict[str, figures.Overdue] = {}  # case number → overdue now
        self.message = ""  # the last refusal or outcome, as the status line says it
        self.walk_set = False  # the 复查 list chosen once on an inspector's laptop
        self.pushing = False  # a step being pushed: its action has said what it did
        self.state = QComboBox()
        self.unit = QComboBox()
        self.district = QComboBox()
        self.overdue = QCheckBox(self.tr("Overdue or warned only"))
        for box in (self.state, self.unit, self.district):
            box.currentIndexChanged.connect(lambda _i: self._filter())
        self.overdue.toggled.connect(lambda _on: self._filter())
        self.counts = QLabel()
        self.model = RowsModel([self.tr("Case"), self.tr("State"), self.tr("Site"),
                                self.tr("District"), self.tr("Unit"), self.tr("Due"),
                                self.tr("Overdue"), self.tr("Rework")], right=(7,))
        self.view = table_view(self.model, stretch=2)
        self._widths()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_case())
        self.keys = ActionKeys(self)
        self.view.installEventFilter(self.keys)
        self.open_button = QPushButton(self.tr("Open cases from the round"))
        self.open_button.clicked.connect(self.open_cases)
        filters = QHBoxLayout()
        for w in (self.state, self.unit, self.district, self.overdue):
            filters.addWidget(w)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(filters)
        lv.addWidget(self.counts)
        self.figures = FiguresView()
        self.lists = QTabWidget()
        self.lists.addTab(self.view, self.tr("Ledger"))
        self.lists.addTab(self.figures, self.tr("Figures"))
        lv.addWidget(self.lists, 1)
        self.documents = CaseDocuments(self, store, bus, self._say)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.documents.button)
        bottom.addStretch(1)
        lv.addLayout(bottom)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.before = self._photo_list()
        self.after = self._photo_list()
        photos = QHBoxLayout()
        for caption, shots in ((self.tr("Before (整改前)"), self.before),
                               (self.tr("After (整改后)"), self.after)):
            column = QVBoxLayout()
            column.addWidget(heading(caption))
            column.addWidget(shots)
            photos.addLayout(column)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.buttons: dict[Kind, QPushButton] = {}
        row = QHBoxLayout()
        for key, kind, _ask in self.ACTIONS:
            button = QPushButton(self._action_text(kind) + f" ({key})")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay on the ledger
            button.setToolTip(self._action_text(kind) + f" — {key}")
            button.clicked.connect(lambda _c=False, k=kind: self.act(k))
            self.buttons[kind] = button
            row.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.installEventFilter(self.keys)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addLayout(photos)
        rv.addWidget(heading(self.tr("History")))
        rv.addWidget(self.history, 1)
        rv.addLayout(row)
        rv.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([760, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.before_thumbs = Thumbnails(self, THUMB, lambda images: self._icons(
            self.before, images))
        self.after_thumbs = Thumbnails(self, THUMB, lambda images: self._icons(
            self.after, images))
        follow(self, bus, self.refresh, lambda c: c.touches(*CASE_TABLES, "settings",
                                                           "problems", "inspections"))
        self.refresh()

    def _widths(self) -> None:
        """Every column but the site's as wide as its longest text (set once: measuring
        a city's ledger on every filter would cost), so all eight fit beside the case."""
        rows, header = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        for column, sample in enumerate(WIDEST):
            if sample:
                title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
                self.view.setColumnWidth(column, 14 + max(rows.horizontalAdvance(sample),
                                                          header.horizontalAdvance(title)))

    def _photo_list(self) -> QListWidget:
        box = QListWidget()
        box.setViewMode(QListWidget.ViewMode.IconMode)
        box.setIconSize(THUMB)
        box.setMaximumHeight(THUMB.height() + 36)
        return box

    def _action_text(self, kind: Kind) -> str:
        return shown(machine.ACTIONS[kind]())

    # ---- the ledger ----

    def refresh(self) -> None:
        current = self._current()
        self.sites = None
        try:
            calendar = ledger.work_calendar(self.store)
            self.cases = ledger.ledger(self.store, calendar=calendar)
        except UserError as exc:  # a broken calendar file, say
            self.cases = []
            self.status.setText("⚠ " + shown(exc))
        else:
            # Once a reload, not on every change of a filter.
            now = clock.now(self.store.zone())
            self.levels = {c.number: figures.overdue(c.state, now, calendar)
                           for c in self.cases}
            self.figures.show_cases(self.cases, now, calendar)
        self.documents.refresh()
        self._fill(self.state, self.tr("Every state"), [s.value for s in State])
        self._fill(self.unit, self.tr("Every unit"),
                   sorted({c.state.unit for c in self.cases if c.state.unit}))
        self._fill(self.district, self.tr("Every district"),
                   sorted({c.district for c in self.cases if c.district}))
        supervisor = self.store.role is Role.SUPERVISOR
        self.open_button.setVisible(supervisor)
        for kind, button in self.buttons.items():  # a supervisor's: not on a laptop
            button.setVisible(supervisor or kind not in machine.SUPERVISOR_ONLY)
        if not supervisor and not self.walk_set:
            # An inspector's laptop opens on its 复查 list: the cases fixed and waiting to be
            # re-inspected on site, site by site in the order of a walk (cases.walk).
            self.walk_set = True
            self.state.blockSignals(True)  # filtered once, below
            self.state.setCurrentIndex(self.state.findData(State.FIXED.value))
            self.state.blockSignals(False)
        self._filter(current.number if current else None)

    def _fill(self, box: QComboBox, every: str, values: list[str]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(every, ALL)
        for v in values:
            box.addItem(v, v)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def _filter(self, keep: str | None = None) -> None:
        current = self._current()
        keep = keep or (current.number if current is not None else None)
        levels = self.levels
        state, unit, district = (str(b.currentData() or "") for b in
                                 (self.state, self.unit, self.district))
        self.shown_cases = [
            c for c in self.cases
            if (not state or c.state.state.value == state)
            and (not unit or c.state.unit == unit)
            and (not district or c.district == district)
            and (not self.overdue.isChecked() or levels[c.number])]
        if state == State.FIXED.value:  # to re-inspect: site by site, in a walk's order
            if self.sites is None:
                self.sites = {s.id: s for s in self.store.sites()}
            self.shown_cases = walk.by_walk(self.shown_cases, self.sites)
        stops = self._stops(state == State.FIXED.value)
        zone = self.store.zone()
        self.model.set_rows([[c.number, c.state.state.value, stops.get(c.number, c.site),
                              c.district or "未指定",
                              c.state.unit or "—",
                              clock.local(c.state.due_at, zone=zone) if c.state.due_at
                              else "—", levels[c.number].value, str(c.state.rework)]
                             for c in self.shown_cases],
                            keys=[c.number for c in self.shown_cases])
        by_state = Counter(c.state.state.value for c in self.shown_cases)
        late = sum(1 for c in self.shown_cases if levels[c.number])
        self.counts.setText(self.tr("{n} cases · {states} · {late} overdue or warned").format(
            n=len(self.shown_cases), late=late,
            states=" · ".join(f"{s} {n}" for s, n in sorted(by_state.items())))
            + (self.tr(" · {sites} sites, in the order of a walk").format(
                sites=len(set(stops.values()))) if stops else ""))
        row = self.model.row_of(keep) if keep else -1
        select_row(self.view, row if row >= 0 else 0)
        self._show_case()

    def _stops(self, walking: bool) -> dict[str, str]:
        """On the 复查 list, case number → its site numbered as the walk's stop."""
        out: dict[str, str] = {}
        sites: dict[str, int] = {}
        for case in self.shown_cases if walking else ():
            stop = sites.setdefault(str(case.row["site_id"]), len(sites) + 1)
            out[case.number] = f"{stop}. {case.site}"
        return out

    def _current(self) -> ledger.LedgerCase | None:
        row = selected_row(self.view)
        return self.shown_cases[row] if 0 <= row < len(self.shown_cases) else None

    # ---- the case ----

    def _show_case(self) -> None:
        case = self._current()
        for button in self.buttons.values():
            button.setEnabled(case is not None)
        if case is None:
            self.title.setText(self.tr("No case yet: open cases from the round's problems."))
            self.history.clear()
            self.before.clear()
            self.after.clear()
            return
        s, zone = case.state, self.store.zone()
        self.title.setText(f"<b>{case.number}</b> · {case.site} · {case.district or '未指定'}"
                           f"<br>{case.row['item_id']} {case.row['description']}")
        lines = [" · ".join([f"{clock.local(e.at, zone=zone)}  {self._action_text(e.kind)}  "
                             f"{e.actor}", *(str(v) for v in e.data.values() if v)])
                 for e in s.history]
        lines += [f"⚠ {clock.local(e.at, zone=zone)} {shown(why)}" for e, why in s.conflicts]
        self.history.setPlainText("\n".join(lines) or self.tr("Not dispatched yet."))
        self._load_photos(case)

    def _load_photos(self, case: ledger.LedgerCase) -> None:
        from ...store import case_rows, photo_rows

        problem = str(case.row["problem_id"] or "")
        before = [(r["sha256"], r["ext"]) for r in
                  case_rows.before_photos(self.store, [problem]).get(problem, [])]
        after = []
        for sha in case.state.after_photos:
            row = photo_rows.photo(self.store, sha)
            if row is not None:
                after.append((sha, str(row["ext"])))
        for box, thumbs, wanted in ((self.before, self.before_thumbs, before),
                                    (self.after, self.after_thumbs, after)):
            box.clear()
            for sha, _ext in wanted:
                box.addItem(QListWidgetItem(sha[:8]))
            thumbs.load(self.store.data_dir, wanted)

    def _icons(self, box: QListWidget, images: list[QImage | None]) -> None:
        for i, image in enumerate(images):
            item = box.item(i)
            if item is not None and image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    # ---- actions ----

    def open_cases(self) -> None:
        self._do(self.tr("Open cases from the round"),
                 lambda: undoable.open_from_round(self.store),
                 lambda made: self.tr("{n} cases opened").format(n=len(made)))

    def act(self, kind: Kind) -> None:
        case = self._current()
        if case is None:
            return
        asked = self._ask(kind, case)
        if asked is None:
            return
        data, photos = asked
        self._do(f"{self._action_text(kind)} {case.number}",
                 lambda: undoable.act(self.store, case.number, kind, data, photos),
                 lambda done: f"{done.number}: {done.state.state.value}")

    def _ask(self, kind: Kind, case: ledger.LedgerCase
             ) -> tuple[dict[str, Any], list[Path]] | None:
        """What the action needs from the person; None when they cancel."""
        need = next(a for _k, k, a in self.ACTIONS if k is kind)
        title = self._action_text(kind)
        if need == "photos":
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("After photos taken on site"), "",
                self.tr("Photos (*.jpg *.jpeg *.png *.heic)"))
            self.setFocus()
            return ({}, [Path(n) for n in names]) if names or kind is Kind.FAIL else None
        if need == "extension":
            until = self._text(title, self.tr("Until (e.g. 2026-12-20 18:00):"))
            reason = self._text(title, self.tr("Reason:")) if until else None
            if until is None or reason is None:
                return None
            when = clock.in_zone(until.replace(" ", "T", 1), self.store.zone())
            return {"until": when.isoformat() if when else until, "reason": reason}, []
        label = {"unit": self.tr("Responsible unit:"), "measures": self.tr("Measures taken:"),
                 "reason": self.tr("Reason:")}[need]
        answer = self._text(title, label, str(case.row["lead_unit"] or "")
                            if need == "unit" else "")
        return None if answer is None else ({need: answer}, [])

    def _text(self, title: str, label: str, default: str = "") -> str | None:
        text, ok = QInputDialog.getText(self, title, label, text=default)
        self.setFocus()
        return text.strip() if ok and text.strip() else None

    def _do(self, text: str, change: Callable[[], tuple[Any, Changes]],
            said: Callable[[Any], str]) -> None:
        """One operation of the core, pushed as a step Ctrl+Z undoes; a refusal said."""
        try:
            done, changes = change()
        except UserError as exc:
            self._say("⚠ " + shown(exc))
            return
        self._say(said(done))
        if changes:
            self.pushing = True  # Qt calls the step's redo() on push: said above
            self.undo.push(Step(text, self.store, changes, self._stored, self._refused,
                                lambda store, ch: undoable.undo(store, ch, actions.undo)))
            self.pushing = False

    def _stored(self, changes: Changes) -> None:
        """An action, its undo or its redo is stored: the ledger again, the others told,
        and (Ctrl+Z, Ctrl+Shift+Z) where the case stands now."""
        self.refresh()
        if not self.pushing:
            touched = {str(t.after.get("case_id") or t.record_id) for t in changes.records
                       if t.table in ("cases", "case_events")}
            now = [c for c in self.cases if str(c.row["id"]) in touched]
            self._say(", ".join(f"{c.number}: {c.state.state.value}" for c in now[:3])
                      or self.tr("Opening of {n} cases undone").format(n=len(touched)))
        self.bus.announce(changes, self)
        self.bus.saved.emit()

    def _refused(self, why: str) -> None:
        """An undo or redo refused (the case changed since): the case as it stands now."""
        self.refresh()
        self._say("⚠ " + why)
        self.bus.error.emit(why)

    def _say(self, message: str) -> None:
        self.message = message
        self.status.setText(message)
