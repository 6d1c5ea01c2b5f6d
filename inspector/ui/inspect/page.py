"""Inspecting a site: the assigned sites, the checklist, problems and photos.

Keyboard first: ↑/↓ move between items; 1 符合 · 2 不符合 · 3 不适用 (grade items: 1…n
for the levels, 0 不适用); +/− change a count; N new problem; M note; P photos;
Ctrl+Enter finish the site. Every edit is one operation of the core (`actions`),
committed with its audit row before the status bar says 已保存, and undone by Ctrl+Z
(Ctrl+Shift+Z redoes) through the Changes it returned."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QMargins, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import state
from ...actions import inspections as act
from ...clock import local
from ...domain import Category, Form, Item, Kind
from ...errors import UserError
from ...interchange import answer_given
from ...scoring import shown2
from ...store import Role, Store, photo_rows
from ...store.changes import Changes
from ...store.store import Row, problem_from_row, response_from_row
from ..bus import ROUND_TABLES, Bus, follow
from ..photo_suggestions import SuggestionPanel
from ..steps import Step
from ..texts import shown
from .keys import HELP, command, digit_answer
from .photo_panel import PhotoPanel
from .rows import ItemRow, ProblemEditor
from .site_list import SiteList

# 无法测评: the usual reasons, offered first; any other can be typed.
NOT_INSPECTABLE_REASONS = (
    QT_TRANSLATE_NOOP("InspectPage", "Closed / out of business"),
    QT_TRANSLATE_NOOP("InspectPage", "Demolished"),
    QT_TRANSLATE_NOOP("InspectPage", "Under construction"),
    QT_TRANSLATE_NOOP("InspectPage", "No access"),
    QT_TRANSLATE_NOOP("InspectPage", "The site does not exist"),
)

if TYPE_CHECKING:
    from ..photo_viewer import PhotoViewer

# What another page's changes must reach here for: not an answer made on this page.
SHOWN_TABLES = (*ROUND_TABLES, "settings", "inspections", "responses", "problems",
                "photo_links")


def last_site_key(store: Store) -> str:
    """The QSettings key of the site last open on this data directory."""
    return f"last_site/{store.data_dir}"


class InspectPage(QWidget):
    KEYS = HELP  # for the F1 help and the shortcut-clash test

    def __init__(self, store: Store, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.undo = QUndoStack(self)
        self.round: Row | None = None
        self.form: Form | None = None
        self.category: Category | None = None
        self.site_id: str | None = None
        self.inspection_id: str | None = None
        self.selected = 0
        # The standard answered by the last key, when the answer moved the selection on:
        # N, M, P and + pressed next act on it (2 then N records the problem of the 不符合
        # just given). Any other move forgets it.
        self.just_answered: int | None = None
        self.rows: list[ItemRow] = []
        self.viewer: PhotoViewer | None = None  # the photo viewer last opened
        self.sites = SiteList()
        self.sites.chosen.connect(self._site_chosen)
        # Enter on a site goes to its checklist, where 1/2/3 answer.
        self.sites.activated.connect(lambda: self.setFocus() if self.rows else None)
        self.sites.group_by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model, self.tree, self.search = self.sites.model, self.sites.tree, self.sites.search
        self.summary, self.group_by = self.sites.summary, self.sites.group_by
        self.title = QLabel()
        self.title.setWordWrap(True)
        # The live rate and the points lost change with every answer: a label of fixed
        # size, so its new text repaints itself alone (a label that may change size
        # makes the whole window lay itself out and repaint, ~6 ms a key press).
        self.rate = QLabel()
        self.rate.setFixedSize(self.rate.fontMetrics().size(0, self.tr("rate {rate}").format(
            rate="100.0%") + " · " + self.tr("lost {lost}/{points}").format(
            lost="99.99", points="99.99")).grownBy(QMargins(4, 2, 4, 2)))
        self.rate.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items_area = QScrollArea()
        self.items_area.setWidgetResizable(True)
        self.finish_button = QPushButton(self.tr("Finish site (Ctrl+Enter)"))
        self.finish_button.clicked.connect(self.finish)
        self.cannot_button = QPushButton(self.tr("Could not inspect… (X)"))
        self.cannot_button.clicked.connect(self.could_not_inspect)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cannot_button)
        buttons.addWidget(self.finish_button)
        centre = QWidget()
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.rate)
        cv.addLayout(heading)
        cv.addWidget(self.items_area, 1)
        cv.addLayout(buttons)
        self.photos = PhotoPanel(self)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Photos — drop files here or press P; Shift+P views")))
        rv.addWidget(self.photos, 1)
        self.suggested = SuggestionPanel(self)
        rv.addWidget(self.suggested)
        split = QSplitter()
        for w in (self.sites, centre, right):
            split.addWidget(w)
        split.setSizes([300, 760, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        follow(self, bus, self.refresh, lambda c: c.touches(*SHOWN_TABLES))
        self.refresh()

    # ---- loading ----

    def refresh(self) -> None:
        try:
            self.round = self.store.round()
        except UserError:
            self.round, self.form = None, None
            self.sites.clear()
            self.rate.clear()
            self.title.setText(self.tr("No round yet: load the demo city or import a site "
                                       "list."))
            return
        self.form = self.store.round_form(self.round)
        self.sites.offer_received(self.store.role is Role.SUPERVISOR)
        self.sites.load(self.store, self.round, self.form, self._inspector())
        self._show_site()

    def _inspector(self) -> str:
        """Whose inspection shows: this person's, or the chosen row's in received work."""
        if self.sites.row_inspector:
            return self.sites.row_inspector
        name = self.store.setting("inspector")
        return "" if self.store.role is Role.SUPERVISOR and not name else name

    def _site_chosen(self, site_id: str) -> None:
        # Undo steps belong to the site they were made on: Ctrl+Z never changes a site
        # that is not on screen.
        self.undo.clear()
        # Remembered now, not on quit: after a crash or power cut the app reopens here.
        settings = QSettings()
        settings.setValue(last_site_key(self.store), site_id)
        settings.sync()
        self.site_id = site_id
        self.selected = 0
        self.inspection_id = None
        self._show_site()

    def open_site(self, site_id: str) -> None:
        self.sites.open_site(site_id)

    def _show_site(self) -> None:
        """Build the whole checklist of the current site (on opening it, or after a change
        another page made)."""
        shown_ = bool(self.site_id and self.round and self.form)
        self.finish_button.setEnabled(shown_)
        self.cannot_button.setEnabled(shown_)
        if not shown_:
            self.items_area.takeWidget()
            self.rows = []
            self.rate.clear()
            if self.round is not None:
                self.title.setText(self.tr("Choose a site in the list on the left."))
            return
        assert self.site_id and self.round and self.form
        site = self.store.find_site(self.site_id)
        self.category = self.form.category(site.category_id)
        if self.category is None:
            return
        iid = state.inspection_id(self.round["id"], site.id, self._inspector())
        row = self.store.get("inspections", iid)
        self.inspection_id = iid if row is not None and not row["deleted"] else None
        box = QWidget()
        box_layout = QVBoxLayout(box)
        self.rows = [ItemRow(self, position, item)
                     for position, item in enumerate(self.category.items)]
        for r in self.rows:
            box_layout.addWidget(r)
        box_layout.addStretch()
        self._show_items()
        old = self.items_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.items_area.setWidget(box)
        self._show_title()
        self.select(min(self.selected, len(self.rows) - 1))
        self.photos.refresh()

    def _show_items(self, item_ids: set[str] | None = None) -> None:
        """Show the stored answers on the rows (of `item_ids`, or all)."""
        iid = self.inspection_id
        responses: dict[str, Row] = {}
        problems: dict[str, list[Row]] = {}
        if iid is not None:
            responses = {r["item_id"]: r for r in
                         self.store.rows("responses", "inspection_id = ?", [iid])}
            for p in self.store.rows("problems", "inspection_id = ?", [iid]):
                problems.setdefault(p["item_id"], []).append(p)
        photos = self._photo_counts()
        for r in self.rows:
            if item_ids is not None and r.item.id not in item_ids:
                continue
            resp = responses.get(r.item.id)
            mine = problems.get(r.item.id, [])
            response = response_from_row(resp) if resp else None
            value = answer_given(r.item, response)
            needs = state.needs_problem(r.item, response, [problem_from_row(p) for p in mine])
            r.show_state(value, resp["note"] if resp else "", mine, photos, needs)

    def _show_title(self, current: state.InspectionState | None = None) -> None:
        """Site, type, district, start time, state, live rate and the points it loses;
        `current`: the site's state, when the caller has it already."""
        assert self.site_id and self.form and self.category
        site = self.store.find_site(self.site_id)
        iid = self.inspection_id
        row = self.store.get("inspections", iid) if iid else None
        now = (current or self._site_state()) if iid and row is not None else None
        status = ""
        if row is not None:
            status = self.tr("started {t}").format(
                t=local(row["started_at"], "%H:%M", zone=self.store.zone()))
            if row["outcome"] == "finished":
                status += " · " + self.tr("finished")
            elif row["outcome"] == "not_inspectable":
                status += " · " + self.tr("could not inspect: {r}").format(r=row["reason"])
        rate = f"{now.rate}%" if now and now.rate is not None else "—"
        lost = self.tr("lost {lost}/{points}").format(
            lost=now.lost if now and now.lost is not None else "—",
            points=now.points if now else shown2(self.category.points))
        self.title.setText(f"<b>{site.name}</b> · {self.category.name} · "
                           f"{site.district or '未指定'}　{status}")
        self.rate.setText(self.tr("rate {rate}").format(rate=rate) + " · " + lost)

    def _photo_counts(self) -> dict[str, int]:
        photos: dict[str, int] = {}
        if self.inspection_id is not None:
            for link in photo_rows.links(self.store, self.inspection_id):
                if link["problem_id"]:
                    photos[link["problem_id"]] = photos.get(link["problem_id"], 0) + 1
        return photos

    def select(self, index: int) -> None:
        self.just_answered = None
        if not self.rows:
            return
        previous = self.selected
        self.selected = max(0, min(index, len(self.rows) - 1))
        if 0 <= previous < len(self.rows) and previous != self.selected:
            self.rows[previous].set_selected(False)
        self.rows[self.selected].set_selected(True)
        self.items_area.ensureWidgetVisible(self.rows[self.selected])

    def step_item(self, delta: int) -> None:
        self.select(self.selected + delta)

    def back_to_answered(self) -> None:
        """Right after an answer moved on, N, M, P and + act on the standard answered."""
        if self.just_answered is not None and self.just_answered < len(self.rows):
            self.select(self.just_answered)

    # ---- edits: each one an operation of the core, pushed as an undo step ----

    def _site_state(self) -> state.InspectionState:
        """The edited site's state, from its one inspection."""
        assert self.category is not None
        return state.state_of(self.store, self.category, self.inspection_id)

    def ensure_started(self) -> str:
        if self.inspection_id is None:
            assert self.round is not None and self.site_id is not None
            site = self.store.find_site(self.site_id)
            self.inspection_id = act.start(self.store, self.round["id"], site,
                                           self._inspector())["id"]
        return self.inspection_id

    def _run(self, text: str, operation: Callable[[], Changes]) -> None:
        """Run one operation; a refusal is said in the status bar, a change is pushed
        as a step that Ctrl+Z undoes."""
        try:
            changes = operation()
        except UserError as exc:
            self.bus.error.emit(shown(exc))
            return
        if changes:
            self.undo.push(Step(text, self.store, changes, self.after, self.bus.error.emit))

    def after(self, changes: Changes) -> None:
        """An operation (or its undo) is stored: say so, tell the other pages, repaint
        the site's row, the title and the items it changed."""
        field = self._problem_field()
        self.bus.saved.emit()
        self.bus.announce(changes, self)
        if not self.rows:
            return
        items = {str(t.after.get("item_id")) for t in changes.records
                 if t.table in ("responses", "problems")}
        if changes.touches("photo_links"):
            items = {r.item.id for r in self.rows}
            self.photos.refresh()
        current = None
        if self.site_id and self.inspection_id and self.category is not None:
            current = self._site_state()
            self.sites.update_site(self.site_id, current, bool(self._inspector()))
        self._show_title(current)
        self._show_items(items)
        # Rebuilt problem rows took the focus with them: it goes back to the problem
        # field Tab went to, or to the page, where the keys answer.
        target = self._field_widget(*field) if field else None
        (target or self).setFocus()

    def _problem_field(self) -> tuple[str, str] | None:
        """(problem id, field) of the problem field that has the focus, if one has: up
        from the focused widget, not through every editor (this runs on every edit)."""
        focused = self.window().focusWidget()
        editor: QWidget | None = focused
        while editor is not None and not isinstance(editor, ProblemEditor):
            editor = editor.parentWidget()
        if focused is None or editor is None:
            return None
        for name in ProblemEditor.FIELDS:
            widget = getattr(editor, name)
            if focused is widget or widget.isAncestorOf(focused):
                return editor.problem_id, name
        return None

    def _field_widget(self, problem_id: str, name: str) -> QWidget | None:
        for row in self.rows:
            for editor in row.findChildren(ProblemEditor):
                if editor.problem_id == problem_id:
                    return cast(QWidget, getattr(editor, name))
        return None

    def answer(self, item: Item, value: Any) -> None:
        iid = self.ensure_started()
        position = next((r.position for r in self.rows if r.item.id == item.id), None)
        # Most presses are on items without problems: no query for them. Problems added
        # elsewhere since the row was shown are still refused by the core, in its words.
        shown_problems = position is not None and self.rows[position].has_problems
        contradicted = (act.contradicted_problems(self.store, iid, item, value)
                        if shown_problems else [])
        if contradicted:
            asked = QMessageBox.question(
                self, self.tr("Delete the problems?"),
                self.tr("{item} has %n problem(s) recorded, and this answer would pass it. "
                        "Delete them and give the answer? (Ctrl+Z brings both back.)", "",
                        len(contradicted)).format(item=item.id),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            self.setFocus()
            if asked != QMessageBox.StandardButton.Yes:
                return
        self._run(self.tr("answer {item}").format(item=item.id),
                  lambda: act.answer(self.store, iid, item, value,
                                     delete_problems=bool(contradicted)))
        if position is not None and position < len(self.rows) - 1 \
                and item.kind is not Kind.QUOTA:
            self.select(position + 1)  # answering moves on to the next item
            self.just_answered = position

    def new_problem(self, focus: bool = True) -> None:
        """N: a problem on the selected standard (which then counts as failed), its
        description ready for typing; from + the keys stay on the page, so a second +
        counts it again."""
        if not self.rows:
            return
        self.back_to_answered()
        item = self.rows[self.selected].item
        iid = self.ensure_started()
        import uuid  # with platform, 3 ms: not for start-up

        pid = str(uuid.uuid4())
        self._run(self.tr("new problem on {item}").format(item=item.id),
                  lambda: act.add_problem(self.store, iid, item, problem_id=pid))
        if focus:
            field = self._field_widget(pid, "description")
            if field is not None:
                field.setFocus()

    def change_problem(self, pid: str, **changes: Any) -> None:
        self._run(self.tr("edit problem"), lambda: act.update_problem(self.store, pid, **changes))

    def remove_problem(self, pid: str) -> None:
        self._run(self.tr("delete problem"), lambda: act.delete_problem(self.store, pid))

    def remove_photo(self, problem_id: str | None, sha: str) -> None:
        """Take a wrongly attached photo off its problem; Ctrl+Z attaches it again."""
        iid = self.inspection_id
        if iid is not None:
            self._run(self.tr("remove photo"),
                      lambda: act.unlink_photo(self.store, iid, sha, problem_id))

    def change_count(self, delta: int) -> None:
        if not self.rows or (self.inspection_id is None and delta < 0):
            return
        self.back_to_answered()
        item = self.rows[self.selected].item
        iid = self.ensure_started()
        if item.kind is Kind.QUOTA:
            now = act.answer_of(self.store, iid, item)
            self.answer(item, max(0, (now if isinstance(now, int) else 0) + delta))
            return
        problems = act.problems_on(self.store, iid, item.id)
        if problems:
            last = problems[-1]
            if last["count"] + delta >= 1:
                self.change_problem(last["id"], count=last["count"] + delta)
        elif delta > 0:
            self.new_problem(focus=False)

    def edit_note(self) -> None:
        if not self.rows:
            return
        self.back_to_answered()
        item = self.rows[self.selected].item
        iid = self.ensure_started()
        row = act.response_row(self.store, iid, item.id)
        text, ok = QInputDialog.getText(self, self.tr("Note"), f"{item.id} {item.text}",
                                        text=row["note"] if row else "")
        self.setFocus()  # the keys work again without a click
        if ok:
            self._run(self.tr("note on {item}").format(item=item.id),
                      lambda: act.set_note(self.store, iid, item, text))

    def selected_problem(self) -> str | None:
        """Where P puts photos: the selected standard's last problem, else the site."""
        if not self.rows or self.inspection_id is None:
            return None
        problems = act.problems_on(self.store, self.inspection_id,
                                   self.rows[self.selected].item.id)
        return problems[-1]["id"] if problems else None

    def finish(self) -> None:
        if self.inspection_id is None or self.category is None:
            return
        iid, category = self.inspection_id, self.category
        self._run(self.tr("finish site"), lambda: act.finish(self.store, category, iid))

    def could_not_inspect(self) -> None:
        reasons = [self.tr(str(r)) for r in NOT_INSPECTABLE_REASONS]
        reason, ok = QInputDialog.getItem(
            self, self.tr("Could not inspect"),
            self.tr("Why could this site not be inspected? Choose, or type another reason:"),
            reasons, 0, True)
        self.setFocus()
        if ok and reason.strip():
            iid = self.ensure_started()
            self._run(self.tr("could not inspect"),
                      lambda: act.could_not_inspect(self.store, iid, reason))

    # ---- keyboard ----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.rows:
            return super().keyPressEvent(event)
        mods = event.modifiers()
        found = command(event.key(), bool(mods & Qt.KeyboardModifier.ControlModifier),
                        bool(mods & Qt.KeyboardModifier.ShiftModifier))
        digit = event.key() - Qt.Key.Key_0
        if found is not None:
            name, args = found
            attrgetter(name)(self)(*args)
        elif 0 <= digit <= 9:
            item = self.rows[self.selected].item
            choice = digit_answer(item, digit)
            if choice is not None:
                self.answer(item, choice)
        else:
            super().keyPressEvent(event)
